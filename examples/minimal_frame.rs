//! The baseline for the start-up budget: the least a ratatui program does to show one frame.
//! It enters the full screen, draws one paragraph, waits for one key and restores the
//! terminal, as `medpath` does when it is fed one key (`q` quits from Home). `scripts/perf.sh`
//! times the two side by side.

use ratatui::widgets::{Block, Paragraph};

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let drawn = terminal.draw(|f| {
        f.render_widget(
            Paragraph::new("Hello from a minimal ratatui program. Press any key.")
                .block(Block::bordered().title(" minimal ")),
            f.area(),
        )
    });
    // One key (or an error reading it) ends the program.
    let read = drawn.and_then(|_| crossterm::event::read().map(|_| ()));
    ratatui::restore();
    read
}
