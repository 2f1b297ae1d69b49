//! Error responses: the body shapes the official SDKs parse, and errors over real HTTP.

mod runtime_support;

use std::error::Error as _;

use huaweicloud_sdk_core::error::{parse_error_body, ErrorKind};
use huaweicloud_sdk_core::{Client, ClientBuilder, Error};
use runtime_support::{credentials, Item, ItemRequest, Reply, TestServer, SERVICE, SHOW_ITEM};

/// (status, body, expected code, expected message).
const TABLE: [(u16, &str, &str, &str); 12] = [
    (
        400,
        r#"{"error_code":"VPC.0101","error_msg":"bad"}"#,
        "VPC.0101",
        "bad",
    ),
    (400, r#"{"errorCode":"X.1","errorMsg":"m"}"#, "X.1", "m"),
    (
        401,
        r#"{"code":"APIGW.0301","message":"Incorrect IAM authentication information"}"#,
        "APIGW.0301",
        "Incorrect IAM authentication information",
    ),
    (
        400,
        r#"{"error":{"code":"X.2","message":"nested m"}}"#,
        "X.2",
        "nested m",
    ),
    (
        400,
        r#"{"a":{"error_code":"A","error_msg":"first"},"b":{"code":"B","message":"second"}}"#,
        "B",
        "second",
    ),
    (
        400,
        r#"{"code":"TOP","message":"top","error":{"code":"IN","message":"inner"}}"#,
        "TOP",
        "top",
    ),
    (400, "[1,2]", "400", "[1,2]"),
    (400, r#""just a string""#, "400", r#""just a string""#),
    (500, "Internal error", "500", "Internal error"),
    (404, "", "404", ""),
    (
        400,
        r#"{"error_code":"ONLY"}"#,
        "400",
        r#"{"error_code":"ONLY"}"#,
    ),
    (
        400,
        r#"{"error_code":null,"error_msg":null}"#,
        "400",
        r#"{"error_code":null,"error_msg":null}"#,
    ),
];

#[test]
fn error_body_table_matches_official_sdks() {
    for (status, body, code, message) in TABLE {
        let parsed = parse_error_body(status, body.as_bytes());
        assert_eq!(parsed.error_code, code, "code of {body}");
        assert_eq!(parsed.error_message, message, "message of {body}");
    }
}

#[test]
fn nested_match_order_follows_document_not_key_sort() {
    // Keys in reverse alphabetical order: the last match in document order wins.
    let body = r#"{"z":{"code":"Z","message":"from z"},"a":{"code":"A","message":"from a"}}"#;
    let parsed = parse_error_body(400, body.as_bytes());
    assert_eq!(parsed.error_code, "A");
    assert_eq!(parsed.error_message, "from a");
}

#[test]
fn numeric_code_kept_as_text() {
    let parsed = parse_error_body(400, br#"{"code":400,"message":"x"}"#);
    assert_eq!(parsed.error_code, "400");
    assert_eq!(parsed.error_message, "x");
}

#[test]
fn encoded_authorization_message_found_nested() {
    let body = br#"{"error":{"code":"IAM.0002","message":"denied","encoded_authorization_message":"ENC123"}}"#;
    let error = Error::from_response(403, Some("rid"), body);
    assert_eq!(error.encoded_authorization_message(), Some("ENC123"));
    assert_eq!(error.error_code(), Some("IAM.0002"));
    assert_eq!(error.kind(), ErrorKind::ClientResponse);
}

#[test]
fn html_body_becomes_message() {
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let error = Error::from_response(502, None, html.as_bytes());
    assert_eq!(error.kind(), ErrorKind::ServerResponse);
    assert_eq!(error.error_code(), Some("502"));
    assert_eq!(error.error_message(), Some(html));
}

#[test]
fn invalid_utf8_body_is_replaced_not_rejected() {
    let error = Error::from_response(400, None, b"bad \xff\xfe bytes");
    assert_eq!(error.error_code(), Some("400"));
    assert_eq!(error.error_message(), Some("bad \u{fffd}\u{fffd} bytes"));
}

#[test]
fn chinese_message_is_not_garbled() {
    let body = r#"{"error_code":"VPC.0001","error_msg":"参数错误"}"#;
    let error = Error::from_response(400, None, body.as_bytes());
    assert_eq!(error.error_message(), Some("参数错误"));
}

#[test]
fn service_error_display_is_one_line() {
    let error = Error::from_response(
        429,
        Some("req-429"),
        br#"{"error_msg":"throttled\nnow","error_code":"APIGW.0308"}"#,
    );
    let text = error.to_string();
    assert_eq!(
        text,
        "service error 429 APIGW.0308: throttled now (request id req-429)"
    );
    assert!(error.source().is_none());
}

#[test]
fn error_is_send_sync_static() {
    fn assert_bounds<T: Send + Sync + 'static>() {}
    assert_bounds::<Error>();
}

#[tokio::test]
async fn http_error_response_keeps_request_id() {
    let server = TestServer::always(
        Reply::json(
            404,
            r#"{"error_code":"DEMO.404","error_msg":"item not found"}"#,
        )
        .with_header("X-Request-Id", "req-404"),
    );
    let client: Client = ClientBuilder::new(&SERVICE)
        .credentials(credentials())
        .endpoint(server.url())
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("missing"))
        .await
        .expect_err("404 is an error");
    assert!(error.is_client_error());
    assert_eq!(error.status(), Some(404));
    assert_eq!(error.request_id(), Some("req-404"));
    assert_eq!(error.error_code(), Some("DEMO.404"));
    assert_eq!(error.error_message(), Some("item not found"));
    assert!(error.to_string().contains("req-404"), "{error}");
}

#[tokio::test]
async fn decode_error_names_json_path() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"i1","tags":["a",{"x":1}]}"#));
    let client: Client = ClientBuilder::new(&SERVICE)
        .credentials(credentials())
        .endpoint(server.url())
        .build()
        .expect("client builds");
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("i1"))
        .await
        .expect_err("tags[1] is not a string");
    assert!(error.is_decode(), "{error:?}");
    assert_eq!(error.json_path(), Some("tags[1]"));
    assert!(error.to_string().contains("tags[1]"), "{error}");
}
