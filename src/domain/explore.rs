//! Filtering and sorting the catalog for the Explore list and `careers list`. Pure.

use std::cmp::Ordering;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::career::{CareerKind, CareerSummary, Contact, Field, Workplace};

/// The training-length choices the filter offers: the shortest route takes under this many
/// years after high school.
pub const YEAR_LIMITS: [u8; 5] = [1, 2, 4, 6, 10];

/// What the list is narrowed to. `None` means "any".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filters {
    pub kind: Option<CareerKind>,
    pub field: Option<Field>,
    /// The shortest known route is under this many years after high school.
    pub under_years: Option<u8>,
    pub contact: Option<Contact>,
    pub workplace: Option<Workplace>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    pub fn matches(&self, c: &CareerSummary) -> bool {
        self.kind.is_none_or(|k| c.kind == k)
            && self.field.is_none_or(|f| c.field == f)
            && self.contact.is_none_or(|k| c.contact == k)
            && self.workplace.is_none_or(|w| c.workplaces.contains(&w))
            && self.under_years.is_none_or(|n| {
                // A road with an unsourced step has no known shortest length, so it is never
                // claimed to be short.
                c.total_years.is_some_and(|t| t.min < f32::from(n))
            })
    }
}

/// How the list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SortBy {
    /// Alphabetical by title (the catalog order).
    #[default]
    Name,
    /// Shortest training first; unknown lengths last.
    Training,
    /// Highest median pay first; unknown last.
    Pay,
    /// Fastest projected growth first; unknown last.
    Outlook,
    /// Best fit for the student first (once they have a result); see [`sort_by_fit`].
    Fit,
}

impl SortBy {
    pub const ALL: [SortBy; 5] = [
        SortBy::Name,
        SortBy::Training,
        SortBy::Pay,
        SortBy::Outlook,
        SortBy::Fit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SortBy::Name => "name",
            SortBy::Training => "training",
            SortBy::Pay => "pay",
            SortBy::Outlook => "outlook",
            SortBy::Fit => "fit",
        }
    }

    pub fn parse(s: &str) -> Option<SortBy> {
        SortBy::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn next(self) -> SortBy {
        let i = SortBy::ALL.iter().position(|&x| x == self).unwrap_or(0);
        SortBy::ALL[(i + 1) % SortBy::ALL.len()]
    }
}

/// Known values first, in `ord` order; unknown values last; ties keep catalog order.
fn known_first<T: PartialOrd>(a: Option<T>, b: Option<T>, desc: bool) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => {
            let o = x.partial_cmp(&y).unwrap_or(Ordering::Equal);
            if desc { o.reverse() } else { o }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Orders indexes into `all` by a student's fit (0-100 per career id), best first; careers
/// without a fit go last in their current order.
pub fn sort_by_fit(idx: &mut [usize], all: &[CareerSummary], fits: &HashMap<String, u8>) {
    idx.sort_by(|&a, &b| known_first(fits.get(&all[a].id), fits.get(&all[b].id), true));
}

/// Orders indexes into `all` (a stable sort, so equal keys keep their order). `Fit` needs a
/// student's fits and is left to [`sort_by_fit`]; here it keeps the order.
pub fn sort(idx: &mut [usize], all: &[CareerSummary], by: SortBy) {
    match by {
        SortBy::Name => idx.sort_by_cached_key(|&i| all[i].title.to_lowercase()),
        SortBy::Training => idx.sort_by(|&a, &b| {
            let key = |c: &CareerSummary| c.total_years.map(|t| (t.min, t.max));
            known_first(key(&all[a]), key(&all[b]), false)
        }),
        SortBy::Pay => idx.sort_by(|&a, &b| {
            let key = |c: &CareerSummary| c.median_wage_2024.map(|w| w.usd());
            known_first(key(&all[a]), key(&all[b]), true)
        }),
        SortBy::Outlook => idx.sort_by(|&a, &b| {
            let key = |c: &CareerSummary| c.growth_2024_34_pct;
            known_first(key(&all[a]), key(&all[b]), true)
        }),
        SortBy::Fit => {}
    }
}

/// The careers that pass `filters`, in `by` order.
pub fn filtered(all: &[CareerSummary], filters: &Filters, by: SortBy) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..all.len())
        .filter(|&i| filters.matches(&all[i]))
        .collect();
    sort(&mut idx, all, by);
    idx
}

/// The fields that are physician specialties, and those that are the other health careers,
/// for browsing "more than clinic" paths as equals.
pub fn fields_of(kind: CareerKind) -> &'static [Field] {
    match kind {
        CareerKind::Physician => &[
            Field::PrimaryCare,
            Field::Surgical,
            Field::Emergency,
            Field::Diagnostic,
            Field::MindBrain,
            Field::Children,
            Field::WomensHealth,
            Field::MedicalSpecialty,
        ],
        CareerKind::HealthCareer => &[
            Field::Nursing,
            Field::AlliedHealth,
            Field::DentalVisionPharmacy,
            Field::Emergency,
            Field::Diagnostic,
            Field::MindBrain,
            Field::Research,
            Field::PublicHealthAdmin,
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::career::{Wage, YearRange};

    fn c(
        id: &str,
        kind: CareerKind,
        years: Option<(f32, f32)>,
        wage: Option<u32>,
    ) -> CareerSummary {
        CareerSummary {
            id: id.into(),
            title: id.into(),
            kind,
            field: Field::Nursing,
            summary: String::new(),
            aliases: vec![],
            keywords: vec![],
            total_years: years.map(|(min, max)| YearRange { min, max }),
            known_years: YearRange::exact(0.0),
            school_years: 0.0,
            contact: Contact::Lots,
            workplaces: vec![Workplace::Hospital],
            subjects: vec![],
            median_wage_2024: wage.map(Wage::Exact),
            growth_2024_34_pct: wage.map(|w| w as f32 / 10_000.0),
            pay_of_group: false,
            onet_code: String::new(),
            interests: None,
            interests_from: None,
            workstyle: Default::default(),
        }
    }

    fn sample() -> Vec<CareerSummary> {
        vec![
            c(
                "a-doctor",
                CareerKind::Physician,
                Some((11.0, 12.0)),
                Some(239_000),
            ),
            c(
                "b-aide",
                CareerKind::HealthCareer,
                Some((0.1, 0.3)),
                Some(39_000),
            ),
            c(
                "c-nurse",
                CareerKind::HealthCareer,
                Some((2.0, 4.0)),
                Some(93_000),
            ),
            c("d-unknown", CareerKind::HealthCareer, None, None),
        ]
    }

    fn ids(all: &[CareerSummary], idx: &[usize]) -> Vec<String> {
        idx.iter().map(|&i| all[i].id.clone()).collect()
    }

    #[test]
    fn under_years_uses_the_shortest_route_and_never_claims_unknown_is_short() {
        let all = sample();
        let f = Filters {
            under_years: Some(4),
            ..Filters::default()
        };
        assert_eq!(
            ids(&all, &filtered(&all, &f, SortBy::Name)),
            ["b-aide", "c-nurse"]
        );
        let f = Filters {
            under_years: Some(1),
            ..Filters::default()
        };
        assert_eq!(ids(&all, &filtered(&all, &f, SortBy::Name)), ["b-aide"]);
    }

    #[test]
    fn filters_combine() {
        let all = sample();
        let f = Filters {
            kind: Some(CareerKind::Physician),
            ..Filters::default()
        };
        assert_eq!(ids(&all, &filtered(&all, &f, SortBy::Name)), ["a-doctor"]);
        let f = Filters {
            kind: Some(CareerKind::HealthCareer),
            workplace: Some(Workplace::Lab),
            ..Filters::default()
        };
        assert!(filtered(&all, &f, SortBy::Name).is_empty());
        assert!(Filters::default().is_empty());
        assert!(!f.is_empty());
    }

    #[test]
    fn sorting_puts_unknowns_last() {
        let all = sample();
        let none = Filters::default();
        assert_eq!(
            ids(&all, &filtered(&all, &none, SortBy::Training)),
            ["b-aide", "c-nurse", "a-doctor", "d-unknown"]
        );
        assert_eq!(
            ids(&all, &filtered(&all, &none, SortBy::Pay)),
            ["a-doctor", "c-nurse", "b-aide", "d-unknown"]
        );
        assert_eq!(
            ids(&all, &filtered(&all, &none, SortBy::Outlook))[3],
            "d-unknown"
        );
    }

    #[test]
    fn sort_names_round_trip_and_cycle() {
        for s in SortBy::ALL {
            assert_eq!(SortBy::parse(s.as_str()), Some(s));
        }
        assert_eq!(SortBy::Outlook.next(), SortBy::Fit);
        assert_eq!(SortBy::Fit.next(), SortBy::Name);
        assert_eq!(SortBy::parse("fitness"), None);
    }

    #[test]
    fn sorting_by_fit_puts_the_best_first_and_unknown_last() {
        let all = sample();
        let mut idx: Vec<usize> = (0..all.len()).collect();
        let fits: HashMap<String, u8> = [(all[2].id.clone(), 90), (all[0].id.clone(), 40)]
            .into_iter()
            .collect();
        sort_by_fit(&mut idx, &all, &fits);
        assert_eq!(&idx[..2], &[2, 0]);
        // Plain `sort` leaves the order alone for fit.
        let mut same: Vec<usize> = (0..all.len()).collect();
        sort(&mut same, &all, SortBy::Fit);
        assert_eq!(same, (0..all.len()).collect::<Vec<_>>());
    }

    #[test]
    fn every_field_is_browsable() {
        for f in Field::ALL {
            assert!(
                fields_of(CareerKind::Physician).contains(&f)
                    || fields_of(CareerKind::HealthCareer).contains(&f)
            );
        }
    }
}
