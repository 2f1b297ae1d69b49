//! VPC v2 through the async client against the emulator: VPCs, subnets, security groups and
//! rules are created, listed page by page, read and deleted, and errors keep their fields.

mod common;

use common::{assert_service_error, client, regional_credentials, start_emulator, PROJECT_ID};
use huaweicloud_sdk_vpc::v2::{model, VpcClient, SERVICE};

async fn create_vpc(client: &VpcClient, name: &str, cidr: &str) -> model::Vpc {
    let option = model::CreateVpcOption::default()
        .with_name(name)
        .with_cidr(cidr)
        .with_description("integration test VPC");
    let request = model::CreateVpcRequest::default()
        .with_body(model::CreateVpcRequestBody::default().with_vpc(option));
    let response = client
        .create_vpc(request)
        .await
        .expect("CreateVpc succeeds");
    assert_eq!(response.status(), 200);
    response
        .into_inner()
        .vpc
        .expect("CreateVpc returns the VPC")
}

/// Lists every VPC with pages of `limit`, following the last id of each page as the marker.
/// Returns the pages' ids.
async fn list_vpc_pages(client: &VpcClient, limit: i64) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    let mut marker: Option<String> = None;
    loop {
        let mut request = model::ListVpcsRequest::default().with_limit(limit);
        if let Some(marker) = &marker {
            request = request.with_marker(marker);
        }
        let response = client.list_vpcs(request).await.expect("ListVpcs succeeds");
        let ids: Vec<String> = response
            .into_inner()
            .vpcs
            .unwrap_or_default()
            .into_iter()
            .map(|vpc| vpc.id)
            .collect();
        if ids.is_empty() {
            return pages;
        }
        marker = ids.last().cloned();
        pages.push(ids);
        assert!(pages.len() <= 10, "ListVpcs paging does not end: {pages:?}");
    }
}

#[tokio::test]
async fn vpc_subnet_group_rule_lifecycle() {
    let emulator = start_emulator().await;
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());

    // VPC
    let vpc = create_vpc(&client, "it-vpc", "192.168.0.0/16").await;
    assert!(!vpc.id.is_empty());
    assert_eq!(vpc.name, "it-vpc");
    assert_eq!(vpc.cidr, "192.168.0.0/16");
    assert_eq!(vpc.tenant_id, PROJECT_ID);

    let show_response = client
        .show_vpc(model::ShowVpcRequest::default().with_vpc_id(&vpc.id))
        .await
        .expect("ShowVpc succeeds");
    let fetched_vpc = show_response.vpc.as_ref().expect("ShowVpc returns the VPC");
    assert_eq!(fetched_vpc.id, vpc.id);
    assert_eq!(fetched_vpc.description, "integration test VPC");

    // Subnet
    let subnet_option = model::CreateSubnetOption::default()
        .with_name("it-subnet")
        .with_cidr("192.168.1.0/24")
        .with_gateway_ip("192.168.1.1")
        .with_vpc_id(&vpc.id);
    let subnet = client
        .create_subnet(
            model::CreateSubnetRequest::default()
                .with_body(model::CreateSubnetRequestBody::default().with_subnet(subnet_option)),
        )
        .await
        .expect("CreateSubnet succeeds")
        .into_inner()
        .subnet
        .expect("CreateSubnet returns the subnet");
    assert_eq!(subnet.vpc_id, vpc.id);
    assert_eq!(subnet.cidr, "192.168.1.0/24");
    assert_eq!(subnet.gateway_ip, "192.168.1.1");

    let subnets = client
        .list_subnets(model::ListSubnetsRequest::default().with_vpc_id(&vpc.id))
        .await
        .expect("ListSubnets succeeds")
        .into_inner()
        .subnets
        .unwrap_or_default();
    let subnet_ids: Vec<&str> = subnets.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(subnet_ids, [subnet.id.as_str()]);

    let fetched_subnet = client
        .show_subnet(model::ShowSubnetRequest::default().with_subnet_id(&subnet.id))
        .await
        .expect("ShowSubnet succeeds")
        .into_inner()
        .subnet
        .expect("ShowSubnet returns the subnet");
    assert_eq!(fetched_subnet.name, "it-subnet");

    // Security group and an ingress rule
    let group_option = model::CreateSecurityGroupOption::default()
        .with_name("it-group")
        .with_vpc_id(&vpc.id);
    let group = client
        .create_security_group(model::CreateSecurityGroupRequest::default().with_body(
            model::CreateSecurityGroupRequestBody::default().with_security_group(group_option),
        ))
        .await
        .expect("CreateSecurityGroup succeeds")
        .into_inner()
        .security_group
        .expect("CreateSecurityGroup returns the group");
    assert_eq!(group.name, "it-group");
    assert_eq!(group.vpc_id.as_deref(), Some(vpc.id.as_str()));

    let rule_option = model::CreateSecurityGroupRuleOption::default()
        .with_security_group_id(&group.id)
        .with_direction("ingress")
        .with_ethertype("IPv4")
        .with_protocol("tcp")
        .with_port_range_min(22)
        .with_port_range_max(22)
        .with_remote_ip_prefix("10.0.0.0/8");
    let rule = client
        .create_security_group_rule(
            model::CreateSecurityGroupRuleRequest::default().with_body(
                model::CreateSecurityGroupRuleRequestBody::default()
                    .with_security_group_rule(rule_option),
            ),
        )
        .await
        .expect("CreateSecurityGroupRule succeeds")
        .into_inner()
        .security_group_rule
        .expect("CreateSecurityGroupRule returns the rule");
    assert_eq!(rule.security_group_id, group.id);
    assert_eq!(rule.direction, "ingress");
    assert_eq!(rule.port_range_min, 22);
    assert_eq!(rule.port_range_max, 22);
    assert_eq!(rule.remote_ip_prefix, "10.0.0.0/8");

    let rules = client
        .list_security_group_rules(
            model::ListSecurityGroupRulesRequest::default().with_security_group_id(&group.id),
        )
        .await
        .expect("ListSecurityGroupRules succeeds")
        .into_inner()
        .security_group_rules
        .unwrap_or_default();
    // A new group also has its default egress rules.
    assert!(rules.iter().any(|r| r.id == rule.id), "rule not listed");
    assert!(rules.iter().all(|r| r.security_group_id == group.id));

    let fetched_group = client
        .show_security_group(
            model::ShowSecurityGroupRequest::default().with_security_group_id(&group.id),
        )
        .await
        .expect("ShowSecurityGroup succeeds")
        .into_inner()
        .security_group
        .expect("ShowSecurityGroup returns the group");
    assert_eq!(fetched_group.security_group_rules.len(), rules.len());

    let groups = client
        .list_security_groups(model::ListSecurityGroupsRequest::default().with_vpc_id(&vpc.id))
        .await
        .expect("ListSecurityGroups succeeds")
        .into_inner()
        .security_groups
        .unwrap_or_default();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].id, group.id);

    let fetched_rule = client
        .show_security_group_rule(
            model::ShowSecurityGroupRuleRequest::default().with_security_group_rule_id(&rule.id),
        )
        .await
        .expect("ShowSecurityGroupRule succeeds")
        .into_inner()
        .security_group_rule
        .expect("ShowSecurityGroupRule returns the rule");
    assert_eq!(fetched_rule.protocol, "tcp");

    // Deletion, innermost first
    client
        .delete_security_group_rule(
            model::DeleteSecurityGroupRuleRequest::default().with_security_group_rule_id(&rule.id),
        )
        .await
        .expect("DeleteSecurityGroupRule succeeds");
    client
        .delete_security_group(
            model::DeleteSecurityGroupRequest::default().with_security_group_id(&group.id),
        )
        .await
        .expect("DeleteSecurityGroup succeeds");
    client
        .delete_subnet(
            model::DeleteSubnetRequest::default()
                .with_vpc_id(&vpc.id)
                .with_subnet_id(&subnet.id),
        )
        .await
        .expect("DeleteSubnet succeeds");
    let deleted = client
        .delete_vpc(model::DeleteVpcRequest::default().with_vpc_id(&vpc.id))
        .await
        .expect("DeleteVpc succeeds");
    assert_eq!(deleted.status(), 204);

    let remaining = client
        .list_vpcs(model::ListVpcsRequest::default())
        .await
        .expect("ListVpcs succeeds");
    assert_eq!(remaining.vpcs.as_deref().map(<[_]>::len), Some(0));
}

#[tokio::test]
async fn vpc_list_pages_by_marker() {
    let emulator = start_emulator().await;
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());
    let mut created = Vec::new();
    for index in 0..5 {
        let vpc = create_vpc(&client, &format!("page-{index}"), "10.0.0.0/16").await;
        created.push(vpc.id);
    }

    let pages = list_vpc_pages(&client, 2).await;

    let sizes: Vec<usize> = pages.iter().map(Vec::len).collect();
    assert_eq!(sizes, [2, 2, 1]);
    let listed: Vec<String> = pages.into_iter().flatten().collect();
    assert_eq!(listed, created, "pages skip or repeat VPCs");
}

#[tokio::test]
async fn vpc_show_missing_is_not_found() {
    let emulator = start_emulator().await;
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());
    let missing = "00000000-0000-0000-0000-000000000000";

    let error = client
        .show_vpc(model::ShowVpcRequest::default().with_vpc_id(missing))
        .await
        .expect_err("ShowVpc of a missing id fails");

    assert_service_error(&error, 404, "VPC.0003", missing);
}

#[tokio::test]
async fn vpc_subnet_outside_cidr_is_bad_request() {
    let emulator = start_emulator().await;
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());
    let vpc = create_vpc(&client, "narrow", "192.168.0.0/24").await;
    let option = model::CreateSubnetOption::default()
        .with_name("outside")
        .with_cidr("10.1.0.0/24")
        .with_gateway_ip("10.1.0.1")
        .with_vpc_id(&vpc.id);

    let error = client
        .create_subnet(
            model::CreateSubnetRequest::default()
                .with_body(model::CreateSubnetRequestBody::default().with_subnet(option)),
        )
        .await
        .expect_err("a subnet outside the VPC CIDR is rejected");

    assert_service_error(&error, 400, "VPC.0101", "not inside the VPC CIDR");
    assert!(error.is_client_error());
}

#[tokio::test]
async fn vpc_unknown_marker_is_bad_request() {
    let emulator = start_emulator().await;
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());

    let error = client
        .list_vpcs(
            model::ListVpcsRequest::default()
                .with_limit(1)
                .with_marker("no-such-vpc"),
        )
        .await
        .expect_err("ListVpcs with an unknown marker fails");

    assert_service_error(&error, 400, "VPC.0101", "no-such-vpc");
}

#[tokio::test]
async fn vpc_delete_with_subnet_is_conflict() {
    let emulator = start_emulator().await;
    let client: VpcClient = client(&SERVICE, &emulator, regional_credentials());
    let vpc = create_vpc(&client, "busy", "192.168.0.0/16").await;
    let option = model::CreateSubnetOption::default()
        .with_name("keep")
        .with_cidr("192.168.7.0/24")
        .with_gateway_ip("192.168.7.1")
        .with_vpc_id(&vpc.id);
    client
        .create_subnet(
            model::CreateSubnetRequest::default()
                .with_body(model::CreateSubnetRequestBody::default().with_subnet(option)),
        )
        .await
        .expect("CreateSubnet succeeds");

    let error = client
        .delete_vpc(model::DeleteVpcRequest::default().with_vpc_id(&vpc.id))
        .await
        .expect_err("a VPC with a subnet cannot be deleted");

    assert_service_error(&error, 409, "VPC.0101", "still has subnets");
}
