//! Blocking client of the VPC v3 API.

use super::{model, operation, SERVICE};
use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::{Error, Response};

/// Blocking client of the VPC v3 API, with the methods of the async
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

    /// Calls `AddSecurityGroups`: `PUT /v3/{project_id}/ports/{port_id}/insert-security-groups`.
    pub fn add_security_groups(
        &self,
        request: model::AddSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::AddSecurityGroupsResponse>, Error> {
        self.client.call(&operation::ADD_SECURITY_GROUPS, request)
    }

    /// Calls `AddSourcesToTrafficMirrorSession`: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/add-sources`.
    pub fn add_sources_to_traffic_mirror_session(
        &self,
        request: model::AddSourcesToTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::AddSourcesToTrafficMirrorSessionResponse>, Error>
    {
        self.client
            .call(&operation::ADD_SOURCES_TO_TRAFFIC_MIRROR_SESSION, request)
    }

    /// Calls `AttachSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/attach`.
    pub fn attach_sub_network_interface(
        &self,
        request: model::AttachSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::AttachSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::ATTACH_SUB_NETWORK_INTERFACE, request)
    }

    /// Calls `BatchCreatePortTags`: `POST /v3/{project_id}/ports/{port_id}/tags/create`.
    pub fn batch_create_port_tags(
        &self,
        request: model::BatchCreatePortTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreatePortTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_PORT_TAGS, request)
    }

    /// Calls `BatchCreateSecurityGroupRules`: `POST /v3/{project_id}/vpc/security-groups/{security_group_id}/security-group-rules/batch-create`.
    pub fn batch_create_security_group_rules(
        &self,
        request: model::BatchCreateSecurityGroupRulesRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSecurityGroupRulesResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SECURITY_GROUP_RULES, request)
    }

    /// Calls `BatchCreateSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces/batch-create`.
    pub fn batch_create_sub_network_interface(
        &self,
        request: model::BatchCreateSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SUB_NETWORK_INTERFACE, request)
    }

    /// Calls `BatchCreateSubNetworkInterfaceTags`: `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/create`.
    pub fn batch_create_sub_network_interface_tags(
        &self,
        request: model::BatchCreateSubNetworkInterfaceTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSubNetworkInterfaceTagsResponse>, Error>
    {
        self.client
            .call(&operation::BATCH_CREATE_SUB_NETWORK_INTERFACE_TAGS, request)
    }

    /// Calls `BatchDeletePortTags`: `POST /v3/{project_id}/ports/{port_id}/tags/delete`.
    pub fn batch_delete_port_tags(
        &self,
        request: model::BatchDeletePortTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeletePortTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_PORT_TAGS, request)
    }

    /// Calls `BatchDeleteSubNetworkInterfaceTags`: `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/delete`.
    pub fn batch_delete_sub_network_interface_tags(
        &self,
        request: model::BatchDeleteSubNetworkInterfaceTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteSubNetworkInterfaceTagsResponse>, Error>
    {
        self.client
            .call(&operation::BATCH_DELETE_SUB_NETWORK_INTERFACE_TAGS, request)
    }

    /// Calls `CountPortsByTags`: `POST /v3/{project_id}/ports/resource-instances/count`.
    pub fn count_ports_by_tags(
        &self,
        request: model::CountPortsByTagsRequest,
    ) -> ::std::result::Result<Response<model::CountPortsByTagsResponse>, Error> {
        self.client.call(&operation::COUNT_PORTS_BY_TAGS, request)
    }

    /// Calls `CountSubNetworkInterfacesByTags`: `POST /v3/{project_id}/sub-network-interfaces/resource-instances/count`.
    pub fn count_sub_network_interfaces_by_tags(
        &self,
        request: model::CountSubNetworkInterfacesByTagsRequest,
    ) -> ::std::result::Result<Response<model::CountSubNetworkInterfacesByTagsResponse>, Error>
    {
        self.client
            .call(&operation::COUNT_SUB_NETWORK_INTERFACES_BY_TAGS, request)
    }

    /// Calls `CreatePortTag`: `POST /v3/{project_id}/ports/{port_id}/tags`.
    pub fn create_port_tag(
        &self,
        request: model::CreatePortTagRequest,
    ) -> ::std::result::Result<Response<model::CreatePortTagResponse>, Error> {
        self.client.call(&operation::CREATE_PORT_TAG, request)
    }

    /// Calls `CreateSecurityGroup`: `POST /v3/{project_id}/vpc/security-groups`.
    pub fn create_security_group(
        &self,
        request: model::CreateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::CreateSecurityGroupResponse>, Error> {
        self.client.call(&operation::CREATE_SECURITY_GROUP, request)
    }

    /// Calls `CreateSecurityGroupRule`: `POST /v3/{project_id}/vpc/security-group-rules`.
    pub fn create_security_group_rule(
        &self,
        request: model::CreateSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::CreateSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::CREATE_SECURITY_GROUP_RULE, request)
    }

    /// Calls `CreateSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces`.
    pub fn create_sub_network_interface(
        &self,
        request: model::CreateSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::CreateSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::CREATE_SUB_NETWORK_INTERFACE, request)
    }

    /// Calls `CreateSubNetworkInterfaceTag`: `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags`.
    pub fn create_sub_network_interface_tag(
        &self,
        request: model::CreateSubNetworkInterfaceTagRequest,
    ) -> ::std::result::Result<Response<model::CreateSubNetworkInterfaceTagResponse>, Error> {
        self.client
            .call(&operation::CREATE_SUB_NETWORK_INTERFACE_TAG, request)
    }

    /// Calls `CreateTrafficMirrorFilter`: `POST /v3/{project_id}/vpc/traffic-mirror-filters`.
    pub fn create_traffic_mirror_filter(
        &self,
        request: model::CreateTrafficMirrorFilterRequest,
    ) -> ::std::result::Result<Response<model::CreateTrafficMirrorFilterResponse>, Error> {
        self.client
            .call(&operation::CREATE_TRAFFIC_MIRROR_FILTER, request)
    }

    /// Calls `CreateTrafficMirrorFilterRule`: `POST /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
    pub fn create_traffic_mirror_filter_rule(
        &self,
        request: model::CreateTrafficMirrorFilterRuleRequest,
    ) -> ::std::result::Result<Response<model::CreateTrafficMirrorFilterRuleResponse>, Error> {
        self.client
            .call(&operation::CREATE_TRAFFIC_MIRROR_FILTER_RULE, request)
    }

    /// Calls `CreateTrafficMirrorSession`: `POST /v3/{project_id}/vpc/traffic-mirror-sessions`.
    pub fn create_traffic_mirror_session(
        &self,
        request: model::CreateTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::CreateTrafficMirrorSessionResponse>, Error> {
        self.client
            .call(&operation::CREATE_TRAFFIC_MIRROR_SESSION, request)
    }

    /// Calls `CreateVirsubnetCidrReservation`: `POST /v3/{project_id}/vpc/virsubnet-cidr-reservations`.
    pub fn create_virsubnet_cidr_reservation(
        &self,
        request: model::CreateVirsubnetCidrReservationRequest,
    ) -> ::std::result::Result<Response<model::CreateVirsubnetCidrReservationResponse>, Error> {
        self.client
            .call(&operation::CREATE_VIRSUBNET_CIDR_RESERVATION, request)
    }

    /// Calls `DeletePortTag`: `DELETE /v3/{project_id}/ports/{port_id}/tags/{tag_key}`.
    pub fn delete_port_tag(
        &self,
        request: model::DeletePortTagRequest,
    ) -> ::std::result::Result<Response<model::DeletePortTagResponse>, Error> {
        self.client.call(&operation::DELETE_PORT_TAG, request)
    }

    /// Calls `DeleteSecurityGroup`: `DELETE /v3/{project_id}/vpc/security-groups/{security_group_id}`.
    pub fn delete_security_group(
        &self,
        request: model::DeleteSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteSecurityGroupResponse>, Error> {
        self.client.call(&operation::DELETE_SECURITY_GROUP, request)
    }

    /// Calls `DeleteSecurityGroupRule`: `DELETE /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`.
    pub fn delete_security_group_rule(
        &self,
        request: model::DeleteSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::DeleteSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::DELETE_SECURITY_GROUP_RULE, request)
    }

    /// Calls `DeleteSubNetworkInterface`: `DELETE /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
    pub fn delete_sub_network_interface(
        &self,
        request: model::DeleteSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::DeleteSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::DELETE_SUB_NETWORK_INTERFACE, request)
    }

    /// Calls `DeleteSubNetworkInterfaceTag`: `DELETE /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/{tag_key}`.
    pub fn delete_sub_network_interface_tag(
        &self,
        request: model::DeleteSubNetworkInterfaceTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteSubNetworkInterfaceTagResponse>, Error> {
        self.client
            .call(&operation::DELETE_SUB_NETWORK_INTERFACE_TAG, request)
    }

    /// Calls `DeleteTrafficMirrorFilter`: `DELETE /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
    pub fn delete_traffic_mirror_filter(
        &self,
        request: model::DeleteTrafficMirrorFilterRequest,
    ) -> ::std::result::Result<Response<model::DeleteTrafficMirrorFilterResponse>, Error> {
        self.client
            .call(&operation::DELETE_TRAFFIC_MIRROR_FILTER, request)
    }

    /// Calls `DeleteTrafficMirrorFilterRule`: `DELETE /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
    pub fn delete_traffic_mirror_filter_rule(
        &self,
        request: model::DeleteTrafficMirrorFilterRuleRequest,
    ) -> ::std::result::Result<Response<model::DeleteTrafficMirrorFilterRuleResponse>, Error> {
        self.client
            .call(&operation::DELETE_TRAFFIC_MIRROR_FILTER_RULE, request)
    }

    /// Calls `DeleteTrafficMirrorSession`: `DELETE /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
    pub fn delete_traffic_mirror_session(
        &self,
        request: model::DeleteTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::DeleteTrafficMirrorSessionResponse>, Error> {
        self.client
            .call(&operation::DELETE_TRAFFIC_MIRROR_SESSION, request)
    }

    /// Calls `DeleteVirsubnetCidrReservation`: `DELETE /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
    pub fn delete_virsubnet_cidr_reservation(
        &self,
        request: model::DeleteVirsubnetCidrReservationRequest,
    ) -> ::std::result::Result<Response<model::DeleteVirsubnetCidrReservationResponse>, Error> {
        self.client
            .call(&operation::DELETE_VIRSUBNET_CIDR_RESERVATION, request)
    }

    /// Calls `DetachSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/detach`.
    pub fn detach_sub_network_interface(
        &self,
        request: model::DetachSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::DetachSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::DETACH_SUB_NETWORK_INTERFACE, request)
    }

    /// Calls `ListPortTags`: `GET /v3/{project_id}/ports/tags`.
    pub fn list_port_tags(
        &self,
        request: model::ListPortTagsRequest,
    ) -> ::std::result::Result<Response<model::ListPortTagsResponse>, Error> {
        self.client.call(&operation::LIST_PORT_TAGS, request)
    }

    /// Calls `ListPorts`: `GET /v3/{project_id}/ports`.
    pub fn list_ports(
        &self,
        request: model::ListPortsRequest,
    ) -> ::std::result::Result<Response<model::ListPortsResponse>, Error> {
        self.client.call(&operation::LIST_PORTS, request)
    }

    /// Calls `ListPortsByTags`: `POST /v3/{project_id}/ports/resource-instances/filter`.
    pub fn list_ports_by_tags(
        &self,
        request: model::ListPortsByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListPortsByTagsResponse>, Error> {
        self.client.call(&operation::LIST_PORTS_BY_TAGS, request)
    }

    /// Calls `ListSecurityGroupRules`: `GET /v3/{project_id}/vpc/security-group-rules`.
    pub fn list_security_group_rules(
        &self,
        request: model::ListSecurityGroupRulesRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupRulesResponse>, Error> {
        self.client
            .call(&operation::LIST_SECURITY_GROUP_RULES, request)
    }

    /// Calls `ListSecurityGroups`: `GET /v3/{project_id}/vpc/security-groups`.
    pub fn list_security_groups(
        &self,
        request: model::ListSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupsResponse>, Error> {
        self.client.call(&operation::LIST_SECURITY_GROUPS, request)
    }

    /// Calls `ListSubNetworkInterfaceTags`: `GET /v3/{project_id}/sub-network-interfaces/tags`.
    pub fn list_sub_network_interface_tags(
        &self,
        request: model::ListSubNetworkInterfaceTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSubNetworkInterfaceTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SUB_NETWORK_INTERFACE_TAGS, request)
    }

    /// Calls `ListSubNetworkInterfaces`: `GET /v3/{project_id}/vpc/sub-network-interfaces`.
    pub fn list_sub_network_interfaces(
        &self,
        request: model::ListSubNetworkInterfacesRequest,
    ) -> ::std::result::Result<Response<model::ListSubNetworkInterfacesResponse>, Error> {
        self.client
            .call(&operation::LIST_SUB_NETWORK_INTERFACES, request)
    }

    /// Calls `ListSubNetworkInterfacesByTags`: `POST /v3/{project_id}/sub-network-interfaces/resource-instances/filter`.
    pub fn list_sub_network_interfaces_by_tags(
        &self,
        request: model::ListSubNetworkInterfacesByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSubNetworkInterfacesByTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SUB_NETWORK_INTERFACES_BY_TAGS, request)
    }

    /// Calls `ListTrafficMirrorFilterRules`: `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
    pub fn list_traffic_mirror_filter_rules(
        &self,
        request: model::ListTrafficMirrorFilterRulesRequest,
    ) -> ::std::result::Result<Response<model::ListTrafficMirrorFilterRulesResponse>, Error> {
        self.client
            .call(&operation::LIST_TRAFFIC_MIRROR_FILTER_RULES, request)
    }

    /// Calls `ListTrafficMirrorFilters`: `GET /v3/{project_id}/vpc/traffic-mirror-filters`.
    pub fn list_traffic_mirror_filters(
        &self,
        request: model::ListTrafficMirrorFiltersRequest,
    ) -> ::std::result::Result<Response<model::ListTrafficMirrorFiltersResponse>, Error> {
        self.client
            .call(&operation::LIST_TRAFFIC_MIRROR_FILTERS, request)
    }

    /// Calls `ListTrafficMirrorSessions`: `GET /v3/{project_id}/vpc/traffic-mirror-sessions`.
    pub fn list_traffic_mirror_sessions(
        &self,
        request: model::ListTrafficMirrorSessionsRequest,
    ) -> ::std::result::Result<Response<model::ListTrafficMirrorSessionsResponse>, Error> {
        self.client
            .call(&operation::LIST_TRAFFIC_MIRROR_SESSIONS, request)
    }

    /// Calls `ListVirsubnetCidrReservations`: `GET /v3/{project_id}/vpc/virsubnet-cidr-reservations`.
    pub fn list_virsubnet_cidr_reservations(
        &self,
        request: model::ListVirsubnetCidrReservationsRequest,
    ) -> ::std::result::Result<Response<model::ListVirsubnetCidrReservationsResponse>, Error> {
        self.client
            .call(&operation::LIST_VIRSUBNET_CIDR_RESERVATIONS, request)
    }

    /// Calls `ListVirsubnets`: `GET /v3/{project_id}/vpc/virsubnets`.
    pub fn list_virsubnets(
        &self,
        request: model::ListVirsubnetsRequest,
    ) -> ::std::result::Result<Response<model::ListVirsubnetsResponse>, Error> {
        self.client.call(&operation::LIST_VIRSUBNETS, request)
    }

    /// Calls `MigrateSubNetworkInterface`: `PUT /v3/{project_id}/vpc/sub-network-interfaces/migrate`.
    pub fn migrate_sub_network_interface(
        &self,
        request: model::MigrateSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::MigrateSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::MIGRATE_SUB_NETWORK_INTERFACE, request)
    }

    /// Calls `RemoveSecurityGroups`: `PUT /v3/{project_id}/ports/{port_id}/remove-security-groups`.
    pub fn remove_security_groups(
        &self,
        request: model::RemoveSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::RemoveSecurityGroupsResponse>, Error> {
        self.client
            .call(&operation::REMOVE_SECURITY_GROUPS, request)
    }

    /// Calls `RemoveSourcesFromTrafficMirrorSession`: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/remove-sources`.
    pub fn remove_sources_from_traffic_mirror_session(
        &self,
        request: model::RemoveSourcesFromTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::RemoveSourcesFromTrafficMirrorSessionResponse>, Error>
    {
        self.client.call(
            &operation::REMOVE_SOURCES_FROM_TRAFFIC_MIRROR_SESSION,
            request,
        )
    }

    /// Calls `ShowPort`: `GET /v3/{project_id}/ports/{port_id}`.
    pub fn show_port(
        &self,
        request: model::ShowPortRequest,
    ) -> ::std::result::Result<Response<model::ShowPortResponse>, Error> {
        self.client.call(&operation::SHOW_PORT, request)
    }

    /// Calls `ShowPortTags`: `GET /v3/{project_id}/ports/{port_id}/tags`.
    pub fn show_port_tags(
        &self,
        request: model::ShowPortTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowPortTagsResponse>, Error> {
        self.client.call(&operation::SHOW_PORT_TAGS, request)
    }

    /// Calls `ShowQuota`: `GET /v3/{project_id}/vpc/quotas`.
    pub fn show_quota(
        &self,
        request: model::ShowQuotaRequest,
    ) -> ::std::result::Result<Response<model::ShowQuotaResponse>, Error> {
        self.client.call(&operation::SHOW_QUOTA, request)
    }

    /// Calls `ShowSecurityGroup`: `GET /v3/{project_id}/vpc/security-groups/{security_group_id}`.
    pub fn show_security_group(
        &self,
        request: model::ShowSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::ShowSecurityGroupResponse>, Error> {
        self.client.call(&operation::SHOW_SECURITY_GROUP, request)
    }

    /// Calls `ShowSecurityGroupRule`: `GET /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`.
    pub fn show_security_group_rule(
        &self,
        request: model::ShowSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::ShowSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::SHOW_SECURITY_GROUP_RULE, request)
    }

    /// Calls `ShowSubNetworkInterface`: `GET /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
    pub fn show_sub_network_interface(
        &self,
        request: model::ShowSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::ShowSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::SHOW_SUB_NETWORK_INTERFACE, request)
    }

    /// Calls `ShowSubNetworkInterfaceTags`: `GET /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags`.
    pub fn show_sub_network_interface_tags(
        &self,
        request: model::ShowSubNetworkInterfaceTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowSubNetworkInterfaceTagsResponse>, Error> {
        self.client
            .call(&operation::SHOW_SUB_NETWORK_INTERFACE_TAGS, request)
    }

    /// Calls `ShowSubNetworkInterfacesQuantity`: `GET /v3/{project_id}/vpc/sub-network-interfaces/count`.
    pub fn show_sub_network_interfaces_quantity(
        &self,
        request: model::ShowSubNetworkInterfacesQuantityRequest,
    ) -> ::std::result::Result<Response<model::ShowSubNetworkInterfacesQuantityResponse>, Error>
    {
        self.client
            .call(&operation::SHOW_SUB_NETWORK_INTERFACES_QUANTITY, request)
    }

    /// Calls `ShowTrafficMirrorFilter`: `GET /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
    pub fn show_traffic_mirror_filter(
        &self,
        request: model::ShowTrafficMirrorFilterRequest,
    ) -> ::std::result::Result<Response<model::ShowTrafficMirrorFilterResponse>, Error> {
        self.client
            .call(&operation::SHOW_TRAFFIC_MIRROR_FILTER, request)
    }

    /// Calls `ShowTrafficMirrorFilterRule`: `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
    pub fn show_traffic_mirror_filter_rule(
        &self,
        request: model::ShowTrafficMirrorFilterRuleRequest,
    ) -> ::std::result::Result<Response<model::ShowTrafficMirrorFilterRuleResponse>, Error> {
        self.client
            .call(&operation::SHOW_TRAFFIC_MIRROR_FILTER_RULE, request)
    }

    /// Calls `ShowTrafficMirrorSession`: `GET /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
    pub fn show_traffic_mirror_session(
        &self,
        request: model::ShowTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::ShowTrafficMirrorSessionResponse>, Error> {
        self.client
            .call(&operation::SHOW_TRAFFIC_MIRROR_SESSION, request)
    }

    /// Calls `ShowVirsubnet`: `GET /v3/{project_id}/vpc/virsubnets/{virsubnet_id}`.
    pub fn show_virsubnet(
        &self,
        request: model::ShowVirsubnetRequest,
    ) -> ::std::result::Result<Response<model::ShowVirsubnetResponse>, Error> {
        self.client.call(&operation::SHOW_VIRSUBNET, request)
    }

    /// Calls `ShowVirsubnetCidrReservation`: `GET /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
    pub fn show_virsubnet_cidr_reservation(
        &self,
        request: model::ShowVirsubnetCidrReservationRequest,
    ) -> ::std::result::Result<Response<model::ShowVirsubnetCidrReservationResponse>, Error> {
        self.client
            .call(&operation::SHOW_VIRSUBNET_CIDR_RESERVATION, request)
    }

    /// Calls `UpdateSecurityGroup`: `PUT /v3/{project_id}/vpc/security-groups/{security_group_id}`.
    pub fn update_security_group(
        &self,
        request: model::UpdateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::UpdateSecurityGroupResponse>, Error> {
        self.client.call(&operation::UPDATE_SECURITY_GROUP, request)
    }

    /// Calls `UpdateSubNetworkInterface`: `PUT /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
    pub fn update_sub_network_interface(
        &self,
        request: model::UpdateSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::UpdateSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SUB_NETWORK_INTERFACE, request)
    }

    /// Calls `UpdateTrafficMirrorFilter`: `PUT /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
    pub fn update_traffic_mirror_filter(
        &self,
        request: model::UpdateTrafficMirrorFilterRequest,
    ) -> ::std::result::Result<Response<model::UpdateTrafficMirrorFilterResponse>, Error> {
        self.client
            .call(&operation::UPDATE_TRAFFIC_MIRROR_FILTER, request)
    }

    /// Calls `UpdateTrafficMirrorFilterRule`: `PUT /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
    pub fn update_traffic_mirror_filter_rule(
        &self,
        request: model::UpdateTrafficMirrorFilterRuleRequest,
    ) -> ::std::result::Result<Response<model::UpdateTrafficMirrorFilterRuleResponse>, Error> {
        self.client
            .call(&operation::UPDATE_TRAFFIC_MIRROR_FILTER_RULE, request)
    }

    /// Calls `UpdateTrafficMirrorSession`: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
    pub fn update_traffic_mirror_session(
        &self,
        request: model::UpdateTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::UpdateTrafficMirrorSessionResponse>, Error> {
        self.client
            .call(&operation::UPDATE_TRAFFIC_MIRROR_SESSION, request)
    }

    /// Calls `UpdateVirsubnetCidrReservation`: `PUT /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
    pub fn update_virsubnet_cidr_reservation(
        &self,
        request: model::UpdateVirsubnetCidrReservationRequest,
    ) -> ::std::result::Result<Response<model::UpdateVirsubnetCidrReservationResponse>, Error> {
        self.client
            .call(&operation::UPDATE_VIRSUBNET_CIDR_RESERVATION, request)
    }

    /// Calls `AddFirewallRules`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/insert-rules`.
    pub fn add_firewall_rules(
        &self,
        request: model::AddFirewallRulesRequest,
    ) -> ::std::result::Result<Response<model::AddFirewallRulesResponse>, Error> {
        self.client.call(&operation::ADD_FIREWALL_RULES, request)
    }

    /// Calls `AssociateSubnetFirewall`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/associate-subnets`.
    pub fn associate_subnet_firewall(
        &self,
        request: model::AssociateSubnetFirewallRequest,
    ) -> ::std::result::Result<Response<model::AssociateSubnetFirewallResponse>, Error> {
        self.client
            .call(&operation::ASSOCIATE_SUBNET_FIREWALL, request)
    }

    /// Calls `BatchCreateFirewallTags`: `POST /v3/{project_id}/firewalls/{firewall_id}/tags/create`.
    pub fn batch_create_firewall_tags(
        &self,
        request: model::BatchCreateFirewallTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateFirewallTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_FIREWALL_TAGS, request)
    }

    /// Calls `BatchDeleteFirewallTags`: `POST /v3/{project_id}/firewalls/{firewall_id}/tags/delete`.
    pub fn batch_delete_firewall_tags(
        &self,
        request: model::BatchDeleteFirewallTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteFirewallTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_FIREWALL_TAGS, request)
    }

    /// Calls `CountFirewallsByTags`: `POST /v3/{project_id}/firewalls/resource-instances/count`.
    pub fn count_firewalls_by_tags(
        &self,
        request: model::CountFirewallsByTagsRequest,
    ) -> ::std::result::Result<Response<model::CountFirewallsByTagsResponse>, Error> {
        self.client
            .call(&operation::COUNT_FIREWALLS_BY_TAGS, request)
    }

    /// Calls `CreateFirewall`: `POST /v3/{project_id}/vpc/firewalls`.
    pub fn create_firewall(
        &self,
        request: model::CreateFirewallRequest,
    ) -> ::std::result::Result<Response<model::CreateFirewallResponse>, Error> {
        self.client.call(&operation::CREATE_FIREWALL, request)
    }

    /// Calls `CreateFirewallTag`: `POST /v3/{project_id}/firewalls/{firewall_id}/tags`.
    pub fn create_firewall_tag(
        &self,
        request: model::CreateFirewallTagRequest,
    ) -> ::std::result::Result<Response<model::CreateFirewallTagResponse>, Error> {
        self.client.call(&operation::CREATE_FIREWALL_TAG, request)
    }

    /// Calls `DeleteFirewall`: `DELETE /v3/{project_id}/vpc/firewalls/{firewall_id}`.
    pub fn delete_firewall(
        &self,
        request: model::DeleteFirewallRequest,
    ) -> ::std::result::Result<Response<model::DeleteFirewallResponse>, Error> {
        self.client.call(&operation::DELETE_FIREWALL, request)
    }

    /// Calls `DeleteFirewallTag`: `DELETE /v3/{project_id}/firewalls/{firewall_id}/tags/{tag_key}`.
    pub fn delete_firewall_tag(
        &self,
        request: model::DeleteFirewallTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteFirewallTagResponse>, Error> {
        self.client.call(&operation::DELETE_FIREWALL_TAG, request)
    }

    /// Calls `DisassociateSubnetFirewall`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/disassociate-subnets`.
    pub fn disassociate_subnet_firewall(
        &self,
        request: model::DisassociateSubnetFirewallRequest,
    ) -> ::std::result::Result<Response<model::DisassociateSubnetFirewallResponse>, Error> {
        self.client
            .call(&operation::DISASSOCIATE_SUBNET_FIREWALL, request)
    }

    /// Calls `ListFirewall`: `GET /v3/{project_id}/vpc/firewalls`.
    pub fn list_firewall(
        &self,
        request: model::ListFirewallRequest,
    ) -> ::std::result::Result<Response<model::ListFirewallResponse>, Error> {
        self.client.call(&operation::LIST_FIREWALL, request)
    }

    /// Calls `ListFirewallTags`: `GET /v3/{project_id}/firewalls/tags`.
    pub fn list_firewall_tags(
        &self,
        request: model::ListFirewallTagsRequest,
    ) -> ::std::result::Result<Response<model::ListFirewallTagsResponse>, Error> {
        self.client.call(&operation::LIST_FIREWALL_TAGS, request)
    }

    /// Calls `ListFirewallsByTags`: `POST /v3/{project_id}/firewalls/resource-instances/filter`.
    pub fn list_firewalls_by_tags(
        &self,
        request: model::ListFirewallsByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListFirewallsByTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_FIREWALLS_BY_TAGS, request)
    }

    /// Calls `RemoveFirewallRules`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/remove-rules`.
    pub fn remove_firewall_rules(
        &self,
        request: model::RemoveFirewallRulesRequest,
    ) -> ::std::result::Result<Response<model::RemoveFirewallRulesResponse>, Error> {
        self.client.call(&operation::REMOVE_FIREWALL_RULES, request)
    }

    /// Calls `ShowFirewall`: `GET /v3/{project_id}/vpc/firewalls/{firewall_id}`.
    pub fn show_firewall(
        &self,
        request: model::ShowFirewallRequest,
    ) -> ::std::result::Result<Response<model::ShowFirewallResponse>, Error> {
        self.client.call(&operation::SHOW_FIREWALL, request)
    }

    /// Calls `ShowFirewallTags`: `GET /v3/{project_id}/firewalls/{firewall_id}/tags`.
    pub fn show_firewall_tags(
        &self,
        request: model::ShowFirewallTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowFirewallTagsResponse>, Error> {
        self.client.call(&operation::SHOW_FIREWALL_TAGS, request)
    }

    /// Calls `UpdateFirewall`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}`.
    pub fn update_firewall(
        &self,
        request: model::UpdateFirewallRequest,
    ) -> ::std::result::Result<Response<model::UpdateFirewallResponse>, Error> {
        self.client.call(&operation::UPDATE_FIREWALL, request)
    }

    /// Calls `UpdateFirewallRules`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/update-rules`.
    pub fn update_firewall_rules(
        &self,
        request: model::UpdateFirewallRulesRequest,
    ) -> ::std::result::Result<Response<model::UpdateFirewallRulesResponse>, Error> {
        self.client.call(&operation::UPDATE_FIREWALL_RULES, request)
    }

    /// Calls `AddClouddcnSubnetsTags`: `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags`.
    pub fn add_clouddcn_subnets_tags(
        &self,
        request: model::AddClouddcnSubnetsTagsRequest,
    ) -> ::std::result::Result<Response<model::AddClouddcnSubnetsTagsResponse>, Error> {
        self.client
            .call(&operation::ADD_CLOUDDCN_SUBNETS_TAGS, request)
    }

    /// Calls `BatchCreateClouddcnSubnetsTags`: `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/create`.
    pub fn batch_create_clouddcn_subnets_tags(
        &self,
        request: model::BatchCreateClouddcnSubnetsTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateClouddcnSubnetsTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_CLOUDDCN_SUBNETS_TAGS, request)
    }

    /// Calls `BatchDeleteClouddcnSubnetsTags`: `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/delete`.
    pub fn batch_delete_clouddcn_subnets_tags(
        &self,
        request: model::BatchDeleteClouddcnSubnetsTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteClouddcnSubnetsTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_CLOUDDCN_SUBNETS_TAGS, request)
    }

    /// Calls `CreateClouddcnSubnet`: `POST /v3/{project_id}/vpc/clouddcn-subnets`.
    pub fn create_clouddcn_subnet(
        &self,
        request: model::CreateClouddcnSubnetRequest,
    ) -> ::std::result::Result<Response<model::CreateClouddcnSubnetResponse>, Error> {
        self.client
            .call(&operation::CREATE_CLOUDDCN_SUBNET, request)
    }

    /// Calls `DeleteClouddcnSubnet`: `DELETE /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
    pub fn delete_clouddcn_subnet(
        &self,
        request: model::DeleteClouddcnSubnetRequest,
    ) -> ::std::result::Result<Response<model::DeleteClouddcnSubnetResponse>, Error> {
        self.client
            .call(&operation::DELETE_CLOUDDCN_SUBNET, request)
    }

    /// Calls `DeleteClouddcnSubnetsTag`: `DELETE /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/{tag_key}`.
    pub fn delete_clouddcn_subnets_tag(
        &self,
        request: model::DeleteClouddcnSubnetsTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteClouddcnSubnetsTagResponse>, Error> {
        self.client
            .call(&operation::DELETE_CLOUDDCN_SUBNETS_TAG, request)
    }

    /// Calls `ListClouddcnSubnets`: `GET /v3/{project_id}/vpc/clouddcn-subnets`.
    pub fn list_clouddcn_subnets(
        &self,
        request: model::ListClouddcnSubnetsRequest,
    ) -> ::std::result::Result<Response<model::ListClouddcnSubnetsResponse>, Error> {
        self.client.call(&operation::LIST_CLOUDDCN_SUBNETS, request)
    }

    /// Calls `ListClouddcnSubnetsCountFilterTags`: `POST /v3/{project_id}/clouddcn-subnets/resource-instances/count`.
    pub fn list_clouddcn_subnets_count_filter_tags(
        &self,
        request: model::ListClouddcnSubnetsCountFilterTagsRequest,
    ) -> ::std::result::Result<Response<model::ListClouddcnSubnetsCountFilterTagsResponse>, Error>
    {
        self.client
            .call(&operation::LIST_CLOUDDCN_SUBNETS_COUNT_FILTER_TAGS, request)
    }

    /// Calls `ListClouddcnSubnetsFilterTags`: `POST /v3/{project_id}/clouddcn-subnets/resource-instances/filter`.
    pub fn list_clouddcn_subnets_filter_tags(
        &self,
        request: model::ListClouddcnSubnetsFilterTagsRequest,
    ) -> ::std::result::Result<Response<model::ListClouddcnSubnetsFilterTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_CLOUDDCN_SUBNETS_FILTER_TAGS, request)
    }

    /// Calls `ListClouddcnSubnetsTags`: `GET /v3/{project_id}/clouddcn-subnets/tags`.
    pub fn list_clouddcn_subnets_tags(
        &self,
        request: model::ListClouddcnSubnetsTagsRequest,
    ) -> ::std::result::Result<Response<model::ListClouddcnSubnetsTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_CLOUDDCN_SUBNETS_TAGS, request)
    }

    /// Calls `ShowClouddcnSubnet`: `GET /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
    pub fn show_clouddcn_subnet(
        &self,
        request: model::ShowClouddcnSubnetRequest,
    ) -> ::std::result::Result<Response<model::ShowClouddcnSubnetResponse>, Error> {
        self.client.call(&operation::SHOW_CLOUDDCN_SUBNET, request)
    }

    /// Calls `ShowClouddcnSubnetsTags`: `GET /v3/{project_id}/clouddcn-subnets/{resource_id}/tags`.
    pub fn show_clouddcn_subnets_tags(
        &self,
        request: model::ShowClouddcnSubnetsTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowClouddcnSubnetsTagsResponse>, Error> {
        self.client
            .call(&operation::SHOW_CLOUDDCN_SUBNETS_TAGS, request)
    }

    /// Calls `UpdateClouddcnSubnet`: `PUT /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
    pub fn update_clouddcn_subnet(
        &self,
        request: model::UpdateClouddcnSubnetRequest,
    ) -> ::std::result::Result<Response<model::UpdateClouddcnSubnetResponse>, Error> {
        self.client
            .call(&operation::UPDATE_CLOUDDCN_SUBNET, request)
    }

    /// Calls `CreateAddressGroup`: `POST /v3/{project_id}/vpc/address-groups`.
    pub fn create_address_group(
        &self,
        request: model::CreateAddressGroupRequest,
    ) -> ::std::result::Result<Response<model::CreateAddressGroupResponse>, Error> {
        self.client.call(&operation::CREATE_ADDRESS_GROUP, request)
    }

    /// Calls `DeleteAddressGroup`: `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}`.
    pub fn delete_address_group(
        &self,
        request: model::DeleteAddressGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteAddressGroupResponse>, Error> {
        self.client.call(&operation::DELETE_ADDRESS_GROUP, request)
    }

    /// Calls `DeleteIpAddressGroupForce`: `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}/force`.
    pub fn delete_ip_address_group_force(
        &self,
        request: model::DeleteIpAddressGroupForceRequest,
    ) -> ::std::result::Result<Response<model::DeleteIpAddressGroupForceResponse>, Error> {
        self.client
            .call(&operation::DELETE_IP_ADDRESS_GROUP_FORCE, request)
    }

    /// Calls `ListAddressGroup`: `GET /v3/{project_id}/vpc/address-groups`.
    pub fn list_address_group(
        &self,
        request: model::ListAddressGroupRequest,
    ) -> ::std::result::Result<Response<model::ListAddressGroupResponse>, Error> {
        self.client.call(&operation::LIST_ADDRESS_GROUP, request)
    }

    /// Calls `ListAddressGroupsDependency`: `GET /v3/{project_id}/vpc/list-address-groups-dependency`.
    pub fn list_address_groups_dependency(
        &self,
        request: model::ListAddressGroupsDependencyRequest,
    ) -> ::std::result::Result<Response<model::ListAddressGroupsDependencyResponse>, Error> {
        self.client
            .call(&operation::LIST_ADDRESS_GROUPS_DEPENDENCY, request)
    }

    /// Calls `ShowAddressGroup`: `GET /v3/{project_id}/vpc/address-groups/{address_group_id}`.
    pub fn show_address_group(
        &self,
        request: model::ShowAddressGroupRequest,
    ) -> ::std::result::Result<Response<model::ShowAddressGroupResponse>, Error> {
        self.client.call(&operation::SHOW_ADDRESS_GROUP, request)
    }

    /// Calls `UpdateAddressGroup`: `PUT /v3/{project_id}/vpc/address-groups/{address_group_id}`.
    pub fn update_address_group(
        &self,
        request: model::UpdateAddressGroupRequest,
    ) -> ::std::result::Result<Response<model::UpdateAddressGroupResponse>, Error> {
        self.client.call(&operation::UPDATE_ADDRESS_GROUP, request)
    }

    /// Calls `AddVpcExtendCidr`: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/add-extend-cidr`.
    pub fn add_vpc_extend_cidr(
        &self,
        request: model::AddVpcExtendCidrRequest,
    ) -> ::std::result::Result<Response<model::AddVpcExtendCidrResponse>, Error> {
        self.client.call(&operation::ADD_VPC_EXTEND_CIDR, request)
    }

    /// Calls `CreateVpc`: `POST /v3/{project_id}/vpc/vpcs`.
    pub fn create_vpc(
        &self,
        request: model::CreateVpcRequest,
    ) -> ::std::result::Result<Response<model::CreateVpcResponse>, Error> {
        self.client.call(&operation::CREATE_VPC, request)
    }

    /// Calls `DeleteVpc`: `DELETE /v3/{project_id}/vpc/vpcs/{vpc_id}`.
    pub fn delete_vpc(
        &self,
        request: model::DeleteVpcRequest,
    ) -> ::std::result::Result<Response<model::DeleteVpcResponse>, Error> {
        self.client.call(&operation::DELETE_VPC, request)
    }

    /// Calls `ListVpcs`: `GET /v3/{project_id}/vpc/vpcs`.
    pub fn list_vpcs(
        &self,
        request: model::ListVpcsRequest,
    ) -> ::std::result::Result<Response<model::ListVpcsResponse>, Error> {
        self.client.call(&operation::LIST_VPCS, request)
    }

    /// Calls `RemoveVpcExtendCidr`: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/remove-extend-cidr`.
    pub fn remove_vpc_extend_cidr(
        &self,
        request: model::RemoveVpcExtendCidrRequest,
    ) -> ::std::result::Result<Response<model::RemoveVpcExtendCidrResponse>, Error> {
        self.client
            .call(&operation::REMOVE_VPC_EXTEND_CIDR, request)
    }

    /// Calls `ShowVpc`: `GET /v3/{project_id}/vpc/vpcs/{vpc_id}`.
    pub fn show_vpc(
        &self,
        request: model::ShowVpcRequest,
    ) -> ::std::result::Result<Response<model::ShowVpcResponse>, Error> {
        self.client.call(&operation::SHOW_VPC, request)
    }

    /// Calls `UpdateVpc`: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}`.
    pub fn update_vpc(
        &self,
        request: model::UpdateVpcRequest,
    ) -> ::std::result::Result<Response<model::UpdateVpcResponse>, Error> {
        self.client.call(&operation::UPDATE_VPC, request)
    }
}
