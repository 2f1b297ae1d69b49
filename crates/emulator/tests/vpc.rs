//! VPC v2 and v3 over real HTTP: CRUD, pagination, error bodies, subnets and security groups.

mod common;

use common::{start, TestClient};
use serde_json::{json, Value};

async fn create_vpc(client: &TestClient, name: &str) -> Value {
    let path = format!("/v1/{}/vpcs", client.pid());
    let body = json!({"vpc": {"name": name, "cidr": "192.168.0.0/16"}});
    let response = client.send("POST", &path, Some(&body)).await;
    assert_eq!(response.status, 200, "{:?}", response.body);
    response.json()["vpc"].clone()
}

#[tokio::test]
async fn vpc_create_show_update_delete() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let vpc = create_vpc(&client, "demo").await;
    let id = vpc["id"].as_str().expect("id is a string").to_owned();
    assert_eq!(id.len(), 36, "ids are UUIDs: {id}");
    assert_eq!(vpc["name"], "demo");
    assert_eq!(vpc["status"], "OK");
    assert_eq!(vpc["routes"], json!([]));

    let path = format!("/v1/{}/vpcs/{id}", client.pid());
    let shown = client.send("GET", &path, None).await;
    assert_eq!(shown.status, 200);
    assert_eq!(shown.json()["vpc"]["id"], id.as_str());
    assert!(shown.header("x-request-id").is_some());

    let update = json!({"vpc": {"name": "renamed", "description": "d"}});
    let updated = client.send("PUT", &path, Some(&update)).await;
    assert_eq!(updated.status, 200);
    assert_eq!(updated.json()["vpc"]["name"], "renamed");
    assert_eq!(updated.json()["vpc"]["description"], "d");

    let deleted = client.send("DELETE", &path, None).await;
    assert_eq!(deleted.status, 204);
    let gone = client.send("GET", &path, None).await;
    assert_eq!(gone.status, 404);
}

#[tokio::test]
async fn vpc_list_pages_with_marker_and_limit() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let mut ids = Vec::new();
    for i in 0..5 {
        let vpc = create_vpc(&client, &format!("vpc-{i}")).await;
        ids.push(vpc["id"].as_str().expect("id").to_owned());
    }
    let mut seen = Vec::new();
    let mut marker: Option<String> = None;
    loop {
        let mut path = format!("/v1/{}/vpcs?limit=2", client.pid());
        if let Some(m) = &marker {
            path.push_str(&format!("&marker={m}"));
        }
        let page = client.send("GET", &path, None).await;
        assert_eq!(page.status, 200);
        let vpcs = page.json()["vpcs"].as_array().expect("vpcs array").clone();
        assert!(vpcs.len() <= 2);
        if vpcs.is_empty() {
            break;
        }
        for vpc in &vpcs {
            seen.push(vpc["id"].as_str().expect("id").to_owned());
        }
        marker = Some(seen.last().expect("non-empty").clone());
    }
    assert_eq!(seen, ids);
}

#[tokio::test]
async fn vpc_v3_list_reports_page_info() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    for i in 0..3 {
        create_vpc(&client, &format!("v3-{i}")).await;
    }
    let path = format!("/v3/{}/vpc/vpcs?limit=2", client.pid());
    let page = client.send("GET", &path, None).await;
    assert_eq!(page.status, 200);
    let body = page.json();
    assert_eq!(body["vpcs"].as_array().expect("array").len(), 2);
    assert_eq!(body["page_info"]["current_count"], 2);
    assert_eq!(body["page_info"]["next_marker"], body["vpcs"][1]["id"]);
    assert_eq!(body["vpcs"][0]["status"], "ACTIVE");
    assert!(body["request_id"].is_string());
}

#[tokio::test]
async fn vpc_not_found_uses_the_vpc_error_body() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let path = format!(
        "/v1/{}/vpcs/00000000-0000-0000-0000-000000000000",
        client.pid()
    );
    let response = client.send("GET", &path, None).await;
    assert_eq!(response.status, 404);
    let body = response.json();
    assert_eq!(body["code"], "VPC.0003");
    assert!(body["message"]
        .as_str()
        .expect("message")
        .contains("does not exist"));

    let v3 = format!("/v3/{}/vpc/vpcs/missing", client.pid());
    let response = client.send("GET", &v3, None).await;
    assert_eq!(response.status, 404);
    assert_eq!(response.json()["error_code"], "VPC.0003");
    assert!(response.json()["request_id"].is_string());
}

#[tokio::test]
async fn vpc_invalid_cidr_is_rejected() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let path = format!("/v1/{}/vpcs", client.pid());
    let body = json!({"vpc": {"name": "x", "cidr": "10.0.0.1/8"}});
    let response = client.send("POST", &path, Some(&body)).await;
    assert_eq!(response.status, 400);
    assert_eq!(response.json()["code"], "VPC.0101");
    assert!(response.json()["message"]
        .as_str()
        .expect("message")
        .contains("10.0.0.1/8"));
}

#[tokio::test]
async fn subnet_lifecycle_and_vpc_delete_conflict() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let vpc = create_vpc(&client, "net").await;
    let vpc_id = vpc["id"].as_str().expect("id");
    let path = format!("/v1/{}/subnets", client.pid());
    let outside = json!({"subnet": {"name": "s", "cidr": "10.0.0.0/24", "gateway_ip": "10.0.0.1", "vpc_id": vpc_id}});
    let rejected = client.send("POST", &path, Some(&outside)).await;
    assert_eq!(rejected.status, 400);

    let body = json!({"subnet": {"name": "s", "cidr": "192.168.1.0/24", "gateway_ip": "192.168.1.1", "vpc_id": vpc_id}});
    let created = client.send("POST", &path, Some(&body)).await;
    assert_eq!(created.status, 200, "{:?}", created.body);
    let subnet_id = created.json()["subnet"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    assert_eq!(created.json()["subnet"]["status"], "ACTIVE");

    let vpc_path = format!("/v1/{}/vpcs/{vpc_id}", client.pid());
    let conflict = client.send("DELETE", &vpc_path, None).await;
    assert_eq!(conflict.status, 409);

    let listed = client
        .send("GET", &format!("{path}?vpc_id={vpc_id}"), None)
        .await;
    assert_eq!(listed.json()["subnets"].as_array().expect("array").len(), 1);

    let subnet_path = format!("/v1/{}/vpcs/{vpc_id}/subnets/{subnet_id}", client.pid());
    assert_eq!(client.send("DELETE", &subnet_path, None).await.status, 204);
    assert_eq!(client.send("DELETE", &vpc_path, None).await.status, 204);
}

#[tokio::test]
async fn security_group_with_rules_v2_and_v3() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let path = format!("/v1/{}/security-groups", client.pid());
    let created = client
        .send(
            "POST",
            &path,
            Some(&json!({"security_group": {"name": "web"}})),
        )
        .await;
    assert_eq!(created.status, 200, "{:?}", created.body);
    let group = created.json()["security_group"].clone();
    let group_id = group["id"].as_str().expect("id").to_owned();
    assert_eq!(
        group["security_group_rules"]
            .as_array()
            .expect("rules")
            .len(),
        2
    );

    let rule = json!({"security_group_rule": {
        "security_group_id": group_id, "direction": "ingress", "protocol": "tcp",
        "port_range_min": 443, "port_range_max": 443, "remote_ip_prefix": "0.0.0.0/0"}});
    let rules_path = format!("/v1/{}/security-group-rules", client.pid());
    let created_rule = client.send("POST", &rules_path, Some(&rule)).await;
    assert_eq!(created_rule.status, 200, "{:?}", created_rule.body);
    let rule_id = created_rule.json()["security_group_rule"]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let v3 = format!("/v3/{}/vpc/security-groups/{group_id}", client.pid());
    let shown = client.send("GET", &v3, None).await;
    assert_eq!(shown.status, 200);
    let rules = shown.json()["security_group"]["security_group_rules"].clone();
    assert_eq!(rules.as_array().expect("rules").len(), 3);
    let ingress: Vec<&Value> = rules
        .as_array()
        .expect("rules")
        .iter()
        .filter(|r| r["direction"] == "ingress")
        .collect();
    assert_eq!(ingress[0]["multiport"], "443");

    let bad =
        json!({"security_group_rule": {"security_group_id": group_id, "direction": "sideways"}});
    assert_eq!(
        client.send("POST", &rules_path, Some(&bad)).await.status,
        400
    );

    let rule_path = format!("/v1/{}/security-group-rules/{rule_id}", client.pid());
    assert_eq!(client.send("DELETE", &rule_path, None).await.status, 204);
    assert_eq!(client.send("GET", &rule_path, None).await.status, 404);
    let group_path = format!("{path}/{group_id}");
    assert_eq!(client.send("DELETE", &group_path, None).await.status, 204);
    assert_eq!(client.send("GET", &group_path, None).await.status, 404);
}

#[tokio::test]
async fn unimplemented_operation_answers_501_with_its_name() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let path = format!("/v1/{}/publicips", client.pid());
    let response = client.send("GET", &path, None).await;
    assert_eq!(response.status, 404, "EIP is not an embedded service");

    let path = format!("/v1/{}/routetables", client.pid());
    let response = client.send("GET", &path, None).await;
    assert_eq!(response.status, 501);
    assert!(
        response.json()["message"]
            .as_str()
            .expect("message")
            .contains("ListRouteTables"),
        "{:?}",
        response.body
    );
}
