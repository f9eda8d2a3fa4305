use super::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn arrows_and_vim_keys_both_move() {
    let ctx = [List, Global];
    assert_eq!(action_for(&ctx, key(KeyCode::Down)), Some(Action::Down));
    assert_eq!(
        action_for(&ctx, key(KeyCode::Char('j'))),
        Some(Action::Down)
    );
    assert_eq!(action_for(&ctx, key(KeyCode::Char('k'))), Some(Action::Up));
    let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(action_for(&ctx, shift_g), Some(Action::Bottom));
}

#[test]
fn typing_turns_letters_into_text_but_ctrl_c_quits() {
    let ctx = [Search];
    assert!(matches!(
        action_for(&ctx, key(KeyCode::Char('q'))),
        Some(Action::Text(_))
    ));
    assert!(matches!(
        action_for(&ctx, key(KeyCode::Char('?'))),
        Some(Action::Text(_))
    ));
    let cc = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(action_for(&ctx, cc), Some(Action::Quit));
    assert_eq!(action_for(&ctx, key(KeyCode::Esc)), Some(Action::Back));
}

#[test]
fn specific_context_wins_over_global() {
    // In the help overlay q closes the help rather than going back.
    assert_eq!(
        action_for(&[Help, Global], key(KeyCode::Char('q'))),
        Some(Action::ToggleHelp)
    );
}

#[test]
fn digits_answer_items_but_switch_areas_elsewhere() {
    let item = [AssessItem, Global];
    assert_eq!(
        action_for(&item, key(KeyCode::Char('4'))),
        Some(Action::Answer(4))
    );
    assert_eq!(
        action_for(&item, key(KeyCode::Char('1'))),
        Some(Action::Answer(1))
    );
    assert_eq!(
        action_for(&[List, Global], key(KeyCode::Char('4'))),
        Some(Action::GoTo(Area::Explore))
    );
}

#[test]
fn every_binding_has_words_and_keys() {
    for bind in all() {
        assert!(!bind.keys.is_empty());
        assert!(!bind.label.is_empty());
        assert!(!bind.help.is_empty());
    }
}

#[test]
fn shadowed_bindings_are_not_listed_twice() {
    let list = bindings(&[Help, Global]);
    let closes = list.iter().filter(|b| b.keys.contains(&c('q'))).count();
    assert_eq!(closes, 1);
}
