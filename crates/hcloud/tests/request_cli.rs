//! `hcloud request` run as a process against a one-shot HTTP server on 127.0.0.1.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::process::{Command, Output};
use std::sync::mpsc;
use std::time::SystemTime;

use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::signer::verify::{verify, ReceivedRequest};

const AK: &str = "AKCLITEST";
const SK: &str = "SK-cli-secret-value";

/// What the server received: request line target, headers and body.
struct Received {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// Serves one request with `response` (a full HTTP response) and returns what it received.
fn serve_once(response: &'static str) -> (String, mpsc::Receiver<Received>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let Ok((mut socket, _)) = listener.accept() else {
            return;
        };
        let mut buffer = Vec::new();
        let mut chunk = [0_u8; 4096];
        let head_end = loop {
            if let Some(position) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break position;
            }
            let read = socket.read(&mut chunk).expect("read request");
            assert!(read > 0, "connection closed before the request head");
            buffer.extend_from_slice(&chunk[..read]);
        };
        let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let mut request_line = lines.next().expect("request line").split(' ');
        let method = request_line.next().expect("method").to_owned();
        let target = request_line.next().expect("target").to_owned();
        let headers: Vec<(String, String)> = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
            .collect();
        let length: usize = headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case("Content-Length"))
            .map_or(0, |(_, value)| value.parse().expect("numeric length"));
        let mut body = buffer[head_end + 4..].to_vec();
        while body.len() < length {
            let read = socket.read(&mut chunk).expect("read body");
            assert!(read > 0, "connection closed inside the body");
            body.extend_from_slice(&chunk[..read]);
        }
        socket
            .write_all(response.as_bytes())
            .expect("write response");
        sender
            .send(Received {
                method,
                target,
                headers,
                body,
            })
            .expect("test is waiting");
    });
    (url, receiver)
}

fn hcloud(args: &[&str], home: &std::path::Path) -> Output {
    hcloud_with_env(
        args,
        home,
        &[("HUAWEICLOUD_SDK_PROJECT_ID", "cli-project".to_owned())],
    )
}

/// Runs `hcloud request` with only HOME, the test keys and `vars` in its environment.
fn hcloud_with_env(args: &[&str], home: &std::path::Path, vars: &[(&str, String)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hcloud"));
    command
        .arg("request")
        .args(args)
        .env_clear()
        .env("HOME", home)
        .env("HUAWEICLOUD_SDK_AK", AK)
        .env("HUAWEICLOUD_SDK_SK", SK);
    for (name, value) in vars {
        command.env(name, value);
    }
    command.output().expect("hcloud runs")
}

fn verify_received(received: &Received) {
    let mut request =
        ReceivedRequest::new(&received.method, &received.target).with_body(&received.body);
    for (name, value) in &received.headers {
        request = request.with_header(name, value);
    }
    let credentials = Credentials::new(AK, SK).expect("valid keys");
    let store = HashMap::from([(AK.to_owned(), credentials)]);
    verify(&request, &store, SystemTime::now()).expect("signature verifies");
}

#[test]
fn request_prints_body_and_signs() {
    let home = tempfile_dir();
    let (url, received) = serve_once(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\nConnection: close\r\n\r\n{\"ok\":true}",
    );
    let output = hcloud(
        &[
            "-X",
            "POST",
            "-H",
            "X-Extra: yes",
            "-d",
            r#"{"name":"n"}"#,
            "--endpoint",
            &url,
            "/v1/{project_id}/vpcs?limit=2",
        ],
        &home,
    );
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(output.stdout, br#"{"ok":true}"#);
    let received = received.recv().expect("server saw the request");
    assert_eq!(received.method, "POST");
    assert_eq!(received.target, "/v1/cli-project/vpcs?limit=2");
    assert_eq!(received.body, br#"{"name":"n"}"#);
    assert!(received
        .headers
        .iter()
        .any(|(name, value)| name.eq_ignore_ascii_case("X-Extra") && value == "yes"));
    verify_received(&received);
}

#[test]
fn error_response_prints_json_summary() {
    let home = tempfile_dir();
    let (url, _received) = serve_once(
        "HTTP/1.1 404 Not Found\r\nX-Request-Id: req-cli\r\nContent-Length: 44\r\nConnection: close\r\n\r\n{\"error_code\":\"VPC.0202\",\"error_msg\":\"gone\"}",
    );
    let output = hcloud(&[&format!("{url}/v1/x")], &home);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let summary: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert_eq!(
        summary,
        serde_json::json!({
            "status_code": 404,
            "request_id": "req-cli",
            "error_code": "VPC.0202",
            "error_msg": "gone",
        })
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        text.trim_end(),
        r#"{"status_code":404,"request_id":"req-cli","error_code":"VPC.0202","error_msg":"gone"}"#,
        "keys keep the documented order"
    );
}

#[test]
fn transport_failure_exits_3() {
    let home = tempfile_dir();
    let closed = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", closed.local_addr().expect("address"));
    drop(closed);
    let output = hcloud(&["--endpoint", &url, "/v1/x"], &home);
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    assert!(output.stdout.is_empty());
    assert!(!output.stderr.is_empty());
}

#[test]
fn usage_errors_exit_2() {
    let home = tempfile_dir();
    let no_endpoint = hcloud(&["/v1/x"], &home);
    assert_eq!(no_endpoint.status.code(), Some(2), "{no_endpoint:?}");
    let bad_header = hcloud(
        &[
            "-H",
            "no colon",
            "--endpoint",
            "http://127.0.0.1:9",
            "/v1/x",
        ],
        &home,
    );
    assert_eq!(bad_header.status.code(), Some(2), "{bad_header:?}");
    let unknown_region = hcloud(
        &["--service", "vpc", "--region", "nowhere-1", "/v1/x"],
        &home,
    );
    assert_eq!(unknown_region.status.code(), Some(2), "{unknown_region:?}");
    assert!(String::from_utf8_lossy(&unknown_region.stderr).contains("nowhere-1"));
}

#[test]
fn body_file_and_region_variable() {
    let home = tempfile_dir();
    let body_file = home.join("body.json");
    std::fs::write(&body_file, br#"{"from":"file"}"#).expect("write body file");
    let (url, received) =
        serve_once("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    let vars = [
        ("HUAWEICLOUD_SDK_PROJECT_ID", "cli-project".to_owned()),
        (
            "HUAWEICLOUD_SDK_REGION_MYSERVICE_TEST_1",
            format!(" {url} "),
        ),
    ];
    let data = format!("@{}", body_file.display());
    let args = [
        "-X",
        "PUT",
        "-d",
        &data,
        "--service",
        "myservice",
        "--region",
        "test-1",
        "/v1/{project_id}/items",
    ];
    let output = hcloud_with_env(&args, &home, &vars);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(output.stdout, b"{}");
    let received = received.recv().expect("server saw the request");
    assert_eq!(received.method, "PUT");
    assert_eq!(received.target, "/v1/cli-project/items");
    assert_eq!(received.body, br#"{"from":"file"}"#);
    verify_received(&received);
}

#[test]
fn domain_id_alone_signs_as_global() {
    let home = tempfile_dir();
    let (url, received) =
        serve_once("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    let vars = [("HUAWEICLOUD_SDK_DOMAIN_ID", "cli-domain".to_owned())];
    let args = ["--endpoint", &url, "/v3/domains/{domain_id}"];
    let output = hcloud_with_env(&args, &home, &vars);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let received = received.recv().expect("server saw the request");
    assert_eq!(received.target, "/v3/domains/cli-domain");
    let domain_header = received
        .headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("X-Domain-Id"))
        .map(|(_, value)| value.as_str());
    assert_eq!(domain_header, Some("cli-domain"));
    verify_received(&received);
}

#[test]
fn region_looks_project_id_up_through_iam() {
    let home = tempfile_dir();
    let emulator = huaweicloud_sdk_emulator::Emulator::builder()
        .ak(AK)
        .sk(SK)
        .project("cn-north-4", "0123456789abcdef0123456789abcdef")
        .start_blocking()
        .expect("emulator starts");
    let vars = [
        (
            "HUAWEICLOUD_SDK_REGION_VPC_CN_NORTH_4",
            emulator.endpoint().to_owned(),
        ),
        (
            "HUAWEICLOUD_SDK_IAM_ENDPOINT",
            emulator.endpoint().to_owned(),
        ),
    ];
    let args = [
        "--service",
        "vpc",
        "--region",
        "cn-north-4",
        "/v1/{project_id}/vpcs",
    ];
    let output = hcloud_with_env(&args, &home, &vars);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let body: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON body");
    assert_eq!(body["vpcs"], serde_json::json!([]));

    let log = emulator.request_log();
    let paths: Vec<&str> = log.iter().map(|record| record.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/v3/projects", "/v1/0123456789abcdef0123456789abcdef/vpcs"]
    );
    assert_eq!(log[0].query, "name=cn-north-4");
}

#[test]
fn unfilled_project_id_exits_2() {
    let home = tempfile_dir();
    let closed = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", closed.local_addr().expect("address"));
    drop(closed);
    let args = ["--endpoint", &url, "/v1/{project_id}/vpcs"];
    let output = hcloud_with_env(&args, &home, &[]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("{project_id}"), "{stderr}");
    assert!(stderr.contains("HUAWEICLOUD_SDK_PROJECT_ID"), "{stderr}");
}

#[test]
fn missing_body_file_exits_2() {
    let home = tempfile_dir();
    let missing = home.join("missing.json");
    let data = format!("@{}", missing.display());
    let output = hcloud(
        &["-d", &data, "--endpoint", "http://127.0.0.1:9", "/v1/x"],
        &home,
    );
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("missing.json"), "{stderr}");
}

/// Creates a fresh home directory, so the application id file is written there.
fn tempfile_dir() -> std::path::PathBuf {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_nanos();
    let dir = std::env::temp_dir().join(format!("hcloud-request-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create home");
    dir
}
