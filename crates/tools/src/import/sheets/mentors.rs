//! The Mentors sheet: one row per mentor; the skills they offer in one cell as `skill:level`
//! separated by `|` ("system-design:5 | rust:4").

use crate::import::draft::{MentorDraft, MentorSkillDraft};
use crate::import::problem::ImportProblem;
use crate::import::sheets::cells::{parse_number, warn_unknown_columns, whole, Cells};
use crate::import::sheets::ids::Ids;
use crate::import::sheets::refs::SkillRefs;
use crate::import::sheets::scale::Scale;
use crate::import::table::Table;
use domain::feed::url_policy::{check_url, LinkUse};

const ID: &[&str] = &["id", "mentor id"];
const NAME: &[&str] = &["name", "mentor", "mentor name"];
const TITLE: &[&str] = &["title", "job title"];
const TEAM: &[&str] = &["team", "department"];
const CONTACT: &[&str] = &["contact", "email", "e-mail", "link"];
const SKILLS: &[&str] = &["skills", "skill levels", "offers"];
const TOPICS: &[&str] = &["topics", "topic"];
const CAPACITY: &[&str] = &["capacity", "mentees", "open slots"];
const LANGUAGES: &[&str] = &["languages", "language"];
const LOCATION: &[&str] = &["location", "site", "city"];
const UTC_OFFSET: &[&str] = &["UTC offset", "utc", "time zone offset"];
const HINT: &str = "The Mentors sheet has columns Id, Name, Title, Team, Contact, Skills, \
                    Topics, Capacity, Languages, Location and UTC offset; see \
                    docs/import/csv.md.";

pub fn read(
    table: &Table,
    scale: &Scale,
    refs: &SkillRefs,
    warnings: &mut Vec<ImportProblem>,
) -> Result<Vec<MentorDraft>, ImportProblem> {
    let known = [
        ID, NAME, TITLE, TEAM, CONTACT, SKILLS, TOPICS, CAPACITY, LANGUAGES, LOCATION, UTC_OFFSET,
    ];
    warn_unknown_columns(table, &known, |_| false, warnings);
    let name_column = table.require(NAME, HINT)?;
    let contact_column = table.require(CONTACT, HINT)?;
    let skills_column = table.require(SKILLS, HINT)?;
    let id_column = table.column(ID);
    let (capacity_column, offset_column) = (table.column(CAPACITY), table.column(UTC_OFFSET));
    let mut ids = Ids::default();
    let mut mentors = Vec::new();
    for row in &table.rows {
        let cells = Cells::new(table, row);
        let name = cells.required(name_column, "every mentor needs a name")?;
        let id = ids.claim(&cells, id_column, name, "mentor")?;
        let mut contact = row.get(contact_column).to_owned();
        if contact.contains('@') && !contact.contains(':') {
            contact = format!("mailto:{contact}");
        }
        let contact = check_url(&contact, LinkUse::Contact).map_err(|problem| {
            cells.problem(format!(
                "column \"{}\": {}",
                cells.header(contact_column),
                problem.message(LinkUse::Contact)
            ))
        })?;
        let capacity = cells.whole(capacity_column)?;
        if capacity.is_some_and(|c| !(0..=50).contains(&c)) {
            return Err(cells.problem(format!(
                "column \"{}\" must be 0 to 50 (how many mentees they are open to now; 0 hides \
                 them from suggestions)",
                cells.header(capacity_column.unwrap_or_default())
            )));
        }
        let utc_offset = cells.number(offset_column)?;
        if utc_offset.is_some_and(|o| !(-12.0..=14.0).contains(&o)) {
            return Err(cells.problem(format!(
                "column \"{}\" must be hours from UTC, -12 to 14 (such as 5.5)",
                cells.header(offset_column.unwrap_or_default())
            )));
        }
        mentors.push(MentorDraft {
            id,
            name: name.to_owned(),
            title: cells.text(table.column(TITLE)).to_owned(),
            team: cells.text(table.column(TEAM)).to_owned(),
            contact,
            skills: offered(&cells, skills_column, scale, refs, warnings)?,
            topics: cells.list(table.column(TOPICS)),
            capacity,
            languages: cells.list(table.column(LANGUAGES)),
            location: cells.text(table.column(LOCATION)).to_owned(),
            utc_offset,
        });
    }
    Ok(mentors)
}

fn offered(
    cells: &Cells<'_>,
    column: usize,
    scale: &Scale,
    refs: &SkillRefs,
    warnings: &mut Vec<ImportProblem>,
) -> Result<Vec<MentorSkillDraft>, ImportProblem> {
    let items = cells.list(Some(column));
    if items.is_empty() {
        return Err(cells.problem(format!(
            "column \"{}\" is empty; a mentor needs at least one skill they offer, written \
             skill:level (such as \"system-design:5 | rust:4\")",
            cells.header(column)
        )));
    }
    let mut skills = Vec::new();
    for item in items {
        let bad = |why: &str| {
            cells.problem(format!(
                "column \"{}\": \"{item}\" {why}; write skill:level, such as \"rust:4\", \
                 several separated by |",
                cells.header(column)
            ))
        };
        let (skill, level) = item
            .rsplit_once(':')
            .ok_or_else(|| bad("has no level after a colon"))?;
        if skill.trim().is_empty() {
            return Err(bad("has no skill before the colon"));
        }
        let level = parse_number(level)
            .ok()
            .and_then(whole)
            .ok_or_else(|| bad("has a level that is not a whole number"))?;
        scale.check(cells, level, &format!("in \"{item}\""))?;
        skills.push(MentorSkillDraft {
            skill: refs.resolve(cells, skill.trim(), warnings),
            level,
        });
    }
    Ok(skills)
}
