//! The ECS v2 API: async client, operation descriptors, models and regions.
//!
//! - [`EcsClient`]: the async client, one method per operation.
//! - [`blocking::EcsClient`]: the same methods, blocking the calling thread.
//! - [`model`]: request, response and data types.
//! - [`operation`]: a static descriptor per operation (method, path, parameters).
//! - [`region`]: region ids of the built-in endpoint table and [`region::value_of`].
//!
//! ```ignore
//! use huaweicloud_sdk_ecs::v2::{model, region, EcsClient};
//!
//! let client = EcsClient::builder()
//!     .region(region::value_of(region::CN_NORTH_4)?)
//!     .build()?;
//! let response = client.list_flavors(model::ListFlavorsRequest::default()).await?;
//! ```

pub mod blocking;
pub mod model;
pub mod operation;
pub mod region;

use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::operation::{CredentialKind, ServiceInfo};
use huaweicloud_sdk_core::{Error, Response};

/// Description of the ECS v2 API: name, credentials and built-in regions.
pub static SERVICE: ServiceInfo = ServiceInfo {
    name: "ecs",
    version: "v2",
    region_env: "ECS",
    credential_kind: CredentialKind::Regional,
    derived_auth_service: ::std::option::Option::None,
    regions: &[
        ("ae-ad-1", &["https://ecs.ae-ad-1.myhuaweicloud.com"]),
        ("af-north-1", &["https://ecs.af-north-1.myhuaweicloud.com"]),
        ("af-south-1", &["https://ecs.af-south-1.myhuaweicloud.com"]),
        (
            "ap-southeast-1",
            &["https://ecs.ap-southeast-1.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-2",
            &["https://ecs.ap-southeast-2.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-3",
            &["https://ecs.ap-southeast-3.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-4",
            &["https://ecs.ap-southeast-4.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-5",
            &["https://ecs.ap-southeast-5.myhuaweicloud.com"],
        ),
        ("cn-east-2", &["https://ecs.cn-east-2.myhuaweicloud.com"]),
        ("cn-east-3", &["https://ecs.cn-east-3.myhuaweicloud.com"]),
        ("cn-east-4", &["https://ecs.cn-east-4.myhuaweicloud.com"]),
        ("cn-east-5", &["https://ecs.cn-east-5.myhuaweicloud.com"]),
        ("cn-north-1", &["https://ecs.cn-north-1.myhuaweicloud.com"]),
        (
            "cn-north-11",
            &["https://ecs.cn-north-11.myhuaweicloud.com"],
        ),
        (
            "cn-north-12",
            &["https://ecs.cn-north-12.myhuaweicloud.com"],
        ),
        ("cn-north-2", &["https://ecs.cn-north-2.myhuaweicloud.com"]),
        ("cn-north-4", &["https://ecs.cn-north-4.myhuaweicloud.com"]),
        ("cn-north-9", &["https://ecs.cn-north-9.myhuaweicloud.com"]),
        ("cn-south-1", &["https://ecs.cn-south-1.myhuaweicloud.com"]),
        ("cn-south-2", &["https://ecs.cn-south-2.myhuaweicloud.com"]),
        ("cn-south-4", &["https://ecs.cn-south-4.myhuaweicloud.com"]),
        (
            "cn-southwest-2",
            &["https://ecs.cn-southwest-2.myhuaweicloud.com"],
        ),
        (
            "cn-southwest-3",
            &["https://ecs.cn-southwest-3.myhuaweicloud.com"],
        ),
        ("eu-west-0", &["https://ecs.eu-west-0.myhuaweicloud.com"]),
        (
            "eu-west-101",
            &["https://ecs.eu-west-101.myhuaweicloud.com"],
        ),
        ("la-north-2", &["https://ecs.la-north-2.myhuaweicloud.com"]),
        ("la-south-2", &["https://ecs.la-south-2.myhuaweicloud.com"]),
        ("me-east-1", &["https://ecs.me-east-1.myhuaweicloud.com"]),
        (
            "my-kualalumpur-1",
            &["https://ecs.my-kualalumpur-1.myhuaweicloud.com"],
        ),
        (
            "na-mexico-1",
            &["https://ecs.na-mexico-1.myhuaweicloud.com"],
        ),
        (
            "ru-moscow-1",
            &["https://ecs.ru-moscow-1.myhuaweicloud.com"],
        ),
        (
            "sa-brazil-1",
            &["https://ecs.sa-brazil-1.myhuaweicloud.com"],
        ),
        ("tr-west-1", &["https://ecs.tr-west-1.myhuaweicloud.com"]),
    ],
};

/// Async client of the ECS v2 API.
///
/// Cheap to clone: clones share connections. Each method returns an [`Error`] for transport
/// failures, error responses, undecodable bodies and missing required parameters.
#[derive(Debug, Clone)]
pub struct EcsClient {
    client: ::huaweicloud_sdk_core::Client,
}

impl ServiceClient for EcsClient {
    fn from_client(client: ::huaweicloud_sdk_core::Client) -> Self {
        EcsClient { client }
    }
}

impl EcsClient {
    /// Starts a builder for this client: credentials, region or endpoints, HTTP settings.
    pub fn builder() -> ClientBuilder<EcsClient> {
        ClientBuilder::new(&SERVICE)
    }

    /// Returns a client that applies `options` to every call it makes.
    #[must_use]
    pub fn with_options(&self, options: CallOptions) -> Self {
        EcsClient {
            client: self.client.with_options(options),
        }
    }

    /// Calls `AcceptScheduledEvent`: `POST /v3/{project_id}/instance-scheduled-events/{id}/actions/accept`.
    pub async fn accept_scheduled_event(
        &self,
        request: model::AcceptScheduledEventRequest,
    ) -> ::std::result::Result<Response<model::AcceptScheduledEventResponse>, Error> {
        self.client
            .call(&operation::ACCEPT_SCHEDULED_EVENT, request)
            .await
    }

    /// Calls `AddServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action`.
    pub async fn add_server_group_member(
        &self,
        request: model::AddServerGroupMemberRequest,
    ) -> ::std::result::Result<Response<model::AddServerGroupMemberResponse>, Error> {
        self.client
            .call(&operation::ADD_SERVER_GROUP_MEMBER, request)
            .await
    }

    /// Calls `AssociateServerVirtualIp`: `PUT /v1/{project_id}/cloudservers/nics/{nic_id}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn associate_server_virtual_ip(
        &self,
        request: model::AssociateServerVirtualIpRequest,
    ) -> ::std::result::Result<Response<model::AssociateServerVirtualIpResponse>, Error> {
        self.client
            .call(&operation::ASSOCIATE_SERVER_VIRTUAL_IP, request)
            .await
    }

    /// Calls `AttachServerVolume`: `POST /v1/{project_id}/cloudservers/{server_id}/attachvolume`.
    pub async fn attach_server_volume(
        &self,
        request: model::AttachServerVolumeRequest,
    ) -> ::std::result::Result<Response<model::AttachServerVolumeResponse>, Error> {
        self.client
            .call(&operation::ATTACH_SERVER_VOLUME, request)
            .await
    }

    /// Calls `BatchAddServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/add_members`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn batch_add_server_group_member(
        &self,
        request: model::BatchAddServerGroupMemberRequest,
    ) -> ::std::result::Result<Response<model::BatchAddServerGroupMemberResponse>, Error> {
        self.client
            .call(&operation::BATCH_ADD_SERVER_GROUP_MEMBER, request)
            .await
    }

    /// Calls `BatchAddServerNics`: `POST /v1/{project_id}/cloudservers/{server_id}/nics`.
    pub async fn batch_add_server_nics(
        &self,
        request: model::BatchAddServerNicsRequest,
    ) -> ::std::result::Result<Response<model::BatchAddServerNicsResponse>, Error> {
        self.client
            .call(&operation::BATCH_ADD_SERVER_NICS, request)
            .await
    }

    /// Calls `BatchAttachSharableVolumes`: `POST /v1/{project_id}/batchaction/attachvolumes/{volume_id}`.
    pub async fn batch_attach_sharable_volumes(
        &self,
        request: model::BatchAttachSharableVolumesRequest,
    ) -> ::std::result::Result<Response<model::BatchAttachSharableVolumesResponse>, Error> {
        self.client
            .call(&operation::BATCH_ATTACH_SHARABLE_VOLUMES, request)
            .await
    }

    /// Calls `BatchCreateServerTags`: `POST /v1/{project_id}/cloudservers/{server_id}/tags/action`.
    pub async fn batch_create_server_tags(
        &self,
        request: model::BatchCreateServerTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateServerTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SERVER_TAGS, request)
            .await
    }

    /// Calls `BatchDeleteServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/remove_members`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn batch_delete_server_group_member(
        &self,
        request: model::BatchDeleteServerGroupMemberRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteServerGroupMemberResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SERVER_GROUP_MEMBER, request)
            .await
    }

    /// Calls `BatchDeleteServerNics`: `POST /v1/{project_id}/cloudservers/{server_id}/nics/delete`.
    pub async fn batch_delete_server_nics(
        &self,
        request: model::BatchDeleteServerNicsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteServerNicsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SERVER_NICS, request)
            .await
    }

    /// Calls `BatchDeleteServerTags`: `POST /v1/{project_id}/cloudservers/{server_id}/tags/action`.
    pub async fn batch_delete_server_tags(
        &self,
        request: model::BatchDeleteServerTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteServerTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SERVER_TAGS, request)
            .await
    }

    /// Calls `BatchDetachVolumes`: `POST /v1/{project_id}/batchaction/detachvolumes/{volume_id}`.
    pub async fn batch_detach_volumes(
        &self,
        request: model::BatchDetachVolumesRequest,
    ) -> ::std::result::Result<Response<model::BatchDetachVolumesResponse>, Error> {
        self.client
            .call(&operation::BATCH_DETACH_VOLUMES, request)
            .await
    }

    /// Calls `BatchRebootServers`: `POST /v1/{project_id}/cloudservers/action`.
    pub async fn batch_reboot_servers(
        &self,
        request: model::BatchRebootServersRequest,
    ) -> ::std::result::Result<Response<model::BatchRebootServersResponse>, Error> {
        self.client
            .call(&operation::BATCH_REBOOT_SERVERS, request)
            .await
    }

    /// Calls `BatchResetServersPassword`: `PUT /v1/{project_id}/cloudservers/os-reset-passwords`.
    pub async fn batch_reset_servers_password(
        &self,
        request: model::BatchResetServersPasswordRequest,
    ) -> ::std::result::Result<Response<model::BatchResetServersPasswordResponse>, Error> {
        self.client
            .call(&operation::BATCH_RESET_SERVERS_PASSWORD, request)
            .await
    }

    /// Calls `BatchResizeServers`: `POST /v1/{project_id}/cloudservers/batch-resize`.
    pub async fn batch_resize_servers(
        &self,
        request: model::BatchResizeServersRequest,
    ) -> ::std::result::Result<Response<model::BatchResizeServersResponse>, Error> {
        self.client
            .call(&operation::BATCH_RESIZE_SERVERS, request)
            .await
    }

    /// Calls `BatchStartServers`: `POST /v1/{project_id}/cloudservers/action`.
    pub async fn batch_start_servers(
        &self,
        request: model::BatchStartServersRequest,
    ) -> ::std::result::Result<Response<model::BatchStartServersResponse>, Error> {
        self.client
            .call(&operation::BATCH_START_SERVERS, request)
            .await
    }

    /// Calls `BatchStopServers`: `POST /v1/{project_id}/cloudservers/action`.
    pub async fn batch_stop_servers(
        &self,
        request: model::BatchStopServersRequest,
    ) -> ::std::result::Result<Response<model::BatchStopServersResponse>, Error> {
        self.client
            .call(&operation::BATCH_STOP_SERVERS, request)
            .await
    }

    /// Calls `BatchUpdateServersName`: `PUT /v1/{project_id}/cloudservers/server-name`.
    pub async fn batch_update_servers_name(
        &self,
        request: model::BatchUpdateServersNameRequest,
    ) -> ::std::result::Result<Response<model::BatchUpdateServersNameResponse>, Error> {
        self.client
            .call(&operation::BATCH_UPDATE_SERVERS_NAME, request)
            .await
    }

    /// Calls `ChangeServerChargeMode`: `POST /v1/{project_id}/cloudservers/actions/change-charge-mode`.
    pub async fn change_server_charge_mode(
        &self,
        request: model::ChangeServerChargeModeRequest,
    ) -> ::std::result::Result<Response<model::ChangeServerChargeModeResponse>, Error> {
        self.client
            .call(&operation::CHANGE_SERVER_CHARGE_MODE, request)
            .await
    }

    /// Calls `ChangeServerNetworkInterface`: `POST /v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}/change-network-interface`.
    pub async fn change_server_network_interface(
        &self,
        request: model::ChangeServerNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::ChangeServerNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::CHANGE_SERVER_NETWORK_INTERFACE, request)
            .await
    }

    /// Calls `ChangeServerOsWithCloudInit`: `POST /v2/{project_id}/cloudservers/{server_id}/changeos`.
    pub async fn change_server_os_with_cloud_init(
        &self,
        request: model::ChangeServerOsWithCloudInitRequest,
    ) -> ::std::result::Result<Response<model::ChangeServerOsWithCloudInitResponse>, Error> {
        self.client
            .call(&operation::CHANGE_SERVER_OS_WITH_CLOUD_INIT, request)
            .await
    }

    /// Calls `ChangeServerOsWithoutCloudInit`: `POST /v1/{project_id}/cloudservers/{server_id}/changeos`.
    pub async fn change_server_os_without_cloud_init(
        &self,
        request: model::ChangeServerOsWithoutCloudInitRequest,
    ) -> ::std::result::Result<Response<model::ChangeServerOsWithoutCloudInitResponse>, Error> {
        self.client
            .call(&operation::CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT, request)
            .await
    }

    /// Calls `ChangeVpc`: `POST /v1/{project_id}/cloudservers/{server_id}/changevpc`.
    pub async fn change_vpc(
        &self,
        request: model::ChangeVpcRequest,
    ) -> ::std::result::Result<Response<model::ChangeVpcResponse>, Error> {
        self.client.call(&operation::CHANGE_VPC, request).await
    }

    /// Calls `CreateLaunchTemplate`: `POST /v3/{project_id}/launch-templates`.
    pub async fn create_launch_template(
        &self,
        request: model::CreateLaunchTemplateRequest,
    ) -> ::std::result::Result<Response<model::CreateLaunchTemplateResponse>, Error> {
        self.client
            .call(&operation::CREATE_LAUNCH_TEMPLATE, request)
            .await
    }

    /// Calls `CreatePostPaidServers`: `POST /v1/{project_id}/cloudservers`.
    pub async fn create_post_paid_servers(
        &self,
        request: model::CreatePostPaidServersRequest,
    ) -> ::std::result::Result<Response<model::CreatePostPaidServersResponse>, Error> {
        self.client
            .call(&operation::CREATE_POST_PAID_SERVERS, request)
            .await
    }

    /// Calls `CreateServerGroup`: `POST /v1/{project_id}/cloudservers/os-server-groups`.
    pub async fn create_server_group(
        &self,
        request: model::CreateServerGroupRequest,
    ) -> ::std::result::Result<Response<model::CreateServerGroupResponse>, Error> {
        self.client
            .call(&operation::CREATE_SERVER_GROUP, request)
            .await
    }

    /// Calls `CreateServers`: `POST /v1.1/{project_id}/cloudservers`.
    pub async fn create_servers(
        &self,
        request: model::CreateServersRequest,
    ) -> ::std::result::Result<Response<model::CreateServersResponse>, Error> {
        self.client.call(&operation::CREATE_SERVERS, request).await
    }

    /// Calls `DeleteLaunchTemplates`: `DELETE /v3/{project_id}/launch-templates/{launch_template_id}`.
    pub async fn delete_launch_templates(
        &self,
        request: model::DeleteLaunchTemplatesRequest,
    ) -> ::std::result::Result<Response<model::DeleteLaunchTemplatesResponse>, Error> {
        self.client
            .call(&operation::DELETE_LAUNCH_TEMPLATES, request)
            .await
    }

    /// Calls `DeleteRecycleBinServer`: `DELETE /v1/{project_id}/recycle-bin/cloudservers/{server_id}`.
    pub async fn delete_recycle_bin_server(
        &self,
        request: model::DeleteRecycleBinServerRequest,
    ) -> ::std::result::Result<Response<model::DeleteRecycleBinServerResponse>, Error> {
        self.client
            .call(&operation::DELETE_RECYCLE_BIN_SERVER, request)
            .await
    }

    /// Calls `DeleteServerGroup`: `DELETE /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}`.
    pub async fn delete_server_group(
        &self,
        request: model::DeleteServerGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteServerGroupResponse>, Error> {
        self.client
            .call(&operation::DELETE_SERVER_GROUP, request)
            .await
    }

    /// Calls `DeleteServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action`.
    pub async fn delete_server_group_member(
        &self,
        request: model::DeleteServerGroupMemberRequest,
    ) -> ::std::result::Result<Response<model::DeleteServerGroupMemberResponse>, Error> {
        self.client
            .call(&operation::DELETE_SERVER_GROUP_MEMBER, request)
            .await
    }

    /// Calls `DeleteServerMetadata`: `DELETE /v1/{project_id}/cloudservers/{server_id}/metadata/{key}`.
    pub async fn delete_server_metadata(
        &self,
        request: model::DeleteServerMetadataRequest,
    ) -> ::std::result::Result<Response<model::DeleteServerMetadataResponse>, Error> {
        self.client
            .call(&operation::DELETE_SERVER_METADATA, request)
            .await
    }

    /// Calls `DeleteServerPassword`: `DELETE /v1/{project_id}/cloudservers/{server_id}/os-server-password`.
    pub async fn delete_server_password(
        &self,
        request: model::DeleteServerPasswordRequest,
    ) -> ::std::result::Result<Response<model::DeleteServerPasswordResponse>, Error> {
        self.client
            .call(&operation::DELETE_SERVER_PASSWORD, request)
            .await
    }

    /// Calls `DeleteServers`: `POST /v1/{project_id}/cloudservers/delete`.
    pub async fn delete_servers(
        &self,
        request: model::DeleteServersRequest,
    ) -> ::std::result::Result<Response<model::DeleteServersResponse>, Error> {
        self.client.call(&operation::DELETE_SERVERS, request).await
    }

    /// Calls `DetachServerVolume`: `DELETE /v1/{project_id}/cloudservers/{server_id}/detachvolume/{volume_id}`.
    pub async fn detach_server_volume(
        &self,
        request: model::DetachServerVolumeRequest,
    ) -> ::std::result::Result<Response<model::DetachServerVolumeResponse>, Error> {
        self.client
            .call(&operation::DETACH_SERVER_VOLUME, request)
            .await
    }

    /// Calls `DisassociateServerVirtualIp`: `PUT /v1/{project_id}/cloudservers/nics/{nic_id}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn disassociate_server_virtual_ip(
        &self,
        request: model::DisassociateServerVirtualIpRequest,
    ) -> ::std::result::Result<Response<model::DisassociateServerVirtualIpResponse>, Error> {
        self.client
            .call(&operation::DISASSOCIATE_SERVER_VIRTUAL_IP, request)
            .await
    }

    /// Calls `ExecuteServerDump`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/trigger-crash-dump`.
    pub async fn execute_server_dump(
        &self,
        request: model::ExecuteServerDumpRequest,
    ) -> ::std::result::Result<Response<model::ExecuteServerDumpResponse>, Error> {
        self.client
            .call(&operation::EXECUTE_SERVER_DUMP, request)
            .await
    }

    /// Calls `ExecuteServerRedeploy`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/redeploy`.
    pub async fn execute_server_redeploy(
        &self,
        request: model::ExecuteServerRedeployRequest,
    ) -> ::std::result::Result<Response<model::ExecuteServerRedeployResponse>, Error> {
        self.client
            .call(&operation::EXECUTE_SERVER_REDEPLOY, request)
            .await
    }

    /// Calls `ListCloudServers`: `GET /v1.1/{project_id}/cloudservers/detail`.
    pub async fn list_cloud_servers(
        &self,
        request: model::ListCloudServersRequest,
    ) -> ::std::result::Result<Response<model::ListCloudServersResponse>, Error> {
        self.client
            .call(&operation::LIST_CLOUD_SERVERS, request)
            .await
    }

    /// Calls `ListFlavorSellPolicies`: `GET /v1/{project_id}/cloudservers/flavor-sell-policies`.
    pub async fn list_flavor_sell_policies(
        &self,
        request: model::ListFlavorSellPoliciesRequest,
    ) -> ::std::result::Result<Response<model::ListFlavorSellPoliciesResponse>, Error> {
        self.client
            .call(&operation::LIST_FLAVOR_SELL_POLICIES, request)
            .await
    }

    /// Calls `ListFlavors`: `GET /v1/{project_id}/cloudservers/flavors`.
    pub async fn list_flavors(
        &self,
        request: model::ListFlavorsRequest,
    ) -> ::std::result::Result<Response<model::ListFlavorsResponse>, Error> {
        self.client.call(&operation::LIST_FLAVORS, request).await
    }

    /// Calls `ListLaunchTemplateVersions`: `GET /v3/{project_id}/launch-template-versions`.
    pub async fn list_launch_template_versions(
        &self,
        request: model::ListLaunchTemplateVersionsRequest,
    ) -> ::std::result::Result<Response<model::ListLaunchTemplateVersionsResponse>, Error> {
        self.client
            .call(&operation::LIST_LAUNCH_TEMPLATE_VERSIONS, request)
            .await
    }

    /// Calls `ListRecycleBinServers`: `GET /v1/{project_id}/recycle-bin/cloudservers`.
    pub async fn list_recycle_bin_servers(
        &self,
        request: model::ListRecycleBinServersRequest,
    ) -> ::std::result::Result<Response<model::ListRecycleBinServersResponse>, Error> {
        self.client
            .call(&operation::LIST_RECYCLE_BIN_SERVERS, request)
            .await
    }

    /// Calls `ListResizeFlavors`: `GET /v1/{project_id}/cloudservers/resize_flavors`.
    pub async fn list_resize_flavors(
        &self,
        request: model::ListResizeFlavorsRequest,
    ) -> ::std::result::Result<Response<model::ListResizeFlavorsResponse>, Error> {
        self.client
            .call(&operation::LIST_RESIZE_FLAVORS, request)
            .await
    }

    /// Calls `ListScheduledEvents`: `GET /v3/{project_id}/instance-scheduled-events`.
    pub async fn list_scheduled_events(
        &self,
        request: model::ListScheduledEventsRequest,
    ) -> ::std::result::Result<Response<model::ListScheduledEventsResponse>, Error> {
        self.client
            .call(&operation::LIST_SCHEDULED_EVENTS, request)
            .await
    }

    /// Calls `ListServerAzInfo`: `GET /v1/{project_id}/availability-zones`.
    pub async fn list_server_az_info(
        &self,
        request: model::ListServerAzInfoRequest,
    ) -> ::std::result::Result<Response<model::ListServerAzInfoResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVER_AZ_INFO, request)
            .await
    }

    /// Calls `ListServerBlockDevices`: `GET /v1/{project_id}/cloudservers/{server_id}/block_device`.
    pub async fn list_server_block_devices(
        &self,
        request: model::ListServerBlockDevicesRequest,
    ) -> ::std::result::Result<Response<model::ListServerBlockDevicesResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVER_BLOCK_DEVICES, request)
            .await
    }

    /// Calls `ListServerGroups`: `GET /v1/{project_id}/cloudservers/os-server-groups`.
    pub async fn list_server_groups(
        &self,
        request: model::ListServerGroupsRequest,
    ) -> ::std::result::Result<Response<model::ListServerGroupsResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVER_GROUPS, request)
            .await
    }

    /// Calls `ListServerInterfaces`: `GET /v1/{project_id}/cloudservers/{server_id}/os-interface`.
    pub async fn list_server_interfaces(
        &self,
        request: model::ListServerInterfacesRequest,
    ) -> ::std::result::Result<Response<model::ListServerInterfacesResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVER_INTERFACES, request)
            .await
    }

    /// Calls `ListServerTags`: `GET /v1/{project_id}/cloudservers/tags`.
    pub async fn list_server_tags(
        &self,
        request: model::ListServerTagsRequest,
    ) -> ::std::result::Result<Response<model::ListServerTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVER_TAGS, request)
            .await
    }

    /// Calls `ListServerVolumeAttachments`: `GET /v1/{project_id}/cloudservers/{server_id}/os-volume_attachments`.
    pub async fn list_server_volume_attachments(
        &self,
        request: model::ListServerVolumeAttachmentsRequest,
    ) -> ::std::result::Result<Response<model::ListServerVolumeAttachmentsResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVER_VOLUME_ATTACHMENTS, request)
            .await
    }

    /// Calls `ListServersByTag`: `POST /v1/{project_id}/cloudservers/resource_instances/action`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn list_servers_by_tag(
        &self,
        request: model::ListServersByTagRequest,
    ) -> ::std::result::Result<Response<model::ListServersByTagResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVERS_BY_TAG, request)
            .await
    }

    /// Calls `ListServersDetails`: `GET /v1/{project_id}/cloudservers/detail`.
    pub async fn list_servers_details(
        &self,
        request: model::ListServersDetailsRequest,
    ) -> ::std::result::Result<Response<model::ListServersDetailsResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVERS_DETAILS, request)
            .await
    }

    /// Calls `ListTemplates`: `GET /v3/{project_id}/launch-templates`.
    pub async fn list_templates(
        &self,
        request: model::ListTemplatesRequest,
    ) -> ::std::result::Result<Response<model::ListTemplatesResponse>, Error> {
        self.client.call(&operation::LIST_TEMPLATES, request).await
    }

    /// Calls `MigrateServer`: `POST /v1/{project_id}/cloudservers/{server_id}/migrate`.
    pub async fn migrate_server(
        &self,
        request: model::MigrateServerRequest,
    ) -> ::std::result::Result<Response<model::MigrateServerResponse>, Error> {
        self.client.call(&operation::MIGRATE_SERVER, request).await
    }

    /// Calls `NovaAssociateSecurityGroup`: `POST /v2.1/{project_id}/servers/{server_id}/action`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_associate_security_group(
        &self,
        request: model::NovaAssociateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NovaAssociateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NOVA_ASSOCIATE_SECURITY_GROUP, request)
            .await
    }

    /// Calls `NovaAttachInterface`: `POST /v2.1/{project_id}/servers/{server_id}/os-interface`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_attach_interface(
        &self,
        request: model::NovaAttachInterfaceRequest,
    ) -> ::std::result::Result<Response<model::NovaAttachInterfaceResponse>, Error> {
        self.client
            .call(&operation::NOVA_ATTACH_INTERFACE, request)
            .await
    }

    /// Calls `NovaCreateKeypair`: `POST /v2.1/{project_id}/os-keypairs`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_create_keypair(
        &self,
        request: model::NovaCreateKeypairRequest,
    ) -> ::std::result::Result<Response<model::NovaCreateKeypairResponse>, Error> {
        self.client
            .call(&operation::NOVA_CREATE_KEYPAIR, request)
            .await
    }

    /// Calls `NovaCreateServers`: `POST /v2.1/{project_id}/servers`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_create_servers(
        &self,
        request: model::NovaCreateServersRequest,
    ) -> ::std::result::Result<Response<model::NovaCreateServersResponse>, Error> {
        self.client
            .call(&operation::NOVA_CREATE_SERVERS, request)
            .await
    }

    /// Calls `NovaDeleteKeypair`: `DELETE /v2.1/{project_id}/os-keypairs/{keypair_name}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_delete_keypair(
        &self,
        request: model::NovaDeleteKeypairRequest,
    ) -> ::std::result::Result<Response<model::NovaDeleteKeypairResponse>, Error> {
        self.client
            .call(&operation::NOVA_DELETE_KEYPAIR, request)
            .await
    }

    /// Calls `NovaDeleteServer`: `DELETE /v2.1/{project_id}/servers/{server_id}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_delete_server(
        &self,
        request: model::NovaDeleteServerRequest,
    ) -> ::std::result::Result<Response<model::NovaDeleteServerResponse>, Error> {
        self.client
            .call(&operation::NOVA_DELETE_SERVER, request)
            .await
    }

    /// Calls `NovaDisassociateSecurityGroup`: `POST /v2.1/{project_id}/servers/{server_id}/action`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_disassociate_security_group(
        &self,
        request: model::NovaDisassociateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NovaDisassociateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NOVA_DISASSOCIATE_SECURITY_GROUP, request)
            .await
    }

    /// Calls `NovaListAvailabilityZones`: `GET /v2.1/{project_id}/os-availability-zone`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_list_availability_zones(
        &self,
        request: model::NovaListAvailabilityZonesRequest,
    ) -> ::std::result::Result<Response<model::NovaListAvailabilityZonesResponse>, Error> {
        self.client
            .call(&operation::NOVA_LIST_AVAILABILITY_ZONES, request)
            .await
    }

    /// Calls `NovaListKeypairs`: `GET /v2.1/{project_id}/os-keypairs`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_list_keypairs(
        &self,
        request: model::NovaListKeypairsRequest,
    ) -> ::std::result::Result<Response<model::NovaListKeypairsResponse>, Error> {
        self.client
            .call(&operation::NOVA_LIST_KEYPAIRS, request)
            .await
    }

    /// Calls `NovaListServerSecurityGroups`: `GET /v2.1/{project_id}/servers/{server_id}/os-security-groups`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_list_server_security_groups(
        &self,
        request: model::NovaListServerSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::NovaListServerSecurityGroupsResponse>, Error> {
        self.client
            .call(&operation::NOVA_LIST_SERVER_SECURITY_GROUPS, request)
            .await
    }

    /// Calls `NovaListServers`: `GET /v2.1/{project_id}/servers`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_list_servers(
        &self,
        request: model::NovaListServersRequest,
    ) -> ::std::result::Result<Response<model::NovaListServersResponse>, Error> {
        self.client
            .call(&operation::NOVA_LIST_SERVERS, request)
            .await
    }

    /// Calls `NovaListServersDetails`: `GET /v2.1/{project_id}/servers/detail`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_list_servers_details(
        &self,
        request: model::NovaListServersDetailsRequest,
    ) -> ::std::result::Result<Response<model::NovaListServersDetailsResponse>, Error> {
        self.client
            .call(&operation::NOVA_LIST_SERVERS_DETAILS, request)
            .await
    }

    /// Calls `NovaShowFlavorExtraSpecs`: `GET /v2.1/{project_id}/flavors/{flavor_id}/os-extra_specs`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_show_flavor_extra_specs(
        &self,
        request: model::NovaShowFlavorExtraSpecsRequest,
    ) -> ::std::result::Result<Response<model::NovaShowFlavorExtraSpecsResponse>, Error> {
        self.client
            .call(&operation::NOVA_SHOW_FLAVOR_EXTRA_SPECS, request)
            .await
    }

    /// Calls `NovaShowKeypair`: `GET /v2.1/{project_id}/os-keypairs/{keypair_name}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_show_keypair(
        &self,
        request: model::NovaShowKeypairRequest,
    ) -> ::std::result::Result<Response<model::NovaShowKeypairResponse>, Error> {
        self.client
            .call(&operation::NOVA_SHOW_KEYPAIR, request)
            .await
    }

    /// Calls `NovaShowServer`: `GET /v2.1/{project_id}/servers/{server_id}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_show_server(
        &self,
        request: model::NovaShowServerRequest,
    ) -> ::std::result::Result<Response<model::NovaShowServerResponse>, Error> {
        self.client
            .call(&operation::NOVA_SHOW_SERVER, request)
            .await
    }

    /// Calls `NovaShowServerInterface`: `GET /v2.1/{project_id}/servers/{server_id}/os-interface/{port_id}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn nova_show_server_interface(
        &self,
        request: model::NovaShowServerInterfaceRequest,
    ) -> ::std::result::Result<Response<model::NovaShowServerInterfaceResponse>, Error> {
        self.client
            .call(&operation::NOVA_SHOW_SERVER_INTERFACE, request)
            .await
    }

    /// Calls `RegisterServerMonitor`: `POST /v1.0/servers/{server_id}/action`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub async fn register_server_monitor(
        &self,
        request: model::RegisterServerMonitorRequest,
    ) -> ::std::result::Result<Response<model::RegisterServerMonitorResponse>, Error> {
        self.client
            .call(&operation::REGISTER_SERVER_MONITOR, request)
            .await
    }

    /// Calls `ReinstallServerWithCloudInit`: `POST /v2/{project_id}/cloudservers/{server_id}/reinstallos`.
    pub async fn reinstall_server_with_cloud_init(
        &self,
        request: model::ReinstallServerWithCloudInitRequest,
    ) -> ::std::result::Result<Response<model::ReinstallServerWithCloudInitResponse>, Error> {
        self.client
            .call(&operation::REINSTALL_SERVER_WITH_CLOUD_INIT, request)
            .await
    }

    /// Calls `ReinstallServerWithoutCloudInit`: `POST /v1/{project_id}/cloudservers/{server_id}/reinstallos`.
    pub async fn reinstall_server_without_cloud_init(
        &self,
        request: model::ReinstallServerWithoutCloudInitRequest,
    ) -> ::std::result::Result<Response<model::ReinstallServerWithoutCloudInitResponse>, Error>
    {
        self.client
            .call(&operation::REINSTALL_SERVER_WITHOUT_CLOUD_INIT, request)
            .await
    }

    /// Calls `ResetServerPassword`: `PUT /v1/{project_id}/cloudservers/{server_id}/os-reset-password`.
    pub async fn reset_server_password(
        &self,
        request: model::ResetServerPasswordRequest,
    ) -> ::std::result::Result<Response<model::ResetServerPasswordResponse>, Error> {
        self.client
            .call(&operation::RESET_SERVER_PASSWORD, request)
            .await
    }

    /// Calls `ResizePostPaidServer`: `POST /v1/{project_id}/cloudservers/{server_id}/resize`.
    pub async fn resize_post_paid_server(
        &self,
        request: model::ResizePostPaidServerRequest,
    ) -> ::std::result::Result<Response<model::ResizePostPaidServerResponse>, Error> {
        self.client
            .call(&operation::RESIZE_POST_PAID_SERVER, request)
            .await
    }

    /// Calls `ResizeServer`: `POST /v1.1/{project_id}/cloudservers/{server_id}/resize`.
    pub async fn resize_server(
        &self,
        request: model::ResizeServerRequest,
    ) -> ::std::result::Result<Response<model::ResizeServerResponse>, Error> {
        self.client.call(&operation::RESIZE_SERVER, request).await
    }

    /// Calls `RevertRecycleBinServer`: `POST /v1/{project_id}/recycle-bin/cloudservers/{server_id}/actions/revert`.
    pub async fn revert_recycle_bin_server(
        &self,
        request: model::RevertRecycleBinServerRequest,
    ) -> ::std::result::Result<Response<model::RevertRecycleBinServerResponse>, Error> {
        self.client
            .call(&operation::REVERT_RECYCLE_BIN_SERVER, request)
            .await
    }

    /// Calls `ShowAppendableVolumeQuota`: `GET /v1/{project_id}/cloudservers/{server_id}/appendvolumequota`.
    pub async fn show_appendable_volume_quota(
        &self,
        request: model::ShowAppendableVolumeQuotaRequest,
    ) -> ::std::result::Result<Response<model::ShowAppendableVolumeQuotaResponse>, Error> {
        self.client
            .call(&operation::SHOW_APPENDABLE_VOLUME_QUOTA, request)
            .await
    }

    /// Calls `ShowFlavorCapacity`: `GET /v1/{project_id}/cloudservers/flavors/{flavor_id}/resources`.
    pub async fn show_flavor_capacity(
        &self,
        request: model::ShowFlavorCapacityRequest,
    ) -> ::std::result::Result<Response<model::ShowFlavorCapacityResponse>, Error> {
        self.client
            .call(&operation::SHOW_FLAVOR_CAPACITY, request)
            .await
    }

    /// Calls `ShowMetadataOptions`: `GET /v1/{project_id}/cloudservers/{server_id}/metadata-options`.
    pub async fn show_metadata_options(
        &self,
        request: model::ShowMetadataOptionsRequest,
    ) -> ::std::result::Result<Response<model::ShowMetadataOptionsResponse>, Error> {
        self.client
            .call(&operation::SHOW_METADATA_OPTIONS, request)
            .await
    }

    /// Calls `ShowRecycleBin`: `GET /v1/{project_id}/recycle-bin`.
    pub async fn show_recycle_bin(
        &self,
        request: model::ShowRecycleBinRequest,
    ) -> ::std::result::Result<Response<model::ShowRecycleBinResponse>, Error> {
        self.client
            .call(&operation::SHOW_RECYCLE_BIN, request)
            .await
    }

    /// Calls `ShowResetPasswordFlag`: `GET /v1/{project_id}/cloudservers/{server_id}/os-resetpwd-flag`.
    pub async fn show_reset_password_flag(
        &self,
        request: model::ShowResetPasswordFlagRequest,
    ) -> ::std::result::Result<Response<model::ShowResetPasswordFlagResponse>, Error> {
        self.client
            .call(&operation::SHOW_RESET_PASSWORD_FLAG, request)
            .await
    }

    /// Calls `ShowSerialConsoleActions`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/serial-console`.
    pub async fn show_serial_console_actions(
        &self,
        request: model::ShowSerialConsoleActionsRequest,
    ) -> ::std::result::Result<Response<model::ShowSerialConsoleActionsResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERIAL_CONSOLE_ACTIONS, request)
            .await
    }

    /// Calls `ShowServer`: `GET /v1/{project_id}/cloudservers/{server_id}`.
    pub async fn show_server(
        &self,
        request: model::ShowServerRequest,
    ) -> ::std::result::Result<Response<model::ShowServerResponse>, Error> {
        self.client.call(&operation::SHOW_SERVER, request).await
    }

    /// Calls `ShowServerAttachableNicNum`: `GET /v1/{project_id}/cloudservers/{server_id}/os-interface_extension`.
    pub async fn show_server_attachable_nic_num(
        &self,
        request: model::ShowServerAttachableNicNumRequest,
    ) -> ::std::result::Result<Response<model::ShowServerAttachableNicNumResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_ATTACHABLE_NIC_NUM, request)
            .await
    }

    /// Calls `ShowServerBlockDevice`: `GET /v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}`.
    pub async fn show_server_block_device(
        &self,
        request: model::ShowServerBlockDeviceRequest,
    ) -> ::std::result::Result<Response<model::ShowServerBlockDeviceResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_BLOCK_DEVICE, request)
            .await
    }

    /// Calls `ShowServerConsoleOutput`: `GET /v1/{project_id}/cloudservers/{server_id}/console-output`.
    pub async fn show_server_console_output(
        &self,
        request: model::ShowServerConsoleOutputRequest,
    ) -> ::std::result::Result<Response<model::ShowServerConsoleOutputResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_CONSOLE_OUTPUT, request)
            .await
    }

    /// Calls `ShowServerGroup`: `GET /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}`.
    pub async fn show_server_group(
        &self,
        request: model::ShowServerGroupRequest,
    ) -> ::std::result::Result<Response<model::ShowServerGroupResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_GROUP, request)
            .await
    }

    /// Calls `ShowServerLimits`: `GET /v1/{project_id}/cloudservers/limits`.
    pub async fn show_server_limits(
        &self,
        request: model::ShowServerLimitsRequest,
    ) -> ::std::result::Result<Response<model::ShowServerLimitsResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_LIMITS, request)
            .await
    }

    /// Calls `ShowServerPassword`: `GET /v1/{project_id}/cloudservers/{server_id}/os-server-password`.
    pub async fn show_server_password(
        &self,
        request: model::ShowServerPasswordRequest,
    ) -> ::std::result::Result<Response<model::ShowServerPasswordResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_PASSWORD, request)
            .await
    }

    /// Calls `ShowServerRemoteConsole`: `POST /v1/{project_id}/cloudservers/{server_id}/remote_console`.
    pub async fn show_server_remote_console(
        &self,
        request: model::ShowServerRemoteConsoleRequest,
    ) -> ::std::result::Result<Response<model::ShowServerRemoteConsoleResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_REMOTE_CONSOLE, request)
            .await
    }

    /// Calls `ShowServerTags`: `GET /v1/{project_id}/cloudservers/{server_id}/tags`.
    pub async fn show_server_tags(
        &self,
        request: model::ShowServerTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowServerTagsResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_TAGS, request)
            .await
    }

    /// Calls `UpdateMetadataOptions`: `PUT /v1/{project_id}/cloudservers/{server_id}/metadata-options`.
    pub async fn update_metadata_options(
        &self,
        request: model::UpdateMetadataOptionsRequest,
    ) -> ::std::result::Result<Response<model::UpdateMetadataOptionsResponse>, Error> {
        self.client
            .call(&operation::UPDATE_METADATA_OPTIONS, request)
            .await
    }

    /// Calls `UpdateRecycleBin`: `PUT /v1/{project_id}/recycle-bin`.
    pub async fn update_recycle_bin(
        &self,
        request: model::UpdateRecycleBinRequest,
    ) -> ::std::result::Result<Response<model::UpdateRecycleBinResponse>, Error> {
        self.client
            .call(&operation::UPDATE_RECYCLE_BIN, request)
            .await
    }

    /// Calls `UpdateRecycleBinPolicy`: `PUT /v1/{project_id}/recycle-bin/policy`.
    pub async fn update_recycle_bin_policy(
        &self,
        request: model::UpdateRecycleBinPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateRecycleBinPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_RECYCLE_BIN_POLICY, request)
            .await
    }

    /// Calls `UpdateScheduledEvent`: `PUT /v3/{project_id}/instance-scheduled-events/{id}`.
    pub async fn update_scheduled_event(
        &self,
        request: model::UpdateScheduledEventRequest,
    ) -> ::std::result::Result<Response<model::UpdateScheduledEventResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SCHEDULED_EVENT, request)
            .await
    }

    /// Calls `UpdateSerialConsoleOptions`: `PUT /v1/{project_id}/cloudservers/{server_id}/serial-console-options`.
    pub async fn update_serial_console_options(
        &self,
        request: model::UpdateSerialConsoleOptionsRequest,
    ) -> ::std::result::Result<Response<model::UpdateSerialConsoleOptionsResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SERIAL_CONSOLE_OPTIONS, request)
            .await
    }

    /// Calls `UpdateServer`: `PUT /v1/{project_id}/cloudservers/{server_id}`.
    pub async fn update_server(
        &self,
        request: model::UpdateServerRequest,
    ) -> ::std::result::Result<Response<model::UpdateServerResponse>, Error> {
        self.client.call(&operation::UPDATE_SERVER, request).await
    }

    /// Calls `UpdateServerAutoTerminateTime`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/update-auto-terminate-time`.
    pub async fn update_server_auto_terminate_time(
        &self,
        request: model::UpdateServerAutoTerminateTimeRequest,
    ) -> ::std::result::Result<Response<model::UpdateServerAutoTerminateTimeResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SERVER_AUTO_TERMINATE_TIME, request)
            .await
    }

    /// Calls `UpdateServerBlockDevice`: `PUT /v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}`.
    pub async fn update_server_block_device(
        &self,
        request: model::UpdateServerBlockDeviceRequest,
    ) -> ::std::result::Result<Response<model::UpdateServerBlockDeviceResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SERVER_BLOCK_DEVICE, request)
            .await
    }

    /// Calls `UpdateServerInterface`: `PUT /v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}`.
    pub async fn update_server_interface(
        &self,
        request: model::UpdateServerInterfaceRequest,
    ) -> ::std::result::Result<Response<model::UpdateServerInterfaceResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SERVER_INTERFACE, request)
            .await
    }

    /// Calls `UpdateServerMetadata`: `POST /v1/{project_id}/cloudservers/{server_id}/metadata`.
    pub async fn update_server_metadata(
        &self,
        request: model::UpdateServerMetadataRequest,
    ) -> ::std::result::Result<Response<model::UpdateServerMetadataResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SERVER_METADATA, request)
            .await
    }

    /// Calls `NovaListVersions`: `GET /`.
    pub async fn nova_list_versions(
        &self,
        request: model::NovaListVersionsRequest,
    ) -> ::std::result::Result<Response<model::NovaListVersionsResponse>, Error> {
        self.client
            .call(&operation::NOVA_LIST_VERSIONS, request)
            .await
    }

    /// Calls `NovaShowVersion`: `GET /{api_version}`.
    pub async fn nova_show_version(
        &self,
        request: model::NovaShowVersionRequest,
    ) -> ::std::result::Result<Response<model::NovaShowVersionResponse>, Error> {
        self.client
            .call(&operation::NOVA_SHOW_VERSION, request)
            .await
    }

    /// Calls `ShowJob`: `GET /v1/{project_id}/jobs/{job_id}`.
    pub async fn show_job(
        &self,
        request: model::ShowJobRequest,
    ) -> ::std::result::Result<Response<model::ShowJobResponse>, Error> {
        self.client.call(&operation::SHOW_JOB, request).await
    }
}
