//! Per-call overhead of the SDK's async client over a bare reqwest call, against the
//! fixed-reply server of the end-to-end benchmark running in this process on 127.0.0.1.
//!
//! `cargo bench -p huaweicloud-sdk-bench --bench client_overhead` measures, one call at a time:
//!
//! - `call/sdk/{ListVpcs,CreateVpc}`: the VPC client's `list_vpcs` or `create_vpc`;
//! - `call/floor/{ListVpcs,CreateVpc}`: reqwest replaying the exact request the server
//!   captured from the SDK (signature included), without signing or JSON work;
//! - `decode/{ListVpcs,CreateVpc}`: decoding the fixed reply into the response model alone.
//!
//! `sdk` minus `floor` is the SDK's overhead per call, signing included (see the core crate's
//! `signing` bench for the signer alone). The server runs on its own runtime thread, so on a
//! machine with one free core the server's time is part of every figure.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use criterion::{criterion_main, Criterion};
use huaweicloud_sdk_bench::payload::Payload;
use huaweicloud_sdk_bench::replay::{plain_client, Replay};
use huaweicloud_sdk_bench::sdk;
use huaweicloud_sdk_bench::server::{self, State};
use huaweicloud_sdk_core::json::{FromJson, Value};
use huaweicloud_sdk_vpc::v2::{model, VpcClient};

/// Starts the fixed-reply server on a loopback port on its own thread and returns its URL and
/// state. The thread ends with the process.
fn start_server() -> (String, Arc<State>) {
    let state = Arc::new(State::new(&Payload::load(), Duration::ZERO));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("the server runtime starts");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("a loopback port is free");
    let address = listener
        .local_addr()
        .expect("a bound listener has an address");
    let serving = state.clone();
    std::thread::spawn(move || {
        if let Err(error) = runtime.block_on(server::serve(listener, serving)) {
            eprintln!("error: the bench server stopped: {error}");
        }
    });
    (format!("http://{address}"), state)
}

fn bench_calls(c: &mut Criterion) {
    let (endpoint, state) = start_server();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("the client runtime starts");
    let client: VpcClient = sdk::build_client(&endpoint).expect("the VPC client builds");
    let create_request = sdk::create_vpc_request();

    // One checked call of each operation: it fails the bench on a decoding fault and gives
    // the server a request of each operation to capture for the floor.
    runtime.block_on(async {
        let listed = client
            .list_vpcs(model::ListVpcsRequest::default())
            .await
            .expect("ListVpcs succeeds");
        sdk::check_list(&listed).expect("ListVpcs decodes");
        let created = client
            .create_vpc(create_request.clone())
            .await
            .expect("CreateVpc succeeds");
        sdk::check_create(&created).expect("CreateVpc decodes");
    });
    let replay = |operation: &str| {
        let captured = state
            .captured(operation)
            .unwrap_or_else(|| panic!("the server captured no {operation} request"));
        Replay::from_captured(&endpoint, &captured).expect("the captured request replays")
    };
    let list_replay = replay("ListVpcs");
    let create_replay = replay("CreateVpc");
    let floor = plain_client().expect("the reqwest client builds");

    let mut group = c.benchmark_group("call");
    group.bench_function("sdk/ListVpcs", |b| {
        b.iter(|| {
            runtime
                .block_on(client.list_vpcs(model::ListVpcsRequest::default()))
                .expect("ListVpcs succeeds")
        })
    });
    group.bench_function("floor/ListVpcs", |b| {
        b.iter(|| {
            runtime
                .block_on(list_replay.send(&floor))
                .expect("the replay succeeds")
        })
    });
    group.bench_function("sdk/CreateVpc", |b| {
        b.iter(|| {
            runtime
                .block_on(client.create_vpc(create_request.clone()))
                .expect("CreateVpc succeeds")
        })
    });
    group.bench_function("floor/CreateVpc", |b| {
        b.iter(|| {
            runtime
                .block_on(create_replay.send(&floor))
                .expect("the replay succeeds")
        })
    });
    group.finish();
}

fn bench_decode(c: &mut Criterion) {
    let payload = Payload::load();
    let list_body = payload.list_vpcs_response.to_string();
    let create_body = payload.create_vpc_response.to_string();
    // The client parses the body into a `Value` and decodes the model from it, as here.
    let mut group = c.benchmark_group("decode");
    group.bench_function("ListVpcs", |b| {
        b.iter(|| {
            let value: Value = serde_json::from_slice(black_box(list_body.as_bytes()))
                .expect("the fixed reply is JSON");
            model::ListVpcsResponse::from_json(value).expect("the fixed reply decodes")
        })
    });
    group.bench_function("CreateVpc", |b| {
        b.iter(|| {
            let value: Value = serde_json::from_slice(black_box(create_body.as_bytes()))
                .expect("the fixed reply is JSON");
            model::CreateVpcResponse::from_json(value).expect("the fixed reply decodes")
        })
    });
    group.finish();
}

#[allow(missing_docs)] // `criterion_group!` generates an undocumented public function.
mod harness {
    use super::{bench_calls, bench_decode};
    criterion::criterion_group!(benches, bench_calls, bench_decode);
}

criterion_main!(harness::benches);
