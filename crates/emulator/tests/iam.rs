//! IAM, STS and ECS metadata routes over real HTTP.

mod common;

use common::{start, TestClient};
use huaweicloud_sdk_emulator::{Emulator, Fault};
use serde_json::json;

fn global_client(emu: &Emulator) -> TestClient {
    let mut client = TestClient::new(emu);
    client.project_id = None;
    client
}

#[tokio::test]
async fn project_lookup_returns_one_project_and_trace_id() {
    let emu = start().await;
    let client = global_client(&emu);
    let response = client
        .send("GET", "/v3/projects?name=cn-north-4", None)
        .await;
    assert_eq!(response.status, 200);
    assert!(response.header("x-iam-trace-id").is_some());
    let projects = response.json()["projects"]
        .as_array()
        .expect("array")
        .clone();
    assert_eq!(projects.len(), 1);
    assert_eq!(
        projects[0]["id"],
        emu.project_id("cn-north-4").expect("project")
    );
    assert_eq!(projects[0]["name"], "cn-north-4");
    assert_eq!(projects[0]["domain_id"], emu.domain_id());
    assert_eq!(projects[0]["enabled"], true);
    assert!(response.json()["links"]["self"].is_string());
    assert_eq!(emu.counters().project_lookups, 1);
}

#[tokio::test]
async fn project_lookup_returns_zero_or_several() {
    let emu = Emulator::builder()
        .project("cn-north-4", "0123456789abcdef0123456789abcdef")
        .project("cn-north-4", "fedcba9876543210fedcba9876543210")
        .start()
        .await
        .expect("starts");
    let client = global_client(&emu);
    let several = client
        .send("GET", "/v3/projects?name=cn-north-4", None)
        .await;
    assert_eq!(
        several.json()["projects"].as_array().expect("array").len(),
        2
    );
    let none = client
        .send("GET", "/v3/projects?name=eu-west-0", None)
        .await;
    assert_eq!(none.status, 200);
    assert_eq!(none.json()["projects"], json!([]));
}

#[tokio::test]
async fn auth_domains_and_caller_identity_return_the_domain() {
    let emu = start().await;
    let client = global_client(&emu);
    let domains = client.send("GET", "/v3/auth/domains", None).await;
    assert_eq!(domains.status, 200);
    assert_eq!(domains.json()["domains"][0]["id"], emu.domain_id());
    let identity = client.send("GET", "/v5/caller-identity", None).await;
    assert_eq!(identity.status, 200);
    assert_eq!(identity.json()["account_id"], emu.domain_id());
    assert_eq!(emu.counters().domain_lookups, 1);
}

#[tokio::test]
async fn id_token_exchange_then_security_token() {
    let emu = Emulator::builder()
        .identity_provider("idp-placeholder", ["jwt-v1"])
        .start()
        .await
        .expect("starts");
    let client = global_client(&emu);
    let body = json!({"auth": {"id_token": {"id": "jwt-v1"}}});
    let wrong_idp = client
        .send_unsigned(
            "POST",
            "/v3.0/OS-AUTH/id-token/tokens",
            &[("X-Idp-Id", "other")],
            Some(&body),
        )
        .await;
    assert_eq!(wrong_idp.status, 404);
    let bad_token = json!({"auth": {"id_token": {"id": "jwt-v0"}}});
    let rejected = client
        .send_unsigned(
            "POST",
            "/v3.0/OS-AUTH/id-token/tokens",
            &[("X-Idp-Id", "idp-placeholder")],
            Some(&bad_token),
        )
        .await;
    assert_eq!(rejected.status, 400);

    let exchanged = client
        .send_unsigned(
            "POST",
            "/v3.0/OS-AUTH/id-token/tokens",
            &[("X-Idp-Id", "idp-placeholder")],
            Some(&body),
        )
        .await;
    assert_eq!(exchanged.status, 201, "{:?}", exchanged.body);
    let subject = exchanged
        .header("x-subject-token")
        .expect("X-Subject-Token")
        .to_owned();

    let request = json!({"auth": {"identity": {"methods": ["token"], "token": {"id": subject, "duration_seconds": 900}}}});
    let issued = client
        .send_unsigned(
            "POST",
            "/v3.0/OS-CREDENTIAL/securitytokens",
            &[],
            Some(&request),
        )
        .await;
    assert_eq!(issued.status, 201, "{:?}", issued.body);
    let credential = issued.json()["credential"].clone();
    let expires_at = credential["expires_at"].as_str().expect("expires_at");
    assert_eq!(
        expires_at.len(),
        "2024-01-02T03:04:05.000000Z".len(),
        "{expires_at}"
    );
    assert!(expires_at.ends_with('Z'));

    // The temporary key works with its token.
    let mut temporary = TestClient::new(&emu);
    temporary.ak = credential["access"].as_str().expect("access").to_owned();
    temporary.sk = credential["secret"].as_str().expect("secret").to_owned();
    temporary.security_token = Some(
        credential["securitytoken"]
            .as_str()
            .expect("token")
            .to_owned(),
    );
    let path = format!("/v1/{}/vpcs", temporary.pid());
    assert_eq!(temporary.send("GET", &path, None).await.status, 200);
    assert_eq!(emu.counters().id_token_exchanges, 1);
    assert_eq!(emu.counters().security_tokens_issued, 1);
}

#[tokio::test]
async fn security_token_rejects_unknown_body_token() {
    let emu = start().await;
    let client = global_client(&emu);
    let request = json!({"auth": {"identity": {"methods": ["token"], "token": {"id": "forged"}}}});
    let response = client
        .send_unsigned(
            "POST",
            "/v3.0/OS-CREDENTIAL/securitytokens",
            &[],
            Some(&request),
        )
        .await;
    assert_eq!(response.status, 401);
}

#[tokio::test]
async fn signed_security_token_request_issues_keys() {
    let emu = start().await;
    let client = global_client(&emu);
    let request =
        json!({"auth": {"identity": {"methods": ["token"], "token": {"duration_seconds": 3600}}}});
    let response = client
        .send("POST", "/v3.0/OS-CREDENTIAL/securitytokens", Some(&request))
        .await;
    assert_eq!(response.status, 201, "{:?}", response.body);
    assert!(response.json()["credential"]["securitytoken"].is_string());
}

#[tokio::test]
async fn temporary_key_expiry_is_reported() {
    let emu = start().await;
    let credentials = emu.issue_temporary_credentials(std::time::Duration::from_secs(900));
    let mut client = TestClient::new(&emu);
    client.ak = credentials.access.clone();
    client.sk = credentials.secret.clone();
    client.security_token = Some(credentials.security_token.clone());
    let path = format!("/v1/{}/vpcs", client.pid());
    assert_eq!(client.send("GET", &path, None).await.status, 200);

    // Move the server clock past the expiry and sign with the server's time.
    emu.faults()
        .add(Fault::ClockSkew { seconds: 1000 })
        .expect("valid fault");
    client.date = Some(time::OffsetDateTime::now_utc() + time::Duration::seconds(1000));
    let expired = client.send("GET", &path, None).await;
    assert_eq!(expired.status, 401);
    assert_eq!(expired.json()["error_code"], "APIGW.0301");
    let message = expired.json()["error_msg"]
        .as_str()
        .expect("message")
        .to_owned();
    assert!(message.contains("expired at"), "{message}");

    emu.faults().clear();
    client.date = None;
    client.security_token = None;
    let missing = client.send("GET", &path, None).await;
    assert_eq!(missing.status, 401);
    assert!(missing.json()["error_msg"]
        .as_str()
        .expect("message")
        .contains("X-Security-Token"));
}

#[tokio::test]
async fn users_create_list_show_update_delete() {
    let emu = start().await;
    let client = global_client(&emu);
    let created = client
        .send(
            "POST",
            "/v3/users",
            Some(&json!({"user": {"name": "alice", "password": "P@ssw0rd-secret"}})),
        )
        .await;
    assert_eq!(created.status, 201, "{:?}", created.body);
    let user = created.json()["user"].clone();
    assert!(!String::from_utf8_lossy(&created.body).contains("P@ssw0rd-secret"));
    let id = user["id"].as_str().expect("id").to_owned();
    assert_eq!(id.len(), 32);

    let duplicate = client
        .send(
            "POST",
            "/v3/users",
            Some(&json!({"user": {"name": "alice"}})),
        )
        .await;
    assert_eq!(duplicate.status, 409);

    let listed = client.send("GET", "/v3/users?name=alice", None).await;
    assert_eq!(listed.json()["users"].as_array().expect("array").len(), 1);

    let path = format!("/v3/users/{id}");
    let updated = client
        .send(
            "PATCH",
            &path,
            Some(&json!({"user": {"description": "admin"}})),
        )
        .await;
    assert_eq!(updated.status, 200);
    assert_eq!(updated.json()["user"]["description"], "admin");
    assert_eq!(client.send("GET", &path, None).await.status, 200);
    assert_eq!(client.send("DELETE", &path, None).await.status, 204);
    let gone = client.send("GET", &path, None).await;
    assert_eq!(gone.status, 404);
    assert_eq!(gone.json()["error"]["code"], 404);
}

#[tokio::test]
async fn projects_create_show_update() {
    let emu = start().await;
    let client = global_client(&emu);
    let parent = emu.project_id("cn-north-4").expect("project").to_owned();
    let bad_name = json!({"project": {"name": "other", "parent_id": parent}});
    assert_eq!(
        client
            .send("POST", "/v3/projects", Some(&bad_name))
            .await
            .status,
        400
    );

    let body = json!({"project": {"name": "cn-north-4_team", "parent_id": parent}});
    let created = client.send("POST", "/v3/projects", Some(&body)).await;
    assert_eq!(created.status, 201, "{:?}", created.body);
    let id = created.json()["project"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let path = format!("/v3/projects/{id}");
    let shown = client.send("GET", &path, None).await;
    assert_eq!(shown.json()["project"]["parent_id"], parent.as_str());
    let updated = client
        .send(
            "PATCH",
            &path,
            Some(&json!({"project": {"description": "team"}})),
        )
        .await;
    assert_eq!(updated.json()["project"]["description"], "team");

    // The new project is usable as a scope for regional services.
    let mut scoped = TestClient::new(&emu);
    scoped.project_id = Some(id.clone());
    assert_eq!(
        scoped
            .send("GET", &format!("/v1/{id}/vpcs"), None)
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn metadata_token_then_security_key() {
    let emu = Emulator::builder()
        .metadata_credential_ttl(std::time::Duration::from_secs(5))
        .start()
        .await
        .expect("starts");
    let client = TestClient::new(&emu);
    let without = client
        .send_unsigned("GET", "/openstack/latest/securitykey", &[], None)
        .await;
    assert_eq!(without.status, 401);

    let bad_ttl = client
        .send_unsigned(
            "PUT",
            "/meta-data/latest/api/token",
            &[("X-Metadata-Token-Ttl-Seconds", "0")],
            None,
        )
        .await;
    assert_eq!(bad_ttl.status, 400);

    let token = client
        .send_unsigned(
            "PUT",
            "/meta-data/latest/api/token",
            &[("X-Metadata-Token-Ttl-Seconds", "21600")],
            None,
        )
        .await;
    assert_eq!(token.status, 200);
    let token = String::from_utf8(token.body.to_vec()).expect("token is text");

    let key = client
        .send_unsigned(
            "GET",
            "/openstack/latest/securitykey",
            &[("X-Metadata-Token", &token)],
            None,
        )
        .await;
    assert_eq!(key.status, 200, "{:?}", key.body);
    let credential = key.json()["credential"].clone();
    for field in ["access", "secret", "securitytoken", "expires_at"] {
        assert!(credential[field].is_string(), "missing {field}");
    }
    let second = client
        .send_unsigned(
            "GET",
            "/openstack/latest/securitykey",
            &[("X-Metadata-Token", &token)],
            None,
        )
        .await;
    assert_ne!(second.json()["credential"]["access"], credential["access"]);
    let counters = emu.counters();
    assert_eq!(counters.metadata_token_requests, 1);
    assert_eq!(counters.security_key_fetches, 2);

    // Keys from the metadata service expire after the configured 5 seconds.
    emu.faults()
        .add(Fault::ClockSkew { seconds: 10 })
        .expect("valid fault");
    let mut temporary = TestClient::new(&emu);
    temporary.ak = credential["access"].as_str().expect("access").to_owned();
    temporary.sk = credential["secret"].as_str().expect("secret").to_owned();
    temporary.security_token = Some(
        credential["securitytoken"]
            .as_str()
            .expect("token")
            .to_owned(),
    );
    temporary.date = Some(time::OffsetDateTime::now_utc() + time::Duration::seconds(10));
    let path = format!("/v1/{}/vpcs", temporary.pid());
    assert_eq!(temporary.send("GET", &path, None).await.status, 401);
}

#[tokio::test]
async fn metadata_token_route_can_be_absent() {
    let emu = Emulator::builder()
        .metadata_token_route(false)
        .require_metadata_token(false)
        .start()
        .await
        .expect("starts");
    let client = TestClient::new(&emu);
    let token = client
        .send_unsigned(
            "PUT",
            "/meta-data/latest/api/token",
            &[("X-Metadata-Token-Ttl-Seconds", "60")],
            None,
        )
        .await;
    assert_eq!(token.status, 404);
    let key = client
        .send_unsigned("GET", "/openstack/latest/securitykey", &[], None)
        .await;
    assert_eq!(key.status, 200);
}
