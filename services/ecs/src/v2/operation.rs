//! Operation descriptors of the ECS v2 API, and the conversion of each request
//! type into the parameter values and body that the core renders from them.

use super::model;
use huaweicloud_sdk_core::operation::{
    BodyKind, CollectionFormat, HeaderInfo, IntoRequestParts, OperationInfo, ParamInfo,
    ParamLocation, RequestParts, ResponseKind,
};

/// `AcceptScheduledEvent`: `POST /v3/{project_id}/instance-scheduled-events/{id}/actions/accept`.
pub static ACCEPT_SCHEDULED_EVENT: OperationInfo = OperationInfo {
    name: "AcceptScheduledEvent",
    method: "POST",
    path: "/v3/{project_id}/instance-scheduled-events/{id}/actions/accept",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "id",
        name: "id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_request_id",
        name: "X-Request-Id",
    }],
};

impl IntoRequestParts for model::AcceptScheduledEventRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AddServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action`.
pub static ADD_SERVER_GROUP_MEMBER: OperationInfo = OperationInfo {
    name: "AddServerGroupMember",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_group_id",
        name: "server_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddServerGroupMemberRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_group_id", &self.server_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AssociateServerVirtualIp`: `PUT /v1/{project_id}/cloudservers/nics/{nic_id}`.
pub static ASSOCIATE_SERVER_VIRTUAL_IP: OperationInfo = OperationInfo {
    name: "AssociateServerVirtualIp",
    method: "PUT",
    path: "/v1/{project_id}/cloudservers/nics/{nic_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "nic_id",
        name: "nic_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AssociateServerVirtualIpRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("nic_id", &self.nic_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AttachServerVolume`: `POST /v1/{project_id}/cloudservers/{server_id}/attachvolume`.
pub static ATTACH_SERVER_VOLUME: OperationInfo = OperationInfo {
    name: "AttachServerVolume",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/attachvolume",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AttachServerVolumeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchAddServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/add_members`.
pub static BATCH_ADD_SERVER_GROUP_MEMBER: OperationInfo = OperationInfo {
    name: "BatchAddServerGroupMember",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/add_members",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_group_id",
        name: "server_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchAddServerGroupMemberRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_group_id", &self.server_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchAddServerNics`: `POST /v1/{project_id}/cloudservers/{server_id}/nics`.
pub static BATCH_ADD_SERVER_NICS: OperationInfo = OperationInfo {
    name: "BatchAddServerNics",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/nics",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchAddServerNicsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchAttachSharableVolumes`: `POST /v1/{project_id}/batchaction/attachvolumes/{volume_id}`.
pub static BATCH_ATTACH_SHARABLE_VOLUMES: OperationInfo = OperationInfo {
    name: "BatchAttachSharableVolumes",
    method: "POST",
    path: "/v1/{project_id}/batchaction/attachvolumes/{volume_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchAttachSharableVolumesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateServerTags`: `POST /v1/{project_id}/cloudservers/{server_id}/tags/action`.
pub static BATCH_CREATE_SERVER_TAGS: OperationInfo = OperationInfo {
    name: "BatchCreateServerTags",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/tags/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreateServerTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/remove_members`.
pub static BATCH_DELETE_SERVER_GROUP_MEMBER: OperationInfo = OperationInfo {
    name: "BatchDeleteServerGroupMember",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/remove_members",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_group_id",
        name: "server_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeleteServerGroupMemberRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_group_id", &self.server_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteServerNics`: `POST /v1/{project_id}/cloudservers/{server_id}/nics/delete`.
pub static BATCH_DELETE_SERVER_NICS: OperationInfo = OperationInfo {
    name: "BatchDeleteServerNics",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/nics/delete",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeleteServerNicsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteServerTags`: `POST /v1/{project_id}/cloudservers/{server_id}/tags/action`.
pub static BATCH_DELETE_SERVER_TAGS: OperationInfo = OperationInfo {
    name: "BatchDeleteServerTags",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/tags/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeleteServerTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDetachVolumes`: `POST /v1/{project_id}/batchaction/detachvolumes/{volume_id}`.
pub static BATCH_DETACH_VOLUMES: OperationInfo = OperationInfo {
    name: "BatchDetachVolumes",
    method: "POST",
    path: "/v1/{project_id}/batchaction/detachvolumes/{volume_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDetachVolumesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchRebootServers`: `POST /v1/{project_id}/cloudservers/action`.
pub static BATCH_REBOOT_SERVERS: OperationInfo = OperationInfo {
    name: "BatchRebootServers",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchRebootServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchResetServersPassword`: `PUT /v1/{project_id}/cloudservers/os-reset-passwords`.
pub static BATCH_RESET_SERVERS_PASSWORD: OperationInfo = OperationInfo {
    name: "BatchResetServersPassword",
    method: "PUT",
    path: "/v1/{project_id}/cloudservers/os-reset-passwords",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchResetServersPasswordRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchResizeServers`: `POST /v1/{project_id}/cloudservers/batch-resize`.
pub static BATCH_RESIZE_SERVERS: OperationInfo = OperationInfo {
    name: "BatchResizeServers",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/batch-resize",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchResizeServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchStartServers`: `POST /v1/{project_id}/cloudservers/action`.
pub static BATCH_START_SERVERS: OperationInfo = OperationInfo {
    name: "BatchStartServers",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchStartServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchStopServers`: `POST /v1/{project_id}/cloudservers/action`.
pub static BATCH_STOP_SERVERS: OperationInfo = OperationInfo {
    name: "BatchStopServers",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchStopServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchUpdateServersName`: `PUT /v1/{project_id}/cloudservers/server-name`.
pub static BATCH_UPDATE_SERVERS_NAME: OperationInfo = OperationInfo {
    name: "BatchUpdateServersName",
    method: "PUT",
    path: "/v1/{project_id}/cloudservers/server-name",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchUpdateServersNameRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ChangeServerChargeMode`: `POST /v1/{project_id}/cloudservers/actions/change-charge-mode`.
pub static CHANGE_SERVER_CHARGE_MODE: OperationInfo = OperationInfo {
    name: "ChangeServerChargeMode",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/actions/change-charge-mode",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ChangeServerChargeModeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ChangeServerNetworkInterface`: `POST /v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}/change-network-interface`.
pub static CHANGE_SERVER_NETWORK_INTERFACE: OperationInfo = OperationInfo {
    name: "ChangeServerNetworkInterface",
    method: "POST",
    path:
        "/v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}/change-network-interface",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[
        ParamInfo {
            field: "port_id",
            name: "port_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ChangeServerNetworkInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ChangeServerOsWithCloudInit`: `POST /v2/{project_id}/cloudservers/{server_id}/changeos`.
pub static CHANGE_SERVER_OS_WITH_CLOUD_INIT: OperationInfo = OperationInfo {
    name: "ChangeServerOsWithCloudInit",
    method: "POST",
    path: "/v2/{project_id}/cloudservers/{server_id}/changeos",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ChangeServerOsWithCloudInitRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ChangeServerOsWithoutCloudInit`: `POST /v1/{project_id}/cloudservers/{server_id}/changeos`.
pub static CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT: OperationInfo = OperationInfo {
    name: "ChangeServerOsWithoutCloudInit",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/changeos",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ChangeServerOsWithoutCloudInitRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ChangeVpc`: `POST /v1/{project_id}/cloudservers/{server_id}/changevpc`.
pub static CHANGE_VPC: OperationInfo = OperationInfo {
    name: "ChangeVpc",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/changevpc",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ChangeVpcRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateLaunchTemplate`: `POST /v3/{project_id}/launch-templates`.
pub static CREATE_LAUNCH_TEMPLATE: OperationInfo = OperationInfo {
    name: "CreateLaunchTemplate",
    method: "POST",
    path: "/v3/{project_id}/launch-templates",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_request_id",
        name: "X-Request-Id",
    }],
};

impl IntoRequestParts for model::CreateLaunchTemplateRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreatePostPaidServers`: `POST /v1/{project_id}/cloudservers`.
pub static CREATE_POST_PAID_SERVERS: OperationInfo = OperationInfo {
    name: "CreatePostPaidServers",
    method: "POST",
    path: "/v1/{project_id}/cloudservers",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "x_client_token",
        name: "X-Client-Token",
        location: ParamLocation::Header,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreatePostPaidServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("x_client_token", &self.x_client_token);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateServerGroup`: `POST /v1/{project_id}/cloudservers/os-server-groups`.
pub static CREATE_SERVER_GROUP: OperationInfo = OperationInfo {
    name: "CreateServerGroup",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/os-server-groups",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateServerGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateServers`: `POST /v1.1/{project_id}/cloudservers`.
pub static CREATE_SERVERS: OperationInfo = OperationInfo {
    name: "CreateServers",
    method: "POST",
    path: "/v1.1/{project_id}/cloudservers",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "x_client_token",
        name: "X-Client-Token",
        location: ParamLocation::Header,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("x_client_token", &self.x_client_token);
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteLaunchTemplates`: `DELETE /v3/{project_id}/launch-templates/{launch_template_id}`.
pub static DELETE_LAUNCH_TEMPLATES: OperationInfo = OperationInfo {
    name: "DeleteLaunchTemplates",
    method: "DELETE",
    path: "/v3/{project_id}/launch-templates/{launch_template_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "launch_template_id",
        name: "launch_template_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_request_id",
        name: "X-Request-Id",
    }],
};

impl IntoRequestParts for model::DeleteLaunchTemplatesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("launch_template_id", &self.launch_template_id);
        parts
    }
}

/// `DeleteRecycleBinServer`: `DELETE /v1/{project_id}/recycle-bin/cloudservers/{server_id}`.
pub static DELETE_RECYCLE_BIN_SERVER: OperationInfo = OperationInfo {
    name: "DeleteRecycleBinServer",
    method: "DELETE",
    path: "/v1/{project_id}/recycle-bin/cloudservers/{server_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteRecycleBinServerRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `DeleteServerGroup`: `DELETE /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}`.
pub static DELETE_SERVER_GROUP: OperationInfo = OperationInfo {
    name: "DeleteServerGroup",
    method: "DELETE",
    path: "/v1/{project_id}/cloudservers/os-server-groups/{server_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_group_id",
        name: "server_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteServerGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_group_id", &self.server_group_id);
        parts
    }
}

/// `DeleteServerGroupMember`: `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action`.
pub static DELETE_SERVER_GROUP_MEMBER: OperationInfo = OperationInfo {
    name: "DeleteServerGroupMember",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_group_id",
        name: "server_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteServerGroupMemberRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_group_id", &self.server_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteServerMetadata`: `DELETE /v1/{project_id}/cloudservers/{server_id}/metadata/{key}`.
pub static DELETE_SERVER_METADATA: OperationInfo = OperationInfo {
    name: "DeleteServerMetadata",
    method: "DELETE",
    path: "/v1/{project_id}/cloudservers/{server_id}/metadata/{key}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "key",
            name: "key",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteServerMetadataRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("key", &self.key);
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `DeleteServerPassword`: `DELETE /v1/{project_id}/cloudservers/{server_id}/os-server-password`.
pub static DELETE_SERVER_PASSWORD: OperationInfo = OperationInfo {
    name: "DeleteServerPassword",
    method: "DELETE",
    path: "/v1/{project_id}/cloudservers/{server_id}/os-server-password",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteServerPasswordRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `DeleteServers`: `POST /v1/{project_id}/cloudservers/delete`.
pub static DELETE_SERVERS: OperationInfo = OperationInfo {
    name: "DeleteServers",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/delete",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DetachServerVolume`: `DELETE /v1/{project_id}/cloudservers/{server_id}/detachvolume/{volume_id}`.
pub static DETACH_SERVER_VOLUME: OperationInfo = OperationInfo {
    name: "DetachServerVolume",
    method: "DELETE",
    path: "/v1/{project_id}/cloudservers/{server_id}/detachvolume/{volume_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "volume_id",
            name: "volume_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "delete_flag",
            name: "delete_flag",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DetachServerVolumeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.param("volume_id", &self.volume_id);
        parts.param("delete_flag", &self.delete_flag);
        parts
    }
}

/// `DisassociateServerVirtualIp`: `PUT /v1/{project_id}/cloudservers/nics/{nic_id}`.
pub static DISASSOCIATE_SERVER_VIRTUAL_IP: OperationInfo = OperationInfo {
    name: "DisassociateServerVirtualIp",
    method: "PUT",
    path: "/v1/{project_id}/cloudservers/nics/{nic_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "nic_id",
        name: "nic_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DisassociateServerVirtualIpRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("nic_id", &self.nic_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ExecuteServerDump`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/trigger-crash-dump`.
pub static EXECUTE_SERVER_DUMP: OperationInfo = OperationInfo {
    name: "ExecuteServerDump",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/actions/trigger-crash-dump",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ExecuteServerDumpRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ExecuteServerRedeploy`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/redeploy`.
pub static EXECUTE_SERVER_REDEPLOY: OperationInfo = OperationInfo {
    name: "ExecuteServerRedeploy",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/actions/redeploy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ExecuteServerRedeployRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ListCloudServers`: `GET /v1.1/{project_id}/cloudservers/detail`.
pub static LIST_CLOUD_SERVERS: OperationInfo = OperationInfo {
    name: "ListCloudServers",
    method: "GET",
    path: "/v1.1/{project_id}/cloudservers/detail",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "in_recycle_bin",
            name: "in_recycle_bin",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "spod_id",
            name: "spod_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "flavor_name",
            name: "flavor_name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "image_id",
            name: "image_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "metadata",
            name: "metadata",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "metadata_key",
            name: "metadata-key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "not_tags",
            name: "not-tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "availability_zone",
            name: "availability_zone",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "availability_zone_eq",
            name: "availability_zone_eq",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "charging_mode",
            name: "charging_mode",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "key_name",
            name: "key_name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "launched_since",
            name: "launched_since",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "expect_fields",
            name: "expect-fields",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListCloudServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("status", &self.status);
        parts.param("in_recycle_bin", &self.in_recycle_bin);
        parts.param("spod_id", &self.spod_id);
        parts.param("flavor_name", &self.flavor_name);
        parts.param("image_id", &self.image_id);
        parts.param("metadata", &self.metadata);
        parts.param("metadata_key", &self.metadata_key);
        parts.param("tags", &self.tags);
        parts.param("not_tags", &self.not_tags);
        parts.param("availability_zone", &self.availability_zone);
        parts.param("availability_zone_eq", &self.availability_zone_eq);
        parts.param("charging_mode", &self.charging_mode);
        parts.param("key_name", &self.key_name);
        parts.param("launched_since", &self.launched_since);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("expect_fields", &self.expect_fields);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListFlavorSellPolicies`: `GET /v1/{project_id}/cloudservers/flavor-sell-policies`.
pub static LIST_FLAVOR_SELL_POLICIES: OperationInfo = OperationInfo {
    name: "ListFlavorSellPolicies",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/flavor-sell-policies",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "flavor_id",
            name: "flavor_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sell_status",
            name: "sell_status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sell_mode",
            name: "sell_mode",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "availability_zone_id",
            name: "availability_zone_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "longest_spot_duration_hours_gt",
            name: "longest_spot_duration_hours_gt",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "largest_spot_duration_count_gt",
            name: "largest_spot_duration_count_gt",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "longest_spot_duration_hours",
            name: "longest_spot_duration_hours",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "largest_spot_duration_count",
            name: "largest_spot_duration_count",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "interruption_policy",
            name: "interruption_policy",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListFlavorSellPoliciesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("flavor_id", &self.flavor_id);
        parts.param("sell_status", &self.sell_status);
        parts.param("sell_mode", &self.sell_mode);
        parts.param("availability_zone_id", &self.availability_zone_id);
        parts.param(
            "longest_spot_duration_hours_gt",
            &self.longest_spot_duration_hours_gt,
        );
        parts.param(
            "largest_spot_duration_count_gt",
            &self.largest_spot_duration_count_gt,
        );
        parts.param(
            "longest_spot_duration_hours",
            &self.longest_spot_duration_hours,
        );
        parts.param(
            "largest_spot_duration_count",
            &self.largest_spot_duration_count,
        );
        parts.param("interruption_policy", &self.interruption_policy);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListFlavors`: `GET /v1/{project_id}/cloudservers/flavors`.
pub static LIST_FLAVORS: OperationInfo = OperationInfo {
    name: "ListFlavors",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/flavors",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "availability_zone",
            name: "availability_zone",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "flavor_id",
            name: "flavor_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListFlavorsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("availability_zone", &self.availability_zone);
        parts.param("flavor_id", &self.flavor_id);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListLaunchTemplateVersions`: `GET /v3/{project_id}/launch-template-versions`.
pub static LIST_LAUNCH_TEMPLATE_VERSIONS: OperationInfo = OperationInfo {
    name: "ListLaunchTemplateVersions",
    method: "GET",
    path: "/v3/{project_id}/launch-template-versions",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "launch_template_id",
            name: "launch_template_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "image_id",
            name: "image_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "flavor_id",
            name: "flavor_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "version",
            name: "version",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_request_id",
        name: "X-Request-Id",
    }],
};

impl IntoRequestParts for model::ListLaunchTemplateVersionsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("launch_template_id", &self.launch_template_id);
        parts.param("image_id", &self.image_id);
        parts.param("flavor_id", &self.flavor_id);
        parts.param("version", &self.version);
        parts
    }
}

/// `ListRecycleBinServers`: `GET /v1/{project_id}/recycle-bin/cloudservers`.
pub static LIST_RECYCLE_BIN_SERVERS: OperationInfo = OperationInfo {
    name: "ListRecycleBinServers",
    method: "GET",
    path: "/v1/{project_id}/recycle-bin/cloudservers",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "all_tenants",
            name: "all_tenants",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "availability_zone",
            name: "availability_zone",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "expect_fields",
            name: "expect-fields",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "ip_address",
            name: "ip_address",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "tags_key",
            name: "tags_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListRecycleBinServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("all_tenants", &self.all_tenants);
        parts.param("availability_zone", &self.availability_zone);
        parts.param("expect_fields", &self.expect_fields);
        parts.param("ip_address", &self.ip_address);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("name", &self.name);
        parts.param("offset", &self.offset);
        parts.param("tags", &self.tags);
        parts.param("tags_key", &self.tags_key);
        parts
    }
}

/// `ListResizeFlavors`: `GET /v1/{project_id}/cloudservers/resize_flavors`.
pub static LIST_RESIZE_FLAVORS: OperationInfo = OperationInfo {
    name: "ListResizeFlavors",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/resize_flavors",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "instance_uuid",
            name: "instance_uuid",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sort_dir",
            name: "sort_dir",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sort_key",
            name: "sort_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "source_flavor_id",
            name: "source_flavor_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "source_flavor_name",
            name: "source_flavor_name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListResizeFlavorsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("instance_uuid", &self.instance_uuid);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("sort_dir", &self.sort_dir);
        parts.param("sort_key", &self.sort_key);
        parts.param("source_flavor_id", &self.source_flavor_id);
        parts.param("source_flavor_name", &self.source_flavor_name);
        parts
    }
}

/// `ListScheduledEvents`: `GET /v3/{project_id}/instance-scheduled-events`.
pub static LIST_SCHEDULED_EVENTS: OperationInfo = OperationInfo {
    name: "ListScheduledEvents",
    method: "GET",
    path: "/v3/{project_id}/instance-scheduled-events",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "instance_id",
            name: "instance_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "type",
            name: "type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "state",
            name: "state",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "publish_since",
            name: "publish_since",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "publish_until",
            name: "publish_until",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListScheduledEventsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("instance_id", &self.instance_id);
        parts.param("type", &self.r#type);
        parts.param("state", &self.state);
        parts.param("publish_since", &self.publish_since);
        parts.param("publish_until", &self.publish_until);
        parts.param("limit", &self.limit);
        parts
    }
}

/// `ListServerAzInfo`: `GET /v1/{project_id}/availability-zones`.
pub static LIST_SERVER_AZ_INFO: OperationInfo = OperationInfo {
    name: "ListServerAzInfo",
    method: "GET",
    path: "/v1/{project_id}/availability-zones",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListServerAzInfoRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ListServerBlockDevices`: `GET /v1/{project_id}/cloudservers/{server_id}/block_device`.
pub static LIST_SERVER_BLOCK_DEVICES: OperationInfo = OperationInfo {
    name: "ListServerBlockDevices",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/block_device",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListServerBlockDevicesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ListServerGroups`: `GET /v1/{project_id}/cloudservers/os-server-groups`.
pub static LIST_SERVER_GROUPS: OperationInfo = OperationInfo {
    name: "ListServerGroups",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/os-server-groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListServerGroupsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListServerInterfaces`: `GET /v1/{project_id}/cloudservers/{server_id}/os-interface`.
pub static LIST_SERVER_INTERFACES: OperationInfo = OperationInfo {
    name: "ListServerInterfaces",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/os-interface",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListServerInterfacesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ListServerTags`: `GET /v1/{project_id}/cloudservers/tags`.
pub static LIST_SERVER_TAGS: OperationInfo = OperationInfo {
    name: "ListServerTags",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListServerTagsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ListServerVolumeAttachments`: `GET /v1/{project_id}/cloudservers/{server_id}/os-volume_attachments`.
pub static LIST_SERVER_VOLUME_ATTACHMENTS: OperationInfo = OperationInfo {
    name: "ListServerVolumeAttachments",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/os-volume_attachments",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListServerVolumeAttachmentsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ListServersByTag`: `POST /v1/{project_id}/cloudservers/resource_instances/action`.
pub static LIST_SERVERS_BY_TAG: OperationInfo = OperationInfo {
    name: "ListServersByTag",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/resource_instances/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListServersByTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ListServersDetails`: `GET /v1/{project_id}/cloudservers/detail`.
pub static LIST_SERVERS_DETAILS: OperationInfo = OperationInfo {
    name: "ListServersDetails",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/detail",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "flavor",
            name: "flavor",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "ip",
            name: "ip",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "not_tags",
            name: "not-tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "reservation_id",
            name: "reservation_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "ip_eq",
            name: "ip_eq",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListServersDetailsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("flavor", &self.flavor);
        parts.param("ip", &self.ip);
        parts.param("limit", &self.limit);
        parts.param("name", &self.name);
        parts.param("not_tags", &self.not_tags);
        parts.param("offset", &self.offset);
        parts.param("reservation_id", &self.reservation_id);
        parts.param("status", &self.status);
        parts.param("tags", &self.tags);
        parts.param("ip_eq", &self.ip_eq);
        parts.param("server_id", &self.server_id);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListTemplates`: `GET /v3/{project_id}/launch-templates`.
pub static LIST_TEMPLATES: OperationInfo = OperationInfo {
    name: "ListTemplates",
    method: "GET",
    path: "/v3/{project_id}/launch-templates",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "launch_template_id",
            name: "launch_template_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_request_id",
        name: "X-Request-Id",
    }],
};

impl IntoRequestParts for model::ListTemplatesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("launch_template_id", &self.launch_template_id);
        parts.param("name", &self.name);
        parts
    }
}

/// `MigrateServer`: `POST /v1/{project_id}/cloudservers/{server_id}/migrate`.
pub static MIGRATE_SERVER: OperationInfo = OperationInfo {
    name: "MigrateServer",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/migrate",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::MigrateServerRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NovaAssociateSecurityGroup`: `POST /v2.1/{project_id}/servers/{server_id}/action`.
pub static NOVA_ASSOCIATE_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "NovaAssociateSecurityGroup",
    method: "POST",
    path: "/v2.1/{project_id}/servers/{server_id}/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaAssociateSecurityGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NovaAttachInterface`: `POST /v2.1/{project_id}/servers/{server_id}/os-interface`.
pub static NOVA_ATTACH_INTERFACE: OperationInfo = OperationInfo {
    name: "NovaAttachInterface",
    method: "POST",
    path: "/v2.1/{project_id}/servers/{server_id}/os-interface",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaAttachInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NovaCreateKeypair`: `POST /v2.1/{project_id}/os-keypairs`.
pub static NOVA_CREATE_KEYPAIR: OperationInfo = OperationInfo {
    name: "NovaCreateKeypair",
    method: "POST",
    path: "/v2.1/{project_id}/os-keypairs",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "open_stack_api_version",
        name: "OpenStack-API-Version",
        location: ParamLocation::Header,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaCreateKeypairRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("open_stack_api_version", &self.open_stack_api_version);
        parts.json_body(&self.body);
        parts
    }
}

/// `NovaCreateServers`: `POST /v2.1/{project_id}/servers`.
pub static NOVA_CREATE_SERVERS: OperationInfo = OperationInfo {
    name: "NovaCreateServers",
    method: "POST",
    path: "/v2.1/{project_id}/servers",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "open_stack_api_version",
        name: "OpenStack-API-Version",
        location: ParamLocation::Header,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaCreateServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("open_stack_api_version", &self.open_stack_api_version);
        parts.json_body(&self.body);
        parts
    }
}

/// `NovaDeleteKeypair`: `DELETE /v2.1/{project_id}/os-keypairs/{keypair_name}`.
pub static NOVA_DELETE_KEYPAIR: OperationInfo = OperationInfo {
    name: "NovaDeleteKeypair",
    method: "DELETE",
    path: "/v2.1/{project_id}/os-keypairs/{keypair_name}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "keypair_name",
        name: "keypair_name",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaDeleteKeypairRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("keypair_name", &self.keypair_name);
        parts
    }
}

/// `NovaDeleteServer`: `DELETE /v2.1/{project_id}/servers/{server_id}`.
pub static NOVA_DELETE_SERVER: OperationInfo = OperationInfo {
    name: "NovaDeleteServer",
    method: "DELETE",
    path: "/v2.1/{project_id}/servers/{server_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaDeleteServerRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `NovaDisassociateSecurityGroup`: `POST /v2.1/{project_id}/servers/{server_id}/action`.
pub static NOVA_DISASSOCIATE_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "NovaDisassociateSecurityGroup",
    method: "POST",
    path: "/v2.1/{project_id}/servers/{server_id}/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaDisassociateSecurityGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NovaListAvailabilityZones`: `GET /v2.1/{project_id}/os-availability-zone`.
pub static NOVA_LIST_AVAILABILITY_ZONES: OperationInfo = OperationInfo {
    name: "NovaListAvailabilityZones",
    method: "GET",
    path: "/v2.1/{project_id}/os-availability-zone",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaListAvailabilityZonesRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `NovaListKeypairs`: `GET /v2.1/{project_id}/os-keypairs`.
pub static NOVA_LIST_KEYPAIRS: OperationInfo = OperationInfo {
    name: "NovaListKeypairs",
    method: "GET",
    path: "/v2.1/{project_id}/os-keypairs",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "open_stack_api_version",
            name: "OpenStack-API-Version",
            location: ParamLocation::Header,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaListKeypairsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("open_stack_api_version", &self.open_stack_api_version);
        parts
    }
}

/// `NovaListServerSecurityGroups`: `GET /v2.1/{project_id}/servers/{server_id}/os-security-groups`.
pub static NOVA_LIST_SERVER_SECURITY_GROUPS: OperationInfo = OperationInfo {
    name: "NovaListServerSecurityGroups",
    method: "GET",
    path: "/v2.1/{project_id}/servers/{server_id}/os-security-groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaListServerSecurityGroupsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `NovaListServers`: `GET /v2.1/{project_id}/servers`.
pub static NOVA_LIST_SERVERS: OperationInfo = OperationInfo {
    name: "NovaListServers",
    method: "GET",
    path: "/v2.1/{project_id}/servers",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "changes_since",
            name: "changes-since",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "flavor",
            name: "flavor",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "host",
            name: "host",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "image",
            name: "image",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "ip",
            name: "ip",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "not_tags",
            name: "not-tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "reservation_id",
            name: "reservation_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sort_key",
            name: "sort_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "open_stack_api_version",
            name: "OpenStack-API-Version",
            location: ParamLocation::Header,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaListServersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("changes_since", &self.changes_since);
        parts.param("flavor", &self.flavor);
        parts.param("host", &self.host);
        parts.param("image", &self.image);
        parts.param("ip", &self.ip);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("name", &self.name);
        parts.param("not_tags", &self.not_tags);
        parts.param("reservation_id", &self.reservation_id);
        parts.param("sort_key", &self.sort_key);
        parts.param("status", &self.status);
        parts.param("tags", &self.tags);
        parts.param("open_stack_api_version", &self.open_stack_api_version);
        parts
    }
}

/// `NovaListServersDetails`: `GET /v2.1/{project_id}/servers/detail`.
pub static NOVA_LIST_SERVERS_DETAILS: OperationInfo = OperationInfo {
    name: "NovaListServersDetails",
    method: "GET",
    path: "/v2.1/{project_id}/servers/detail",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "changes_since",
            name: "changes-since",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "flavor",
            name: "flavor",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "image",
            name: "image",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "ip",
            name: "ip",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "not_tags",
            name: "not-tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "reservation_id",
            name: "reservation_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sort_key",
            name: "sort_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "open_stack_api_version",
            name: "OpenStack-API-Version",
            location: ParamLocation::Header,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaListServersDetailsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("changes_since", &self.changes_since);
        parts.param("flavor", &self.flavor);
        parts.param("image", &self.image);
        parts.param("ip", &self.ip);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("name", &self.name);
        parts.param("not_tags", &self.not_tags);
        parts.param("reservation_id", &self.reservation_id);
        parts.param("sort_key", &self.sort_key);
        parts.param("status", &self.status);
        parts.param("tags", &self.tags);
        parts.param("open_stack_api_version", &self.open_stack_api_version);
        parts
    }
}

/// `NovaShowFlavorExtraSpecs`: `GET /v2.1/{project_id}/flavors/{flavor_id}/os-extra_specs`.
pub static NOVA_SHOW_FLAVOR_EXTRA_SPECS: OperationInfo = OperationInfo {
    name: "NovaShowFlavorExtraSpecs",
    method: "GET",
    path: "/v2.1/{project_id}/flavors/{flavor_id}/os-extra_specs",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "flavor_id",
        name: "flavor_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaShowFlavorExtraSpecsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("flavor_id", &self.flavor_id);
        parts
    }
}

/// `NovaShowKeypair`: `GET /v2.1/{project_id}/os-keypairs/{keypair_name}`.
pub static NOVA_SHOW_KEYPAIR: OperationInfo = OperationInfo {
    name: "NovaShowKeypair",
    method: "GET",
    path: "/v2.1/{project_id}/os-keypairs/{keypair_name}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "keypair_name",
            name: "keypair_name",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "open_stack_api_version",
            name: "OpenStack-API-Version",
            location: ParamLocation::Header,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaShowKeypairRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("keypair_name", &self.keypair_name);
        parts.param("open_stack_api_version", &self.open_stack_api_version);
        parts
    }
}

/// `NovaShowServer`: `GET /v2.1/{project_id}/servers/{server_id}`.
pub static NOVA_SHOW_SERVER: OperationInfo = OperationInfo {
    name: "NovaShowServer",
    method: "GET",
    path: "/v2.1/{project_id}/servers/{server_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "open_stack_api_version",
            name: "OpenStack-API-Version",
            location: ParamLocation::Header,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaShowServerRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.param("open_stack_api_version", &self.open_stack_api_version);
        parts
    }
}

/// `NovaShowServerInterface`: `GET /v2.1/{project_id}/servers/{server_id}/os-interface/{port_id}`.
pub static NOVA_SHOW_SERVER_INTERFACE: OperationInfo = OperationInfo {
    name: "NovaShowServerInterface",
    method: "GET",
    path: "/v2.1/{project_id}/servers/{server_id}/os-interface/{port_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "port_id",
            name: "port_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaShowServerInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `RegisterServerMonitor`: `POST /v1.0/servers/{server_id}/action`.
pub static REGISTER_SERVER_MONITOR: OperationInfo = OperationInfo {
    name: "RegisterServerMonitor",
    method: "POST",
    path: "/v1.0/servers/{server_id}/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RegisterServerMonitorRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ReinstallServerWithCloudInit`: `POST /v2/{project_id}/cloudservers/{server_id}/reinstallos`.
pub static REINSTALL_SERVER_WITH_CLOUD_INIT: OperationInfo = OperationInfo {
    name: "ReinstallServerWithCloudInit",
    method: "POST",
    path: "/v2/{project_id}/cloudservers/{server_id}/reinstallos",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ReinstallServerWithCloudInitRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ReinstallServerWithoutCloudInit`: `POST /v1/{project_id}/cloudservers/{server_id}/reinstallos`.
pub static REINSTALL_SERVER_WITHOUT_CLOUD_INIT: OperationInfo = OperationInfo {
    name: "ReinstallServerWithoutCloudInit",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/reinstallos",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ReinstallServerWithoutCloudInitRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ResetServerPassword`: `PUT /v1/{project_id}/cloudservers/{server_id}/os-reset-password`.
pub static RESET_SERVER_PASSWORD: OperationInfo = OperationInfo {
    name: "ResetServerPassword",
    method: "PUT",
    path: "/v1/{project_id}/cloudservers/{server_id}/os-reset-password",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ResetServerPasswordRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ResizePostPaidServer`: `POST /v1/{project_id}/cloudservers/{server_id}/resize`.
pub static RESIZE_POST_PAID_SERVER: OperationInfo = OperationInfo {
    name: "ResizePostPaidServer",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/resize",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ResizePostPaidServerRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ResizeServer`: `POST /v1.1/{project_id}/cloudservers/{server_id}/resize`.
pub static RESIZE_SERVER: OperationInfo = OperationInfo {
    name: "ResizeServer",
    method: "POST",
    path: "/v1.1/{project_id}/cloudservers/{server_id}/resize",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ResizeServerRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `RevertRecycleBinServer`: `POST /v1/{project_id}/recycle-bin/cloudservers/{server_id}/actions/revert`.
pub static REVERT_RECYCLE_BIN_SERVER: OperationInfo = OperationInfo {
    name: "RevertRecycleBinServer",
    method: "POST",
    path: "/v1/{project_id}/recycle-bin/cloudservers/{server_id}/actions/revert",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RevertRecycleBinServerRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ShowAppendableVolumeQuota`: `GET /v1/{project_id}/cloudservers/{server_id}/appendvolumequota`.
pub static SHOW_APPENDABLE_VOLUME_QUOTA: OperationInfo = OperationInfo {
    name: "ShowAppendableVolumeQuota",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/appendvolumequota",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowAppendableVolumeQuotaRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ShowFlavorCapacity`: `GET /v1/{project_id}/cloudservers/flavors/{flavor_id}/resources`.
pub static SHOW_FLAVOR_CAPACITY: OperationInfo = OperationInfo {
    name: "ShowFlavorCapacity",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/flavors/{flavor_id}/resources",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "flavor_id",
            name: "flavor_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "count",
            name: "count",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "region_ids",
            name: "region_ids",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowFlavorCapacityRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("flavor_id", &self.flavor_id);
        parts.param("count", &self.count);
        parts.param("region_ids", &self.region_ids);
        parts
    }
}

/// `ShowMetadataOptions`: `GET /v1/{project_id}/cloudservers/{server_id}/metadata-options`.
pub static SHOW_METADATA_OPTIONS: OperationInfo = OperationInfo {
    name: "ShowMetadataOptions",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/metadata-options",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowMetadataOptionsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ShowRecycleBin`: `GET /v1/{project_id}/recycle-bin`.
pub static SHOW_RECYCLE_BIN: OperationInfo = OperationInfo {
    name: "ShowRecycleBin",
    method: "GET",
    path: "/v1/{project_id}/recycle-bin",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowRecycleBinRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ShowResetPasswordFlag`: `GET /v1/{project_id}/cloudservers/{server_id}/os-resetpwd-flag`.
pub static SHOW_RESET_PASSWORD_FLAG: OperationInfo = OperationInfo {
    name: "ShowResetPasswordFlag",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/os-resetpwd-flag",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowResetPasswordFlagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ShowSerialConsoleActions`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/serial-console`.
pub static SHOW_SERIAL_CONSOLE_ACTIONS: OperationInfo = OperationInfo {
    name: "ShowSerialConsoleActions",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/actions/serial-console",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSerialConsoleActionsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ShowServer`: `GET /v1/{project_id}/cloudservers/{server_id}`.
pub static SHOW_SERVER: OperationInfo = OperationInfo {
    name: "ShowServer",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowServerRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ShowServerAttachableNicNum`: `GET /v1/{project_id}/cloudservers/{server_id}/os-interface_extension`.
pub static SHOW_SERVER_ATTACHABLE_NIC_NUM: OperationInfo = OperationInfo {
    name: "ShowServerAttachableNicNum",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/os-interface_extension",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowServerAttachableNicNumRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ShowServerBlockDevice`: `GET /v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}`.
pub static SHOW_SERVER_BLOCK_DEVICE: OperationInfo = OperationInfo {
    name: "ShowServerBlockDevice",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "volume_id",
            name: "volume_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowServerBlockDeviceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.param("volume_id", &self.volume_id);
        parts
    }
}

/// `ShowServerConsoleOutput`: `GET /v1/{project_id}/cloudservers/{server_id}/console-output`.
pub static SHOW_SERVER_CONSOLE_OUTPUT: OperationInfo = OperationInfo {
    name: "ShowServerConsoleOutput",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/console-output",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "length",
            name: "length",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowServerConsoleOutputRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.param("length", &self.length);
        parts
    }
}

/// `ShowServerGroup`: `GET /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}`.
pub static SHOW_SERVER_GROUP: OperationInfo = OperationInfo {
    name: "ShowServerGroup",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/os-server-groups/{server_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_group_id",
        name: "server_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowServerGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_group_id", &self.server_group_id);
        parts
    }
}

/// `ShowServerLimits`: `GET /v1/{project_id}/cloudservers/limits`.
pub static SHOW_SERVER_LIMITS: OperationInfo = OperationInfo {
    name: "ShowServerLimits",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/limits",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowServerLimitsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ShowServerPassword`: `GET /v1/{project_id}/cloudservers/{server_id}/os-server-password`.
pub static SHOW_SERVER_PASSWORD: OperationInfo = OperationInfo {
    name: "ShowServerPassword",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/os-server-password",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowServerPasswordRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ShowServerRemoteConsole`: `POST /v1/{project_id}/cloudservers/{server_id}/remote_console`.
pub static SHOW_SERVER_REMOTE_CONSOLE: OperationInfo = OperationInfo {
    name: "ShowServerRemoteConsole",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/remote_console",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowServerRemoteConsoleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowServerTags`: `GET /v1/{project_id}/cloudservers/{server_id}/tags`.
pub static SHOW_SERVER_TAGS: OperationInfo = OperationInfo {
    name: "ShowServerTags",
    method: "GET",
    path: "/v1/{project_id}/cloudservers/{server_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowServerTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `UpdateMetadataOptions`: `PUT /v1/{project_id}/cloudservers/{server_id}/metadata-options`.
pub static UPDATE_METADATA_OPTIONS: OperationInfo = OperationInfo {
    name: "UpdateMetadataOptions",
    method: "PUT",
    path: "/v1/{project_id}/cloudservers/{server_id}/metadata-options",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateMetadataOptionsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateRecycleBin`: `PUT /v1/{project_id}/recycle-bin`.
pub static UPDATE_RECYCLE_BIN: OperationInfo = OperationInfo {
    name: "UpdateRecycleBin",
    method: "PUT",
    path: "/v1/{project_id}/recycle-bin",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateRecycleBinRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateRecycleBinPolicy`: `PUT /v1/{project_id}/recycle-bin/policy`.
pub static UPDATE_RECYCLE_BIN_POLICY: OperationInfo = OperationInfo {
    name: "UpdateRecycleBinPolicy",
    method: "PUT",
    path: "/v1/{project_id}/recycle-bin/policy",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateRecycleBinPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateScheduledEvent`: `PUT /v3/{project_id}/instance-scheduled-events/{id}`.
pub static UPDATE_SCHEDULED_EVENT: OperationInfo = OperationInfo {
    name: "UpdateScheduledEvent",
    method: "PUT",
    path: "/v3/{project_id}/instance-scheduled-events/{id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "id",
        name: "id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_request_id",
        name: "X-Request-Id",
    }],
};

impl IntoRequestParts for model::UpdateScheduledEventRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateSerialConsoleOptions`: `PUT /v1/{project_id}/cloudservers/{server_id}/serial-console-options`.
pub static UPDATE_SERIAL_CONSOLE_OPTIONS: OperationInfo = OperationInfo {
    name: "UpdateSerialConsoleOptions",
    method: "PUT",
    path: "/v1/{project_id}/cloudservers/{server_id}/serial-console-options",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateSerialConsoleOptionsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateServer`: `PUT /v1/{project_id}/cloudservers/{server_id}`.
pub static UPDATE_SERVER: OperationInfo = OperationInfo {
    name: "UpdateServer",
    method: "PUT",
    path: "/v1/{project_id}/cloudservers/{server_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateServerRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateServerAutoTerminateTime`: `POST /v1/{project_id}/cloudservers/{server_id}/actions/update-auto-terminate-time`.
pub static UPDATE_SERVER_AUTO_TERMINATE_TIME: OperationInfo = OperationInfo {
    name: "UpdateServerAutoTerminateTime",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/actions/update-auto-terminate-time",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateServerAutoTerminateTimeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateServerBlockDevice`: `PUT /v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}`.
pub static UPDATE_SERVER_BLOCK_DEVICE: OperationInfo = OperationInfo {
    name: "UpdateServerBlockDevice",
    method: "PUT",
    path: "/v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "volume_id",
            name: "volume_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateServerBlockDeviceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.param("volume_id", &self.volume_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateServerInterface`: `PUT /v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}`.
pub static UPDATE_SERVER_INTERFACE: OperationInfo = OperationInfo {
    name: "UpdateServerInterface",
    method: "PUT",
    path: "/v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "port_id",
            name: "port_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateServerInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.param("port_id", &self.port_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateServerMetadata`: `POST /v1/{project_id}/cloudservers/{server_id}/metadata`.
pub static UPDATE_SERVER_METADATA: OperationInfo = OperationInfo {
    name: "UpdateServerMetadata",
    method: "POST",
    path: "/v1/{project_id}/cloudservers/{server_id}/metadata",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "server_id",
        name: "server_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateServerMetadataRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("server_id", &self.server_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NovaListVersions`: `GET /`.
pub static NOVA_LIST_VERSIONS: OperationInfo = OperationInfo {
    name: "NovaListVersions",
    method: "GET",
    path: "/",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaListVersionsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `NovaShowVersion`: `GET /{api_version}`.
pub static NOVA_SHOW_VERSION: OperationInfo = OperationInfo {
    name: "NovaShowVersion",
    method: "GET",
    path: "/{api_version}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "api_version",
        name: "api_version",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NovaShowVersionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("api_version", &self.api_version);
        parts
    }
}

/// `ShowJob`: `GET /v1/{project_id}/jobs/{job_id}`.
pub static SHOW_JOB: OperationInfo = OperationInfo {
    name: "ShowJob",
    method: "GET",
    path: "/v1/{project_id}/jobs/{job_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "job_id",
        name: "job_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowJobRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("job_id", &self.job_id);
        parts
    }
}
