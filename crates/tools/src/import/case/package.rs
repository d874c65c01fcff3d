//! Reading a CASE package (the JSON of `GET …/ims/case/v1p0|v1p1/CFPackages/{id}`): the
//! document, its items as tree nodes, and the `isChildOf` associations as parent links.

use crate::import::hierarchy::text::{
    one_line, plain_text, shorten, DESCRIPTION_MAX, ID_MAX, NAME_MAX,
};
use crate::import::hierarchy::{self, Node, Tree};
use crate::import::problem::ImportProblem;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use stdx::sorting::sort_by_key;

pub const HINT: &str = "This importer reads a CASE package: the JSON of a framework's \
CFPackage (CASE 1.0 or 1.1), e.g. OpenSALT's \"Export\" › \"CASE JSON\", or \
GET …/ims/case/v1p1/CFPackages/{identifier} from a CASE server.";

/// Names longer than this are cut at a word (the whole statement stays in the description):
/// full statements of standards run to several sentences, which reads badly as a skill name.
pub const ITEM_NAME_MAX: usize = 120;

/// The trimmed string at `key`, or "" (absent, null, or not a string).
pub fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value.get(key).and_then(Value::as_str).map_or("", str::trim)
}

/// The identifier of a link object (`originNodeURI`, `CFItemURI`, …), or its URI when it has no
/// identifier.
pub fn link<'a>(value: &'a Value, key: &str) -> &'a str {
    let target = value.get(key).unwrap_or(&Value::Null);
    match text(target, "identifier") {
        "" => text(target, "uri"),
        id => id,
    }
}

/// The package's top-level object, or a message with the line and column of the JSON error.
pub fn parse(file: &str, source: &str) -> Result<Map<String, Value>, ImportProblem> {
    let value: Value = serde_json::from_str(source).map_err(|err| {
        let why = if err.is_eof() {
            "the file ends in the middle of the JSON (an incomplete download?)"
        } else {
            "this is not valid JSON"
        };
        ImportProblem::at_row(file, err.line(), format!("{why}: {err}. {HINT}"))
    })?;
    let Value::Object(mut root) = value else {
        return Err(ImportProblem::in_file(
            file,
            format!("is JSON but not an object ({{ … }}). {HINT}"),
        ));
    };
    // Some servers wrap the package: { "CFPackage": { "CFDocument": … } }.
    if !root.contains_key("CFDocument") {
        if let Some(Value::Object(inner)) = root.remove("CFPackage") {
            root = inner;
        }
    }
    if !root.get("CFDocument").is_some_and(Value::is_object) {
        let found: Vec<&str> = root.keys().map(String::as_str).take(12).collect();
        return Err(ImportProblem::in_file(
            file,
            format!(
                "has no CFDocument object (the framework's description); its top-level keys \
                 are: {}. {HINT}",
                if found.is_empty() {
                    "none".to_owned()
                } else {
                    found.join(", ")
                }
            ),
        ));
    }
    if !root.get("CFItems").is_some_and(Value::is_array) {
        return Err(ImportProblem::in_file(
            file,
            format!(
                "has a CFDocument but no CFItems list, so there is nothing to make skills of. \
                 A CFDocument alone (GET …/CFDocuments/{{id}}) is not enough: download the \
                 whole package. {HINT}"
            ),
        ));
    }
    Ok(root)
}

/// How an item's feed id is chosen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum IdFrom {
    /// The item's `identifier` (a UUID the publisher keeps across versions).
    #[default]
    Identifier,
    /// The item's `humanCodingScheme` (e.g. "6.RP.A.1"), when every item has a distinct one.
    Code,
}

/// The items as tree nodes, and for each its CASE identifier and URI (for links).
pub struct Items {
    pub nodes: Vec<Node>,
    /// Identifier or URI → position in `nodes`.
    pub by_link: BTreeMap<String, usize>,
}

pub fn items(
    file: &str,
    list: &[Value],
    id_from: IdFrom,
    code_in_name: bool,
    warnings: &mut Vec<ImportProblem>,
) -> Items {
    let mut found = Items {
        nodes: Vec::new(),
        by_link: BTreeMap::new(),
    };
    for (i, item) in list.iter().enumerate() {
        let place = format!("CFItems[{i}]");
        let identifier = text(item, "identifier");
        let code = one_line(text(item, "humanCodingScheme"));
        // Statements may be HTML ("<p>Use <b>ratio</b> &amp; rate</p>"): names are its text on
        // one line; the description keeps its paragraphs as lines.
        let full_text = plain_text(text(item, "fullStatement"));
        let full = one_line(&full_text);
        let short = one_line(&plain_text(text(item, "abbreviatedStatement")));
        if identifier.is_empty() {
            warnings.push(ImportProblem::in_file(
                file,
                format!("{place} has no identifier; left out."),
            ));
            continue;
        }
        let key = match id_from {
            IdFrom::Code if !code.is_empty() => code.clone(),
            IdFrom::Code => {
                warnings.push(ImportProblem::in_file(
                    file,
                    format!(
                    "{place} ({identifier}) has no humanCodingScheme; its identifier is its id."
                ),
                ));
                identifier.to_owned()
            }
            IdFrom::Identifier => identifier.to_owned(),
        };
        if key.chars().count() > ID_MAX {
            warnings.push(ImportProblem::in_file(file, format!(
                "{place}: the id \"{}\" is longer than {ID_MAX} characters, the longest a feed accepts; left out.",
                shorten(&key, 40)
            )));
            continue;
        }
        let statement = if short.is_empty() { &full } else { &short };
        let statement = if statement.is_empty() {
            &code
        } else {
            statement
        };
        if statement.is_empty() {
            warnings.push(ImportProblem::in_file(file, format!(
                "{place} ({identifier}) has no fullStatement, abbreviatedStatement or humanCodingScheme to name it by; left out."
            )));
            continue;
        }
        let name = match code_in_name && !code.is_empty() && *statement != code {
            true => format!("{code} {statement}"),
            false => statement.clone(),
        };
        let name = shorten(&name, ITEM_NAME_MAX.min(NAME_MAX));
        let mut description = if name == full {
            String::new()
        } else {
            full_text
        };
        if description.chars().count() > DESCRIPTION_MAX {
            warnings.push(ImportProblem::in_file(file, format!(
                "{place} ({identifier}): the fullStatement is longer than {DESCRIPTION_MAX} characters; cut to fit the feed."
            )));
            description = shorten(&description, DESCRIPTION_MAX);
        }
        let mut aliases = Vec::new();
        for alias in [
            code.as_str(),
            &one_line(&plain_text(text(item, "alternativeLabel"))),
        ] {
            if !alias.is_empty() && alias != name && !aliases.iter().any(|a| a == alias) {
                aliases.push(shorten(alias, NAME_MAX));
            }
        }
        let position = found.nodes.len();
        found.by_link.insert(identifier.to_owned(), position);
        if !text(item, "uri").is_empty() {
            found.by_link.insert(text(item, "uri").to_owned(), position);
        }
        found.nodes.push(Node {
            key,
            name,
            description,
            aliases,
            row: None,
            place,
        });
    }
    found
}

/// One `isChildOf` association between two items of the package, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildLink {
    pub child: usize,
    pub parent: usize,
    /// Its index in CFAssociations.
    pub index: usize,
    /// Its own identifier ("" when it has none).
    pub identifier: String,
}

impl ChildLink {
    /// "CFAssociations[4] (identifier \"x\")".
    pub fn place(&self) -> String {
        if self.identifier.is_empty() {
            format!("CFAssociations[{}]", self.index)
        } else {
            format!(
                "CFAssociations[{}] (identifier \"{}\")",
                self.index, self.identifier
            )
        }
    }
}

/// Links the items by their `isChildOf` associations (in `sequenceNumber` order), warning about
/// associations that point at nothing in the package, about items under nothing, and about
/// items under two or more items (kept under each: one skill, its category from the first
/// parent, required by every role above any of them). Returns the links made, for messages.
pub fn link_children(
    file: &str,
    root: &Map<String, Value>,
    tree: &mut Tree,
    by_link: &BTreeMap<String, usize>,
    warnings: &mut Vec<ImportProblem>,
) -> Vec<ChildLink> {
    let document = root.get("CFDocument").unwrap_or(&Value::Null);
    let is_document = |id: &str| {
        !id.is_empty() && (id == text(document, "identifier") || id == text(document, "uri"))
    };
    let associations = root
        .get("CFAssociations")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    let mut links = Vec::new();
    let mut placed = vec![false; tree.nodes.len()];
    for (j, association) in associations.iter().enumerate() {
        if text(association, "associationType") != "isChildOf" {
            continue;
        }
        let (origin, destination) = (
            link(association, "originNodeURI"),
            link(association, "destinationNodeURI"),
        );
        let Some(&child) = by_link.get(origin) else {
            warnings.push(ImportProblem::in_file(file, format!(
                "CFAssociations[{j}] (isChildOf) starts at \"{origin}\", which is not an item of this package; ignored."
            )));
            continue;
        };
        if is_document(destination) {
            placed[child] = true;
            continue;
        }
        let Some(&parent) = by_link.get(destination) else {
            let title = text(
                association
                    .get("destinationNodeURI")
                    .unwrap_or(&Value::Null),
                "title",
            );
            warnings.push(ImportProblem::in_file(file, format!(
                "CFAssociations[{j}] (isChildOf) puts {} under \"{destination}\"{}, which is neither the CFDocument nor an item of this package; ignored (without another parent, the item is read as top-level).",
                hierarchy::describe(&tree.nodes[child]),
                if title.is_empty() { String::new() } else { format!(" (“{title}”)") }
            )));
            placed[child] = true;
            continue;
        };
        let sequence = association
            .get("sequenceNumber")
            .and_then(Value::as_i64)
            .unwrap_or(i64::MAX);
        links.push((sequence, j, child, parent));
        placed[child] = true;
    }
    sort_by_key(&mut links, |&(sequence, j, _, _)| (sequence, j));
    let mut made = Vec::new();
    for (_, j, child, parent) in links {
        if tree.link(child, parent) {
            made.push(ChildLink {
                child,
                parent,
                index: j,
                identifier: text(&associations[j], "identifier").to_owned(),
            });
        }
    }
    warn_several_parents(file, tree, &made, warnings);
    let loose: Vec<String> = (0..tree.nodes.len())
        .filter(|&n| !placed[n])
        .map(|n| hierarchy::describe(&tree.nodes[n]))
        .collect();
    if !loose.is_empty() {
        warnings.push(ImportProblem::in_file(file, format!(
            "{} item{} under nothing (no isChildOf association to the CFDocument or to another item); read as top-level: {}{}.",
            loose.len(),
            if loose.len() == 1 { " is" } else { "s are" },
            loose.iter().take(5).cloned().collect::<Vec<_>>().join("; "),
            if loose.len() > 5 { "; …" } else { "" }
        )));
    }
    made
}

/// A warning for each item under two or more items (not counting a cycle through itself,
/// which is refused later).
fn warn_several_parents(
    file: &str,
    tree: &Tree,
    links: &[ChildLink],
    warnings: &mut Vec<ImportProblem>,
) {
    // Each item's links, in the order made: one pass (filtering every link for every item
    // made a 100,000-item package take seconds).
    let mut under: Vec<Vec<&ChildLink>> = vec![Vec::new(); tree.nodes.len()];
    for link in links.iter().filter(|l| l.parent != l.child) {
        under[link.child].push(link);
    }
    for (child, under) in under.iter().enumerate() {
        if under.len() < 2 {
            continue;
        }
        let parents: Vec<String> = under
            .iter()
            .map(|l| {
                format!(
                    "{} by {}",
                    hierarchy::describe(&tree.nodes[l.parent]),
                    l.place()
                )
            })
            .collect();
        warnings.push(ImportProblem::in_file(
            file,
            format!(
                "{} is the child of {} items (isChildOf): {}. It stays one skill under each: its \
                 category is the first parent's (by sequenceNumber), and every role above any \
                 of them requires it. If it belongs under one only, delete the other \
                 associations.",
                hierarchy::describe(&tree.nodes[child]),
                under.len(),
                parents.join("; ")
            ),
        ));
    }
}

/// The problem for a cycle of `isChildOf` links, naming the associations to correct: an item
/// that is its own parent names its one association.
pub fn cycle_problem(
    file: &str,
    tree: &Tree,
    cycle: &[usize],
    links: &[ChildLink],
) -> ImportProblem {
    // Only the links along the cycle are looked up, through one map (a linear search per
    // item on a 100,000-item cycle was quadratic).
    let on_cycle: HashSet<usize> = cycle.iter().copied().collect();
    let mut by_pair: HashMap<(usize, usize), &ChildLink> = HashMap::new();
    for link in links.iter().filter(|l| on_cycle.contains(&l.child)) {
        by_pair.entry((link.child, link.parent)).or_insert(link);
    }
    let link_of = |child: usize, parent: usize| {
        by_pair
            .get(&(child, parent))
            .map_or_else(|| "an isChildOf association".to_owned(), |l| l.place())
    };
    if let [only] = cycle {
        return ImportProblem::in_file(
            file,
            format!(
                "{} puts {} under itself (isChildOf with the item as both origin and \
                 destination), so it has no place in the hierarchy. Delete that association, \
                 or correct its destinationNodeURI to the item's real parent.",
                link_of(*only, *only),
                hierarchy::describe(&tree.nodes[*only])
            ),
        );
    }
    let mut problem = hierarchy::cycle_problem(file, tree, cycle, "isChildOf association");
    let named: Vec<String> = cycle
        .iter()
        .take(hierarchy::CYCLE_NAMED)
        .enumerate()
        .map(|(i, &child)| {
            let parent = cycle[(i + 1) % cycle.len()];
            format!(
                "{} puts {} under {}",
                link_of(child, parent),
                tree.nodes[child].key,
                tree.nodes[parent].key
            )
        })
        .collect();
    let more = match cycle.len() - named.len() {
        0 => String::new(),
        left => format!("; and {left} more"),
    };
    problem
        .message
        .push_str(&format!(" The associations: {}{more}.", named.join("; ")));
    problem
}
