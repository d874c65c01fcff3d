//! Writes test and benchmark feeds to stdout.
//!
//! ```text
//! cargo run --release -p skillgap-tools --bin make-fixture -- synthetic [SEED] > large.json
//! cargo run --release -p skillgap-tools --bin make-fixture -- synthetic-bad-references [SEED] > large-bad-refs.json
//! cargo run --release -p skillgap-tools --bin make-fixture -- wide-roles [SEED] > wide-roles.json
//! cargo run --release -p skillgap-tools --bin make-fixture -- career-paths [SEED] > career-paths.json
//! cargo run --release -p skillgap-tools --bin make-fixture -- paths-scale ROLES complete|sparse|none [SEED] > paths.json
//! cargo run --release -p skillgap-tools --bin make-fixture -- onet ../shared/data/onet > onet.json   (or tests/data/onet-sample: 97 occupations)
//! ```

// Trunk builds every target of the crate for wasm32 too; the fixtures exist natively only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use skillgap_tools::fixtures::{
        bad_references, career_paths, onet, paths_scale, synthetic, wide_roles,
    };
    use std::path::Path;
    use std::process::ExitCode;

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let value = match args.first().map(String::as_str) {
            Some("synthetic") => {
                let seed = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(42);
                synthetic::generate(seed, synthetic::SyntheticSize::ENTERPRISE)
            }
            Some("synthetic-bad-references") => {
                let seed = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(42);
                let feed = synthetic::generate(seed, synthetic::SyntheticSize::ENTERPRISE);
                bad_references::with_bad_references(feed, 500, 200, seed)
            }
            Some("wide-roles") => {
                let seed = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(42);
                wide_roles::generate_wide(seed)
            }
            Some("career-paths") => {
                let seed = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(42);
                career_paths::generate_paths(seed)
            }
            Some("paths-scale") => {
                let roles = args.get(1).and_then(|s| s.parse().ok());
                let links = args.get(2).and_then(|s| paths_scale::Links::parse(s));
                let (Some(roles), Some(links)) = (roles, links) else {
                    eprintln!("usage: make-fixture paths-scale ROLES complete|sparse|none [SEED]");
                    return ExitCode::from(2);
                };
                let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(42);
                paths_scale::generate_paths_scale(seed, roles, links)
            }
            Some("onet") => {
                let dir = args.get(1).map_or("../shared/data/onet", String::as_str);
                match onet::import_folder(Path::new(dir)) {
                    Ok(imported) => {
                        serde_json::to_value(&imported.draft).expect("a draft serialises")
                    }
                    Err(problem) => {
                        eprintln!("cannot read O*NET data: {problem}");
                        return ExitCode::from(2);
                    }
                }
            }
            _ => {
                eprintln!("usage: make-fixture synthetic [SEED] | make-fixture synthetic-bad-references [SEED] | make-fixture wide-roles [SEED] | make-fixture career-paths [SEED] | make-fixture paths-scale ROLES complete|sparse|none [SEED] | make-fixture onet [DIR]");
                return ExitCode::from(2);
            }
        };
        println!("{value}");
        ExitCode::SUCCESS
    }
}
