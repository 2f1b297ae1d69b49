//! Operation descriptors of the IAM v5 API, and the conversion of each request
//! type into the parameter values and body that the core renders from them.

use super::model;
use huaweicloud_sdk_core::operation::{
    BodyKind, CollectionFormat, IntoRequestParts, OperationInfo, ParamInfo, ParamLocation,
    RequestParts, ResponseKind,
};

/// `GetAccountSummaryV5`: `GET /v5/account-summary`.
pub static GET_ACCOUNT_SUMMARY_V5: OperationInfo = OperationInfo {
    name: "GetAccountSummaryV5",
    method: "GET",
    path: "/v5/account-summary",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::GetAccountSummaryV5Request {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `GetAsymmetricSignatureSwitchV5`: `GET /v5/asymmetric-signature-switch`.
pub static GET_ASYMMETRIC_SIGNATURE_SWITCH_V5: OperationInfo = OperationInfo {
    name: "GetAsymmetricSignatureSwitchV5",
    method: "GET",
    path: "/v5/asymmetric-signature-switch",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::GetAsymmetricSignatureSwitchV5Request {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `GetFeatureStatusV5`: `GET /v5/features/{feature_name}`.
pub static GET_FEATURE_STATUS_V5: OperationInfo = OperationInfo {
    name: "GetFeatureStatusV5",
    method: "GET",
    path: "/v5/features/{feature_name}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "feature_name",
        name: "feature_name",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::GetFeatureStatusV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("feature_name", &self.feature_name);
        parts
    }
}

/// `SetAsymmetricSignatureSwitchV5`: `PUT /v5/asymmetric-signature-switch`.
pub static SET_ASYMMETRIC_SIGNATURE_SWITCH_V5: OperationInfo = OperationInfo {
    name: "SetAsymmetricSignatureSwitchV5",
    method: "PUT",
    path: "/v5/asymmetric-signature-switch",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::SetAsymmetricSignatureSwitchV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateAgencyV5`: `POST /v5/agencies`.
pub static CREATE_AGENCY_V5: OperationInfo = OperationInfo {
    name: "CreateAgencyV5",
    method: "POST",
    path: "/v5/agencies",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateAgencyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateServiceLinkedAgencyV5`: `PUT /v5/service-linked-agencies`.
pub static CREATE_SERVICE_LINKED_AGENCY_V5: OperationInfo = OperationInfo {
    name: "CreateServiceLinkedAgencyV5",
    method: "PUT",
    path: "/v5/service-linked-agencies",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateServiceLinkedAgencyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteAgencyV5`: `DELETE /v5/agencies/{agency_id}`.
pub static DELETE_AGENCY_V5: OperationInfo = OperationInfo {
    name: "DeleteAgencyV5",
    method: "DELETE",
    path: "/v5/agencies/{agency_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "agency_id",
        name: "agency_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteAgencyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts
    }
}

/// `DeleteServiceLinkedAgencyV5`: `DELETE /v5/service-linked-agencies/{agency_id}`.
pub static DELETE_SERVICE_LINKED_AGENCY_V5: OperationInfo = OperationInfo {
    name: "DeleteServiceLinkedAgencyV5",
    method: "DELETE",
    path: "/v5/service-linked-agencies/{agency_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "agency_id",
        name: "agency_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteServiceLinkedAgencyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts
    }
}

/// `GetAgencyV5`: `GET /v5/agencies/{agency_id}`.
pub static GET_AGENCY_V5: OperationInfo = OperationInfo {
    name: "GetAgencyV5",
    method: "GET",
    path: "/v5/agencies/{agency_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "agency_id",
        name: "agency_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::GetAgencyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts
    }
}

/// `GetServiceLinkedAgencyDeletionStatusV5`: `GET /v5/service-linked-agencies/deletion-task/{deletion_task_id}`.
pub static GET_SERVICE_LINKED_AGENCY_DELETION_STATUS_V5: OperationInfo = OperationInfo {
    name: "GetServiceLinkedAgencyDeletionStatusV5",
    method: "GET",
    path: "/v5/service-linked-agencies/deletion-task/{deletion_task_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "deletion_task_id",
        name: "deletion_task_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::GetServiceLinkedAgencyDeletionStatusV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("deletion_task_id", &self.deletion_task_id);
        parts
    }
}

/// `ListAgenciesV5`: `GET /v5/agencies`.
pub static LIST_AGENCIES_V5: OperationInfo = OperationInfo {
    name: "ListAgenciesV5",
    method: "GET",
    path: "/v5/agencies",
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
            field: "path_prefix",
            name: "path_prefix",
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

impl IntoRequestParts for model::ListAgenciesV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("path_prefix", &self.path_prefix);
        parts
    }
}

/// `UpdateAgencyV5`: `PUT /v5/agencies/{agency_id}`.
pub static UPDATE_AGENCY_V5: OperationInfo = OperationInfo {
    name: "UpdateAgencyV5",
    method: "PUT",
    path: "/v5/agencies/{agency_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "agency_id",
        name: "agency_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateAgencyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateTrustPolicyV5`: `PUT /v5/agencies/{agency_id}/trust-policy`.
pub static UPDATE_TRUST_POLICY_V5: OperationInfo = OperationInfo {
    name: "UpdateTrustPolicyV5",
    method: "PUT",
    path: "/v5/agencies/{agency_id}/trust-policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "agency_id",
        name: "agency_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateTrustPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `GetAuthorizationSchemaV5`: `GET /v5/authorization-schemas/services/{service_code}`.
pub static GET_AUTHORIZATION_SCHEMA_V5: OperationInfo = OperationInfo {
    name: "GetAuthorizationSchemaV5",
    method: "GET",
    path: "/v5/authorization-schemas/services/{service_code}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "service_code",
        name: "service_code",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::GetAuthorizationSchemaV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("service_code", &self.service_code);
        parts
    }
}

/// `ListRegisteredServicesForAuthSchemaV5`: `GET /v5/authorization-schemas/registered-services`.
pub static LIST_REGISTERED_SERVICES_FOR_AUTH_SCHEMA_V5: OperationInfo = OperationInfo {
    name: "ListRegisteredServicesForAuthSchemaV5",
    method: "GET",
    path: "/v5/authorization-schemas/registered-services",
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

impl IntoRequestParts for model::ListRegisteredServicesForAuthSchemaV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListServicePrincipalsV5`: `GET /v5/service-principals`.
pub static LIST_SERVICE_PRINCIPALS_V5: OperationInfo = OperationInfo {
    name: "ListServicePrincipalsV5",
    method: "GET",
    path: "/v5/service-principals",
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
            field: "x_language",
            name: "X-Language",
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

impl IntoRequestParts for model::ListServicePrincipalsV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("x_language", &self.x_language);
        parts
    }
}

/// `AddUserToGroupV5`: `POST /v5/groups/{group_id}/add-user`.
pub static ADD_USER_TO_GROUP_V5: OperationInfo = OperationInfo {
    name: "AddUserToGroupV5",
    method: "POST",
    path: "/v5/groups/{group_id}/add-user",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "group_id",
        name: "group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddUserToGroupV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateGroupV5`: `POST /v5/groups`.
pub static CREATE_GROUP_V5: OperationInfo = OperationInfo {
    name: "CreateGroupV5",
    method: "POST",
    path: "/v5/groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateGroupV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteGroupV5`: `DELETE /v5/groups/{group_id}`.
pub static DELETE_GROUP_V5: OperationInfo = OperationInfo {
    name: "DeleteGroupV5",
    method: "DELETE",
    path: "/v5/groups/{group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "group_id",
        name: "group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteGroupV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `ListGroupsV5`: `GET /v5/groups`.
pub static LIST_GROUPS_V5: OperationInfo = OperationInfo {
    name: "ListGroupsV5",
    method: "GET",
    path: "/v5/groups",
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
            field: "user_id",
            name: "user_id",
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

impl IntoRequestParts for model::ListGroupsV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `RemoveUserFromGroupV5`: `POST /v5/groups/{group_id}/remove-user`.
pub static REMOVE_USER_FROM_GROUP_V5: OperationInfo = OperationInfo {
    name: "RemoveUserFromGroupV5",
    method: "POST",
    path: "/v5/groups/{group_id}/remove-user",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "group_id",
        name: "group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RemoveUserFromGroupV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowGroupSummary`: `GET /v5/groups-summary`.
pub static SHOW_GROUP_SUMMARY: OperationInfo = OperationInfo {
    name: "ShowGroupSummary",
    method: "GET",
    path: "/v5/groups-summary",
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
            field: "user_id",
            name: "user_id",
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

impl IntoRequestParts for model::ShowGroupSummaryRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `ShowGroupV5`: `GET /v5/groups/{group_id}`.
pub static SHOW_GROUP_V5: OperationInfo = OperationInfo {
    name: "ShowGroupV5",
    method: "GET",
    path: "/v5/groups/{group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "group_id",
        name: "group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowGroupV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `UpdateGroupV5`: `PUT /v5/groups/{group_id}`.
pub static UPDATE_GROUP_V5: OperationInfo = OperationInfo {
    name: "UpdateGroupV5",
    method: "PUT",
    path: "/v5/groups/{group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "group_id",
        name: "group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateGroupV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateVirtualMfaDeviceV5`: `POST /v5/virtual-mfa-devices`.
pub static CREATE_VIRTUAL_MFA_DEVICE_V5: OperationInfo = OperationInfo {
    name: "CreateVirtualMfaDeviceV5",
    method: "POST",
    path: "/v5/virtual-mfa-devices",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateVirtualMfaDeviceV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteVirtualMfaDeviceV5`: `DELETE /v5/virtual-mfa-devices`.
pub static DELETE_VIRTUAL_MFA_DEVICE_V5: OperationInfo = OperationInfo {
    name: "DeleteVirtualMfaDeviceV5",
    method: "DELETE",
    path: "/v5/virtual-mfa-devices",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "user_id",
            name: "user_id",
            location: ParamLocation::Query,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "serial_number",
            name: "serial_number",
            location: ParamLocation::Query,
            required: true,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteVirtualMfaDeviceV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.param("serial_number", &self.serial_number);
        parts
    }
}

/// `DisableMfaDeviceV5`: `POST /v5/mfa-devices/disable`.
pub static DISABLE_MFA_DEVICE_V5: OperationInfo = OperationInfo {
    name: "DisableMfaDeviceV5",
    method: "POST",
    path: "/v5/mfa-devices/disable",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DisableMfaDeviceV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `EnableMfaDeviceV5`: `POST /v5/mfa-devices/enable`.
pub static ENABLE_MFA_DEVICE_V5: OperationInfo = OperationInfo {
    name: "EnableMfaDeviceV5",
    method: "POST",
    path: "/v5/mfa-devices/enable",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::EnableMfaDeviceV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ListMfaDevicesV5`: `GET /v5/mfa-devices`.
pub static LIST_MFA_DEVICES_V5: OperationInfo = OperationInfo {
    name: "ListMfaDevicesV5",
    method: "GET",
    path: "/v5/mfa-devices",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "user_id",
            name: "user_id",
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

impl IntoRequestParts for model::ListMfaDevicesV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `AddClientIDToOIDCProviderV5`: `POST /v5/oidc-providers/{provider_id}/add-client-id`.
pub static ADD_CLIENT_ID_TO_OIDC_PROVIDER_V5: OperationInfo = OperationInfo {
    name: "AddClientIDToOIDCProviderV5",
    method: "POST",
    path: "/v5/oidc-providers/{provider_id}/add-client-id",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "provider_id",
        name: "provider_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddClientIDToOIDCProviderV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("provider_id", &self.provider_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateOIDCProviderV5`: `POST /v5/oidc-providers`.
pub static CREATE_OIDC_PROVIDER_V5: OperationInfo = OperationInfo {
    name: "CreateOIDCProviderV5",
    method: "POST",
    path: "/v5/oidc-providers",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateOIDCProviderV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteOIDCProviderV5`: `DELETE /v5/oidc-providers/{provider_id}`.
pub static DELETE_OIDC_PROVIDER_V5: OperationInfo = OperationInfo {
    name: "DeleteOIDCProviderV5",
    method: "DELETE",
    path: "/v5/oidc-providers/{provider_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "provider_id",
        name: "provider_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteOIDCProviderV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("provider_id", &self.provider_id);
        parts
    }
}

/// `ListOIDCProvidersV5`: `GET /v5/oidc-providers`.
pub static LIST_OIDC_PROVIDERS_V5: OperationInfo = OperationInfo {
    name: "ListOIDCProvidersV5",
    method: "GET",
    path: "/v5/oidc-providers",
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

impl IntoRequestParts for model::ListOIDCProvidersV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `RemoveClientIDFromOIDCProviderV5`: `POST /v5/oidc-providers/{provider_id}/remove-client-id`.
pub static REMOVE_CLIENT_ID_FROM_OIDC_PROVIDER_V5: OperationInfo = OperationInfo {
    name: "RemoveClientIDFromOIDCProviderV5",
    method: "POST",
    path: "/v5/oidc-providers/{provider_id}/remove-client-id",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "provider_id",
        name: "provider_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RemoveClientIDFromOIDCProviderV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("provider_id", &self.provider_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowOIDCProviderV5`: `GET /v5/oidc-providers/{provider_id}`.
pub static SHOW_OIDC_PROVIDER_V5: OperationInfo = OperationInfo {
    name: "ShowOIDCProviderV5",
    method: "GET",
    path: "/v5/oidc-providers/{provider_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "provider_id",
        name: "provider_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowOIDCProviderV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("provider_id", &self.provider_id);
        parts
    }
}

/// `UpdateOIDCProviderThumbprintV5`: `PUT /v5/oidc-providers/{provider_id}/thumbprint`.
pub static UPDATE_OIDC_PROVIDER_THUMBPRINT_V5: OperationInfo = OperationInfo {
    name: "UpdateOIDCProviderThumbprintV5",
    method: "PUT",
    path: "/v5/oidc-providers/{provider_id}/thumbprint",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "provider_id",
        name: "provider_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateOIDCProviderThumbprintV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("provider_id", &self.provider_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateOIDCProviderV5`: `PUT /v5/oidc-providers/{provider_id}`.
pub static UPDATE_OIDC_PROVIDER_V5: OperationInfo = OperationInfo {
    name: "UpdateOIDCProviderV5",
    method: "PUT",
    path: "/v5/oidc-providers/{provider_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "provider_id",
        name: "provider_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateOIDCProviderV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("provider_id", &self.provider_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreatePolicyV5`: `POST /v5/policies`.
pub static CREATE_POLICY_V5: OperationInfo = OperationInfo {
    name: "CreatePolicyV5",
    method: "POST",
    path: "/v5/policies",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreatePolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreatePolicyVersionV5`: `POST /v5/policies/{policy_id}/versions`.
pub static CREATE_POLICY_VERSION_V5: OperationInfo = OperationInfo {
    name: "CreatePolicyVersionV5",
    method: "POST",
    path: "/v5/policies/{policy_id}/versions",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "policy_id",
        name: "policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreatePolicyVersionV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `DeletePolicyV5`: `DELETE /v5/policies/{policy_id}`.
pub static DELETE_POLICY_V5: OperationInfo = OperationInfo {
    name: "DeletePolicyV5",
    method: "DELETE",
    path: "/v5/policies/{policy_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "policy_id",
        name: "policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeletePolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts
    }
}

/// `DeletePolicyVersionV5`: `DELETE /v5/policies/{policy_id}/versions/{version_id}`.
pub static DELETE_POLICY_VERSION_V5: OperationInfo = OperationInfo {
    name: "DeletePolicyVersionV5",
    method: "DELETE",
    path: "/v5/policies/{policy_id}/versions/{version_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "policy_id",
            name: "policy_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "version_id",
            name: "version_id",
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

impl IntoRequestParts for model::DeletePolicyVersionV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.param("version_id", &self.version_id);
        parts
    }
}

/// `GetPolicyV5`: `GET /v5/policies/{policy_id}`.
pub static GET_POLICY_V5: OperationInfo = OperationInfo {
    name: "GetPolicyV5",
    method: "GET",
    path: "/v5/policies/{policy_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "policy_id",
            name: "policy_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "x_language",
            name: "X-Language",
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

impl IntoRequestParts for model::GetPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.param("x_language", &self.x_language);
        parts
    }
}

/// `GetPolicyVersionV5`: `GET /v5/policies/{policy_id}/versions/{version_id}`.
pub static GET_POLICY_VERSION_V5: OperationInfo = OperationInfo {
    name: "GetPolicyVersionV5",
    method: "GET",
    path: "/v5/policies/{policy_id}/versions/{version_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "policy_id",
            name: "policy_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "version_id",
            name: "version_id",
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

impl IntoRequestParts for model::GetPolicyVersionV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.param("version_id", &self.version_id);
        parts
    }
}

/// `ListPoliciesV5`: `GET /v5/policies`.
pub static LIST_POLICIES_V5: OperationInfo = OperationInfo {
    name: "ListPoliciesV5",
    method: "GET",
    path: "/v5/policies",
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
            field: "policy_type",
            name: "policy_type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "path_prefix",
            name: "path_prefix",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "only_attached",
            name: "only_attached",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "x_language",
            name: "X-Language",
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

impl IntoRequestParts for model::ListPoliciesV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("policy_type", &self.policy_type);
        parts.param("path_prefix", &self.path_prefix);
        parts.param("only_attached", &self.only_attached);
        parts.param("x_language", &self.x_language);
        parts
    }
}

/// `ListPolicyVersionsV5`: `GET /v5/policies/{policy_id}/versions`.
pub static LIST_POLICY_VERSIONS_V5: OperationInfo = OperationInfo {
    name: "ListPolicyVersionsV5",
    method: "GET",
    path: "/v5/policies/{policy_id}/versions",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "policy_id",
            name: "policy_id",
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

impl IntoRequestParts for model::ListPolicyVersionsV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `SetDefaultPolicyVersionV5`: `POST /v5/policies/{policy_id}/versions/{version_id}/set-default`.
pub static SET_DEFAULT_POLICY_VERSION_V5: OperationInfo = OperationInfo {
    name: "SetDefaultPolicyVersionV5",
    method: "POST",
    path: "/v5/policies/{policy_id}/versions/{version_id}/set-default",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "policy_id",
            name: "policy_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "version_id",
            name: "version_id",
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

impl IntoRequestParts for model::SetDefaultPolicyVersionV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.param("version_id", &self.version_id);
        parts
    }
}

/// `UpdatePolicyV5`: `PUT /v5/policies/{policy_id}`.
pub static UPDATE_POLICY_V5: OperationInfo = OperationInfo {
    name: "UpdatePolicyV5",
    method: "PUT",
    path: "/v5/policies/{policy_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "policy_id",
        name: "policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdatePolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AttachAgencyPolicyV5`: `POST /v5/policies/{policy_id}/attach-agency`.
pub static ATTACH_AGENCY_POLICY_V5: OperationInfo = OperationInfo {
    name: "AttachAgencyPolicyV5",
    method: "POST",
    path: "/v5/policies/{policy_id}/attach-agency",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "policy_id",
        name: "policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AttachAgencyPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AttachGroupPolicyV5`: `POST /v5/policies/{policy_id}/attach-group`.
pub static ATTACH_GROUP_POLICY_V5: OperationInfo = OperationInfo {
    name: "AttachGroupPolicyV5",
    method: "POST",
    path: "/v5/policies/{policy_id}/attach-group",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "policy_id",
        name: "policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AttachGroupPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `AttachUserPolicyV5`: `POST /v5/policies/{policy_id}/attach-user`.
pub static ATTACH_USER_POLICY_V5: OperationInfo = OperationInfo {
    name: "AttachUserPolicyV5",
    method: "POST",
    path: "/v5/policies/{policy_id}/attach-user",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "policy_id",
        name: "policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AttachUserPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `DetachAgencyPolicyV5`: `POST /v5/policies/{policy_id}/detach-agency`.
pub static DETACH_AGENCY_POLICY_V5: OperationInfo = OperationInfo {
    name: "DetachAgencyPolicyV5",
    method: "POST",
    path: "/v5/policies/{policy_id}/detach-agency",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "policy_id",
        name: "policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DetachAgencyPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `DetachGroupPolicyV5`: `POST /v5/policies/{policy_id}/detach-group`.
pub static DETACH_GROUP_POLICY_V5: OperationInfo = OperationInfo {
    name: "DetachGroupPolicyV5",
    method: "POST",
    path: "/v5/policies/{policy_id}/detach-group",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "policy_id",
        name: "policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DetachGroupPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `DetachUserPolicyV5`: `POST /v5/policies/{policy_id}/detach-user`.
pub static DETACH_USER_POLICY_V5: OperationInfo = OperationInfo {
    name: "DetachUserPolicyV5",
    method: "POST",
    path: "/v5/policies/{policy_id}/detach-user",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "policy_id",
        name: "policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DetachUserPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListAttachedAgencyPoliciesV5`: `GET /v5/agencies/{agency_id}/attached-policies`.
pub static LIST_ATTACHED_AGENCY_POLICIES_V5: OperationInfo = OperationInfo {
    name: "ListAttachedAgencyPoliciesV5",
    method: "GET",
    path: "/v5/agencies/{agency_id}/attached-policies",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "agency_id",
            name: "agency_id",
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

impl IntoRequestParts for model::ListAttachedAgencyPoliciesV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListAttachedGroupPoliciesV5`: `GET /v5/groups/{group_id}/attached-policies`.
pub static LIST_ATTACHED_GROUP_POLICIES_V5: OperationInfo = OperationInfo {
    name: "ListAttachedGroupPoliciesV5",
    method: "GET",
    path: "/v5/groups/{group_id}/attached-policies",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "group_id",
            name: "group_id",
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

impl IntoRequestParts for model::ListAttachedGroupPoliciesV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListAttachedUserPoliciesV5`: `GET /v5/users/{user_id}/attached-policies`.
pub static LIST_ATTACHED_USER_POLICIES_V5: OperationInfo = OperationInfo {
    name: "ListAttachedUserPoliciesV5",
    method: "GET",
    path: "/v5/users/{user_id}/attached-policies",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "user_id",
            name: "user_id",
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

impl IntoRequestParts for model::ListAttachedUserPoliciesV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ListEntitiesForPolicyV5`: `GET /v5/policies/{policy_id}/attached-entities`.
pub static LIST_ENTITIES_FOR_POLICY_V5: OperationInfo = OperationInfo {
    name: "ListEntitiesForPolicyV5",
    method: "GET",
    path: "/v5/policies/{policy_id}/attached-entities",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "policy_id",
            name: "policy_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "entity_type",
            name: "entity_type",
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

impl IntoRequestParts for model::ListEntitiesForPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("policy_id", &self.policy_id);
        parts.param("entity_type", &self.entity_type);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `DeleteResourceTagsV5`: `DELETE /v5/{resource_type}/{resource_id}/tags/delete`.
pub static DELETE_RESOURCE_TAGS_V5: OperationInfo = OperationInfo {
    name: "DeleteResourceTagsV5",
    method: "DELETE",
    path: "/v5/{resource_type}/{resource_id}/tags/delete",
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
            field: "resource_type",
            name: "resource_type",
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

impl IntoRequestParts for model::DeleteResourceTagsV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("resource_id", &self.resource_id);
        parts.param("resource_type", &self.resource_type);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListResourceTagsV5`: `GET /v5/{resource_type}/{resource_id}/tags`.
pub static LIST_RESOURCE_TAGS_V5: OperationInfo = OperationInfo {
    name: "ListResourceTagsV5",
    method: "GET",
    path: "/v5/{resource_type}/{resource_id}/tags",
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
            field: "resource_type",
            name: "resource_type",
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

impl IntoRequestParts for model::ListResourceTagsV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("resource_id", &self.resource_id);
        parts.param("resource_type", &self.resource_type);
        parts
    }
}

/// `TagResourceV5`: `POST /v5/{resource_type}/{resource_id}/tags/create`.
pub static TAG_RESOURCE_V5: OperationInfo = OperationInfo {
    name: "TagResourceV5",
    method: "POST",
    path: "/v5/{resource_type}/{resource_id}/tags/create",
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
            field: "resource_type",
            name: "resource_type",
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

impl IntoRequestParts for model::TagResourceV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("resource_id", &self.resource_id);
        parts.param("resource_type", &self.resource_type);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateSAMLProviderV5`: `POST /v5/saml-providers`.
pub static CREATE_SAML_PROVIDER_V5: OperationInfo = OperationInfo {
    name: "CreateSAMLProviderV5",
    method: "POST",
    path: "/v5/saml-providers",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateSAMLProviderV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteSAMLProviderV5`: `DELETE /v5/saml-providers/{provider_id}`.
pub static DELETE_SAML_PROVIDER_V5: OperationInfo = OperationInfo {
    name: "DeleteSAMLProviderV5",
    method: "DELETE",
    path: "/v5/saml-providers/{provider_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "provider_id",
        name: "provider_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteSAMLProviderV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("provider_id", &self.provider_id);
        parts
    }
}

/// `ListSAMLProvidersV5`: `GET /v5/saml-providers`.
pub static LIST_SAML_PROVIDERS_V5: OperationInfo = OperationInfo {
    name: "ListSAMLProvidersV5",
    method: "GET",
    path: "/v5/saml-providers",
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

impl IntoRequestParts for model::ListSAMLProvidersV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ShowSAMLProviderV5`: `GET /v5/saml-providers/{provider_id}`.
pub static SHOW_SAML_PROVIDER_V5: OperationInfo = OperationInfo {
    name: "ShowSAMLProviderV5",
    method: "GET",
    path: "/v5/saml-providers/{provider_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "provider_id",
        name: "provider_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSAMLProviderV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("provider_id", &self.provider_id);
        parts
    }
}

/// `UpdateSAMLProviderV5`: `PUT /v5/saml-providers/{provider_id}`.
pub static UPDATE_SAML_PROVIDER_V5: OperationInfo = OperationInfo {
    name: "UpdateSAMLProviderV5",
    method: "PUT",
    path: "/v5/saml-providers/{provider_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "provider_id",
        name: "provider_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateSAMLProviderV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("provider_id", &self.provider_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowLoginPolicyV5`: `GET /v5/login-policy`.
pub static SHOW_LOGIN_POLICY_V5: OperationInfo = OperationInfo {
    name: "ShowLoginPolicyV5",
    method: "GET",
    path: "/v5/login-policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowLoginPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ShowPasswordPolicyV5`: `GET /v5/password-policy`.
pub static SHOW_PASSWORD_POLICY_V5: OperationInfo = OperationInfo {
    name: "ShowPasswordPolicyV5",
    method: "GET",
    path: "/v5/password-policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowPasswordPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `UpdateLoginPolicyV5`: `PUT /v5/login-policy`.
pub static UPDATE_LOGIN_POLICY_V5: OperationInfo = OperationInfo {
    name: "UpdateLoginPolicyV5",
    method: "PUT",
    path: "/v5/login-policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateLoginPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdatePasswordPolicyV5`: `PUT /v5/password-policy`.
pub static UPDATE_PASSWORD_POLICY_V5: OperationInfo = OperationInfo {
    name: "UpdatePasswordPolicyV5",
    method: "PUT",
    path: "/v5/password-policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdatePasswordPolicyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteServiceSpecificCredentialV5`: `DELETE /v5/users/{user_id}/service-specific-credentials/{credential_id}`.
pub static DELETE_SERVICE_SPECIFIC_CREDENTIAL_V5: OperationInfo = OperationInfo {
    name: "DeleteServiceSpecificCredentialV5",
    method: "DELETE",
    path: "/v5/users/{user_id}/service-specific-credentials/{credential_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "credential_id",
            name: "credential_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "user_id",
            name: "user_id",
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

impl IntoRequestParts for model::DeleteServiceSpecificCredentialV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("credential_id", &self.credential_id);
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `ListServiceSpecificCredentialSupportedServicesV5`: `GET /v5/service-specific-credentials/supported-services`.
pub static LIST_SERVICE_SPECIFIC_CREDENTIAL_SUPPORTED_SERVICES_V5: OperationInfo = OperationInfo {
    name: "ListServiceSpecificCredentialSupportedServicesV5",
    method: "GET",
    path: "/v5/service-specific-credentials/supported-services",
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
            field: "x_language",
            name: "X-Language",
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

impl IntoRequestParts for model::ListServiceSpecificCredentialSupportedServicesV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("x_language", &self.x_language);
        parts.param("marker", &self.marker);
        parts.param("limit", &self.limit);
        parts
    }
}

/// `ListServiceSpecificCredentialsV5`: `GET /v5/service-specific-credentials`.
pub static LIST_SERVICE_SPECIFIC_CREDENTIALS_V5: OperationInfo = OperationInfo {
    name: "ListServiceSpecificCredentialsV5",
    method: "GET",
    path: "/v5/service-specific-credentials",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "user_id",
            name: "user_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "service_name",
            name: "service_name",
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
            field: "x_language",
            name: "X-Language",
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

impl IntoRequestParts for model::ListServiceSpecificCredentialsV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("x_language", &self.x_language);
        parts.param("user_id", &self.user_id);
        parts.param("service_name", &self.service_name);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `UpdateServiceSpecificCredentialV5`: `PUT /v5/users/{user_id}/service-specific-credentials/{credential_id}`.
pub static UPDATE_SERVICE_SPECIFIC_CREDENTIAL_V5: OperationInfo = OperationInfo {
    name: "UpdateServiceSpecificCredentialV5",
    method: "PUT",
    path: "/v5/users/{user_id}/service-specific-credentials/{credential_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "user_id",
            name: "user_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "credential_id",
            name: "credential_id",
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

impl IntoRequestParts for model::UpdateServiceSpecificCredentialV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.param("credential_id", &self.credential_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateUserV5`: `POST /v5/users`.
pub static CREATE_USER_V5: OperationInfo = OperationInfo {
    name: "CreateUserV5",
    method: "POST",
    path: "/v5/users",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateUserV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteUserV5`: `DELETE /v5/users/{user_id}`.
pub static DELETE_USER_V5: OperationInfo = OperationInfo {
    name: "DeleteUserV5",
    method: "DELETE",
    path: "/v5/users/{user_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "user_id",
        name: "user_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteUserV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `ListUsersV5`: `GET /v5/users`.
pub static LIST_USERS_V5: OperationInfo = OperationInfo {
    name: "ListUsersV5",
    method: "GET",
    path: "/v5/users",
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
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "access_key_id",
            name: "access_key_id",
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

impl IntoRequestParts for model::ListUsersV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts.param("group_id", &self.group_id);
        parts.param("access_key_id", &self.access_key_id);
        parts
    }
}

/// `ShowUserLastLoginV5`: `GET /v5/users/{user_id}/last-login`.
pub static SHOW_USER_LAST_LOGIN_V5: OperationInfo = OperationInfo {
    name: "ShowUserLastLoginV5",
    method: "GET",
    path: "/v5/users/{user_id}/last-login",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "user_id",
        name: "user_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowUserLastLoginV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `ShowUserV5`: `GET /v5/users/{user_id}`.
pub static SHOW_USER_V5: OperationInfo = OperationInfo {
    name: "ShowUserV5",
    method: "GET",
    path: "/v5/users/{user_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "user_id",
        name: "user_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowUserV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `UpdateUserV5`: `PUT /v5/users/{user_id}`.
pub static UPDATE_USER_V5: OperationInfo = OperationInfo {
    name: "UpdateUserV5",
    method: "PUT",
    path: "/v5/users/{user_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "user_id",
        name: "user_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateUserV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ChangePasswordV5`: `POST /v5/caller-password`.
pub static CHANGE_PASSWORD_V5: OperationInfo = OperationInfo {
    name: "ChangePasswordV5",
    method: "POST",
    path: "/v5/caller-password",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ChangePasswordV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateAccessKeyV5`: `POST /v5/users/{user_id}/access-keys`.
pub static CREATE_ACCESS_KEY_V5: OperationInfo = OperationInfo {
    name: "CreateAccessKeyV5",
    method: "POST",
    path: "/v5/users/{user_id}/access-keys",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "user_id",
        name: "user_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateAccessKeyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `CreateLoginProfileV5`: `POST /v5/users/{user_id}/login-profile`.
pub static CREATE_LOGIN_PROFILE_V5: OperationInfo = OperationInfo {
    name: "CreateLoginProfileV5",
    method: "POST",
    path: "/v5/users/{user_id}/login-profile",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "user_id",
        name: "user_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateLoginProfileV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteAccessKeyV5`: `DELETE /v5/users/{user_id}/access-keys/{access_key_id}`.
pub static DELETE_ACCESS_KEY_V5: OperationInfo = OperationInfo {
    name: "DeleteAccessKeyV5",
    method: "DELETE",
    path: "/v5/users/{user_id}/access-keys/{access_key_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "user_id",
            name: "user_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "access_key_id",
            name: "access_key_id",
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

impl IntoRequestParts for model::DeleteAccessKeyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.param("access_key_id", &self.access_key_id);
        parts
    }
}

/// `DeleteLoginProfileV5`: `DELETE /v5/users/{user_id}/login-profile`.
pub static DELETE_LOGIN_PROFILE_V5: OperationInfo = OperationInfo {
    name: "DeleteLoginProfileV5",
    method: "DELETE",
    path: "/v5/users/{user_id}/login-profile",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "user_id",
        name: "user_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteLoginProfileV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `ListAccessKeysV5`: `GET /v5/users/{user_id}/access-keys`.
pub static LIST_ACCESS_KEYS_V5: OperationInfo = OperationInfo {
    name: "ListAccessKeysV5",
    method: "GET",
    path: "/v5/users/{user_id}/access-keys",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "user_id",
            name: "user_id",
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

impl IntoRequestParts for model::ListAccessKeysV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.param("limit", &self.limit);
        parts.param("marker", &self.marker);
        parts
    }
}

/// `ShowAccessKeyLastUsedV5`: `GET /v5/users/{user_id}/access-keys/{access_key_id}/last-used`.
pub static SHOW_ACCESS_KEY_LAST_USED_V5: OperationInfo = OperationInfo {
    name: "ShowAccessKeyLastUsedV5",
    method: "GET",
    path: "/v5/users/{user_id}/access-keys/{access_key_id}/last-used",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "user_id",
            name: "user_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "access_key_id",
            name: "access_key_id",
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

impl IntoRequestParts for model::ShowAccessKeyLastUsedV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.param("access_key_id", &self.access_key_id);
        parts
    }
}

/// `ShowLoginProfileV5`: `GET /v5/users/{user_id}/login-profile`.
pub static SHOW_LOGIN_PROFILE_V5: OperationInfo = OperationInfo {
    name: "ShowLoginProfileV5",
    method: "GET",
    path: "/v5/users/{user_id}/login-profile",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "user_id",
        name: "user_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowLoginProfileV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `UpdateAccessKeyV5`: `PUT /v5/users/{user_id}/access-keys/{access_key_id}`.
pub static UPDATE_ACCESS_KEY_V5: OperationInfo = OperationInfo {
    name: "UpdateAccessKeyV5",
    method: "PUT",
    path: "/v5/users/{user_id}/access-keys/{access_key_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "user_id",
            name: "user_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "access_key_id",
            name: "access_key_id",
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

impl IntoRequestParts for model::UpdateAccessKeyV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.param("access_key_id", &self.access_key_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateLoginProfileV5`: `PUT /v5/users/{user_id}/login-profile`.
pub static UPDATE_LOGIN_PROFILE_V5: OperationInfo = OperationInfo {
    name: "UpdateLoginProfileV5",
    method: "PUT",
    path: "/v5/users/{user_id}/login-profile",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "user_id",
        name: "user_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateLoginProfileV5Request {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.json_body(&self.body);
        parts
    }
}
