//! Logs and hooks: the access log, secrets kept out of every log line, hook views.

mod runtime_support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use huaweicloud_sdk_core::config::{HttpConfig, ProxyConfig};
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::logging;
use huaweicloud_sdk_core::retry::{Backoff, BackoffStrategy, RetryPolicy};
use huaweicloud_sdk_core::{CallOptions, Client, ClientBuilder};
use runtime_support::{
    credentials, Item, ItemRequest, Reply, TestServer, SERVICE, SHOW_ITEM, SK, TOKEN,
};

/// Serializes the tests of this file: `tracing` caches per-callsite interest across threads,
/// so a subscriber installed on one test thread can miss events while another test's
/// subscriber is being installed or dropped.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A writer that keeps everything written to it.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("capture lock")).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("capture lock").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}

fn capture_everything(captured: &Captured) -> impl tracing::Subscriber + Send + Sync {
    tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .finish()
}

#[tokio::test(flavor = "current_thread")]
async fn trace_logs_never_contain_secrets() {
    let _serial = SERIAL.lock().await;
    let server = TestServer::sequence(vec![
        Reply::json(
            429,
            r#"{"error_code":"APIGW.0308","error_msg":"slow down"}"#,
        ),
        Reply::json(200, r#"{"id":"x"}"#).with_header("X-Request-Id", "req-log"),
    ]);
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    // This configuration only goes through Debug output below; no request uses it.
    let proxy_secret = "proxy-password-never-logged";
    let config = HttpConfig::default()
        .proxy(ProxyConfig::new("http", "127.0.0.1", 9).with_credentials("user", proxy_secret));
    let captured = Captured::default();
    let _guard = tracing::subscriber::set_default(capture_everything(&captured));

    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials().with_security_token(TOKEN))
        .endpoint(server.url())
        .build()
        .expect("client builds");
    let policy = RetryPolicy::new(1)
        .expect("valid policy")
        .backoff(Backoff::new(BackoffStrategy::None));
    client
        .with_options(CallOptions::new().retry(policy))
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call succeeds after one retry");
    tracing::debug!(config = ?config, client = ?client, "debug output of the configuration");

    let text = captured.text();
    assert!(
        text.contains("signed request"),
        "trace events captured: {text}"
    );
    assert!(text.contains("retrying call"), "{text}");
    assert!(!text.contains(SK), "secret key leaked into logs");
    assert!(!text.contains(TOKEN), "security token leaked into logs");
    assert!(
        !text.contains(proxy_secret),
        "proxy password leaked into logs"
    );
    assert!(
        text.contains(runtime_support::AK),
        "AK may be shown: {text}"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn access_log_line_per_response() {
    let _serial = SERIAL.lock().await;
    let server = TestServer::always(
        Reply::json(200, r#"{"id":"x"}"#).with_header("X-Request-Id", "req-access"),
    );
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    let captured = Captured::default();
    let _guard = tracing::subscriber::set_default(logging::subscriber(
        captured.clone(),
        tracing::Level::INFO,
    ));
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials())
        .endpoint(server.url())
        .build()
        .expect("client builds");
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call succeeds");
    let text = captured.text();
    let line = text
        .lines()
        .find(|line| line.contains("huaweicloud_sdk::access"))
        .unwrap_or_else(|| panic!("no access line in {text}"));
    // The project id is masked as the id look-up events mask it: 12 characters keep the
    // first 2 and the last 2.
    let url = format!("{}/v1/pr********01/items/x", server.url());
    assert!(line.contains(&format!("\"GET {url}\" 200 10 ")), "{line}");
    assert!(line.contains("req-access"), "{line}");
    assert!(
        !text.contains(runtime_support::PROJECT),
        "project id unmasked: {text}"
    );
    assert!(
        !text.contains("signed request"),
        "TRACE events filtered out"
    );
}

#[tokio::test]
async fn hooks_see_masked_request_and_response() {
    let _serial = SERIAL.lock().await;
    let server = TestServer::always(Reply::json(200, r#"{"id":"x"}"#));
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    let requests = Arc::new(Mutex::new(Vec::new()));
    let statuses = Arc::new(Mutex::new(Vec::new()));
    let (request_log, status_log) = (Arc::clone(&requests), Arc::clone(&statuses));
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials().with_security_token(TOKEN))
        .endpoint(server.url())
        .request_hook(move |request| {
            request_log.lock().expect("lock").push(format!(
                "{} {} token={:?} debug={request:?}",
                request.method(),
                request.url(),
                request.header("X-Security-Token")
            ));
        })
        .response_hook(move |response| {
            status_log.lock().expect("lock").push(response.status());
        })
        .build()
        .expect("client builds");
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call succeeds");
    let requests = requests.lock().expect("lock");
    assert_eq!(requests.len(), 1);
    assert!(requests[0].starts_with("GET http://"), "{}", requests[0]);
    assert!(
        requests[0].contains("token=Some(\"***\")"),
        "{}",
        requests[0]
    );
    assert!(!requests[0].contains(TOKEN));
    assert_eq!(*statuses.lock().expect("lock"), [200]);
}

/// Returns the `wait_ms` of the first "retrying call" event in `text`.
fn first_retry_wait(text: &str) -> u64 {
    let line = text
        .lines()
        .find(|line| line.contains("retrying call"))
        .unwrap_or_else(|| panic!("no retry event in {text}"));
    let value = line
        .split_whitespace()
        .find_map(|field| field.strip_prefix("wait_ms="))
        .unwrap_or_else(|| panic!("no wait_ms in {line}"));
    value.parse().expect("wait_ms is a number")
}

#[tokio::test(flavor = "current_thread")]
async fn retry_after_seconds_and_dates_set_wait() {
    let _serial = SERIAL.lock().await;
    let in_an_hour = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(3600));
    let an_hour_ago = httpdate::fmt_http_date(SystemTime::now() - Duration::from_secs(3600));
    // The backoff alone waits 0 ms, and its cap of 50 ms shortens every longer request.
    let cases = [
        ("3600", 50),
        (in_an_hour.as_str(), 50),
        (an_hour_ago.as_str(), 0),
        ("not a date", 0),
    ];
    for (retry_after, expected_wait) in cases {
        let server = TestServer::sequence(vec![
            Reply::json(503, r#"{"error_code":"APIGW.0201","error_msg":"busy"}"#)
                .with_header("Retry-After", retry_after),
            Reply::json(200, r#"{"id":"x"}"#),
        ]);
        let home = tempfile::tempdir().expect("temporary home");
        let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
        let captured = Captured::default();
        let _guard = tracing::subscriber::set_default(capture_everything(&captured));
        let policy = RetryPolicy::new(1)
            .expect("valid policy")
            .backoff(Backoff::new(BackoffStrategy::None).with_cap(Duration::from_millis(50)));
        let client: Client = ClientBuilder::new(&SERVICE)
            .environment(env)
            .credentials(credentials())
            .endpoint(server.url())
            .build()
            .expect("client builds");
        client
            .with_options(CallOptions::new().retry(policy))
            .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
            .await
            .expect("second attempt succeeds");
        assert_eq!(server.requests().len(), 2, "Retry-After {retry_after}");
        assert_eq!(
            first_retry_wait(&captured.text()),
            expected_wait,
            "Retry-After {retry_after}"
        );
    }
}

/// Sends one call to a fresh emulator, which logs each request it handles at DEBUG.
async fn call_emulator(emulator: &huaweicloud_sdk_emulator::Emulator) {
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials())
        .endpoint(emulator.endpoint())
        .build()
        .expect("client builds");
    // The emulator has no route for the test service, so the call fails with 404. The
    // access log and the emulator's own event are written either way.
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect_err("no such route");
    assert_eq!(error.status(), Some(404), "{error}");
}

#[tokio::test(flavor = "current_thread")]
async fn sdk_filters_leave_emulator_out() {
    let _serial = SERIAL.lock().await;
    let emulator = huaweicloud_sdk_emulator::Emulator::builder()
        .start()
        .await
        .expect("emulator starts");

    // Without a filter the emulator's events arrive, under their own target.
    let everything = Captured::default();
    {
        let _guard = tracing::subscriber::set_default(capture_everything(&everything));
        call_emulator(&emulator).await;
    }
    let text = everything.text();
    assert!(text.contains("huaweicloud_emulator"), "{text}");
    assert!(text.contains("request handled"), "{text}");
    assert!(text.contains("huaweicloud_sdk::access"), "{text}");

    // The SDK's own subscriber and the documented filter string show only the SDK's events.
    let helper = Captured::default();
    {
        let subscriber = logging::subscriber(helper.clone(), tracing::Level::TRACE);
        let _guard = tracing::subscriber::set_default(subscriber);
        call_emulator(&emulator).await;
    }
    let filtered = Captured::default();
    {
        let subscriber = tracing_subscriber::fmt()
            .with_writer(filtered.clone())
            .with_env_filter(tracing_subscriber::EnvFilter::new("huaweicloud_sdk=trace"))
            .with_ansi(false)
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        call_emulator(&emulator).await;
    }
    for (name, captured) in [("logging::subscriber", helper), ("EnvFilter", filtered)] {
        let text = captured.text();
        assert!(text.contains("huaweicloud_sdk::access"), "{name}: {text}");
        assert!(!text.contains("huaweicloud_emulator"), "{name}: {text}");
        assert!(!text.contains("request handled"), "{name}: {text}");
    }
}
