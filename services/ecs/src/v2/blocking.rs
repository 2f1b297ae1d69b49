//! Blocking client of the ECS v2 API.

use super::{model, operation, SERVICE};
use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::{Error, Response};

/// Blocking client of the ECS v2 API, with the methods of the async
/// [`EcsClient`](super::EcsClient).
#[derive(Debug, Clone)]
pub struct EcsClient {
    client: ::huaweicloud_sdk_core::client::blocking::Client,
}

impl ServiceClient for EcsClient {
    fn from_client(client: ::huaweicloud_sdk_core::Client) -> Self {
        EcsClient {
            client: ::huaweicloud_sdk_core::client::blocking::Client::new(client),
        }
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
    pub fn accept_scheduled_event(
        &self,
        request: model::AcceptScheduledEventRequest,
    ) -> ::std::result::Result<Response<model::AcceptScheduledEventResponse>, Error> {
        self.client
            .call(&operation::ACCEPT_SCHEDULED_EVENT, request)
    }

    /// Calls `AddServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action`.
    pub fn add_server_group_member(
        &self,
        request: model::AddServerGroupMemberRequest,
    ) -> ::std::result::Result<Response<model::AddServerGroupMemberResponse>, Error> {
        self.client
            .call(&operation::ADD_SERVER_GROUP_MEMBER, request)
    }

    /// Calls `AssociateServerVirtualIp`: `PUT /v1/{project_id}/cloudservers/nics/{nic_id}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn associate_server_virtual_ip(
        &self,
        request: model::AssociateServerVirtualIpRequest,
    ) -> ::std::result::Result<Response<model::AssociateServerVirtualIpResponse>, Error> {
        self.client
            .call(&operation::ASSOCIATE_SERVER_VIRTUAL_IP, request)
    }

    /// Calls `AttachServerVolume`: `POST /v1/{project_id}/cloudservers/{server_id}/attachvolume`.
    pub fn attach_server_volume(
        &self,
        request: model::AttachServerVolumeRequest,
    ) -> ::std::result::Result<Response<model::AttachServerVolumeResponse>, Error> {
        self.client.call(&operation::ATTACH_SERVER_VOLUME, request)
    }

    /// Calls `BatchAddServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/add_members`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn batch_add_server_group_member(
        &self,
        request: model::BatchAddServerGroupMemberRequest,
    ) -> ::std::result::Result<Response<model::BatchAddServerGroupMemberResponse>, Error> {
        self.client
            .call(&operation::BATCH_ADD_SERVER_GROUP_MEMBER, request)
    }

    /// Calls `BatchAddServerNics`: `POST /v1/{project_id}/cloudservers/{server_id}/nics`.
    pub fn batch_add_server_nics(
        &self,
        request: model::BatchAddServerNicsRequest,
    ) -> ::std::result::Result<Response<model::BatchAddServerNicsResponse>, Error> {
        self.client.call(&operation::BATCH_ADD_SERVER_NICS, request)
    }

    /// Calls `BatchAttachSharableVolumes`: `POST /v1/{project_id}/batchaction/attachvolumes/{volume_id}`.
    pub fn batch_attach_sharable_volumes(
        &self,
        request: model::BatchAttachSharableVolumesRequest,
    ) -> ::std::result::Result<Response<model::BatchAttachSharableVolumesResponse>, Error> {
        self.client
            .call(&operation::BATCH_ATTACH_SHARABLE_VOLUMES, request)
    }

    /// Calls `BatchCreateServerTags`: `POST /v1/{project_id}/cloudservers/{server_id}/tags/action`.
    pub fn batch_create_server_tags(
        &self,
        request: model::BatchCreateServerTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateServerTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SERVER_TAGS, request)
    }

    /// Calls `BatchDeleteServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/remove_members`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn batch_delete_server_group_member(
        &self,
        request: model::BatchDeleteServerGroupMemberRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteServerGroupMemberResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SERVER_GROUP_MEMBER, request)
    }

    /// Calls `BatchDeleteServerNics`: `POST /v1/{project_id}/cloudservers/{server_id}/nics/delete`.
    pub fn batch_delete_server_nics(
        &self,
        request: model::BatchDeleteServerNicsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteServerNicsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SERVER_NICS, request)
    }

    /// Calls `BatchDeleteServerTags`: `POST /v1/{project_id}/cloudservers/{server_id}/tags/action`.
    pub fn batch_delete_server_tags(
        &self,
        request: model::BatchDeleteServerTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteServerTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SERVER_TAGS, request)
    }

    /// Calls `BatchDetachVolumes`: `POST /v1/{project_id}/batchaction/detachvolumes/{volume_id}`.
    pub fn batch_detach_volumes(
        &self,
        request: model::BatchDetachVolumesRequest,
    ) -> ::std::result::Result<Response<model::BatchDetachVolumesResponse>, Error> {
        self.client.call(&operation::BATCH_DETACH_VOLUMES, request)
    }

    /// Calls `BatchRebootServers`: `POST /v1/{project_id}/cloudservers/action`.
    pub fn batch_reboot_servers(
        &self,
        request: model::BatchRebootServersRequest,
    ) -> ::std::result::Result<Response<model::BatchRebootServersResponse>, Error> {
        self.client.call(&operation::BATCH_REBOOT_SERVERS, request)
    }

    /// Calls `BatchResetServersPassword`: `PUT /v1/{project_id}/cloudservers/os-reset-passwords`.
    pub fn batch_reset_servers_password(
        &self,
        request: model::BatchResetServersPasswordRequest,
    ) -> ::std::result::Result<Response<model::BatchResetServersPasswordResponse>, Error> {
        self.client
            .call(&operation::BATCH_RESET_SERVERS_PASSWORD, request)
    }

    /// Calls `BatchResizeServers`: `POST /v1/{project_id}/cloudservers/batch-resize`.
    pub fn batch_resize_servers(
        &self,
        request: model::BatchResizeServersRequest,
    ) -> ::std::result::Result<Response<model::BatchResizeServersResponse>, Error> {
        self.client.call(&operation::BATCH_RESIZE_SERVERS, request)
    }

    /// Calls `BatchStartServers`: `POST /v1/{project_id}/cloudservers/action`.
    pub fn batch_start_servers(
        &self,
        request: model::BatchStartServersRequest,
    ) -> ::std::result::Result<Response<model::BatchStartServersResponse>, Error> {
        self.client.call(&operation::BATCH_START_SERVERS, request)
    }

    /// Calls `BatchStopServers`: `POST /v1/{project_id}/cloudservers/action`.
    pub fn batch_stop_servers(
        &self,
        request: model::BatchStopServersRequest,
    ) -> ::std::result::Result<Response<model::BatchStopServersResponse>, Error> {
        self.client.call(&operation::BATCH_STOP_SERVERS, request)
    }

    /// Calls `BatchUpdateServersName`: `PUT /v1/{project_id}/cloudservers/server-name`.
    pub fn batch_update_servers_name(
        &self,
        request: model::BatchUpdateServersNameRequest,
    ) -> ::std::result::Result<Response<model::BatchUpdateServersNameResponse>, Error> {
        self.client
            .call(&operation::BATCH_UPDATE_SERVERS_NAME, request)
    }

    /// Calls `ChangeServerChargeMode`: `POST /v1/{project_id}/cloudservers/actions/change-charge-mode`.
    pub fn change_server_charge_mode(
        &self,
        request: model::ChangeServerChargeModeRequest,
    ) -> ::std::result::Result<Response<model::ChangeServerChargeModeResponse>, Error> {
        self.client
            .call(&operation::CHANGE_SERVER_CHARGE_MODE, request)
    }

    /// Calls `ChangeServerNetworkInterface`: `POST /v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}/change-network-interface`.
    pub fn change_server_network_interface(
        &self,
        request: model::ChangeServerNetworkInterfaceRequest,
    ) -> ::std::result::Result<Response<model::ChangeServerNetworkInterfaceResponse>, Error> {
        self.client
            .call(&operation::CHANGE_SERVER_NETWORK_INTERFACE, request)
    }

    /// Calls `ChangeServerOsWithCloudInit`: `POST /v2/{project_id}/cloudservers/{server_id}/changeos`.
    pub fn change_server_os_with_cloud_init(
        &self,
        request: model::ChangeServerOsWithCloudInitRequest,
    ) -> ::std::result::Result<Response<model::ChangeServerOsWithCloudInitResponse>, Error> {
        self.client
            .call(&operation::CHANGE_SERVER_OS_WITH_CLOUD_INIT, request)
    }

    /// Calls `ChangeServerOsWithoutCloudInit`: `POST /v1/{project_id}/cloudservers/{server_id}/changeos`.
    pub fn change_server_os_without_cloud_init(
        &self,
        request: model::ChangeServerOsWithoutCloudInitRequest,
    ) -> ::std::result::Result<Response<model::ChangeServerOsWithoutCloudInitResponse>, Error> {
        self.client
            .call(&operation::CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT, request)
    }

    /// Calls `ChangeVpc`: `POST /v1/{project_id}/cloudservers/{server_id}/changevpc`.
    pub fn change_vpc(
        &self,
        request: model::ChangeVpcRequest,
    ) -> ::std::result::Result<Response<model::ChangeVpcResponse>, Error> {
        self.client.call(&operation::CHANGE_VPC, request)
    }

    /// Calls `CreateLaunchTemplate`: `POST /v3/{project_id}/launch-templates`.
    pub fn create_launch_template(
        &self,
        request: model::CreateLaunchTemplateRequest,
    ) -> ::std::result::Result<Response<model::CreateLaunchTemplateResponse>, Error> {
        self.client
            .call(&operation::CREATE_LAUNCH_TEMPLATE, request)
    }

    /// Calls `CreatePostPaidServers`: `POST /v1/{project_id}/cloudservers`.
    pub fn create_post_paid_servers(
        &self,
        request: model::CreatePostPaidServersRequest,
    ) -> ::std::result::Result<Response<model::CreatePostPaidServersResponse>, Error> {
        self.client
            .call(&operation::CREATE_POST_PAID_SERVERS, request)
    }

    /// Calls `CreateServerGroup`: `POST /v1/{project_id}/cloudservers/os-server-groups`.
    pub fn create_server_group(
        &self,
        request: model::CreateServerGroupRequest,
    ) -> ::std::result::Result<Response<model::CreateServerGroupResponse>, Error> {
        self.client.call(&operation::CREATE_SERVER_GROUP, request)
    }

    /// Calls `CreateServers`: `POST /v1.1/{project_id}/cloudservers`.
    pub fn create_servers(
        &self,
        request: model::CreateServersRequest,
    ) -> ::std::result::Result<Response<model::CreateServersResponse>, Error> {
        self.client.call(&operation::CREATE_SERVERS, request)
    }

    /// Calls `DeleteLaunchTemplates`: `DELETE /v3/{project_id}/launch-templates/{launch_template_id}`.
    pub fn delete_launch_templates(
        &self,
        request: model::DeleteLaunchTemplatesRequest,
    ) -> ::std::result::Result<Response<model::DeleteLaunchTemplatesResponse>, Error> {
        self.client
            .call(&operation::DELETE_LAUNCH_TEMPLATES, request)
    }

    /// Calls `DeleteRecycleBinServer`: `DELETE /v1/{project_id}/recycle-bin/cloudservers/{server_id}`.
    pub fn delete_recycle_bin_server(
        &self,
        request: model::DeleteRecycleBinServerRequest,
    ) -> ::std::result::Result<Response<model::DeleteRecycleBinServerResponse>, Error> {
        self.client
            .call(&operation::DELETE_RECYCLE_BIN_SERVER, request)
    }

    /// Calls `DeleteServerGroup`: `DELETE /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}`.
    pub fn delete_server_group(
        &self,
        request: model::DeleteServerGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteServerGroupResponse>, Error> {
        self.client.call(&operation::DELETE_SERVER_GROUP, request)
    }

    /// Calls `DeleteServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action`.
    pub fn delete_server_group_member(
        &self,
        request: model::DeleteServerGroupMemberRequest,
    ) -> ::std::result::Result<Response<model::DeleteServerGroupMemberResponse>, Error> {
        self.client
            .call(&operation::DELETE_SERVER_GROUP_MEMBER, request)
    }

    /// Calls `DeleteServerMetadata`: `DELETE /v1/{project_id}/cloudservers/{server_id}/metadata/{key}`.
    pub fn delete_server_metadata(
        &self,
        request: model::DeleteServerMetadataRequest,
    ) -> ::std::result::Result<Response<model::DeleteServerMetadataResponse>, Error> {
        self.client
            .call(&operation::DELETE_SERVER_METADATA, request)
    }

    /// Calls `DeleteServerPassword`: `DELETE /v1/{project_id}/cloudservers/{server_id}/os-server-password`.
    pub fn delete_server_password(
        &self,
        request: model::DeleteServerPasswordRequest,
    ) -> ::std::result::Result<Response<model::DeleteServerPasswordResponse>, Error> {
        self.client
            .call(&operation::DELETE_SERVER_PASSWORD, request)
    }

    /// Calls `DeleteServers`: `POST /v1/{project_id}/cloudservers/delete`.
    pub fn delete_servers(
        &self,
        request: model::DeleteServersRequest,
    ) -> ::std::result::Result<Response<model::DeleteServersResponse>, Error> {
        self.client.call(&operation::DELETE_SERVERS, request)
    }

    /// Calls `DetachServerVolume`: `DELETE /v1/{project_id}/cloudservers/{server_id}/detachvolume/{volume_id}`.
    pub fn detach_server_volume(
        &self,
        request: model::DetachServerVolumeRequest,
    ) -> ::std::result::Result<Response<model::DetachServerVolumeResponse>, Error> {
        self.client.call(&operation::DETACH_SERVER_VOLUME, request)
    }

    /// Calls `DisassociateServerVirtualIp`: `PUT /v1/{project_id}/cloudservers/nics/{nic_id}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn disassociate_server_virtual_ip(
        &self,
        request: model::DisassociateServerVirtualIpRequest,
    ) -> ::std::result::Result<Response<model::DisassociateServerVirtualIpResponse>, Error> {
        self.client
            .call(&operation::DISASSOCIATE_SERVER_VIRTUAL_IP, request)
    }

    /// Calls `ExecuteServerDump`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/trigger-crash-dump`.
    pub fn execute_server_dump(
        &self,
        request: model::ExecuteServerDumpRequest,
    ) -> ::std::result::Result<Response<model::ExecuteServerDumpResponse>, Error> {
        self.client.call(&operation::EXECUTE_SERVER_DUMP, request)
    }

    /// Calls `ExecuteServerRedeploy`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/redeploy`.
    pub fn execute_server_redeploy(
        &self,
        request: model::ExecuteServerRedeployRequest,
    ) -> ::std::result::Result<Response<model::ExecuteServerRedeployResponse>, Error> {
        self.client
            .call(&operation::EXECUTE_SERVER_REDEPLOY, request)
    }

    /// Calls `ListCloudServers`: `GET /v1.1/{project_id}/cloudservers/detail`.
    pub fn list_cloud_servers(
        &self,
        request: model::ListCloudServersRequest,
    ) -> ::std::result::Result<Response<model::ListCloudServersResponse>, Error> {
        self.client.call(&operation::LIST_CLOUD_SERVERS, request)
    }

    /// Calls `ListFlavorSellPolicies`: `GET /v1/{project_id}/cloudservers/flavor-sell-policies`.
    pub fn list_flavor_sell_policies(
        &self,
        request: model::ListFlavorSellPoliciesRequest,
    ) -> ::std::result::Result<Response<model::ListFlavorSellPoliciesResponse>, Error> {
        self.client
            .call(&operation::LIST_FLAVOR_SELL_POLICIES, request)
    }

    /// Calls `ListFlavors`: `GET /v1/{project_id}/cloudservers/flavors`.
    pub fn list_flavors(
        &self,
        request: model::ListFlavorsRequest,
    ) -> ::std::result::Result<Response<model::ListFlavorsResponse>, Error> {
        self.client.call(&operation::LIST_FLAVORS, request)
    }

    /// Calls `ListLaunchTemplateVersions`: `GET /v3/{project_id}/launch-template-versions`.
    pub fn list_launch_template_versions(
        &self,
        request: model::ListLaunchTemplateVersionsRequest,
    ) -> ::std::result::Result<Response<model::ListLaunchTemplateVersionsResponse>, Error> {
        self.client
            .call(&operation::LIST_LAUNCH_TEMPLATE_VERSIONS, request)
    }

    /// Calls `ListRecycleBinServers`: `GET /v1/{project_id}/recycle-bin/cloudservers`.
    pub fn list_recycle_bin_servers(
        &self,
        request: model::ListRecycleBinServersRequest,
    ) -> ::std::result::Result<Response<model::ListRecycleBinServersResponse>, Error> {
        self.client
            .call(&operation::LIST_RECYCLE_BIN_SERVERS, request)
    }

    /// Calls `ListResizeFlavors`: `GET /v1/{project_id}/cloudservers/resize_flavors`.
    pub fn list_resize_flavors(
        &self,
        request: model::ListResizeFlavorsRequest,
    ) -> ::std::result::Result<Response<model::ListResizeFlavorsResponse>, Error> {
        self.client.call(&operation::LIST_RESIZE_FLAVORS, request)
    }

    /// Calls `ListScheduledEvents`: `GET /v3/{project_id}/instance-scheduled-events`.
    pub fn list_scheduled_events(
        &self,
        request: model::ListScheduledEventsRequest,
    ) -> ::std::result::Result<Response<model::ListScheduledEventsResponse>, Error> {
        self.client.call(&operation::LIST_SCHEDULED_EVENTS, request)
    }

    /// Calls `ListServerAzInfo`: `GET /v1/{project_id}/availability-zones`.
    pub fn list_server_az_info(
        &self,
        request: model::ListServerAzInfoRequest,
    ) -> ::std::result::Result<Response<model::ListServerAzInfoResponse>, Error> {
        self.client.call(&operation::LIST_SERVER_AZ_INFO, request)
    }

    /// Calls `ListServerBlockDevices`: `GET /v1/{project_id}/cloudservers/{server_id}/block_device`.
    pub fn list_server_block_devices(
        &self,
        request: model::ListServerBlockDevicesRequest,
    ) -> ::std::result::Result<Response<model::ListServerBlockDevicesResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVER_BLOCK_DEVICES, request)
    }

    /// Calls `ListServerGroups`: `GET /v1/{project_id}/cloudservers/os-server-groups`.
    pub fn list_server_groups(
        &self,
        request: model::ListServerGroupsRequest,
    ) -> ::std::result::Result<Response<model::ListServerGroupsResponse>, Error> {
        self.client.call(&operation::LIST_SERVER_GROUPS, request)
    }

    /// Calls `ListServerInterfaces`: `GET /v1/{project_id}/cloudservers/{server_id}/os-interface`.
    pub fn list_server_interfaces(
        &self,
        request: model::ListServerInterfacesRequest,
    ) -> ::std::result::Result<Response<model::ListServerInterfacesResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVER_INTERFACES, request)
    }

    /// Calls `ListServerTags`: `GET /v1/{project_id}/cloudservers/tags`.
    pub fn list_server_tags(
        &self,
        request: model::ListServerTagsRequest,
    ) -> ::std::result::Result<Response<model::ListServerTagsResponse>, Error> {
        self.client.call(&operation::LIST_SERVER_TAGS, request)
    }

    /// Calls `ListServerVolumeAttachments`: `GET /v1/{project_id}/cloudservers/{server_id}/os-volume_attachments`.
    pub fn list_server_volume_attachments(
        &self,
        request: model::ListServerVolumeAttachmentsRequest,
    ) -> ::std::result::Result<Response<model::ListServerVolumeAttachmentsResponse>, Error> {
        self.client
            .call(&operation::LIST_SERVER_VOLUME_ATTACHMENTS, request)
    }

    /// Calls `ListServersByTag`: `POST /v1/{project_id}/cloudservers/resource_instances/action`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn list_servers_by_tag(
        &self,
        request: model::ListServersByTagRequest,
    ) -> ::std::result::Result<Response<model::ListServersByTagResponse>, Error> {
        self.client.call(&operation::LIST_SERVERS_BY_TAG, request)
    }

    /// Calls `ListServersDetails`: `GET /v1/{project_id}/cloudservers/detail`.
    pub fn list_servers_details(
        &self,
        request: model::ListServersDetailsRequest,
    ) -> ::std::result::Result<Response<model::ListServersDetailsResponse>, Error> {
        self.client.call(&operation::LIST_SERVERS_DETAILS, request)
    }

    /// Calls `ListTemplates`: `GET /v3/{project_id}/launch-templates`.
    pub fn list_templates(
        &self,
        request: model::ListTemplatesRequest,
    ) -> ::std::result::Result<Response<model::ListTemplatesResponse>, Error> {
        self.client.call(&operation::LIST_TEMPLATES, request)
    }

    /// Calls `MigrateServer`: `POST /v1/{project_id}/cloudservers/{server_id}/migrate`.
    pub fn migrate_server(
        &self,
        request: model::MigrateServerRequest,
    ) -> ::std::result::Result<Response<model::MigrateServerResponse>, Error> {
        self.client.call(&operation::MIGRATE_SERVER, request)
    }

    /// Calls `NovaAssociateSecurityGroup`: `POST /v2.1/{project_id}/servers/{server_id}/action`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_associate_security_group(
        &self,
        request: model::NovaAssociateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NovaAssociateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NOVA_ASSOCIATE_SECURITY_GROUP, request)
    }

    /// Calls `NovaAttachInterface`: `POST /v2.1/{project_id}/servers/{server_id}/os-interface`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_attach_interface(
        &self,
        request: model::NovaAttachInterfaceRequest,
    ) -> ::std::result::Result<Response<model::NovaAttachInterfaceResponse>, Error> {
        self.client.call(&operation::NOVA_ATTACH_INTERFACE, request)
    }

    /// Calls `NovaCreateKeypair`: `POST /v2.1/{project_id}/os-keypairs`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_create_keypair(
        &self,
        request: model::NovaCreateKeypairRequest,
    ) -> ::std::result::Result<Response<model::NovaCreateKeypairResponse>, Error> {
        self.client.call(&operation::NOVA_CREATE_KEYPAIR, request)
    }

    /// Calls `NovaCreateServers`: `POST /v2.1/{project_id}/servers`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_create_servers(
        &self,
        request: model::NovaCreateServersRequest,
    ) -> ::std::result::Result<Response<model::NovaCreateServersResponse>, Error> {
        self.client.call(&operation::NOVA_CREATE_SERVERS, request)
    }

    /// Calls `NovaDeleteKeypair`: `DELETE /v2.1/{project_id}/os-keypairs/{keypair_name}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_delete_keypair(
        &self,
        request: model::NovaDeleteKeypairRequest,
    ) -> ::std::result::Result<Response<model::NovaDeleteKeypairResponse>, Error> {
        self.client.call(&operation::NOVA_DELETE_KEYPAIR, request)
    }

    /// Calls `NovaDeleteServer`: `DELETE /v2.1/{project_id}/servers/{server_id}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_delete_server(
        &self,
        request: model::NovaDeleteServerRequest,
    ) -> ::std::result::Result<Response<model::NovaDeleteServerResponse>, Error> {
        self.client.call(&operation::NOVA_DELETE_SERVER, request)
    }

    /// Calls `NovaDisassociateSecurityGroup`: `POST /v2.1/{project_id}/servers/{server_id}/action`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_disassociate_security_group(
        &self,
        request: model::NovaDisassociateSecurityGroupRequest,
    ) -> ::std::result::Result<Response<model::NovaDisassociateSecurityGroupResponse>, Error> {
        self.client
            .call(&operation::NOVA_DISASSOCIATE_SECURITY_GROUP, request)
    }

    /// Calls `NovaListAvailabilityZones`: `GET /v2.1/{project_id}/os-availability-zone`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_list_availability_zones(
        &self,
        request: model::NovaListAvailabilityZonesRequest,
    ) -> ::std::result::Result<Response<model::NovaListAvailabilityZonesResponse>, Error> {
        self.client
            .call(&operation::NOVA_LIST_AVAILABILITY_ZONES, request)
    }

    /// Calls `NovaListKeypairs`: `GET /v2.1/{project_id}/os-keypairs`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_list_keypairs(
        &self,
        request: model::NovaListKeypairsRequest,
    ) -> ::std::result::Result<Response<model::NovaListKeypairsResponse>, Error> {
        self.client.call(&operation::NOVA_LIST_KEYPAIRS, request)
    }

    /// Calls `NovaListServerSecurityGroups`: `GET /v2.1/{project_id}/servers/{server_id}/os-security-groups`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_list_server_security_groups(
        &self,
        request: model::NovaListServerSecurityGroupsRequest,
    ) -> ::std::result::Result<Response<model::NovaListServerSecurityGroupsResponse>, Error> {
        self.client
            .call(&operation::NOVA_LIST_SERVER_SECURITY_GROUPS, request)
    }

    /// Calls `NovaListServers`: `GET /v2.1/{project_id}/servers`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_list_servers(
        &self,
        request: model::NovaListServersRequest,
    ) -> ::std::result::Result<Response<model::NovaListServersResponse>, Error> {
        self.client.call(&operation::NOVA_LIST_SERVERS, request)
    }

    /// Calls `NovaListServersDetails`: `GET /v2.1/{project_id}/servers/detail`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_list_servers_details(
        &self,
        request: model::NovaListServersDetailsRequest,
    ) -> ::std::result::Result<Response<model::NovaListServersDetailsResponse>, Error> {
        self.client
            .call(&operation::NOVA_LIST_SERVERS_DETAILS, request)
    }

    /// Calls `NovaShowFlavorExtraSpecs`: `GET /v2.1/{project_id}/flavors/{flavor_id}/os-extra_specs`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_show_flavor_extra_specs(
        &self,
        request: model::NovaShowFlavorExtraSpecsRequest,
    ) -> ::std::result::Result<Response<model::NovaShowFlavorExtraSpecsResponse>, Error> {
        self.client
            .call(&operation::NOVA_SHOW_FLAVOR_EXTRA_SPECS, request)
    }

    /// Calls `NovaShowKeypair`: `GET /v2.1/{project_id}/os-keypairs/{keypair_name}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_show_keypair(
        &self,
        request: model::NovaShowKeypairRequest,
    ) -> ::std::result::Result<Response<model::NovaShowKeypairResponse>, Error> {
        self.client.call(&operation::NOVA_SHOW_KEYPAIR, request)
    }

    /// Calls `NovaShowServer`: `GET /v2.1/{project_id}/servers/{server_id}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_show_server(
        &self,
        request: model::NovaShowServerRequest,
    ) -> ::std::result::Result<Response<model::NovaShowServerResponse>, Error> {
        self.client.call(&operation::NOVA_SHOW_SERVER, request)
    }

    /// Calls `NovaShowServerInterface`: `GET /v2.1/{project_id}/servers/{server_id}/os-interface/{port_id}`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn nova_show_server_interface(
        &self,
        request: model::NovaShowServerInterfaceRequest,
    ) -> ::std::result::Result<Response<model::NovaShowServerInterfaceResponse>, Error> {
        self.client
            .call(&operation::NOVA_SHOW_SERVER_INTERFACE, request)
    }

    /// Calls `RegisterServerMonitor`: `POST /v1.0/servers/{server_id}/action`.
    #[deprecated(note = "the API marks this operation as deprecated")]
    pub fn register_server_monitor(
        &self,
        request: model::RegisterServerMonitorRequest,
    ) -> ::std::result::Result<Response<model::RegisterServerMonitorResponse>, Error> {
        self.client
            .call(&operation::REGISTER_SERVER_MONITOR, request)
    }

    /// Calls `ReinstallServerWithCloudInit`: `POST /v2/{project_id}/cloudservers/{server_id}/reinstallos`.
    pub fn reinstall_server_with_cloud_init(
        &self,
        request: model::ReinstallServerWithCloudInitRequest,
    ) -> ::std::result::Result<Response<model::ReinstallServerWithCloudInitResponse>, Error> {
        self.client
            .call(&operation::REINSTALL_SERVER_WITH_CLOUD_INIT, request)
    }

    /// Calls `ReinstallServerWithoutCloudInit`: `POST /v1/{project_id}/cloudservers/{server_id}/reinstallos`.
    pub fn reinstall_server_without_cloud_init(
        &self,
        request: model::ReinstallServerWithoutCloudInitRequest,
    ) -> ::std::result::Result<Response<model::ReinstallServerWithoutCloudInitResponse>, Error>
    {
        self.client
            .call(&operation::REINSTALL_SERVER_WITHOUT_CLOUD_INIT, request)
    }

    /// Calls `ResetServerPassword`: `PUT /v1/{project_id}/cloudservers/{server_id}/os-reset-password`.
    pub fn reset_server_password(
        &self,
        request: model::ResetServerPasswordRequest,
    ) -> ::std::result::Result<Response<model::ResetServerPasswordResponse>, Error> {
        self.client.call(&operation::RESET_SERVER_PASSWORD, request)
    }

    /// Calls `ResizePostPaidServer`: `POST /v1/{project_id}/cloudservers/{server_id}/resize`.
    pub fn resize_post_paid_server(
        &self,
        request: model::ResizePostPaidServerRequest,
    ) -> ::std::result::Result<Response<model::ResizePostPaidServerResponse>, Error> {
        self.client
            .call(&operation::RESIZE_POST_PAID_SERVER, request)
    }

    /// Calls `ResizeServer`: `POST /v1.1/{project_id}/cloudservers/{server_id}/resize`.
    pub fn resize_server(
        &self,
        request: model::ResizeServerRequest,
    ) -> ::std::result::Result<Response<model::ResizeServerResponse>, Error> {
        self.client.call(&operation::RESIZE_SERVER, request)
    }

    /// Calls `RevertRecycleBinServer`: `POST /v1/{project_id}/recycle-bin/cloudservers/{server_id}/actions/revert`.
    pub fn revert_recycle_bin_server(
        &self,
        request: model::RevertRecycleBinServerRequest,
    ) -> ::std::result::Result<Response<model::RevertRecycleBinServerResponse>, Error> {
        self.client
            .call(&operation::REVERT_RECYCLE_BIN_SERVER, request)
    }

    /// Calls `ShowAppendableVolumeQuota`: `GET /v1/{project_id}/cloudservers/{server_id}/appendvolumequota`.
    pub fn show_appendable_volume_quota(
        &self,
        request: model::ShowAppendableVolumeQuotaRequest,
    ) -> ::std::result::Result<Response<model::ShowAppendableVolumeQuotaResponse>, Error> {
        self.client
            .call(&operation::SHOW_APPENDABLE_VOLUME_QUOTA, request)
    }

    /// Calls `ShowFlavorCapacity`: `GET /v1/{project_id}/cloudservers/flavors/{flavor_id}/resources`.
    pub fn show_flavor_capacity(
        &self,
        request: model::ShowFlavorCapacityRequest,
    ) -> ::std::result::Result<Response<model::ShowFlavorCapacityResponse>, Error> {
        self.client.call(&operation::SHOW_FLAVOR_CAPACITY, request)
    }

    /// Calls `ShowMetadataOptions`: `GET /v1/{project_id}/cloudservers/{server_id}/metadata-options`.
    pub fn show_metadata_options(
        &self,
        request: model::ShowMetadataOptionsRequest,
    ) -> ::std::result::Result<Response<model::ShowMetadataOptionsResponse>, Error> {
        self.client.call(&operation::SHOW_METADATA_OPTIONS, request)
    }

    /// Calls `ShowRecycleBin`: `GET /v1/{project_id}/recycle-bin`.
    pub fn show_recycle_bin(
        &self,
        request: model::ShowRecycleBinRequest,
    ) -> ::std::result::Result<Response<model::ShowRecycleBinResponse>, Error> {
        self.client.call(&operation::SHOW_RECYCLE_BIN, request)
    }

    /// Calls `ShowResetPasswordFlag`: `GET /v1/{project_id}/cloudservers/{server_id}/os-resetpwd-flag`.
    pub fn show_reset_password_flag(
        &self,
        request: model::ShowResetPasswordFlagRequest,
    ) -> ::std::result::Result<Response<model::ShowResetPasswordFlagResponse>, Error> {
        self.client
            .call(&operation::SHOW_RESET_PASSWORD_FLAG, request)
    }

    /// Calls `ShowSerialConsoleActions`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/serial-console`.
    pub fn show_serial_console_actions(
        &self,
        request: model::ShowSerialConsoleActionsRequest,
    ) -> ::std::result::Result<Response<model::ShowSerialConsoleActionsResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERIAL_CONSOLE_ACTIONS, request)
    }

    /// Calls `ShowServer`: `GET /v1/{project_id}/cloudservers/{server_id}`.
    pub fn show_server(
        &self,
        request: model::ShowServerRequest,
    ) -> ::std::result::Result<Response<model::ShowServerResponse>, Error> {
        self.client.call(&operation::SHOW_SERVER, request)
    }

    /// Calls `ShowServerAttachableNicNum`: `GET /v1/{project_id}/cloudservers/{server_id}/os-interface_extension`.
    pub fn show_server_attachable_nic_num(
        &self,
        request: model::ShowServerAttachableNicNumRequest,
    ) -> ::std::result::Result<Response<model::ShowServerAttachableNicNumResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_ATTACHABLE_NIC_NUM, request)
    }

    /// Calls `ShowServerBlockDevice`: `GET /v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}`.
    pub fn show_server_block_device(
        &self,
        request: model::ShowServerBlockDeviceRequest,
    ) -> ::std::result::Result<Response<model::ShowServerBlockDeviceResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_BLOCK_DEVICE, request)
    }

    /// Calls `ShowServerConsoleOutput`: `GET /v1/{project_id}/cloudservers/{server_id}/console-output`.
    pub fn show_server_console_output(
        &self,
        request: model::ShowServerConsoleOutputRequest,
    ) -> ::std::result::Result<Response<model::ShowServerConsoleOutputResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_CONSOLE_OUTPUT, request)
    }

    /// Calls `ShowServerGroup`: `GET /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}`.
    pub fn show_server_group(
        &self,
        request: model::ShowServerGroupRequest,
    ) -> ::std::result::Result<Response<model::ShowServerGroupResponse>, Error> {
        self.client.call(&operation::SHOW_SERVER_GROUP, request)
    }

    /// Calls `ShowServerLimits`: `GET /v1/{project_id}/cloudservers/limits`.
    pub fn show_server_limits(
        &self,
        request: model::ShowServerLimitsRequest,
    ) -> ::std::result::Result<Response<model::ShowServerLimitsResponse>, Error> {
        self.client.call(&operation::SHOW_SERVER_LIMITS, request)
    }

    /// Calls `ShowServerPassword`: `GET /v1/{project_id}/cloudservers/{server_id}/os-server-password`.
    pub fn show_server_password(
        &self,
        request: model::ShowServerPasswordRequest,
    ) -> ::std::result::Result<Response<model::ShowServerPasswordResponse>, Error> {
        self.client.call(&operation::SHOW_SERVER_PASSWORD, request)
    }

    /// Calls `ShowServerRemoteConsole`: `POST /v1/{project_id}/cloudservers/{server_id}/remote_console`.
    pub fn show_server_remote_console(
        &self,
        request: model::ShowServerRemoteConsoleRequest,
    ) -> ::std::result::Result<Response<model::ShowServerRemoteConsoleResponse>, Error> {
        self.client
            .call(&operation::SHOW_SERVER_REMOTE_CONSOLE, request)
    }

    /// Calls `ShowServerTags`: `GET /v1/{project_id}/cloudservers/{server_id}/tags`.
    pub fn show_server_tags(
        &self,
        request: model::ShowServerTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowServerTagsResponse>, Error> {
        self.client.call(&operation::SHOW_SERVER_TAGS, request)
    }

    /// Calls `UpdateMetadataOptions`: `PUT /v1/{project_id}/cloudservers/{server_id}/metadata-options`.
    pub fn update_metadata_options(
        &self,
        request: model::UpdateMetadataOptionsRequest,
    ) -> ::std::result::Result<Response<model::UpdateMetadataOptionsResponse>, Error> {
        self.client
            .call(&operation::UPDATE_METADATA_OPTIONS, request)
    }

    /// Calls `UpdateRecycleBin`: `PUT /v1/{project_id}/recycle-bin`.
    pub fn update_recycle_bin(
        &self,
        request: model::UpdateRecycleBinRequest,
    ) -> ::std::result::Result<Response<model::UpdateRecycleBinResponse>, Error> {
        self.client.call(&operation::UPDATE_RECYCLE_BIN, request)
    }

    /// Calls `UpdateRecycleBinPolicy`: `PUT /v1/{project_id}/recycle-bin/policy`.
    pub fn update_recycle_bin_policy(
        &self,
        request: model::UpdateRecycleBinPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateRecycleBinPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_RECYCLE_BIN_POLICY, request)
    }

    /// Calls `UpdateScheduledEvent`: `PUT /v3/{project_id}/instance-scheduled-events/{id}`.
    pub fn update_scheduled_event(
        &self,
        request: model::UpdateScheduledEventRequest,
    ) -> ::std::result::Result<Response<model::UpdateScheduledEventResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SCHEDULED_EVENT, request)
    }

    /// Calls `UpdateSerialConsoleOptions`: `PUT /v1/{project_id}/cloudservers/{server_id}/serial-console-options`.
    pub fn update_serial_console_options(
        &self,
        request: model::UpdateSerialConsoleOptionsRequest,
    ) -> ::std::result::Result<Response<model::UpdateSerialConsoleOptionsResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SERIAL_CONSOLE_OPTIONS, request)
    }

    /// Calls `UpdateServer`: `PUT /v1/{project_id}/cloudservers/{server_id}`.
    pub fn update_server(
        &self,
        request: model::UpdateServerRequest,
    ) -> ::std::result::Result<Response<model::UpdateServerResponse>, Error> {
        self.client.call(&operation::UPDATE_SERVER, request)
    }

    /// Calls `UpdateServerAutoTerminateTime`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/update-auto-terminate-time`.
    pub fn update_server_auto_terminate_time(
        &self,
        request: model::UpdateServerAutoTerminateTimeRequest,
    ) -> ::std::result::Result<Response<model::UpdateServerAutoTerminateTimeResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SERVER_AUTO_TERMINATE_TIME, request)
    }

    /// Calls `UpdateServerBlockDevice`: `PUT /v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}`.
    pub fn update_server_block_device(
        &self,
        request: model::UpdateServerBlockDeviceRequest,
    ) -> ::std::result::Result<Response<model::UpdateServerBlockDeviceResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SERVER_BLOCK_DEVICE, request)
    }

    /// Calls `UpdateServerInterface`: `PUT /v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}`.
    pub fn update_server_interface(
        &self,
        request: model::UpdateServerInterfaceRequest,
    ) -> ::std::result::Result<Response<model::UpdateServerInterfaceResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SERVER_INTERFACE, request)
    }

    /// Calls `UpdateServerMetadata`: `POST /v1/{project_id}/cloudservers/{server_id}/metadata`.
    pub fn update_server_metadata(
        &self,
        request: model::UpdateServerMetadataRequest,
    ) -> ::std::result::Result<Response<model::UpdateServerMetadataResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SERVER_METADATA, request)
    }

    /// Calls `NovaListVersions`: `GET /`.
    pub fn nova_list_versions(
        &self,
        request: model::NovaListVersionsRequest,
    ) -> ::std::result::Result<Response<model::NovaListVersionsResponse>, Error> {
        self.client.call(&operation::NOVA_LIST_VERSIONS, request)
    }

    /// Calls `NovaShowVersion`: `GET /{api_version}`.
    pub fn nova_show_version(
        &self,
        request: model::NovaShowVersionRequest,
    ) -> ::std::result::Result<Response<model::NovaShowVersionResponse>, Error> {
        self.client.call(&operation::NOVA_SHOW_VERSION, request)
    }

    /// Calls `ShowJob`: `GET /v1/{project_id}/jobs/{job_id}`.
    pub fn show_job(
        &self,
        request: model::ShowJobRequest,
    ) -> ::std::result::Result<Response<model::ShowJobResponse>, Error> {
        self.client.call(&operation::SHOW_JOB, request)
    }
}
