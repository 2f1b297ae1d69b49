//! Proxy variables of the process: a client that reads the process environment honours
//! `HTTP_PROXY`, and a client given its own environment ignores it.
//!
//! This file contains one test because it sets process variables, which every thread of the
//! test binary shares. The variables are set before any server or client starts.

mod runtime_support;

use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::{Client, ClientBuilder};
use runtime_support::{
    credentials, Item, ItemRequest, Reply, TestProxy, TestServer, SERVICE, SHOW_ITEM,
};

#[tokio::test]
async fn proxy_variables_follow_environment() {
    let home = tempfile::tempdir().expect("temporary home");
    let proxy = TestProxy::start();
    for name in [
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
        "http_proxy",
    ] {
        std::env::remove_var(name);
    }
    std::env::set_var(
        "HTTP_PROXY",
        format!("http://user:pass@127.0.0.1:{}", proxy.addr.port()),
    );
    // The default user agent writes the application id under HOME.
    std::env::set_var("HOME", home.path());

    let server = TestServer::always(Reply::json(200, r#"{"id":"direct"}"#));
    let own_environment: Client = ClientBuilder::new(&SERVICE)
        .environment(Environment::from_vars([(
            "HOME",
            home.path().display().to_string(),
        )]))
        .credentials(credentials())
        .endpoint(server.url())
        .build()
        .expect("client builds");
    own_environment
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("direct call succeeds");
    assert!(proxy.seen().is_empty(), "{:?}", proxy.seen());
    assert_eq!(server.requests().len(), 1);

    let process_environment: Client = ClientBuilder::new(&SERVICE)
        .credentials(credentials())
        .endpoint(server.url())
        .build()
        .expect("client builds");
    process_environment
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call through the proxy succeeds");
    let seen = proxy.seen();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert!(seen[0].target.starts_with(&server.url()), "{:?}", seen[0]);
    assert!(seen[0].authorized, "{:?}", seen[0]);
    assert_eq!(server.requests().len(), 2);
}
