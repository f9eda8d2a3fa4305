//! One file per screen: its state, its `update` and its `render`. The areas of the program
//! are declared once, at the end of this file: a new area is its own file (or folder) and one
//! line there.

pub mod about;
pub mod areas;
pub mod assessment;
pub mod compare;
pub mod counselor;
pub mod counselor_record;
pub mod explore;
pub mod explore_filters;
pub mod home;
pub mod home_profiles;
pub mod interview;
pub mod interview_bank;
pub mod interview_form;
pub mod interview_plan;
pub mod interview_practice;
pub mod interview_tabs;
pub mod myplan;
pub mod myplan_forms;
pub mod paying;
pub mod results;
pub mod results_pages;
pub mod shortlist;

use std::path::Path;

use crate::error::Result;
use crate::store::Store;
use crate::strings::tui as s;
use crate::tui::screen::Screen;

/// Declares the areas, in tab order: the `Area` enum with each area's titles, and `Screens`,
/// which holds one screen per area, made by the expression given.
macro_rules! areas {
    (|$store:ident, $dir:ident| {
        $($area:ident => $field:ident: $ty:ty = $init:expr, $title:expr, $tab:expr, $short:expr;)*
    }) => {
        /// The areas of the program, in tab order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Area {
            $($area),*
        }

        impl Area {
            pub const ALL: &'static [Area] = &[$(Area::$area),*];

            pub fn title(self) -> &'static str {
                match self {
                    $(Area::$area => $title),*
                }
            }

            /// The label on its tab when there is room.
            pub fn tab_title(self) -> &'static str {
                match self {
                    $(Area::$area => $tab),*
                }
            }

            /// The label on its tab in a narrow window.
            pub fn short_title(self) -> &'static str {
                match self {
                    $(Area::$area => $short),*
                }
            }
        }

        /// One screen per area.
        pub struct Screens {
            $(pub $field: $ty),*
        }

        impl Screens {
            pub fn new($store: &Store, $dir: &Path) -> Result<Screens> {
                Ok(Screens {
                    $($field: $init),*
                })
            }

            pub fn get(&self, area: Area) -> &dyn Screen {
                match area {
                    $(Area::$area => &self.$field),*
                }
            }

            pub fn get_mut(&mut self, area: Area) -> &mut dyn Screen {
                match area {
                    $(Area::$area => &mut self.$field),*
                }
            }

            /// Every screen, in tab order.
            pub fn all_mut(&mut self) -> Vec<&mut dyn Screen> {
                vec![$(&mut self.$field as &mut dyn Screen),*]
            }
        }
    };
}

areas!(|store, dir| {
    Home => home: home::Home = home::Home::new(store)?, s::AREA_HOME, s::AREA_HOME, s::SHORT_HOME;
    Assessment => assessment: assessment::Assessment = assessment::Assessment::new(Vec::new()), s::AREA_ASSESSMENT, s::AREA_ASSESSMENT, s::SHORT_ASSESSMENT;
    Results => results: results::Results = results::Results::new(Vec::new(), Vec::new()), s::AREA_RESULTS, s::AREA_RESULTS, s::SHORT_RESULTS;
    Explore => explore: explore::Explore = explore::Explore::new(Vec::new()), s::AREA_EXPLORE, s::AREA_EXPLORE, s::SHORT_EXPLORE;
    Interview => interview: interview::Interview = interview::Interview::new(Vec::new(), Vec::new(), dir.to_path_buf()), s::AREA_INTERVIEW, s::AREA_INTERVIEW, s::SHORT_INTERVIEW;
    Plan => myplan: myplan::MyPlan = myplan::MyPlan::new(Vec::new()), s::AREA_PLAN, s::TAB_PLAN, s::SHORT_PLAN;
    Counselor => counselor: counselor::Counselor = counselor::Counselor::new(dir.to_path_buf()), s::AREA_COUNSELOR, s::AREA_COUNSELOR, s::SHORT_COUNSELOR;
});
