//! Sharing one client: clones share a connection pool, separately built clients do not, and
//! concurrent calls from many tasks each get a signature and a response. The server is hyper on
//! 127.0.0.1 with keep-alive, and counts the TCP connections it accepts.

mod runtime_support;

use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::{Client, ClientBuilder};
use hyper::body::Incoming;
use hyper::service::service_fn;
use runtime_support::{credentials, Item, ItemRequest, Recorded, SERVICE, SHOW_ITEM};

/// A keep-alive HTTP/1.1 server that returns `{"id":"<path>"}` for every request.
struct KeepAliveServer {
    url: String,
    connections: Arc<AtomicUsize>,
    requests: Arc<Mutex<Vec<Recorded>>>,
    accept_loop: tokio::task::JoinHandle<()>,
}

impl Drop for KeepAliveServer {
    fn drop(&mut self) {
        self.accept_loop.abort();
    }
}

async fn handle(
    request: hyper::Request<Incoming>,
    requests: Arc<Mutex<Vec<Recorded>>>,
) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
    let (parts, body) = request.into_parts();
    let body = body
        .collect()
        .await
        .map(|collected| collected.to_bytes().to_vec())
        .unwrap_or_default();
    let target = parts
        .uri
        .path_and_query()
        .map_or_else(|| "/".to_owned(), ToString::to_string);
    let headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .map(|(name, value)| {
            let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
            (name.as_str().to_owned(), value)
        })
        .collect();
    let reply = serde_json::json!({ "id": parts.uri.path() }).to_string();
    requests.lock().expect("requests lock").push(Recorded {
        method: parts.method.to_string(),
        target,
        headers,
        body,
        received_at: SystemTime::now(),
    });
    let response = hyper::Response::builder()
        .status(200)
        .header("Content-Type", "application/json")
        .body(Full::new(Bytes::from(reply)))
        .expect("static response parts are valid");
    Ok(response)
}

async fn start_server() -> KeepAliveServer {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("bound address"));
    let connections = Arc::new(AtomicUsize::new(0));
    let requests = Arc::new(Mutex::new(Vec::new()));
    let (accepted, recorded) = (Arc::clone(&connections), Arc::clone(&requests));
    let accept_loop = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            accepted.fetch_add(1, Ordering::SeqCst);
            let recorded = Arc::clone(&recorded);
            tokio::spawn(async move {
                let service = service_fn(move |request| handle(request, Arc::clone(&recorded)));
                let _ = hyper::server::conn::http1::Builder::new()
                    .keep_alive(true)
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    KeepAliveServer {
        url,
        connections,
        requests,
        accept_loop,
    }
}

fn build_client(url: &str, home: &tempfile::TempDir) -> Client {
    let env = Environment::from_vars([("HOME", home.path().display().to_string())]);
    ClientBuilder::new(&SERVICE)
        .environment(env)
        .credentials(credentials())
        .endpoint(url)
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn clones_share_one_connection() {
    let server = start_server().await;
    let home = tempfile::tempdir().expect("temporary home");
    let client = build_client(&server.url, &home);
    let clone = client.clone();

    for id in ["a", "b", "c"] {
        let response = client
            .call::<_, Item>(&SHOW_ITEM, ItemRequest::item(id))
            .await
            .expect("call succeeds");
        assert!(response.id.ends_with(id), "{}", response.id);
    }
    clone
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("d"))
        .await
        .expect("call through the clone succeeds");
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);

    // A client built separately has its own pool, so it opens its own connection.
    let other = build_client(&server.url, &home);
    other
        .call::<_, Item>(&SHOW_ITEM, ItemRequest::item("e"))
        .await
        .expect("call succeeds");
    assert_eq!(server.connections.load(Ordering::SeqCst), 2);
    assert_eq!(server.requests.lock().expect("requests lock").len(), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_tasks_are_each_signed() {
    const TASKS: usize = 16;
    let server = start_server().await;
    let home = tempfile::tempdir().expect("temporary home");
    let client = build_client(&server.url, &home);

    let mut tasks = tokio::task::JoinSet::new();
    for index in 0..TASKS {
        let client = client.clone();
        tasks.spawn(async move {
            let id = format!("item-{index}");
            let response = client
                .call::<_, Item>(&SHOW_ITEM, ItemRequest::item(&id))
                .await
                .expect("call succeeds");
            (id, response.into_inner().id)
        });
    }
    while let Some(joined) = tasks.join_next().await {
        let (id, returned) = joined.expect("task finishes");
        assert!(returned.ends_with(&id), "{returned} is not the id of {id}");
    }

    let requests = server.requests.lock().expect("requests lock").clone();
    assert_eq!(requests.len(), TASKS);
    for request in &requests {
        request
            .verify(&credentials())
            .expect("each concurrent request is signed for itself");
    }
    let connections = server.connections.load(Ordering::SeqCst);
    assert!(
        (1..=TASKS).contains(&connections),
        "{connections} connections"
    );
}
