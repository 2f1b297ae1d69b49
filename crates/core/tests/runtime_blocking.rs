//! The blocking client from plain threads and tokio's blocking threads, and its error when
//! called from async code. Also the exact backoff formulas with an injected random source.

mod runtime_support;

use std::sync::Arc;
use std::time::Duration;

use huaweicloud_sdk_core::client::blocking;
use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::retry::{Backoff, BackoffStrategy, RandomSource};
use huaweicloud_sdk_core::{Client, ClientBuilder, RawRequest};
use runtime_support::{
    credentials, Item, ItemRequest, Reply, TestServer, DOWNLOAD_FILE, SERVICE, SHOW_ITEM,
};

fn blocking_client(server: &TestServer) -> (tempfile::TempDir, blocking::Client) {
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials())
        .endpoint(server.url())
        .build()
        .expect("client builds");
    (home, blocking::Client::new(client))
}

#[test]
fn blocking_call_from_plain_threads() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"sync"}"#));
    let (_home, client) = blocking_client(&server);
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let client = client.clone();
            std::thread::spawn(move || {
                client
                    .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
                    .map(|response| response.id.clone())
            })
        })
        .collect();
    for thread in threads {
        let id = thread
            .join()
            .expect("thread finishes")
            .expect("call succeeds");
        assert_eq!(id, "sync");
    }
    assert_eq!(server.requests().len(), 4);
    for request in server.requests() {
        request.verify(&credentials()).expect("signature verifies");
    }
}

#[test]
fn blocking_download_to_writer() {
    let server = TestServer::always(Reply::Response {
        status: 200,
        headers: Vec::new(),
        body: b"file content".to_vec(),
    });
    let (home, client) = blocking_client(&server);
    let download = client
        .download(&DOWNLOAD_FILE, ItemRequest::item("f"))
        .expect("download starts");
    let path = home.path().join("saved.txt");
    let written = download.blocking_save_to_file(&path).expect("saved");
    assert_eq!(written, 12);
    assert_eq!(std::fs::read(&path).expect("read back"), b"file content");

    let mut buffer = Vec::new();
    client
        .download(&DOWNLOAD_FILE, ItemRequest::item("f"))
        .expect("download starts")
        .blocking_write_to(&mut buffer)
        .expect("written");
    assert_eq!(buffer, b"file content");
}

#[test]
fn blocking_send_raw_fills_project_id() {
    let server = TestServer::always(Reply::json(200, r#"{"raw":true}"#));
    let (_home, client) = blocking_client(&server);
    let mut request = RawRequest::new("get", "/v1/{project_id}/anything");
    request.query.push(("b".into(), "2".into()));
    let response = client.send_raw(request).expect("raw call succeeds");
    assert_eq!(response.raw_body(), br#"{"raw":true}"#);
    let sent = &server.requests()[0];
    assert_eq!(
        sent.target,
        format!("/v1/{}/anything?b=2", runtime_support::PROJECT)
    );
    sent.verify(&credentials()).expect("signature verifies");
}

#[test]
fn send_raw_without_project_id_fails() {
    let server = TestServer::always(Reply::json(200, "{}"));
    let home = tempfile::tempdir().expect("temporary home");
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    let keys_only = Credentials::new(runtime_support::AK, runtime_support::SK).expect("keys");
    // No region, so the client cannot look the project id up through IAM.
    let client: Client = ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(keys_only)
        .endpoint(server.url())
        .build()
        .expect("client builds");
    let error = blocking::Client::new(client)
        .send_raw(RawRequest::new("GET", "/v1/{project_id}/anything"))
        .expect_err("a path with an unfilled {project_id} is rejected");
    assert!(error.is_configuration(), "{error}");
    let message = error.to_string();
    assert!(message.contains("{project_id}"), "{message}");
    assert!(message.contains("HUAWEICLOUD_SDK_PROJECT_ID"), "{message}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn blocking_inside_runtime_is_clear_error() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"sync"}"#));
    let (_home, client) = blocking_client(&server);
    let error = client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .expect_err("blocking from async code is refused");
    assert!(error.is_configuration());
    assert!(error.to_string().contains("async client"), "{error}");
    assert!(server.requests().is_empty());

    // The async client it wraps works on the same runtime.
    let response = client
        .as_async()
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("call succeeds");
    assert_eq!(response.id, "sync");
}

fn call_id(client: &blocking::Client) -> Result<String, huaweicloud_sdk_core::Error> {
    client
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .map(|response| response.id.clone())
}

fn assert_async_code_error(result: Result<String, huaweicloud_sdk_core::Error>) {
    let error = result.expect_err("blocking from async code is refused");
    assert!(error.is_configuration(), "{error:?}");
    assert!(error.to_string().contains("spawn_blocking"), "{error}");
}

#[tokio::test(flavor = "current_thread")]
async fn blocking_in_spawn_blocking_current_thread() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"sync"}"#));
    let (_home, client) = blocking_client(&server);
    let id = tokio::task::spawn_blocking(move || call_id(&client))
        .await
        .expect("blocking task finishes")
        .expect("call succeeds");
    assert_eq!(id, "sync");
    assert_eq!(server.requests().len(), 1);
    server.requests()[0]
        .verify(&credentials())
        .expect("signature verifies");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocking_in_spawn_blocking_multi_thread() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"sync"}"#));
    let (_home, client) = blocking_client(&server);
    let tasks: Vec<_> = (0..3)
        .map(|_| {
            let client = client.clone();
            tokio::task::spawn_blocking(move || call_id(&client))
        })
        .collect();
    for task in tasks {
        let id = task
            .await
            .expect("blocking task finishes")
            .expect("call succeeds");
        assert_eq!(id, "sync");
    }
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocking_in_block_in_place_works() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"sync"}"#));
    let (_home, client) = blocking_client(&server);
    let id = tokio::task::block_in_place(|| call_id(&client)).expect("call succeeds");
    assert_eq!(id, "sync");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocking_in_worker_task_is_error() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"sync"}"#));
    let (_home, client) = blocking_client(&server);
    assert_async_code_error(call_id(&client));
    let spawned = client.clone();
    let result = tokio::spawn(async move { call_id(&spawned) })
        .await
        .expect("task finishes");
    assert_async_code_error(result);
    assert!(server.requests().is_empty());

    // The probe gives back the budget it spent, so async code on the worker still runs.
    let response = client
        .as_async()
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("x"))
        .await
        .expect("async call succeeds");
    assert_eq!(response.id, "sync");
}

#[test]
fn blocking_in_block_on_future_is_error() {
    let server = TestServer::always(Reply::json(200, r#"{"id":"sync"}"#));
    let (_home, client) = blocking_client(&server);
    for runtime in [
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime"),
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime"),
    ] {
        let result = runtime.block_on(async { call_id(&client) });
        assert_async_code_error(result);

        // A thread that only entered the runtime's context runs no async code, so it may
        // block.
        let _context = runtime.enter();
        assert_eq!(call_id(&client).expect("call succeeds"), "sync");
    }
    assert_eq!(server.requests().len(), 2);
}

/// Returns `low` or `high` as configured, and records the bounds it was asked for.
#[derive(Debug, Default)]
struct FixedRandom {
    highest: bool,
    asked: std::sync::Mutex<Vec<(u64, u64)>>,
}

impl RandomSource for FixedRandom {
    fn between(&self, low: u64, high: u64) -> u64 {
        self.asked.lock().expect("lock").push((low, high));
        if self.highest {
            high
        } else {
            low
        }
    }
}

fn ms(value: u64) -> Duration {
    Duration::from_millis(value)
}

#[test]
fn backoff_formulas_are_exact() {
    let high = FixedRandom {
        highest: true,
        ..FixedRandom::default()
    };
    let low = FixedRandom::default();
    let base = ms(10);

    let none = Backoff::new(BackoffStrategy::None);
    assert_eq!(none.delay(3, base, &high), Duration::ZERO);

    let exponential = Backoff::new(BackoffStrategy::Exponential);
    let waits: Vec<Duration> = (1..=4).map(|n| exponential.delay(n, base, &high)).collect();
    assert_eq!(waits, [ms(20), ms(40), ms(80), ms(160)]);
    assert_eq!(exponential.delay(13, base, &high), ms(60_000));
    assert_eq!(exponential.delay(40, base, &high), ms(60_000));

    let equal = Backoff::new(BackoffStrategy::EqualJitter);
    assert_eq!(equal.delay(2, base, &high), ms(40));
    assert_eq!(equal.delay(2, base, &low), ms(21));

    let full = Backoff::new(BackoffStrategy::FullJitter);
    assert_eq!(full.delay(3, base, &high), ms(80));
    assert_eq!(full.delay(3, base, &low), ms(1));

    let decorrelated = Backoff::new(BackoffStrategy::DecorrelatedJitter);
    assert_eq!(decorrelated.delay(1, base, &high), ms(30));
    assert_eq!(decorrelated.delay(2, ms(30), &high), ms(90));
    assert_eq!(decorrelated.delay(2, ms(30), &low), ms(10));
    assert_eq!(decorrelated.delay(9, ms(50_000), &high), ms(60_000));
    assert_eq!(
        high.asked.lock().expect("lock").last(),
        Some(&(10, 150_000))
    );
}

#[test]
fn backoff_base_and_cap_apply() {
    let random = Arc::new(FixedRandom {
        highest: true,
        ..FixedRandom::default()
    });
    let backoff = Backoff::new(BackoffStrategy::Exponential)
        .with_base(ms(100))
        .with_cap(ms(500));
    assert_eq!(backoff.delay(1, ms(100), random.as_ref()), ms(200));
    assert_eq!(backoff.delay(2, ms(100), random.as_ref()), ms(400));
    assert_eq!(backoff.delay(3, ms(100), random.as_ref()), ms(500));
}
