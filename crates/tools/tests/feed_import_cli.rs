//! `feed-import` as a publisher runs it: what it writes, what it prints, and that a failed
//! import never leaves a file behind. The formats' own tests are in `tests/import_*.rs`.

use domain::feed::{load_feeds, FeedSource, Severity};
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

/// A 97-occupation sample of the O*NET files, kept in the repository (its README says how).
const ONET_DIR: &str = "../../tests/data/onet-sample";

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
        serde_json::from_str(&std::fs::read_to_string("../../docs/feed.schema.json").unwrap())
            .unwrap();
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
    assert!(weights.iter().all(|&w| w >= 3.0) && weights.len() > 500);
}

#[test]
fn a_failed_import_writes_nothing_and_says_which_file_and_why() {
    let dir = temp_dir("fail");
    let out = dir.join("feed.json");
    std::fs::write(&out, "{\"the\": \"previous feed\"}").unwrap();
    // A copy of the O*NET folder with one file larger than the limit (the sample's rows twice).
    let input = dir.join("onet");
    std::fs::create_dir_all(&input).unwrap();
    for file in std::fs::read_dir(ONET_DIR).unwrap() {
        let file = file.unwrap().path();
        std::fs::copy(&file, input.join(file.file_name().unwrap())).unwrap();
    }
    let skills = std::fs::read_to_string(input.join("Skills.txt")).unwrap();
    std::fs::write(input.join("Skills.txt"), skills.repeat(2)).unwrap();
    assert!(skills.len() * 2 > 1024 * 1024);
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
        "../../tests/fixtures/import/esco/en",
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

const CASE_SAMPLE: &str = "../../tests/fixtures/import/case/what-standards-could-be.json";

/// A copy of the CASE sample in `dir` (tests that could write over an input never point at a
/// fixture).
fn case_input(dir: &std::path::Path) -> PathBuf {
    let input = dir.join("package.json");
    std::fs::copy(CASE_SAMPLE, &input).unwrap();
    input
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn output_dash_is_standard_output() {
    let dir = temp_dir("dash");
    let input = case_input(&dir);
    let run = Command::new(env!("CARGO_BIN_EXE_feed-import"))
        .current_dir(&dir)
        .args(["case", input.to_str().unwrap(), "-o", "-"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(run.status.success(), "{stderr}");
    let feed: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(feed["framework"]["name"], "What Standards Could Be");
    assert_eq!(names(&dir), ["package.json"], "no file named -");
}

#[test]
fn output_never_replaces_an_input_however_it_is_named() {
    let dir = temp_dir("input");
    let input = case_input(&dir);
    let original = std::fs::read(&input).unwrap();
    std::fs::hard_link(&input, dir.join("hard-link.json")).unwrap();
    let spellings = [
        input.to_str().unwrap().to_owned(),
        dir.join(".")
            .join("package.json")
            .to_str()
            .unwrap()
            .to_owned(),
        dir.join("hard-link.json").to_str().unwrap().to_owned(),
    ];
    for output in &spellings {
        let run = feed_import(&["case", input.to_str().unwrap(), "-o", output]);
        let stderr = String::from_utf8(run.stderr).unwrap();
        assert_eq!(run.status.code(), Some(1), "{output}: {stderr}");
        assert!(stderr.contains("it is the input"), "{stderr}");
        assert!(stderr.contains("Nothing was written."), "{stderr}");
        assert_eq!(std::fs::read(&input).unwrap(), original, "{output}");
    }
    assert_eq!(names(&dir), ["hard-link.json", "package.json"]);
}

#[cfg(unix)]
#[test]
fn a_planted_link_is_never_followed() {
    let dir = temp_dir("links");
    let input = case_input(&dir);
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap();
    // A link where the old temporary file went: the feed is written, the link's target is not.
    std::os::unix::fs::symlink(&victim, dir.join("feed.json.partial")).unwrap();
    let out = dir.join("feed.json");
    let run = feed_import(&["case", input.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(std::fs::symlink_metadata(&out).unwrap().is_file());
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("What Standards Could Be"));
    // A link as the output itself is refused: neither it nor its target changes.
    let link = dir.join("link.json");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let run = feed_import(&[
        "case",
        input.to_str().unwrap(),
        "-o",
        link.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("it is a symbolic link"), "{stderr}");
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
    assert_eq!(
        names(&dir),
        [
            "feed.json",
            "feed.json.partial",
            "link.json",
            "package.json",
            "victim.txt"
        ]
    );
}

#[cfg(unix)]
#[test]
fn pipes_and_directories_are_refused_and_nothing_is_left_behind() {
    use std::os::unix::fs::FileTypeExt;
    let dir = temp_dir("special");
    let input = case_input(&dir);
    let pipe = dir.join("pipe");
    let made = Command::new("mkfifo").arg(&pipe).status().unwrap();
    assert!(made.success());
    let folder = dir.join("folder");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("inside.txt"), "x").unwrap();
    for (target, why) in [
        (&pipe, "it is a named pipe"),
        (&folder, "it is a directory"),
    ] {
        let run = feed_import(&[
            "case",
            input.to_str().unwrap(),
            "-o",
            target.to_str().unwrap(),
        ]);
        let stderr = String::from_utf8(run.stderr).unwrap();
        assert_eq!(run.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(why), "{stderr}");
        assert!(stderr.contains("Nothing was written."), "{stderr}");
    }
    assert!(std::fs::symlink_metadata(&pipe)
        .unwrap()
        .file_type()
        .is_fifo());
    assert_eq!(names(&dir), ["folder", "package.json", "pipe"]);
    assert_eq!(names(&folder), ["inside.txt"]);
}
