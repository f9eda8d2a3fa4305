//! Text cut or padded to a number of terminal columns, for table-like rows. Widths are display
//! columns (unicode-width), not characters: a CJK letter or an emoji takes two, a combining
//! mark none. A wide letter is never split, and right-to-left text is cut in its logical order
//! (the terminal lays it out).

use unicode_width::UnicodeWidthStr;

/// The ellipsis that marks a cut.
pub const ELLIPSIS: char = '…';

/// How many columns `text` takes on screen.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` cut to at most `width` columns, ending with an ellipsis when it was cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    // The longest start that leaves a column for the ellipsis; a mark of width 0 stays with
    // the letter before it, and a letter whose mark would not fit goes with it.
    let room = width - 1;
    let mut out = String::new();
    let mut end = 0;
    for (i, ch) in text.char_indices() {
        let next = i + ch.len_utf8();
        if text[..next].width() > room {
            break;
        }
        end = next;
    }
    out.push_str(&text[..end]);
    out.push(ELLIPSIS);
    out
}

/// `text` cut as by [`fit`], then padded with spaces to exactly `width` columns.
pub fn pad(text: &str, width: usize) -> String {
    let mut out = fit(text, width);
    let used = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// A table cell `width` columns wide: `text` fitted to one column less and padded, so at
/// least a space always parts it from the next column.
pub fn cell(text: &str, width: usize) -> String {
    let mut out = pad(text, width.saturating_sub(1));
    if width > 0 {
        out.push(' ');
    }
    out
}

/// Like [`pad`], with the spaces before the text: numbers and dates in a right-aligned column.
pub fn pad_start(text: &str, width: usize) -> String {
    let cut = fit(text, width);
    let mut out = " ".repeat(width.saturating_sub(cut.width()));
    out.push_str(&cut);
    out
}

/// The widest of `texts`, in columns (0 for none).
pub fn widest<'a>(texts: impl IntoIterator<Item = &'a str>) -> usize {
    texts.into_iter().map(width).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_kept_and_long_text_is_cut_with_an_ellipsis() {
        assert_eq!(fit("Ana", 10), "Ana");
        assert_eq!(fit("Ana", 3), "Ana");
        assert_eq!(fit("Anesthesiologist", 8), "Anesthe…");
        assert_eq!(width(&fit("Anesthesiologist", 8)), 8);
        assert_eq!(pad("Ana", 6), "Ana   ");
        assert_eq!(pad("Anesthesiologist", 8), "Anesthe…");
        assert_eq!(cell("Ana", 5), "Ana  ");
        assert_eq!(cell("Anesthesiologist", 8), "Anesth… ");
        assert_eq!(cell("Ana", 0), "");
        assert_eq!(pad_start("42", 5), "   42");
        assert_eq!(pad_start("123456", 4), "123…");
        assert_eq!(widest(["a", "王小", "abc"]), 4);
        assert_eq!(widest([]), 0);
    }

    #[test]
    fn widths_zero_and_one() {
        assert_eq!(fit("Ana", 0), "");
        assert_eq!(pad("Ana", 0), "");
        assert_eq!(fit("", 0), "");
        assert_eq!(fit("A", 1), "A");
        assert_eq!(fit("Ana", 1), "…");
        assert_eq!(pad("", 1), " ");
        assert_eq!(fit("王", 1), "…");
        assert_eq!(pad("王", 1), "…");
        assert_eq!(pad_start("Ana", 0), "");
    }

    #[test]
    fn wide_letters_take_two_columns_and_are_never_split() {
        assert_eq!(width("王小明"), 6);
        assert_eq!(fit("王小明", 6), "王小明");
        assert_eq!(fit("王小明", 5), "王小…");
        // Four columns hold one letter and the ellipsis; the space pads to four.
        assert_eq!(fit("王小明", 4), "王…");
        assert_eq!(pad("王小明", 4), "王… ");
        assert_eq!(width(&pad("王小明", 4)), 4);
        assert_eq!(fit("王小明", 2), "…");
        for w in 0..8 {
            assert_eq!(width(&pad("王小明 Ming", w)), w, "width {w}");
            assert!(width(&fit("王小明 Ming", w)) <= w);
        }
    }

    #[test]
    fn emoji_take_two_columns() {
        assert_eq!(width("Zoë 🩺"), 6);
        assert_eq!(fit("Zoë 🩺", 6), "Zoë 🩺");
        assert_eq!(fit("Zoë 🩺 Park", 6), "Zoë …");
        assert_eq!(pad("Zoë 🩺 Park", 6), "Zoë … ");
        assert_eq!(fit("🩺🩺🩺", 5), "🩺🩺…");
    }

    #[test]
    fn combining_marks_take_no_column_and_stay_with_their_letter() {
        // "Zoë" with a combining diaeresis: three columns.
        let zoe = "Zoe\u{308}";
        assert_eq!(width(zoe), 3);
        assert_eq!(fit(zoe, 3), zoe);
        assert_eq!(pad(zoe, 5), format!("{zoe}  "));
        assert_eq!(fit("Zoe\u{308} Park", 4), "Zoe\u{308}…");
        // A letter that is cut takes its mark with it.
        assert_eq!(fit("abe\u{301}cd", 3), "ab…");
    }

    #[test]
    fn right_to_left_names_are_measured_by_columns_and_cut_in_logical_order() {
        let maryam = "مريم الحسيني";
        assert_eq!(width(maryam), maryam.chars().count());
        assert_eq!(fit(maryam, 12), maryam);
        let cut = fit(maryam, 6);
        assert_eq!(cut, "مريم …");
        assert!(maryam.starts_with(cut.trim_end_matches(ELLIPSIS)));
        let noa = "נועה כהן";
        assert_eq!(width(noa), 8);
        assert_eq!(pad(noa, 10), format!("{noa}  "));
        assert_eq!(fit(noa, 5), "נועה…");
    }
}
