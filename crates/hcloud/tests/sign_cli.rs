//! `hcloud sign` run as a process: conformance vectors reproduced exactly, and every kind of
//! invalid input rejected with exit status 2 and one line on stderr.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hcloud"))
        .arg("sign")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hcloud starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("hcloud finishes")
}

fn vectors() -> Value {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../core/tests/data/sign-vectors.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!(
            "cannot read the signing vectors at {}: {error}; restore the file from git",
            path.display()
        )
    });
    serde_json::from_str(&text).expect("vector file is JSON")
}

fn vector(name: &str) -> Value {
    vectors()["vectors"]
        .as_array()
        .expect("vectors array")
        .iter()
        .find(|vector| vector["name"] == name)
        .unwrap_or_else(|| panic!("vector {name} missing"))
        .clone()
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

fn sorted_pairs(value: &Value) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), scalar(v))).collect(),
        Value::Array(entries) => entries
            .iter()
            .map(|pair| (scalar(&pair[0]), scalar(&pair[1])))
            .collect(),
        other => panic!("expected headers, found {other}"),
    };
    pairs.sort();
    pairs
}

/// Builds `hcloud sign` input from a vector's signer input and checks the output against it.
fn check_vector(name: &str) {
    let vector = vector(name);
    let input = &vector["signer_input"];
    let file = vectors();
    let headers: Vec<Value> = input["headers"]
        .as_object()
        .expect("headers object")
        .iter()
        .map(|(name, value)| json!([name, scalar(value)]))
        .collect();
    let mut request = json!({
        "method": input["method"],
        "url": vector["wire"]["url"],
        "headers": headers,
        "ak": file["credentials"]["ak"],
        "sk": file["credentials"]["sk"],
        "algorithm": vector["algorithm"],
        "date": vector["fixed_utc_now"],
    });
    if let Some(body) = input["body"]["utf8"].as_str() {
        request["body"] = json!(body);
    }
    if let Some(derived) = vector.get("derived") {
        request["region"] = derived["region_id"].clone();
        request["service"] = derived["service"].clone();
    }

    let output = run(&[], &request.to_string());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "hcloud sign failed: {stderr}");
    let result: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(result["canonical_request"], vector["canonical_request"]);
    assert_eq!(result["string_to_sign"], vector["string_to_sign"]);
    assert_eq!(result["authorization"], vector["authorization"]);
    assert_eq!(result["url"], vector["wire"]["url"]);
    assert_eq!(
        sorted_pairs(&result["headers"]),
        sorted_pairs(&vector["headers_after_signing"])
    );
}

#[test]
fn sign_reproduces_special_chars_vector() {
    check_vector("get_query_special_chars");
}

#[test]
fn sign_reproduces_json_body_vector() {
    check_vector("post_json_body");
}

#[test]
fn sign_reproduces_hmac_sm3_vector() {
    check_vector("hmac_sm3");
}

#[test]
fn sign_reproduces_v11_vector() {
    check_vector("derived_v11_hmac_sha256");
}

#[test]
fn sign_body_base64_matches_text_body() {
    let base = json!({
        "method": "POST",
        "url": "https://h.example.test/v1/x",
        "headers": [["Content-Type", "application/json"]],
        "ak": "AK",
        "sk": "SK",
        "date": "20240102T030405Z",
    });
    let mut text = base.clone();
    text["body"] = json!("{\"a\": 1}");
    let mut encoded = base;
    encoded["body_base64"] = json!("eyJhIjogMX0=");
    let from_text: Value =
        serde_json::from_slice(&run(&[], &text.to_string()).stdout).expect("JSON");
    let from_base64: Value =
        serde_json::from_slice(&run(&[], &encoded.to_string()).stdout).expect("JSON");
    assert_eq!(from_text["authorization"], from_base64["authorization"]);
    assert!(from_text["authorization"].is_string());
}

#[test]
fn sign_explain_labels_each_step() {
    let request = json!({
        "method": "GET",
        "url": "https://h.example.test/v1/x?b=2&a=1",
        "ak": "AK",
        "sk": "SECRET-KEY-VALUE",
        "security_token": "TOKEN-VALUE",
        "date": "20240102T030405Z",
    });
    let output = run(&["--explain"], &request.to_string());
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    for label in [
        "== Algorithm",
        "== Canonical request",
        "== String to sign",
        "== Authorization",
        "== Wire request",
    ] {
        assert!(text.contains(label), "missing {label}:\n{text}");
    }
    assert!(
        text.contains("GET https://h.example.test/v1/x?a=1&b=2"),
        "{text}"
    );
    assert!(!text.contains("SECRET-KEY-VALUE"), "{text}");
}

/// Each invalid input exits with status 2 and one stderr line naming the field.
#[test]
fn sign_invalid_input_exits_2() {
    let valid = json!({
        "method": "GET",
        "url": "https://h.example.test/v1/x",
        "ak": "AK",
        "sk": "SECRET-KEY-VALUE",
        "date": "20240102T030405Z",
    });
    let with = |field: &str, value: Value| {
        let mut input = valid.clone();
        input[field] = value;
        input.to_string()
    };
    let without = |field: &str| {
        let mut input = valid.clone();
        input.as_object_mut().expect("object").remove(field);
        input.to_string()
    };
    let cases: Vec<(String, String, &str)> = vec![
        ("not json".into(), "invalid JSON".into(), "bad JSON"),
        ("[1, 2]".into(), "JSON object".into(), "not an object"),
        (without("method"), "`method`".into(), "missing method"),
        (without("url"), "`url`".into(), "missing url"),
        (without("ak"), "`ak`".into(), "missing ak"),
        (without("sk"), "`sk`".into(), "missing sk"),
        (with("ak", json!("")), "`ak`".into(), "empty ak"),
        (with("sk", json!("")), "`sk`".into(), "empty sk"),
        (
            with("method", json!(5)),
            "`method`".into(),
            "method not a string",
        ),
        (
            with("url", json!("h.example.test/x")),
            "`url`".into(),
            "relative url",
        ),
        (
            with("algorithm", json!("SDK-HMAC-MD5")),
            "`algorithm`".into(),
            "unknown algorithm",
        ),
        (
            with("date", json!("2024-01-02")),
            "`date`".into(),
            "malformed date",
        ),
        (
            with("headers", json!({"a": "b"})),
            "`headers`".into(),
            "headers not array",
        ),
        (
            with("headers", json!([["a"]])),
            "`headers`".into(),
            "header not a pair",
        ),
        (
            with("body_base64", json!("***")),
            "`body_base64`".into(),
            "bad base64",
        ),
        (
            with("colour", json!("red")),
            "`colour`".into(),
            "unknown field",
        ),
        (
            with("headers", json!([["X-Sdk-Date", "yesterday"]])),
            "X-Sdk-Date".into(),
            "malformed X-Sdk-Date header",
        ),
        (
            with("algorithm", json!("V11-HMAC-SHA256")),
            "region".into(),
            "V11 without region",
        ),
        (
            with("headers", json!([["X-Bad", "a\nb"]])),
            "X-Bad".into(),
            "control character in header",
        ),
    ];
    let mut both_bodies = valid.clone();
    both_bodies["body"] = json!("x");
    both_bodies["body_base64"] = json!("eA==");
    let mut cases = cases;
    cases.push((
        both_bodies.to_string(),
        "`body`".into(),
        "body and body_base64",
    ));

    for (input, expected, case) in cases {
        let output = run(&[], &input);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{case}: {stderr}");
        assert_eq!(
            stderr.lines().count(),
            1,
            "{case}: one line expected: {stderr}"
        );
        assert!(stderr.contains(&expected), "{case}: {stderr}");
        assert!(!stderr.contains("panicked"), "{case}: {stderr}");
        assert!(!stderr.contains("SECRET-KEY-VALUE"), "{case}: {stderr}");
        assert!(output.stdout.is_empty(), "{case}: nothing on stdout");
    }
}
