//! Percent-encoding and header values as they reach a server on 127.0.0.1 through the client
//! runtime: the bytes on the wire must be the form that was signed, so that the server, which
//! rebuilds the canonical request from what it received, computes the same signature.

mod runtime_support;

use huaweicloud_sdk_core::client::CallOptions;
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::{Client, ClientBuilder, RawRequest};
use runtime_support::{credentials, Item, ItemRequest, Recorded, Reply, TestServer, PROJECT};
use runtime_support::{SERVICE, SHOW_ITEM};

/// A FunctionGraph function URN: one path segment with colons.
const URN: &str = "urn:fss:cn-north-4:0123456789abcdef0123456789abcdef:function:default:demo_fn";

fn loopback_client(server: &TestServer) -> (tempfile::TempDir, Client) {
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    let client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials())
        .endpoint(server.url())
        .access_log(false)
        .build()
        .expect("client builds");
    (home, client)
}

/// Returns the one request the server received, after checking its signature.
fn only_request(server: &TestServer) -> Recorded {
    let mut requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = requests.remove(0);
    request
        .verify(&credentials())
        .unwrap_or_else(|error| panic!("server rejects {}: {error}", request.target));
    request
}

#[tokio::test]
async fn urn_path_parameter_encoded_once() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"fn"}"#));
    let (_home, client) = loopback_client(&server);
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item(URN))
        .await
        .expect("call succeeds");
    let received = only_request(&server);
    let encoded = URN.replace(':', "%3A");
    assert_eq!(received.target, format!("/v1/{PROJECT}/items/{encoded}"));
    assert!(!received.target.contains("%253A"), "{}", received.target);
}

#[tokio::test]
async fn urn_raw_path_not_encoded_again() {
    let encoded = URN.replace(':', "%3A");
    for path in [
        format!("/v2/{PROJECT}/fgs/functions/{encoded}"),
        format!("/v2/{PROJECT}/fgs/functions/{URN}"),
    ] {
        let server = TestServer::always(Reply::json(200, "{}"));
        let (_home, client) = loopback_client(&server);
        let mut request = RawRequest::new("DELETE", path.as_str());
        request.body = Some(b"{}".to_vec().into());
        client.send_raw(request).await.expect("call succeeds");
        let received = only_request(&server);
        assert!(
            received
                .target
                .starts_with(&format!("/v2/{PROJECT}/fgs/functions/urn")),
            "{}",
            received.target
        );
        assert!(!received.target.contains("%253A"), "{}", received.target);
        assert_eq!(received.body, b"{}");
    }
}

#[tokio::test]
async fn reserved_characters_in_query_value() {
    let server = TestServer::always(Reply::json(200, "{}"));
    let (_home, client) = loopback_client(&server);
    let mut request = RawRequest::new("GET", "/v1/items");
    request
        .query
        .push(("name".to_owned(), "a b+c*d~e/f=g&h".to_owned()));
    client.send_raw(request).await.expect("call succeeds");
    let received = only_request(&server);
    // A `+` from the caller is data, so it is sent as %2B and never read as a space.
    assert_eq!(
        received.target,
        "/v1/items?name=a%20b%2Bc%2Ad~e%2Ff%3Dg%26h"
    );
}

#[tokio::test]
async fn utf8_path_and_query_encoded() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"file"}"#));
    let (_home, client) = loopback_client(&server);
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("测试 文件.txt"))
        .await
        .expect("typed call succeeds");
    let received = only_request(&server);
    assert_eq!(
        received.target,
        format!("/v1/{PROJECT}/items/%E6%B5%8B%E8%AF%95%20%E6%96%87%E4%BB%B6.txt")
    );

    let server = TestServer::always(Reply::json(200, "{}"));
    let (_home, client) = loopback_client(&server);
    let mut request = RawRequest::new(
        "GET",
        "/v1/files/%E6%B5%8B%E8%AF%95%20%E6%96%87%E4%BB%B6.txt",
    );
    request
        .query
        .push(("prefix".to_owned(), "目录/子".to_owned()));
    client.send_raw(request).await.expect("raw call succeeds");
    let received = only_request(&server);
    assert_eq!(
        received.target,
        "/v1/files/%E6%B5%8B%E8%AF%95%20%E6%96%87%E4%BB%B6.txt?prefix=%E7%9B%AE%E5%BD%95%2F%E5%AD%90"
    );
}

#[tokio::test]
async fn header_inner_spaces_kept() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"x"}"#));
    let (_home, client) = loopback_client(&server);
    let client = client.with_options(CallOptions::new().header("X-Custom", "  a  b  "));
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call succeeds");
    let received = only_request(&server);
    // The ends are trimmed and the two inner spaces stay, in what is signed and what is sent.
    assert_eq!(received.header("X-Custom"), Some("a  b"));
    let verified = received.verify(&credentials()).expect("signature verifies");
    assert!(
        verified
            .signed_headers
            .iter()
            .any(|name| name == "x-custom"),
        "{:?}",
        verified.signed_headers
    );
}
