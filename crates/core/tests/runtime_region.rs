//! Region lookup: environment, then regions file, then the built-in table.

mod runtime_support;

use std::path::Path;

use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::region::{lookup_by_name, lookup_in, region_variable, Region};
use huaweicloud_sdk_core::{Client, ClientBuilder};
use runtime_support::{credentials, SERVICE};

fn env_with(home: &Path, vars: &[(&str, &str)]) -> Environment {
    let mut all: Vec<(String, String)> = vec![("HOME".into(), home.display().to_string())];
    all.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    Environment::from_vars(all)
}

fn write_regions(home: &Path, text: &str) {
    let dir = home.join(".huaweicloud");
    std::fs::create_dir_all(&dir).expect("create settings dir");
    std::fs::write(dir.join("regions.yaml"), text).expect("write regions file");
}

#[test]
fn region_variable_name() {
    assert_eq!(
        region_variable("demo", "cn-north-4"),
        "HUAWEICLOUD_SDK_REGION_DEMO_CN_NORTH_4"
    );
}

#[test]
fn builtin_table_adds_scheme() {
    let home = tempfile::tempdir().expect("temporary home");
    let env = env_with(home.path(), &[]);
    let region = lookup_in(&env, &SERVICE, "test-region-2").expect("known region");
    assert_eq!(
        region,
        Region {
            id: "test-region-2".into(),
            endpoints: vec!["https://demo.test-region-2.example.test".into()],
        }
    );
}

#[test]
fn environment_wins_and_is_trimmed() {
    let home = tempfile::tempdir().expect("temporary home");
    write_regions(
        home.path(),
        "demo:\n  - id: test-region-1\n    endpoint: https://from-file.example.test\n",
    );
    let env = env_with(
        home.path(),
        &[(
            "HUAWEICLOUD_SDK_REGION_DEMO_TEST_REGION_1",
            "https://a.example.test, b.example.test ,",
        )],
    );
    let region = lookup_in(&env, &SERVICE, "test-region-1").expect("resolves");
    assert_eq!(
        region.endpoints,
        ["https://a.example.test", "https://b.example.test"]
    );
}

#[test]
fn regions_file_before_builtin_table() {
    let home = tempfile::tempdir().expect("temporary home");
    write_regions(
        home.path(),
        "DEMO:\n  - id: test-region-1\n    endpoint: https://last.example.test\n    endpoints:\n      - https://first.example.test\n  - id: no-endpoints\nother:\n  - id: test-region-1\n    endpoint: https://other.example.test\n",
    );
    let env = env_with(home.path(), &[]);
    let region = lookup_in(&env, &SERVICE, "test-region-1").expect("resolves");
    assert_eq!(
        region.endpoints,
        ["https://first.example.test", "https://last.example.test"]
    );
    // The built-in table still answers ids the file does not list.
    let builtin = lookup_in(&env, &SERVICE, "test-region-2").expect("resolves");
    assert_eq!(
        builtin.endpoints,
        ["https://demo.test-region-2.example.test"]
    );
}

#[test]
fn regions_file_from_variable() {
    let home = tempfile::tempdir().expect("temporary home");
    let file = home.path().join("custom.yaml");
    std::fs::write(
        &file,
        "demo:\n  - id: only-in-file\n    endpoint: file.example.test\n",
    )
    .expect("write file");
    let env = env_with(
        home.path(),
        &[(
            "HUAWEICLOUD_SDK_REGIONS_FILE",
            file.to_str().expect("utf-8 path"),
        )],
    );
    let region = lookup_in(&env, &SERVICE, "only-in-file").expect("resolves");
    assert_eq!(region.endpoints, ["https://file.example.test"]);
}

#[test]
fn unknown_region_lists_known_ids_sorted() {
    let home = tempfile::tempdir().expect("temporary home");
    write_regions(
        home.path(),
        "demo:\n  - id: a-file-region\n    endpoint: x.test\n",
    );
    let env = env_with(home.path(), &[]);
    let error = lookup_in(&env, &SERVICE, "nowhere-1").expect_err("unknown");
    assert!(error.is_configuration());
    let text = error.to_string();
    assert!(
        text.contains("known regions are a-file-region, test-region-1, test-region-2"),
        "{text}"
    );
    assert!(
        text.contains("HUAWEICLOUD_SDK_REGION_DEMO_NOWHERE_1"),
        "{text}"
    );
}

#[test]
fn malformed_yaml_names_file_and_line() {
    let home = tempfile::tempdir().expect("temporary home");
    write_regions(
        home.path(),
        "demo:\n  - id: ok-region\n    endpoint: x.test\n  - id: [unclosed\n",
    );
    let env = env_with(home.path(), &[]);
    let error = lookup_in(&env, &SERVICE, "ok-region").expect_err("malformed file");
    let text = error.to_string();
    assert!(text.contains("regions.yaml"), "{text}");
    assert!(text.contains("line 4"), "{text}");
}

#[test]
fn wrong_type_in_yaml_names_line() {
    let home = tempfile::tempdir().expect("temporary home");
    write_regions(home.path(), "demo:\n  - id: r1\n    endpoints: 5\n");
    let env = env_with(home.path(), &[]);
    let error = lookup_in(&env, &SERVICE, "r1").expect_err("endpoints must be a list");
    let text = error.to_string();
    assert!(text.contains("line 3"), "{text}");
    assert!(text.contains("demo[0].endpoints"), "{text}");
}

#[test]
fn entry_without_endpoint_is_named() {
    let home = tempfile::tempdir().expect("temporary home");
    // `endpont` is a misspelt key, so the entry has no endpoint.
    write_regions(
        home.path(),
        "demo:\n  - id: my-region-1\n    endpont: https://x.example.test\n",
    );
    let env = env_with(home.path(), &[]);
    let error = lookup_in(&env, &SERVICE, "my-region-1").expect_err("no endpoint");
    assert!(error.is_configuration());
    let text = error.to_string();
    assert!(text.contains("my-region-1"), "{text}");
    assert!(text.contains("has no endpoint"), "{text}");
    assert!(text.contains("regions.yaml"), "{text}");
}

#[test]
fn missing_regions_file_gives_reason() {
    let home = tempfile::tempdir().expect("temporary home");
    let missing = home.path().join("missing.yaml");
    let env = env_with(
        home.path(),
        &[(
            "HUAWEICLOUD_SDK_REGIONS_FILE",
            missing.to_str().expect("utf-8 path"),
        )],
    );
    let error = lookup_in(&env, &SERVICE, "test-region-1").expect_err("file must exist");
    let text = error.to_string();
    assert!(text.contains("missing.yaml"), "{text}");
    // ENOENT on Unix and ERROR_FILE_NOT_FOUND on Windows are both 2.
    assert!(text.contains("os error 2"), "{text}");
}

#[test]
fn empty_region_id_rejected() {
    let home = tempfile::tempdir().expect("temporary home");
    let env = env_with(home.path(), &[]);
    let error = lookup_in(&env, &SERVICE, " ").expect_err("empty id");
    assert!(error.to_string().contains("empty"), "{error}");
}

#[test]
fn service_without_table_uses_environment() {
    let home = tempfile::tempdir().expect("temporary home");
    let env = env_with(
        home.path(),
        &[("HUAWEICLOUD_SDK_REGION_FOO_R_1", "http://127.0.0.1:9")],
    );
    let region = lookup_by_name(&env, "foo", &[], "r-1").expect("from environment");
    assert_eq!(region.endpoints, ["http://127.0.0.1:9"]);
    let error = lookup_by_name(&env, "foo", &[], "r-2").expect_err("unknown");
    assert!(
        error.to_string().contains("known regions are none"),
        "{error}"
    );
}

#[test]
fn builder_region_id_appends_after_endpoints() {
    let home = tempfile::tempdir().expect("temporary home");
    let env = env_with(home.path(), &[]);
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials())
        .endpoint("http://127.0.0.1:9")
        .region_id("test-region-1")
        .build()
        .expect("builds without network");
    assert_eq!(
        client.endpoints(),
        [
            "http://127.0.0.1:9",
            "https://demo.test-region-1.example.test"
        ]
    );
}

#[test]
fn builder_without_endpoint_explains_fix() {
    let home = tempfile::tempdir().expect("temporary home");
    let error = ClientBuilder::<Client>::new(&SERVICE)
        .environment(env_with(home.path(), &[]))
        .credentials(credentials())
        .build()
        .expect_err("no endpoint");
    assert!(error.is_configuration());
    assert!(error.to_string().contains(".region_id("), "{error}");
}
