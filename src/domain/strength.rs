//! How hard a counselor passphrase is to guess, judged by `zxcvbn` (the estimator Dropbox
//! made: dictionaries of common passwords, names and words, keyboard patterns, dates). The
//! reasons are our own small set, worded in `strings`.

/// The lowest zxcvbn score (0-4) a passphrase may have: 3 means about 10^10 guesses.
pub const MIN_SCORE: u8 = 3;

/// Words that make a passphrase easy to guess here, whatever a dictionary says.
const OWN_WORDS: &[&str] = &["medpath", "counselor", "counsellor", "passphrase", "school"];

/// Why a passphrase was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    /// Shorter than the shortest allowed, longer than the longest, or blank.
    Length,
    /// Long enough, but easy to guess; the most telling reason when there is one.
    Guessable(Option<WeakWhy>),
}

/// What made a passphrase easy to guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeakWhy {
    CommonPassword,
    KeyboardPattern,
    Repeats,
    Sequence,
    Years,
    Dates,
    OneWord,
    Names,
}

/// Judges a passphrase: None when it is strong enough.
pub fn judge(passphrase: &str) -> Option<Weakness> {
    let e = zxcvbn::zxcvbn(passphrase, OWN_WORDS);
    if u8::from(e.score()) >= MIN_SCORE {
        return None;
    }
    let why = e.feedback().and_then(|f| f.warning()).map(|w| {
        use zxcvbn::feedback::Warning as W;
        match w {
            W::StraightRowsOfKeysAreEasyToGuess | W::ShortKeyboardPatternsAreEasyToGuess => {
                WeakWhy::KeyboardPattern
            }
            W::RepeatsLikeAaaAreEasyToGuess | W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
                WeakWhy::Repeats
            }
            W::ThisIsATop10Password
            | W::ThisIsATop100Password
            | W::ThisIsACommonPassword
            | W::ThisIsSimilarToACommonlyUsedPassword => WeakWhy::CommonPassword,
            W::SequencesLikeAbcAreEasyToGuess => WeakWhy::Sequence,
            W::RecentYearsAreEasyToGuess => WeakWhy::Years,
            W::DatesAreOftenEasyToGuess => WeakWhy::Dates,
            W::AWordByItselfIsEasyToGuess => WeakWhy::OneWord,
            W::NamesAndSurnamesByThemselvesAreEasyToGuess
            | W::CommonNamesAndSurnamesAreEasyToGuess => WeakWhy::Names,
        }
    });
    Some(Weakness::Guessable(why))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_unrelated_words_pass_and_common_ones_do_not() {
        for good in [
            "quiet heron lantern morning 42",
            "purple tractor sings at dawn",
            "ñandú-🙂-río-cobalto-9",
        ] {
            assert_eq!(judge(good), None, "{good:?}");
        }
        assert_eq!(
            judge("password1"),
            Some(Weakness::Guessable(Some(WeakWhy::CommonPassword)))
        );
        assert_eq!(
            judge("qwertyuiop"),
            Some(Weakness::Guessable(Some(WeakWhy::CommonPassword)))
        );
        assert!(matches!(
            judge("aaaaaaaaaaaa"),
            Some(Weakness::Guessable(_))
        ));
        assert!(judge("medpathmedpath").is_some());
        assert!(judge("12345678").is_some());
    }
}
