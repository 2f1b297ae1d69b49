//! The VPC v3 API: async client, operation descriptors, models and regions.
//!
//! - [`VpcClient`]: the async client, one method per operation.
//! - [`blocking::VpcClient`]: the same methods, blocking the calling thread.
//! - [`model`]: request, response and data types.
//! - [`operation`]: a static descriptor per operation (method, path, parameters).
//! - [`region`]: region ids of the built-in endpoint table and [`region::value_of`].
//!
//! ```ignore
//! use huaweicloud_sdk_vpc::v3::{model, region, VpcClient};
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

/// Description of the VPC v3 API: name, credentials and built-in regions.
pub static SERVICE: ServiceInfo = ServiceInfo {
    name: "vpc",
    version: "v3",
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

/// Async client of the VPC v3 API.
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

    /// Calls `AddSecurityGroups`: `PUT /v3/{project_id}/ports/{port_id}/insert-security-groups`.
    pub async fn add_security_groups(
        &self,
        request: model::AddSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::AddSecurityGroupsResponse>, Error> {
        self.client
            .call(&operation::ADD_SECURITY_GROUPS, request)
            .await
    }

    /// Calls `AddSourcesToTrafficMirrorSession`: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/add-sources`.
    pub async fn add_sources_to_traffic_mirror_session(
        &self,
        request: model::AddSourcesToTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::AddSourcesToTrafficMirrorSessionResponse>, Error>
    {
        self.client
            .call(&operation::ADD_SOURCES_TO_TRAFFIC_MIRROR_SESSION, request)
            .await
    }

    /// Calls `AttachSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/attach`.
    pub async fn attach_sub_network_interface(
        &self,
        request: model::AttachSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::AttachSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::ATTACH_SUB_NETWORK_INTERFACE, request)
            .await
    }

    /// Calls `BatchCreatePortTags`: `POST /v3/{project_id}/ports/{port_id}/tags/create`.
    pub async fn batch_create_port_tags(
        &self,
        request: model::BatchCreatePortTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreatePortTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_PORT_TAGS, request)
            .await
    }

    /// Calls `BatchCreateSecurityGroupRules`: `POST /v3/{project_id}/vpc/security-groups/{security_group_id}/security-group-rules/batch-create`.
    pub async fn batch_create_security_group_rules(
        &self,
        request: model::BatchCreateSecurityGroupRulesRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSecurityGroupRulesResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SECURITY_GROUP_RULES, request)
            .await
    }

    /// Calls `BatchCreateSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces/batch-create`.
    pub async fn batch_create_sub_network_interface(
        &self,
        request: model::BatchCreateSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SUB_NETWORK_INTERFACE, request)
            .await
    }

    /// Calls `BatchCreateSubNetworkInterfaceTags`: `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/create`.
    pub async fn batch_create_sub_network_interface_tags(
        &self,
        request: model::BatchCreateSubNetworkInterfaceTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSubNetworkInterfaceTagsResponse>, Error>
    {
        self.client
            .call(&operation::BATCH_CREATE_SUB_NETWORK_INTERFACE_TAGS, request)
            .await
    }

    /// Calls `BatchDeletePortTags`: `POST /v3/{project_id}/ports/{port_id}/tags/delete`.
    pub async fn batch_delete_port_tags(
        &self,
        request: model::BatchDeletePortTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeletePortTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_PORT_TAGS, request)
            .await
    }

    /// Calls `BatchDeleteSubNetworkInterfaceTags`: `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/delete`.
    pub async fn batch_delete_sub_network_interface_tags(
        &self,
        request: model::BatchDeleteSubNetworkInterfaceTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteSubNetworkInterfaceTagsResponse>, Error>
    {
        self.client
            .call(&operation::BATCH_DELETE_SUB_NETWORK_INTERFACE_TAGS, request)
            .await
    }

    /// Calls `CountPortsByTags`: `POST /v3/{project_id}/ports/resource-instances/count`.
    pub async fn count_ports_by_tags(
        &self,
        request: model::CountPortsByTagsRequest,
    ) -> ::std::result::Result<Response<model::CountPortsByTagsResponse>, Error> {
        self.client
            .call(&operation::COUNT_PORTS_BY_TAGS, request)
            .await
    }

    /// Calls `CountSubNetworkInterfacesByTags`: `POST /v3/{project_id}/sub-network-interfaces/resource-instances/count`.
    pub async fn count_sub_network_interfaces_by_tags(
        &self,
        request: model::CountSubNetworkInterfacesByTagsRequest,
    ) -> ::std::result::Result<Response<model::CountSubNetworkInterfacesByTagsResponse>, Error>
    {
        self.client
            .call(&operation::COUNT_SUB_NETWORK_INTERFACES_BY_TAGS, request)
            .await
    }

    /// Calls `CreatePortTag`: `POST /v3/{project_id}/ports/{port_id}/tags`.
    pub async fn create_port_tag(
        &self,
        request: model::CreatePortTagRequest,
    ) -> ::std::result::Result<Response<model::CreatePortTagResponse>, Error> {
        self.client.call(&operation::CREATE_PORT_TAG, request).await
    }

    /// Calls `CreateSecurityGroup`: `POST /v3/{project_id}/vpc/security-groups`.
    pub async fn create_security_group(
        &self,
        request: model::CreateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::CreateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::CREATE_SECURITY_GROUP, request)
            .await
    }

    /// Calls `CreateSecurityGroupRule`: `POST /v3/{project_id}/vpc/security-group-rules`.
    pub async fn create_security_group_rule(
        &self,
        request: model::CreateSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::CreateSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::CREATE_SECURITY_GROUP_RULE, request)
            .await
    }

    /// Calls `CreateSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces`.
    pub async fn create_sub_network_interface(
        &self,
        request: model::CreateSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::CreateSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::CREATE_SUB_NETWORK_INTERFACE, request)
            .await
    }

    /// Calls `CreateSubNetworkInterfaceTag`: `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags`.
    pub async fn create_sub_network_interface_tag(
        &self,
        request: model::CreateSubNetworkInterfaceTagRequest,
    ) -> ::std::result::Result<Response<model::CreateSubNetworkInterfaceTagResponse>, Error> {
        self.client
            .call(&operation::CREATE_SUB_NETWORK_INTERFACE_TAG, request)
            .await
    }

    /// Calls `CreateTrafficMirrorFilter`: `POST /v3/{project_id}/vpc/traffic-mirror-filters`.
    pub async fn create_traffic_mirror_filter(
        &self,
        request: model::CreateTrafficMirrorFilterRequest,
    ) -> ::std::result::Result<Response<model::CreateTrafficMirrorFilterResponse>, Error> {
        self.client
            .call(&operation::CREATE_TRAFFIC_MIRROR_FILTER, request)
            .await
    }

    /// Calls `CreateTrafficMirrorFilterRule`: `POST /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
    pub async fn create_traffic_mirror_filter_rule(
        &self,
        request: model::CreateTrafficMirrorFilterRuleRequest,
    ) -> ::std::result::Result<Response<model::CreateTrafficMirrorFilterRuleResponse>, Error> {
        self.client
            .call(&operation::CREATE_TRAFFIC_MIRROR_FILTER_RULE, request)
            .await
    }

    /// Calls `CreateTrafficMirrorSession`: `POST /v3/{project_id}/vpc/traffic-mirror-sessions`.
    pub async fn create_traffic_mirror_session(
        &self,
        request: model::CreateTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::CreateTrafficMirrorSessionResponse>, Error> {
        self.client
            .call(&operation::CREATE_TRAFFIC_MIRROR_SESSION, request)
            .await
    }

    /// Calls `CreateVirsubnetCidrReservation`: `POST /v3/{project_id}/vpc/virsubnet-cidr-reservations`.
    pub async fn create_virsubnet_cidr_reservation(
        &self,
        request: model::CreateVirsubnetCidrReservationRequest,
    ) -> ::std::result::Result<Response<model::CreateVirsubnetCidrReservationResponse>, Error> {
        self.client
            .call(&operation::CREATE_VIRSUBNET_CIDR_RESERVATION, request)
            .await
    }

    /// Calls `DeletePortTag`: `DELETE /v3/{project_id}/ports/{port_id}/tags/{tag_key}`.
    pub async fn delete_port_tag(
        &self,
        request: model::DeletePortTagRequest,
    ) -> ::std::result::Result<Response<model::DeletePortTagResponse>, Error> {
        self.client.call(&operation::DELETE_PORT_TAG, request).await
    }

    /// Calls `DeleteSecurityGroup`: `DELETE /v3/{project_id}/vpc/security-groups/{security_group_id}`.
    pub async fn delete_security_group(
        &self,
        request: model::DeleteSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::DELETE_SECURITY_GROUP, request)
            .await
    }

    /// Calls `DeleteSecurityGroupRule`: `DELETE /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`.
    pub async fn delete_security_group_rule(
        &self,
        request: model::DeleteSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::DeleteSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::DELETE_SECURITY_GROUP_RULE, request)
            .await
    }

    /// Calls `DeleteSubNetworkInterface`: `DELETE /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
    pub async fn delete_sub_network_interface(
        &self,
        request: model::DeleteSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::DeleteSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::DELETE_SUB_NETWORK_INTERFACE, request)
            .await
    }

    /// Calls `DeleteSubNetworkInterfaceTag`: `DELETE /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/{tag_key}`.
    pub async fn delete_sub_network_interface_tag(
        &self,
        request: model::DeleteSubNetworkInterfaceTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteSubNetworkInterfaceTagResponse>, Error> {
        self.client
            .call(&operation::DELETE_SUB_NETWORK_INTERFACE_TAG, request)
            .await
    }

    /// Calls `DeleteTrafficMirrorFilter`: `DELETE /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
    pub async fn delete_traffic_mirror_filter(
        &self,
        request: model::DeleteTrafficMirrorFilterRequest,
    ) -> ::std::result::Result<Response<model::DeleteTrafficMirrorFilterResponse>, Error> {
        self.client
            .call(&operation::DELETE_TRAFFIC_MIRROR_FILTER, request)
            .await
    }

    /// Calls `DeleteTrafficMirrorFilterRule`: `DELETE /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
    pub async fn delete_traffic_mirror_filter_rule(
        &self,
        request: model::DeleteTrafficMirrorFilterRuleRequest,
    ) -> ::std::result::Result<Response<model::DeleteTrafficMirrorFilterRuleResponse>, Error> {
        self.client
            .call(&operation::DELETE_TRAFFIC_MIRROR_FILTER_RULE, request)
            .await
    }

    /// Calls `DeleteTrafficMirrorSession`: `DELETE /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
    pub async fn delete_traffic_mirror_session(
        &self,
        request: model::DeleteTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::DeleteTrafficMirrorSessionResponse>, Error> {
        self.client
            .call(&operation::DELETE_TRAFFIC_MIRROR_SESSION, request)
            .await
    }

    /// Calls `DeleteVirsubnetCidrReservation`: `DELETE /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
    pub async fn delete_virsubnet_cidr_reservation(
        &self,
        request: model::DeleteVirsubnetCidrReservationRequest,
    ) -> ::std::result::Result<Response<model::DeleteVirsubnetCidrReservationResponse>, Error> {
        self.client
            .call(&operation::DELETE_VIRSUBNET_CIDR_RESERVATION, request)
            .await
    }

    /// Calls `DetachSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/detach`.
    pub async fn detach_sub_network_interface(
        &self,
        request: model::DetachSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::DetachSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::DETACH_SUB_NETWORK_INTERFACE, request)
            .await
    }

    /// Calls `ListPortTags`: `GET /v3/{project_id}/ports/tags`.
    pub async fn list_port_tags(
        &self,
        request: model::ListPortTagsRequest,
    ) -> ::std::result::Result<Response<model::ListPortTagsResponse>, Error> {
        self.client.call(&operation::LIST_PORT_TAGS, request).await
    }

    /// Calls `ListPorts`: `GET /v3/{project_id}/ports`.
    pub async fn list_ports(
        &self,
        request: model::ListPortsRequest,
    ) -> ::std::result::Result<Response<model::ListPortsResponse>, Error> {
        self.client.call(&operation::LIST_PORTS, request).await
    }

    /// Calls `ListPortsByTags`: `POST /v3/{project_id}/ports/resource-instances/filter`.
    pub async fn list_ports_by_tags(
        &self,
        request: model::ListPortsByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListPortsByTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_PORTS_BY_TAGS, request)
            .await
    }

    /// Calls `ListSecurityGroupRules`: `GET /v3/{project_id}/vpc/security-group-rules`.
    pub async fn list_security_group_rules(
        &self,
        request: model::ListSecurityGroupRulesRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupRulesResponse>, Error> {
        self.client
            .call(&operation::LIST_SECURITY_GROUP_RULES, request)
            .await
    }

    /// Calls `ListSecurityGroups`: `GET /v3/{project_id}/vpc/security-groups`.
    pub async fn list_security_groups(
        &self,
        request: model::ListSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::ListSecurityGroupsResponse>, Error> {
        self.client
            .call(&operation::LIST_SECURITY_GROUPS, request)
            .await
    }

    /// Calls `ListSubNetworkInterfaceTags`: `GET /v3/{project_id}/sub-network-interfaces/tags`.
    pub async fn list_sub_network_interface_tags(
        &self,
        request: model::ListSubNetworkInterfaceTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSubNetworkInterfaceTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SUB_NETWORK_INTERFACE_TAGS, request)
            .await
    }

    /// Calls `ListSubNetworkInterfaces`: `GET /v3/{project_id}/vpc/sub-network-interfaces`.
    pub async fn list_sub_network_interfaces(
        &self,
        request: model::ListSubNetworkInterfacesRequest,
    ) -> ::std::result::Result<Response<model::ListSubNetworkInterfacesResponse>, Error> {
        self.client
            .call(&operation::LIST_SUB_NETWORK_INTERFACES, request)
            .await
    }

    /// Calls `ListSubNetworkInterfacesByTags`: `POST /v3/{project_id}/sub-network-interfaces/resource-instances/filter`.
    pub async fn list_sub_network_interfaces_by_tags(
        &self,
        request: model::ListSubNetworkInterfacesByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSubNetworkInterfacesByTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SUB_NETWORK_INTERFACES_BY_TAGS, request)
            .await
    }

    /// Calls `ListTrafficMirrorFilterRules`: `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
    pub async fn list_traffic_mirror_filter_rules(
        &self,
        request: model::ListTrafficMirrorFilterRulesRequest,
    ) -> ::std::result::Result<Response<model::ListTrafficMirrorFilterRulesResponse>, Error> {
        self.client
            .call(&operation::LIST_TRAFFIC_MIRROR_FILTER_RULES, request)
            .await
    }

    /// Calls `ListTrafficMirrorFilters`: `GET /v3/{project_id}/vpc/traffic-mirror-filters`.
    pub async fn list_traffic_mirror_filters(
        &self,
        request: model::ListTrafficMirrorFiltersRequest,
    ) -> ::std::result::Result<Response<model::ListTrafficMirrorFiltersResponse>, Error> {
        self.client
            .call(&operation::LIST_TRAFFIC_MIRROR_FILTERS, request)
            .await
    }

    /// Calls `ListTrafficMirrorSessions`: `GET /v3/{project_id}/vpc/traffic-mirror-sessions`.
    pub async fn list_traffic_mirror_sessions(
        &self,
        request: model::ListTrafficMirrorSessionsRequest,
    ) -> ::std::result::Result<Response<model::ListTrafficMirrorSessionsResponse>, Error> {
        self.client
            .call(&operation::LIST_TRAFFIC_MIRROR_SESSIONS, request)
            .await
    }

    /// Calls `ListVirsubnetCidrReservations`: `GET /v3/{project_id}/vpc/virsubnet-cidr-reservations`.
    pub async fn list_virsubnet_cidr_reservations(
        &self,
        request: model::ListVirsubnetCidrReservationsRequest,
    ) -> ::std::result::Result<Response<model::ListVirsubnetCidrReservationsResponse>, Error> {
        self.client
            .call(&operation::LIST_VIRSUBNET_CIDR_RESERVATIONS, request)
            .await
    }

    /// Calls `ListVirsubnets`: `GET /v3/{project_id}/vpc/virsubnets`.
    pub async fn list_virsubnets(
        &self,
        request: model::ListVirsubnetsRequest,
    ) -> ::std::result::Result<Response<model::ListVirsubnetsResponse>, Error> {
        self.client.call(&operation::LIST_VIRSUBNETS, request).await
    }

    /// Calls `MigrateSubNetworkInterface`: `PUT /v3/{project_id}/vpc/sub-network-interfaces/migrate`.
    pub async fn migrate_sub_network_interface(
        &self,
        request: model::MigrateSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::MigrateSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::MIGRATE_SUB_NETWORK_INTERFACE, request)
            .await
    }

    /// Calls `RemoveSecurityGroups`: `PUT /v3/{project_id}/ports/{port_id}/remove-security-groups`.
    pub async fn remove_security_groups(
        &self,
        request: model::RemoveSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::RemoveSecurityGroupsResponse>, Error> {
        self.client
            .call(&operation::REMOVE_SECURITY_GROUPS, request)
            .await
    }

    /// Calls `RemoveSourcesFromTrafficMirrorSession`: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/remove-sources`.
    pub async fn remove_sources_from_traffic_mirror_session(
        &self,
        request: model::RemoveSourcesFromTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::RemoveSourcesFromTrafficMirrorSessionResponse>, Error>
    {
        self.client
            .call(
                &operation::REMOVE_SOURCES_FROM_TRAFFIC_MIRROR_SESSION,
                request,
            )
            .await
    }

    /// Calls `ShowPort`: `GET /v3/{project_id}/ports/{port_id}`.
    pub async fn show_port(
        &self,
        request: model::ShowPortRequest,
    ) -> ::std::result::Result<Response<model::ShowPortResponse>, Error> {
        self.client.call(&operation::SHOW_PORT, request).await
    }

    /// Calls `ShowPortTags`: `GET /v3/{project_id}/ports/{port_id}/tags`.
    pub async fn show_port_tags(
        &self,
        request: model::ShowPortTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowPortTagsResponse>, Error> {
        self.client.call(&operation::SHOW_PORT_TAGS, request).await
    }

    /// Calls `ShowQuota`: `GET /v3/{project_id}/vpc/quotas`.
    pub async fn show_quota(
        &self,
        request: model::ShowQuotaRequest,
    ) -> ::std::result::Result<Response<model::ShowQuotaResponse>, Error> {
        self.client.call(&operation::SHOW_QUOTA, request).await
    }

    /// Calls `ShowSecurityGroup`: `GET /v3/{project_id}/vpc/security-groups/{security_group_id}`.
    pub async fn show_security_group(
        &self,
        request: model::ShowSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::ShowSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::SHOW_SECURITY_GROUP, request)
            .await
    }

    /// Calls `ShowSecurityGroupRule`: `GET /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`.
    pub async fn show_security_group_rule(
        &self,
        request: model::ShowSecurityGroupRuleRequest,
    ) -> ::std::result::Result<Response<model::ShowSecurityGroupRuleResponse>, Error> {
        self.client
            .call(&operation::SHOW_SECURITY_GROUP_RULE, request)
            .await
    }

    /// Calls `ShowSubNetworkInterface`: `GET /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
    pub async fn show_sub_network_interface(
        &self,
        request: model::ShowSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::ShowSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::SHOW_SUB_NETWORK_INTERFACE, request)
            .await
    }

    /// Calls `ShowSubNetworkInterfaceTags`: `GET /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags`.
    pub async fn show_sub_network_interface_tags(
        &self,
        request: model::ShowSubNetworkInterfaceTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowSubNetworkInterfaceTagsResponse>, Error> {
        self.client
            .call(&operation::SHOW_SUB_NETWORK_INTERFACE_TAGS, request)
            .await
    }

    /// Calls `ShowSubNetworkInterfacesQuantity`: `GET /v3/{project_id}/vpc/sub-network-interfaces/count`.
    pub async fn show_sub_network_interfaces_quantity(
        &self,
        request: model::ShowSubNetworkInterfacesQuantityRequest,
    ) -> ::std::result::Result<Response<model::ShowSubNetworkInterfacesQuantityResponse>, Error>
    {
        self.client
            .call(&operation::SHOW_SUB_NETWORK_INTERFACES_QUANTITY, request)
            .await
    }

    /// Calls `ShowTrafficMirrorFilter`: `GET /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
    pub async fn show_traffic_mirror_filter(
        &self,
        request: model::ShowTrafficMirrorFilterRequest,
    ) -> ::std::result::Result<Response<model::ShowTrafficMirrorFilterResponse>, Error> {
        self.client
            .call(&operation::SHOW_TRAFFIC_MIRROR_FILTER, request)
            .await
    }

    /// Calls `ShowTrafficMirrorFilterRule`: `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
    pub async fn show_traffic_mirror_filter_rule(
        &self,
        request: model::ShowTrafficMirrorFilterRuleRequest,
    ) -> ::std::result::Result<Response<model::ShowTrafficMirrorFilterRuleResponse>, Error> {
        self.client
            .call(&operation::SHOW_TRAFFIC_MIRROR_FILTER_RULE, request)
            .await
    }

    /// Calls `ShowTrafficMirrorSession`: `GET /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
    pub async fn show_traffic_mirror_session(
        &self,
        request: model::ShowTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::ShowTrafficMirrorSessionResponse>, Error> {
        self.client
            .call(&operation::SHOW_TRAFFIC_MIRROR_SESSION, request)
            .await
    }

    /// Calls `ShowVirsubnet`: `GET /v3/{project_id}/vpc/virsubnets/{virsubnet_id}`.
    pub async fn show_virsubnet(
        &self,
        request: model::ShowVirsubnetRequest,
    ) -> ::std::result::Result<Response<model::ShowVirsubnetResponse>, Error> {
        self.client.call(&operation::SHOW_VIRSUBNET, request).await
    }

    /// Calls `ShowVirsubnetCidrReservation`: `GET /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
    pub async fn show_virsubnet_cidr_reservation(
        &self,
        request: model::ShowVirsubnetCidrReservationRequest,
    ) -> ::std::result::Result<Response<model::ShowVirsubnetCidrReservationResponse>, Error> {
        self.client
            .call(&operation::SHOW_VIRSUBNET_CIDR_RESERVATION, request)
            .await
    }

    /// Calls `UpdateSecurityGroup`: `PUT /v3/{project_id}/vpc/security-groups/{security_group_id}`.
    pub async fn update_security_group(
        &self,
        request: model::UpdateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::UpdateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SECURITY_GROUP, request)
            .await
    }

    /// Calls `UpdateSubNetworkInterface`: `PUT /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
    pub async fn update_sub_network_interface(
        &self,
        request: model::UpdateSubNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::UpdateSubNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SUB_NETWORK_INTERFACE, request)
            .await
    }

    /// Calls `UpdateTrafficMirrorFilter`: `PUT /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
    pub async fn update_traffic_mirror_filter(
        &self,
        request: model::UpdateTrafficMirrorFilterRequest,
    ) -> ::std::result::Result<Response<model::UpdateTrafficMirrorFilterResponse>, Error> {
        self.client
            .call(&operation::UPDATE_TRAFFIC_MIRROR_FILTER, request)
            .await
    }

    /// Calls `UpdateTrafficMirrorFilterRule`: `PUT /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
    pub async fn update_traffic_mirror_filter_rule(
        &self,
        request: model::UpdateTrafficMirrorFilterRuleRequest,
    ) -> ::std::result::Result<Response<model::UpdateTrafficMirrorFilterRuleResponse>, Error> {
        self.client
            .call(&operation::UPDATE_TRAFFIC_MIRROR_FILTER_RULE, request)
            .await
    }

    /// Calls `UpdateTrafficMirrorSession`: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
    pub async fn update_traffic_mirror_session(
        &self,
        request: model::UpdateTrafficMirrorSessionRequest,
    ) -> ::std::result::Result<Response<model::UpdateTrafficMirrorSessionResponse>, Error> {
        self.client
            .call(&operation::UPDATE_TRAFFIC_MIRROR_SESSION, request)
            .await
    }

    /// Calls `UpdateVirsubnetCidrReservation`: `PUT /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
    pub async fn update_virsubnet_cidr_reservation(
        &self,
        request: model::UpdateVirsubnetCidrReservationRequest,
    ) -> ::std::result::Result<Response<model::UpdateVirsubnetCidrReservationResponse>, Error> {
        self.client
            .call(&operation::UPDATE_VIRSUBNET_CIDR_RESERVATION, request)
            .await
    }

    /// Calls `AddFirewallRules`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/insert-rules`.
    pub async fn add_firewall_rules(
        &self,
        request: model::AddFirewallRulesRequest,
    ) -> ::std::result::Result<Response<model::AddFirewallRulesResponse>, Error> {
        self.client
            .call(&operation::ADD_FIREWALL_RULES, request)
            .await
    }

    /// Calls `AssociateSubnetFirewall`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/associate-subnets`.
    pub async fn associate_subnet_firewall(
        &self,
        request: model::AssociateSubnetFirewallRequest,
    ) -> ::std::result::Result<Response<model::AssociateSubnetFirewallResponse>, Error> {
        self.client
            .call(&operation::ASSOCIATE_SUBNET_FIREWALL, request)
            .await
    }

    /// Calls `BatchCreateFirewallTags`: `POST /v3/{project_id}/firewalls/{firewall_id}/tags/create`.
    pub async fn batch_create_firewall_tags(
        &self,
        request: model::BatchCreateFirewallTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateFirewallTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_FIREWALL_TAGS, request)
            .await
    }

    /// Calls `BatchDeleteFirewallTags`: `POST /v3/{project_id}/firewalls/{firewall_id}/tags/delete`.
    pub async fn batch_delete_firewall_tags(
        &self,
        request: model::BatchDeleteFirewallTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteFirewallTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_FIREWALL_TAGS, request)
            .await
    }

    /// Calls `CountFirewallsByTags`: `POST /v3/{project_id}/firewalls/resource-instances/count`.
    pub async fn count_firewalls_by_tags(
        &self,
        request: model::CountFirewallsByTagsRequest,
    ) -> ::std::result::Result<Response<model::CountFirewallsByTagsResponse>, Error> {
        self.client
            .call(&operation::COUNT_FIREWALLS_BY_TAGS, request)
            .await
    }

    /// Calls `CreateFirewall`: `POST /v3/{project_id}/vpc/firewalls`.
    pub async fn create_firewall(
        &self,
        request: model::CreateFirewallRequest,
    ) -> ::std::result::Result<Response<model::CreateFirewallResponse>, Error> {
        self.client.call(&operation::CREATE_FIREWALL, request).await
    }

    /// Calls `CreateFirewallTag`: `POST /v3/{project_id}/firewalls/{firewall_id}/tags`.
    pub async fn create_firewall_tag(
        &self,
        request: model::CreateFirewallTagRequest,
    ) -> ::std::result::Result<Response<model::CreateFirewallTagResponse>, Error> {
        self.client
            .call(&operation::CREATE_FIREWALL_TAG, request)
            .await
    }

    /// Calls `DeleteFirewall`: `DELETE /v3/{project_id}/vpc/firewalls/{firewall_id}`.
    pub async fn delete_firewall(
        &self,
        request: model::DeleteFirewallRequest,
    ) -> ::std::result::Result<Response<model::DeleteFirewallResponse>, Error> {
        self.client.call(&operation::DELETE_FIREWALL, request).await
    }

    /// Calls `DeleteFirewallTag`: `DELETE /v3/{project_id}/firewalls/{firewall_id}/tags/{tag_key}`.
    pub async fn delete_firewall_tag(
        &self,
        request: model::DeleteFirewallTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteFirewallTagResponse>, Error> {
        self.client
            .call(&operation::DELETE_FIREWALL_TAG, request)
            .await
    }

    /// Calls `DisassociateSubnetFirewall`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/disassociate-subnets`.
    pub async fn disassociate_subnet_firewall(
        &self,
        request: model::DisassociateSubnetFirewallRequest,
    ) -> ::std::result::Result<Response<model::DisassociateSubnetFirewallResponse>, Error> {
        self.client
            .call(&operation::DISASSOCIATE_SUBNET_FIREWALL, request)
            .await
    }

    /// Calls `ListFirewall`: `GET /v3/{project_id}/vpc/firewalls`.
    pub async fn list_firewall(
        &self,
        request: model::ListFirewallRequest,
    ) -> ::std::result::Result<Response<model::ListFirewallResponse>, Error> {
        self.client.call(&operation::LIST_FIREWALL, request).await
    }

    /// Calls `ListFirewallTags`: `GET /v3/{project_id}/firewalls/tags`.
    pub async fn list_firewall_tags(
        &self,
        request: model::ListFirewallTagsRequest,
    ) -> ::std::result::Result<Response<model::ListFirewallTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_FIREWALL_TAGS, request)
            .await
    }

    /// Calls `ListFirewallsByTags`: `POST /v3/{project_id}/firewalls/resource-instances/filter`.
    pub async fn list_firewalls_by_tags(
        &self,
        request: model::ListFirewallsByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListFirewallsByTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_FIREWALLS_BY_TAGS, request)
            .await
    }

    /// Calls `RemoveFirewallRules`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/remove-rules`.
    pub async fn remove_firewall_rules(
        &self,
        request: model::RemoveFirewallRulesRequest,
    ) -> ::std::result::Result<Response<model::RemoveFirewallRulesResponse>, Error> {
        self.client
            .call(&operation::REMOVE_FIREWALL_RULES, request)
            .await
    }

    /// Calls `ShowFirewall`: `GET /v3/{project_id}/vpc/firewalls/{firewall_id}`.
    pub async fn show_firewall(
        &self,
        request: model::ShowFirewallRequest,
    ) -> ::std::result::Result<Response<model::ShowFirewallResponse>, Error> {
        self.client.call(&operation::SHOW_FIREWALL, request).await
    }

    /// Calls `ShowFirewallTags`: `GET /v3/{project_id}/firewalls/{firewall_id}/tags`.
    pub async fn show_firewall_tags(
        &self,
        request: model::ShowFirewallTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowFirewallTagsResponse>, Error> {
        self.client
            .call(&operation::SHOW_FIREWALL_TAGS, request)
            .await
    }

    /// Calls `UpdateFirewall`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}`.
    pub async fn update_firewall(
        &self,
        request: model::UpdateFirewallRequest,
    ) -> ::std::result::Result<Response<model::UpdateFirewallResponse>, Error> {
        self.client.call(&operation::UPDATE_FIREWALL, request).await
    }

    /// Calls `UpdateFirewallRules`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/update-rules`.
    pub async fn update_firewall_rules(
        &self,
        request: model::UpdateFirewallRulesRequest,
    ) -> ::std::result::Result<Response<model::UpdateFirewallRulesResponse>, Error> {
        self.client
            .call(&operation::UPDATE_FIREWALL_RULES, request)
            .await
    }

    /// Calls `AddClouddcnSubnetsTags`: `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags`.
    pub async fn add_clouddcn_subnets_tags(
        &self,
        request: model::AddClouddcnSubnetsTagsRequest,
    ) -> ::std::result::Result<Response<model::AddClouddcnSubnetsTagsResponse>, Error> {
        self.client
            .call(&operation::ADD_CLOUDDCN_SUBNETS_TAGS, request)
            .await
    }

    /// Calls `BatchCreateClouddcnSubnetsTags`: `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/create`.
    pub async fn batch_create_clouddcn_subnets_tags(
        &self,
        request: model::BatchCreateClouddcnSubnetsTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateClouddcnSubnetsTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_CLOUDDCN_SUBNETS_TAGS, request)
            .await
    }

    /// Calls `BatchDeleteClouddcnSubnetsTags`: `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/delete`.
    pub async fn batch_delete_clouddcn_subnets_tags(
        &self,
        request: model::BatchDeleteClouddcnSubnetsTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteClouddcnSubnetsTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_CLOUDDCN_SUBNETS_TAGS, request)
            .await
    }

    /// Calls `CreateClouddcnSubnet`: `POST /v3/{project_id}/vpc/clouddcn-subnets`.
    pub async fn create_clouddcn_subnet(
        &self,
        request: model::CreateClouddcnSubnetRequest,
    ) -> ::std::result::Result<Response<model::CreateClouddcnSubnetResponse>, Error> {
        self.client
            .call(&operation::CREATE_CLOUDDCN_SUBNET, request)
            .await
    }

    /// Calls `DeleteClouddcnSubnet`: `DELETE /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
    pub async fn delete_clouddcn_subnet(
        &self,
        request: model::DeleteClouddcnSubnetRequest,
    ) -> ::std::result::Result<Response<model::DeleteClouddcnSubnetResponse>, Error> {
        self.client
            .call(&operation::DELETE_CLOUDDCN_SUBNET, request)
            .await
    }

    /// Calls `DeleteClouddcnSubnetsTag`: `DELETE /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/{tag_key}`.
    pub async fn delete_clouddcn_subnets_tag(
        &self,
        request: model::DeleteClouddcnSubnetsTagRequest,
    ) -> ::std::result::Result<Response<model::DeleteClouddcnSubnetsTagResponse>, Error> {
        self.client
            .call(&operation::DELETE_CLOUDDCN_SUBNETS_TAG, request)
            .await
    }

    /// Calls `ListClouddcnSubnets`: `GET /v3/{project_id}/vpc/clouddcn-subnets`.
    pub async fn list_clouddcn_subnets(
        &self,
        request: model::ListClouddcnSubnetsRequest,
    ) -> ::std::result::Result<Response<model::ListClouddcnSubnetsResponse>, Error> {
        self.client
            .call(&operation::LIST_CLOUDDCN_SUBNETS, request)
            .await
    }

    /// Calls `ListClouddcnSubnetsCountFilterTags`: `POST /v3/{project_id}/clouddcn-subnets/resource-instances/count`.
    pub async fn list_clouddcn_subnets_count_filter_tags(
        &self,
        request: model::ListClouddcnSubnetsCountFilterTagsRequest,
    ) -> ::std::result::Result<Response<model::ListClouddcnSubnetsCountFilterTagsResponse>, Error>
    {
        self.client
            .call(&operation::LIST_CLOUDDCN_SUBNETS_COUNT_FILTER_TAGS, request)
            .await
    }

    /// Calls `ListClouddcnSubnetsFilterTags`: `POST /v3/{project_id}/clouddcn-subnets/resource-instances/filter`.
    pub async fn list_clouddcn_subnets_filter_tags(
        &self,
        request: model::ListClouddcnSubnetsFilterTagsRequest,
    ) -> ::std::result::Result<Response<model::ListClouddcnSubnetsFilterTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_CLOUDDCN_SUBNETS_FILTER_TAGS, request)
            .await
    }

    /// Calls `ListClouddcnSubnetsTags`: `GET /v3/{project_id}/clouddcn-subnets/tags`.
    pub async fn list_clouddcn_subnets_tags(
        &self,
        request: model::ListClouddcnSubnetsTagsRequest,
    ) -> ::std::result::Result<Response<model::ListClouddcnSubnetsTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_CLOUDDCN_SUBNETS_TAGS, request)
            .await
    }

    /// Calls `ShowClouddcnSubnet`: `GET /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
    pub async fn show_clouddcn_subnet(
        &self,
        request: model::ShowClouddcnSubnetRequest,
    ) -> ::std::result::Result<Response<model::ShowClouddcnSubnetResponse>, Error> {
        self.client
            .call(&operation::SHOW_CLOUDDCN_SUBNET, request)
            .await
    }

    /// Calls `ShowClouddcnSubnetsTags`: `GET /v3/{project_id}/clouddcn-subnets/{resource_id}/tags`.
    pub async fn show_clouddcn_subnets_tags(
        &self,
        request: model::ShowClouddcnSubnetsTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowClouddcnSubnetsTagsResponse>, Error> {
        self.client
            .call(&operation::SHOW_CLOUDDCN_SUBNETS_TAGS, request)
            .await
    }

    /// Calls `UpdateClouddcnSubnet`: `PUT /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
    pub async fn update_clouddcn_subnet(
        &self,
        request: model::UpdateClouddcnSubnetRequest,
    ) -> ::std::result::Result<Response<model::UpdateClouddcnSubnetResponse>, Error> {
        self.client
            .call(&operation::UPDATE_CLOUDDCN_SUBNET, request)
            .await
    }

    /// Calls `CreateAddressGroup`: `POST /v3/{project_id}/vpc/address-groups`.
    pub async fn create_address_group(
        &self,
        request: model::CreateAddressGroupRequest,
    ) -> ::std::result::Result<Response<model::CreateAddressGroupResponse>, Error> {
        self.client
            .call(&operation::CREATE_ADDRESS_GROUP, request)
            .await
    }

    /// Calls `DeleteAddressGroup`: `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}`.
    pub async fn delete_address_group(
        &self,
        request: model::DeleteAddressGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteAddressGroupResponse>, Error> {
        self.client
            .call(&operation::DELETE_ADDRESS_GROUP, request)
            .await
    }

    /// Calls `DeleteIpAddressGroupForce`: `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}/force`.
    pub async fn delete_ip_address_group_force(
        &self,
        request: model::DeleteIpAddressGroupForceRequest,
    ) -> ::std::result::Result<Response<model::DeleteIpAddressGroupForceResponse>, Error> {
        self.client
            .call(&operation::DELETE_IP_ADDRESS_GROUP_FORCE, request)
            .await
    }

    /// Calls `ListAddressGroup`: `GET /v3/{project_id}/vpc/address-groups`.
    pub async fn list_address_group(
        &self,
        request: model::ListAddressGroupRequest,
    ) -> ::std::result::Result<Response<model::ListAddressGroupResponse>, Error> {
        self.client
            .call(&operation::LIST_ADDRESS_GROUP, request)
            .await
    }

    /// Calls `ListAddressGroupsDependency`: `GET /v3/{project_id}/vpc/list-address-groups-dependency`.
    pub async fn list_address_groups_dependency(
        &self,
        request: model::ListAddressGroupsDependencyRequest,
    ) -> ::std::result::Result<Response<model::ListAddressGroupsDependencyResponse>, Error> {
        self.client
            .call(&operation::LIST_ADDRESS_GROUPS_DEPENDENCY, request)
            .await
    }

    /// Calls `ShowAddressGroup`: `GET /v3/{project_id}/vpc/address-groups/{address_group_id}`.
    pub async fn show_address_group(
        &self,
        request: model::ShowAddressGroupRequest,
    ) -> ::std::result::Result<Response<model::ShowAddressGroupResponse>, Error> {
        self.client
            .call(&operation::SHOW_ADDRESS_GROUP, request)
            .await
    }

    /// Calls `UpdateAddressGroup`: `PUT /v3/{project_id}/vpc/address-groups/{address_group_id}`.
    pub async fn update_address_group(
        &self,
        request: model::UpdateAddressGroupRequest,
    ) -> ::std::result::Result<Response<model::UpdateAddressGroupResponse>, Error> {
        self.client
            .call(&operation::UPDATE_ADDRESS_GROUP, request)
            .await
    }

    /// Calls `AddVpcExtendCidr`: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/add-extend-cidr`.
    pub async fn add_vpc_extend_cidr(
        &self,
        request: model::AddVpcExtendCidrRequest,
    ) -> ::std::result::Result<Response<model::AddVpcExtendCidrResponse>, Error> {
        self.client
            .call(&operation::ADD_VPC_EXTEND_CIDR, request)
            .await
    }

    /// Calls `CreateVpc`: `POST /v3/{project_id}/vpc/vpcs`.
    pub async fn create_vpc(
        &self,
        request: model::CreateVpcRequest,
    ) -> ::std::result::Result<Response<model::CreateVpcResponse>, Error> {
        self.client.call(&operation::CREATE_VPC, request).await
    }

    /// Calls `DeleteVpc`: `DELETE /v3/{project_id}/vpc/vpcs/{vpc_id}`.
    pub async fn delete_vpc(
        &self,
        request: model::DeleteVpcRequest,
    ) -> ::std::result::Result<Response<model::DeleteVpcResponse>, Error> {
        self.client.call(&operation::DELETE_VPC, request).await
    }

    /// Calls `ListVpcs`: `GET /v3/{project_id}/vpc/vpcs`.
    pub async fn list_vpcs(
        &self,
        request: model::ListVpcsRequest,
    ) -> ::std::result::Result<Response<model::ListVpcsResponse>, Error> {
        self.client.call(&operation::LIST_VPCS, request).await
    }

    /// Calls `RemoveVpcExtendCidr`: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/remove-extend-cidr`.
    pub async fn remove_vpc_extend_cidr(
        &self,
        request: model::RemoveVpcExtendCidrRequest,
    ) -> ::std::result::Result<Response<model::RemoveVpcExtendCidrResponse>, Error> {
        self.client
            .call(&operation::REMOVE_VPC_EXTEND_CIDR, request)
            .await
    }

    /// Calls `ShowVpc`: `GET /v3/{project_id}/vpc/vpcs/{vpc_id}`.
    pub async fn show_vpc(
        &self,
        request: model::ShowVpcRequest,
    ) -> ::std::result::Result<Response<model::ShowVpcResponse>, Error> {
        self.client.call(&operation::SHOW_VPC, request).await
    }

    /// Calls `UpdateVpc`: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}`.
    pub async fn update_vpc(
        &self,
        request: model::UpdateVpcRequest,
    ) -> ::std::result::Result<Response<model::UpdateVpcResponse>, Error> {
        self.client.call(&operation::UPDATE_VPC, request).await
    }
}
