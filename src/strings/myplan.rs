//! Wording for My plan: the course plan, the experiences log and goals.

pub mod keys {
    pub const NEXT_TAB: &str = "next tab";
    pub const PREV_TAB: &str = "previous tab";
    pub const ADD_COURSE: &str = "add a course";
    pub const ADD_THIS_COURSE: &str = "add the course chosen";
    pub const GRADE: &str = "grade";
    pub const LATER_GRADE: &str = "a later grade";
    pub const COURSE_STATUS: &str = "change status";
    pub const REMOVE_COURSE: &str = "take out of the plan (asks first)";
    pub const ADD_EXPERIENCE: &str = "add an experience";
    pub const EDIT_EXPERIENCE: &str = "change it";
    pub const DELETE_EXPERIENCE: &str = "delete (asks first)";
    pub const ADD_GOAL: &str = "add your own goal";
    pub const TICK_GOAL: &str = "done / not done";
    pub const EDIT_GOAL: &str = "change it (your own goals)";
    pub const DELETE_GOAL: &str = "delete (asks first)";
}

pub const TITLE: &str = "My plan";
pub fn title(name: &str) -> String {
    format!("My plan: {name}")
}
pub const NEED_PROFILE: &str = "Your plan is kept with your profile. Choose your profile on \
Home first (press 1), then come back here (press 6).";

pub const TAB_COURSES: &str = "Courses";
pub const TAB_EXPERIENCES: &str = "Experiences";
pub const TAB_GOALS: &str = "Goals";

// The course plan.

pub fn your_careers(titles: &[String]) -> String {
    format!("Courses for your starred careers: {}", titles.join(", "))
}
pub const NO_SHORTLIST: &str = "Star careers in Explore (press 4) to see which courses help \
with them. You can still add any course: press a.";
pub fn grade_heading(grade: u8) -> String {
    format!("Grade {grade}")
}
pub fn grade_empty(grade: u8) -> String {
    format!("Grade {grade}: nothing planned yet")
}
pub const SUGGESTED_HEADING: &str = "Your careers call for these too (Enter adds one)";
pub const ADD_OTHER_ROW: &str = "+ Add another course";
pub fn helps_with(titles: &[String]) -> String {
    format!("helps with: {}", titles.join(", "))
}
pub fn usually(grade: u8) -> String {
    format!("usually grade {grade}")
}
pub const SCHOOL_NOTE: &str =
    "Schools name courses differently: ask your counselor what yours offers.";
pub fn course_saved(course: &str, grade: u8, status: &str) -> String {
    match status {
        "taking" => format!("Saved. You are taking {course} in grade {grade}."),
        "done" => format!("Saved. {course} (grade {grade}) is done. Well done!"),
        _ => format!("Saved. {course} is planned for grade {grade}."),
    }
}
pub fn course_removed(course: &str) -> String {
    format!("{course} is out of your plan.")
}
pub const LAST_GRADE: &str = "Grade 12 is the last grade in the plan.";
pub const FIRST_GRADE: &str = "Grade 9 is the first grade in the plan.";
pub const ALL_PLANNED: &str = "Every course is already in your plan.";
pub const COURSE_KEYS: &str = "[ and ] change the grade, Space the status, d takes it out.";
pub const ADD_FIRST: &str = "This course is not in your plan yet. Press Enter to add it.";
pub const CHOOSER_TITLE: &str = "Add a course";
pub const CHOOSER_HINT: &str = " It goes in the usual grade: change it after with [ ] ";
pub fn chooser_row(course: &str, grade: u8, careers: &[String]) -> String {
    if careers.is_empty() {
        format!("{course} · {}", usually(grade))
    } else {
        format!("{course} · {} · {}", usually(grade), helps_with(careers))
    }
}
pub const REMOVE_COURSE_TITLE: &str = "Take this course out?";
pub fn confirm_remove_course(course: &str) -> String {
    format!("Take {course} out of your plan? You can add it again later.")
}
pub fn course_detail(course: &str, usual: u8, careers: &[String]) -> String {
    if careers.is_empty() {
        format!("{course}: most schools offer it in grade {usual}.")
    } else {
        format!(
            "{course}: most schools offer it in grade {usual}. It helps with: {}.",
            careers.join(", ")
        )
    }
}
pub const ADD_OTHER_DETAIL: &str = "Any course can go in your plan, even one your careers do \
not call for. Press Enter or a to choose one.";

// Experiences.

pub fn total_hours(hours: u64, count: usize) -> String {
    match count {
        1 => format!("Total: {hours} hours from 1 experience"),
        n => format!("Total: {hours} hours from {n} experiences"),
    }
}
pub const NO_EXPERIENCES: &str = "Write down what you do outside class: shadowing someone at \
work, volunteering, the HOSA club, a summer program, or a CPR, nursing assistant or EMT \
certification. Press a to add one.";
pub const ADD_EXPERIENCE_ROW: &str = "+ Add an experience";
pub fn kind_short(id: &str) -> &'static str {
    match id {
        "shadowing" => "Shadowing",
        "volunteering" => "Volunteering",
        "club" => "Club",
        "summer" => "Summer program",
        "certification" => "Certification",
        "job" => "Job",
        _ => "Other",
    }
}
pub fn dates(started: Option<&str>, ended: Option<&str>) -> String {
    match (started, ended) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        (Some(a), None) => format!("from {a}"),
        (None, Some(b)) => format!("until {b}"),
        (None, None) => "no dates".to_string(),
    }
}
pub fn hours(n: u32) -> String {
    match n {
        0 => String::new(),
        1 => "1 hour".to_string(),
        n => format!("{n} hours"),
    }
}
pub const REFLECTION_HEADING: &str = "What you took from it";
pub const NO_REFLECTION: &str = "No reflection yet. Press Enter to write one line about it.";
pub const EXPERIENCE_HINT: &str = "Enter changes it, d deletes it.";
pub const NEW_EXPERIENCE: &str = "New experience";
pub const EDIT_EXPERIENCE: &str = "Change the experience";
pub const EXPERIENCE_INTRO: &str = "Something you did to learn about health work. Only the name \
is needed; fill in the rest if you know it.";
pub const EXPERIENCE_LABELS: [&str; 6] =
    ["Kind", "Name", "Started", "Ended", "Hours", "Reflection"];
pub const KIND_HINT: &str = "← and → choose the kind. It can be shadowing, volunteering, a club \
(such as HOSA, for future health workers) or a summer program. It can also be a certification \
(CPR, nursing assistant, EMT) or a job.";
pub const NAME_HINT: &str = "For example: Shadowing a nurse at City Clinic, Hospital gift shop, \
HOSA club, Red Cross CPR class.";
pub const DATE_HINT: &str = "A date as YYYY-MM-DD, for example 2025-06-14. Leave it empty if \
you are not sure.";
pub const END_HINT: &str = "A date as YYYY-MM-DD. Leave it empty if it has not ended.";
pub const HOURS_HINT: &str = "A whole number, for example 12. Leave it empty if you did not count.";
pub const REFLECTION_HINT: &str = "One line: what you learned or liked, for example \"I liked \
talking with patients.\"";
pub fn experience_saved(title: &str) -> String {
    format!("Saved. \"{title}\" is in your experiences.")
}
pub fn experience_deleted(title: &str) -> String {
    format!("\"{title}\" was deleted.")
}
pub const DELETE_EXPERIENCE_TITLE: &str = "Delete this experience?";
pub fn confirm_delete_experience(title: &str) -> String {
    format!("\"{title}\" will be gone from your experiences for good.")
}

// Goals.

pub fn goals_count(open: usize, done: usize) -> String {
    format!("Your goals: {open} open, {done} done")
}
pub const NO_GOALS: &str = "Goals are small steps you mean to take, for example \"Ask about the \
HOSA club\" or \"Find a CPR class\". Your counselor may add some at your meetings. Press a to \
add one of your own.";
pub const ADD_GOAL_ROW: &str = "+ Add a goal of your own";
pub const TICKED: &str = "[x]";
pub const UNTICKED: &str = "[ ]";
pub const DROPPED_MARK: &str = "[-]";
pub fn due(date: &str) -> String {
    format!("due {date}")
}
pub const OVERDUE: &str = "overdue";
pub const FROM_COUNSELOR: &str = "from your counselor";
pub const FROM_COUNSELOR_DETAIL: &str = "Your counselor set this goal at a meeting. You can tick \
it off here; ask your counselor to change or remove it.";
pub const OWN_GOAL_DETAIL: &str = "Your own goal. Space ticks it, Enter changes it, d deletes it.";
pub fn goal_done(text: &str) -> String {
    format!("Done: {text}. Nice work!")
}
pub fn goal_reopened(text: &str) -> String {
    format!("Open again: {text}")
}
pub fn goal_saved(text: &str) -> String {
    format!("Saved. \"{text}\" is on your goals.")
}
pub fn goal_deleted(text: &str) -> String {
    format!("\"{text}\" was deleted.")
}
pub const COUNSELOR_GOAL_NO_DELETE: &str =
    "Goals from your counselor can't be deleted here: ask your counselor.";
pub const COUNSELOR_GOAL_NO_EDIT: &str =
    "Goals from your counselor can't be changed here: ask your counselor.";
pub const DELETE_GOAL_TITLE: &str = "Delete this goal?";
pub fn confirm_delete_goal(text: &str) -> String {
    format!("\"{text}\" will be gone from your goals for good.")
}
pub const NEW_GOAL: &str = "New goal";
pub const EDIT_GOAL: &str = "Change the goal";
pub const GOAL_INTRO: &str = "A small step you mean to take. A due date helps you remember it.";
pub const GOAL_LABELS: [&str; 2] = ["Goal", "Due date"];
pub const GOAL_HINT: &str = "For example: Ask Ms. Ortiz about the HOSA club, Find a CPR class \
near me.";
pub const DUE_HINT: &str = "A date as YYYY-MM-DD, for example 2025-12-15. Leave it empty for no \
due date.";
