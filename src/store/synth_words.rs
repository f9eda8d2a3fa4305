//! Names and phrases the synthetic data generator draws from.

pub(super) const FIRST: &[&str] = &[
    "Ana", "Ben", "Chloe", "Diego", "Emma", "Farah", "Gabriel", "Hana", "Isaac", "Jada", "Kofi",
    "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Samir", "Tala", "Uma", "Victor",
    "Wen", "Ximena", "Yusuf", "Zoë", "Aiden", "Beatriz", "Caleb", "Dmitri", "Elif", "Finn",
    "Grace", "Hugo", "Imani", "José", "Kai", "Leila", "Marcus", "Noor", "Olivia", "Pedro", "Rania",
    "Sofia", "Theo", "Ayaan", "Valeria", "William", "Yara", "Zane", "Amara", "Bilal", "Camila",
    "Darius", "Esme", "Felix", "Gia", "Henry", "Ines", "Jonah", "Keiko", "Liam", "Maya", "Nikolai",
];

#[rustfmt::skip]
pub(super) const LAST: &[&str] = &[
    "Abbott", "Baptiste", "Chen", "Diallo", "Evans", "Fernández", "Garcia", "Haddad", "Ito",
    "Johnson", "Kowalski", "Lopez", "Mensah", "Nguyen", "Okafor", "Patel", "Quispe", "Rossi",
    "Singh", "Tanaka", "Usman", "Vargas", "Williams", "Xu", "Yilmaz", "Zhang", "Andersen", "Brown",
    "Castillo", "Dubois", "Eze", "Fischer", "Gonzalez", "Hernández", "Ibrahim", "Jensen", "Kim",
    "Larsen", "Martin", "Novak", "O'Brien", "Park", "Reyes", "Schmidt", "Torres", "Ueda", "Volkov",
    "Walker", "Yamamoto", "Zimmerman", "Ali", "Bakker", "Cohen", "Davis", "Ekström", "Flores",
    "Gupta", "Hoang", "Ivanova", "Jovanović", "Khan", "Lee", "Moreau", "Nakamura",
];

pub(super) const SUMMARIES: &[&str] = &[
    "Talked about the results and which matches felt right.",
    "Went over the course plan for next year; chemistry is the worry.",
    "Planned a first interview with a doctor from the clinic near school.",
    "Looked at summer programs and the deadlines for applying.",
    "Reviewed the shortlist; nursing moved up after the shadowing day.",
    "Talked about volunteering at the hospital and how to sign up.",
    "Checked on last month's goals; two done, one carried over.",
    "Discussed community college options for allied health programs.",
    "Practised questions for the interview next week.",
    "Talked about balancing sports and the science classes.",
    "Read about public health and what epidemiologists do.",
    "Short meeting: everything on track, no new goals.",
];

pub(super) const NOTES: &[&str] = &[
    "Seems stressed about grades; family expects medical school.",
    "Lost interest after the first interview; check again next month.",
    "Works evenings at the family store; keep goals small.",
    "Very motivated, ask about the HOSA chapter.",
    "Mentioned feeling unsure whether they belong in science classes.",
    "Parent called about the summer program cost; look for free options.",
    "Quiet today. Follow up with the homeroom teacher.",
];

pub(super) const GOALS: &[&str] = &[
    "Email Dr. Lee to ask for an interview",
    "Sign up for the hospital volunteer program",
    "Finish the assessment again after the interview",
    "Ask the biology teacher about the AP class",
    "Read about two careers on the shortlist",
    "Apply to the summer health camp",
    "Write three questions for the shadowing day",
    "Look up CNA certification courses nearby",
    "Talk with parents about the course plan",
    "Join the science club",
    "Compare physician assistant and nurse practitioner",
    "Finish the reflection for the last interview",
];

pub(super) const EXPERIENCES: &[&str] = &[
    "Shadowed a pediatric nurse",
    "Volunteered at the community clinic",
    "HOSA club meetings",
    "Summer health careers camp",
    "First aid and CPR certificate",
    "Weekend job at the pharmacy",
    "Helped at the school blood drive",
    "Read-to-patients program at the hospital",
    "Science fair project on sleep",
    "Hospital gift shop volunteer",
];

pub(super) const REFLECTIONS: &[&str] = &[
    "I liked talking with patients more than I expected.",
    "The long shifts looked hard but the team was great.",
    "I want to learn more about how the lab tests work.",
    "It showed me that I like working with children.",
    "Not sure this is for me, but it was good to see.",
    "",
];

pub(super) const PEOPLE: &[&str] = &[
    "Dr. Amira Haddad",
    "Dr. Sam Okafor",
    "Nurse Kelly Brown",
    "Dr. Wei Zhang",
    "Ms. Rosa Vargas, PA-C",
    "Dr. Lena Fischer",
    "Mr. Tom Evans, paramedic",
    "Dr. Priya Patel",
];

pub(super) const ROLES: &[&str] = &[
    "family doctor at the Elm Street clinic",
    "nurse in the children's ward",
    "physician assistant in urgent care",
    "emergency doctor at the county hospital",
    "pharmacist at the corner pharmacy",
    "public health officer for the county",
    "physical therapist at the sports clinic",
    "radiologist at the regional hospital",
];

pub(super) const PLAN_GOALS: &[&str] = &[
    "what a normal day is like",
    "how long the training takes and what it costs",
    "whether the hours leave time for family",
    "what the hardest part of the job is",
    "which classes to take in high school",
];

pub(super) const ANSWERS: &[&str] = &[
    "Said the first year was the hardest but the team helped.",
    "Mostly clinic days, one late evening a week.",
    "Biology and chemistry, and practice talking with people.",
    "Lots of paperwork, more than expected.",
    "Loves the moment a worried family relaxes.",
    "Would choose the same path again.",
];
