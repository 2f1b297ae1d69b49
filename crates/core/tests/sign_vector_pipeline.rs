//! The conformance vectors that describe a whole call, run through the client runtime over
//! real HTTP on 127.0.0.1. The signer-only checks in `sign_vectors.rs` start from the recorded
//! signer input; these check that the runtime builds that same input from a typed request.
//!
//! The official SDK's `User-Agent` and host differ from this SDK's, so each test signs the
//! vector's signer input with the two values the runtime actually sent and compares the result
//! with the `Authorization` that reached the server.

mod runtime_support;
mod sign_common;

use huaweicloud_sdk_core::client::CallOptions;
use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::env::Environment;
use huaweicloud_sdk_core::signer::{sign, SigningParams, SigningRequest};
use huaweicloud_sdk_core::{Client, ClientBuilder, HttpConfig, RawRequest, Region};
use huaweicloud_sdk_vpc::v2::{model, VpcClient, SERVICE as VPC};
use runtime_support::{Recorded, Reply, TestServer};
use sign_common::{sdk_time, signing_request, vector, vector_file, Vector};

/// Returns the vector file's keys, with its project id when `with_project` is set.
fn file_credentials(with_project: bool) -> Credentials {
    let file = vector_file();
    let credentials = Credentials::new(file.credentials.ak.clone(), file.credentials.sk.clone())
        .expect("vector keys are valid");
    if with_project {
        credentials.with_project_id(file.credentials.project_id.clone())
    } else {
        credentials
    }
}

/// Returns an environment with only a fresh home directory and `vars`.
fn environment(home: &tempfile::TempDir, vars: &[(&str, String)]) -> Environment {
    let mut all = vec![("HOME".to_owned(), home.path().display().to_string())];
    all.extend(
        vars.iter()
            .map(|(name, value)| ((*name).to_owned(), value.clone())),
    );
    Environment::from_vars(all)
}

/// Returns the path and query of an absolute URL.
fn target_of(url: &str) -> &str {
    let after_scheme = url.split_once("://").expect("absolute URL").1;
    &after_scheme[after_scheme.find('/').expect("URL has a path")..]
}

/// Replaces the value of header `name` (any case), which must be present.
fn replace_header(request: &mut SigningRequest, name: &str, value: &str) {
    let slot = request
        .headers
        .iter_mut()
        .find(|(existing, _)| existing.eq_ignore_ascii_case(name))
        .unwrap_or_else(|| panic!("vector input has {name}"));
    slot.1 = value.to_owned();
}

/// Signs `input` as the server at `received` saw it: the loopback host and the runtime's own
/// `User-Agent`, at `date`.
fn expected_authorization(
    mut input: SigningRequest,
    received: &Recorded,
    credentials: &Credentials,
    date: &str,
) -> String {
    input.host = received.header("Host").expect("Host sent").to_owned();
    let user_agent = received.header("User-Agent").expect("User-Agent sent");
    replace_header(&mut input, "User-Agent", user_agent);
    sign(&mut input, credentials, &SigningParams::new(sdk_time(date)))
        .expect("vector input signs")
        .authorization
}

/// Builds a VPC client for `server` with the vector file's keys and project, whose calls carry
/// the caller's date header `date_header` (name and value) and the file's `User-Agent`.
fn vpc_client(
    server: &TestServer,
    home: &tempfile::TempDir,
    config: HttpConfig,
    date_header: (&str, &str),
) -> VpcClient {
    let client: VpcClient = ClientBuilder::new(&VPC)
        .environment(environment(home, &[]))
        .credentials(file_credentials(true))
        .endpoint(server.url())
        .http_config(config)
        .access_log(false)
        .build()
        .expect("client builds");
    // The caller's X-Sdk-Date is used as the signing time, as in the official SDK.
    client.with_options(
        CallOptions::new()
            .header(date_header.0, date_header.1)
            .header("User-Agent", vector_file().config_user_agent.as_str()),
    )
}

/// Checks the one request `server` received against the wire form and signature of `vector`.
fn check_received(server: &TestServer, vector: &Vector) {
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let received = &requests[0];
    assert_eq!(received.method, vector.wire.method);
    assert_eq!(received.target, target_of(&vector.wire.url));
    let input = signing_request(vector.signer_input.as_ref().expect("signer input"));
    let expected = expected_authorization(
        input,
        received,
        &file_credentials(true),
        &vector.fixed_utc_now,
    );
    assert_eq!(received.header("Authorization"), Some(expected.as_str()));
}

#[tokio::test]
async fn vpc_list_vpcs_pipeline_matches_vector() {
    let vector = vector("vpc_v2_list_vpcs_full_pipeline");
    let response = vector.response.as_ref().expect("recorded response");
    let server = TestServer::always(Reply::json(200, &response.raw_content));
    let home = tempfile::tempdir().expect("temporary home");
    let date = ("X-Sdk-Date", vector.fixed_utc_now.as_str());
    let client = vpc_client(&server, &home, HttpConfig::default(), date);

    let request = model::ListVpcsRequest::default()
        .with_limit(10)
        .with_marker("m1")
        .with_enterprise_project_id("all_granted_eps");
    let listed = client.list_vpcs(request).await.expect("list succeeds");
    let vpcs = listed.vpcs.as_ref().expect("vpcs decoded");
    assert_eq!(vpcs.len(), 1);
    assert_eq!(vpcs[0].id, "v1");
    check_received(&server, vector);
}

#[tokio::test]
async fn repeated_empty_and_bool_query_matches_vector() {
    let vector = vector("get_query_repeated_empty_bool");
    let server = TestServer::always(Reply::json(200, r#"{"ports":[]}"#));
    let home = tempfile::tempdir().expect("temporary home");
    let date = ("X-Sdk-Date", vector.fixed_utc_now.as_str());
    let client = vpc_client(&server, &home, HttpConfig::default(), date);
    // An array is sent as one key per value, sorted; an empty string keeps its `=`; a bool is
    // lower case; an unset parameter (`marker`) is left out.
    let request = model::ListPortsRequest::default()
        .with_id(vec!["b".to_owned(), "a".to_owned(), "c".to_owned()])
        .with_name("")
        .with_admin_state_up(true)
        .with_limit(5);
    client.list_ports(request).await.expect("list succeeds");
    check_received(&server, vector);
}

#[tokio::test]
async fn ignored_get_content_type_matches_vector() {
    let vector = vector("get_no_content_type_config");
    let server = TestServer::always(Reply::json(200, r#"{"vpcs":[]}"#));
    let home = tempfile::tempdir().expect("temporary home");
    let config = HttpConfig::default().ignore_content_type_for_get_request(true);
    let date = ("X-Sdk-Date", vector.fixed_utc_now.as_str());
    let client = vpc_client(&server, &home, config, date);
    client
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect("list succeeds");
    assert_eq!(server.requests()[0].header("Content-Type"), None);
    check_received(&server, vector);
}

#[tokio::test]
async fn caller_sdk_date_matches_vector() {
    let vector = vector("user_supplied_sdk_date");
    let server = TestServer::always(Reply::json(200, r#"{"vpcs":[]}"#));
    let home = tempfile::tempdir().expect("temporary home");
    let input = vector.signer_input.as_ref().expect("signer input");
    let caller_date = input
        .headers
        .string_pairs()
        .into_iter()
        .find(|(name, _)| name == "X-Sdk-Date")
        .expect("caller date")
        .1;
    // The name in lower case: any case of it is the caller's date.
    let date = ("x-sdk-date", caller_date.as_str());
    let client = vpc_client(&server, &home, HttpConfig::default(), date);
    client
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect("list succeeds");
    let requests = server.requests();
    assert_eq!(requests[0].header("X-Sdk-Date"), Some(caller_date.as_str()));
    check_received(&server, vector);
}

#[tokio::test]
async fn iam_project_lookup_matches_vector() {
    let vector = vector("iam_project_lookup_request");
    let looked_up = vector
        .resulting_project_id
        .clone()
        .expect("recorded project id");
    let lookup_body = vector
        .mock_response_body
        .as_ref()
        .expect("recorded IAM reply")
        .to_string();
    let server = TestServer::start(move |request| {
        if request.path() == "/v3/projects" {
            Reply::json(200, &lookup_body)
        } else {
            Reply::json(200, "{}")
        }
    });
    let home = tempfile::tempdir().expect("temporary home");
    let env = environment(&home, &[("HUAWEICLOUD_SDK_IAM_ENDPOINT", server.url())]);
    let client: Client = ClientBuilder::new(&runtime_support::SERVICE)
        .environment(env)
        .credentials(file_credentials(false))
        .region(Region::new("cn-north-4", [server.url()]))
        .access_log(false)
        .build()
        .expect("client builds");
    client
        .send_raw(RawRequest::new("GET", "/v1/{project_id}/items"))
        .await
        .expect("call after the look-up succeeds");

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let lookup = &requests[0];
    assert_eq!(lookup.method, vector.wire.method);
    assert_eq!(lookup.target, target_of(&vector.wire.url));
    assert_eq!(lookup.header("Content-Type"), None);
    assert_eq!(lookup.header("X-Project-Id"), None);
    let verified = lookup
        .verify(&file_credentials(false))
        .expect("look-up is signed with the caller's keys");
    let expected_signed = ["host", "user-agent", "x-sdk-date"];
    assert_eq!(verified.signed_headers, expected_signed);

    let call = &requests[1];
    assert_eq!(call.path(), format!("/v1/{looked_up}/items"));
    assert_eq!(call.header("X-Project-Id"), Some(looked_up.as_str()));
}
