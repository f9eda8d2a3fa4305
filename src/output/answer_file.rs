//! The answer file to fill in for `medpath assess --answers`.

use crate::domain::assessment::Item;
use crate::strings::assess as s;

/// A file to fill in: every item as a comment, then its id set to "skip".
pub fn template(items: &[Item]) -> String {
    let mut t = s::template_header(items.len());
    let mut last = None;
    for i in items {
        if last != Some(i.part) {
            if let Some(h) = s::template_part(i.part) {
                t.push_str(&format!("\n# ---- {h}\n"));
            }
            last = Some(i.part);
        }
        t.push_str(&format!("\n# {}\n", i.text));
        if !i.options.is_empty() {
            let opts: Vec<String> = i
                .options
                .iter()
                .enumerate()
                .map(|(n, o)| format!("{} {o}", n + 1))
                .collect();
            t.push_str(&format!("# {}\n", opts.join(" · ")));
        }
        t.push_str(&format!("{} = \"skip\"\n", i.id));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answer_file::parse;
    use crate::domain::answer_file::tests::items;

    #[test]
    fn the_template_parses_once_filled_in() {
        let it = items();
        let t = template(&it);
        assert!(t.contains("# Do r-a\nr-a = \"skip\""));
        let filled = t.replacen("r-a = \"skip\"", "r-a = 4", 1);
        assert_eq!(parse("f", &filled, &it).unwrap().get("r-a"), Some(&Some(4)));
    }
}
