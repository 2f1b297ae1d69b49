//! Generator output for a small spec that exercises every mapping rule.

use huaweicloud_sdk_codegen::{generate, spec::Spec, Generation};
use std::path::Path;

fn demo_generation() -> Generation {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/demo.json");
    let text = std::fs::read_to_string(&path).expect("the demo spec is checked in");
    let spec: Spec = serde_json::from_str(&text).expect("the demo spec is valid");
    let rustfmt_dir = tempfile::tempdir().expect("a temporary directory can be created");
    generate(&[spec], rustfmt_dir.path()).expect("the demo spec generates")
}

/// Returns a generated file with whitespace and trailing commas removed, so that assertions do
/// not depend on rustfmt's line breaks.
fn squashed(generation: &Generation, path: &str) -> String {
    let file = generation
        .files
        .iter()
        .find(|file| file.path == Path::new(path))
        .unwrap_or_else(|| panic!("{path} is not generated"));
    squash(&file.contents)
}

fn squash(text: &str) -> String {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    compact
        .replace(",)", ")")
        .replace(",]", "]")
        .replace(",}", "}")
}

fn assert_contains(haystack: &str, needle: &str) {
    // A trailing comma may be dropped by `squash` in the haystack when a bracket follows.
    let needle = squash(needle);
    let needle = needle.trim_end_matches(',');
    assert!(haystack.contains(needle), "expected to find `{needle}`");
}

#[test]
fn files_per_crate_and_version() {
    let generation = demo_generation();
    let mut paths: Vec<String> = generation
        .files
        .iter()
        .map(|file| file.path.display().to_string())
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "demo/Cargo.toml",
            "demo/UNMAPPED.md",
            "demo/src/lib.rs",
            "demo/src/v1/blocking.rs",
            "demo/src/v1/mod.rs",
            "demo/src/v1/model.rs",
            "demo/src/v1/operation.rs",
            "demo/src/v1/region.rs",
        ]
    );
    let manifest = squashed(&generation, "demo/Cargo.toml");
    assert_contains(&manifest, r#"name = "huaweicloud-sdk-demo""#);
    assert_contains(&manifest, r#"default = ["v1"]"#);
    assert_contains(&manifest, "doctest = false");
    assert_contains(&manifest, "test = false");
}

#[test]
fn keywords_become_raw_fields() {
    let generation = demo_generation();
    let models = squashed(&generation, "demo/src/v1/model.rs");
    assert_contains(
        &models,
        "pub r#type: ::std::option::Option<::std::vec::Vec<::std::string::String>>",
    );
    assert_contains(
        &models,
        "pub fn with_type(mut self, value: ::std::vec::Vec<::std::string::String>)",
    );
    assert_contains(&models, "pub r#match: ::std::option::Option<Result>");
    let operations = squashed(&generation, "demo/src/v1/operation.rs");
    assert_contains(&operations, r#"parts.param("type", &self.r#type);"#);
}

#[test]
fn recursion_is_boxed_only_on_direct_edges() {
    let generation = demo_generation();
    let models = squashed(&generation, "demo/src/v1/model.rs");
    assert_contains(
        &models,
        "pub parent: ::std::option::Option<::std::boxed::Box<Node>>",
    );
    assert_contains(
        &models,
        "pub children: ::std::option::Option<::std::vec::Vec<Node>>",
    );
    assert_contains(
        &models,
        "self.parent = ::std::option::Option::Some(::std::boxed::Box::new(value));",
    );
}

#[test]
fn std_paths_cannot_clash_with_models() {
    let generation = demo_generation();
    let models = squashed(&generation, "demo/src/v1/model.rs");
    assert_contains(&models, "pub struct Result {");
    assert_contains(
        &models,
        "fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError>",
    );
}

#[test]
fn string_enum_has_catch_all() {
    let generation = demo_generation();
    let models = squashed(&generation, "demo/src/v1/model.rs");
    assert_contains(&models, "pub enum Status {");
    assert_contains(&models, "InProgress,");
    assert_contains(&models, "Unknown(::std::string::String),");
    assert_contains(&models, r#""in_progress" => Self::InProgress,"#);
    assert_contains(&models, "_ => Self::Unknown(value),");
}

#[test]
fn integer_enum_is_newtype() {
    let generation = demo_generation();
    let models = squashed(&generation, "demo/src/v1/model.rs");
    assert_contains(&models, "pub struct Level(pub i64);");
    assert_contains(&models, "pub const HIGH: Level = Level(2);");
    assert_contains(&models, "pub const LOW: Level = Level(1);");
}

#[test]
fn secret_fields_are_redacted_in_debug() {
    let generation = demo_generation();
    let models = squashed(&generation, "demo/src/v1/model.rs");
    assert_contains(&models, "impl ::std::fmt::Debug for Node {");
    assert_contains(
        &models,
        r#".field("admin_pass", &self.admin_pass.as_ref().map(|_| "<redacted>"))"#,
    );
    assert_contains(
        &models,
        r#"json::put(&mut map, "adminPass", &self.admin_pass);"#,
    );
}

#[test]
fn operation_table_rendering() {
    let generation = demo_generation();
    let operations = squashed(&generation, "demo/src/v1/operation.rs");
    assert_contains(
        &operations,
        r#"pub static LIST_THINGS: OperationInfo = OperationInfo {
            name: "ListThings",
            method: "GET",
            path: "/v1/{project_id}/things/{thing_id}",
            content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
            params: &[
                ParamInfo { field: "thing_id", name: "thing_id", location: ParamLocation::Path,
                            required: true, collection: CollectionFormat::Multi, },
                ParamInfo { field: "type", name: "type", location: ParamLocation::Query,
                            required: false, collection: CollectionFormat::Csv, },
                ParamInfo { field: "x_token", name: "X-Token", location: ParamLocation::Header,
                            required: false, collection: CollectionFormat::Multi, },
            ],
            body: BodyKind::None,
            body_field: ::std::option::Option::None,
            response: ResponseKind::Fields,
            response_headers: &[HeaderInfo { field: "x_request_id", name: "X-Request-Id" }],
        };"#,
    );
    assert_contains(
        &operations,
        r#"body: BodyKind::Json, body_field: ::std::option::Option::Some("body"),"#,
    );
    assert_contains(&operations, r#"response: ResponseKind::Wrapped("body"),"#);
    assert_contains(
        &operations,
        r#"content_type: ::std::option::Option::Some("application/json"), params: &[], body: BodyKind::None"#,
    );
}

#[test]
fn response_header_read_under_field_name() {
    let generation = demo_generation();
    let models = squashed(&generation, "demo/src/v1/model.rs");
    assert_contains(
        &models,
        r#"x_request_id: json::take(&mut map, "x_request_id")?,"#,
    );
}

#[test]
fn multipart_sends_text_before_files() {
    let generation = demo_generation();
    let operations = squashed(&generation, "demo/src/v1/operation.rs");
    assert_contains(
        &operations,
        r#"if let ::std::option::Option::Some(body) = self.body {
            parts.form_text("display_name", &body.name);
            parts.form_file("file", ::std::option::Option::Some(body.file));
        }"#,
    );
    assert_contains(&operations, "body: BodyKind::Multipart,");
    assert_contains(&operations, "response: ResponseKind::Stream,");
    let models = squashed(&generation, "demo/src/v1/model.rs");
    assert_contains(&models, "pub file: ::huaweicloud_sdk_core::FormFile,");
    assert_contains(
        &models,
        "pub fn new(file: ::huaweicloud_sdk_core::FormFile) -> Self",
    );
}

#[test]
fn client_methods_are_one_line() {
    let generation = demo_generation();
    let client = squashed(&generation, "demo/src/v1/mod.rs");
    assert_contains(
        &client,
        "pub async fn list_things(&self, request: model::ListThingsRequest)
            -> ::std::result::Result<Response<model::ListThingsResponse>, Error> {
            self.client.call(&operation::LIST_THINGS, request).await
        }",
    );
    assert_contains(
        &client,
        "pub async fn upload(&self, request: model::UploadRequest)
            -> ::std::result::Result<Download, Error> {
            self.client.download(&operation::UPLOAD, request).await
        }",
    );
    assert_contains(&client, "#[deprecated(");
    assert_contains(&client, "credential_kind: CredentialKind::Global,");
    assert_contains(
        &client,
        r#"derived_auth_service: ::std::option::Option::Some("demo"),"#,
    );
    assert_contains(
        &client,
        r#"regions: &[
            ("ap-southeast-1", &["https://a.example.com", "https://b.example.com"]),
            ("cn-north-4", &["https://demo.cn-north-4.example.com"]),
        ],"#,
    );
    let blocking = squashed(&generation, "demo/src/v1/blocking.rs");
    assert_contains(
        &blocking,
        "self.client.call(&operation::LIST_THINGS, request)}",
    );
}

#[test]
fn region_module_has_constants_and_lookup() {
    let generation = demo_generation();
    let regions = squashed(&generation, "demo/src/v1/region.rs");
    assert_contains(
        &regions,
        r#"pub const AP_SOUTHEAST_1: &str = "ap-southeast-1";"#,
    );
    assert_contains(&regions, r#"pub const CN_NORTH_4: &str = "cn-north-4";"#);
    assert_contains(
        &regions,
        "pub fn value_of(id: &str) -> ::std::result::Result<Region, Error> {
            huaweicloud_sdk_core::region::lookup(&super::SERVICE, id)
        }",
    );
}

#[test]
fn unmapped_items_are_reported() {
    let generation = demo_generation();
    let reasons: Vec<String> = generation
        .unmapped
        .iter()
        .map(|(_, item)| format!("{}: {}", item.item, item.reason))
        .collect();
    let has = |fragment: &str| reasons.iter().any(|reason| reason.contains(fragment));
    assert!(
        has("model Node, field odd: unknown type `tuple[int]`"),
        "{reasons:#?}"
    );
    assert!(has("model Poly: polymorphic discriminator"), "{reasons:#?}");
    assert!(has("response header X-Missing"), "{reasons:#?}");
    let report = generation
        .files
        .iter()
        .find(|file| file.path == Path::new("demo/UNMAPPED.md"))
        .expect("the report is generated");
    assert!(report.contents.contains("unknown type `tuple[int]`"));
    assert!(report
        .contents
        .contains("v1 operation ShowText `accept header`: not described"));
    let models = squashed(&generation, "demo/src/v1/model.rs");
    assert_contains(
        &models,
        "pub odd: ::std::option::Option<::huaweicloud_sdk_core::json::Value>",
    );
}
