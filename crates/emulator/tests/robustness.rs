//! Fault injection, bad input, signature rejections and concurrency over real HTTP.

mod common;

use common::{start, TestClient};
use huaweicloud_sdk_emulator::{Emulator, Fault};
use serde_json::json;

fn vpcs_path(client: &TestClient) -> String {
    format!("/v1/{}/vpcs", client.pid())
}

#[tokio::test]
async fn status_fault_burst_then_recovery() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    emu.faults()
        .add(Fault::Status {
            status: 503,
            retry_after: None,
            count: Some(2),
            path_prefix: None,
        })
        .expect("valid fault");
    let path = vpcs_path(&client);
    for _ in 0..2 {
        let response = client.send("GET", &path, None).await;
        assert_eq!(response.status, 503);
        assert!(response.header("x-request-id").is_some());
    }
    assert_eq!(client.send("GET", &path, None).await.status, 200);
    assert!(emu.faults().list().is_empty());
}

#[tokio::test]
async fn throttling_fault_sends_retry_after() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    emu.faults()
        .add(Fault::Status {
            status: 429,
            retry_after: Some(2),
            count: Some(1),
            path_prefix: Some("/v1/".into()),
        })
        .expect("valid fault");
    let other = client.send("GET", "/v3/auth/domains", None).await;
    assert_eq!(other.status, 200, "path prefix limits the fault");
    let response = client.send("GET", &vpcs_path(&client), None).await;
    assert_eq!(response.status, 429);
    assert_eq!(response.header("retry-after"), Some("2"));
    assert_eq!(response.json()["error_code"], "APIGW.0308");
}

#[tokio::test]
async fn reset_fault_drops_the_connection() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    emu.faults()
        .add(Fault::Reset {
            count: Some(1),
            path_prefix: None,
        })
        .expect("valid fault");
    let request = client.build("GET", &vpcs_path(&client), "application/json", Vec::new());
    let result = client.http.execute(request).await;
    assert!(
        result.is_err(),
        "expected a connection error, got {result:?}"
    );
    assert_eq!(
        client.send("GET", &vpcs_path(&client), None).await.status,
        200
    );
    let log = emu.request_log();
    assert_eq!(log[0].status, 0);
    assert_eq!(log[1].status, 200);
}

#[tokio::test]
async fn truncate_fault_cuts_the_body_short() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    emu.faults()
        .add(Fault::Truncate {
            count: Some(1),
            path_prefix: None,
        })
        .expect("valid fault");
    let request = client.build("GET", "/v3/auth/domains", "application/json", Vec::new());
    let response = client.http.execute(request).await.expect("headers arrive");
    assert_eq!(response.status().as_u16(), 200);
    let announced = response.content_length().expect("Content-Length is sent");
    assert!(announced > 0);
    let body = response.bytes().await;
    assert!(body.is_err(), "expected an incomplete body, got {body:?}");
}

#[tokio::test]
async fn latency_fault_is_consumed() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    emu.faults()
        .add(Fault::Latency {
            millis: 20,
            count: Some(1),
            path_prefix: None,
        })
        .expect("valid fault");
    assert_eq!(emu.faults().list().len(), 1);
    assert_eq!(
        client.send("GET", &vpcs_path(&client), None).await.status,
        200
    );
    assert!(emu.faults().list().is_empty());
}

#[tokio::test]
async fn clock_skew_fault_expires_signatures() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    emu.faults()
        .add(Fault::ClockSkew { seconds: -1200 })
        .expect("valid fault");
    let response = client.send("GET", &vpcs_path(&client), None).await;
    assert_eq!(response.status, 401);
    let message = response.json()["error_msg"]
        .as_str()
        .expect("message")
        .to_owned();
    assert!(message.contains("signature expired"), "{message}");
}

#[tokio::test]
async fn admin_api_adds_lists_and_clears_faults() {
    let emu = start().await;
    let http = reqwest::Client::new();
    let url = format!("{}/_emulator/faults", emu.endpoint());
    let added = http
        .post(&url)
        .body(r#"[{"kind": "status", "status": 500, "count": 1}, {"kind": "clock_skew", "seconds": 5}]"#)
        .send()
        .await
        .expect("admin reachable");
    assert_eq!(added.status().as_u16(), 200);
    assert_eq!(emu.faults().list().len(), 2);
    let invalid = http
        .post(&url)
        .body(r#"{"kind": "status", "status": 200}"#)
        .send()
        .await
        .expect("admin reachable");
    assert_eq!(invalid.status().as_u16(), 400);
    let cleared = http.delete(&url).send().await.expect("admin reachable");
    assert_eq!(cleared.status().as_u16(), 200);
    assert!(emu.faults().list().is_empty());

    let state: serde_json::Value = http
        .get(format!("{}/_emulator/state", emu.endpoint()))
        .send()
        .await
        .expect("admin reachable")
        .json()
        .await
        .expect("JSON state");
    assert_eq!(state["ak"], emu.ak());
    assert!(
        state.get("sk").is_none(),
        "the admin state never shows the secret key"
    );
}

#[tokio::test]
async fn request_log_and_reset() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let path = vpcs_path(&client);
    client
        .send("POST", &path, Some(&json!({"vpc": {"name": "a"}})))
        .await;
    client.send("GET", &path, None).await;
    let log = emu.request_log();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].operation.as_deref(), Some("CreateVpc"));
    assert_eq!(log[0].ak.as_deref(), Some(emu.ak()));
    assert_eq!(log[1].method, "GET");
    emu.reset();
    assert!(emu.request_log().is_empty());
    let listed = client.send("GET", &path, None).await;
    assert_eq!(listed.json()["vpcs"], json!([]));
}

#[tokio::test]
async fn bad_json_bodies_get_400_with_the_field() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let path = vpcs_path(&client);
    let cases: &[(&[u8], &str)] = &[
        (b"{not json", "malformed JSON"),
        (
            br#"{"vpc": {"name": "a", "colour": "red"}}"#,
            "unknown field body.vpc.colour",
        ),
        (br#"{}"#, "missing required field body.vpc"),
        (
            br#"{"vpc": {"name": ["a"]}}"#,
            "invalid type for body.vpc.name",
        ),
        (br#"[1, 2]"#, "expected an object"),
    ];
    for (body, expected) in cases {
        let response = client
            .send_raw("POST", &path, "application/json", body.to_vec())
            .await;
        assert_eq!(
            response.status,
            400,
            "body {:?}",
            String::from_utf8_lossy(body)
        );
        let message = response.json()["message"]
            .as_str()
            .expect("message")
            .to_owned();
        assert!(message.contains(expected), "{message}");
    }
    let query = client.send("GET", &format!("{path}?limit=abc"), None).await;
    assert_eq!(query.status, 400);
    let marker = client
        .send("GET", &format!("{path}?marker=nope"), None)
        .await;
    assert_eq!(marker.status, 400);
}

#[tokio::test]
async fn oversized_body_is_rejected() {
    let emu = Emulator::builder()
        .max_body_bytes(1024)
        .start()
        .await
        .expect("starts");
    let client = TestClient::new(&emu);
    let big = json!({"vpc": {"name": "x".repeat(4096)}});
    let response = client.send("POST", &vpcs_path(&client), Some(&big)).await;
    assert_eq!(response.status, 413);
    assert!(response.json()["message"]
        .as_str()
        .expect("message")
        .contains("1024"));
}

#[tokio::test]
async fn altered_signature_gets_canonical_request() {
    let emu = start().await;
    let mut client = TestClient::new(&emu);
    client.sk = "WrongSecret".into();
    let response = client
        .send("GET", &format!("{}?limit=1", vpcs_path(&client)), None)
        .await;
    assert_eq!(response.status, 401);
    let body = response.json();
    assert_eq!(body["error_code"], "APIGW.0301");
    let message = body["error_msg"].as_str().expect("message");
    let expected = format!("canonicalRequest:GET|/v1/{}/vpcs/|limit=1|", client.pid());
    assert!(message.contains(&expected), "{message}");
    assert_eq!(body["request_id"].as_str(), response.header("x-request-id"));
}

#[tokio::test]
async fn old_signature_date_is_expired() {
    let emu = start().await;
    let mut client = TestClient::new(&emu);
    client.date = Some(time::OffsetDateTime::now_utc() - time::Duration::minutes(16));
    let response = client.send("GET", &vpcs_path(&client), None).await;
    assert_eq!(response.status, 401);
    assert!(response.json()["error_msg"]
        .as_str()
        .expect("message")
        .contains("signature expired"));
}

#[tokio::test]
async fn unknown_ak_and_missing_authorization_are_rejected() {
    let emu = start().await;
    let mut client = TestClient::new(&emu);
    let path = vpcs_path(&client);
    let unsigned = client.send_unsigned("GET", &path, &[], None).await;
    assert_eq!(unsigned.status, 401);
    assert!(unsigned.json()["error_msg"]
        .as_str()
        .expect("message")
        .contains("Authorization"));
    client.ak = "UNKNOWNAK00000000000".into();
    let unknown = client.send("GET", &path, None).await;
    assert_eq!(unknown.status, 401);
    assert!(unknown.json()["error_msg"]
        .as_str()
        .expect("message")
        .contains("UNKNOWNAK00000000000"));
    assert!(!String::from_utf8_lossy(&unknown.body).contains(emu.sk()));
}

#[tokio::test]
async fn project_header_must_match_path() {
    let emu = start().await;
    let mut client = TestClient::new(&emu);
    let path = vpcs_path(&client);
    client.project_id = emu.project_id("cn-east-3").map(str::to_owned);
    let response = client.send("GET", &path, None).await;
    assert_eq!(response.status, 400);
    assert_eq!(response.json()["code"], "VPC.0007");

    let mut stranger = TestClient::new(&emu);
    stranger.project_id = Some("0123456789abcdef0123456789abcdef".into());
    let response = stranger
        .send("GET", "/v1/0123456789abcdef0123456789abcdef/vpcs", None)
        .await;
    assert_eq!(response.status, 400);
    assert!(response.json()["message"]
        .as_str()
        .expect("message")
        .contains("does not exist"));
}

#[tokio::test]
async fn unknown_path_gets_gateway_404() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let response = client.send("GET", "/v9/nothing/here", None).await;
    assert_eq!(response.status, 404);
    assert_eq!(response.json()["error_code"], "APIGW.0101");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_creates_are_all_kept() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let path = vpcs_path(&client);
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..200 {
        let client = client.clone();
        let path = path.clone();
        tasks.spawn(async move {
            let body = json!({"vpc": {"name": format!("c-{i}")}});
            let response = client.send("POST", &path, Some(&body)).await;
            assert_eq!(response.status, 200, "{:?}", response.body);
            response.json()["vpc"]["name"]
                .as_str()
                .expect("name")
                .to_owned()
        });
    }
    let mut names = Vec::new();
    while let Some(result) = tasks.join_next().await {
        names.push(result.expect("task completes"));
    }
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 200);
    let listed = client.send("GET", &path, None).await.json();
    assert_eq!(listed["vpcs"].as_array().expect("array").len(), 200);
    assert_eq!(emu.request_log().len(), 201);
}

#[tokio::test]
async fn every_signing_algorithm_is_accepted() {
    use huaweicloud_sdk_core::signer::SigningAlgorithm;
    let emu = start().await;
    let algorithms = [
        SigningAlgorithm::HmacSha256,
        SigningAlgorithm::HmacSm3,
        SigningAlgorithm::EcdsaP256Sha256,
        SigningAlgorithm::Sm2Sm3,
        SigningAlgorithm::V11HmacSha256,
    ];
    for algorithm in algorithms {
        let mut client = TestClient::new(&emu);
        client.algorithm = algorithm;
        let body = json!({"vpc": {"name": format!("{algorithm:?}")}});
        let response = client.send("POST", &vpcs_path(&client), Some(&body)).await;
        assert_eq!(response.status, 200, "{algorithm:?}: {:?}", response.body);
        client.sk = "WrongSecretKey".into();
        let rejected = client.send("GET", &vpcs_path(&client), None).await;
        assert_eq!(rejected.status, 401, "{algorithm:?} with a wrong secret");
    }
}
