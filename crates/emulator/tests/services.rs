//! ECS job flow, EVS volumes and DSC image watermarking over real HTTP.

mod common;

use common::{start, TestClient};
use serde_json::{json, Value};

async fn network(client: &TestClient) -> (String, String) {
    let pid = client.pid();
    let vpc = client
        .send(
            "POST",
            &format!("/v1/{pid}/vpcs"),
            Some(&json!({"vpc": {"name": "n", "cidr": "10.0.0.0/16"}})),
        )
        .await
        .json();
    let vpc_id = vpc["vpc"]["id"].as_str().expect("vpc id").to_owned();
    let subnet = json!({"subnet": {"name": "s", "cidr": "10.0.1.0/24", "gateway_ip": "10.0.1.1", "vpc_id": vpc_id}});
    let subnet = client
        .send("POST", &format!("/v1/{pid}/subnets"), Some(&subnet))
        .await
        .json();
    (
        vpc_id,
        subnet["subnet"]["id"]
            .as_str()
            .expect("subnet id")
            .to_owned(),
    )
}

async fn poll_job(client: &TestClient, job_id: &str) -> Vec<String> {
    let path = format!("/v1/{}/jobs/{job_id}", client.pid());
    let mut statuses = Vec::new();
    for _ in 0..10 {
        let job = client.send("GET", &path, None).await;
        assert_eq!(job.status, 200, "{:?}", job.body);
        let status = job.json()["status"].as_str().expect("status").to_owned();
        statuses.push(status.clone());
        if status == "SUCCESS" {
            break;
        }
    }
    statuses
}

#[tokio::test]
async fn ecs_servers_are_created_and_deleted_through_jobs() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let (vpc_id, subnet_id) = network(&client).await;
    let pid = client.pid().to_owned();
    let body = json!({"server": {
        "name": "web", "imageRef": "img-1", "flavorRef": "s6.small.1", "vpcid": vpc_id,
        "nics": [{"subnet_id": subnet_id}], "root_volume": {"volumetype": "SSD"}, "count": 2}});
    let created = client
        .send("POST", &format!("/v1.1/{pid}/cloudservers"), Some(&body))
        .await;
    assert_eq!(created.status, 200, "{:?}", created.body);
    let job_id = created.json()["job_id"]
        .as_str()
        .expect("job id")
        .to_owned();
    let ids: Vec<String> = created.json()["serverIds"]
        .as_array()
        .expect("ids")
        .iter()
        .map(|v| v.as_str().expect("id").to_owned())
        .collect();
    assert_eq!(ids.len(), 2);

    let server_path = format!("/v1/{pid}/cloudservers/{}", ids[0]);
    let building = client.send("GET", &server_path, None).await.json();
    assert_eq!(building["server"]["status"], "BUILD");
    assert_eq!(building["server"]["name"], "web-0001");
    assert!(building["server"]["addresses"][&vpc_id][0]["addr"]
        .as_str()
        .expect("addr")
        .starts_with("10.0.1."));

    assert_eq!(poll_job(&client, &job_id).await, ["RUNNING", "SUCCESS"]);
    let active = client.send("GET", &server_path, None).await.json();
    assert_eq!(active["server"]["status"], "ACTIVE");

    let listed = client
        .send(
            "GET",
            &format!("/v1/{pid}/cloudservers/detail?limit=1&offset=2"),
            None,
        )
        .await
        .json();
    assert_eq!(listed["count"], 2);
    assert_eq!(listed["servers"][0]["id"], ids[1].as_str());

    let delete = json!({"servers": [{"id": ids[0]}, {"id": ids[1]}], "delete_volume": true});
    let deleted = client
        .send(
            "POST",
            &format!("/v1/{pid}/cloudservers/delete"),
            Some(&delete),
        )
        .await;
    assert_eq!(deleted.status, 200, "{:?}", deleted.body);
    let job_id = deleted.json()["job_id"]
        .as_str()
        .expect("job id")
        .to_owned();
    assert_eq!(poll_job(&client, &job_id).await, ["RUNNING", "SUCCESS"]);
    let gone = client.send("GET", &server_path, None).await;
    assert_eq!(gone.status, 404);
    assert_eq!(gone.json()["error"]["code"], "Ecs.0114");
}

#[tokio::test]
async fn ecs_create_requires_an_existing_vpc() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let body = json!({"server": {
        "name": "web", "imageRef": "img-1", "flavorRef": "s6.small.1", "vpcid": "missing",
        "nics": [{"subnet_id": "missing"}], "root_volume": {"volumetype": "SSD"}}});
    let response = client
        .send(
            "POST",
            &format!("/v1.1/{}/cloudservers", client.pid()),
            Some(&body),
        )
        .await;
    assert_eq!(response.status, 400);
    assert_eq!(response.json()["error"]["code"], "Ecs.0005");
}

#[tokio::test]
async fn evs_volume_lifecycle() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let pid = client.pid().to_owned();
    let body = json!({"volume": {"name": "data", "size": 40, "volume_type": "SSD", "availability_zone": "cn-north-4a"}});
    let created = client
        .send("POST", &format!("/v2.1/{pid}/cloudvolumes"), Some(&body))
        .await;
    assert_eq!(created.status, 200, "{:?}", created.body);
    let id = created.json()["volume_ids"][0]
        .as_str()
        .expect("id")
        .to_owned();
    let job_id = created.json()["job_id"].as_str().expect("job").to_owned();

    let path = format!("/v2/{pid}/cloudvolumes/{id}");
    assert_eq!(
        client.send("GET", &path, None).await.json()["volume"]["status"],
        "creating"
    );
    assert_eq!(client.send("DELETE", &path, None).await.status, 400);
    assert_eq!(
        poll_job(&client, &job_id).await.last().map(String::as_str),
        Some("SUCCESS")
    );
    let volume = client.send("GET", &path, None).await.json()["volume"].clone();
    assert_eq!(volume["status"], "available");
    assert_eq!(volume["size"], 40);

    let updated = client
        .send("PUT", &path, Some(&json!({"volume": {"name": "renamed"}})))
        .await;
    assert_eq!(updated.json()["name"], "renamed");
    let listed = client
        .send(
            "GET",
            &format!("/v2/{pid}/cloudvolumes/detail?name=renamed"),
            None,
        )
        .await
        .json();
    assert_eq!(listed["count"], 1);

    let too_small = json!({"volume": {"size": 1, "volume_type": "SSD", "availability_zone": "a"}});
    let rejected = client
        .send(
            "POST",
            &format!("/v2.1/{pid}/cloudvolumes"),
            Some(&too_small),
        )
        .await;
    assert_eq!(rejected.status, 400);

    let deleted = client.send("DELETE", &path, None).await;
    let job_id = deleted.json()["job_id"].as_str().expect("job").to_owned();
    poll_job(&client, &job_id).await;
    assert_eq!(client.send("GET", &path, None).await.status, 404);
}

fn multipart(boundary: &str, parts: &[(&str, Option<&str>, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, file_name, data) in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match file_name {
            Some(file) => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
            ),
            None => body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
        }
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    body
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR fake image bytes";

#[tokio::test]
async fn dsc_watermark_round_trip() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let pid = client.pid().to_owned();
    let boundary = "0123456789abcdef0123456789abcdef";
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let body = multipart(
        boundary,
        &[
            ("blind_watermark", None, b"owner-42"),
            ("file", Some("a.png"), PNG),
        ],
    );
    let embedded = client
        .send_raw(
            "POST",
            &format!("/v1/{pid}/image/watermark/embed"),
            &content_type,
            body,
        )
        .await;
    assert_eq!(embedded.status, 200, "{:?}", embedded.body);
    assert_eq!(
        embedded.header("content-type"),
        Some("application/octet-stream")
    );
    assert!(embedded.body.starts_with(PNG));
    assert!(embedded.body.len() > PNG.len());

    let body = multipart(boundary, &[("file", Some("b.png"), &embedded.body)]);
    let extracted = client
        .send_raw(
            "POST",
            &format!("/v1/{pid}/image/watermark/extract"),
            &content_type,
            body,
        )
        .await;
    assert_eq!(extracted.status, 200, "{:?}", extracted.body);
    assert_eq!(extracted.json(), json!({"watermark": "owner-42"}));
}

#[tokio::test]
async fn dsc_rejects_non_images_and_missing_parts() {
    let emu = start().await;
    let client = TestClient::new(&emu);
    let pid = client.pid().to_owned();
    let boundary = "b0b0b0";
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let text = multipart(
        boundary,
        &[
            ("blind_watermark", None, b"x"),
            ("file", Some("a.txt"), b"hello"),
        ],
    );
    let response = client
        .send_raw(
            "POST",
            &format!("/v1/{pid}/image/watermark/embed"),
            &content_type,
            text,
        )
        .await;
    assert_eq!(response.status, 400);
    let message: Value = response.json();
    assert!(message["error_msg"]
        .as_str()
        .expect("message")
        .contains("PNG"));

    let no_mark = multipart(boundary, &[("file", Some("a.png"), PNG)]);
    let response = client
        .send_raw(
            "POST",
            &format!("/v1/{pid}/image/watermark/embed"),
            &content_type,
            no_mark,
        )
        .await;
    assert_eq!(response.status, 400);

    let broken = client
        .send_raw(
            "POST",
            &format!("/v1/{pid}/image/watermark/embed"),
            &content_type,
            b"--b0b0b0\r\ngarbage".to_vec(),
        )
        .await;
    assert_eq!(broken.status, 400);
}
