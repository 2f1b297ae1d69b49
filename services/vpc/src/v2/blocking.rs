//! Blocking client of the VPC v2 API.

use super::{model, operation, SERVICE};
use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::{Error, Response};

/// Blocking client of the VPC v2 API, with the methods of the async
/// [`VpcClient`](super::VpcClient).
#[derive(Debug, Clone)]
pub struct VpcClient {
    client: ::huaweicloud_sdk_core::client::blocking::Client,
}

impl ServiceClient for VpcClient {
    fn from_client(client: ::huaweicloud_sdk_core::Client) -> Self {
        VpcClient {
            client: ::huaweicloud_sdk_core::client::blocking::Client::new(client),
        }
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
    pub fn accept_vpc_peering(
        &self,
        request: model::AcceptVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::AcceptVpcPeeringResponse>, Error> {
        self.client.call(&operation::ACCEPT_VPC_PEERING, request)
    }

    /// Calls `AssociateRouteTable`: `POST /v1/{project_id}/routetables/{routetable_id}/action`.
    pub fn associate_route_table(
        &self,
        request: model::AssociateRouteTableRequest,
    ) -> ::std::result::Result<Response<model::AssociateRouteTableResponse>, Error> {
        self.client.call(&operation::ASSOCIATE_ROUTE_TABLE, request)
    }

    /// Calls `BatchCreateSecurityGroupTags`: `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags/action`.
    pub fn batch_create_security_group_tags(
        &self,
        request: model::BatchCreateSecurityGroupTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSecurityGroupTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SECURITY_GROUP_TAGS, request)
    }

    /// Calls `BatchCreateSubnetTags`: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`.
    pub fn batch_create_subnet_tags(
        &self,
        request: model::BatchCreateSubnetTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSubnetTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SUBNET_TAGS, request)
    }

    /// Calls `BatchDeleteSecurityGroupTags`: `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags/action`.
    pub fn batch_delete_security_group_tags(
        &self,
        request: model::BatchDeleteSecurityGroupTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteSecurityGroupTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SECURITY_GROUP_TAGS, request)
    }

    /// Calls `BatchDeleteSubnetTags`: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`.
    pub fn batch_delete_subnet_tags(
        &self,
        request: model::BatchDeleteSubnetTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteSubnetTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SUBNET_TAGS, request)
    }

    /// Calls `CreateFlowLog`: `POST /v1/{project_id}/fl/flow_logs`.
    pub fn create_flow_log(
        &self,
        request: model::CreateFlowLogRequest,
    ) -> ::std::result::Result<Response<model::CreateFlowLogResponse>, Error> {
        self.client.call(&operation::CREATE_FLOW_LOG, request)
    }

    /// Calls `CreatePort`: `POST /v1/{project_id}/ports`.
    pub fn create_port(
        &self,
        request: model::CreatePortRequest,
    ) -> ::std::result::Result<Response<model::CreatePortResponse>, Error> {
        self.client.call(&operation::CREATE_PORT, request)
    }

    /// Calls `CreateRouteTable`: `POST /v1/{project_id}/routetables`.
    pub fn create_route_table(
        &self,
        request: model::CreateRouteTableRequest,
    ) -> ::std::result::Result<Response<model::CreateRouteTableResponse>, Error> {
        self.client.call(&operation::CREATE_ROUTE_TABLE, request)
    }

    /// Calls `CreateSecurityGroup`: `POST /v1/{project_id}/security-groups`.
    pub fn create_security_group(
        &self,
        request: model::CreateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::CreateSecurityGroupResponse>, Error> {
        self.client.call(&operation::CREATE_SECURITY_GROUP, request)
    }

    /// Calls `CreateSecurityGroupRule`: `POST /v1/{project_id}/security-group-rules`.
    pub fn create_security_group_rule(
        &self,
        request: model::CreateSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::CreateSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::CREATE_SECURITY_GROUP_RULE, request)
    }

    /// Calls `CreateSecurityGroupTag`: `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags`.
    pub fn create_security_group_tag(
        &self,
        request: model::CreateSecurityGroupTagRequest,
    ) -> ::std::result::Result<Response<model::CreateSecurityGroupTagResponse>, Error> {
        self.client
            .call(&operation::CREATE_SECURITY_GROUP_TAG, request)
    }

    /// Calls `CreateSubnet`: `POST /v1/{project_id}/subnets`.
    pub fn create_subnet(
        &self,
        request: model::CreateSubnetRequest,
    ) -> ::std::result::Result<Response<model::CreateSubnetResponse>, Error> {
        self.client.call(&operation::CREATE_SUBNET, request)
    }

    /// Calls `CreateSubnetTag`: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags`.
    pub fn create_subnet_tag(
        &self,
        request: model::CreateSubnetTagRequest,
    ) -> ::std::result::Result<Response<model::CreateSubnetTagResponse>, Error> {
        self.client.call(&operation::CREATE_SUBNET_TAG, request)
    }

    /// Calls `CreateVpcPeering`: `POST /v2.0/vpc/peerings`.
    pub fn create_vpc_peering(
        &self,
        request: model::CreateVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::CreateVpcPeeringResponse>, Error> {
        self.client.call(&operation::CREATE_VPC_PEERING, request)
    }

    /// Calls `DeleteFlowLog`: `DELETE /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
    pub fn delete_flow_log(
        &self,
        request: model::DeleteFlowLogRequest,
    ) -> ::std::result::Result<Response<model::DeleteFlowLogResponse>, Error> {
        self.client.call(&operation::DELETE_FLOW_LOG, request)
    }

    /// Calls `DeletePort`: `DELETE /v1/{project_id}/ports/{port_id}`.
    pub fn delete_port(
        &self,
        request: model::DeletePortRequest,
    ) -> ::std::result::Result<Response<model::DeletePortResponse>, Error> {
        self.client.call(&operation::DELETE_PORT, request)
    }

    /// Calls `DeleteRouteTable`: `DELETE /v1/{project_id}/routetables/{routetable_id}`.
    pub fn delete_route_table(
        &self,
        request: model::DeleteRouteTableRequest,
    ) -> ::std::result::Result<Response<model::DeleteRouteTableResponse>, Error> {
        self.client.call(&operation::DELETE_ROUTE_TABLE, request)
    }

    /// Calls `DeleteSecurityGroup`: `DELETE /v1/{project_id}/security-groups/{security_group_id}`.
    pub fn delete_security_group(
        &self,
        request: model::DeleteSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteSecurityGroupResponse>, Error> {
        self.client.call(&operation::DELETE_SECURITY_GROUP, request)
    }

    /// Calls `DeleteSecurityGroupRule`: `DELETE /v1/{project_id}/security-group-rules/{security_group_rule_id}`.
    pub fn delete_security_group_rule(
        &self,
        request: model::DeleteSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::DeleteSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::DELETE_SECURITY_GROUP_RULE, request)
    }

    /// Calls `DeleteSecurityGroupTag`: `DELETE /v2.0/{project_id}/security-groups/{security_group_id}/tags/{key}`.
    pub fn delete_security_group_tag(
        &self,
        request: model::DeleteSecurityGroupTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteSecurityGroupTagResponse>, Error> {
        self.client
            .call(&operation::DELETE_SECURITY_GROUP_TAG, request)
    }

    /// Calls `DeleteSubnet`: `DELETE /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`.
    pub fn delete_subnet(
        &self,
        request: model::DeleteSubnetRequest,
    ) -> ::std::result::Result<Response<model::DeleteSubnetResponse>, Error> {
        self.client.call(&operation::DELETE_SUBNET, request)
    }

    /// Calls `DeleteSubnetTag`: `DELETE /v2.0/{project_id}/subnets/{subnet_id}/tags/{key}`.
    pub fn delete_subnet_tag(
        &self,
        request: model::DeleteSubnetTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteSubnetTagResponse>, Error> {
        self.client.call(&operation::DELETE_SUBNET_TAG, request)
    }

    /// Calls `DeleteVpcPeering`: `DELETE /v2.0/vpc/peerings/{peering_id}`.
    pub fn delete_vpc_peering(
        &self,
        request: model::DeleteVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::DeleteVpcPeeringResponse>, Error> {
        self.client.call(&operation::DELETE_VPC_PEERING, request)
    }

    /// Calls `DisassociateRouteTable`: `POST /v1/{project_id}/routetables/{routetable_id}/action`.
    pub fn disassociate_route_table(
        &self,
        request: model::DisassociateRouteTableRequest,
    ) -> ::std::result::Result<Response<model::DisassociateRouteTableResponse>, Error> {
        self.client
            .call(&operation::DISASSOCIATE_ROUTE_TABLE, request)
    }

    /// Calls `ListFlowLogs`: `GET /v1/{project_id}/fl/flow_logs`.
    pub fn list_flow_logs(
        &self,
        request: model::ListFlowLogsRequest,
    ) -> ::std::result::Result<Response<model::ListFlowLogsResponse>, Error> {
        self.client.call(&operation::LIST_FLOW_LOGS, request)
    }

    /// Calls `ListPorts`: `GET /v1/{project_id}/ports`.
    pub fn list_ports(
        &self,
        request: model::ListPortsRequest,
    ) -> ::std::result::Result<Response<model::ListPortsResponse>, Error> {
        self.client.call(&operation::LIST_PORTS, request)
    }

    /// Calls `ListRouteTables`: `GET /v1/{project_id}/routetables`.
    pub fn list_route_tables(
        &self,
        request: model::ListRouteTablesRequest,
    ) -> ::std::result::Result<Response<model::ListRouteTablesResponse>, Error> {
        self.client.call(&operation::LIST_ROUTE_TABLES, request)
    }

    /// Calls `ListSecurityGroupRules`: `GET /v1/{project_id}/security-group-rules`.
    pub fn list_security_group_rules(
        &self,
        request: model::ListSecurityGroupRulesRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupRulesResponse>, Error> {
        self.client
            .call(&operation::LIST_SECURITY_GROUP_RULES, request)
    }

    /// Calls `ListSecurityGroupTags`: `GET /v2.0/{project_id}/security-groups/tags`.
    pub fn list_security_group_tags(
        &self,
        request: model::ListSecurityGroupTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SECURITY_GROUP_TAGS, request)
    }

    /// Calls `ListSecurityGroups`: `GET /v1/{project_id}/security-groups`.
    pub fn list_security_groups(
        &self,
        request: model::ListSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupsResponse>, Error> {
        self.client.call(&operation::LIST_SECURITY_GROUPS, request)
    }

    /// Calls `ListSecurityGroupsByTags`: `POST /v2.0/{project_id}/security-groups/resource_instances/action`.
    pub fn list_security_groups_by_tags(
        &self,
        request: model::ListSecurityGroupsByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupsByTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SECURITY_GROUPS_BY_TAGS, request)
    }

    /// Calls `ListSubnetTags`: `GET /v2.0/{project_id}/subnets/tags`.
    pub fn list_subnet_tags(
        &self,
        request: model::ListSubnetTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSubnetTagsResponse>, Error> {
        self.client.call(&operation::LIST_SUBNET_TAGS, request)
    }

    /// Calls `ListSubnets`: `GET /v1/{project_id}/subnets`.
    pub fn list_subnets(
        &self,
        request: model::ListSubnetsRequest,
    ) -> ::std::result::Result<Response<model::ListSubnetsResponse>, Error> {
        self.client.call(&operation::LIST_SUBNETS, request)
    }

    /// Calls `ListSubnetsByTags`: `POST /v2.0/{project_id}/subnets/resource_instances/action`.
    pub fn list_subnets_by_tags(
        &self,
        request: model::ListSubnetsByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSubnetsByTagsResponse>, Error> {
        self.client.call(&operation::LIST_SUBNETS_BY_TAGS, request)
    }

    /// Calls `ListVpcPeerings`: `GET /v2.0/vpc/peerings`.
    pub fn list_vpc_peerings(
        &self,
        request: model::ListVpcPeeringsRequest,
    ) -> ::std::result::Result<Response<model::ListVpcPeeringsResponse>, Error> {
        self.client.call(&operation::LIST_VPC_PEERINGS, request)
    }

    /// Calls `RejectVpcPeering`: `PUT /v2.0/vpc/peerings/{peering_id}/reject`.
    pub fn reject_vpc_peering(
        &self,
        request: model::RejectVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::RejectVpcPeeringResponse>, Error> {
        self.client.call(&operation::REJECT_VPC_PEERING, request)
    }

    /// Calls `ShowFlowLog`: `GET /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
    pub fn show_flow_log(
        &self,
        request: model::ShowFlowLogRequest,
    ) -> ::std::result::Result<Response<model::ShowFlowLogResponse>, Error> {
        self.client.call(&operation::SHOW_FLOW_LOG, request)
    }

    /// Calls `ShowPort`: `GET /v1/{project_id}/ports/{port_id}`.
    pub fn show_port(
        &self,
        request: model::ShowPortRequest,
    ) -> ::std::result::Result<Response<model::ShowPortResponse>, Error> {
        self.client.call(&operation::SHOW_PORT, request)
    }

    /// Calls `ShowQuota`: `GET /v1/{project_id}/quotas`.
    pub fn show_quota(
        &self,
        request: model::ShowQuotaRequest,
    ) -> ::std::result::Result<Response<model::ShowQuotaResponse>, Error> {
        self.client.call(&operation::SHOW_QUOTA, request)
    }

    /// Calls `ShowRouteTable`: `GET /v1/{project_id}/routetables/{routetable_id}`.
    pub fn show_route_table(
        &self,
        request: model::ShowRouteTableRequest,
    ) -> ::std::result::Result<Response<model::ShowRouteTableResponse>, Error> {
        self.client.call(&operation::SHOW_ROUTE_TABLE, request)
    }

    /// Calls `ShowSecurityGroup`: `GET /v1/{project_id}/security-groups/{security_group_id}`.
    pub fn show_security_group(
        &self,
        request: model::ShowSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::ShowSecurityGroupResponse>, Error> {
        self.client.call(&operation::SHOW_SECURITY_GROUP, request)
    }

    /// Calls `ShowSecurityGroupRule`: `GET /v1/{project_id}/security-group-rules/{security_group_rule_id}`.
    pub fn show_security_group_rule(
        &self,
        request: model::ShowSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::ShowSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::SHOW_SECURITY_GROUP_RULE, request)
    }

    /// Calls `ShowSecurityGroupTags`: `GET /v2.0/{project_id}/security-groups/{security_group_id}/tags`.
    pub fn show_security_group_tags(
        &self,
        request: model::ShowSecurityGroupTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowSecurityGroupTagsResponse>, Error> {
        self.client
            .call(&operation::SHOW_SECURITY_GROUP_TAGS, request)
    }

    /// Calls `ShowSubnet`: `GET /v1/{project_id}/subnets/{subnet_id}`.
    pub fn show_subnet(
        &self,
        request: model::ShowSubnetRequest,
    ) -> ::std::result::Result<Response<model::ShowSubnetResponse>, Error> {
        self.client.call(&operation::SHOW_SUBNET, request)
    }

    /// Calls `ShowSubnetTags`: `GET /v2.0/{project_id}/subnets/{subnet_id}/tags`.
    pub fn show_subnet_tags(
        &self,
        request: model::ShowSubnetTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowSubnetTagsResponse>, Error> {
        self.client.call(&operation::SHOW_SUBNET_TAGS, request)
    }

    /// Calls `ShowVpcPeering`: `GET /v2.0/vpc/peerings/{peering_id}`.
    pub fn show_vpc_peering(
        &self,
        request: model::ShowVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::ShowVpcPeeringResponse>, Error> {
        self.client.call(&operation::SHOW_VPC_PEERING, request)
    }

    /// Calls `UpdateFlowLog`: `PUT /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
    pub fn update_flow_log(
        &self,
        request: model::UpdateFlowLogRequest,
    ) -> ::std::result::Result<Response<model::UpdateFlowLogResponse>, Error> {
        self.client.call(&operation::UPDATE_FLOW_LOG, request)
    }

    /// Calls `UpdatePort`: `PUT /v1/{project_id}/ports/{port_id}`.
    pub fn update_port(
        &self,
        request: model::UpdatePortRequest,
    ) -> ::std::result::Result<Response<model::UpdatePortResponse>, Error> {
        self.client.call(&operation::UPDATE_PORT, request)
    }

    /// Calls `UpdateRouteTable`: `PUT /v1/{project_id}/routetables/{routetable_id}`.
    pub fn update_route_table(
        &self,
        request: model::UpdateRouteTableRequest,
    ) -> ::std::result::Result<Response<model::UpdateRouteTableResponse>, Error> {
        self.client.call(&operation::UPDATE_ROUTE_TABLE, request)
    }

    /// Calls `UpdateSubnet`: `PUT /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`.
    pub fn update_subnet(
        &self,
        request: model::UpdateSubnetRequest,
    ) -> ::std::result::Result<Response<model::UpdateSubnetResponse>, Error> {
        self.client.call(&operation::UPDATE_SUBNET, request)
    }

    /// Calls `UpdateVpcPeering`: `PUT /v2.0/vpc/peerings/{peering_id}`.
    pub fn update_vpc_peering(
        &self,
        request: model::UpdateVpcPeeringRequest,
    ) -> ::std::result::Result<Response<model::UpdateVpcPeeringResponse>, Error> {
        self.client.call(&operation::UPDATE_VPC_PEERING, request)
    }

    /// Calls `CreatePrivateip`: `POST /v1/{project_id}/privateips`.
    pub fn create_privateip(
        &self,
        request: model::CreatePrivateipRequest,
    ) -> ::std::result::Result<Response<model::CreatePrivateipResponse>, Error> {
        self.client.call(&operation::CREATE_PRIVATEIP, request)
    }

    /// Calls `DeletePrivateip`: `DELETE /v1/{project_id}/privateips/{privateip_id}`.
    pub fn delete_privateip(
        &self,
        request: model::DeletePrivateipRequest,
    ) -> ::std::result::Result<Response<model::DeletePrivateipResponse>, Error> {
        self.client.call(&operation::DELETE_PRIVATEIP, request)
    }

    /// Calls `ListPrivateips`: `GET /v1/{project_id}/subnets/{subnet_id}/privateips`.
    pub fn list_privateips(
        &self,
        request: model::ListPrivateipsRequest,
    ) -> ::std::result::Result<Response<model::ListPrivateipsResponse>, Error> {
        self.client.call(&operation::LIST_PRIVATEIPS, request)
    }

    /// Calls `ShowNetworkIpAvailabilities`: `GET /v2.0/network-ip-availabilities/{network_id}`.
    pub fn show_network_ip_availabilities(
        &self,
        request: model::ShowNetworkIpAvailabilitiesRequest,
    ) -> ::std::result::Result<Response<model::ShowNetworkIpAvailabilitiesResponse>, Error> {
        self.client
            .call(&operation::SHOW_NETWORK_IP_AVAILABILITIES, request)
    }

    /// Calls `ShowPrivateip`: `GET /v1/{project_id}/privateips/{privateip_id}`.
    pub fn show_privateip(
        &self,
        request: model::ShowPrivateipRequest,
    ) -> ::std::result::Result<Response<model::ShowPrivateipResponse>, Error> {
        self.client.call(&operation::SHOW_PRIVATEIP, request)
    }

    /// Calls `NeutronAddRouterInterface`: `PUT /v2.0/routers/{router_id}/add_router_interface`.
    pub fn neutron_add_router_interface(
        &self,
        request: model::NeutronAddRouterInterfaceRequest,
    ) -> ::std::result::Result<Response<model::NeutronAddRouterInterfaceResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_ADD_ROUTER_INTERFACE, request)
    }

    /// Calls `NeutronCreateNetwork`: `POST /v2.0/networks`.
    pub fn neutron_create_network(
        &self,
        request: model::NeutronCreateNetworkRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateNetworkResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_NETWORK, request)
    }

    /// Calls `NeutronCreatePort`: `POST /v2.0/ports`.
    pub fn neutron_create_port(
        &self,
        request: model::NeutronCreatePortRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreatePortResponse>, Error> {
        self.client.call(&operation::NEUTRON_CREATE_PORT, request)
    }

    /// Calls `NeutronCreateRouter`: `POST /v2.0/routers`.
    pub fn neutron_create_router(
        &self,
        request: model::NeutronCreateRouterRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateRouterResponse>, Error> {
        self.client.call(&operation::NEUTRON_CREATE_ROUTER, request)
    }

    /// Calls `NeutronCreateSecurityGroup`: `POST /v2.0/security-groups`.
    pub fn neutron_create_security_group(
        &self,
        request: model::NeutronCreateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_SECURITY_GROUP, request)
    }

    /// Calls `NeutronCreateSecurityGroupRule`: `POST /v2.0/security-group-rules`.
    pub fn neutron_create_security_group_rule(
        &self,
        request: model::NeutronCreateSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_SECURITY_GROUP_RULE, request)
    }

    /// Calls `NeutronCreateSubnet`: `POST /v2.0/subnets`.
    pub fn neutron_create_subnet(
        &self,
        request: model::NeutronCreateSubnetRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateSubnetResponse>, Error> {
        self.client.call(&operation::NEUTRON_CREATE_SUBNET, request)
    }

    /// Calls `NeutronDeleteNetwork`: `DELETE /v2.0/networks/{network_id}`.
    pub fn neutron_delete_network(
        &self,
        request: model::NeutronDeleteNetworkRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteNetworkResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_NETWORK, request)
    }

    /// Calls `NeutronDeletePort`: `DELETE /v2.0/ports/{port_id}`.
    pub fn neutron_delete_port(
        &self,
        request: model::NeutronDeletePortRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeletePortResponse>, Error> {
        self.client.call(&operation::NEUTRON_DELETE_PORT, request)
    }

    /// Calls `NeutronDeleteRouter`: `DELETE /v2.0/routers/{router_id}`.
    pub fn neutron_delete_router(
        &self,
        request: model::NeutronDeleteRouterRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteRouterResponse>, Error> {
        self.client.call(&operation::NEUTRON_DELETE_ROUTER, request)
    }

    /// Calls `NeutronDeleteSecurityGroup`: `DELETE /v2.0/security-groups/{security_group_id}`.
    pub fn neutron_delete_security_group(
        &self,
        request: model::NeutronDeleteSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_SECURITY_GROUP, request)
    }

    /// Calls `NeutronDeleteSecurityGroupRule`: `DELETE /v2.0/security-group-rules/{security_group_rule_id}`.
    pub fn neutron_delete_security_group_rule(
        &self,
        request: model::NeutronDeleteSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_SECURITY_GROUP_RULE, request)
    }

    /// Calls `NeutronDeleteSubnet`: `DELETE /v2.0/subnets/{subnet_id}`.
    pub fn neutron_delete_subnet(
        &self,
        request: model::NeutronDeleteSubnetRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteSubnetResponse>, Error> {
        self.client.call(&operation::NEUTRON_DELETE_SUBNET, request)
    }

    /// Calls `NeutronListNetworks`: `GET /v2.0/networks`.
    pub fn neutron_list_networks(
        &self,
        request: model::NeutronListNetworksRequest,
    ) -> ::std::result::Result<Response<model::NeutronListNetworksResponse>, Error> {
        self.client.call(&operation::NEUTRON_LIST_NETWORKS, request)
    }

    /// Calls `NeutronListPorts`: `GET /v2.0/ports`.
    pub fn neutron_list_ports(
        &self,
        request: model::NeutronListPortsRequest,
    ) -> ::std::result::Result<Response<model::NeutronListPortsResponse>, Error> {
        self.client.call(&operation::NEUTRON_LIST_PORTS, request)
    }

    /// Calls `NeutronListRouters`: `GET /v2.0/routers`.
    pub fn neutron_list_routers(
        &self,
        request: model::NeutronListRoutersRequest,
    ) -> ::std::result::Result<Response<model::NeutronListRoutersResponse>, Error> {
        self.client.call(&operation::NEUTRON_LIST_ROUTERS, request)
    }

    /// Calls `NeutronListSecurityGroupRules`: `GET /v2.0/security-group-rules`.
    pub fn neutron_list_security_group_rules(
        &self,
        request: model::NeutronListSecurityGroupRulesRequest,
    ) -> ::std::result::Result<Response<model::NeutronListSecurityGroupRulesResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_SECURITY_GROUP_RULES, request)
    }

    /// Calls `NeutronListSecurityGroups`: `GET /v2.0/security-groups`.
    pub fn neutron_list_security_groups(
        &self,
        request: model::NeutronListSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::NeutronListSecurityGroupsResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_SECURITY_GROUPS, request)
    }

    /// Calls `NeutronListSubnets`: `GET /v2.0/subnets`.
    pub fn neutron_list_subnets(
        &self,
        request: model::NeutronListSubnetsRequest,
    ) -> ::std::result::Result<Response<model::NeutronListSubnetsResponse>, Error> {
        self.client.call(&operation::NEUTRON_LIST_SUBNETS, request)
    }

    /// Calls `NeutronRemoveRouterInterface`: `PUT /v2.0/routers/{router_id}/remove_router_interface`.
    pub fn neutron_remove_router_interface(
        &self,
        request: model::NeutronRemoveRouterInterfaceRequest,
    ) -> ::std::result::Result<Response<model::NeutronRemoveRouterInterfaceResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_REMOVE_ROUTER_INTERFACE, request)
    }

    /// Calls `NeutronShowNetwork`: `GET /v2.0/networks/{network_id}`.
    pub fn neutron_show_network(
        &self,
        request: model::NeutronShowNetworkRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowNetworkResponse>, Error> {
        self.client.call(&operation::NEUTRON_SHOW_NETWORK, request)
    }

    /// Calls `NeutronShowPort`: `GET /v2.0/ports/{port_id}`.
    pub fn neutron_show_port(
        &self,
        request: model::NeutronShowPortRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowPortResponse>, Error> {
        self.client.call(&operation::NEUTRON_SHOW_PORT, request)
    }

    /// Calls `NeutronShowRouter`: `GET /v2.0/routers/{router_id}`.
    pub fn neutron_show_router(
        &self,
        request: model::NeutronShowRouterRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowRouterResponse>, Error> {
        self.client.call(&operation::NEUTRON_SHOW_ROUTER, request)
    }

    /// Calls `NeutronShowSecurityGroup`: `GET /v2.0/security-groups/{security_group_id}`.
    pub fn neutron_show_security_group(
        &self,
        request: model::NeutronShowSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_SECURITY_GROUP, request)
    }

    /// Calls `NeutronShowSecurityGroupRule`: `GET /v2.0/security-group-rules/{security_group_rule_id}`.
    pub fn neutron_show_security_group_rule(
        &self,
        request: model::NeutronShowSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_SECURITY_GROUP_RULE, request)
    }

    /// Calls `NeutronShowSubnet`: `GET /v2.0/subnets/{subnet_id}`.
    pub fn neutron_show_subnet(
        &self,
        request: model::NeutronShowSubnetRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowSubnetResponse>, Error> {
        self.client.call(&operation::NEUTRON_SHOW_SUBNET, request)
    }

    /// Calls `NeutronUpdateNetwork`: `PUT /v2.0/networks/{network_id}`.
    pub fn neutron_update_network(
        &self,
        request: model::NeutronUpdateNetworkRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateNetworkResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_NETWORK, request)
    }

    /// Calls `NeutronUpdatePort`: `PUT /v2.0/ports/{port_id}`.
    pub fn neutron_update_port(
        &self,
        request: model::NeutronUpdatePortRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdatePortResponse>, Error> {
        self.client.call(&operation::NEUTRON_UPDATE_PORT, request)
    }

    /// Calls `NeutronUpdateRouter`: `PUT /v2.0/routers/{router_id}`.
    pub fn neutron_update_router(
        &self,
        request: model::NeutronUpdateRouterRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateRouterResponse>, Error> {
        self.client.call(&operation::NEUTRON_UPDATE_ROUTER, request)
    }

    /// Calls `NeutronUpdateSecurityGroup`: `PUT /v2.0/security-groups/{security_group_id}`.
    pub fn neutron_update_security_group(
        &self,
        request: model::NeutronUpdateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_SECURITY_GROUP, request)
    }

    /// Calls `NeutronUpdateSubnet`: `PUT /v2.0/subnets/{subnet_id}`.
    pub fn neutron_update_subnet(
        &self,
        request: model::NeutronUpdateSubnetRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateSubnetResponse>, Error> {
        self.client.call(&operation::NEUTRON_UPDATE_SUBNET, request)
    }

    /// Calls `NeutronAddFirewallRule`: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/insert_rule`.
    pub fn neutron_add_firewall_rule(
        &self,
        request: model::NeutronAddFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronAddFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_ADD_FIREWALL_RULE, request)
    }

    /// Calls `NeutronCreateFirewallGroup`: `POST /v2.0/fwaas/firewall_groups`.
    pub fn neutron_create_firewall_group(
        &self,
        request: model::NeutronCreateFirewallGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateFirewallGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_FIREWALL_GROUP, request)
    }

    /// Calls `NeutronCreateFirewallPolicy`: `POST /v2.0/fwaas/firewall_policies`.
    pub fn neutron_create_firewall_policy(
        &self,
        request: model::NeutronCreateFirewallPolicyRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateFirewallPolicyResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_FIREWALL_POLICY, request)
    }

    /// Calls `NeutronCreateFirewallRule`: `POST /v2.0/fwaas/firewall_rules`.
    pub fn neutron_create_firewall_rule(
        &self,
        request: model::NeutronCreateFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronCreateFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_CREATE_FIREWALL_RULE, request)
    }

    /// Calls `NeutronDeleteFirewallGroup`: `DELETE /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
    pub fn neutron_delete_firewall_group(
        &self,
        request: model::NeutronDeleteFirewallGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteFirewallGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_FIREWALL_GROUP, request)
    }

    /// Calls `NeutronDeleteFirewallPolicy`: `DELETE /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
    pub fn neutron_delete_firewall_policy(
        &self,
        request: model::NeutronDeleteFirewallPolicyRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteFirewallPolicyResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_FIREWALL_POLICY, request)
    }

    /// Calls `NeutronDeleteFirewallRule`: `DELETE /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
    pub fn neutron_delete_firewall_rule(
        &self,
        request: model::NeutronDeleteFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronDeleteFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_DELETE_FIREWALL_RULE, request)
    }

    /// Calls `NeutronListFirewallGroups`: `GET /v2.0/fwaas/firewall_groups`.
    pub fn neutron_list_firewall_groups(
        &self,
        request: model::NeutronListFirewallGroupsRequest,
    ) -> ::std::result::Result<Response<model::NeutronListFirewallGroupsResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_FIREWALL_GROUPS, request)
    }

    /// Calls `NeutronListFirewallPolicies`: `GET /v2.0/fwaas/firewall_policies`.
    pub fn neutron_list_firewall_policies(
        &self,
        request: model::NeutronListFirewallPoliciesRequest,
    ) -> ::std::result::Result<Response<model::NeutronListFirewallPoliciesResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_FIREWALL_POLICIES, request)
    }

    /// Calls `NeutronListFirewallRules`: `GET /v2.0/fwaas/firewall_rules`.
    pub fn neutron_list_firewall_rules(
        &self,
        request: model::NeutronListFirewallRulesRequest,
    ) -> ::std::result::Result<Response<model::NeutronListFirewallRulesResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_LIST_FIREWALL_RULES, request)
    }

    /// Calls `NeutronRemoveFirewallRule`: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/remove_rule`.
    pub fn neutron_remove_firewall_rule(
        &self,
        request: model::NeutronRemoveFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronRemoveFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_REMOVE_FIREWALL_RULE, request)
    }

    /// Calls `NeutronShowFirewallGroup`: `GET /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
    pub fn neutron_show_firewall_group(
        &self,
        request: model::NeutronShowFirewallGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowFirewallGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_FIREWALL_GROUP, request)
    }

    /// Calls `NeutronShowFirewallPolicy`: `GET /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
    pub fn neutron_show_firewall_policy(
        &self,
        request: model::NeutronShowFirewallPolicyRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowFirewallPolicyResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_FIREWALL_POLICY, request)
    }

    /// Calls `NeutronShowFirewallRule`: `GET /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
    pub fn neutron_show_firewall_rule(
        &self,
        request: model::NeutronShowFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronShowFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_SHOW_FIREWALL_RULE, request)
    }

    /// Calls `NeutronUpdateFirewallGroup`: `PUT /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
    pub fn neutron_update_firewall_group(
        &self,
        request: model::NeutronUpdateFirewallGroupRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateFirewallGroupResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_FIREWALL_GROUP, request)
    }

    /// Calls `NeutronUpdateFirewallPolicy`: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
    pub fn neutron_update_firewall_policy(
        &self,
        request: model::NeutronUpdateFirewallPolicyRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateFirewallPolicyResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_FIREWALL_POLICY, request)
    }

    /// Calls `NeutronUpdateFirewallRule`: `PUT /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
    pub fn neutron_update_firewall_rule(
        &self,
        request: model::NeutronUpdateFirewallRuleRequest,
    ) -> ::std::result::Result<Response<model::NeutronUpdateFirewallRuleResponse>, Error> {
        self.client
            .call(&operation::NEUTRON_UPDATE_FIREWALL_RULE, request)
    }

    /// Calls `ListApiVersion`: `GET /`.
    pub fn list_api_version(
        &self,
        request: model::ListApiVersionRequest,
    ) -> ::std::result::Result<Response<model::ListApiVersionResponse>, Error> {
        self.client.call(&operation::LIST_API_VERSION, request)
    }

    /// Calls `BatchCreateVpcTags`: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`.
    pub fn batch_create_vpc_tags(
        &self,
        request: model::BatchCreateVpcTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateVpcTagsResponse>, Error> {
        self.client.call(&operation::BATCH_CREATE_VPC_TAGS, request)
    }

    /// Calls `BatchDeleteVpcTags`: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`.
    pub fn batch_delete_vpc_tags(
        &self,
        request: model::BatchDeleteVpcTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteVpcTagsResponse>, Error> {
        self.client.call(&operation::BATCH_DELETE_VPC_TAGS, request)
    }

    /// Calls `CreateVpc`: `POST /v1/{project_id}/vpcs`.
    pub fn create_vpc(
        &self,
        request: model::CreateVpcRequest,
    ) -> ::std::result::Result<Response<model::CreateVpcResponse>, Error> {
        self.client.call(&operation::CREATE_VPC, request)
    }

    /// Calls `CreateVpcResourceTag`: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags`.
    pub fn create_vpc_resource_tag(
        &self,
        request: model::CreateVpcResourceTagRequest,
    ) -> ::std::result::Result<Response<model::CreateVpcResourceTagResponse>, Error> {
        self.client
            .call(&operation::CREATE_VPC_RESOURCE_TAG, request)
    }

    /// Calls `CreateVpcRoute`: `POST /v2.0/vpc/routes`.
    pub fn create_vpc_route(
        &self,
        request: model::CreateVpcRouteRequest,
    ) -> ::std::result::Result<Response<model::CreateVpcRouteResponse>, Error> {
        self.client.call(&operation::CREATE_VPC_ROUTE, request)
    }

    /// Calls `DeleteVpc`: `DELETE /v1/{project_id}/vpcs/{vpc_id}`.
    pub fn delete_vpc(
        &self,
        request: model::DeleteVpcRequest,
    ) -> ::std::result::Result<Response<model::DeleteVpcResponse>, Error> {
        self.client.call(&operation::DELETE_VPC, request)
    }

    /// Calls `DeleteVpcRoute`: `DELETE /v2.0/vpc/routes/{route_id}`.
    pub fn delete_vpc_route(
        &self,
        request: model::DeleteVpcRouteRequest,
    ) -> ::std::result::Result<Response<model::DeleteVpcRouteResponse>, Error> {
        self.client.call(&operation::DELETE_VPC_ROUTE, request)
    }

    /// Calls `DeleteVpcTag`: `DELETE /v2.0/{project_id}/vpcs/{vpc_id}/tags/{key}`.
    pub fn delete_vpc_tag(
        &self,
        request: model::DeleteVpcTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteVpcTagResponse>, Error> {
        self.client.call(&operation::DELETE_VPC_TAG, request)
    }

    /// Calls `ListVpcRoutes`: `GET /v2.0/vpc/routes`.
    pub fn list_vpc_routes(
        &self,
        request: model::ListVpcRoutesRequest,
    ) -> ::std::result::Result<Response<model::ListVpcRoutesResponse>, Error> {
        self.client.call(&operation::LIST_VPC_ROUTES, request)
    }

    /// Calls `ListVpcTags`: `GET /v2.0/{project_id}/vpcs/tags`.
    pub fn list_vpc_tags(
        &self,
        request: model::ListVpcTagsRequest,
    ) -> ::std::result::Result<Response<model::ListVpcTagsResponse>, Error> {
        self.client.call(&operation::LIST_VPC_TAGS, request)
    }

    /// Calls `ListVpcs`: `GET /v1/{project_id}/vpcs`.
    pub fn list_vpcs(
        &self,
        request: model::ListVpcsRequest,
    ) -> ::std::result::Result<Response<model::ListVpcsResponse>, Error> {
        self.client.call(&operation::LIST_VPCS, request)
    }

    /// Calls `ListVpcsByTags`: `POST /v2.0/{project_id}/vpcs/resource_instances/action`.
    pub fn list_vpcs_by_tags(
        &self,
        request: model::ListVpcsByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListVpcsByTagsResponse>, Error> {
        self.client.call(&operation::LIST_VPCS_BY_TAGS, request)
    }

    /// Calls `ShowVpc`: `GET /v1/{project_id}/vpcs/{vpc_id}`.
    pub fn show_vpc(
        &self,
        request: model::ShowVpcRequest,
    ) -> ::std::result::Result<Response<model::ShowVpcResponse>, Error> {
        self.client.call(&operation::SHOW_VPC, request)
    }

    /// Calls `ShowVpcRoute`: `GET /v2.0/vpc/routes/{route_id}`.
    pub fn show_vpc_route(
        &self,
        request: model::ShowVpcRouteRequest,
    ) -> ::std::result::Result<Response<model::ShowVpcRouteResponse>, Error> {
        self.client.call(&operation::SHOW_VPC_ROUTE, request)
    }

    /// Calls `ShowVpcTags`: `GET /v2.0/{project_id}/vpcs/{vpc_id}/tags`.
    pub fn show_vpc_tags(
        &self,
        request: model::ShowVpcTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowVpcTagsResponse>, Error> {
        self.client.call(&operation::SHOW_VPC_TAGS, request)
    }

    /// Calls `UpdateVpc`: `PUT /v1/{project_id}/vpcs/{vpc_id}`.
    pub fn update_vpc(
        &self,
        request: model::UpdateVpcRequest,
    ) -> ::std::result::Result<Response<model::UpdateVpcResponse>, Error> {
        self.client.call(&operation::UPDATE_VPC, request)
    }
}
