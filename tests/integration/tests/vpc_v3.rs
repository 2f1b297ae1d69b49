//! VPC v3 through the blocking client against the emulator. Security groups are created,
//! updated, listed with `page_info`, read and deleted. VPCs are created, listed, read and
//! deleted. Errors use the API Gateway body.

mod common;

use common::{assert_service_error, client, regional_credentials, start_emulator_blocking};
use huaweicloud_sdk_vpc::v3::{blocking::VpcClient, model, SERVICE};

fn create_group(client: &VpcClient, name: &str) -> model::SecurityGroupInfo {
    let option = model::CreateSecurityGroupOption::default()
        .with_name(name)
        .with_description("integration test group");
    let request = model::CreateSecurityGroupRequest::default()
        .with_body(model::CreateSecurityGroupRequestBody::default().with_security_group(option));
    let response = client
        .create_security_group(request)
        .expect("CreateSecurityGroup succeeds");
    let request_id = response.request_id.clone().unwrap_or_default();
    assert!(!request_id.is_empty(), "v3 bodies carry a request_id");
    response
        .into_inner()
        .security_group
        .expect("CreateSecurityGroup returns the group")
}

#[test]
fn security_group_lifecycle() {
    let emulator = start_emulator_blocking();
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());

    let group = create_group(&client, "it-v3-group");
    assert!(!group.id.is_empty());
    assert_eq!(group.name, "it-v3-group");
    assert_eq!(group.description, "integration test group");
    // A new group allows all egress traffic, over IPv4 and IPv6.
    assert_eq!(group.security_group_rules.len(), 2);

    let update = model::UpdateSecurityGroupOption::default()
        .with_name("it-v3-renamed")
        .with_description("renamed");
    let updated = client
        .update_security_group(
            model::UpdateSecurityGroupRequest::default()
                .with_security_group_id(&group.id)
                .with_body(
                    model::UpdateSecurityGroupRequestBody::default().with_security_group(update),
                ),
        )
        .expect("UpdateSecurityGroup succeeds")
        .into_inner()
        .security_group
        .expect("UpdateSecurityGroup returns the group");
    assert_eq!(updated.name, "it-v3-renamed");

    let fetched = client
        .show_security_group(
            model::ShowSecurityGroupRequest::default().with_security_group_id(&group.id),
        )
        .expect("ShowSecurityGroup succeeds")
        .into_inner()
        .security_group
        .expect("ShowSecurityGroup returns the group");
    assert_eq!(fetched.id, group.id);
    assert_eq!(fetched.name, "it-v3-renamed");
    assert_eq!(fetched.description, "renamed");

    let listed = client
        .list_security_groups(
            model::ListSecurityGroupsRequest::default().with_id(vec![group.id.clone()]),
        )
        .expect("ListSecurityGroups succeeds")
        .into_inner();
    let listed_ids: Vec<String> = listed
        .security_groups
        .unwrap_or_default()
        .into_iter()
        .map(|g| g.id)
        .collect();
    assert_eq!(listed_ids, [group.id.as_str()]);

    let deleted = client
        .delete_security_group(
            model::DeleteSecurityGroupRequest::default().with_security_group_id(&group.id),
        )
        .expect("DeleteSecurityGroup succeeds");
    assert_eq!(deleted.status(), 204);

    let error = client
        .show_security_group(
            model::ShowSecurityGroupRequest::default().with_security_group_id(&group.id),
        )
        .expect_err("a deleted group is gone");
    assert_service_error(&error, 404, "VPC.0602", &group.id);
}

#[test]
fn security_groups_page_by_marker() {
    let emulator = start_emulator_blocking();
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());
    let created: Vec<String> = (0..3)
        .map(|index| create_group(&client, &format!("page-{index}")).id)
        .collect();

    let first = client
        .list_security_groups(model::ListSecurityGroupsRequest::default().with_limit(2))
        .expect("first page")
        .into_inner();
    let first_ids: Vec<String> = first
        .security_groups
        .unwrap_or_default()
        .into_iter()
        .map(|g| g.id)
        .collect();
    assert_eq!(first_ids, created[..2]);
    let info = first.page_info.expect("v3 lists carry page_info");
    assert_eq!(info.current_count, 2);
    assert_eq!(info.previous_marker, created[0]);
    let next_marker = info.next_marker.expect("a next page exists");
    assert_eq!(next_marker, created[1]);

    let second = client
        .list_security_groups(
            model::ListSecurityGroupsRequest::default()
                .with_limit(2)
                .with_marker(&next_marker),
        )
        .expect("second page")
        .into_inner();
    let second_ids: Vec<String> = second
        .security_groups
        .unwrap_or_default()
        .into_iter()
        .map(|g| g.id)
        .collect();
    assert_eq!(second_ids, created[2..]);
    let info = second.page_info.expect("v3 lists carry page_info");
    assert_eq!(info.current_count, 1);
    assert_eq!(info.next_marker, None, "the last page has no next marker");
}

#[test]
fn vpc_create_list_delete() {
    let emulator = start_emulator_blocking();
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());
    let option = model::CreateVpcOption::default()
        .with_name("it-v3-vpc")
        .with_cidr("172.16.0.0/16");
    let created = client
        .create_vpc(
            model::CreateVpcRequest::default()
                .with_body(model::CreateVpcRequestBody::default().with_vpc(option)),
        )
        .expect("CreateVpc succeeds");
    // The v3 CreateVpc response model declares no `vpc` field, but the untyped body has it.
    let body = created.json().expect("the CreateVpc body is JSON");
    let vpc_id = body["vpc"]["id"]
        .as_str()
        .expect("the body has vpc.id")
        .to_owned();

    let listed = client
        .list_vpcs(model::ListVpcsRequest::default().with_limit(10))
        .expect("ListVpcs succeeds")
        .into_inner();
    let vpcs = listed.vpcs.unwrap_or_default();
    assert_eq!(vpcs.len(), 1);
    assert_eq!(vpcs[0].id, vpc_id);
    assert_eq!(vpcs[0].cidr, "172.16.0.0/16");
    // v3 reports an available VPC as ACTIVE, where v2 reports OK.
    assert_eq!(vpcs[0].status, "ACTIVE");
    assert_eq!(listed.page_info.map(|info| info.current_count), Some(1));

    let fetched = client
        .show_vpc(model::ShowVpcRequest::default().with_vpc_id(&vpc_id))
        .expect("ShowVpc succeeds")
        .into_inner()
        .vpc
        .expect("ShowVpc returns the VPC");
    assert_eq!(fetched.name, "it-v3-vpc");

    client
        .delete_vpc(model::DeleteVpcRequest::default().with_vpc_id(&vpc_id))
        .expect("DeleteVpc succeeds");
    let error = client
        .delete_vpc(model::DeleteVpcRequest::default().with_vpc_id(&vpc_id))
        .expect_err("a second delete finds nothing");
    assert_service_error(&error, 404, "VPC.0003", &vpc_id);
}

#[test]
fn invalid_limit_is_bad_request() {
    let emulator = start_emulator_blocking();
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());

    let error = client
        .list_security_groups(model::ListSecurityGroupsRequest::default().with_limit(0))
        .expect_err("limit 0 is rejected");

    assert_service_error(&error, 400, "VPC.0101", "invalid limit");
}
