//! No module cycles inside a crate. Read from the code's own paths (`crate::…`, `super::…`),
//! not from a picture: for every path from one module to another, the two are lifted to the
//! children of their nearest common module (`feed::model` → `feed::index` is an edge between
//! siblings of `feed`; `feed::validate::checks` → `paths::graph` one between `feed` and
//! `paths`), and each set of siblings must depend on each other without a loop. A parent and
//! its own child may name each other (a module re-exports what its children define).
//!
//! Tests (`#[cfg(test)] mod tests` at the end of a file) are left out: they may reach anywhere.

// A native test, never in the module: clippy.toml's size rules do not apply.
#![allow(clippy::disallowed_types)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The crates checked, by source folder (relative to this crate).
const CRATES: [(&str, &str); 4] = [
    ("stdx", "../stdx/src"),
    ("domain", "../domain/src"),
    ("markup", "../markup/src"),
    ("skillgap (the widget)", "../../src"),
];

/// Cycles tolerated for now, as "crate: a <-> b <-> …" with the modules sorted. There are
/// none: the three this check found when it was written (issue 33) are gone. Listing one is
/// debt, not permission: the check fails when a listed cycle is gone, so that it is struck off
/// here, and when any other appears.
const KNOWN_CYCLES: &[&str] = &[];

type Module = Vec<String>;

/// The module a file defines: `feed/model.rs` → [feed, model]; `feed/mod.rs` → [feed].
fn module_of(root: &Path, file: &Path) -> Module {
    let relative = file.strip_prefix(root).unwrap().with_extension("");
    let mut parts: Module = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code without a trailing test module, and without comments (a doc link to a module is
/// not a dependency on it).
fn code_of(text: &str) -> String {
    let code = text
        .find("#[cfg(test)]\nmod tests")
        .map_or(text, |at| &text[..at]);
    code.lines()
        .map(|line| line.find("//").map_or(line, |at| &line[..at]))
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every module path the code names, as written after `crate::` or `super::` (a chain of
/// `super::` counts each step), with the groups of a `use …::{a::b, c}` opened one level.
fn named_paths(code: &str, here: &Module) -> Vec<Module> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let (base, len) =
            if rest.starts_with("crate::") && (at == 0 || !is_ident(bytes[at - 1] as char)) {
                (Vec::new(), "crate::".len())
            } else if rest.starts_with("super::") && (at == 0 || !is_ident(bytes[at - 1] as char)) {
                // `super` is the parent of the module this file defines (for `feed/mod.rs`, the
                // crate root; for `feed/model.rs`, `feed`).
                let mut base = here.clone();
                let mut len = 0;
                let mut steps = 0;
                while rest[len..].starts_with("super::") {
                    len += "super::".len();
                    steps += 1;
                }
                for _ in 0..steps {
                    base.pop();
                }
                (base, len)
            } else {
                at += rest.chars().next().map_or(1, char::len_utf8);
                continue;
            };
        let tail = &rest[len..];
        let mut path = base.clone();
        let mut cursor = 0;
        loop {
            let segment: String = tail[cursor..]
                .chars()
                .take_while(|&c| is_ident(c))
                .collect();
            if segment.is_empty() {
                break;
            }
            cursor += segment.len();
            path.push(segment);
            if tail[cursor..].starts_with("::") {
                cursor += 2;
            } else {
                break;
            }
        }
        if tail[cursor..].starts_with('{') {
            let close = tail[cursor..].find('}').map_or(tail.len(), |c| cursor + c);
            for item in tail[cursor + 1..close].split(',') {
                let mut inner = path.clone();
                for segment in item.trim().split("::") {
                    let segment: String = segment.chars().take_while(|&c| is_ident(c)).collect();
                    if segment.is_empty() {
                        break;
                    }
                    inner.push(segment);
                }
                found.push(inner);
            }
        } else {
            found.push(path);
        }
        at += len + cursor.max(1);
    }
    found
}

/// The deepest module among `path`'s prefixes (the rest names items).
fn resolve(path: &Module, modules: &BTreeSet<Module>) -> Option<Module> {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|prefix| modules.contains(prefix))
}

/// Strongly connected sets of more than one module, by reachability from each node: simple,
/// and quick enough for the few dozen siblings a folder has.
fn cycles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    let reach = |from: &Module| -> BTreeSet<Module> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.clone()];
        while let Some(node) = stack.pop() {
            for next in edges.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let nodes: BTreeSet<Module> = edges
        .iter()
        .flat_map(|(from, to)| std::iter::once(from.clone()).chain(to.iter().cloned()))
        .collect();
    let reachable: BTreeMap<Module, BTreeSet<Module>> =
        nodes.iter().map(|n| (n.clone(), reach(n))).collect();
    let mut done = BTreeSet::new();
    let mut found = Vec::new();
    for node in &nodes {
        if done.contains(node) || !reachable[node].contains(node) {
            continue;
        }
        let group: Vec<Module> = nodes
            .iter()
            .filter(|other| reachable[node].contains(*other) && reachable[*other].contains(node))
            .cloned()
            .collect();
        done.extend(group.iter().cloned());
        if group.len() > 1 {
            found.push(group);
        }
    }
    found
}

fn crate_cycles(name: &str, src: &str) -> Vec<String> {
    let root = Path::new(src);
    let mut files = Vec::new();
    rust_files(root, &mut files);
    let modules: BTreeSet<Module> = files.iter().map(|f| module_of(root, f)).collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for file in &files {
        let here = module_of(root, file);
        let text = fs::read_to_string(file).unwrap();
        for path in named_paths(&code_of(&text), &here) {
            let Some(target) = resolve(&path, &modules) else {
                continue;
            };
            let common = here.iter().zip(&target).take_while(|(a, b)| a == b).count();
            if common == here.len() || common == target.len() {
                continue; // the module itself, its ancestor or its descendant
            }
            edges
                .entry(here[..=common].to_vec())
                .or_default()
                .insert(target[..=common].to_vec());
        }
    }
    cycles(&edges)
        .into_iter()
        .map(|group| {
            let names: Vec<String> = group.iter().map(|m| m.join("::")).collect();
            format!("{name}: {}", names.join(" <-> "))
        })
        .collect()
}

#[test]
fn no_crate_has_a_module_cycle_but_the_known_ones() {
    let mut found: Vec<String> = CRATES
        .iter()
        .flat_map(|(name, src)| crate_cycles(name, src))
        .collect();
    found.sort();
    let mut known: Vec<String> = KNOWN_CYCLES.iter().map(|s| (*s).to_owned()).collect();
    known.sort();
    let new: Vec<_> = found.iter().filter(|c| !known.contains(c)).collect();
    let gone: Vec<_> = known.iter().filter(|c| !found.contains(c)).collect();
    assert!(
        new.is_empty() && gone.is_empty(),
        "module cycles appeared: {new:#?}\nknown cycles now gone (strike them from KNOWN_CYCLES): {gone:#?}"
    );
}

#[test]
fn the_check_sees_a_cycle_between_siblings_and_ignores_a_parent_and_its_child() {
    let dir = std::env::temp_dir().join(format!("skillgap-cycles-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("feed")).unwrap();
    fs::write(dir.join("lib.rs"), "pub mod feed;\npub mod paths;\n").unwrap();
    fs::write(
        dir.join("feed/mod.rs"),
        "pub mod model;\npub mod index;\npub use model::Feed;\n",
    )
    .unwrap();
    fs::write(
        dir.join("feed/model.rs"),
        "use super::index::Index;\nuse crate::paths::Graph;\n",
    )
    .unwrap();
    fs::write(
        dir.join("feed/index.rs"),
        "use crate::feed::{model::Feed, Thing};\n",
    )
    .unwrap();
    fs::write(
        dir.join("paths.rs"),
        "use crate::feed::Feed;\n#[cfg(test)]\nmod tests {\n    use crate::feed::model::Feed;\n}\n",
    )
    .unwrap();
    let found = crate_cycles("t", dir.to_str().unwrap());
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        found,
        ["t: feed <-> paths", "t: feed::index <-> feed::model"]
    );
}
