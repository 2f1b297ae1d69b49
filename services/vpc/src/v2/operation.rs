//! Operation descriptors of the VPC v2 API, and the conversion of each request
//! type into the parameter values and body that the core renders from them.

use super::model;
use huaweicloud_sdk_core::operation::{
    BodyKind, CollectionFormat, IntoRequestParts, OperationInfo, ParamInfo, ParamLocation,
    RequestParts, ResponseKind,
};

/// `AcceptVpcPeering`: `PUT /v2.0/vpc/peerings/{peering_id}/accept`.
pub static ACCEPT_VPC_PEERING: OperationInfo = OperationInfo {
    name: "AcceptVpcPeering",
    method: "PUT",
    path: "/v2.0/vpc/peerings/{peering_id}/accept",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "peering_id",
        name: "peering_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AcceptVpcPeeringRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("peering_id", &self.peering_id);
        parts
    }
}

/// `AssociateRouteTable`: `POST /v1/{project_id}/routetables/{routetable_id}/action`.
pub static ASSOCIATE_ROUTE_TABLE: OperationInfo = OperationInfo {
    name: "AssociateRouteTable",
    method: "POST",
    path: "/v1/{project_id}/routetables/{routetable_id}/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "routetable_id",
        name: "routetable_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AssociateRouteTableRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("routetable_id", &self.routetable_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateSecurityGroupTags`: `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags/action`.
pub static BATCH_CREATE_SECURITY_GROUP_TAGS: OperationInfo = OperationInfo {
    name: "BatchCreateSecurityGroupTags",
    method: "POST",
    path: "/v2.0/{project_id}/security-groups/{security_group_id}/tags/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::BatchCreateSecurityGroupTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateSubnetTags`: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`.
pub static BATCH_CREATE_SUBNET_TAGS: OperationInfo = OperationInfo {
    name: "BatchCreateSubnetTags",
    method: "POST",
    path: "/v2.0/{project_id}/subnets/{subnet_id}/tags/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "subnet_id",
        name: "subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreateSubnetTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("subnet_id", &self.subnet_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteSecurityGroupTags`: `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags/action`.
pub static BATCH_DELETE_SECURITY_GROUP_TAGS: OperationInfo = OperationInfo {
    name: "BatchDeleteSecurityGroupTags",
    method: "POST",
    path: "/v2.0/{project_id}/security-groups/{security_group_id}/tags/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::BatchDeleteSecurityGroupTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteSubnetTags`: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`.
pub static BATCH_DELETE_SUBNET_TAGS: OperationInfo = OperationInfo {
    name: "BatchDeleteSubnetTags",
    method: "POST",
    path: "/v2.0/{project_id}/subnets/{subnet_id}/tags/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "subnet_id",
        name: "subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeleteSubnetTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("subnet_id", &self.subnet_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateFlowLog`: `POST /v1/{project_id}/fl/flow_logs`.
pub static CREATE_FLOW_LOG: OperationInfo = OperationInfo {
    name: "CreateFlowLog",
    method: "POST",
    path: "/v1/{project_id}/fl/flow_logs",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateFlowLogRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreatePort`: `POST /v1/{project_id}/ports`.
pub static CREATE_PORT: OperationInfo = OperationInfo {
    name: "CreatePort",
    method: "POST",
    path: "/v1/{project_id}/ports",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreatePortRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateRouteTable`: `POST /v1/{project_id}/routetables`.
pub static CREATE_ROUTE_TABLE: OperationInfo = OperationInfo {
    name: "CreateRouteTable",
    method: "POST",
    path: "/v1/{project_id}/routetables",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateRouteTableRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateSecurityGroup`: `POST /v1/{project_id}/security-groups`.
pub static CREATE_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "CreateSecurityGroup",
    method: "POST",
    path: "/v1/{project_id}/security-groups",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

/// `CreateSecurityGroupRule`: `POST /v1/{project_id}/security-group-rules`.
pub static CREATE_SECURITY_GROUP_RULE: OperationInfo = OperationInfo {
    name: "CreateSecurityGroupRule",
    method: "POST",
    path: "/v1/{project_id}/security-group-rules",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

/// `CreateSecurityGroupTag`: `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags`.
pub static CREATE_SECURITY_GROUP_TAG: OperationInfo = OperationInfo {
    name: "CreateSecurityGroupTag",
    method: "POST",
    path: "/v2.0/{project_id}/security-groups/{security_group_id}/tags",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::CreateSecurityGroupTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateSubnet`: `POST /v1/{project_id}/subnets`.
pub static CREATE_SUBNET: OperationInfo = OperationInfo {
    name: "CreateSubnet",
    method: "POST",
    path: "/v1/{project_id}/subnets",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateSubnetTag`: `POST /v2.0/{project_id}/subnets/{subnet_id}/tags`.
pub static CREATE_SUBNET_TAG: OperationInfo = OperationInfo {
    name: "CreateSubnetTag",
    method: "POST",
    path: "/v2.0/{project_id}/subnets/{subnet_id}/tags",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "subnet_id",
        name: "subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateSubnetTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("subnet_id", &self.subnet_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateVpcPeering`: `POST /v2.0/vpc/peerings`.
pub static CREATE_VPC_PEERING: OperationInfo = OperationInfo {
    name: "CreateVpcPeering",
    method: "POST",
    path: "/v2.0/vpc/peerings",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateVpcPeeringRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteFlowLog`: `DELETE /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
pub static DELETE_FLOW_LOG: OperationInfo = OperationInfo {
    name: "DeleteFlowLog",
    method: "DELETE",
    path: "/v1/{project_id}/fl/flow_logs/{flowlog_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "flowlog_id",
        name: "flowlog_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteFlowLogRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("flowlog_id", &self.flowlog_id);
        parts
    }
}

/// `DeletePort`: `DELETE /v1/{project_id}/ports/{port_id}`.
pub static DELETE_PORT: OperationInfo = OperationInfo {
    name: "DeletePort",
    method: "DELETE",
    path: "/v1/{project_id}/ports/{port_id}",
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

impl IntoRequestParts for model::DeletePortRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts
    }
}

/// `DeleteRouteTable`: `DELETE /v1/{project_id}/routetables/{routetable_id}`.
pub static DELETE_ROUTE_TABLE: OperationInfo = OperationInfo {
    name: "DeleteRouteTable",
    method: "DELETE",
    path: "/v1/{project_id}/routetables/{routetable_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "routetable_id",
        name: "routetable_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteRouteTableRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("routetable_id", &self.routetable_id);
        parts
    }
}

/// `DeleteSecurityGroup`: `DELETE /v1/{project_id}/security-groups/{security_group_id}`.
pub static DELETE_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "DeleteSecurityGroup",
    method: "DELETE",
    path: "/v1/{project_id}/security-groups/{security_group_id}",
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

/// `DeleteSecurityGroupRule`: `DELETE /v1/{project_id}/security-group-rules/{security_group_rule_id}`.
pub static DELETE_SECURITY_GROUP_RULE: OperationInfo = OperationInfo {
    name: "DeleteSecurityGroupRule",
    method: "DELETE",
    path: "/v1/{project_id}/security-group-rules/{security_group_rule_id}",
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

/// `DeleteSecurityGroupTag`: `DELETE /v2.0/{project_id}/security-groups/{security_group_id}/tags/{key}`.
pub static DELETE_SECURITY_GROUP_TAG: OperationInfo = OperationInfo {
    name: "DeleteSecurityGroupTag",
    method: "DELETE",
    path: "/v2.0/{project_id}/security-groups/{security_group_id}/tags/{key}",
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
            field: "security_group_id",
            name: "security_group_id",
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

impl IntoRequestParts for model::DeleteSecurityGroupTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("key", &self.key);
        parts.param("security_group_id", &self.security_group_id);
        parts
    }
}

/// `DeleteSubnet`: `DELETE /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`.
pub static DELETE_SUBNET: OperationInfo = OperationInfo {
    name: "DeleteSubnet",
    method: "DELETE",
    path: "/v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "vpc_id",
            name: "vpc_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "subnet_id",
            name: "subnet_id",
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

impl IntoRequestParts for model::DeleteSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts.param("subnet_id", &self.subnet_id);
        parts
    }
}

/// `DeleteSubnetTag`: `DELETE /v2.0/{project_id}/subnets/{subnet_id}/tags/{key}`.
pub static DELETE_SUBNET_TAG: OperationInfo = OperationInfo {
    name: "DeleteSubnetTag",
    method: "DELETE",
    path: "/v2.0/{project_id}/subnets/{subnet_id}/tags/{key}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "subnet_id",
            name: "subnet_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "key",
            name: "key",
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

impl IntoRequestParts for model::DeleteSubnetTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("subnet_id", &self.subnet_id);
        parts.param("key", &self.key);
        parts
    }
}

/// `DeleteVpcPeering`: `DELETE /v2.0/vpc/peerings/{peering_id}`.
pub static DELETE_VPC_PEERING: OperationInfo = OperationInfo {
    name: "DeleteVpcPeering",
    method: "DELETE",
    path: "/v2.0/vpc/peerings/{peering_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "peering_id",
        name: "peering_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteVpcPeeringRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("peering_id", &self.peering_id);
        parts
    }
}

/// `DisassociateRouteTable`: `POST /v1/{project_id}/routetables/{routetable_id}/action`.
pub static DISASSOCIATE_ROUTE_TABLE: OperationInfo = OperationInfo {
    name: "DisassociateRouteTable",
    method: "POST",
    path: "/v1/{project_id}/routetables/{routetable_id}/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "routetable_id",
        name: "routetable_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DisassociateRouteTableRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("routetable_id", &self.routetable_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListFlowLogs`: `GET /v1/{project_id}/fl/flow_logs`.
pub static LIST_FLOW_LOGS: OperationInfo = OperationInfo {
    name: "ListFlowLogs",
    method: "GET",
    path: "/v1/{project_id}/fl/flow_logs",
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
            field: "tenant_id",
            name: "tenant_id",
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
            field: "resource_type",
            name: "resource_type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "resource_id",
            name: "resource_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "traffic_type",
            name: "traffic_type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "log_group_id",
            name: "log_group_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "log_topic_id",
            name: "log_topic_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "log_store_type",
            name: "log_store_type",
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

impl IntoRequestParts for model::ListFlowLogsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("tenant_id", &self.tenant_id);
        parts.param("description", &self.description);
        parts.param("resource_type", &self.resource_type);
        parts.param("resource_id", &self.resource_id);
        parts.param("traffic_type", &self.traffic_type);
        parts.param("log_group_id", &self.log_group_id);
        parts.param("log_topic_id", &self.log_topic_id);
        parts.param("log_store_type", &self.log_store_type);
        parts.param("status", &self.status);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListPorts`: `GET /v1/{project_id}/ports`.
pub static LIST_PORTS: OperationInfo = OperationInfo {
    name: "ListPorts",
    method: "GET",
    path: "/v1/{project_id}/ports",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "name",
            name: "name",
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
            field: "limit",
            name: "limit",
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
            field: "network_id",
            name: "network_id",
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
            field: "device_id",
            name: "device_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "device_owner",
            name: "device_owner",
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
            field: "security_groups",
            name: "security_groups",
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
            field: "fixed_ips",
            name: "fixed_ips",
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
            field: "enable_efi",
            name: "enable_efi",
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
        parts.param("name", &self.name);
        parts.param("id", &self.id);
        parts.param("limit", &self.limit);
        parts.param("admin_state_up", &self.admin_state_up);
        parts.param("network_id", &self.network_id);
        parts.param("mac_address", &self.mac_address);
        parts.param("device_id", &self.device_id);
        parts.param("device_owner", &self.device_owner);
        parts.param("status", &self.status);
        parts.param("security_groups", &self.security_groups);
        parts.param("marker", &self.marker);
        parts.param("fixed_ips", &self.fixed_ips);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("enable_efi", &self.enable_efi);
        parts
    }
}

/// `ListRouteTables`: `GET /v1/{project_id}/routetables`.
pub static LIST_ROUTE_TABLES: OperationInfo = OperationInfo {
    name: "ListRouteTables",
    method: "GET",
    path: "/v1/{project_id}/routetables",
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
            field: "vpc_id",
            name: "vpc_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "subnet_id",
            name: "subnet_id",
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

impl IntoRequestParts for model::ListRouteTablesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("vpc_id", &self.vpc_id);
        parts.param("subnet_id", &self.subnet_id);
        parts
    }
}

/// `ListSecurityGroupRules`: `GET /v1/{project_id}/security-group-rules`.
pub static LIST_SECURITY_GROUP_RULES: OperationInfo = OperationInfo {
    name: "ListSecurityGroupRules",
    method: "GET",
    path: "/v1/{project_id}/security-group-rules",
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
            field: "limit",
            name: "limit",
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
            field: "remote_ip_prefix",
            name: "remote_ip_prefix",
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
        parts.param("marker", &self.marker);
        parts.param("limit", &self.limit);
        parts.param("security_group_id", &self.security_group_id);
        parts.param("remote_ip_prefix", &self.remote_ip_prefix);
        parts
    }
}

/// `ListSecurityGroupTags`: `GET /v2.0/{project_id}/security-groups/tags`.
pub static LIST_SECURITY_GROUP_TAGS: OperationInfo = OperationInfo {
    name: "ListSecurityGroupTags",
    method: "GET",
    path: "/v2.0/{project_id}/security-groups/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListSecurityGroupTagsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ListSecurityGroups`: `GET /v1/{project_id}/security-groups`.
pub static LIST_SECURITY_GROUPS: OperationInfo = OperationInfo {
    name: "ListSecurityGroups",
    method: "GET",
    path: "/v1/{project_id}/security-groups",
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
        parts.param("vpc_id", &self.vpc_id);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts
    }
}

/// `ListSecurityGroupsByTags`: `POST /v2.0/{project_id}/security-groups/resource_instances/action`.
pub static LIST_SECURITY_GROUPS_BY_TAGS: OperationInfo = OperationInfo {
    name: "ListSecurityGroupsByTags",
    method: "POST",
    path: "/v2.0/{project_id}/security-groups/resource_instances/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListSecurityGroupsByTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ListSubnetTags`: `GET /v2.0/{project_id}/subnets/tags`.
pub static LIST_SUBNET_TAGS: OperationInfo = OperationInfo {
    name: "ListSubnetTags",
    method: "GET",
    path: "/v2.0/{project_id}/subnets/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListSubnetTagsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ListSubnets`: `GET /v1/{project_id}/subnets`.
pub static LIST_SUBNETS: OperationInfo = OperationInfo {
    name: "ListSubnets",
    method: "GET",
    path: "/v1/{project_id}/subnets",
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

impl IntoRequestParts for model::ListSubnetsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("vpc_id", &self.vpc_id);
        parts
    }
}

/// `ListSubnetsByTags`: `POST /v2.0/{project_id}/subnets/resource_instances/action`.
pub static LIST_SUBNETS_BY_TAGS: OperationInfo = OperationInfo {
    name: "ListSubnetsByTags",
    method: "POST",
    path: "/v2.0/{project_id}/subnets/resource_instances/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListSubnetsByTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ListVpcPeerings`: `GET /v2.0/vpc/peerings`.
pub static LIST_VPC_PEERINGS: OperationInfo = OperationInfo {
    name: "ListVpcPeerings",
    method: "GET",
    path: "/v2.0/vpc/peerings",
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
            field: "tenant_id",
            name: "tenant_id",
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

impl IntoRequestParts for model::ListVpcPeeringsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("status", &self.status);
        parts.param("tenant_id", &self.tenant_id);
        parts.param("vpc_id", &self.vpc_id);
        parts
    }
}

/// `RejectVpcPeering`: `PUT /v2.0/vpc/peerings/{peering_id}/reject`.
pub static REJECT_VPC_PEERING: OperationInfo = OperationInfo {
    name: "RejectVpcPeering",
    method: "PUT",
    path: "/v2.0/vpc/peerings/{peering_id}/reject",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "peering_id",
        name: "peering_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RejectVpcPeeringRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("peering_id", &self.peering_id);
        parts
    }
}

/// `ShowFlowLog`: `GET /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
pub static SHOW_FLOW_LOG: OperationInfo = OperationInfo {
    name: "ShowFlowLog",
    method: "GET",
    path: "/v1/{project_id}/fl/flow_logs/{flowlog_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "flowlog_id",
        name: "flowlog_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowFlowLogRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("flowlog_id", &self.flowlog_id);
        parts
    }
}

/// `ShowPort`: `GET /v1/{project_id}/ports/{port_id}`.
pub static SHOW_PORT: OperationInfo = OperationInfo {
    name: "ShowPort",
    method: "GET",
    path: "/v1/{project_id}/ports/{port_id}",
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

/// `ShowQuota`: `GET /v1/{project_id}/quotas`.
pub static SHOW_QUOTA: OperationInfo = OperationInfo {
    name: "ShowQuota",
    method: "GET",
    path: "/v1/{project_id}/quotas",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "type",
        name: "type",
        location: ParamLocation::Query,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowQuotaRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("type", &self.r#type);
        parts
    }
}

/// `ShowRouteTable`: `GET /v1/{project_id}/routetables/{routetable_id}`.
pub static SHOW_ROUTE_TABLE: OperationInfo = OperationInfo {
    name: "ShowRouteTable",
    method: "GET",
    path: "/v1/{project_id}/routetables/{routetable_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "routetable_id",
        name: "routetable_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowRouteTableRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("routetable_id", &self.routetable_id);
        parts
    }
}

/// `ShowSecurityGroup`: `GET /v1/{project_id}/security-groups/{security_group_id}`.
pub static SHOW_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "ShowSecurityGroup",
    method: "GET",
    path: "/v1/{project_id}/security-groups/{security_group_id}",
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

/// `ShowSecurityGroupRule`: `GET /v1/{project_id}/security-group-rules/{security_group_rule_id}`.
pub static SHOW_SECURITY_GROUP_RULE: OperationInfo = OperationInfo {
    name: "ShowSecurityGroupRule",
    method: "GET",
    path: "/v1/{project_id}/security-group-rules/{security_group_rule_id}",
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

/// `ShowSecurityGroupTags`: `GET /v2.0/{project_id}/security-groups/{security_group_id}/tags`.
pub static SHOW_SECURITY_GROUP_TAGS: OperationInfo = OperationInfo {
    name: "ShowSecurityGroupTags",
    method: "GET",
    path: "/v2.0/{project_id}/security-groups/{security_group_id}/tags",
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

impl IntoRequestParts for model::ShowSecurityGroupTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts
    }
}

/// `ShowSubnet`: `GET /v1/{project_id}/subnets/{subnet_id}`.
pub static SHOW_SUBNET: OperationInfo = OperationInfo {
    name: "ShowSubnet",
    method: "GET",
    path: "/v1/{project_id}/subnets/{subnet_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "subnet_id",
        name: "subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("subnet_id", &self.subnet_id);
        parts
    }
}

/// `ShowSubnetTags`: `GET /v2.0/{project_id}/subnets/{subnet_id}/tags`.
pub static SHOW_SUBNET_TAGS: OperationInfo = OperationInfo {
    name: "ShowSubnetTags",
    method: "GET",
    path: "/v2.0/{project_id}/subnets/{subnet_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "subnet_id",
        name: "subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSubnetTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("subnet_id", &self.subnet_id);
        parts
    }
}

/// `ShowVpcPeering`: `GET /v2.0/vpc/peerings/{peering_id}`.
pub static SHOW_VPC_PEERING: OperationInfo = OperationInfo {
    name: "ShowVpcPeering",
    method: "GET",
    path: "/v2.0/vpc/peerings/{peering_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "peering_id",
        name: "peering_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowVpcPeeringRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("peering_id", &self.peering_id);
        parts
    }
}

/// `UpdateFlowLog`: `PUT /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
pub static UPDATE_FLOW_LOG: OperationInfo = OperationInfo {
    name: "UpdateFlowLog",
    method: "PUT",
    path: "/v1/{project_id}/fl/flow_logs/{flowlog_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "flowlog_id",
        name: "flowlog_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateFlowLogRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("flowlog_id", &self.flowlog_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdatePort`: `PUT /v1/{project_id}/ports/{port_id}`.
pub static UPDATE_PORT: OperationInfo = OperationInfo {
    name: "UpdatePort",
    method: "PUT",
    path: "/v1/{project_id}/ports/{port_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::UpdatePortRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateRouteTable`: `PUT /v1/{project_id}/routetables/{routetable_id}`.
pub static UPDATE_ROUTE_TABLE: OperationInfo = OperationInfo {
    name: "UpdateRouteTable",
    method: "PUT",
    path: "/v1/{project_id}/routetables/{routetable_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "routetable_id",
        name: "routetable_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateRouteTableRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("routetable_id", &self.routetable_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateSubnet`: `PUT /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`.
pub static UPDATE_SUBNET: OperationInfo = OperationInfo {
    name: "UpdateSubnet",
    method: "PUT",
    path: "/v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[
        ParamInfo {
            field: "vpc_id",
            name: "vpc_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "subnet_id",
            name: "subnet_id",
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

impl IntoRequestParts for model::UpdateSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts.param("subnet_id", &self.subnet_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateVpcPeering`: `PUT /v2.0/vpc/peerings/{peering_id}`.
pub static UPDATE_VPC_PEERING: OperationInfo = OperationInfo {
    name: "UpdateVpcPeering",
    method: "PUT",
    path: "/v2.0/vpc/peerings/{peering_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "peering_id",
        name: "peering_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateVpcPeeringRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("peering_id", &self.peering_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreatePrivateip`: `POST /v1/{project_id}/privateips`.
pub static CREATE_PRIVATEIP: OperationInfo = OperationInfo {
    name: "CreatePrivateip",
    method: "POST",
    path: "/v1/{project_id}/privateips",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreatePrivateipRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeletePrivateip`: `DELETE /v1/{project_id}/privateips/{privateip_id}`.
pub static DELETE_PRIVATEIP: OperationInfo = OperationInfo {
    name: "DeletePrivateip",
    method: "DELETE",
    path: "/v1/{project_id}/privateips/{privateip_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "privateip_id",
        name: "privateip_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeletePrivateipRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("privateip_id", &self.privateip_id);
        parts
    }
}

/// `ListPrivateips`: `GET /v1/{project_id}/subnets/{subnet_id}/privateips`.
pub static LIST_PRIVATEIPS: OperationInfo = OperationInfo {
    name: "ListPrivateips",
    method: "GET",
    path: "/v1/{project_id}/subnets/{subnet_id}/privateips",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "subnet_id",
            name: "subnet_id",
            location: ParamLocation::Path,
            required: true,
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

impl IntoRequestParts for model::ListPrivateipsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("subnet_id", &self.subnet_id);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ShowNetworkIpAvailabilities`: `GET /v2.0/network-ip-availabilities/{network_id}`.
pub static SHOW_NETWORK_IP_AVAILABILITIES: OperationInfo = OperationInfo {
    name: "ShowNetworkIpAvailabilities",
    method: "GET",
    path: "/v2.0/network-ip-availabilities/{network_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "network_id",
        name: "network_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowNetworkIpAvailabilitiesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("network_id", &self.network_id);
        parts
    }
}

/// `ShowPrivateip`: `GET /v1/{project_id}/privateips/{privateip_id}`.
pub static SHOW_PRIVATEIP: OperationInfo = OperationInfo {
    name: "ShowPrivateip",
    method: "GET",
    path: "/v1/{project_id}/privateips/{privateip_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "privateip_id",
        name: "privateip_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowPrivateipRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("privateip_id", &self.privateip_id);
        parts
    }
}

/// `NeutronAddRouterInterface`: `PUT /v2.0/routers/{router_id}/add_router_interface`.
pub static NEUTRON_ADD_ROUTER_INTERFACE: OperationInfo = OperationInfo {
    name: "NeutronAddRouterInterface",
    method: "PUT",
    path: "/v2.0/routers/{router_id}/add_router_interface",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "router_id",
        name: "router_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronAddRouterInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("router_id", &self.router_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronCreateNetwork`: `POST /v2.0/networks`.
pub static NEUTRON_CREATE_NETWORK: OperationInfo = OperationInfo {
    name: "NeutronCreateNetwork",
    method: "POST",
    path: "/v2.0/networks",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronCreateNetworkRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronCreatePort`: `POST /v2.0/ports`.
pub static NEUTRON_CREATE_PORT: OperationInfo = OperationInfo {
    name: "NeutronCreatePort",
    method: "POST",
    path: "/v2.0/ports",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronCreatePortRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronCreateRouter`: `POST /v2.0/routers`.
pub static NEUTRON_CREATE_ROUTER: OperationInfo = OperationInfo {
    name: "NeutronCreateRouter",
    method: "POST",
    path: "/v2.0/routers",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronCreateRouterRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronCreateSecurityGroup`: `POST /v2.0/security-groups`.
pub static NEUTRON_CREATE_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "NeutronCreateSecurityGroup",
    method: "POST",
    path: "/v2.0/security-groups",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronCreateSecurityGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronCreateSecurityGroupRule`: `POST /v2.0/security-group-rules`.
pub static NEUTRON_CREATE_SECURITY_GROUP_RULE: OperationInfo = OperationInfo {
    name: "NeutronCreateSecurityGroupRule",
    method: "POST",
    path: "/v2.0/security-group-rules",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronCreateSecurityGroupRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronCreateSubnet`: `POST /v2.0/subnets`.
pub static NEUTRON_CREATE_SUBNET: OperationInfo = OperationInfo {
    name: "NeutronCreateSubnet",
    method: "POST",
    path: "/v2.0/subnets",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronCreateSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronDeleteNetwork`: `DELETE /v2.0/networks/{network_id}`.
pub static NEUTRON_DELETE_NETWORK: OperationInfo = OperationInfo {
    name: "NeutronDeleteNetwork",
    method: "DELETE",
    path: "/v2.0/networks/{network_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "network_id",
        name: "network_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronDeleteNetworkRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("network_id", &self.network_id);
        parts
    }
}

/// `NeutronDeletePort`: `DELETE /v2.0/ports/{port_id}`.
pub static NEUTRON_DELETE_PORT: OperationInfo = OperationInfo {
    name: "NeutronDeletePort",
    method: "DELETE",
    path: "/v2.0/ports/{port_id}",
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

impl IntoRequestParts for model::NeutronDeletePortRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts
    }
}

/// `NeutronDeleteRouter`: `DELETE /v2.0/routers/{router_id}`.
pub static NEUTRON_DELETE_ROUTER: OperationInfo = OperationInfo {
    name: "NeutronDeleteRouter",
    method: "DELETE",
    path: "/v2.0/routers/{router_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "router_id",
        name: "router_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronDeleteRouterRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("router_id", &self.router_id);
        parts
    }
}

/// `NeutronDeleteSecurityGroup`: `DELETE /v2.0/security-groups/{security_group_id}`.
pub static NEUTRON_DELETE_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "NeutronDeleteSecurityGroup",
    method: "DELETE",
    path: "/v2.0/security-groups/{security_group_id}",
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

impl IntoRequestParts for model::NeutronDeleteSecurityGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts
    }
}

/// `NeutronDeleteSecurityGroupRule`: `DELETE /v2.0/security-group-rules/{security_group_rule_id}`.
pub static NEUTRON_DELETE_SECURITY_GROUP_RULE: OperationInfo = OperationInfo {
    name: "NeutronDeleteSecurityGroupRule",
    method: "DELETE",
    path: "/v2.0/security-group-rules/{security_group_rule_id}",
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

impl IntoRequestParts for model::NeutronDeleteSecurityGroupRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_rule_id", &self.security_group_rule_id);
        parts
    }
}

/// `NeutronDeleteSubnet`: `DELETE /v2.0/subnets/{subnet_id}`.
pub static NEUTRON_DELETE_SUBNET: OperationInfo = OperationInfo {
    name: "NeutronDeleteSubnet",
    method: "DELETE",
    path: "/v2.0/subnets/{subnet_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "subnet_id",
        name: "subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronDeleteSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("subnet_id", &self.subnet_id);
        parts
    }
}

/// `NeutronListNetworks`: `GET /v2.0/networks`.
pub static NEUTRON_LIST_NETWORKS: OperationInfo = OperationInfo {
    name: "NeutronListNetworks",
    method: "GET",
    path: "/v2.0/networks",
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
            field: "shared",
            name: "shared",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "routerexternal",
            name: "router:external",
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
            field: "providernetwork_type",
            name: "provider:network_type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tenant_id",
            name: "tenant_id",
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

impl IntoRequestParts for model::NeutronListNetworksRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("status", &self.status);
        parts.param("shared", &self.shared);
        parts.param("routerexternal", &self.routerexternal);
        parts.param("admin_state_up", &self.admin_state_up);
        parts.param("providernetwork_type", &self.providernetwork_type);
        parts.param("tenant_id", &self.tenant_id);
        parts
    }
}

/// `NeutronListPorts`: `GET /v2.0/ports`.
pub static NEUTRON_LIST_PORTS: OperationInfo = OperationInfo {
    name: "NeutronListPorts",
    method: "GET",
    path: "/v2.0/ports",
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
            field: "admin_state_up",
            name: "admin_state_up",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "network_id",
            name: "network_id",
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
            field: "device_id",
            name: "device_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "device_owner",
            name: "device_owner",
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
            field: "security_groups",
            name: "security_groups",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "fixed_ips",
            name: "fixed_ips",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tenant_id",
            name: "tenant_id",
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

impl IntoRequestParts for model::NeutronListPortsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("admin_state_up", &self.admin_state_up);
        parts.param("network_id", &self.network_id);
        parts.param("mac_address", &self.mac_address);
        parts.param("device_id", &self.device_id);
        parts.param("device_owner", &self.device_owner);
        parts.param("status", &self.status);
        parts.param("security_groups", &self.security_groups);
        parts.param("fixed_ips", &self.fixed_ips);
        parts.param("tenant_id", &self.tenant_id);
        parts
    }
}

/// `NeutronListRouters`: `GET /v2.0/routers`.
pub static NEUTRON_LIST_ROUTERS: OperationInfo = OperationInfo {
    name: "NeutronListRouters",
    method: "GET",
    path: "/v2.0/routers",
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
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tenant_id",
            name: "tenant_id",
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
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronListRoutersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("status", &self.status);
        parts.param("tenant_id", &self.tenant_id);
        parts.param("admin_state_up", &self.admin_state_up);
        parts
    }
}

/// `NeutronListSecurityGroupRules`: `GET /v2.0/security-group-rules`.
pub static NEUTRON_LIST_SECURITY_GROUP_RULES: OperationInfo = OperationInfo {
    name: "NeutronListSecurityGroupRules",
    method: "GET",
    path: "/v2.0/security-group-rules",
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
            field: "ethertype",
            name: "ethertype",
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
            field: "remote_ip_prefix",
            name: "remote_ip_prefix",
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
            field: "security_group_id",
            name: "security_group_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "port_range_max",
            name: "port_range_max",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "port_range_min",
            name: "port_range_min",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tenant_id",
            name: "tenant_id",
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

impl IntoRequestParts for model::NeutronListSecurityGroupRulesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("direction", &self.direction);
        parts.param("protocol", &self.protocol);
        parts.param("ethertype", &self.ethertype);
        parts.param("description", &self.description);
        parts.param("remote_ip_prefix", &self.remote_ip_prefix);
        parts.param("remote_group_id", &self.remote_group_id);
        parts.param("security_group_id", &self.security_group_id);
        parts.param("port_range_max", &self.port_range_max);
        parts.param("port_range_min", &self.port_range_min);
        parts.param("tenant_id", &self.tenant_id);
        parts
    }
}

/// `NeutronListSecurityGroups`: `GET /v2.0/security-groups`.
pub static NEUTRON_LIST_SECURITY_GROUPS: OperationInfo = OperationInfo {
    name: "NeutronListSecurityGroups",
    method: "GET",
    path: "/v2.0/security-groups",
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
            field: "tenant_id",
            name: "tenant_id",
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

impl IntoRequestParts for model::NeutronListSecurityGroupsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("description", &self.description);
        parts.param("tenant_id", &self.tenant_id);
        parts
    }
}

/// `NeutronListSubnets`: `GET /v2.0/subnets`.
pub static NEUTRON_LIST_SUBNETS: OperationInfo = OperationInfo {
    name: "NeutronListSubnets",
    method: "GET",
    path: "/v2.0/subnets",
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
            field: "cidr",
            name: "cidr",
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
            field: "enable_dhcp",
            name: "enable_dhcp",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "network_id",
            name: "network_id",
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
            field: "gateway_ip",
            name: "gateway_ip",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tenant_id",
            name: "tenant_id",
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

impl IntoRequestParts for model::NeutronListSubnetsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("cidr", &self.cidr);
        parts.param("name", &self.name);
        parts.param("enable_dhcp", &self.enable_dhcp);
        parts.param("network_id", &self.network_id);
        parts.param("ip_version", &self.ip_version);
        parts.param("gateway_ip", &self.gateway_ip);
        parts.param("tenant_id", &self.tenant_id);
        parts
    }
}

/// `NeutronRemoveRouterInterface`: `PUT /v2.0/routers/{router_id}/remove_router_interface`.
pub static NEUTRON_REMOVE_ROUTER_INTERFACE: OperationInfo = OperationInfo {
    name: "NeutronRemoveRouterInterface",
    method: "PUT",
    path: "/v2.0/routers/{router_id}/remove_router_interface",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "router_id",
        name: "router_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronRemoveRouterInterfaceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("router_id", &self.router_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronShowNetwork`: `GET /v2.0/networks/{network_id}`.
pub static NEUTRON_SHOW_NETWORK: OperationInfo = OperationInfo {
    name: "NeutronShowNetwork",
    method: "GET",
    path: "/v2.0/networks/{network_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "network_id",
        name: "network_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronShowNetworkRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("network_id", &self.network_id);
        parts
    }
}

/// `NeutronShowPort`: `GET /v2.0/ports/{port_id}`.
pub static NEUTRON_SHOW_PORT: OperationInfo = OperationInfo {
    name: "NeutronShowPort",
    method: "GET",
    path: "/v2.0/ports/{port_id}",
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

impl IntoRequestParts for model::NeutronShowPortRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts
    }
}

/// `NeutronShowRouter`: `GET /v2.0/routers/{router_id}`.
pub static NEUTRON_SHOW_ROUTER: OperationInfo = OperationInfo {
    name: "NeutronShowRouter",
    method: "GET",
    path: "/v2.0/routers/{router_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "router_id",
        name: "router_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronShowRouterRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("router_id", &self.router_id);
        parts
    }
}

/// `NeutronShowSecurityGroup`: `GET /v2.0/security-groups/{security_group_id}`.
pub static NEUTRON_SHOW_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "NeutronShowSecurityGroup",
    method: "GET",
    path: "/v2.0/security-groups/{security_group_id}",
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

impl IntoRequestParts for model::NeutronShowSecurityGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts
    }
}

/// `NeutronShowSecurityGroupRule`: `GET /v2.0/security-group-rules/{security_group_rule_id}`.
pub static NEUTRON_SHOW_SECURITY_GROUP_RULE: OperationInfo = OperationInfo {
    name: "NeutronShowSecurityGroupRule",
    method: "GET",
    path: "/v2.0/security-group-rules/{security_group_rule_id}",
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

impl IntoRequestParts for model::NeutronShowSecurityGroupRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_rule_id", &self.security_group_rule_id);
        parts
    }
}

/// `NeutronShowSubnet`: `GET /v2.0/subnets/{subnet_id}`.
pub static NEUTRON_SHOW_SUBNET: OperationInfo = OperationInfo {
    name: "NeutronShowSubnet",
    method: "GET",
    path: "/v2.0/subnets/{subnet_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "subnet_id",
        name: "subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronShowSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("subnet_id", &self.subnet_id);
        parts
    }
}

/// `NeutronUpdateNetwork`: `PUT /v2.0/networks/{network_id}`.
pub static NEUTRON_UPDATE_NETWORK: OperationInfo = OperationInfo {
    name: "NeutronUpdateNetwork",
    method: "PUT",
    path: "/v2.0/networks/{network_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "network_id",
        name: "network_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronUpdateNetworkRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("network_id", &self.network_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronUpdatePort`: `PUT /v2.0/ports/{port_id}`.
pub static NEUTRON_UPDATE_PORT: OperationInfo = OperationInfo {
    name: "NeutronUpdatePort",
    method: "PUT",
    path: "/v2.0/ports/{port_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::NeutronUpdatePortRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("port_id", &self.port_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronUpdateRouter`: `PUT /v2.0/routers/{router_id}`.
pub static NEUTRON_UPDATE_ROUTER: OperationInfo = OperationInfo {
    name: "NeutronUpdateRouter",
    method: "PUT",
    path: "/v2.0/routers/{router_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "router_id",
        name: "router_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronUpdateRouterRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("router_id", &self.router_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronUpdateSecurityGroup`: `PUT /v2.0/security-groups/{security_group_id}`.
pub static NEUTRON_UPDATE_SECURITY_GROUP: OperationInfo = OperationInfo {
    name: "NeutronUpdateSecurityGroup",
    method: "PUT",
    path: "/v2.0/security-groups/{security_group_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::NeutronUpdateSecurityGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("security_group_id", &self.security_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronUpdateSubnet`: `PUT /v2.0/subnets/{subnet_id}`.
pub static NEUTRON_UPDATE_SUBNET: OperationInfo = OperationInfo {
    name: "NeutronUpdateSubnet",
    method: "PUT",
    path: "/v2.0/subnets/{subnet_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "subnet_id",
        name: "subnet_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronUpdateSubnetRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("subnet_id", &self.subnet_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronAddFirewallRule`: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/insert_rule`.
pub static NEUTRON_ADD_FIREWALL_RULE: OperationInfo = OperationInfo {
    name: "NeutronAddFirewallRule",
    method: "PUT",
    path: "/v2.0/fwaas/firewall_policies/{firewall_policy_id}/insert_rule",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "firewall_policy_id",
        name: "firewall_policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronAddFirewallRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_policy_id", &self.firewall_policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronCreateFirewallGroup`: `POST /v2.0/fwaas/firewall_groups`.
pub static NEUTRON_CREATE_FIREWALL_GROUP: OperationInfo = OperationInfo {
    name: "NeutronCreateFirewallGroup",
    method: "POST",
    path: "/v2.0/fwaas/firewall_groups",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronCreateFirewallGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronCreateFirewallPolicy`: `POST /v2.0/fwaas/firewall_policies`.
pub static NEUTRON_CREATE_FIREWALL_POLICY: OperationInfo = OperationInfo {
    name: "NeutronCreateFirewallPolicy",
    method: "POST",
    path: "/v2.0/fwaas/firewall_policies",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronCreateFirewallPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronCreateFirewallRule`: `POST /v2.0/fwaas/firewall_rules`.
pub static NEUTRON_CREATE_FIREWALL_RULE: OperationInfo = OperationInfo {
    name: "NeutronCreateFirewallRule",
    method: "POST",
    path: "/v2.0/fwaas/firewall_rules",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronCreateFirewallRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronDeleteFirewallGroup`: `DELETE /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
pub static NEUTRON_DELETE_FIREWALL_GROUP: OperationInfo = OperationInfo {
    name: "NeutronDeleteFirewallGroup",
    method: "DELETE",
    path: "/v2.0/fwaas/firewall_groups/{firewall_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_group_id",
        name: "firewall_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronDeleteFirewallGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_group_id", &self.firewall_group_id);
        parts
    }
}

/// `NeutronDeleteFirewallPolicy`: `DELETE /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
pub static NEUTRON_DELETE_FIREWALL_POLICY: OperationInfo = OperationInfo {
    name: "NeutronDeleteFirewallPolicy",
    method: "DELETE",
    path: "/v2.0/fwaas/firewall_policies/{firewall_policy_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_policy_id",
        name: "firewall_policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronDeleteFirewallPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_policy_id", &self.firewall_policy_id);
        parts
    }
}

/// `NeutronDeleteFirewallRule`: `DELETE /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
pub static NEUTRON_DELETE_FIREWALL_RULE: OperationInfo = OperationInfo {
    name: "NeutronDeleteFirewallRule",
    method: "DELETE",
    path: "/v2.0/fwaas/firewall_rules/{firewall_rule_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_rule_id",
        name: "firewall_rule_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronDeleteFirewallRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_rule_id", &self.firewall_rule_id);
        parts
    }
}

/// `NeutronListFirewallGroups`: `GET /v2.0/fwaas/firewall_groups`.
pub static NEUTRON_LIST_FIREWALL_GROUPS: OperationInfo = OperationInfo {
    name: "NeutronListFirewallGroups",
    method: "GET",
    path: "/v2.0/fwaas/firewall_groups",
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
            field: "limit",
            name: "limit",
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
            field: "ingress_firewall_policy_id",
            name: "ingress_firewall_policy_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "egress_firewall_policy_id",
            name: "egress_firewall_policy_id",
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

impl IntoRequestParts for model::NeutronListFirewallGroupsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("marker", &self.marker);
        parts.param("limit", &self.limit);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("description", &self.description);
        parts.param(
            "ingress_firewall_policy_id",
            &self.ingress_firewall_policy_id,
        );
        parts.param("egress_firewall_policy_id", &self.egress_firewall_policy_id);
        parts
    }
}

/// `NeutronListFirewallPolicies`: `GET /v2.0/fwaas/firewall_policies`.
pub static NEUTRON_LIST_FIREWALL_POLICIES: OperationInfo = OperationInfo {
    name: "NeutronListFirewallPolicies",
    method: "GET",
    path: "/v2.0/fwaas/firewall_policies",
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
            field: "tenant_id",
            name: "tenant_id",
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

impl IntoRequestParts for model::NeutronListFirewallPoliciesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("description", &self.description);
        parts.param("tenant_id", &self.tenant_id);
        parts
    }
}

/// `NeutronListFirewallRules`: `GET /v2.0/fwaas/firewall_rules`.
pub static NEUTRON_LIST_FIREWALL_RULES: OperationInfo = OperationInfo {
    name: "NeutronListFirewallRules",
    method: "GET",
    path: "/v2.0/fwaas/firewall_rules",
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
            field: "limit",
            name: "limit",
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
            field: "action",
            name: "action",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tenant_id",
            name: "tenant_id",
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

impl IntoRequestParts for model::NeutronListFirewallRulesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("marker", &self.marker);
        parts.param("limit", &self.limit);
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("description", &self.description);
        parts.param("action", &self.action);
        parts.param("tenant_id", &self.tenant_id);
        parts
    }
}

/// `NeutronRemoveFirewallRule`: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/remove_rule`.
pub static NEUTRON_REMOVE_FIREWALL_RULE: OperationInfo = OperationInfo {
    name: "NeutronRemoveFirewallRule",
    method: "PUT",
    path: "/v2.0/fwaas/firewall_policies/{firewall_policy_id}/remove_rule",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "firewall_policy_id",
        name: "firewall_policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronRemoveFirewallRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_policy_id", &self.firewall_policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronShowFirewallGroup`: `GET /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
pub static NEUTRON_SHOW_FIREWALL_GROUP: OperationInfo = OperationInfo {
    name: "NeutronShowFirewallGroup",
    method: "GET",
    path: "/v2.0/fwaas/firewall_groups/{firewall_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_group_id",
        name: "firewall_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronShowFirewallGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_group_id", &self.firewall_group_id);
        parts
    }
}

/// `NeutronShowFirewallPolicy`: `GET /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
pub static NEUTRON_SHOW_FIREWALL_POLICY: OperationInfo = OperationInfo {
    name: "NeutronShowFirewallPolicy",
    method: "GET",
    path: "/v2.0/fwaas/firewall_policies/{firewall_policy_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_policy_id",
        name: "firewall_policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronShowFirewallPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_policy_id", &self.firewall_policy_id);
        parts
    }
}

/// `NeutronShowFirewallRule`: `GET /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
pub static NEUTRON_SHOW_FIREWALL_RULE: OperationInfo = OperationInfo {
    name: "NeutronShowFirewallRule",
    method: "GET",
    path: "/v2.0/fwaas/firewall_rules/{firewall_rule_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "firewall_rule_id",
        name: "firewall_rule_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronShowFirewallRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_rule_id", &self.firewall_rule_id);
        parts
    }
}

/// `NeutronUpdateFirewallGroup`: `PUT /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
pub static NEUTRON_UPDATE_FIREWALL_GROUP: OperationInfo = OperationInfo {
    name: "NeutronUpdateFirewallGroup",
    method: "PUT",
    path: "/v2.0/fwaas/firewall_groups/{firewall_group_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "firewall_group_id",
        name: "firewall_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronUpdateFirewallGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_group_id", &self.firewall_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronUpdateFirewallPolicy`: `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
pub static NEUTRON_UPDATE_FIREWALL_POLICY: OperationInfo = OperationInfo {
    name: "NeutronUpdateFirewallPolicy",
    method: "PUT",
    path: "/v2.0/fwaas/firewall_policies/{firewall_policy_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "firewall_policy_id",
        name: "firewall_policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronUpdateFirewallPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_policy_id", &self.firewall_policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `NeutronUpdateFirewallRule`: `PUT /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
pub static NEUTRON_UPDATE_FIREWALL_RULE: OperationInfo = OperationInfo {
    name: "NeutronUpdateFirewallRule",
    method: "PUT",
    path: "/v2.0/fwaas/firewall_rules/{firewall_rule_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "firewall_rule_id",
        name: "firewall_rule_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::NeutronUpdateFirewallRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("firewall_rule_id", &self.firewall_rule_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListApiVersion`: `GET /`.
pub static LIST_API_VERSION: OperationInfo = OperationInfo {
    name: "ListApiVersion",
    method: "GET",
    path: "/",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListApiVersionRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `BatchCreateVpcTags`: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`.
pub static BATCH_CREATE_VPC_TAGS: OperationInfo = OperationInfo {
    name: "BatchCreateVpcTags",
    method: "POST",
    path: "/v2.0/{project_id}/vpcs/{vpc_id}/tags/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::BatchCreateVpcTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteVpcTags`: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`.
pub static BATCH_DELETE_VPC_TAGS: OperationInfo = OperationInfo {
    name: "BatchDeleteVpcTags",
    method: "POST",
    path: "/v2.0/{project_id}/vpcs/{vpc_id}/tags/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::BatchDeleteVpcTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateVpc`: `POST /v1/{project_id}/vpcs`.
pub static CREATE_VPC: OperationInfo = OperationInfo {
    name: "CreateVpc",
    method: "POST",
    path: "/v1/{project_id}/vpcs",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

/// `CreateVpcResourceTag`: `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags`.
pub static CREATE_VPC_RESOURCE_TAG: OperationInfo = OperationInfo {
    name: "CreateVpcResourceTag",
    method: "POST",
    path: "/v2.0/{project_id}/vpcs/{vpc_id}/tags",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::CreateVpcResourceTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateVpcRoute`: `POST /v2.0/vpc/routes`.
pub static CREATE_VPC_ROUTE: OperationInfo = OperationInfo {
    name: "CreateVpcRoute",
    method: "POST",
    path: "/v2.0/vpc/routes",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateVpcRouteRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteVpc`: `DELETE /v1/{project_id}/vpcs/{vpc_id}`.
pub static DELETE_VPC: OperationInfo = OperationInfo {
    name: "DeleteVpc",
    method: "DELETE",
    path: "/v1/{project_id}/vpcs/{vpc_id}",
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

/// `DeleteVpcRoute`: `DELETE /v2.0/vpc/routes/{route_id}`.
pub static DELETE_VPC_ROUTE: OperationInfo = OperationInfo {
    name: "DeleteVpcRoute",
    method: "DELETE",
    path: "/v2.0/vpc/routes/{route_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "route_id",
        name: "route_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteVpcRouteRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("route_id", &self.route_id);
        parts
    }
}

/// `DeleteVpcTag`: `DELETE /v2.0/{project_id}/vpcs/{vpc_id}/tags/{key}`.
pub static DELETE_VPC_TAG: OperationInfo = OperationInfo {
    name: "DeleteVpcTag",
    method: "DELETE",
    path: "/v2.0/{project_id}/vpcs/{vpc_id}/tags/{key}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "vpc_id",
            name: "vpc_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "key",
            name: "key",
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

impl IntoRequestParts for model::DeleteVpcTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts.param("key", &self.key);
        parts
    }
}

/// `ListVpcRoutes`: `GET /v2.0/vpc/routes`.
pub static LIST_VPC_ROUTES: OperationInfo = OperationInfo {
    name: "ListVpcRoutes",
    method: "GET",
    path: "/v2.0/vpc/routes",
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
            field: "type",
            name: "type",
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
            field: "destination",
            name: "destination",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tenant_id",
            name: "tenant_id",
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

impl IntoRequestParts for model::ListVpcRoutesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("id", &self.id);
        parts.param("type", &self.r#type);
        parts.param("vpc_id", &self.vpc_id);
        parts.param("destination", &self.destination);
        parts.param("tenant_id", &self.tenant_id);
        parts
    }
}

/// `ListVpcTags`: `GET /v2.0/{project_id}/vpcs/tags`.
pub static LIST_VPC_TAGS: OperationInfo = OperationInfo {
    name: "ListVpcTags",
    method: "GET",
    path: "/v2.0/{project_id}/vpcs/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListVpcTagsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ListVpcs`: `GET /v1/{project_id}/vpcs`.
pub static LIST_VPCS: OperationInfo = OperationInfo {
    name: "ListVpcs",
    method: "GET",
    path: "/v1/{project_id}/vpcs",
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
        parts
    }
}

/// `ListVpcsByTags`: `POST /v2.0/{project_id}/vpcs/resource_instances/action`.
pub static LIST_VPCS_BY_TAGS: OperationInfo = OperationInfo {
    name: "ListVpcsByTags",
    method: "POST",
    path: "/v2.0/{project_id}/vpcs/resource_instances/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListVpcsByTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowVpc`: `GET /v1/{project_id}/vpcs/{vpc_id}`.
pub static SHOW_VPC: OperationInfo = OperationInfo {
    name: "ShowVpc",
    method: "GET",
    path: "/v1/{project_id}/vpcs/{vpc_id}",
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

/// `ShowVpcRoute`: `GET /v2.0/vpc/routes/{route_id}`.
pub static SHOW_VPC_ROUTE: OperationInfo = OperationInfo {
    name: "ShowVpcRoute",
    method: "GET",
    path: "/v2.0/vpc/routes/{route_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "route_id",
        name: "route_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowVpcRouteRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("route_id", &self.route_id);
        parts
    }
}

/// `ShowVpcTags`: `GET /v2.0/{project_id}/vpcs/{vpc_id}/tags`.
pub static SHOW_VPC_TAGS: OperationInfo = OperationInfo {
    name: "ShowVpcTags",
    method: "GET",
    path: "/v2.0/{project_id}/vpcs/{vpc_id}/tags",
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

impl IntoRequestParts for model::ShowVpcTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("vpc_id", &self.vpc_id);
        parts
    }
}

/// `UpdateVpc`: `PUT /v1/{project_id}/vpcs/{vpc_id}`.
pub static UPDATE_VPC: OperationInfo = OperationInfo {
    name: "UpdateVpc",
    method: "PUT",
    path: "/v1/{project_id}/vpcs/{vpc_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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
