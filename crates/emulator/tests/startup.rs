//! Start modes: TLS with the generated CA, the blocking start, config files and shutdown.

mod common;

use common::TestClient;
use huaweicloud_sdk_emulator::{Emulator, EmulatorBuilder, EmulatorConfig, Fault};
use std::io::{Read, Write};

#[tokio::test]
async fn tls_mode_trusts_generated_ca() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let emu = Emulator::builder()
        .tls(true)
        .tls_dir(dir.path())
        .start()
        .await
        .expect("starts");
    assert!(emu.endpoint().starts_with("https://127.0.0.1:"));
    let ca_path = emu.ca_cert_path().expect("CA path in TLS mode");
    assert_eq!(ca_path, dir.path().join("ca.pem"));
    let pem = std::fs::read(ca_path).expect("CA file is written");
    let ca = reqwest::Certificate::from_pem(&pem).expect("valid PEM");

    let mut client = TestClient::new(&emu);
    client.http = reqwest::Client::builder()
        .add_root_certificate(ca)
        .build()
        .expect("client builds");
    let path = format!("/v1/{}/vpcs", client.pid());
    assert_eq!(client.send("GET", &path, None).await.status, 200);

    let untrusting = reqwest::Client::new();
    let result = untrusting.get(emu.endpoint()).send().await;
    assert!(
        result.is_err(),
        "a client without the CA must reject the certificate"
    );
}

#[tokio::test]
async fn tls_directory_is_removed_when_generated() {
    let emu = Emulator::builder().tls(true).start().await.expect("starts");
    let dir = emu
        .ca_cert_path()
        .and_then(|p| p.parent())
        .expect("CA directory")
        .to_owned();
    assert!(dir.exists());
    drop(emu);
    assert!(!dir.exists());
}

fn raw_get(addr: std::net::SocketAddr, path: &str) -> String {
    let mut stream = std::net::TcpStream::connect(addr).expect("connects");
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).expect("writes");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("reads");
    response
}

#[test]
fn blocking_start_stops_on_drop() {
    let emu = Emulator::builder()
        .project("cn-north-4", "0123456789abcdef0123456789abcdef")
        .start_blocking()
        .expect("starts");
    let addr = emu.local_addr();
    assert_eq!(
        emu.project_id("cn-north-4"),
        Some("0123456789abcdef0123456789abcdef")
    );
    assert_eq!(emu.region(), "cn-north-4");
    let response = raw_get(addr, "/_emulator/state");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("0123456789abcdef0123456789abcdef"));
    let unsigned = raw_get(addr, "/v1/0123456789abcdef0123456789abcdef/vpcs");
    assert!(unsigned.starts_with("HTTP/1.1 401"), "{unsigned}");
    assert!(unsigned.to_ascii_lowercase().contains("x-request-id:"));
    drop(emu);
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "the port is closed after drop"
    );
}

#[tokio::test]
async fn default_start_binds_loopback_with_default_regions() {
    let emu = Emulator::builder().start().await.expect("starts");
    assert!(emu.local_addr().ip().is_loopback());
    assert_ne!(emu.local_addr().port(), 0);
    for region in huaweicloud_sdk_emulator::DEFAULT_REGIONS {
        let id = emu
            .project_id(region)
            .expect("a project per default region");
        assert_eq!(id.len(), 32);
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()));
    }
    assert_eq!(emu.ak().len(), 20);
    assert_eq!(emu.sk().len(), 40);
    let debug = format!("{emu:?}");
    assert!(
        !debug.contains(emu.sk()),
        "Debug output must not contain the secret key"
    );
    let summary = emu.summary(false);
    assert!(!summary.contains(emu.sk()));
    assert!(emu.summary(true).contains(emu.sk()));
}

#[test]
fn config_file_json_and_yaml() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let json_path = dir.path().join("emu.json");
    std::fs::write(
        &json_path,
        r#"{"ak": "AKJSON", "sk": "SKJSON", "projects": [{"name": "cn-south-1", "id": "aaaabbbbccccddddaaaabbbbccccdddd"}],
            "faults": [{"kind": "latency", "millis": 1}]}"#,
    )
    .expect("writes");
    let config = EmulatorConfig::from_file(&json_path).expect("valid JSON config");
    assert_eq!(config.ak.as_deref(), Some("AKJSON"));
    assert_eq!(
        config.faults,
        vec![Fault::Latency {
            millis: 1,
            count: None,
            path_prefix: None
        }]
    );

    let yaml_path = dir.path().join("emu.yaml");
    std::fs::write(
        &yaml_path,
        "ak: AKYAML\nmetadata:\n  credential_ttl_secs: 5\n",
    )
    .expect("writes");
    let config = EmulatorConfig::from_file(&yaml_path).expect("valid YAML config");
    assert_eq!(config.metadata.credential_ttl_secs, 5);
    let emu = EmulatorBuilder::from_config(config)
        .start_blocking()
        .expect("starts");
    assert_eq!(emu.ak(), "AKYAML");

    let bad_path = dir.path().join("bad.yaml");
    std::fs::write(&bad_path, "colour: red\n").expect("writes");
    let error = EmulatorConfig::from_file(&bad_path).expect_err("unknown key is rejected");
    assert!(error.to_string().contains("colour"), "{error}");
    assert!(error.to_string().contains("bad.yaml"), "{error}");
}

#[tokio::test]
async fn bind_conflict_names_the_address() {
    let first = Emulator::builder().start().await.expect("starts");
    let error = Emulator::builder()
        .bind(first.local_addr())
        .start()
        .await
        .expect_err("the port is taken");
    assert!(
        error.to_string().contains(&first.local_addr().to_string()),
        "{error}"
    );
}
