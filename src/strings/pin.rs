//! Wording for PINs on Home.

pub const ENTER_TITLE: &str = "This profile has a PIN";
pub fn enter_hint(name: &str) -> String {
    format!("Type {name}'s PIN and press Enter. Esc goes back.")
}
pub const SET_TITLE: &str = "Set a PIN for your profile";
pub fn set_hint(has_pin: bool) -> String {
    let first = if has_pin {
        "Type a new PIN (4 to 8 digits), or leave it empty and press Enter to remove the PIN."
    } else {
        "Type a PIN of 4 to 8 digits. You will need it to open your profile."
    };
    format!("{first} {}", super::record::PIN_WARNING)
}
pub const CONFIRM_TITLE: &str = "Type the PIN again";
pub const CONFIRM_HINT: &str = "Type the same PIN once more, so a typo cannot lock you out.";
pub const PIN_SET: &str = "PIN saved. You will be asked for it when you open your profile. \
     It keeps classmates out of medpath, not out of the database file.";
pub const PIN_REMOVED: &str = "PIN removed: anyone at this computer can open your profile.";
pub const OPEN_FIRST: &str = "Open your own profile first (Enter), then press p to set its PIN.";
pub const PIN_MARK: &str = " [PIN]";
