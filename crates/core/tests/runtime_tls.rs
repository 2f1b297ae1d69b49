//! TLS with a CA generated per test, mutual TLS, and a forward proxy with basic
//! authentication.

mod runtime_support;

use std::path::{Path, PathBuf};

use huaweicloud_sdk_core::config::{HttpConfig, ProxyConfig};
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::error::ErrorKind;
use huaweicloud_sdk_core::{Client, ClientBuilder};
use runtime_support::{
    credentials, mutual_tls_pki, test_pki, Item, ItemRequest, Reply, TestProxy, TestServer,
    SERVICE, SHOW_ITEM,
};

fn build(
    endpoint: &str,
    config: HttpConfig,
) -> (
    tempfile::TempDir,
    Result<Client, huaweicloud_sdk_core::Error>,
) {
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    let client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials())
        .endpoint(endpoint)
        .http_config(config)
        .build();
    (home, client)
}

fn tls_server() -> (TestServer, String) {
    let pki = test_pki();
    let server = TestServer::start_tls(pki.server_config, |_| Reply::json(200, r#"{"id":"tls"}"#));
    (server, pki.ca_pem)
}

#[tokio::test]
async fn tls_with_custom_ca_file() {
    let (server, ca_pem) = tls_server();
    let dir = tempfile::tempdir().expect("temporary directory");
    let ca_file = dir.path().join("ca.pem");
    std::fs::write(&ca_file, ca_pem).expect("write CA file");
    let (_home, client) = build(&server.url(), HttpConfig::default().ca_file(&ca_file));
    let response = client
        .expect("client builds")
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("TLS call succeeds");
    assert_eq!(response.id, "tls");
    let sent = &server.requests()[0];
    sent.verify(&credentials()).expect("signature verifies");
}

#[tokio::test]
async fn untrusted_certificate_is_tls_handshake_error() {
    let (server, _ca_pem) = tls_server();
    let (_home, client) = build(&server.url(), HttpConfig::default());
    let error = client
        .expect("client builds")
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("unknown CA");
    assert_eq!(error.kind(), ErrorKind::TlsHandshake, "{error:?}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn skip_verification_accepts_untrusted_certificate() {
    let (server, _ca_pem) = tls_server();
    let (_home, client) = build(
        &server.url(),
        HttpConfig::default().danger_skip_tls_verification(true),
    );
    client
        .expect("client builds")
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("verification skipped");
}

#[tokio::test]
async fn unreadable_ca_file_names_path() {
    let (_home, client) = build(
        "https://127.0.0.1:9",
        HttpConfig::default().ca_file("/nonexistent/ca-bundle.pem"),
    );
    let error = client.expect_err("missing CA file");
    assert!(error.is_configuration());
    assert!(
        error.to_string().contains("/nonexistent/ca-bundle.pem"),
        "{error}"
    );
}

#[tokio::test]
async fn https_through_authenticating_proxy() {
    let (server, ca_pem) = tls_server();
    let proxy = TestProxy::start();
    let dir = tempfile::tempdir().expect("temporary directory");
    let ca_file = dir.path().join("ca.pem");
    std::fs::write(&ca_file, ca_pem).expect("write CA file");
    let config = HttpConfig::default().ca_file(&ca_file).proxy(
        ProxyConfig::new("http", "127.0.0.1", proxy.addr.port()).with_credentials("user", "pass"),
    );
    let (_home, client) = build(&server.url(), config);
    client
        .expect("client builds")
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call through the proxy");
    let seen = proxy.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, "CONNECT");
    assert_eq!(seen[0].target, server.host());
    assert!(seen[0].authorized);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn plain_http_through_proxy() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"plain"}"#));
    let proxy = TestProxy::start();
    let config = HttpConfig::default().proxy(
        ProxyConfig::new("http", "127.0.0.1", proxy.addr.port()).with_credentials("user", "pass"),
    );
    let (_home, client) = build(&server.url(), config);
    client
        .expect("client builds")
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call through the proxy");
    let seen = proxy.seen();
    assert_eq!(seen.len(), 1);
    assert!(seen[0].target.starts_with(&server.url()), "{:?}", seen[0]);
    let sent = &server.requests()[0];
    assert!(sent.header("Proxy-Authorization").is_none());
    sent.verify(&credentials()).expect("signature verifies");
}

#[tokio::test]
async fn wrong_proxy_password_is_rejected() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"plain"}"#));
    let proxy = TestProxy::start();
    let config = HttpConfig::default().proxy(
        ProxyConfig::new("http", "127.0.0.1", proxy.addr.port())
            .with_credentials("user", "wrong-proxy-secret"),
    );
    let (_home, client) = build(&server.url(), config);
    let error = client
        .expect("client builds")
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("proxy answers 407");
    assert_eq!(error.status(), Some(407));
    assert!(!error.to_string().contains("wrong-proxy-secret"));
    assert!(!format!("{error:?}").contains("wrong-proxy-secret"));
    assert!(server.requests().is_empty());
}

/// Starts a server that requires a client certificate, and writes the CA, the client
/// certificate and its key to files in `dir`. Returns the server and the three paths.
fn mutual_tls_server(dir: &Path) -> (TestServer, PathBuf, PathBuf, PathBuf) {
    let pki = mutual_tls_pki();
    let server = TestServer::start_tls(pki.server_config, |_| Reply::json(200, r#"{"id":"mtls"}"#));
    let ca_file = dir.join("ca.pem");
    let certificate_file = dir.join("client.pem");
    let key_file = dir.join("client.key");
    std::fs::write(&ca_file, pki.ca_pem).expect("write CA file");
    std::fs::write(&certificate_file, pki.client_certificate_pem).expect("write certificate");
    std::fs::write(&key_file, pki.client_key_pem).expect("write key");
    (server, ca_file, certificate_file, key_file)
}

#[tokio::test]
async fn mutual_tls_with_client_certificate() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (server, ca_file, certificate_file, key_file) = mutual_tls_server(dir.path());
    let config = HttpConfig::default()
        .ca_file(&ca_file)
        .client_certificate(&certificate_file, &key_file);
    let (_home, client) = build(&server.url(), config);
    let response = client
        .expect("client builds")
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("the server accepts the client certificate");
    assert_eq!(response.id, "mtls");
    let sent = &server.requests()[0];
    sent.verify(&credentials()).expect("signature verifies");
}

#[tokio::test]
async fn mutual_tls_without_certificate_fails() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (server, ca_file, _certificate_file, _key_file) = mutual_tls_server(dir.path());
    let (_home, client) = build(&server.url(), HttpConfig::default().ca_file(&ca_file));
    let error = client
        .expect("client builds")
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("the server requires a client certificate");
    assert_eq!(error.kind(), ErrorKind::TlsHandshake, "{error:?}");
    assert!(error.to_string().contains("CertificateRequired"), "{error}");
    assert_eq!(error.status(), None);
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn invalid_client_key_names_files() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (_server, ca_file, certificate_file, _key_file) = mutual_tls_server(dir.path());
    let bad_key = dir.path().join("not-a-key.pem");
    std::fs::write(&bad_key, "not a PEM key").expect("write file");
    let config = HttpConfig::default()
        .ca_file(&ca_file)
        .client_certificate(&certificate_file, &bad_key);
    let (_home, client) = build("https://127.0.0.1:9", config);
    let error = client.expect_err("the key file has no key");
    assert!(error.is_configuration(), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("not-a-key.pem"), "{message}");
    assert!(message.contains("client.pem"), "{message}");
}

/// The client offers HTTP/2 through ALPN only with the `http2` feature: a server that prefers
/// `h2` gets `http/1.1` from a default build.
#[tokio::test]
async fn http2_offered_only_with_feature() {
    let pki = test_pki();
    let mut config = (*pki.server_config).clone();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    let acceptor = tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let url = format!("https://{}", listener.local_addr().expect("bound address"));
    let server = tokio::spawn(async move {
        let (socket, _) = listener.accept().await.expect("accept a connection");
        let stream = acceptor.accept(socket).await.expect("TLS handshake");
        stream.get_ref().1.alpn_protocol().map(<[u8]>::to_vec)
    });

    let dir = tempfile::tempdir().expect("temporary directory");
    let ca_file = dir.path().join("ca.pem");
    std::fs::write(&ca_file, pki.ca_pem).expect("write CA file");
    let (_home, client) = build(&url, HttpConfig::default().ca_file(&ca_file));
    let client = client.expect("client builds");
    // The server closes the connection after the handshake, so the call's result is not
    // checked; it runs in its own task so that its retries cannot delay the test.
    let call = tokio::spawn(async move {
        let _ = client
            .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
            .await;
    });

    let selected = server.await.expect("server task");
    call.abort();
    let expected: &[u8] = if cfg!(feature = "http2") {
        b"h2"
    } else {
        b"http/1.1"
    };
    assert_eq!(selected.as_deref(), Some(expected));
}
