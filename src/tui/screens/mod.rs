//! One file per screen: its state, its `update` and its `render`.

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
pub mod results;
pub mod results_pages;
pub mod shortlist;
