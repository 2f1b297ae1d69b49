//! Signing bugs reported against other cloud SDKs, turned into checks with the correct values.
//! The signatures were computed by an independent implementation that matches the reference
//! Python SDK core byte for byte.

mod sign_common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::thread;

use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::signer::verify::{verify, ReceivedRequest, VerifyErrorKind};
use huaweicloud_sdk_core::signer::{sign, Payload, SigningOutput, SigningParams, SigningRequest};
use sign_common::{sdk_time, Received};

const PID: &str = "0123456789abcdef0123456789abcdef";
const DATE: &str = "20240101T000000Z";

fn permanent() -> Credentials {
    Credentials::new(
        "HPUAEXAMPLEAK0000001",
        "ExampleSecretKey0000000000000000000000000",
    )
    .expect("valid keys")
}

fn temporary() -> Credentials {
    Credentials::new(
        "TMPAKEXAMPLE00000001",
        "TmpSecretExample000000000000000000000000",
    )
    .expect("valid keys")
    .with_security_token("TOKEN-PLACEHOLDER")
    .with_project_id(PID)
}

fn params() -> SigningParams {
    SigningParams::new(sdk_time(DATE))
}

fn signature(output: &SigningOutput) -> &str {
    output
        .authorization
        .rsplit_once("Signature=")
        .expect("Signature field")
        .1
}

fn signed_headers(output: &SigningOutput) -> &str {
    output.signed_headers.as_str()
}

fn query_dropped_request() -> SigningRequest {
    SigningRequest::from_url(
        "GET",
        &format!("https://ecs.cn-north-4.myhuaweicloud.com/v1/{PID}/cloudservers/detail?limit=1&offset=2"),
    )
    .expect("valid URL")
    .with_header("Content-Type", "application/json")
    .with_header("X-Project-Id", PID)
    .with_header("X-Sdk-Date", DATE)
}

#[test]
fn query_kept_in_canonical_request() {
    let mut request = query_dropped_request();
    let output = sign(&mut request, &permanent(), &params()).expect("signs");
    let expected = format!(
        "GET\n/v1/{PID}/cloudservers/detail/\nlimit=1&offset=2\ncontent-type:application/json\n\
         host:ecs.cn-north-4.myhuaweicloud.com\nx-project-id:{PID}\nx-sdk-date:{DATE}\n\n\
         content-type;host;x-project-id;x-sdk-date\n\
         e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(output.canonical_request, expected);
    assert_eq!(
        signature(&output),
        "1ae6424f7e9c3bf96f83ded63acaefb6d01a8ef05b48bbd9d98857786fd67038"
    );
    assert_eq!(
        request.url(),
        format!("https://ecs.cn-north-4.myhuaweicloud.com/v1/{PID}/cloudservers/detail?limit=1&offset=2")
    );
}

#[test]
fn query_dropped_signature_rejected() {
    let mut request = query_dropped_request();
    sign(&mut request, &permanent(), &params()).expect("signs");
    // Replace the signature with the one computed over an empty query line.
    let buggy = "27968e7b51efe76e9821e9179b8109edbea5f84216c92104d53f72ed8789350a";
    for (name, value) in &mut request.headers {
        if name == "Authorization" {
            let prefix = value
                .rsplit_once("Signature=")
                .expect("field")
                .0
                .to_string();
            *value = format!("{prefix}Signature={buggy}");
        }
    }
    let received = Received::from_signed(&request);
    let store = HashMap::from([(permanent().access_key().to_string(), permanent())]);
    let error = verify(&received.as_received(), &store, sdk_time(DATE))
        .expect_err("the buggy signature must be rejected");
    assert_eq!(error.kind(), VerifyErrorKind::SignatureMismatch);
    assert!(
        error.message().contains("|limit=1&offset=2|"),
        "{}",
        error.message()
    );
}

/// A minimal verifying server on 127.0.0.1: reads one HTTP/1.1 request, checks it with the
/// verifier and responds 200 or 401 with the API Gateway error body. Hand-written with std so the
/// test needs no HTTP server crate; it handles exactly one request with a Content-Length body.
fn serve_once(credentials: Credentials, now: &'static str) -> (String, thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("local address").to_string();
    let handle = thread::spawn(move || {
        let (stream, _) = listener.accept().expect("accept");
        let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
        let mut request_line = String::new();
        reader.read_line(&mut request_line).expect("request line");
        let mut parts = request_line.split_whitespace();
        let method = parts.next().expect("method").to_string();
        let target = parts.next().expect("target").to_string();
        let mut headers = Vec::new();
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("header line");
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                break;
            }
            let (name, value) = line.split_once(':').expect("header colon");
            headers.push((name.to_string(), value.trim().to_string()));
        }
        let length: usize = headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
            .map_or(0, |(_, value)| value.parse().expect("numeric length"));
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("body");

        let mut received = ReceivedRequest::new(&method, &target).with_body(&body);
        for (name, value) in &headers {
            received = received.with_header(name, value);
        }
        let store = HashMap::from([(credentials.access_key().to_string(), credentials.clone())]);
        let (status, body) = match verify(&received, &store, sdk_time(now)) {
            Ok(_) => ("200 OK".to_string(), "{}".to_string()),
            Err(error) => (
                format!("{} Unauthorized", error.status()),
                serde_json::json!({"error_code": error.code(), "error_msg": error.message()})
                    .to_string(),
            ),
        };
        let mut stream = stream;
        write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .expect("write response");
        stream.flush().expect("flush");
    });
    (address, handle)
}

/// Sends a signed request over TCP exactly as the signer left it and returns the status line.
fn send(request: &SigningRequest, body: &[u8]) -> String {
    let url = request.url();
    let target = &url[url.find(&request.host).expect("host in URL") + request.host.len()..];
    let mut stream = TcpStream::connect(&request.host).expect("connect loopback");
    let mut head = format!("{} {target} HTTP/1.1\r\n", request.method);
    for (name, value) in &request.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    ));
    stream.write_all(head.as_bytes()).expect("write head");
    stream.write_all(body).expect("write body");
    stream.shutdown(Shutdown::Write).expect("shutdown write");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read response");
    response.lines().next().unwrap_or_default().to_string()
}

#[test]
fn query_round_trip_over_loopback() {
    let (address, server) = serve_once(permanent(), DATE);
    let mut request = SigningRequest::from_url(
        "GET",
        &format!("http://{address}/v1/{PID}/cloudservers/detail?offset=2&limit=1"),
    )
    .expect("valid URL")
    .with_header("Content-Type", "application/json")
    .with_header("X-Project-Id", PID);
    sign(&mut request, &permanent(), &params()).expect("signs");
    let status = send(&request, b"");
    server.join().expect("server thread");
    assert_eq!(status, "HTTP/1.1 200 OK");
}

#[test]
fn tampered_query_rejected_over_loopback() {
    let (address, server) = serve_once(permanent(), DATE);
    let mut request = SigningRequest::from_url(
        "GET",
        &format!("http://{address}/v1/{PID}/cloudservers/detail?limit=1"),
    )
    .expect("valid URL");
    sign(&mut request, &permanent(), &params()).expect("signs");
    request.query = vec![("limit".to_string(), "2".to_string())];
    let status = send(&request, b"");
    server.join().expect("server thread");
    assert_eq!(status, "HTTP/1.1 401 Unauthorized");
}

const URN: &str = "urn:fss:cn-north-4:0123456789abcdef0123456789abcdef:function:default:demo_fn";

fn urn_request(path_value: &str) -> SigningRequest {
    SigningRequest::new(
        "DELETE",
        "https",
        "functiongraph.cn-north-4.myhuaweicloud.com",
        format!("/v2/{PID}/fgs/functions/{path_value}"),
    )
    .with_header("X-Project-Id", PID)
    .with_header("X-Sdk-Date", DATE)
    .with_payload("{}")
}

fn check_urn_path(path_value: &str) {
    let mut request = urn_request(path_value);
    let output = sign(&mut request, &permanent(), &params()).expect("signs");
    let encoded = URN.replace(':', "%3A");
    let canonical_uri = output.canonical_request.lines().nth(1).expect("URI line");
    assert_eq!(canonical_uri, format!("/v2/{PID}/fgs/functions/{encoded}/"));
    assert!(!output.canonical_request.contains("%253A"));
    assert_eq!(signed_headers(&output), "host;x-project-id;x-sdk-date");
    assert!(output
        .canonical_request
        .ends_with("\n44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"));
    assert_eq!(
        signature(&output),
        "40802b3aaba7001e7482ef2942d61a421f53a317a9deb9036927ba56385e3c35"
    );
    assert_eq!(
        request.url(),
        format!(
            "https://functiongraph.cn-north-4.myhuaweicloud.com/v2/{PID}/fgs/functions/{encoded}"
        )
    );
}

#[test]
fn urn_path_raw_colons() {
    check_urn_path(URN);
}

#[test]
fn urn_path_pre_encoded() {
    check_urn_path(&URN.replace(':', "%3A"));
}

#[test]
fn reserved_characters_in_query_value() {
    let mut request = SigningRequest::new(
        "GET",
        "https",
        "svc.cn-north-4.myhuaweicloud.com",
        "/v1/items",
    )
    .with_query("name", "a b+c*d~e/f=g&h")
    .with_header("X-Sdk-Date", DATE);
    let output = sign(&mut request, &permanent(), &params()).expect("signs");
    let query_line = output.canonical_request.lines().nth(2).expect("query line");
    assert_eq!(query_line, "name=a%20b%2Bc%2Ad~e%2Ff%3Dg%26h");
    assert_eq!(signed_headers(&output), "host;x-sdk-date");
    assert_eq!(
        signature(&output),
        "c1948aa46354d6f0a5d3eb3ef2e733da4b671617d04f9cbc52414858b8788c9d"
    );
    assert_eq!(
        request.url(),
        "https://svc.cn-north-4.myhuaweicloud.com/v1/items?name=a%20b%2Bc%2Ad~e%2Ff%3Dg%26h"
    );
}

fn check_utf8_path(path: &str) {
    let mut request = SigningRequest::new("GET", "https", "svc.cn-north-4.myhuaweicloud.com", path)
        .with_query("prefix", "目录/子")
        .with_header("X-Sdk-Date", DATE);
    let output = sign(&mut request, &permanent(), &params()).expect("signs");
    let mut lines = output.canonical_request.lines().skip(1);
    assert_eq!(
        lines.next(),
        Some("/v1/files/%E6%B5%8B%E8%AF%95%20%E6%96%87%E4%BB%B6.txt/")
    );
    assert_eq!(lines.next(), Some("prefix=%E7%9B%AE%E5%BD%95%2F%E5%AD%90"));
    assert_eq!(
        signature(&output),
        "b550ca34502f391c8801ddf95e699c36e2d5f647db1d05c05ff9292df996e369"
    );
    assert_eq!(
        request.url(),
        "https://svc.cn-north-4.myhuaweicloud.com/v1/files/%E6%B5%8B%E8%AF%95%20%E6%96%87%E4%BB%B6.txt?prefix=%E7%9B%AE%E5%BD%95%2F%E5%AD%90"
    );
}

#[test]
fn utf8_path_and_query_raw() {
    check_utf8_path("/v1/files/测试 文件.txt");
}

#[test]
fn utf8_path_and_query_pre_encoded() {
    check_utf8_path("/v1/files/%E6%B5%8B%E8%AF%95%20%E6%96%87%E4%BB%B6.txt");
}

#[test]
fn header_whitespace_trimmed_inner_kept() {
    let mut request = SigningRequest::new(
        "POST",
        "https",
        "svc.cn-north-4.myhuaweicloud.com",
        "/v1/items",
    )
    .with_header("Content-Type", "application/json")
    .with_header("X-Custom", "  a  b  ")
    .with_header("X-Sdk-Date", DATE)
    .with_payload(r#"{"k":"v"}"#);
    let output = sign(&mut request, &permanent(), &params()).expect("signs");
    assert!(output.canonical_request.contains("\nx-custom:a  b\n"));
    assert!(output
        .canonical_request
        .ends_with("\n666c1aa02e8068c6d5cc1d3295009432c16790bec28ec8ce119d0d1a18d61319"));
    assert_eq!(
        signature(&output),
        "d29235c557a0be0d3f0ef8970015a4d87537229a439e8887f5ee90fdcd039dc0"
    );
    assert_eq!(request.header("X-Custom"), Some("a  b"));
}

#[test]
fn streamed_upload_unsigned_payload() {
    let mut request = SigningRequest::new(
        "PUT",
        "https",
        "svc.cn-north-4.myhuaweicloud.com",
        format!("/v1/{PID}/files/big.bin"),
    )
    .with_header("Content-Type", "application/octet-stream")
    .with_header("X-Sdk-Date", DATE)
    .with_payload(Payload::Unsigned);
    let output = sign(&mut request, &permanent(), &params()).expect("signs");
    assert!(output
        .canonical_request
        .contains("\nx-sdk-content-sha256:UNSIGNED-PAYLOAD\n"));
    assert_eq!(
        signed_headers(&output),
        "content-type;host;x-sdk-content-sha256;x-sdk-date"
    );
    assert!(output.canonical_request.ends_with("\nUNSIGNED-PAYLOAD"));
    assert_eq!(
        signature(&output),
        "6324bf1a56cca39eb781554266942e1fbe69bf300b7bee173ff5a3ee7cabe3f8"
    );

    // The server accepts it whatever the streamed bytes turn out to be.
    let mut received = Received::from_signed(&request);
    received.body = Some(b"hello world".to_vec());
    let store = HashMap::from([(permanent().access_key().to_string(), permanent())]);
    verify(&received.as_received(), &store, sdk_time(DATE)).expect("unsigned payload verifies");
}

#[test]
fn security_token_sent_and_signed() {
    let mut request = SigningRequest::from_url(
        "GET",
        &format!("https://ecs.cn-north-4.myhuaweicloud.com/v1/{PID}/cloudservers/detail?limit=1"),
    )
    .expect("valid URL")
    .with_header("Content-Type", "application/json")
    .with_header("X-Sdk-Date", DATE);
    let output = sign(&mut request, &temporary(), &params()).expect("signs");
    assert_eq!(
        request.header("X-Security-Token"),
        Some("TOKEN-PLACEHOLDER")
    );
    assert_eq!(request.header("X-Project-Id"), Some(PID));
    assert_eq!(
        signed_headers(&output),
        "content-type;host;x-project-id;x-sdk-date;x-security-token"
    );
    assert_eq!(
        signature(&output),
        "71c2faed86ed856cfd9977dbe56369979e6236f2725d1fbd4f5bdf36b586ebaa"
    );
}

#[test]
fn permanent_credentials_send_no_token() {
    let mut request = SigningRequest::new("GET", "https", "ecs.example.test", "/v1/x")
        .with_header("X-Sdk-Date", DATE);
    let output = sign(&mut request, &permanent(), &params()).expect("signs");
    assert_eq!(request.header("X-Security-Token"), None);
    assert!(!output.signed_headers.contains("x-security-token"));
}
