//! The VPC v2 API: async client, operation descriptors, models and regions.
//!
//! - [`VpcClient`]: the async client, one method per operation.
//! - [`blocking::VpcClient`]: the same methods, blocking the calling thread.
//! - [`model`]: request, response and data types.
//! - [`operation`]: a static descriptor per operation (method, path, parameters).
//! - [`region`]: region ids of the built-in endpoint table and [`region::value_of`].
//!
//! ```ignore
//! use huaweicloud_sdk_vpc::v2::{model, region, VpcClient};
//!
//! let client = VpcClient::builder()
//!     .region(region::value_of(region::CN_NORTH_4)?)
//!     .build()?;
//! let response = client.list_vpcs(model::ListVpcsRequest::default()).await?;
//! ```

pub mod blocking;
pub mod model;
pub mod operation;
pub mod region;

use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::operation::{CredentialKind, ServiceInfo};
use huaweicloud_sdk_core::{Error, Response};

/// Description of the VPC v2 API: name, credentials and built-in regions.
pub static SERVICE: ServiceInfo = ServiceInfo {
    name: "vpc",
    version: "v2",
    region_env: "VPC",
    credential_kind: CredentialKind::Regional,
    derived_auth_service: ::std::option::Option::None,
    regions: &[
        ("ae-ad-1", &["https://vpc.ae-ad-1.myhuaweicloud.com"]),
        ("af-north-1", &["https://vpc.af-north-1.myhuaweicloud.com"]),
        ("af-south-1", &["https://vpc.af-south-1.myhuaweicloud.com"]),
        (
            "ap-southeast-1",
            &["https://vpc.ap-southeast-1.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-2",
            &["https://vpc.ap-southeast-2.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-3",
            &["https://vpc.ap-southeast-3.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-4",
            &["https://vpc.ap-southeast-4.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-5",
            &["https://vpc.ap-southeast-5.myhuaweicloud.com"],
        ),
        ("cn-east-2", &["https://vpc.cn-east-2.myhuaweicloud.com"]),
        ("cn-east-3", &["https://vpc.cn-east-3.myhuaweicloud.com"]),
        ("cn-east-4", &["https://vpc.cn-east-4.myhuaweicloud.com"]),
        ("cn-east-5", &["https://vpc.cn-east-5.myhuaweicloud.com"]),
        ("cn-north-1", &["https://vpc.cn-north-1.myhuaweicloud.com"]),
        (
            "cn-north-11",
            &["https://vpc.cn-north-11.myhuaweicloud.com"],
        ),
        (
            "cn-north-12",
            &["https://vpc.cn-north-12.myhuaweicloud.com"],
        ),
        ("cn-north-2", &["https://vpc.cn-north-2.myhuaweicloud.com"]),
        ("cn-north-4", &["https://vpc.cn-north-4.myhuaweicloud.com"]),
        ("cn-north-9", &["https://vpc.cn-north-9.myhuaweicloud.com"]),
        ("cn-south-1", &["https://vpc.cn-south-1.myhuaweicloud.com"]),
        ("cn-south-2", &["https://vpc.cn-south-2.myhuaweicloud.com"]),
        ("cn-south-4", &["https://vpc.cn-south-4.myhuaweicloud.com"]),
        (
            "cn-southwest-2",
            &["https://vpc.cn-southwest-2.myhuaweicloud.com"],
        ),
        (
            "cn-southwest-3",
            &["https://vpc.cn-southwest-3.myhuaweicloud.com"],
        ),
        ("eu-west-0", &["https://vpc.eu-west-0.myhuaweicloud.com"]),
        (
            "eu-west-101",
            &["https://vpc.eu-west-101.myhuaweicloud.com"],
        ),
        ("la-north-2", &["https://vpc.la-north-2.myhuaweicloud.com"]),
        ("la-south-2", &["https://vpc.la-south-2.myhuaweicloud.com"]),
        ("me-east-1", &["https://vpc.me-east-1.myhuaweicloud.com"]),
        (
            "my-kualalumpur-1",
            &["https://vpc.my-kualalumpur-1.myhuaweicloud.com"],
        ),
        (
            "na-mexico-1",
            &["https://vpc.na-mexico-1.myhuaweicloud.com"],
        ),
        (
            "ru-moscow-1",
            &["https://vpc.ru-moscow-1.myhuaweicloud.com"],
        ),
        (
            "ru-northwest-2",
            &["https://vpc.ru-northwest-2.myhuaweicloud.com"],
        ),
        (
            "sa-brazil-1",
            &["https://vpc.sa-brazil-1.myhuaweicloud.com"],
        ),
        ("tr-west-1", &["https://vpc.tr-west-1.myhuaweicloud.com"]),
    ],
};

/// Async client of the VPC v2 API.
///
/// Cheap to clone: clones share connections. Each method returns an [`Error`] for transport
/// failures, error responses, undecodable bodies and missing required parameters.
#[derive(Debug, Clone)]
pub struct VpcClient {
    client: ::huaweicloud_sdk_core::Client,
}

impl ServiceClient for VpcClient {
    fn from_client(client: ::huaweicloud_sdk_core::Client) -> Self {
        VpcClient { client }
    }
}

impl VpcClient {
    /// Starts a builder for this client: credentials, region or endpoints, HTTP settings.
    pub fn builder() -> ClientBuilder<VpcClient> {
        ClientBuilder::new(&SERVICE)
    }

    /// Returns a client that applies `options` to every call it makes.
    #[must_use]
    pub fn with_options(&self, options: CallOptions) -> Self {
        VpcClient {
            client: self.client.with_options(options),
        }
    }

    /// Calls `AcceptVpcPeering`: `PUT /v2.0/vpc/peerings/{peering_id}/accept`.
    pub async fn accept_vpc_peering(
        &self,
        request: model::AcceptVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::AcceptVpcPeeringResponse>, Error> {
        self.client
            .call(&operation::ACCEPT_VPC_PEERING, request)
            .await
    }

    /// Calls `AssociateRouteTable`: `POST /v1/{project_id}/routetables/{routetable_id}/action`.
    pub async fn associate_route_table(
        &self,
        request: model::AssociateRouteTableRequest,
    ) -> ::std::result::Result<Response<model::AssociateRouteTableResponse>, Error> {
        self.client
            .call(&operation::ASSOCIATE_ROUTE_TABLE, request)
            .await
    }

    /// Calls `BatchCreateSecurityGroupTags`: `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags/action`.
    pub async fn batch_create_security_group_tags(
        &self,
        request: model::BatchCreateSecurityGroupTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSecurityGroupTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SECURITY_GROUP_TAGS, request)
            .await
    }

    /// Calls `BatchCreateSubnetTags`: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`.
    pub async fn batch_create_subnet_tags(
        &self,
        request: model::BatchCreateSubnetTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSubnetTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SUBNET_TAGS, request)
            .await
    }

    /// Calls `BatchDeleteSecurityGroupTags`: `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags/action`.
    pub async fn batch_delete_security_group_tags(
        &self,
        request: model::BatchDeleteSecurityGroupTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteSecurityGroupTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SECURITY_GROUP_TAGS, request)
            .await
    }

    /// Calls `BatchDeleteSubnetTags`: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`.
    pub async fn batch_delete_subnet_tags(
        &self,
        request: model::BatchDeleteSubnetTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteSubnetTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SUBNET_TAGS, request)
            .await
    }

    /// Calls `CreateFlowLog`: `POST /v1/{project_id}/fl/flow_logs`.
    pub async fn create_flow_log(
        &self,
        request: model::CreateFlowLogRequest,
    ) -> ::std::result::Result<Response<model::CreateFlowLogResponse>, Error> {
        self.client.call(&operation::CREATE_FLOW_LOG, request).await
    }

    /// Calls `CreatePort`: `POST /v1/{project_id}/ports`.
    pub async fn create_port(
        &self,
        request: model::CreatePortRequest,
    ) -> ::std::result::Result<Response<model::CreatePortResponse>, Error> {
        self.client.call(&operation::CREATE_PORT, request).await
    }

    /// Calls `CreateRouteTable`: `POST /v1/{project_id}/routetables`.
    pub async fn create_route_table(
        &self,
        request: model::CreateRouteTableRequest,
    ) -> ::std::result::Result<Response<model::CreateRouteTableResponse>, Error> {
        self.client
            .call(&operation::CREATE_ROUTE_TABLE, request)
            .await
    }

    /// Calls `CreateSecurityGroup`: `POST /v1/{project_id}/security-groups`.
    pub async fn create_security_group(
        &self,
        request: model::CreateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::CreateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::CREATE_SECURITY_GROUP, request)
            .await
    }

    /// Calls `CreateSecurityGroupRule`: `POST /v1/{project_id}/security-group-rules`.
    pub async fn create_security_group_rule(
        &self,
        request: model::CreateSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::CreateSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::CREATE_SECURITY_GROUP_RULE, request)
            .await
    }

    /// Calls `CreateSecurityGroupTag`: `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags`.
    pub async fn create_security_group_tag(
        &self,
        request: model::CreateSecurityGroupTagRequest,
    ) -> ::std::result::Result<Response<model::CreateSecurityGroupTagResponse>, Error> {
        self.client
            .call(&operation::CREATE_SECURITY_GROUP_TAG, request)
            .await
    }

    /// Calls `CreateSubnet`: `POST /v1/{project_id}/subnets`.
    pub async fn create_subnet(
        &self,
        request: model::CreateSubnetRequest,
    ) -> ::std::result::Result<Response<model::CreateSubnetResponse>, Error> {
        self.client.call(&operation::CREATE_SUBNET, request).await
    }

    /// Calls `CreateSubnetTag`: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags`.
    pub async fn create_subnet_tag(
        &self,
        request: model::CreateSubnetTagRequest,
    ) -> ::std::result::Result<Response<model::CreateSubnetTagResponse>, Error> {
        self.client
            .call(&operation::CREATE_SUBNET_TAG, request)
            .await
    }

    /// Calls `CreateVpcPeering`: `POST /v2.0/vpc/peerings`.
    pub async fn create_vpc_peering(
        &self,
        request: model::CreateVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::CreateVpcPeeringResponse>, Error> {
        self.client
            .call(&operation::CREATE_VPC_PEERING, request)
            .await
    }

    /// Calls `DeleteFlowLog`: `DELETE /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
    pub async fn delete_flow_log(
        &self,
        request: model::DeleteFlowLogRequest,
    ) -> ::std::result::Result<Response<model::DeleteFlowLogResponse>, Error> {
        self.client.call(&operation::DELETE_FLOW_LOG, request).await
    }

    /// Calls `DeletePort`: `DELETE /v1/{project_id}/ports/{port_id}`.
    pub async fn delete_port(
        &self,
        request: model::DeletePortRequest,
    ) -> ::std::result::Result<Response<model::DeletePortResponse>, Error> {
        self.client.call(&operation::DELETE_PORT, request).await
    }

    /// Calls `DeleteRouteTable`: `DELETE /v1/{project_id}/routetables/{routetable_id}`.
    pub async fn delete_route_table(
        &self,
        request: model::DeleteRouteTableRequest,
    ) -> ::std::result::Result<Response<model::DeleteRouteTableResponse>, Error> {
        self.client
            .call(&operation::DELETE_ROUTE_TABLE, request)
            .await
    }

    /// Calls `DeleteSecurityGroup`: `DELETE /v1/{project_id}/security-groups/{security_group_id}`.
    pub async fn delete_security_group(
        &self,
        request: model::DeleteSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::DELETE_SECURITY_GROUP, request)
            .await
    }

    /// Calls `DeleteSecurityGroupRule`: `DELETE /v1/{project_id}/security-group-rules/{security_group_rule_id}`.
    pub async fn delete_security_group_rule(
        &self,
        request: model::DeleteSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::DeleteSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::DELETE_SECURITY_GROUP_RULE, request)
            .await
    }

    /// Calls `DeleteSecurityGroupTag`: `DELETE /v2.0/{project_id}/security-groups/{security_group_id}/tags/{key}`.
    pub async fn delete_security_group_tag(
        &self,
        request: model::DeleteSecurityGroupTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteSecurityGroupTagResponse>, Error> {
        self.client
            .call(&operation::DELETE_SECURITY_GROUP_TAG, request)
            .await
    }

    /// Calls `DeleteSubnet`: `DELETE /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`.
    pub async fn delete_subnet(
        &self,
        request: model::DeleteSubnetRequest,
    ) -> ::std::result::Result<Response<model::DeleteSubnetResponse>, Error> {
        self.client.call(&operation::DELETE_SUBNET, request).await
    }

    /// Calls `DeleteSubnetTag`: `DELETE /v2.0/{project_id}/subnets/{subnet_id}/tags/{key}`.
    pub async fn delete_subnet_tag(
        &self,
        request: model::DeleteSubnetTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteSubnetTagResponse>, Error> {
        self.client
            .call(&operation::DELETE_SUBNET_TAG, request)
            .await
    }

    /// Calls `DeleteVpcPeering`: `DELETE /v2.0/vpc/peerings/{peering_id}`.
    pub async fn delete_vpc_peering(
        &self,
        request: model::DeleteVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::DeleteVpcPeeringResponse>, Error> {
        self.client
            .call(&operation::DELETE_VPC_PEERING, request)
            .await
    }

    /// Calls `DisassociateRouteTable`: `POST /v1/{project_id}/routetables/{routetable_id}/action`.
    pub async fn disassociate_route_table(
        &self,
        request: model::DisassociateRouteTableRequest,
    ) -> ::std::result::Result<Response<model::DisassociateRouteTableResponse>, Error> {
        self.client
            .call(&operation::DISASSOCIATE_ROUTE_TABLE, request)
            .await
    }

    /// Calls `ListFlowLogs`: `GET /v1/{project_id}/fl/flow_logs`.
    pub async fn list_flow_logs(
        &self,
        request: model::ListFlowLogsRequest,
    ) -> ::std::result::Result<Response<model::ListFlowLogsResponse>, Error> {
        self.client.call(&operation::LIST_FLOW_LOGS, request).await
    }

    /// Calls `ListPorts`: `GET /v1/{project_id}/ports`.
    pub async fn list_ports(
        &self,
        request: model::ListPortsRequest,
    ) -> ::std::result::Result<Response<model::ListPortsResponse>, Error> {
        self.client.call(&operation::LIST_PORTS, request).await
    }

    /// Calls `ListRouteTables`: `GET /v1/{project_id}/routetables`.
    pub async fn list_route_tables(
        &self,
        request: model::ListRouteTablesRequest,
    ) -> ::std::result::Result<Response<model::ListRouteTablesResponse>, Error> {
        self.client
            .call(&operation::LIST_ROUTE_TABLES, request)
            .await
    }

    /// Calls `ListSecurityGroupRules`: `GET /v1/{project_id}/security-group-rules`.
    pub async fn list_security_group_rules(
        &self,
        request: model::ListSecurityGroupRulesRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupRulesResponse>, Error> {
        self.client
            .call(&operation::LIST_SECURITY_GROUP_RULES, request)
            .await
    }

    /// Calls `ListSecurityGroupTags`: `GET /v2.0/{project_id}/security-groups/tags`.
    pub async fn list_security_group_tags(
        &self,
        request: model::ListSecurityGroupTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SECURITY_GROUP_TAGS, request)
            .await
    }

    /// Calls `ListSecurityGroups`: `GET /v1/{project_id}/security-groups`.
    pub async fn list_security_groups(
        &self,
        request: model::ListSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupsResponse>, Error> {
        self.client
            .call(&operation::LIST_SECURITY_GROUPS, request)
            .await
    }

    /// Calls `ListSecurityGroupsByTags`: `POST /v2.0/{project_id}/security-groups/resource_instances/action`.
    pub async fn list_security_groups_by_tags(
        &self,
        request: model::ListSecurityGroupsByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupsByTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SECURITY_GROUPS_BY_TAGS, request)
            .await
    }

    /// Calls `ListSubnetTags`: `GET /v2.0/{project_id}/subnets/tags`.
    pub async fn list_subnet_tags(
        &self,
        request: model::ListSubnetTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSubnetTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SUBNET_TAGS, request)
            .await
    }

    /// Calls `ListSubnets`: `GET /v1/{project_id}/subnets`.
    pub async fn list_subnets(
        &self,
        request: model::ListSubnetsRequest,
    ) -> ::std::result::Result<Response<model::ListSubnetsResponse>, Error> {
        self.client.call(&operation::LIST_SUBNETS, request).await
    }

    /// Calls `ListSubnetsByTags`: `POST /v2.0/{project_id}/subnets/resource_instances/action`.
    pub async fn list_subnets_by_tags(
        &self,
        request: model::ListSubnetsByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSubnetsByTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SUBNETS_BY_TAGS, request)
            .await
    }

    /// Calls `ListVpcPeerings`: `GET /v2.0/vpc/peerings`.
    pub async fn list_vpc_peerings(
        &self,
        request: model::ListVpcPeeringsRequest,
    ) -> ::std::result::Result<Response<model::ListVpcPeeringsResponse>, Error> {
        self.client
            .call(&operation::LIST_VPC_PEERINGS, request)
            .await
    }

    /// Calls `RejectVpcPeering`: `PUT /v2.0/vpc/peerings/{peering_id}/reject`.
    pub async fn reject_vpc_peering(
        &self,
        request: model::RejectVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::RejectVpcPeeringResponse>, Error> {
        self.client
            .call(&operation::REJECT_VPC_PEERING, request)
            .await
    }

    /// Calls `ShowFlowLog`: `GET /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
    pub async fn show_flow_log(
        &self,
        request: model::ShowFlowLogRequest,
    ) -> ::std::result::Result<Response<model::ShowFlowLogResponse>, Error> {
        self.client.call(&operation::SHOW_FLOW_LOG, request).await
    }

    /// Calls `ShowPort`: `GET /v1/{project_id}/ports/{port_id}`.
    pub async fn show_port(
        &self,
        request: model::ShowPortRequest,
    ) -> ::std::result::Result<Response<model::ShowPortResponse>, Error> {
        self.client.call(&operation::SHOW_PORT, request).await
    }

    /// Calls `ShowQuota`: `GET /v1/{project_id}/quotas`.
    pub async fn show_quota(
        &self,
        request: model::ShowQuotaRequest,
    ) -> ::std::result::Result<Response<model::ShowQuotaResponse>, Error> {
        self.client.call(&operation::SHOW_QUOTA, request).await
    }

    /// Calls `ShowRouteTable`: `GET /v1/{project_id}/routetables/{routetable_id}`.
    pub async fn show_route_table(
        &self,
        request: model::ShowRouteTableRequest,
    ) -> ::std::result::Result<Response<model::ShowRouteTableResponse>, Error> {
        self.client
            .call(&operation::SHOW_ROUTE_TABLE, request)
            .await
    }

    /// Calls `ShowSecurityGroup`: `GET /v1/{project_id}/security-groups/{security_group_id}`.
    pub async fn show_security_group(
        &self,
        request: model::ShowSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::ShowSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::SHOW_SECURITY_GROUP, request)
            .await
    }

    /// Calls `ShowSecurityGroupRule`: `GET /v1/{project_id}/security-group-rules/{security_group_rule_id}`.
    pub async fn show_security_group_rule(
        &self,
        request: model::ShowSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::ShowSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::SHOW_SECURITY_GROUP_RULE, request)
            .await
    }

    /// Calls `ShowSecurityGroupTags`: `GET /v2.0/{project_id}/security-groups/{security_group_id}/tags`.
    pub async fn show_security_group_tags(
        &self,
        request: model::ShowSecurityGroupTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowSecurityGroupTagsResponse>, Error> {
        self.client
            .call(&operation::SHOW_SECURITY_GROUP_TAGS, request)
            .await
    }

    /// Calls `ShowSubnet`: `GET /v1/{project_id}/subnets/{subnet_id}`.
    pub async fn show_subnet(
        &self,
        request: model::ShowSubnetRequest,
    ) -> ::std::result::Result<Response<model::ShowSubnetResponse>, Error> {
        self.client.call(&operation::SHOW_SUBNET, request).await
    }

    /// Calls `ShowSubnetTags`: `GET /v2.0/{project_id}/subnets/{subnet_id}/tags`.
    pub async fn show_subnet_tags(
        &self,
        request: model::ShowSubnetTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowSubnetTagsResponse>, Error> {
        self.client
            .call(&operation::SHOW_SUBNET_TAGS, request)
            .await
    }

    /// Calls `ShowVpcPeering`: `GET /v2.0/vpc/peerings/{peering_id}`.
    pub async fn show_vpc_peering(
        &self,
        request: model::ShowVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::ShowVpcPeeringResponse>, Error> {
        self.client
            .call(&operation::SHOW_VPC_PEERING, request)
            .await
    }

    /// Calls `UpdateFlowLog`: `PUT /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
    pub async fn update_flow_log(
        &self,
        request: model::UpdateFlowLogRequest,
    ) -> ::std::result::Result<Response<model::UpdateFlowLogResponse>, Error> {
        self.client.call(&operation::UPDATE_FLOW_LOG, request).await
    }

    /// Calls `UpdatePort`: `PUT /v1/{project_id}/ports/{port_id}`.
    pub async fn update_port(
        &self,
        request: model::UpdatePortRequest,
    ) -> ::std::result::Result<Response<model::UpdatePortResponse>, Error> {
        self.client.call(&operation::UPDATE_PORT, request).await
    }

    /// Calls `UpdateRouteTable`: `PUT /v1/{project_id}/routetables/{routetable_id}`.
    pub async fn update_route_table(
        &self,
        request: model::UpdateRouteTableRequest,
    ) -> ::std::result::Result<Response<model::UpdateRouteTableResponse>, Error> {
        self.client
            .call(&operation::UPDATE_ROUTE_TABLE, request)
            .await
    }

    /// Calls `UpdateSubnet`: `PUT /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`.
    pub async fn update_subnet(
        &self,
        request: model::UpdateSubnetRequest,
    ) -> ::std::result::Result<Response<model::UpdateSubnetResponse>, Error> {
        self.client.call(&operation::UPDATE_SUBNET, request).await
    }

    /// Calls `UpdateVpcPeering`: `PUT /v2.0/vpc/peerings/{peering_id}`.
    pub async fn update_vpc_peering(
        &self,
        request: model::UpdateVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::UpdateVpcPeeringResponse>, Error> {
        self.client
            .call(&operation::UPDATE_VPC_PEERING, request)
            .await
    }

    /// Calls `CreatePrivateip`: `POST /v1/{project_id}/privateips`.
    pub async fn create_privateip(
        &self,
        request: model::CreatePrivateipRequest,
    ) -> ::std::result::Result<Response<model::CreatePrivateipResponse>, Error> {
        self.client
            .call(&operation::CREATE_PRIVATEIP, request)
            .await
    }

    /// Calls `DeletePrivateip`: `DELETE /v1/{project_id}/privateips/{privateip_id}`.
    pub async fn delete_privateip(
        &self,
        request: model::DeletePrivateipRequest,
    ) -> ::std::result::Result<Response<model::DeletePrivateipResponse>, Error> {
        self.client
            .call(&operation::DELETE_PRIVATEIP, request)
            .await
    }

    /// Calls `ListPrivateips`: `GET /v1/{project_id}/subnets/{subnet_id}/privateips`.
    pub async fn list_privateips(
        &self,
        request: model::ListPrivateipsRequest,
    ) -> ::std::result::Result<Response<model::ListPrivateipsResponse>, Error> {
        self.client.call(&operation::LIST_PRIVATEIPS, request).await
    }

    /// Calls `ShowNetworkIpAvailabilities`: `GET /v2.0/network-ip-availabilities/{network_id}`.
    pub async fn show_network_ip_availabilities(
        &self,
        request: model::ShowNetworkIpAvailabilitiesRequest,
    ) -> ::std::result::Result<Response<model::ShowNetworkIpAvailabilitiesResponse>, Error> {
        self.client
            .call(&operation::SHOW_NETWORK_IP_AVAILABILITIES, request)
            .await
    }

    /// Calls `ShowPrivateip`: `GET /v1/{project_id}/privateips/{privateip_id}`.
    pub async fn show_privateip(
        &self,
        request: model::ShowPrivateipRequest,
    ) -> ::std::result::Result<Response<model::ShowPrivateipResponse>, Error> {
        self.client.call(&operation::SHOW_PRIVATEIP, request).await
    }

    /// Calls `NeutronAddRouterInterface`: `PUT /v2.0/routers/{router_id}/add_router_interface`.
    pub async fn neutron_add_router_interface(
        &self,
        request: model::NeutronAddRouterInterfaceRequest,
    ) -> ::std::result::Result<Response<model::NeutronAddRouterInterfaceResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_ADD_ROUTER_INTERFACE, request)
            .await
    }

    /// Calls `NeutronCreateNetwork`: `POST /v2.0/networks`.
    pub async fn neutron_create_network(
        &self,
        request: model::NeutronCreateNetworkRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateNetworkResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_NETWORK, request)
            .await
    }

    /// Calls `NeutronCreatePort`: `POST /v2.0/ports`.
    pub async fn neutron_create_port(
        &self,
        request: model::NeutronCreatePortRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreatePortResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_PORT, request)
            .await
    }

    /// Calls `NeutronCreateRouter`: `POST /v2.0/routers`.
    pub async fn neutron_create_router(
        &self,
        request: model::NeutronCreateRouterRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateRouterResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_ROUTER, request)
            .await
    }

    /// Calls `NeutronCreateSecurityGroup`: `POST /v2.0/security-groups`.
    pub async fn neutron_create_security_group(
        &self,
        request: model::NeutronCreateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_SECURITY_GROUP, request)
            .await
    }

    /// Calls `NeutronCreateSecurityGroupRule`: `POST /v2.0/security-group-rules`.
    pub async fn neutron_create_security_group_rule(
        &self,
        request: model::NeutronCreateSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_SECURITY_GROUP_RULE, request)
            .await
    }

    /// Calls `NeutronCreateSubnet`: `POST /v2.0/subnets`.
    pub async fn neutron_create_subnet(
        &self,
        request: model::NeutronCreateSubnetRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateSubnetResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_SUBNET, request)
            .await
    }

    /// Calls `NeutronDeleteNetwork`: `DELETE /v2.0/networks/{network_id}`.
    pub async fn neutron_delete_network(
        &self,
        request: model::NeutronDeleteNetworkRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteNetworkResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_NETWORK, request)
            .await
    }

    /// Calls `NeutronDeletePort`: `DELETE /v2.0/ports/{port_id}`.
    pub async fn neutron_delete_port(
        &self,
        request: model::NeutronDeletePortRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeletePortResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_PORT, request)
            .await
    }

    /// Calls `NeutronDeleteRouter`: `DELETE /v2.0/routers/{router_id}`.
    pub async fn neutron_delete_router(
        &self,
        request: model::NeutronDeleteRouterRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteRouterResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_ROUTER, request)
            .await
    }

    /// Calls `NeutronDeleteSecurityGroup`: `DELETE /v2.0/security-groups/{security_group_id}`.
    pub async fn neutron_delete_security_group(
        &self,
        request: model::NeutronDeleteSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_SECURITY_GROUP, request)
            .await
    }

    /// Calls `NeutronDeleteSecurityGroupRule`: `DELETE /v2.0/security-group-rules/{security_group_rule_id}`.
    pub async fn neutron_delete_security_group_rule(
        &self,
        request: model::NeutronDeleteSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_SECURITY_GROUP_RULE, request)
            .await
    }

    /// Calls `NeutronDeleteSubnet`: `DELETE /v2.0/subnets/{subnet_id}`.
    pub async fn neutron_delete_subnet(
        &self,
        request: model::NeutronDeleteSubnetRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteSubnetResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_SUBNET, request)
            .await
    }

    /// Calls `NeutronListNetworks`: `GET /v2.0/networks`.
    pub async fn neutron_list_networks(
        &self,
        request: model::NeutronListNetworksRequest,
    ) -> ::std::result::Result<Response<model::NeutronListNetworksResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_NETWORKS, request)
            .await
    }

    /// Calls `NeutronListPorts`: `GET /v2.0/ports`.
    pub async fn neutron_list_ports(
        &self,
        request: model::NeutronListPortsRequest,
    ) -> ::std::result::Result<Response<model::NeutronListPortsResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_PORTS, request)
            .await
    }

    /// Calls `NeutronListRouters`: `GET /v2.0/routers`.
    pub async fn neutron_list_routers(
        &self,
        request: model::NeutronListRoutersRequest,
    ) -> ::std::result::Result<Response<model::NeutronListRoutersResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_ROUTERS, request)
            .await
    }

    /// Calls `NeutronListSecurityGroupRules`: `GET /v2.0/security-group-rules`.
    pub async fn neutron_list_security_group_rules(
        &self,
        request: model::NeutronListSecurityGroupRulesRequest,
    ) -> ::std::result::Result<Response<model::NeutronListSecurityGroupRulesResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_SECURITY_GROUP_RULES, request)
            .await
    }

    /// Calls `NeutronListSecurityGroups`: `GET /v2.0/security-groups`.
    pub async fn neutron_list_security_groups(
        &self,
        request: model::NeutronListSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::NeutronListSecurityGroupsResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_SECURITY_GROUPS, request)
            .await
    }

    /// Calls `NeutronListSubnets`: `GET /v2.0/subnets`.
    pub async fn neutron_list_subnets(
        &self,
        request: model::NeutronListSubnetsRequest,
    ) -> ::std::result::Result<Response<model::NeutronListSubnetsResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_SUBNETS, request)
            .await
    }

    /// Calls `NeutronRemoveRouterInterface`: `PUT /v2.0/routers/{router_id}/remove_router_interface`.
    pub async fn neutron_remove_router_interface(
        &self,
        request: model::NeutronRemoveRouterInterfaceRequest,
    ) -> ::std::result::Result<Response<model::NeutronRemoveRouterInterfaceResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_REMOVE_ROUTER_INTERFACE, request)
            .await
    }

    /// Calls `NeutronShowNetwork`: `GET /v2.0/networks/{network_id}`.
    pub async fn neutron_show_network(
        &self,
        request: model::NeutronShowNetworkRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowNetworkResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_NETWORK, request)
            .await
    }

    /// Calls `NeutronShowPort`: `GET /v2.0/ports/{port_id}`.
    pub async fn neutron_show_port(
        &self,
        request: model::NeutronShowPortRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowPortResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_PORT, request)
            .await
    }

    /// Calls `NeutronShowRouter`: `GET /v2.0/routers/{router_id}`.
    pub async fn neutron_show_router(
        &self,
        request: model::NeutronShowRouterRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowRouterResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_ROUTER, request)
            .await
    }

    /// Calls `NeutronShowSecurityGroup`: `GET /v2.0/security-groups/{security_group_id}`.
    pub async fn neutron_show_security_group(
        &self,
        request: model::NeutronShowSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_SECURITY_GROUP, request)
            .await
    }

    /// Calls `NeutronShowSecurityGroupRule`: `GET /v2.0/security-group-rules/{security_group_rule_id}`.
    pub async fn neutron_show_security_group_rule(
        &self,
        request: model::NeutronShowSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_SECURITY_GROUP_RULE, request)
            .await
    }

    /// Calls `NeutronShowSubnet`: `GET /v2.0/subnets/{subnet_id}`.
    pub async fn neutron_show_subnet(
        &self,
        request: model::NeutronShowSubnetRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowSubnetResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_SUBNET, request)
            .await
    }

    /// Calls `NeutronUpdateNetwork`: `PUT /v2.0/networks/{network_id}`.
    pub async fn neutron_update_network(
        &self,
        request: model::NeutronUpdateNetworkRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateNetworkResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_NETWORK, request)
            .await
    }

    /// Calls `NeutronUpdatePort`: `PUT /v2.0/ports/{port_id}`.
    pub async fn neutron_update_port(
        &self,
        request: model::NeutronUpdatePortRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdatePortResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_PORT, request)
            .await
    }

    /// Calls `NeutronUpdateRouter`: `PUT /v2.0/routers/{router_id}`.
    pub async fn neutron_update_router(
        &self,
        request: model::NeutronUpdateRouterRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateRouterResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_ROUTER, request)
            .await
    }

    /// Calls `NeutronUpdateSecurityGroup`: `PUT /v2.0/security-groups/{security_group_id}`.
    pub async fn neutron_update_security_group(
        &self,
        request: model::NeutronUpdateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_SECURITY_GROUP, request)
            .await
    }

    /// Calls `NeutronUpdateSubnet`: `PUT /v2.0/subnets/{subnet_id}`.
    pub async fn neutron_update_subnet(
        &self,
        request: model::NeutronUpdateSubnetRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateSubnetResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_SUBNET, request)
            .await
    }

    /// Calls `NeutronAddFirewallRule`: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/insert_rule`.
    pub async fn neutron_add_firewall_rule(
        &self,
        request: model::NeutronAddFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronAddFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_ADD_FIREWALL_RULE, request)
            .await
    }

    /// Calls `NeutronCreateFirewallGroup`: `POST /v2.0/fwaas/firewall_groups`.
    pub async fn neutron_create_firewall_group(
        &self,
        request: model::NeutronCreateFirewallGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateFirewallGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_FIREWALL_GROUP, request)
            .await
    }

    /// Calls `NeutronCreateFirewallPolicy`: `POST /v2.0/fwaas/firewall_policies`.
    pub async fn neutron_create_firewall_policy(
        &self,
        request: model::NeutronCreateFirewallPolicyRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateFirewallPolicyResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_FIREWALL_POLICY, request)
            .await
    }

    /// Calls `NeutronCreateFirewallRule`: `POST /v2.0/fwaas/firewall_rules`.
    pub async fn neutron_create_firewall_rule(
        &self,
        request: model::NeutronCreateFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_FIREWALL_RULE, request)
            .await
    }

    /// Calls `NeutronDeleteFirewallGroup`: `DELETE /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
    pub async fn neutron_delete_firewall_group(
        &self,
        request: model::NeutronDeleteFirewallGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteFirewallGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_FIREWALL_GROUP, request)
            .await
    }

    /// Calls `NeutronDeleteFirewallPolicy`: `DELETE /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
    pub async fn neutron_delete_firewall_policy(
        &self,
        request: model::NeutronDeleteFirewallPolicyRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteFirewallPolicyResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_FIREWALL_POLICY, request)
            .await
    }

    /// Calls `NeutronDeleteFirewallRule`: `DELETE /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
    pub async fn neutron_delete_firewall_rule(
        &self,
        request: model::NeutronDeleteFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_FIREWALL_RULE, request)
            .await
    }

    /// Calls `NeutronListFirewallGroups`: `GET /v2.0/fwaas/firewall_groups`.
    pub async fn neutron_list_firewall_groups(
        &self,
        request: model::NeutronListFirewallGroupsRequest,
    ) -> ::std::result::Result<Response<model::NeutronListFirewallGroupsResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_FIREWALL_GROUPS, request)
            .await
    }

    /// Calls `NeutronListFirewallPolicies`: `GET /v2.0/fwaas/firewall_policies`.
    pub async fn neutron_list_firewall_policies(
        &self,
        request: model::NeutronListFirewallPoliciesRequest,
    ) -> ::std::result::Result<Response<model::NeutronListFirewallPoliciesResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_FIREWALL_POLICIES, request)
            .await
    }

    /// Calls `NeutronListFirewallRules`: `GET /v2.0/fwaas/firewall_rules`.
    pub async fn neutron_list_firewall_rules(
        &self,
        request: model::NeutronListFirewallRulesRequest,
    ) -> ::std::result::Result<Response<model::NeutronListFirewallRulesResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_FIREWALL_RULES, request)
            .await
    }

    /// Calls `NeutronRemoveFirewallRule`: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/remove_rule`.
    pub async fn neutron_remove_firewall_rule(
        &self,
        request: model::NeutronRemoveFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronRemoveFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_REMOVE_FIREWALL_RULE, request)
            .await
    }

    /// Calls `NeutronShowFirewallGroup`: `GET /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
    pub async fn neutron_show_firewall_group(
        &self,
        request: model::NeutronShowFirewallGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowFirewallGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_FIREWALL_GROUP, request)
            .await
    }

    /// Calls `NeutronShowFirewallPolicy`: `GET /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
    pub async fn neutron_show_firewall_policy(
        &self,
        request: model::NeutronShowFirewallPolicyRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowFirewallPolicyResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_FIREWALL_POLICY, request)
            .await
    }

    /// Calls `NeutronShowFirewallRule`: `GET /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
    pub async fn neutron_show_firewall_rule(
        &self,
        request: model::NeutronShowFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_FIREWALL_RULE, request)
            .await
    }

    /// Calls `NeutronUpdateFirewallGroup`: `PUT /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
    pub async fn neutron_update_firewall_group(
        &self,
        request: model::NeutronUpdateFirewallGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateFirewallGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_FIREWALL_GROUP, request)
            .await
    }

    /// Calls `NeutronUpdateFirewallPolicy`: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
    pub async fn neutron_update_firewall_policy(
        &self,
        request: model::NeutronUpdateFirewallPolicyRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateFirewallPolicyResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_FIREWALL_POLICY, request)
            .await
    }

    /// Calls `NeutronUpdateFirewallRule`: `PUT /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
    pub async fn neutron_update_firewall_rule(
        &self,
        request: model::NeutronUpdateFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_FIREWALL_RULE, request)
            .await
    }

    /// Calls `ListApiVersion`: `GET /`.
    pub async fn list_api_version(
        &self,
        request: model::ListApiVersionRequest,
    ) -> ::std::result::Result<Response<model::ListApiVersionResponse>, Error> {
        self.client
            .call(&operation::LIST_API_VERSION, request)
            .await
    }

    /// Calls `BatchCreateVpcTags`: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`.
    pub async fn batch_create_vpc_tags(
        &self,
        request: model::BatchCreateVpcTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateVpcTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_VPC_TAGS, request)
            .await
    }

    /// Calls `BatchDeleteVpcTags`: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`.
    pub async fn batch_delete_vpc_tags(
        &self,
        request: model::BatchDeleteVpcTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteVpcTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_VPC_TAGS, request)
            .await
    }

    /// Calls `CreateVpc`: `POST /v1/{project_id}/vpcs`.
    pub async fn create_vpc(
        &self,
        request: model::CreateVpcRequest,
    ) -> ::std::result::Result<Response<model::CreateVpcResponse>, Error> {
        self.client.call(&operation::CREATE_VPC, request).await
    }

    /// Calls `CreateVpcResourceTag`: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags`.
    pub async fn create_vpc_resource_tag(
        &self,
        request: model::CreateVpcResourceTagRequest,
    ) -> ::std::result::Result<Response<model::CreateVpcResourceTagResponse>, Error> {
        self.client
            .call(&operation::CREATE_VPC_RESOURCE_TAG, request)
            .await
    }

    /// Calls `CreateVpcRoute`: `POST /v2.0/vpc/routes`.
    pub async fn create_vpc_route(
        &self,
        request: model::CreateVpcRouteRequest,
    ) -> ::std::result::Result<Response<model::CreateVpcRouteResponse>, Error> {
        self.client
            .call(&operation::CREATE_VPC_ROUTE, request)
            .await
    }

    /// Calls `DeleteVpc`: `DELETE /v1/{project_id}/vpcs/{vpc_id}`.
    pub async fn delete_vpc(
        &self,
        request: model::DeleteVpcRequest,
    ) -> ::std::result::Result<Response<model::DeleteVpcResponse>, Error> {
        self.client.call(&operation::DELETE_VPC, request).await
    }

    /// Calls `DeleteVpcRoute`: `DELETE /v2.0/vpc/routes/{route_id}`.
    pub async fn delete_vpc_route(
        &self,
        request: model::DeleteVpcRouteRequest,
    ) -> ::std::result::Result<Response<model::DeleteVpcRouteResponse>, Error> {
        self.client
            .call(&operation::DELETE_VPC_ROUTE, request)
            .await
    }

    /// Calls `DeleteVpcTag`: `DELETE /v2.0/{project_id}/vpcs/{vpc_id}/tags/{key}`.
    pub async fn delete_vpc_tag(
        &self,
        request: model::DeleteVpcTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteVpcTagResponse>, Error> {
        self.client.call(&operation::DELETE_VPC_TAG, request).await
    }

    /// Calls `ListVpcRoutes`: `GET /v2.0/vpc/routes`.
    pub async fn list_vpc_routes(
        &self,
        request: model::ListVpcRoutesRequest,
    ) -> ::std::result::Result<Response<model::ListVpcRoutesResponse>, Error> {
        self.client.call(&operation::LIST_VPC_ROUTES, request).await
    }

    /// Calls `ListVpcTags`: `GET /v2.0/{project_id}/vpcs/tags`.
    pub async fn list_vpc_tags(
        &self,
        request: model::ListVpcTagsRequest,
    ) -> ::std::result::Result<Response<model::ListVpcTagsResponse>, Error> {
        self.client.call(&operation::LIST_VPC_TAGS, request).await
    }

    /// Calls `ListVpcs`: `GET /v1/{project_id}/vpcs`.
    pub async fn list_vpcs(
        &self,
        request: model::ListVpcsRequest,
    ) -> ::std::result::Result<Response<model::ListVpcsResponse>, Error> {
        self.client.call(&operation::LIST_VPCS, request).await
    }

    /// Calls `ListVpcsByTags`: `POST /v2.0/{project_id}/vpcs/resource_instances/action`.
    pub async fn list_vpcs_by_tags(
        &self,
        request: model::ListVpcsByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListVpcsByTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_VPCS_BY_TAGS, request)
            .await
    }

    /// Calls `ShowVpc`: `GET /v1/{project_id}/vpcs/{vpc_id}`.
    pub async fn show_vpc(
        &self,
        request: model::ShowVpcRequest,
    ) -> ::std::result::Result<Response<model::ShowVpcResponse>, Error> {
        self.client.call(&operation::SHOW_VPC, request).await
    }

    /// Calls `ShowVpcRoute`: `GET /v2.0/vpc/routes/{route_id}`.
    pub async fn show_vpc_route(
        &self,
        request: model::ShowVpcRouteRequest,
    ) -> ::std::result::Result<Response<model::ShowVpcRouteResponse>, Error> {
        self.client.call(&operation::SHOW_VPC_ROUTE, request).await
    }

    /// Calls `ShowVpcTags`: `GET /v2.0/{project_id}/vpcs/{vpc_id}/tags`.
    pub async fn show_vpc_tags(
        &self,
        request: model::ShowVpcTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowVpcTagsResponse>, Error> {
        self.client.call(&operation::SHOW_VPC_TAGS, request).await
    }

    /// Calls `UpdateVpc`: `PUT /v1/{project_id}/vpcs/{vpc_id}`.
    pub async fn update_vpc(
        &self,
        request: model::UpdateVpcRequest,
    ) -> ::std::result::Result<Response<model::UpdateVpcResponse>, Error> {
        self.client.call(&operation::UPDATE_VPC, request).await
    }
}
