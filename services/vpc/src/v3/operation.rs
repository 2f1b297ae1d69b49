//! Operation descriptors of the VPC v3 API, and the conversion of each request
//! type into the parameter values and body that the core renders from them.

use super::model;
use huaweicloud_sdk_core::operation::{
    BodyKind, CollectionFormat, IntoRequestParts, OperationInfo, ParamInfo, ParamLocation,
    RequestParts, ResponseKind,
};

/// `AddSecurityGroups`: `PUT /v3/{project_id}/ports/{port_id}/insert-security-groups`.
pub static ADD_SECURITY_GROUPS: OperationInfo = OperationInfo {
    name: "AddSecurityGroups",
    method: "PUT",
    path: "/v3/{project_id}/ports/{port_id}/insert-security-groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "port_id",
        name: "port_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddSecurityGroupsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AddSourcesToTrafficMirrorSession`: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/add-sources`.
pub static ADD_SOURCES_TO_TRAFFIC_MIRROR_SESSION: OperationInfo = OperationInfo {
    name: "AddSourcesToTrafficMirrorSession",
    method: "PUT",
    path: "/v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/add-sources",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_session_id",
        name: "traffic_mirror_session_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddSourcesToTrafficMirrorSessionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("traffic_mirror_session_id", &self.traffic_mirror_session_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AttachSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/attach`.
pub static ATTACH_SUB_NETWORK_INTERFACE: OperationInfo = OperationInfo {
    name: "AttachSubNetworkInterface",
    method: "POST",
    path: "/v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/attach",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "sub_network_interface_id",
        name: "sub_network_interface_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AttachSubNetworkInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("sub_network_interface_id", &self.sub_network_interface_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreatePortTags`: `POST /v3/{project_id}/ports/{port_id}/tags/create`.
pub static BATCH_CREATE_PORT_TAGS: OperationInfo = OperationInfo {
    name: "BatchCreatePortTags",
    method: "POST",
    path: "/v3/{project_id}/ports/{port_id}/tags/create",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "port_id",
        name: "port_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreatePortTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateSecurityGroupRules`: `POST /v3/{project_id}/vpc/security-groups/{security_group_id}/security-group-rules/batch-create`.
pub static BATCH_CREATE_SECURITY_GROUP_RULES: OperationInfo = OperationInfo {
    name: "BatchCreateSecurityGroupRules",
    method: "POST",
    path:
        "/v3/{project_id}/vpc/security-groups/{security_group_id}/security-group-rules/batch-create",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "security_group_id",
        name: "security_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreateSecurityGroupRulesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces/batch-create`.
pub static BATCH_CREATE_SUB_NETWORK_INTERFACE: OperationInfo = OperationInfo {
    name: "BatchCreateSubNetworkInterface",
    method: "POST",
    path: "/v3/{project_id}/vpc/sub-network-interfaces/batch-create",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreateSubNetworkInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateSubNetworkInterfaceTags`: `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/create`.
pub static BATCH_CREATE_SUB_NETWORK_INTERFACE_TAGS: OperationInfo = OperationInfo {
    name: "BatchCreateSubNetworkInterfaceTags",
    method: "POST",
    path: "/v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/create",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "sub_network_interface_id",
        name: "sub_network_interface_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreateSubNetworkInterfaceTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("sub_network_interface_id", &self.sub_network_interface_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeletePortTags`: `POST /v3/{project_id}/ports/{port_id}/tags/delete`.
pub static BATCH_DELETE_PORT_TAGS: OperationInfo = OperationInfo {
    name: "BatchDeletePortTags",
    method: "POST",
    path: "/v3/{project_id}/ports/{port_id}/tags/delete",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "port_id",
        name: "port_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeletePortTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteSubNetworkInterfaceTags`: `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/delete`.
pub static BATCH_DELETE_SUB_NETWORK_INTERFACE_TAGS: OperationInfo = OperationInfo {
    name: "BatchDeleteSubNetworkInterfaceTags",
    method: "POST",
    path: "/v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/delete",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "sub_network_interface_id",
        name: "sub_network_interface_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeleteSubNetworkInterfaceTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("sub_network_interface_id", &self.sub_network_interface_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CountPortsByTags`: `POST /v3/{project_id}/ports/resource-instances/count`.
pub static COUNT_PORTS_BY_TAGS: OperationInfo = OperationInfo {
    name: "CountPortsByTags",
    method: "POST",
    path: "/v3/{project_id}/ports/resource-instances/count",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CountPortsByTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CountSubNetworkInterfacesByTags`: `POST /v3/{project_id}/sub-network-interfaces/resource-instances/count`.
pub static COUNT_SUB_NETWORK_INTERFACES_BY_TAGS: OperationInfo = OperationInfo {
    name: "CountSubNetworkInterfacesByTags",
    method: "POST",
    path: "/v3/{project_id}/sub-network-interfaces/resource-instances/count",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CountSubNetworkInterfacesByTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreatePortTag`: `POST /v3/{project_id}/ports/{port_id}/tags`.
pub static CREATE_PORT_TAG: OperationInfo = OperationInfo {
    name: "CreatePortTag",
    method: "POST",
    path: "/v3/{project_id}/ports/{port_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "port_id",
        name: "port_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreatePortTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateSecurityGroup`: `POST /v3/{project_id}/vpc/security-groups`.
pub static CREATE_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "CreateSecurityGroup",
    method: "POST",
    path: "/v3/{project_id}/vpc/security-groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateSecurityGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateSecurityGroupRule`: `POST /v3/{project_id}/vpc/security-group-rules`.
pub static CREATE_SECURITY_GROUP_RULE: OperationInfo = OperationInfo {
    name: "CreateSecurityGroupRule",
    method: "POST",
    path: "/v3/{project_id}/vpc/security-group-rules",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateSecurityGroupRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces`.
pub static CREATE_SUB_NETWORK_INTERFACE: OperationInfo = OperationInfo {
    name: "CreateSubNetworkInterface",
    method: "POST",
    path: "/v3/{project_id}/vpc/sub-network-interfaces",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateSubNetworkInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateSubNetworkInterfaceTag`: `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags`.
pub static CREATE_SUB_NETWORK_INTERFACE_TAG: OperationInfo = OperationInfo {
    name: "CreateSubNetworkInterfaceTag",
    method: "POST",
    path: "/v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "sub_network_interface_id",
        name: "sub_network_interface_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateSubNetworkInterfaceTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("sub_network_interface_id", &self.sub_network_interface_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateTrafficMirrorFilter`: `POST /v3/{project_id}/vpc/traffic-mirror-filters`.
pub static CREATE_TRAFFIC_MIRROR_FILTER: OperationInfo = OperationInfo {
    name: "CreateTrafficMirrorFilter",
    method: "POST",
    path: "/v3/{project_id}/vpc/traffic-mirror-filters",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateTrafficMirrorFilterRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateTrafficMirrorFilterRule`: `POST /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
pub static CREATE_TRAFFIC_MIRROR_FILTER_RULE: OperationInfo = OperationInfo {
    name: "CreateTrafficMirrorFilterRule",
    method: "POST",
    path: "/v3/{project_id}/vpc/traffic-mirror-filter-rules",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateTrafficMirrorFilterRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateTrafficMirrorSession`: `POST /v3/{project_id}/vpc/traffic-mirror-sessions`.
pub static CREATE_TRAFFIC_MIRROR_SESSION: OperationInfo = OperationInfo {
    name: "CreateTrafficMirrorSession",
    method: "POST",
    path: "/v3/{project_id}/vpc/traffic-mirror-sessions",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateTrafficMirrorSessionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateVirsubnetCidrReservation`: `POST /v3/{project_id}/vpc/virsubnet-cidr-reservations`.
pub static CREATE_VIRSUBNET_CIDR_RESERVATION: OperationInfo = OperationInfo {
    name: "CreateVirsubnetCidrReservation",
    method: "POST",
    path: "/v3/{project_id}/vpc/virsubnet-cidr-reservations",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateVirsubnetCidrReservationRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeletePortTag`: `DELETE /v3/{project_id}/ports/{port_id}/tags/{tag_key}`.
pub static DELETE_PORT_TAG: OperationInfo = OperationInfo {
    name: "DeletePortTag",
    method: "DELETE",
    path: "/v3/{project_id}/ports/{port_id}/tags/{tag_key}",
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
            field: "tag_key",
            name: "tag_key",
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

impl IntoRequestParts for model::DeletePortTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts.param("tag_key", &self.tag_key);
        parts
    }
}

/// `DeleteSecurityGroup`: `DELETE /v3/{project_id}/vpc/security-groups/{security_group_id}`.
pub static DELETE_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "DeleteSecurityGroup",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/security-groups/{security_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "security_group_id",
        name: "security_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteSecurityGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts
    }
}

/// `DeleteSecurityGroupRule`: `DELETE /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`.
pub static DELETE_SECURITY_GROUP_RULE: OperationInfo = OperationInfo {
    name: "DeleteSecurityGroupRule",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "security_group_rule_id",
        name: "security_group_rule_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteSecurityGroupRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_rule_id", &self.security_group_rule_id);
        parts
    }
}

/// `DeleteSubNetworkInterface`: `DELETE /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
pub static DELETE_SUB_NETWORK_INTERFACE: OperationInfo = OperationInfo {
    name: "DeleteSubNetworkInterface",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "sub_network_interface_id",
        name: "sub_network_interface_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteSubNetworkInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("sub_network_interface_id", &self.sub_network_interface_id);
        parts
    }
}

/// `DeleteSubNetworkInterfaceTag`: `DELETE /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/{tag_key}`.
pub static DELETE_SUB_NETWORK_INTERFACE_TAG: OperationInfo = OperationInfo {
    name: "DeleteSubNetworkInterfaceTag",
    method: "DELETE",
    path: "/v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/{tag_key}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "sub_network_interface_id",
            name: "sub_network_interface_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tag_key",
            name: "tag_key",
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

impl IntoRequestParts for model::DeleteSubNetworkInterfaceTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("sub_network_interface_id", &self.sub_network_interface_id);
        parts.param("tag_key", &self.tag_key);
        parts
    }
}

/// `DeleteTrafficMirrorFilter`: `DELETE /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
pub static DELETE_TRAFFIC_MIRROR_FILTER: OperationInfo = OperationInfo {
    name: "DeleteTrafficMirrorFilter",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_filter_id",
        name: "traffic_mirror_filter_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteTrafficMirrorFilterRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("traffic_mirror_filter_id", &self.traffic_mirror_filter_id);
        parts
    }
}

/// `DeleteTrafficMirrorFilterRule`: `DELETE /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
pub static DELETE_TRAFFIC_MIRROR_FILTER_RULE: OperationInfo = OperationInfo {
    name: "DeleteTrafficMirrorFilterRule",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_filter_rule_id",
        name: "traffic_mirror_filter_rule_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteTrafficMirrorFilterRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param(
            "traffic_mirror_filter_rule_id",
            &self.traffic_mirror_filter_rule_id,
        );
        parts
    }
}

/// `DeleteTrafficMirrorSession`: `DELETE /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
pub static DELETE_TRAFFIC_MIRROR_SESSION: OperationInfo = OperationInfo {
    name: "DeleteTrafficMirrorSession",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_session_id",
        name: "traffic_mirror_session_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteTrafficMirrorSessionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("traffic_mirror_session_id", &self.traffic_mirror_session_id);
        parts
    }
}

/// `DeleteVirsubnetCidrReservation`: `DELETE /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
pub static DELETE_VIRSUBNET_CIDR_RESERVATION: OperationInfo = OperationInfo {
    name: "DeleteVirsubnetCidrReservation",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "virsubnet_cidr_reservation_id",
        name: "virsubnet_cidr_reservation_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteVirsubnetCidrReservationRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param(
            "virsubnet_cidr_reservation_id",
            &self.virsubnet_cidr_reservation_id,
        );
        parts
    }
}

/// `DetachSubNetworkInterface`: `POST /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/detach`.
pub static DETACH_SUB_NETWORK_INTERFACE: OperationInfo = OperationInfo {
    name: "DetachSubNetworkInterface",
    method: "POST",
    path: "/v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/detach",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "sub_network_interface_id",
        name: "sub_network_interface_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DetachSubNetworkInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("sub_network_interface_id", &self.sub_network_interface_id);
        parts
    }
}

/// `ListPortTags`: `GET /v3/{project_id}/ports/tags`.
pub static LIST_PORT_TAGS: OperationInfo = OperationInfo {
    name: "ListPortTags",
    method: "GET",
    path: "/v3/{project_id}/ports/tags",
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
            field: "offset",
            name: "offset",
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

impl IntoRequestParts for model::ListPortTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("offset", &self.offset);
        parts
    }
}

/// `ListPorts`: `GET /v3/{project_id}/ports`.
pub static LIST_PORTS: OperationInfo = OperationInfo {
    name: "ListPorts",
    method: "GET",
    path: "/v3/{project_id}/ports",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "id",
            name: "id",
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
        ParamInfo {
            field: "admin_state_up",
            name: "admin_state_up",
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
            field: "virsubnet_id",
            name: "virsubnet_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "device_id",
            name: "device_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "mac_address",
            name: "mac_address",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "device_owner",
            name: "device_owner",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "device_owner_prefixlike",
            name: "device_owner_prefixlike",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "description",
            name: "description",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "bindinghost_id",
            name: "binding:host_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "private_ips",
            name: "private_ips",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "security_groups",
            name: "security_groups",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "vpc_id",
            name: "vpc_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "allowed_address_pairs",
            name: "allowed_address_pairs",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "instance_id",
            name: "instance_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "instance_type",
            name: "instance_type",
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

impl IntoRequestParts for model::ListPortsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("admin_state_up", &self.admin_state_up);
        parts.param("status", &self.status);
        parts.param("virsubnet_id", &self.virsubnet_id);
        parts.param("device_id", &self.device_id);
        parts.param("mac_address", &self.mac_address);
        parts.param("device_owner", &self.device_owner);
        parts.param("device_owner_prefixlike", &self.device_owner_prefixlike);
        parts.param("description", &self.description);
        parts.param("bindinghost_id", &self.bindinghost_id);
        parts.param("private_ips", &self.private_ips);
        parts.param("security_groups", &self.security_groups);
        parts.param("vpc_id", &self.vpc_id);
        parts.param("allowed_address_pairs", &self.allowed_address_pairs);
        parts.param("instance_id", &self.instance_id);
        parts.param("instance_type", &self.instance_type);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListPortsByTags`: `POST /v3/{project_id}/ports/resource-instances/filter`.
pub static LIST_PORTS_BY_TAGS: OperationInfo = OperationInfo {
    name: "ListPortsByTags",
    method: "POST",
    path: "/v3/{project_id}/ports/resource-instances/filter",
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
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListPortsByTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("offset", &self.offset);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListSecurityGroupRules`: `GET /v3/{project_id}/vpc/security-group-rules`.
pub static LIST_SECURITY_GROUP_RULES: OperationInfo = OperationInfo {
    name: "ListSecurityGroupRules",
    method: "GET",
    path: "/v3/{project_id}/vpc/security-group-rules",
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
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "security_group_id",
            name: "security_group_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "protocol",
            name: "protocol",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "description",
            name: "description",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "remote_group_id",
            name: "remote_group_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "direction",
            name: "direction",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "action",
            name: "action",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "remote_ip_prefix",
            name: "remote_ip_prefix",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "priority",
            name: "priority",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "ethertype",
            name: "ethertype",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "remote_address_group_id",
            name: "remote_address_group_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "enabled",
            name: "enabled",
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

impl IntoRequestParts for model::ListSecurityGroupRulesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("security_group_id", &self.security_group_id);
        parts.param("protocol", &self.protocol);
        parts.param("description", &self.description);
        parts.param("remote_group_id", &self.remote_group_id);
        parts.param("direction", &self.direction);
        parts.param("action", &self.action);
        parts.param("remote_ip_prefix", &self.remote_ip_prefix);
        parts.param("priority", &self.priority);
        parts.param("ethertype", &self.ethertype);
        parts.param("remote_address_group_id", &self.remote_address_group_id);
        parts.param("enabled", &self.enabled);
        parts
    }
}

/// `ListSecurityGroups`: `GET /v3/{project_id}/vpc/security-groups`.
pub static LIST_SECURITY_GROUPS: OperationInfo = OperationInfo {
    name: "ListSecurityGroups",
    method: "GET",
    path: "/v3/{project_id}/vpc/security-groups",
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
            field: "description",
            name: "description",
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
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListSecurityGroupsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("description", &self.description);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts
    }
}

/// `ListSubNetworkInterfaceTags`: `GET /v3/{project_id}/sub-network-interfaces/tags`.
pub static LIST_SUB_NETWORK_INTERFACE_TAGS: OperationInfo = OperationInfo {
    name: "ListSubNetworkInterfaceTags",
    method: "GET",
    path: "/v3/{project_id}/sub-network-interfaces/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListSubNetworkInterfaceTagsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ListSubNetworkInterfaces`: `GET /v3/{project_id}/vpc/sub-network-interfaces`.
pub static LIST_SUB_NETWORK_INTERFACES: OperationInfo = OperationInfo {
    name: "ListSubNetworkInterfaces",
    method: "GET",
    path: "/v3/{project_id}/vpc/sub-network-interfaces",
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
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "virsubnet_id",
            name: "virsubnet_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "private_ip_address",
            name: "private_ip_address",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "mac_address",
            name: "mac_address",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "vpc_id",
            name: "vpc_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "description",
            name: "description",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "parent_id",
            name: "parent_id",
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

impl IntoRequestParts for model::ListSubNetworkInterfacesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("virsubnet_id", &self.virsubnet_id);
        parts.param("private_ip_address", &self.private_ip_address);
        parts.param("mac_address", &self.mac_address);
        parts.param("vpc_id", &self.vpc_id);
        parts.param("description", &self.description);
        parts.param("parent_id", &self.parent_id);
        parts
    }
}

/// `ListSubNetworkInterfacesByTags`: `POST /v3/{project_id}/sub-network-interfaces/resource-instances/filter`.
pub static LIST_SUB_NETWORK_INTERFACES_BY_TAGS: OperationInfo = OperationInfo {
    name: "ListSubNetworkInterfacesByTags",
    method: "POST",
    path: "/v3/{project_id}/sub-network-interfaces/resource-instances/filter",
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
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListSubNetworkInterfacesByTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("offset", &self.offset);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListTrafficMirrorFilterRules`: `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
pub static LIST_TRAFFIC_MIRROR_FILTER_RULES: OperationInfo = OperationInfo {
    name: "ListTrafficMirrorFilterRules",
    method: "GET",
    path: "/v3/{project_id}/vpc/traffic-mirror-filter-rules",
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
            field: "description",
            name: "description",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "traffic_mirror_filter_id",
            name: "traffic_mirror_filter_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "direction",
            name: "direction",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "protocol",
            name: "protocol",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "source_cidr_block",
            name: "source_cidr_block",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "destination_cidr_block",
            name: "destination_cidr_block",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "source_port_range",
            name: "source_port_range",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "destination_port_range",
            name: "destination_port_range",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "action",
            name: "action",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "priority",
            name: "priority",
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

impl IntoRequestParts for model::ListTrafficMirrorFilterRulesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.param("description", &self.description);
        parts.param("traffic_mirror_filter_id", &self.traffic_mirror_filter_id);
        parts.param("direction", &self.direction);
        parts.param("protocol", &self.protocol);
        parts.param("source_cidr_block", &self.source_cidr_block);
        parts.param("destination_cidr_block", &self.destination_cidr_block);
        parts.param("source_port_range", &self.source_port_range);
        parts.param("destination_port_range", &self.destination_port_range);
        parts.param("action", &self.action);
        parts.param("priority", &self.priority);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListTrafficMirrorFilters`: `GET /v3/{project_id}/vpc/traffic-mirror-filters`.
pub static LIST_TRAFFIC_MIRROR_FILTERS: OperationInfo = OperationInfo {
    name: "ListTrafficMirrorFilters",
    method: "GET",
    path: "/v3/{project_id}/vpc/traffic-mirror-filters",
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
            field: "description",
            name: "description",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "created_at",
            name: "created_at",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "updated_at",
            name: "updated_at",
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

impl IntoRequestParts for model::ListTrafficMirrorFiltersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("description", &self.description);
        parts.param("created_at", &self.created_at);
        parts.param("updated_at", &self.updated_at);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListTrafficMirrorSessions`: `GET /v3/{project_id}/vpc/traffic-mirror-sessions`.
pub static LIST_TRAFFIC_MIRROR_SESSIONS: OperationInfo = OperationInfo {
    name: "ListTrafficMirrorSessions",
    method: "GET",
    path: "/v3/{project_id}/vpc/traffic-mirror-sessions",
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
            field: "description",
            name: "description",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "traffic_mirror_filter_id",
            name: "traffic_mirror_filter_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "traffic_mirror_target_id",
            name: "traffic_mirror_target_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "traffic_mirror_target_type",
            name: "traffic_mirror_target_type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "virtual_network_id",
            name: "virtual_network_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "packet_length",
            name: "packet_length",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "priority",
            name: "priority",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "enabled",
            name: "enabled",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "type",
            name: "type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "created_at",
            name: "created_at",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "updated_at",
            name: "updated_at",
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

impl IntoRequestParts for model::ListTrafficMirrorSessionsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("description", &self.description);
        parts.param("traffic_mirror_filter_id", &self.traffic_mirror_filter_id);
        parts.param("traffic_mirror_target_id", &self.traffic_mirror_target_id);
        parts.param(
            "traffic_mirror_target_type",
            &self.traffic_mirror_target_type,
        );
        parts.param("virtual_network_id", &self.virtual_network_id);
        parts.param("packet_length", &self.packet_length);
        parts.param("priority", &self.priority);
        parts.param("enabled", &self.enabled);
        parts.param("type", &self.r#type);
        parts.param("created_at", &self.created_at);
        parts.param("updated_at", &self.updated_at);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListVirsubnetCidrReservations`: `GET /v3/{project_id}/vpc/virsubnet-cidr-reservations`.
pub static LIST_VIRSUBNET_CIDR_RESERVATIONS: OperationInfo = OperationInfo {
    name: "ListVirsubnetCidrReservations",
    method: "GET",
    path: "/v3/{project_id}/vpc/virsubnet-cidr-reservations",
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
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "virsubnet_id",
            name: "virsubnet_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "cidr",
            name: "cidr",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "ip_version",
            name: "ip_version",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "description",
            name: "description",
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
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListVirsubnetCidrReservationsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("virsubnet_id", &self.virsubnet_id);
        parts.param("cidr", &self.cidr);
        parts.param("ip_version", &self.ip_version);
        parts.param("name", &self.name);
        parts.param("description", &self.description);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts
    }
}

/// `ListVirsubnets`: `GET /v3/{project_id}/vpc/virsubnets`.
pub static LIST_VIRSUBNETS: OperationInfo = OperationInfo {
    name: "ListVirsubnets",
    method: "GET",
    path: "/v3/{project_id}/vpc/virsubnets",
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
            field: "vpc_id",
            name: "vpc_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "scope",
            name: "scope",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "zone_id",
            name: "zone_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Csv,
        },
        ParamInfo {
            field: "description",
            name: "description",
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

impl IntoRequestParts for model::ListVirsubnetsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("vpc_id", &self.vpc_id);
        parts.param("status", &self.status);
        parts.param("scope", &self.scope);
        parts.param("zone_id", &self.zone_id);
        parts.param("description", &self.description);
        parts
    }
}

/// `MigrateSubNetworkInterface`: `PUT /v3/{project_id}/vpc/sub-network-interfaces/migrate`.
pub static MIGRATE_SUB_NETWORK_INTERFACE: OperationInfo = OperationInfo {
    name: "MigrateSubNetworkInterface",
    method: "PUT",
    path: "/v3/{project_id}/vpc/sub-network-interfaces/migrate",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::MigrateSubNetworkInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `RemoveSecurityGroups`: `PUT /v3/{project_id}/ports/{port_id}/remove-security-groups`.
pub static REMOVE_SECURITY_GROUPS: OperationInfo = OperationInfo {
    name: "RemoveSecurityGroups",
    method: "PUT",
    path: "/v3/{project_id}/ports/{port_id}/remove-security-groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "port_id",
        name: "port_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RemoveSecurityGroupsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `RemoveSourcesFromTrafficMirrorSession`: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/remove-sources`.
pub static REMOVE_SOURCES_FROM_TRAFFIC_MIRROR_SESSION: OperationInfo = OperationInfo {
    name: "RemoveSourcesFromTrafficMirrorSession",
    method: "PUT",
    path: "/v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/remove-sources",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_session_id",
        name: "traffic_mirror_session_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RemoveSourcesFromTrafficMirrorSessionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("traffic_mirror_session_id", &self.traffic_mirror_session_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowPort`: `GET /v3/{project_id}/ports/{port_id}`.
pub static SHOW_PORT: OperationInfo = OperationInfo {
    name: "ShowPort",
    method: "GET",
    path: "/v3/{project_id}/ports/{port_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "port_id",
        name: "port_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowPortRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts
    }
}

/// `ShowPortTags`: `GET /v3/{project_id}/ports/{port_id}/tags`.
pub static SHOW_PORT_TAGS: OperationInfo = OperationInfo {
    name: "ShowPortTags",
    method: "GET",
    path: "/v3/{project_id}/ports/{port_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "port_id",
        name: "port_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowPortTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts
    }
}

/// `ShowQuota`: `GET /v3/{project_id}/vpc/quotas`.
pub static SHOW_QUOTA: OperationInfo = OperationInfo {
    name: "ShowQuota",
    method: "GET",
    path: "/v3/{project_id}/vpc/quotas",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowQuotaRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ShowSecurityGroup`: `GET /v3/{project_id}/vpc/security-groups/{security_group_id}`.
pub static SHOW_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "ShowSecurityGroup",
    method: "GET",
    path: "/v3/{project_id}/vpc/security-groups/{security_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "security_group_id",
        name: "security_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSecurityGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts
    }
}

/// `ShowSecurityGroupRule`: `GET /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`.
pub static SHOW_SECURITY_GROUP_RULE: OperationInfo = OperationInfo {
    name: "ShowSecurityGroupRule",
    method: "GET",
    path: "/v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "security_group_rule_id",
        name: "security_group_rule_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSecurityGroupRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_rule_id", &self.security_group_rule_id);
        parts
    }
}

/// `ShowSubNetworkInterface`: `GET /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
pub static SHOW_SUB_NETWORK_INTERFACE: OperationInfo = OperationInfo {
    name: "ShowSubNetworkInterface",
    method: "GET",
    path: "/v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "sub_network_interface_id",
        name: "sub_network_interface_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSubNetworkInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("sub_network_interface_id", &self.sub_network_interface_id);
        parts
    }
}

/// `ShowSubNetworkInterfaceTags`: `GET /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags`.
pub static SHOW_SUB_NETWORK_INTERFACE_TAGS: OperationInfo = OperationInfo {
    name: "ShowSubNetworkInterfaceTags",
    method: "GET",
    path: "/v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "sub_network_interface_id",
        name: "sub_network_interface_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSubNetworkInterfaceTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("sub_network_interface_id", &self.sub_network_interface_id);
        parts
    }
}

/// `ShowSubNetworkInterfacesQuantity`: `GET /v3/{project_id}/vpc/sub-network-interfaces/count`.
pub static SHOW_SUB_NETWORK_INTERFACES_QUANTITY: OperationInfo = OperationInfo {
    name: "ShowSubNetworkInterfacesQuantity",
    method: "GET",
    path: "/v3/{project_id}/vpc/sub-network-interfaces/count",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSubNetworkInterfacesQuantityRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ShowTrafficMirrorFilter`: `GET /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
pub static SHOW_TRAFFIC_MIRROR_FILTER: OperationInfo = OperationInfo {
    name: "ShowTrafficMirrorFilter",
    method: "GET",
    path: "/v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_filter_id",
        name: "traffic_mirror_filter_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowTrafficMirrorFilterRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("traffic_mirror_filter_id", &self.traffic_mirror_filter_id);
        parts
    }
}

/// `ShowTrafficMirrorFilterRule`: `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
pub static SHOW_TRAFFIC_MIRROR_FILTER_RULE: OperationInfo = OperationInfo {
    name: "ShowTrafficMirrorFilterRule",
    method: "GET",
    path: "/v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_filter_rule_id",
        name: "traffic_mirror_filter_rule_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowTrafficMirrorFilterRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param(
            "traffic_mirror_filter_rule_id",
            &self.traffic_mirror_filter_rule_id,
        );
        parts
    }
}

/// `ShowTrafficMirrorSession`: `GET /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
pub static SHOW_TRAFFIC_MIRROR_SESSION: OperationInfo = OperationInfo {
    name: "ShowTrafficMirrorSession",
    method: "GET",
    path: "/v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_session_id",
        name: "traffic_mirror_session_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowTrafficMirrorSessionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("traffic_mirror_session_id", &self.traffic_mirror_session_id);
        parts
    }
}

/// `ShowVirsubnet`: `GET /v3/{project_id}/vpc/virsubnets/{virsubnet_id}`.
pub static SHOW_VIRSUBNET: OperationInfo = OperationInfo {
    name: "ShowVirsubnet",
    method: "GET",
    path: "/v3/{project_id}/vpc/virsubnets/{virsubnet_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "virsubnet_id",
        name: "virsubnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowVirsubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("virsubnet_id", &self.virsubnet_id);
        parts
    }
}

/// `ShowVirsubnetCidrReservation`: `GET /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
pub static SHOW_VIRSUBNET_CIDR_RESERVATION: OperationInfo = OperationInfo {
    name: "ShowVirsubnetCidrReservation",
    method: "GET",
    path: "/v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "virsubnet_cidr_reservation_id",
        name: "virsubnet_cidr_reservation_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowVirsubnetCidrReservationRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param(
            "virsubnet_cidr_reservation_id",
            &self.virsubnet_cidr_reservation_id,
        );
        parts
    }
}

/// `UpdateSecurityGroup`: `PUT /v3/{project_id}/vpc/security-groups/{security_group_id}`.
pub static UPDATE_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "UpdateSecurityGroup",
    method: "PUT",
    path: "/v3/{project_id}/vpc/security-groups/{security_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "security_group_id",
        name: "security_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateSecurityGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateSubNetworkInterface`: `PUT /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
pub static UPDATE_SUB_NETWORK_INTERFACE: OperationInfo = OperationInfo {
    name: "UpdateSubNetworkInterface",
    method: "PUT",
    path: "/v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "sub_network_interface_id",
        name: "sub_network_interface_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateSubNetworkInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("sub_network_interface_id", &self.sub_network_interface_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateTrafficMirrorFilter`: `PUT /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
pub static UPDATE_TRAFFIC_MIRROR_FILTER: OperationInfo = OperationInfo {
    name: "UpdateTrafficMirrorFilter",
    method: "PUT",
    path: "/v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_filter_id",
        name: "traffic_mirror_filter_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateTrafficMirrorFilterRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("traffic_mirror_filter_id", &self.traffic_mirror_filter_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateTrafficMirrorFilterRule`: `PUT /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
pub static UPDATE_TRAFFIC_MIRROR_FILTER_RULE: OperationInfo = OperationInfo {
    name: "UpdateTrafficMirrorFilterRule",
    method: "PUT",
    path: "/v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_filter_rule_id",
        name: "traffic_mirror_filter_rule_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateTrafficMirrorFilterRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param(
            "traffic_mirror_filter_rule_id",
            &self.traffic_mirror_filter_rule_id,
        );
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateTrafficMirrorSession`: `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
pub static UPDATE_TRAFFIC_MIRROR_SESSION: OperationInfo = OperationInfo {
    name: "UpdateTrafficMirrorSession",
    method: "PUT",
    path: "/v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "traffic_mirror_session_id",
        name: "traffic_mirror_session_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateTrafficMirrorSessionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("traffic_mirror_session_id", &self.traffic_mirror_session_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateVirsubnetCidrReservation`: `PUT /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
pub static UPDATE_VIRSUBNET_CIDR_RESERVATION: OperationInfo = OperationInfo {
    name: "UpdateVirsubnetCidrReservation",
    method: "PUT",
    path: "/v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "virsubnet_cidr_reservation_id",
        name: "virsubnet_cidr_reservation_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateVirsubnetCidrReservationRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param(
            "virsubnet_cidr_reservation_id",
            &self.virsubnet_cidr_reservation_id,
        );
        parts.json_body(&self.body);
        parts
    }
}

/// `AddFirewallRules`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/insert-rules`.
pub static ADD_FIREWALL_RULES: OperationInfo = OperationInfo {
    name: "AddFirewallRules",
    method: "PUT",
    path: "/v3/{project_id}/vpc/firewalls/{firewall_id}/insert-rules",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddFirewallRulesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AssociateSubnetFirewall`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/associate-subnets`.
pub static ASSOCIATE_SUBNET_FIREWALL: OperationInfo = OperationInfo {
    name: "AssociateSubnetFirewall",
    method: "PUT",
    path: "/v3/{project_id}/vpc/firewalls/{firewall_id}/associate-subnets",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AssociateSubnetFirewallRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateFirewallTags`: `POST /v3/{project_id}/firewalls/{firewall_id}/tags/create`.
pub static BATCH_CREATE_FIREWALL_TAGS: OperationInfo = OperationInfo {
    name: "BatchCreateFirewallTags",
    method: "POST",
    path: "/v3/{project_id}/firewalls/{firewall_id}/tags/create",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreateFirewallTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteFirewallTags`: `POST /v3/{project_id}/firewalls/{firewall_id}/tags/delete`.
pub static BATCH_DELETE_FIREWALL_TAGS: OperationInfo = OperationInfo {
    name: "BatchDeleteFirewallTags",
    method: "POST",
    path: "/v3/{project_id}/firewalls/{firewall_id}/tags/delete",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeleteFirewallTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CountFirewallsByTags`: `POST /v3/{project_id}/firewalls/resource-instances/count`.
pub static COUNT_FIREWALLS_BY_TAGS: OperationInfo = OperationInfo {
    name: "CountFirewallsByTags",
    method: "POST",
    path: "/v3/{project_id}/firewalls/resource-instances/count",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CountFirewallsByTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateFirewall`: `POST /v3/{project_id}/vpc/firewalls`.
pub static CREATE_FIREWALL: OperationInfo = OperationInfo {
    name: "CreateFirewall",
    method: "POST",
    path: "/v3/{project_id}/vpc/firewalls",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateFirewallRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateFirewallTag`: `POST /v3/{project_id}/firewalls/{firewall_id}/tags`.
pub static CREATE_FIREWALL_TAG: OperationInfo = OperationInfo {
    name: "CreateFirewallTag",
    method: "POST",
    path: "/v3/{project_id}/firewalls/{firewall_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateFirewallTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteFirewall`: `DELETE /v3/{project_id}/vpc/firewalls/{firewall_id}`.
pub static DELETE_FIREWALL: OperationInfo = OperationInfo {
    name: "DeleteFirewall",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/firewalls/{firewall_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteFirewallRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts
    }
}

/// `DeleteFirewallTag`: `DELETE /v3/{project_id}/firewalls/{firewall_id}/tags/{tag_key}`.
pub static DELETE_FIREWALL_TAG: OperationInfo = OperationInfo {
    name: "DeleteFirewallTag",
    method: "DELETE",
    path: "/v3/{project_id}/firewalls/{firewall_id}/tags/{tag_key}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "firewall_id",
            name: "firewall_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tag_key",
            name: "tag_key",
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

impl IntoRequestParts for model::DeleteFirewallTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts.param("tag_key", &self.tag_key);
        parts
    }
}

/// `DisassociateSubnetFirewall`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/disassociate-subnets`.
pub static DISASSOCIATE_SUBNET_FIREWALL: OperationInfo = OperationInfo {
    name: "DisassociateSubnetFirewall",
    method: "PUT",
    path: "/v3/{project_id}/vpc/firewalls/{firewall_id}/disassociate-subnets",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DisassociateSubnetFirewallRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListFirewall`: `GET /v3/{project_id}/vpc/firewalls`.
pub static LIST_FIREWALL: OperationInfo = OperationInfo {
    name: "ListFirewall",
    method: "GET",
    path: "/v3/{project_id}/vpc/firewalls",
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
            field: "admin_state_up",
            name: "admin_state_up",
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
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListFirewallRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("status", &self.status);
        parts.param("admin_state_up", &self.admin_state_up);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts
    }
}

/// `ListFirewallTags`: `GET /v3/{project_id}/firewalls/tags`.
pub static LIST_FIREWALL_TAGS: OperationInfo = OperationInfo {
    name: "ListFirewallTags",
    method: "GET",
    path: "/v3/{project_id}/firewalls/tags",
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
            field: "offset",
            name: "offset",
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

impl IntoRequestParts for model::ListFirewallTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("offset", &self.offset);
        parts
    }
}

/// `ListFirewallsByTags`: `POST /v3/{project_id}/firewalls/resource-instances/filter`.
pub static LIST_FIREWALLS_BY_TAGS: OperationInfo = OperationInfo {
    name: "ListFirewallsByTags",
    method: "POST",
    path: "/v3/{project_id}/firewalls/resource-instances/filter",
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
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListFirewallsByTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("offset", &self.offset);
        parts.json_body(&self.body);
        parts
    }
}

/// `RemoveFirewallRules`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/remove-rules`.
pub static REMOVE_FIREWALL_RULES: OperationInfo = OperationInfo {
    name: "RemoveFirewallRules",
    method: "PUT",
    path: "/v3/{project_id}/vpc/firewalls/{firewall_id}/remove-rules",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RemoveFirewallRulesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowFirewall`: `GET /v3/{project_id}/vpc/firewalls/{firewall_id}`.
pub static SHOW_FIREWALL: OperationInfo = OperationInfo {
    name: "ShowFirewall",
    method: "GET",
    path: "/v3/{project_id}/vpc/firewalls/{firewall_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowFirewallRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts
    }
}

/// `ShowFirewallTags`: `GET /v3/{project_id}/firewalls/{firewall_id}/tags`.
pub static SHOW_FIREWALL_TAGS: OperationInfo = OperationInfo {
    name: "ShowFirewallTags",
    method: "GET",
    path: "/v3/{project_id}/firewalls/{firewall_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowFirewallTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts
    }
}

/// `UpdateFirewall`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}`.
pub static UPDATE_FIREWALL: OperationInfo = OperationInfo {
    name: "UpdateFirewall",
    method: "PUT",
    path: "/v3/{project_id}/vpc/firewalls/{firewall_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateFirewallRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateFirewallRules`: `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/update-rules`.
pub static UPDATE_FIREWALL_RULES: OperationInfo = OperationInfo {
    name: "UpdateFirewallRules",
    method: "PUT",
    path: "/v3/{project_id}/vpc/firewalls/{firewall_id}/update-rules",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_id",
        name: "firewall_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateFirewallRulesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_id", &self.firewall_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AddClouddcnSubnetsTags`: `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags`.
pub static ADD_CLOUDDCN_SUBNETS_TAGS: OperationInfo = OperationInfo {
    name: "AddClouddcnSubnetsTags",
    method: "POST",
    path: "/v3/{project_id}/clouddcn-subnets/{resource_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "resource_id",
        name: "resource_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddClouddcnSubnetsTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("resource_id", &self.resource_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateClouddcnSubnetsTags`: `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/create`.
pub static BATCH_CREATE_CLOUDDCN_SUBNETS_TAGS: OperationInfo = OperationInfo {
    name: "BatchCreateClouddcnSubnetsTags",
    method: "POST",
    path: "/v3/{project_id}/clouddcn-subnets/{resource_id}/tags/create",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "resource_id",
        name: "resource_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreateClouddcnSubnetsTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("resource_id", &self.resource_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteClouddcnSubnetsTags`: `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/delete`.
pub static BATCH_DELETE_CLOUDDCN_SUBNETS_TAGS: OperationInfo = OperationInfo {
    name: "BatchDeleteClouddcnSubnetsTags",
    method: "POST",
    path: "/v3/{project_id}/clouddcn-subnets/{resource_id}/tags/delete",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "resource_id",
        name: "resource_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeleteClouddcnSubnetsTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("resource_id", &self.resource_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateClouddcnSubnet`: `POST /v3/{project_id}/vpc/clouddcn-subnets`.
pub static CREATE_CLOUDDCN_SUBNET: OperationInfo = OperationInfo {
    name: "CreateClouddcnSubnet",
    method: "POST",
    path: "/v3/{project_id}/vpc/clouddcn-subnets",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateClouddcnSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteClouddcnSubnet`: `DELETE /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
pub static DELETE_CLOUDDCN_SUBNET: OperationInfo = OperationInfo {
    name: "DeleteClouddcnSubnet",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "clouddcn_subnet_id",
        name: "clouddcn_subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteClouddcnSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("clouddcn_subnet_id", &self.clouddcn_subnet_id);
        parts
    }
}

/// `DeleteClouddcnSubnetsTag`: `DELETE /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/{tag_key}`.
pub static DELETE_CLOUDDCN_SUBNETS_TAG: OperationInfo = OperationInfo {
    name: "DeleteClouddcnSubnetsTag",
    method: "DELETE",
    path: "/v3/{project_id}/clouddcn-subnets/{resource_id}/tags/{tag_key}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "resource_id",
            name: "resource_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tag_key",
            name: "tag_key",
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

impl IntoRequestParts for model::DeleteClouddcnSubnetsTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("resource_id", &self.resource_id);
        parts.param("tag_key", &self.tag_key);
        parts
    }
}

/// `ListClouddcnSubnets`: `GET /v3/{project_id}/vpc/clouddcn-subnets`.
pub static LIST_CLOUDDCN_SUBNETS: OperationInfo = OperationInfo {
    name: "ListClouddcnSubnets",
    method: "GET",
    path: "/v3/{project_id}/vpc/clouddcn-subnets",
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
            field: "vpc_id",
            name: "vpc_id",
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

impl IntoRequestParts for model::ListClouddcnSubnetsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("vpc_id", &self.vpc_id);
        parts
    }
}

/// `ListClouddcnSubnetsCountFilterTags`: `POST /v3/{project_id}/clouddcn-subnets/resource-instances/count`.
pub static LIST_CLOUDDCN_SUBNETS_COUNT_FILTER_TAGS: OperationInfo = OperationInfo {
    name: "ListClouddcnSubnetsCountFilterTags",
    method: "POST",
    path: "/v3/{project_id}/clouddcn-subnets/resource-instances/count",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListClouddcnSubnetsCountFilterTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ListClouddcnSubnetsFilterTags`: `POST /v3/{project_id}/clouddcn-subnets/resource-instances/filter`.
pub static LIST_CLOUDDCN_SUBNETS_FILTER_TAGS: OperationInfo = OperationInfo {
    name: "ListClouddcnSubnetsFilterTags",
    method: "POST",
    path: "/v3/{project_id}/clouddcn-subnets/resource-instances/filter",
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
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListClouddcnSubnetsFilterTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("offset", &self.offset);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListClouddcnSubnetsTags`: `GET /v3/{project_id}/clouddcn-subnets/tags`.
pub static LIST_CLOUDDCN_SUBNETS_TAGS: OperationInfo = OperationInfo {
    name: "ListClouddcnSubnetsTags",
    method: "GET",
    path: "/v3/{project_id}/clouddcn-subnets/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListClouddcnSubnetsTagsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ShowClouddcnSubnet`: `GET /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
pub static SHOW_CLOUDDCN_SUBNET: OperationInfo = OperationInfo {
    name: "ShowClouddcnSubnet",
    method: "GET",
    path: "/v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "clouddcn_subnet_id",
        name: "clouddcn_subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowClouddcnSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("clouddcn_subnet_id", &self.clouddcn_subnet_id);
        parts
    }
}

/// `ShowClouddcnSubnetsTags`: `GET /v3/{project_id}/clouddcn-subnets/{resource_id}/tags`.
pub static SHOW_CLOUDDCN_SUBNETS_TAGS: OperationInfo = OperationInfo {
    name: "ShowClouddcnSubnetsTags",
    method: "GET",
    path: "/v3/{project_id}/clouddcn-subnets/{resource_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "resource_id",
        name: "resource_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowClouddcnSubnetsTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("resource_id", &self.resource_id);
        parts
    }
}

/// `UpdateClouddcnSubnet`: `PUT /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
pub static UPDATE_CLOUDDCN_SUBNET: OperationInfo = OperationInfo {
    name: "UpdateClouddcnSubnet",
    method: "PUT",
    path: "/v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "clouddcn_subnet_id",
        name: "clouddcn_subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateClouddcnSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("clouddcn_subnet_id", &self.clouddcn_subnet_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateAddressGroup`: `POST /v3/{project_id}/vpc/address-groups`.
pub static CREATE_ADDRESS_GROUP: OperationInfo = OperationInfo {
    name: "CreateAddressGroup",
    method: "POST",
    path: "/v3/{project_id}/vpc/address-groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateAddressGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteAddressGroup`: `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}`.
pub static DELETE_ADDRESS_GROUP: OperationInfo = OperationInfo {
    name: "DeleteAddressGroup",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/address-groups/{address_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "address_group_id",
        name: "address_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteAddressGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("address_group_id", &self.address_group_id);
        parts
    }
}

/// `DeleteIpAddressGroupForce`: `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}/force`.
pub static DELETE_IP_ADDRESS_GROUP_FORCE: OperationInfo = OperationInfo {
    name: "DeleteIpAddressGroupForce",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/address-groups/{address_group_id}/force",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "address_group_id",
        name: "address_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteIpAddressGroupForceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("address_group_id", &self.address_group_id);
        parts
    }
}

/// `ListAddressGroup`: `GET /v3/{project_id}/vpc/address-groups`.
pub static LIST_ADDRESS_GROUP: OperationInfo = OperationInfo {
    name: "ListAddressGroup",
    method: "GET",
    path: "/v3/{project_id}/vpc/address-groups",
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
            field: "ip_version",
            name: "ip_version",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "description",
            name: "description",
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
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListAddressGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("ip_version", &self.ip_version);
        parts.param("description", &self.description);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts
    }
}

/// `ListAddressGroupsDependency`: `GET /v3/{project_id}/vpc/list-address-groups-dependency`.
pub static LIST_ADDRESS_GROUPS_DEPENDENCY: OperationInfo = OperationInfo {
    name: "ListAddressGroupsDependency",
    method: "GET",
    path: "/v3/{project_id}/vpc/list-address-groups-dependency",
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
            field: "enterprise_project_id",
            name: "enterprise_project_id",
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

impl IntoRequestParts for model::ListAddressGroupsDependencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts
    }
}

/// `ShowAddressGroup`: `GET /v3/{project_id}/vpc/address-groups/{address_group_id}`.
pub static SHOW_ADDRESS_GROUP: OperationInfo = OperationInfo {
    name: "ShowAddressGroup",
    method: "GET",
    path: "/v3/{project_id}/vpc/address-groups/{address_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "address_group_id",
        name: "address_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowAddressGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("address_group_id", &self.address_group_id);
        parts
    }
}

/// `UpdateAddressGroup`: `PUT /v3/{project_id}/vpc/address-groups/{address_group_id}`.
pub static UPDATE_ADDRESS_GROUP: OperationInfo = OperationInfo {
    name: "UpdateAddressGroup",
    method: "PUT",
    path: "/v3/{project_id}/vpc/address-groups/{address_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "address_group_id",
        name: "address_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateAddressGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("address_group_id", &self.address_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AddVpcExtendCidr`: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/add-extend-cidr`.
pub static ADD_VPC_EXTEND_CIDR: OperationInfo = OperationInfo {
    name: "AddVpcExtendCidr",
    method: "PUT",
    path: "/v3/{project_id}/vpc/vpcs/{vpc_id}/add-extend-cidr",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "vpc_id",
        name: "vpc_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddVpcExtendCidrRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateVpc`: `POST /v3/{project_id}/vpc/vpcs`.
pub static CREATE_VPC: OperationInfo = OperationInfo {
    name: "CreateVpc",
    method: "POST",
    path: "/v3/{project_id}/vpc/vpcs",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateVpcRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteVpc`: `DELETE /v3/{project_id}/vpc/vpcs/{vpc_id}`.
pub static DELETE_VPC: OperationInfo = OperationInfo {
    name: "DeleteVpc",
    method: "DELETE",
    path: "/v3/{project_id}/vpc/vpcs/{vpc_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "vpc_id",
        name: "vpc_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteVpcRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts
    }
}

/// `ListVpcs`: `GET /v3/{project_id}/vpc/vpcs`.
pub static LIST_VPCS: OperationInfo = OperationInfo {
    name: "ListVpcs",
    method: "GET",
    path: "/v3/{project_id}/vpc/vpcs",
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
            field: "id",
            name: "id",
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
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "description",
            name: "description",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "cidr",
            name: "cidr",
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

impl IntoRequestParts for model::ListVpcsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("name", &self.name);
        parts.param("description", &self.description);
        parts.param("cidr", &self.cidr);
        parts
    }
}

/// `RemoveVpcExtendCidr`: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/remove-extend-cidr`.
pub static REMOVE_VPC_EXTEND_CIDR: OperationInfo = OperationInfo {
    name: "RemoveVpcExtendCidr",
    method: "PUT",
    path: "/v3/{project_id}/vpc/vpcs/{vpc_id}/remove-extend-cidr",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "vpc_id",
        name: "vpc_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RemoveVpcExtendCidrRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowVpc`: `GET /v3/{project_id}/vpc/vpcs/{vpc_id}`.
pub static SHOW_VPC: OperationInfo = OperationInfo {
    name: "ShowVpc",
    method: "GET",
    path: "/v3/{project_id}/vpc/vpcs/{vpc_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "vpc_id",
        name: "vpc_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowVpcRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts
    }
}

/// `UpdateVpc`: `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}`.
pub static UPDATE_VPC: OperationInfo = OperationInfo {
    name: "UpdateVpc",
    method: "PUT",
    path: "/v3/{project_id}/vpc/vpcs/{vpc_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "vpc_id",
        name: "vpc_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateVpcRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts.json_body(&self.body);
        parts
    }
}
