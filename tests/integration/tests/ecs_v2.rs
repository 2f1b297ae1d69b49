//! ECS v2 through the async client against the emulator: servers are created and deleted as
//! jobs polled at `/v1/{project_id}/jobs/{job_id}`, listed page by page and read. The clients
//! get no project id, so the SDK looks it up at the emulator's IAM routes.

mod common;

use common::{
    assert_service_error, client_with_project_lookup, emulator_builder, PROJECT_ID, REGION,
};
use huaweicloud_sdk_ecs::v2::{model, EcsClient, SERVICE as ECS};
use huaweicloud_sdk_emulator::Emulator;
use huaweicloud_sdk_vpc::v2::{model as vpc_model, VpcClient, SERVICE as VPC};

/// Number of `ShowJob` polls that report `RUNNING` before a job succeeds.
const RUNNING_POLLS: u32 = 2;
/// Upper bound on polls of one job, so a job that never ends fails the test.
const MAX_POLLS: usize = 10;

async fn start() -> Emulator {
    emulator_builder()
        .job_running_polls(RUNNING_POLLS)
        .start()
        .await
        .expect("the emulator binds a free port on 127.0.0.1")
}

/// Network of the servers: a VPC and one subnet in it.
struct Network {
    vpc_id: String,
    subnet_id: String,
}

async fn create_network(vpc: &VpcClient) -> Network {
    let vpc_option = vpc_model::CreateVpcOption::default()
        .with_name("ecs-it")
        .with_cidr("192.168.0.0/16");
    let created = vpc
        .create_vpc(
            vpc_model::CreateVpcRequest::default()
                .with_body(vpc_model::CreateVpcRequestBody::default().with_vpc(vpc_option)),
        )
        .await
        .expect("CreateVpc succeeds");
    let vpc_id = created.vpc.as_ref().expect("a VPC").id.clone();

    let subnet_option = vpc_model::CreateSubnetOption::default()
        .with_name("ecs-it")
        .with_cidr("192.168.3.0/24")
        .with_gateway_ip("192.168.3.1")
        .with_vpc_id(&vpc_id);
    let subnet = vpc
        .create_subnet(
            vpc_model::CreateSubnetRequest::default().with_body(
                vpc_model::CreateSubnetRequestBody::default().with_subnet(subnet_option),
            ),
        )
        .await
        .expect("CreateSubnet succeeds");
    let subnet_id = subnet.subnet.as_ref().expect("a subnet").id.clone();
    Network { vpc_id, subnet_id }
}

fn create_request(network: &Network, name: &str, count: i64) -> model::CreateServersRequest {
    let server = model::PrePaidServer::default()
        .with_name(name)
        .with_image_ref("00000000-1111-2222-3333-444444444444")
        .with_flavor_ref("s6.small.1")
        .with_vpcid(&network.vpc_id)
        .with_nics(vec![
            model::PrePaidServerNic::default().with_subnet_id(&network.subnet_id)
        ])
        .with_root_volume(model::PrePaidServerRootVolume::default().with_volumetype("SSD"))
        .with_count(count);
    model::CreateServersRequest::default()
        .with_body(model::CreateServersRequestBody::default().with_server(server))
}

/// Polls job `job_id` until it reports `SUCCESS` and returns the last response and the
/// number of polls that reported `RUNNING`.
async fn wait_for_job(client: &EcsClient, job_id: &str) -> (model::ShowJobResponse, usize) {
    let mut running = 0;
    for _ in 0..MAX_POLLS {
        let job = client
            .show_job(model::ShowJobRequest::default().with_job_id(job_id))
            .await
            .expect("ShowJob succeeds")
            .into_inner();
        match job.status.as_deref() {
            Some("SUCCESS") => return (job, running),
            Some("RUNNING") => running += 1,
            other => panic!("job {job_id} reports unexpected status {other:?}"),
        }
    }
    panic!("job {job_id} did not succeed within {MAX_POLLS} polls");
}

async fn show_server(client: &EcsClient, server_id: &str) -> model::ServerDetail {
    client
        .show_server(model::ShowServerRequest::default().with_server_id(server_id))
        .await
        .expect("ShowServer succeeds")
        .into_inner()
        .server
        .expect("ShowServer returns the server")
}

#[tokio::test]
async fn server_create_job_show_delete() {
    let emulator = start().await;
    let vpc: VpcClient = client_with_project_lookup(&VPC, &emulator);
    let ecs: EcsClient = client_with_project_lookup(&ECS, &emulator);
    let network = create_network(&vpc).await;

    let created = ecs
        .create_servers(
            create_request(&network, "it-server", 1).with_x_client_token("it-token-0001"),
        )
        .await
        .expect("CreateServers succeeds")
        .into_inner();
    let job_id = created.job_id.expect("CreateServers returns a job id");
    let server_ids = created
        .server_ids
        .expect("CreateServers returns server ids");
    assert_eq!(server_ids.len(), 1);
    let server_id = &server_ids[0];
    assert_eq!(show_server(&ecs, server_id).await.status, "BUILD");

    let (job, running) = wait_for_job(&ecs, &job_id).await;
    assert_eq!(running, RUNNING_POLLS as usize);
    assert_eq!(job.job_id.as_deref(), Some(job_id.as_str()));
    let entities = job.entities.expect("the job lists its entities");
    assert_eq!(entities.server_id.as_deref(), Some(server_id.as_str()));

    let server = show_server(&ecs, server_id).await;
    assert_eq!(server.status, "ACTIVE");
    assert_eq!(server.name, "it-server");
    assert_eq!(server.flavor.id, "s6.small.1");
    assert_eq!(server.tenant_id, PROJECT_ID);
    let addresses = server
        .addresses
        .get(&network.vpc_id)
        .expect("the server has an address in its VPC");
    assert!(
        addresses[0].addr.starts_with("192.168.3."),
        "address {} is outside the subnet",
        addresses[0].addr
    );

    let listed = ecs
        .list_servers_details(model::ListServersDetailsRequest::default().with_name("it-server"))
        .await
        .expect("ListServersDetails succeeds")
        .into_inner();
    assert_eq!(listed.count, Some(1));
    let listed_ids: Vec<String> = listed
        .servers
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(&listed_ids, &server_ids);

    let deleted = ecs
        .delete_servers(
            model::DeleteServersRequest::default().with_body(
                model::DeleteServersRequestBody::default()
                    .with_delete_volume(true)
                    .with_servers(vec![model::ServerId::default().with_id(server_id)]),
            ),
        )
        .await
        .expect("DeleteServers succeeds");
    let delete_job = deleted
        .job_id
        .clone()
        .expect("DeleteServers returns a job id");
    assert_eq!(show_server(&ecs, server_id).await.status, "DELETING");
    wait_for_job(&ecs, &delete_job).await;

    let error = ecs
        .show_server(model::ShowServerRequest::default().with_server_id(server_id))
        .await
        .expect_err("a deleted server is gone");
    assert_service_error(&error, 404, "Ecs.0114", server_id);

    // Both clients share one cached project id lookup, and every call used its result.
    assert_eq!(emulator.counters().project_lookups, 1);
    let service_paths: Vec<String> = emulator
        .request_log()
        .into_iter()
        .map(|record| record.path)
        .filter(|path| !path.starts_with("/v3/"))
        .collect();
    assert!(!service_paths.is_empty());
    for path in &service_paths {
        // Paths are `/v1/{project_id}/...` or `/v1.1/{project_id}/...`.
        let project_segment = path.split('/').nth(2);
        assert_eq!(
            project_segment,
            Some(PROJECT_ID),
            "request path {path} does not carry the project of {REGION}"
        );
    }
}

#[tokio::test]
async fn servers_page_by_marker_and_offset() {
    let emulator = start().await;
    let vpc: VpcClient = client_with_project_lookup(&VPC, &emulator);
    let ecs: EcsClient = client_with_project_lookup(&ECS, &emulator);
    let network = create_network(&vpc).await;
    let created = ecs
        .create_servers(create_request(&network, "batch", 5))
        .await
        .expect("CreateServers succeeds")
        .into_inner();
    let ids = created.server_ids.expect("server ids");
    assert_eq!(ids.len(), 5);

    // Marker paging: the marker is the last id of the previous page.
    let mut by_marker: Vec<Vec<String>> = Vec::new();
    let mut marker: Option<String> = None;
    while by_marker.len() < 5 {
        let mut request = model::ListServersDetailsRequest::default().with_limit(2);
        if let Some(marker) = &marker {
            request = request.with_marker(marker);
        }
        let page = ecs
            .list_servers_details(request)
            .await
            .expect("ListServersDetails succeeds")
            .into_inner();
        assert_eq!(page.count, Some(5), "count is the total, not the page size");
        let page_ids: Vec<String> = page
            .servers
            .unwrap_or_default()
            .into_iter()
            .map(|s| s.id)
            .collect();
        if page_ids.is_empty() {
            break;
        }
        marker = page_ids.last().cloned();
        by_marker.push(page_ids);
    }
    let sizes: Vec<usize> = by_marker.iter().map(Vec::len).collect();
    assert_eq!(sizes, [2, 2, 1]);
    assert_eq!(by_marker.concat(), ids);

    // Offset paging: ECS's offset is a page number starting at 1.
    let second_page = ecs
        .list_servers_details(
            model::ListServersDetailsRequest::default()
                .with_limit(2)
                .with_offset(2),
        )
        .await
        .expect("ListServersDetails succeeds")
        .into_inner();
    let second_ids: Vec<String> = second_page
        .servers
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(second_ids, ids[2..4]);

    let names: Vec<String> = {
        let all = ecs
            .list_servers_details(model::ListServersDetailsRequest::default())
            .await
            .expect("ListServersDetails succeeds")
            .into_inner();
        all.servers
            .unwrap_or_default()
            .into_iter()
            .map(|s| s.name)
            .collect()
    };
    assert_eq!(
        names,
        [
            "batch-0001",
            "batch-0002",
            "batch-0003",
            "batch-0004",
            "batch-0005"
        ]
    );
}

#[tokio::test]
async fn server_in_unknown_vpc_is_bad_request() {
    let emulator = start().await;
    let ecs: EcsClient = client_with_project_lookup(&ECS, &emulator);
    let network = Network {
        vpc_id: "11111111-2222-3333-4444-555555555555".to_owned(),
        subnet_id: "66666666-7777-8888-9999-000000000000".to_owned(),
    };

    let error = ecs
        .create_servers(create_request(&network, "orphan", 1))
        .await
        .expect_err("a server in a missing VPC is rejected");

    assert_service_error(&error, 400, "Ecs.0005", "invalid server.vpcid");
    assert!(error.to_string().contains("Ecs.0005"), "Display: {error}");
}

#[tokio::test]
async fn unknown_job_is_not_found() {
    let emulator = start().await;
    let ecs: EcsClient = client_with_project_lookup(&ECS, &emulator);

    let error = ecs
        .show_job(model::ShowJobRequest::default().with_job_id("ffffffffffffffff"))
        .await
        .expect_err("ShowJob of an unknown id fails");

    assert_service_error(&error, 404, "Ecs.0114", "ffffffffffffffff");
}
