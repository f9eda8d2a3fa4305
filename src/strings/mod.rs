//! Every piece of text a person sees, in one place, so wording is reviewed together and a
//! second language can be added without hunting through screens.

pub mod doctor;
mod domain_errors;
pub mod health;
mod labels;
pub mod student {
    pub const EMPTY_NAME: &str = "Please type a name (it can be a nickname).";

    pub fn name_too_long(chars: usize) -> String {
        format!(
            "That name is {chars} characters long. Please use {} or fewer.",
            crate::domain::student::MAX_NAME_CHARS
        )
    }

    pub fn grade_not_number(g: &str) -> String {
        format!(
            "\"{}\" is not a grade. Type a number from 6 to 12.",
            crate::strings::visible::visible_max(g, 40)
        )
    }

    pub fn grade_out_of_range(g: u8) -> String {
        format!("Grade {g} is outside what medpath covers. Type a number from 6 to 12.")
    }

    pub fn duplicate_name(n: &str) -> String {
        format!(
            "There is already a profile called \"{n}\". Pick it from the list, or add a letter to tell them apart."
        )
    }
    pub fn bad_school_id(v: &str) -> String {
        format!(
            "\"{}\" cannot be a school id. Use the id the school gave the student: up to 32 \
             letters, digits, dashes, underscores or dots.",
            crate::strings::transfer::shown(v, 40)
        )
    }
    pub fn duplicate_school_id(v: &str) -> String {
        format!(
            "Another profile already has the school id \"{}\". Check the id, or look for \
             that student's profile.",
            crate::strings::transfer::shown(v, 40)
        )
    }
}

pub mod shortlist {
    pub const EMPTY: &str = "Your shortlist is empty. In the career list, press * to star a \
career you want to keep in mind, and n to add a note about why. Esc goes back.";
    pub const DETAIL_TITLE: &str = "Starred career";
    pub const NOTE_HEADING: &str = "Your note";
    pub const REORDER_HINT: &str = "K or Shift-↑ moves it up your list, J or Shift-↓ down.";
    pub const NO_NOTE: &str = "No note yet. Press n to write one.";
    pub const CONFIRM_TITLE: &str = "Remove from shortlist?";
    pub const NEED_PROFILE: &str =
        "Pick or make your profile on Home first (press 1): your shortlist is kept with it.";
    pub const NOTE_HINT: &str = "Why does this career interest you? What do you want to find out? \
Enter saves, Esc cancels.";

    pub fn title(name: &str, n: usize) -> String {
        format!("{name}'s shortlist ({n})")
    }

    pub fn note_title(career: &str) -> String {
        format!("Note on {career}")
    }

    pub fn gone(id: &str) -> String {
        format!("{id} (no longer in the catalog)")
    }

    pub fn years_line(y: &str) -> String {
        format!("Training after high school: {y}")
    }

    pub fn pay_line(p: &str) -> String {
        format!("Median pay (May 2024): {p}")
    }

    pub fn confirm_remove(title: &str) -> String {
        format!(
            "Remove {title} from your shortlist? Its note is deleted too. Press y to remove, n to keep it."
        )
    }

    pub fn starred(title: &str) -> String {
        format!("Starred {title}. Press n to add a note, m to see your shortlist.")
    }

    pub fn unstarred(title: &str) -> String {
        format!("Removed {title} from your shortlist.")
    }

    pub fn note_saved(title: &str) -> String {
        format!("Saved your note on {title}.")
    }

    pub fn note_too_long(chars: usize) -> String {
        format!(
            "That note is {chars} characters long. Notes can be up to {} characters; please shorten it.",
            crate::domain::shortlist::MAX_NOTE_CHARS
        )
    }
}

pub mod errors {
    use std::path::Path;

    pub fn bad_reference_data(e: &impl std::fmt::Display) -> String {
        format!("medpath's built-in data has problems (this is a bug in this build):\n{e}")
    }

    pub fn damaged(path: &Path, detail: &str) -> String {
        format!(
            "The database {} is damaged or is not a database file ({detail}).\n\
             medpath has not changed it. Run `medpath doctor` to check it, or start with a new \
             file using --db PATH.",
            path.display()
        )
    }

    pub fn not_medpath(path: &Path) -> String {
        format!(
            "{} is a database, but not one made by medpath. medpath has not changed it.\n\
             Use --db PATH to pick a different file.",
            path.display()
        )
    }

    pub fn newer_database(path: &Path, found: i64, supported: i64) -> String {
        format!(
            "The database {} was written by a newer version of medpath (schema {found}; this \
             version knows up to {supported}).\nmedpath has not changed it. Install the newer \
             medpath to open it.",
            path.display()
        )
    }

    pub fn locked(path: &Path) -> String {
        format!(
            "The database {} is busy: another copy of medpath (or another program) is holding \
             it. Wait a moment and try again.",
            path.display()
        )
    }

    pub fn read_only(path: &Path) -> String {
        format!(
            "The database {} is read-only: medpath cannot save anything in it. Check the \
             file's permissions, or use --db PATH to pick a file you can write.",
            crate::strings::transfer::shown(&path.to_string_lossy(), 400)
        )
    }

    pub fn io(context: &str, e: &std::io::Error) -> String {
        format!("{context}: {e}")
    }

    pub fn database(detail: &str) -> String {
        format!("A database error happened: {detail}. Nothing was saved from the last action.")
    }
}

pub mod store {
    use std::path::Path;

    pub fn create_dir(p: &Path) -> String {
        format!(
            "Could not create the folder {} for medpath's database",
            p.display()
        )
    }

    pub fn create_file(p: &Path) -> String {
        format!("Could not create the database file {}", p.display())
    }
}

pub mod cli {
    pub const ABOUT: &str = "Explore careers in medicine and health (offline)";
    pub const LONG_ABOUT: &str = "medpath helps middle- and high-school students explore careers \
in medicine and health, and helps school counselors guide them. Run it with no command to open \
the full-screen program. Everything stays on this computer.";
    pub const DB_HELP: &str =
        "Use this database file instead of the default (also set by MEDPATH_DB)";
    pub const JSON_HELP: &str = "Print JSON to stdout (the shape is documented in the README)";
    pub const PATHS_ABOUT: &str = "Show where the database lives";
    pub const CAREERS_ABOUT: &str = "Browse the career catalog";
    pub const LIST_ABOUT: &str = "List the careers, optionally filtered and sorted";
    pub const KIND_HELP: &str = "Only this kind: physician or health-career";
    pub const FIELD_HELP: &str =
        "Only this area, e.g. surgical, nursing, research (see the README for all)";
    pub const UNDER_YEARS_HELP: &str =
        "Only careers whose shortest known road takes under this many years after high school";
    pub const CONTACT_HELP: &str = "Only this much time with patients: none, some or lots";
    pub const WORKPLACE_HELP: &str =
        "Only careers in this kind of place: hospital, clinic, lab, community or office";
    pub const SORT_HELP: &str = "Order: name, training (shortest first), pay (highest first) or \
outlook (fastest growing first)";
    pub const ZERO_YEARS: &str = "--under-years 0 would match nothing. Use a number from 1 up, \
for example --under-years 4.";
    pub const NO_FILTER_RESULTS: &str = "No careers match these filters. Try fewer filters, or a \
larger --under-years.";

    pub fn bad_choice(flag: &str, value: &str, allowed: &str) -> String {
        let shown = crate::strings::visible::visible_max(value, 40);
        format!("{flag} \"{shown}\" is not one of the choices. Use one of: {allowed}.")
    }
    pub const SORT_FIT_NEEDS_STUDENT: &str = "Fit depends on a student's answers. Use \
`medpath matches --student NAME` to list careers by fit.";
    pub const SHOW_ABOUT: &str = "Show one career in full";
    pub const SEARCH_ABOUT: &str = "Search careers by name or words";
    pub const ID_HELP: &str = "The career's id, as shown by `medpath careers list`";
    pub const QUERY_HELP: &str = "Words to look for (typos are forgiven)";
    pub const COMPLETIONS_ABOUT: &str = "Print shell completions";
    pub const SHELL_HELP: &str = "The shell to complete for";
    pub const NO_HOME: &str = "Could not find a home folder for medpath's data. Use --db PATH \
(or set MEDPATH_DB) to say where the database should live.";
    pub const WRITE_STDOUT: &str = "Could not write the output";

    pub fn not_on_shortlist(id: &str) -> String {
        format!(
            "\"{}\" is not on this student's shortlist. Star it first.",
            crate::strings::visible::visible_max(id, 60)
        )
    }

    pub fn no_such_career(id: &str) -> String {
        let shown = crate::strings::visible::visible_max(id, 60);
        format!(
            "There is no career with the id \"{shown}\". See `medpath careers list` for ids, or \
try `medpath careers search {shown}`."
        )
    }

    pub fn no_search_results(q: &str) -> String {
        let shown: String = q.chars().take(60).collect();
        format!("No careers match \"{shown}\". Try fewer or different words.")
    }

    pub fn paths_text(db: &str, source: &str, exists: bool, data_dir: Option<&str>) -> String {
        let how = match source {
            "--db" => "chosen with --db",
            "MEDPATH_DB" => "chosen with the MEDPATH_DB variable",
            _ => "the default",
        };
        let state = if exists {
            "exists"
        } else {
            "not created yet; it is made the first time medpath opens it"
        };
        let mut t = format!("database:     {db}\n              ({how}; {state})\n");
        if let Some(d) = data_dir {
            t.push_str(&format!("default folder: {d}\n"));
        }
        t.push_str("settings:     none yet; medpath keeps everything in the database\n");
        t
    }
}

pub mod keys;
pub mod myplan;
pub mod pin;

pub mod tui {
    pub const AREA_HOME: &str = "Home";
    pub const AREA_ASSESSMENT: &str = "Assessment";
    pub const AREA_RESULTS: &str = "Results";
    pub const AREA_EXPLORE: &str = "Explore";
    pub const AREA_INTERVIEW: &str = "Interview";
    pub const AREA_PLAN: &str = "My plan";
    pub const AREA_COUNSELOR: &str = "Counselor";
    pub const TAB_PLAN: &str = "Plan";
    pub const SHORT_HOME: &str = "Home";
    pub const SHORT_ASSESSMENT: &str = "Assess";
    pub const SHORT_RESULTS: &str = "Results";
    pub const SHORT_EXPLORE: &str = "Explore";
    pub const SHORT_INTERVIEW: &str = "Talk";
    pub const SHORT_PLAN: &str = "Plan";
    pub const SHORT_COUNSELOR: &str = "Counsel";

    pub const NO_PROFILE: &str = "No profile chosen: pick or make one on Home.";
    pub const NOT_A_TERMINAL: &str = "medpath's full-screen program needs an interactive terminal, \
and this is not one (output is redirected, or TERM=dumb).\nUse the command-line modes instead: \
`medpath careers list`, `medpath careers search WORDS`, `medpath careers show ID` \
(see `medpath --help`).";
    pub const SIGNALS: &str = "Could not set up signal handling";
    pub const TERMINAL: &str = "The terminal stopped working";
    pub const HELP_AREA_KEYS: &str = "1-7";
    pub const HELP_AREA_WORDS: &str = "jump to an area (the numbers on the tabs)";
    pub const HELP_MOUSE: &str = "Mouse: click a tab or a row to choose it; the wheel scrolls.";
    pub const HELP_CLOSE: &str = "Press ? or Esc to close this help.";

    pub fn help_title(screen: &str) -> String {
        format!(" Keys on this screen: {screen} ")
    }

    pub fn signed_in(name: &str) -> String {
        format!("Profile: {name}")
    }

    pub fn chosen(name: &str) -> String {
        format!("Hi {name}! Your profile is open.")
    }

    pub fn too_small(w: u16, h: u16, min_w: u16, min_h: u16) -> String {
        format!(
            "The window is too small ({w}x{h}). medpath needs at least {min_w}x{min_h}. \
Make the window bigger, or press q to quit."
        )
    }
}

pub mod input;

pub mod home {
    use crate::domain::next_step::NextStep;

    pub const RENAME_TITLE: &str = "Rename this profile";
    pub const RENAME_HINT: &str = "Type the new name. Enter saves, Esc cancels.";
    pub const DELETE_TITLE: &str = "Delete this profile?";

    pub fn confirm_delete(name: &str) -> String {
        let name: String = name.chars().take(40).collect();
        format!(
            "{name}'s answers, results, shortlist and interview plans will be deleted from this computer for good."
        )
    }

    pub fn renamed(name: &str) -> String {
        format!("Renamed to {name}.")
    }

    pub fn deleted(name: &str) -> String {
        format!("Deleted {name}'s profile and everything saved with it.")
    }

    pub const PROFILES_TITLE: &str = "Profiles";
    pub const NEW_PROFILE_ROW: &str = "+ New profile";
    /// A row not read yet (only in a window hundreds of rows tall).
    pub const NOT_READ_ROW: &str = "…";
    /// The list's title while a filter is typed: how many profiles match, of all of them.
    pub fn profiles_found(shown: usize, total: usize) -> String {
        format!("Profiles ({shown} of {total})")
    }
    /// Before the filter typed on Home.
    pub const FIND_PROMPT: &str = "Find: ";
    /// Under the filter when no name matches.
    pub const NO_MATCH: &str = "No profile name starts with that. Esc shows them all.";
    pub const NEXT_TITLE: &str = "What to do next";
    pub const WELCOME: &str = "Welcome to medpath!";
    pub const WELCOME_BODY: &str = "medpath helps you find out which jobs in medicine and \
health might fit you. There are doctors of every kind, and nurses, therapists, paramedics, \
scientists and many more.";
    pub const NEXT_STEP: &str = "Your next step";

    /// The next step in words, naming the key to press. `careers`: how many the catalog has.
    pub fn next_step(step: NextStep, careers: usize) -> String {
        match step {
            NextStep::ChooseProfile => "Pick your profile on the left and press Enter. If \
this is your first time, press n to make a new profile with your name and grade."
                .to_string(),
            NextStep::StartAssessment { items } => format!(
                "Take the assessment (press 2): {items} short questions about what you like to \
do. It takes about 10 minutes, and you can stop and finish later."
            ),
            NextStep::FinishAssessment { answered, items } => format!(
                "You have started the assessment: {answered} of {items} answered. Press 2 to \
go on where you stopped."
            ),
            NextStep::ReadMatches => format!(
                "Your results are ready! Press 3 to see the careers that fit you best, and why. \
Then press 4 to look through all {careers} careers, and press * to star the ones you like."
            ),
            NextStep::PlanInterview => "Talk with someone who does the job. Press 5 to plan \
an interview or a shadowing day (when you follow a worker for a day), and pick the questions \
you want to ask."
                .to_string(),
            NextStep::WriteUpInterview { plans: 1 } => "Your interview day has passed. Press \
5, open the plan, and write down what you heard and what you think now."
                .to_string(),
            NextStep::WriteUpInterview { plans } => format!(
                "{plans} of your interview days have passed. Press 5, open each plan, and write \
down what you heard and what you think now."
            ),
            NextStep::KeepPlanning { overdue_goals: 0 } => "Keep building your plan. Press 6 \
to plan your high school classes, write down things you have done (like volunteering), and \
set goals."
                .to_string(),
            NextStep::KeepPlanning { overdue_goals: 1 } => "You have a goal that is past its \
date. Press 6 to mark it done or give it a new date."
                .to_string(),
            NextStep::KeepPlanning { overdue_goals } => format!(
                "You have {overdue_goals} goals that are past their dates. Press 6 to mark them \
done or give them new dates."
            ),
        }
    }
    pub const COMING: &str = "Also here";
    pub const COMING_BODY: &[&str] = &[
        "• 2 Assessment: careers that fit you",
        "• 5 Interview: get ready to talk to a doctor",
        "• 6 My plan: courses, experiences, goals",
        "• p: lock your profile with a PIN",
    ];
    pub const PRIVACY: &str = "Your profile stays on this computer. No account, no email, \
nothing is sent anywhere.";

    pub const FORM_TITLE: &str = " New profile ";
    pub const FORM_NAME: &str = "Name";
    pub const FORM_GRADE: &str = "Grade";
    pub const FORM_NAME_HINT: &str = "  Any name or nickname, up to 40 characters.";
    pub const FORM_GRADE_HINT: &str = "  A number from 6 to 12.";

    pub fn profile_meta(grade: u8, last: &str, current: bool) -> String {
        if current {
            format!("  grade {grade} · open now")
        } else {
            format!("  grade {grade} · {last}")
        }
    }

    pub fn hello(name: &str, grade: u8) -> String {
        format!("Hi {name}! (grade {grade})")
    }
}

pub mod access;
pub mod agenda;
pub mod assess;
pub mod career;
pub mod commands;
pub mod counselor;
pub mod counselor_cli;
pub mod explore;
pub mod faults;
pub mod files;
pub mod interview;
pub mod interview_cli;
pub mod interview_tui;
pub mod paying;
pub mod record;
pub mod record_cli;
pub mod report;
pub mod results;
pub mod search;
pub mod sheet;
pub mod transfer;
pub mod visible;

pub mod compare {
    pub const TITLE: &str = "Compare";
    pub const KIND: &str = "Kind";
    pub const H_TRAINING: &str = "Training";
    pub const TOTAL: &str = "After high school";
    pub const ROAD: &str = "Steps (years)";
    pub const ENTRY: &str = "Usual education to start";
    pub const H_JOBS: &str = "Pay and jobs";
    pub const OPENINGS: &str = "Openings a year, 2024-34";
    pub const H_PATIENTS: &str = "Patients and places";
    pub const CONTACT: &str = "Time with patients";
    pub const AGES: &str = "Ages";
    pub const WORKPLACES: &str = "Workplaces";
    pub const NO_PATIENTS: &str = "no patients";
    pub const ANIMAL_PATIENTS: &str = "animals";
    pub const H_WORKSTYLE: &str = "Work style (medpath's ratings, 1-5)";
    pub const H_INTERESTS: &str = "Interests (1 to 7)";
    pub const SOURCES_NOTE: &str = "Pay, growth and openings: U.S. Bureau of Labor Statistics \
(May 2024 pay; 2024-34 projections). Interests: O*NET 29.3 (CC BY 4.0). Training lengths: the \
sources on each career's page. Work style: medpath's own ratings, not official figures. Costs: each with its year; sources \
on the Paying for it page ($).";

    pub fn at_least(years: &str) -> String {
        format!("at least {years} (a step's length is unknown)")
    }

    pub fn road_step(step: &str, years: &str) -> String {
        format!("{step} ({years})")
    }

    pub fn pick_second(title: &str) -> String {
        format!("Comparing {title}: pick a second career and press c. Esc cancels.")
    }

    pub const SAME_CAREER: &str = "That is the same career. Pick a different one to compare with.";
}

pub mod areas {
    use crate::domain::career::{CareerKind, Field};

    pub const TITLE: &str = "Browse by kind of career";
    pub const ABOUT_TITLE: &str = "About this area";
    pub const EXAMPLES: &str = "Some careers here";
    pub const ENTER_HINT: &str = "Enter shows these careers in the list. Esc goes back.";

    pub fn kind_row(k: CareerKind, n: usize) -> String {
        match k {
            CareerKind::HealthCareer => format!("More than clinic: health careers ({n})"),
            CareerKind::Physician => format!("Doctors: physician specialties ({n})"),
        }
    }

    pub fn field_row(label: &str, n: usize) -> String {
        format!("  {label} ({n})")
    }

    pub fn kind_heading(k: CareerKind) -> &'static str {
        match k {
            CareerKind::HealthCareer => "More than clinic",
            CareerKind::Physician => "Doctors",
        }
    }

    pub fn kind_text(k: CareerKind) -> &'static str {
        match k {
            CareerKind::HealthCareer => {
                "Most people who work in health care are not doctors. \
Nurses, therapists, pharmacists, lab scientists, researchers, data experts and the people who \
run hospitals and protect whole communities all keep people well. Many of these roads are \
shorter than a doctor's, and some start right after high school."
            }
            CareerKind::Physician => {
                "Physicians go to college, then medical school, then \
residency, and some add a fellowship. Each specialty is its own kind of work: some spend the \
day talking with patients, some operate, some read scans or lab slides and rarely meet patients."
            }
        }
    }

    pub fn field_text(k: CareerKind, f: Field) -> &'static str {
        match (k, f) {
            (_, Field::PrimaryCare) => {
                "The first doctor people see, for checkups and everyday \
illness, who gets to know patients over many years."
            }
            (_, Field::Surgical) => {
                "Treating problems by operating: careful hands, long days \
in the operating room, and some of the longest training roads."
            }
            (CareerKind::Physician, Field::Emergency) => {
                "Emergency rooms and intensive care: \
fast decisions for the sickest patients, often at night."
            }
            (_, Field::Emergency) => {
                "The first people on the scene, on ambulances and in \
emergency rooms. Some of these jobs start after a short course."
            }
            (CareerKind::Physician, Field::Diagnostic) => {
                "Finding out what is wrong from \
scans, slides and lab tests, often working behind the scenes for other doctors."
            }
            (_, Field::Diagnostic) => {
                "Taking the scans and running the lab tests that doctors \
rely on. Many of these start with a two-year college program."
            }
            (CareerKind::Physician, Field::MindBrain) => {
                "The brain, the nerves and the mind: \
illnesses like epilepsy, depression and addiction."
            }
            (_, Field::MindBrain) => {
                "Helping people with feelings, behavior, stress and \
mental illness. They listen and teach skills, and they do not prescribe medicine."
            }
            (_, Field::Children) => {
                "Doctors just for babies, children and teens, from newborn \
care to children's hearts and emergencies."
            }
            (_, Field::WomensHealth) => {
                "Pregnancy, birth and women's health, from checkups \
to surgery."
            }
            (_, Field::MedicalSpecialty) => {
                "Experts in one part of the body or one kind of \
illness (heart, kidneys, cancer, skin, hormones...), often after extra years of training."
            }
            (_, Field::Nursing) => {
                "Nurses and nursing assistants give most of the hands-on \
care in hospitals, homes and clinics. There are roads from a few weeks to many years."
            }
            (_, Field::AlliedHealth) => {
                "Therapists, technologists and assistants who help \
people move, speak, breathe, eat well and get better. They most often work as part of a team."
            }
            (_, Field::DentalVisionPharmacy) => {
                "Teeth, eyes and medicines: their own schools \
and degrees, separate from medical school."
            }
            (_, Field::Research) => {
                "Science behind medicine: lab research, statistics and \
engineering new devices. Little or no patient contact, lots of problem solving."
            }
            (_, Field::PublicHealthAdmin) => {
                "Keeping whole towns healthy, and running hospitals \
and health records. The work is data, planning, teaching and leading."
            }
        }
    }
}

pub mod about {
    pub const TITLE: &str = "About the data";
    pub const H_CATALOG: &str = "What is in the catalog";
    pub const H_TABLES: &str = "Where the numbers come from";
    pub const TABLES: [&str; 5] = [
        "Interest profiles, how much preparation each job needs and the education workers \
report: O*NET 29.3 database, U.S. Department of Labor (CC BY 4.0). Where O*NET has no code for a specialty, the career \
borrows the nearest code and its page says so.",
        "Median pay (May 2024), number of jobs (2024), job growth and openings (2024-34), and the \
usual education to start. These come from the U.S. Bureau of Labor Statistics. It counts jobs \
and pay in two programs: Employment Projections, and Occupational Employment and Wage \
Statistics.",
        "Residency lengths for doctors: the specialty boards (ABMS member boards and others), \
each with a confidence rating shown on the career's page. Low confidence means the source is \
old or second-hand.",
        "What training costs and how people pay. This covers school costs and debt, pay for \
doctors in training, college prices, federal aid and loan limits, service programs and help \
with fees. The figures come from the AAMC (the group of medical schools), the College Board, \
Federal Student Aid, HRSA and others. Each has its year and source: see Paying for it (key $).",
        "Every figure is read from these tables when medpath is built; none is typed by hand.",
    ];
    pub const H_LENGTHS: &str = "Sources for other training lengths";
    pub const LENGTHS: &str = "College, professional school, fellowship and short-course \
lengths come from these sources. A length we could not source is shown as unknown, never \
guessed.";
    pub const H_WORDS: &str = "Who wrote the descriptions";
    pub const WORDS: &str = "The descriptions, days in the life, myths and the work-style \
ratings were written by the medpath authors in plain words. The ratings are our judgment of a \
typical job, not official figures. Real jobs vary: ask people who do the work.";
    pub const H_LICENCE: &str = "Licenses";
    pub const PRIVACY: &str = "medpath never goes online: everything stays in the database file \
on this computer.";

    pub fn catalog(physicians: usize, others: usize) -> String {
        format!(
            "{} careers: {physicians} physician specialties and {others} other health careers. \
Figures are for the United States.",
            physicians + others
        )
    }
}
