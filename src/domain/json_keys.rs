//! Duplicate keys in a JSON object. serde_json keeps the last of two equal keys without a
//! word, so `{"i-x": 5, "i-x": 1}` would quietly save 1. This walks the whole document once
//! (without keeping it) and finds the first key written twice in one object.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};

/// A key written twice in one object, and where that object is (`students[0].shortlist`;
/// empty for the top level).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateKey {
    pub key: String,
    pub place: String,
}

struct Walk<'a> {
    found: &'a RefCell<Option<DuplicateKey>>,
    place: String,
}

impl<'a> Walk<'a> {
    fn inner(&self, step: String) -> Walk<'a> {
        Walk {
            found: self.found,
            place: step,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                *self.found.borrow_mut() = Some(DuplicateKey {
                    key,
                    place: self.place.clone(),
                });
                // Stops the walk: one is enough to refuse the file.
                return Err(A::Error::custom("duplicate key"));
            }
            let step = if self.place.is_empty() {
                key
            } else {
                format!("{}.{key}", self.place)
            };
            map.next_value_seed(self.inner(step))?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        while seq
            .next_element_seed(self.inner(format!("{}[{i}]", self.place)))?
            .is_some()
        {
            i += 1;
        }
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_i128<E>(self, _: i128) -> Result<(), E> {
        Ok(())
    }
    fn visit_u128<E>(self, _: u128) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

/// The first key written twice in one object of `text`, if any. Text that is not JSON has
/// none (the real reader says what is wrong with it).
pub fn first_duplicate(text: &str) -> Option<DuplicateKey> {
    let found = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let _ = Walk {
        found: &found,
        place: String::new(),
    }
    .deserialize(&mut de);
    found.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dup(key: &str, place: &str) -> Option<DuplicateKey> {
        Some(DuplicateKey {
            key: key.into(),
            place: place.into(),
        })
    }

    #[test]
    fn finds_the_first_key_written_twice_in_one_object() {
        assert_eq!(first_duplicate(r#"{"a": 1, "a": 2}"#), dup("a", ""));
        assert_eq!(
            first_duplicate(r#"{"s": {"x": [1, {"k": 1, "k": 2}]}}"#),
            dup("k", "s.x[1]")
        );
        // Escapes are read: "\u0061" is "a".
        assert_eq!(first_duplicate(r#"{"a": 1, "\u0061": 2}"#), dup("a", ""));
    }

    #[test]
    fn equal_keys_in_different_objects_and_bad_json_are_not_duplicates() {
        assert_eq!(
            first_duplicate(r#"{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}"#),
            None
        );
        assert_eq!(first_duplicate(r#"{"a": 1, "A": 2}"#), None);
        assert_eq!(first_duplicate("{not json"), None);
        assert_eq!(first_duplicate(&"[".repeat(100_000)), None);
    }
}
