//! `feed-import` as a publisher runs it: what it writes, what it prints, and that a failed
//! import never leaves a file behind. The formats' own tests are in `tests/import_*.rs`.

use serde_json::Value;
use skillgap::domain::feed::{load_feeds, FeedSource, Severity};
use std::path::PathBuf;
use std::process::{Command, Output};

const ONET_DIR: &str = "../shared/data/onet";

fn feed_import(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_feed-import"))
        .args(args)
        .output()
        .expect("feed-import runs")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("skillgap-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn schema_errors(feed: &Value) -> Vec<String> {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("docs/feed.schema.json").unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    validator
        .iter_errors(feed)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect()
}

#[test]
fn help_names_every_format_and_each_format_explains_its_options() {
    let help = feed_import(&["--help"]);
    assert!(help.status.success());
    let text = String::from_utf8(help.stdout).unwrap();
    for format in ["onet", "csv", "xlsx", "esco", "case", "moodle"] {
        assert!(
            text.lines().any(|l| l.trim_start().starts_with(format)),
            "--help lists {format}:\n{text}"
        );
    }
    let onet = String::from_utf8(feed_import(&["onet", "--help"]).stdout).unwrap();
    for option in [
        "--min-importance",
        "--output",
        "--framework-name",
        "--max-input-mb",
    ] {
        assert!(onet.contains(option), "onet --help explains {option}");
    }
}

#[test]
fn the_written_feed_passes_the_feed_check_and_the_schema_and_the_summary_goes_to_stderr() {
    let dir = temp_dir("ok");
    let out = dir.join("onet.json");
    let run = feed_import(&[
        "onet",
        ONET_DIR,
        "--min-importance",
        "3",
        "--framework-name",
        "Our O*NET subset",
        "-o",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(run.status.success(), "{stderr}");
    assert!(run.stdout.is_empty(), "with -o, nothing on standard output");
    assert!(
        stderr.contains("Feed OK: 35 skills, "),
        "summary on stderr: {stderr}"
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let feed: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(feed["framework"]["name"], "Our O*NET subset");
    assert_eq!(schema_errors(&feed), Vec::<String>::new());
    let load = load_feeds(&[FeedSource {
        label: "onet.json",
        text: &text,
    }]);
    assert_eq!(load.count(Severity::Error), 0);
    // --min-importance 3 keeps only requirements O*NET rates 3 or more.
    let weights: Vec<f64> = feed["roles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["requirements"].as_array().unwrap())
        .map(|q| q["importance"].as_f64().unwrap())
        .collect();
    assert!(weights.iter().all(|&w| w >= 3.0) && weights.len() > 1_000);
}

#[test]
fn a_failed_import_writes_nothing_and_says_which_file_and_why() {
    let dir = temp_dir("fail");
    let out = dir.join("feed.json");
    std::fs::write(&out, "{\"the\": \"previous feed\"}").unwrap();
    // A copy of the O*NET folder with one file larger than the limit.
    let input = dir.join("onet");
    std::fs::create_dir_all(&input).unwrap();
    for file in std::fs::read_dir(ONET_DIR).unwrap() {
        let file = file.unwrap().path();
        std::fs::copy(&file, input.join(file.file_name().unwrap())).unwrap();
    }
    let run = feed_import(&[
        "onet",
        input.to_str().unwrap(),
        "--max-input-mb",
        "1",
        "-o",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("above the 1 MB limit"), "{stderr}");
    assert!(stderr.contains("--max-input-mb"), "{stderr}");
    assert!(stderr.contains("Nothing was written."), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "{\"the\": \"previous feed\"}",
        "the previous feed is untouched"
    );
    assert!(!dir.join("feed.json.partial").exists());
}

#[test]
fn a_folder_without_the_expected_files_names_what_is_missing() {
    let dir = temp_dir("missing");
    let run = feed_import(&["onet", dir.to_str().unwrap()]);
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr.contains("has no \"Content Model Reference.txt\""),
        "{stderr}"
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(feed_import(&["pdf", "x"]).status.code(), Some(2));
    assert_eq!(feed_import(&[]).status.code(), Some(2));
}

#[test]
fn options_that_would_mislead_are_refused_or_warned_about() {
    // Out-of-range importance and malformed framework details are usage errors.
    for args in [
        vec!["onet", ONET_DIR, "--min-importance", "9"],
        vec!["onet", ONET_DIR, "--framework-id", "bad id!"],
        vec!["onet", ONET_DIR, "--updated", "2026-13-45"],
        vec!["onet", ONET_DIR, "--language", "english!!"],
    ] {
        let run = feed_import(&args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(run.stdout.is_empty());
    }
    // Optional skills asked at a higher level than essential ones: written, with a warning.
    let run = feed_import(&[
        "esco",
        "tests/fixtures/import/esco/en",
        "--essential-level",
        "1",
        "--optional-level",
        "4",
    ]);
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(run.status.success(), "{stderr}");
    assert!(
        stderr.contains("--optional-level 4 is above --essential-level 1"),
        "{stderr}"
    );
    // O*NET occupations left without a requirement are counted.
    let run = feed_import(&["onet", ONET_DIR, "--min-importance", "4.5"]);
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(
        stderr.contains("occupations have no skill of importance 4.5 or more and are left out"),
        "{stderr}"
    );
}
