//! The committed service crates match a fresh generation, and `--check` reports drift.

use huaweicloud_sdk_codegen::{check, generate, load_specs, Drift};
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the workspace root exists")
}

#[test]
fn committed_services_match_specs() {
    let root = workspace_root();
    let specs = load_specs(&root.join("specs")).expect("the workspace specs load");
    let services = root.join("services");
    let generation = generate(&specs, &services).expect("the workspace specs generate");
    let drift = check(&services, &generation).expect("the services directory is readable");
    let listing: Vec<String> = drift.iter().map(ToString::to_string).collect();
    assert!(
        drift.is_empty(),
        "services/ is out of date; run `cargo run -p huaweicloud-sdk-codegen -- --specs specs \
         --out services`:\n{}",
        listing.join("\n")
    );
}

fn codegen(args: &[&str], dir: &Path) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_huaweicloud-sdk-codegen"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the generator binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn check_names_changed_and_stray_files() {
    let dir = tempfile::tempdir().expect("a temporary directory can be created");
    let specs = dir.path().join("specs");
    std::fs::create_dir(&specs).expect("the specs directory can be created");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/demo.json"),
        specs.join("demo.json"),
    )
    .expect("the demo spec can be copied");
    let args = ["--specs", "specs", "--out", "out", "--quiet"];
    let check_args = ["--specs", "specs", "--out", "out", "--quiet", "--check"];

    let (ok, stderr) = codegen(&check_args, dir.path());
    assert!(!ok, "check of an empty output passed: {stderr}");
    assert!(
        stderr.contains("missing: out/demo/src/v1/model.rs"),
        "{stderr}"
    );

    let (ok, stderr) = codegen(&args, dir.path());
    assert!(ok, "generation failed: {stderr}");
    let (ok, stderr) = codegen(&check_args, dir.path());
    assert!(ok, "check right after generation failed: {stderr}");

    let model = dir.path().join("out/demo/src/v1/model.rs");
    let mut text = std::fs::read_to_string(&model).expect("the model file is generated");
    text.push_str("// edited\n");
    std::fs::write(&model, text).expect("the model file is writable");
    let stray = dir.path().join("out/demo/src/v0.rs");
    std::fs::write(&stray, "").expect("a stray file can be written");
    let (ok, stderr) = codegen(&check_args, dir.path());
    assert!(!ok, "check passed despite an edited file: {stderr}");
    assert!(
        stderr.contains("differs: out/demo/src/v1/model.rs"),
        "{stderr}"
    );
    assert!(
        stderr.contains("not generated: out/demo/src/v0.rs"),
        "{stderr}"
    );

    let (ok, stderr) = codegen(&args, dir.path());
    assert!(ok, "regeneration failed: {stderr}");
    assert!(!stray.exists(), "regeneration kept the stray file");
    let (ok, stderr) = codegen(&check_args, dir.path());
    assert!(ok, "check after regeneration failed: {stderr}");
}

#[test]
fn regeneration_is_byte_identical() {
    let root = workspace_root();
    let specs = load_specs(&root.join("specs")).expect("the workspace specs load");
    let dir = tempfile::tempdir().expect("a temporary directory can be created");
    let first = generate(&specs, dir.path()).expect("the specs generate");
    let second = generate(&specs, dir.path()).expect("the specs generate again");
    assert_eq!(first.files, second.files);
    assert!(check(dir.path(), &first)
        .expect("an empty directory is readable")
        .iter()
        .all(|drift| matches!(drift, Drift::Missing(_))));
}
