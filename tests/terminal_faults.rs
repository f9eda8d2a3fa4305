//! Runs `scripts/terminal-faults.sh` on the binary cargo built for the tests: Ctrl-C, SIGTERM,
//! SIGHUP and Ctrl-Z / fg in a real terminal (a tmux pane), checking the terminal is restored
//! after each, and TERM=dumb or a pipe giving a plain message. Without tmux it is skipped
//! (and passes), unless MEDPATH_REQUIRE_TOOLS=1.

use std::path::Path;
use std::process::Command;

fn have_tmux() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn the_terminal_is_restored_after_every_fault() {
    let require = std::env::var("MEDPATH_REQUIRE_TOOLS").is_ok_and(|v| v == "1");
    if !have_tmux() {
        assert!(
            !require,
            "tmux is not installed, and MEDPATH_REQUIRE_TOOLS=1 asks for it"
        );
        eprintln!("skipped: tmux not installed");
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/terminal-faults.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_medpath"))
        .env_remove("MEDPATH_DB")
        .env_remove("NO_COLOR")
        // The script runs its own tmux server; do not let it think it is nested in ours.
        .env_remove("TMUX")
        .output()
        .expect("bash runs the script");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stdout}{stderr}");
    assert!(
        out.status.success(),
        "terminal faults failed ({}):\n{}",
        out.status,
        stdout
            .lines()
            .filter(|l| !l.starts_with("PASS"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}
