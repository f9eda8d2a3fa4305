//! `medpath students list|add`.

use serde::Serialize;

use super::{StudentsCommand, gate, out, out_json};
use crate::domain::NewStudent;
use crate::domain::access::Act;
use crate::domain::clock::{Clock, date_string};
use crate::domain::student::Student;
use crate::domain::student::parse_school_id;
use crate::error::{Error, Result, exit};
use crate::store::Store;
use crate::strings::commands as s;

#[derive(Serialize)]
struct List<'a> {
    count: usize,
    students: &'a [Student],
}

/// The profile called `name`, or a message that says how to find or make one.
pub(super) fn find(store: &Store, name: &str) -> Result<Student> {
    store
        .student_by_name(name)?
        .ok_or_else(|| Error::Usage(s::no_such_student(name)))
}

pub(super) fn run(
    store: &mut Store,
    cmd: &StudentsCommand,
    as_counselor: bool,
    clock: &dyn Clock,
) -> Result<i32> {
    match cmd {
        StudentsCommand::List { json } => {
            let all = store.students()?;
            if *json {
                out_json(&List {
                    count: all.len(),
                    students: &all,
                })?;
            } else if all.is_empty() {
                super::note(s::NO_STUDENTS);
            } else {
                let mut t = String::new();
                for st in &all {
                    t.push_str(&s::student_row(
                        &st.name,
                        st.grade,
                        &date_string(st.last_active),
                    ));
                    t.push('\n');
                }
                out(&t)?;
            }
        }
        StudentsCommand::Rename {
            name,
            new_name,
            json,
        } => {
            let st = gate::open(store, name, Act::Remove, as_counselor, clock)?.student;
            let st = store.rename_student(st.id, new_name)?;
            if *json {
                out_json(&st)?;
            } else {
                super::note(&s::renamed(name, &st.name));
            }
        }
        StudentsCommand::SetId { name, id } => {
            // The school id decides where imported records go, so it is guarded as a
            // rename is.
            let id = parse_school_id(id)?;
            let st = gate::open(store, name, Act::Remove, as_counselor, clock)?.student;
            store.set_school_id(st.id, Some(&id))?;
            super::note(&crate::strings::access::school_id_set(&st.name, &id));
        }
        StudentsCommand::Remove { name, yes } => {
            let st = find(store, name)?;
            if !*yes {
                return Err(Error::Usage(s::remove_needs_yes(&st.name)));
            }
            let st = gate::open(store, &st.name, Act::Remove, as_counselor, clock)?.student;
            store.delete_student(st.id)?;
            for copy in store.take_unpurged() {
                super::note(&crate::strings::health::copy_not_purged(&copy));
            }
            super::note(&s::removed(&st.name));
        }
        StudentsCommand::Add {
            name,
            grade,
            school_id,
            json,
        } => {
            let new = NewStudent::parse(name, grade)?;
            let school_id = school_id.as_deref().map(parse_school_id).transpose()?;
            let st = store.add_student(&new, clock.now())?;
            if let Some(id) = &school_id
                && let Err(e) = store.set_school_id(st.id, Some(id))
            {
                // Add nothing rather than a profile without the id asked for.
                store.delete_student(st.id)?;
                return Err(e);
            }
            if *json {
                out_json(&st)?;
            } else {
                super::note(&s::added(&st.name, st.grade));
            }
        }
    }
    Ok(exit::OK)
}
