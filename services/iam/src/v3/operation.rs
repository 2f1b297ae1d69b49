//! Operation descriptors of the IAM v3 API, and the conversion of each request
//! type into the parameter values and body that the core renders from them.

use super::model;
use huaweicloud_sdk_core::operation::{
    BodyKind, CollectionFormat, HeaderInfo, IntoRequestParts, OperationInfo, ParamInfo,
    ParamLocation, RequestParts, ResponseKind,
};

/// `AssociateAgencyWithAllProjectsPermission`: `PUT /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
pub static ASSOCIATE_AGENCY_WITH_ALL_PROJECTS_PERMISSION: OperationInfo = OperationInfo {
    name: "AssociateAgencyWithAllProjectsPermission",
    method: "PUT",
    path: "/v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects",
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
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::AssociateAgencyWithAllProjectsPermissionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts.param("domain_id", &self.domain_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `AssociateAgencyWithDomainPermission`: `PUT /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
pub static ASSOCIATE_AGENCY_WITH_DOMAIN_PERMISSION: OperationInfo = OperationInfo {
    name: "AssociateAgencyWithDomainPermission",
    method: "PUT",
    path: "/v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "agency_id",
            name: "agency_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::AssociateAgencyWithDomainPermissionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("agency_id", &self.agency_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `AssociateAgencyWithProjectPermission`: `PUT /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
pub static ASSOCIATE_AGENCY_WITH_PROJECT_PERMISSION: OperationInfo = OperationInfo {
    name: "AssociateAgencyWithProjectPermission",
    method: "PUT",
    path: "/v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "project_id",
            name: "project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "agency_id",
            name: "agency_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::AssociateAgencyWithProjectPermissionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts.param("agency_id", &self.agency_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `AssociateRoleToAgencyOnEnterpriseProject`: `PUT /v3.0/OS-PERMISSION/subjects/agency/scopes/enterprise-project/role-assignments`.
pub static ASSOCIATE_ROLE_TO_AGENCY_ON_ENTERPRISE_PROJECT: OperationInfo = OperationInfo {
    name: "AssociateRoleToAgencyOnEnterpriseProject",
    method: "PUT",
    path: "/v3.0/OS-PERMISSION/subjects/agency/scopes/enterprise-project/role-assignments",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Wrapped("body"),
    response_headers: &[],
};

impl IntoRequestParts for model::AssociateRoleToAgencyOnEnterpriseProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `AssociateRoleToGroupOnEnterpriseProject`: `PUT /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}`.
pub static ASSOCIATE_ROLE_TO_GROUP_ON_ENTERPRISE_PROJECT: OperationInfo = OperationInfo {
    name: "AssociateRoleToGroupOnEnterpriseProject",
    method: "PUT",
    path: "/v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::AssociateRoleToGroupOnEnterpriseProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `AssociateRoleToUserOnEnterpriseProject`: `PUT /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles/{role_id}`.
pub static ASSOCIATE_ROLE_TO_USER_ON_ENTERPRISE_PROJECT: OperationInfo = OperationInfo {
    name: "AssociateRoleToUserOnEnterpriseProject",
    method: "PUT",
    path: "/v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
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
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::AssociateRoleToUserOnEnterpriseProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("user_id", &self.user_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `CheckAllProjectsPermissionForAgency`: `HEAD /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
pub static CHECK_ALL_PROJECTS_PERMISSION_FOR_AGENCY: OperationInfo = OperationInfo {
    name: "CheckAllProjectsPermissionForAgency",
    method: "HEAD",
    path: "/v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects",
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
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::CheckAllProjectsPermissionForAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts.param("domain_id", &self.domain_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `CheckDomainPermissionForAgency`: `HEAD /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
pub static CHECK_DOMAIN_PERMISSION_FOR_AGENCY: OperationInfo = OperationInfo {
    name: "CheckDomainPermissionForAgency",
    method: "HEAD",
    path: "/v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "agency_id",
            name: "agency_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::CheckDomainPermissionForAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("agency_id", &self.agency_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `CheckProjectPermissionForAgency`: `HEAD /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
pub static CHECK_PROJECT_PERMISSION_FOR_AGENCY: OperationInfo = OperationInfo {
    name: "CheckProjectPermissionForAgency",
    method: "HEAD",
    path: "/v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "project_id",
            name: "project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "agency_id",
            name: "agency_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::CheckProjectPermissionForAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts.param("agency_id", &self.agency_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `CreateAgency`: `POST /v3.0/OS-AGENCY/agencies`.
pub static CREATE_AGENCY: OperationInfo = OperationInfo {
    name: "CreateAgency",
    method: "POST",
    path: "/v3.0/OS-AGENCY/agencies",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateAgencyCustomPolicy`: `POST /v3.0/OS-ROLE/roles`.
pub static CREATE_AGENCY_CUSTOM_POLICY: OperationInfo = OperationInfo {
    name: "CreateAgencyCustomPolicy",
    method: "POST",
    path: "/v3.0/OS-ROLE/roles",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateAgencyCustomPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateBindingDevice`: `PUT /v3.0/OS-MFA/mfa-devices/bind`.
pub static CREATE_BINDING_DEVICE: OperationInfo = OperationInfo {
    name: "CreateBindingDevice",
    method: "PUT",
    path: "/v3.0/OS-MFA/mfa-devices/bind",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateBindingDeviceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateCloudServiceCustomPolicy`: `POST /v3.0/OS-ROLE/roles`.
pub static CREATE_CLOUD_SERVICE_CUSTOM_POLICY: OperationInfo = OperationInfo {
    name: "CreateCloudServiceCustomPolicy",
    method: "POST",
    path: "/v3.0/OS-ROLE/roles",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateCloudServiceCustomPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateLoginToken`: `POST /v3.0/OS-AUTH/securitytoken/logintokens`.
pub static CREATE_LOGIN_TOKEN: OperationInfo = OperationInfo {
    name: "CreateLoginToken",
    method: "POST",
    path: "/v3.0/OS-AUTH/securitytoken/logintokens",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_subject_login_token",
        name: "X-Subject-LoginToken",
    }],
};

impl IntoRequestParts for model::CreateLoginTokenRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateMetadata`: `POST /v3-ext/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/metadata`.
pub static CREATE_METADATA: OperationInfo = OperationInfo {
    name: "CreateMetadata",
    method: "POST",
    path: "/v3-ext/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/metadata",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[
        ParamInfo {
            field: "idp_id",
            name: "idp_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "protocol_id",
            name: "protocol_id",
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

impl IntoRequestParts for model::CreateMetadataRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts.param("protocol_id", &self.protocol_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateMfaDevice`: `POST /v3.0/OS-MFA/virtual-mfa-devices`.
pub static CREATE_MFA_DEVICE: OperationInfo = OperationInfo {
    name: "CreateMfaDevice",
    method: "POST",
    path: "/v3.0/OS-MFA/virtual-mfa-devices",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateMfaDeviceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateOpenIdConnectConfig`: `POST /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
pub static CREATE_OPEN_ID_CONNECT_CONFIG: OperationInfo = OperationInfo {
    name: "CreateOpenIdConnectConfig",
    method: "POST",
    path: "/v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "idp_id",
        name: "idp_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateOpenIdConnectConfigRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateTokenWithIdToken`: `POST /v3.0/OS-AUTH/id-token/tokens`.
pub static CREATE_TOKEN_WITH_ID_TOKEN: OperationInfo = OperationInfo {
    name: "CreateTokenWithIdToken",
    method: "POST",
    path: "/v3.0/OS-AUTH/id-token/tokens",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "x_idp_id",
        name: "X-Idp-Id",
        location: ParamLocation::Header,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_subject_token",
        name: "X-Subject-Token",
    }],
};

impl IntoRequestParts for model::CreateTokenWithIdTokenRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("x_idp_id", &self.x_idp_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateUnscopeTokenByIdpInitiated`: `POST /v3.0/OS-FEDERATION/tokens`.
pub static CREATE_UNSCOPE_TOKEN_BY_IDP_INITIATED: OperationInfo = OperationInfo {
    name: "CreateUnscopeTokenByIdpInitiated",
    method: "POST",
    path: "/v3.0/OS-FEDERATION/tokens",
    content_type: ::std::option::Option::Some("application/x-www-form-urlencoded"),
    params: &[ParamInfo {
        field: "x_idp_id",
        name: "X-Idp-Id",
        location: ParamLocation::Header,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::FormUrlEncoded,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_subject_token",
        name: "X-Subject-Token",
    }],
};

impl IntoRequestParts for model::CreateUnscopeTokenByIdpInitiatedRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("x_idp_id", &self.x_idp_id);
        if let ::std::option::Option::Some(body) = self.body {
            parts.form_text("SAMLResponse", &body.saml_response);
        }
        parts
    }
}

/// `CreateUnscopedTokenWithIdToken`: `POST /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/auth`.
pub static CREATE_UNSCOPED_TOKEN_WITH_ID_TOKEN: OperationInfo = OperationInfo {
    name: "CreateUnscopedTokenWithIdToken",
    method: "POST",
    path: "/v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/auth",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "idp_id",
            name: "idp_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "protocol_id",
            name: "protocol_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "authorization",
            name: "Authorization",
            location: ParamLocation::Header,
            required: true,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_subject_token",
        name: "X-Subject-Token",
    }],
};

impl IntoRequestParts for model::CreateUnscopedTokenWithIdTokenRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts.param("protocol_id", &self.protocol_id);
        parts.param("authorization", &self.authorization);
        parts
    }
}

/// `DeleteAgency`: `DELETE /v3.0/OS-AGENCY/agencies/{agency_id}`.
pub static DELETE_AGENCY: OperationInfo = OperationInfo {
    name: "DeleteAgency",
    method: "DELETE",
    path: "/v3.0/OS-AGENCY/agencies/{agency_id}",
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

impl IntoRequestParts for model::DeleteAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts
    }
}

/// `DeleteBindingDevice`: `PUT /v3.0/OS-MFA/mfa-devices/unbind`.
pub static DELETE_BINDING_DEVICE: OperationInfo = OperationInfo {
    name: "DeleteBindingDevice",
    method: "PUT",
    path: "/v3.0/OS-MFA/mfa-devices/unbind",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteBindingDeviceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteCustomPolicy`: `DELETE /v3.0/OS-ROLE/roles/{role_id}`.
pub static DELETE_CUSTOM_POLICY: OperationInfo = OperationInfo {
    name: "DeleteCustomPolicy",
    method: "DELETE",
    path: "/v3.0/OS-ROLE/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "role_id",
        name: "role_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteCustomPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `DeleteDomainGroupInheritedRole`: `DELETE /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
pub static DELETE_DOMAIN_GROUP_INHERITED_ROLE: OperationInfo = OperationInfo {
    name: "DeleteDomainGroupInheritedRole",
    method: "DELETE",
    path:
        "/v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::DeleteDomainGroupInheritedRoleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `DeleteMfaDevice`: `DELETE /v3.0/OS-MFA/virtual-mfa-devices`.
pub static DELETE_MFA_DEVICE: OperationInfo = OperationInfo {
    name: "DeleteMfaDevice",
    method: "DELETE",
    path: "/v3.0/OS-MFA/virtual-mfa-devices",
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

impl IntoRequestParts for model::DeleteMfaDeviceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.param("serial_number", &self.serial_number);
        parts
    }
}

/// `KeystoneAddUserToGroup`: `PUT /v3/groups/{group_id}/users/{user_id}`.
pub static KEYSTONE_ADD_USER_TO_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneAddUserToGroup",
    method: "PUT",
    path: "/v3/groups/{group_id}/users/{user_id}",
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

impl IntoRequestParts for model::KeystoneAddUserToGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `KeystoneAssociateGroupWithDomainPermission`: `PUT /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
pub static KEYSTONE_ASSOCIATE_GROUP_WITH_DOMAIN_PERMISSION: OperationInfo = OperationInfo {
    name: "KeystoneAssociateGroupWithDomainPermission",
    method: "PUT",
    path: "/v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::KeystoneAssociateGroupWithDomainPermissionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `KeystoneAssociateGroupWithProjectPermission`: `PUT /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
pub static KEYSTONE_ASSOCIATE_GROUP_WITH_PROJECT_PERMISSION: OperationInfo = OperationInfo {
    name: "KeystoneAssociateGroupWithProjectPermission",
    method: "PUT",
    path: "/v3/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "project_id",
            name: "project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::KeystoneAssociateGroupWithProjectPermissionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `KeystoneCheckDomainPermissionForGroup`: `HEAD /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
pub static KEYSTONE_CHECK_DOMAIN_PERMISSION_FOR_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneCheckDomainPermissionForGroup",
    method: "HEAD",
    path: "/v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::KeystoneCheckDomainPermissionForGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `KeystoneCheckProjectPermissionForGroup`: `HEAD /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
pub static KEYSTONE_CHECK_PROJECT_PERMISSION_FOR_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneCheckProjectPermissionForGroup",
    method: "HEAD",
    path: "/v3/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "project_id",
            name: "project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::KeystoneCheckProjectPermissionForGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `KeystoneCheckUserInGroup`: `HEAD /v3/groups/{group_id}/users/{user_id}`.
pub static KEYSTONE_CHECK_USER_IN_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneCheckUserInGroup",
    method: "HEAD",
    path: "/v3/groups/{group_id}/users/{user_id}",
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

impl IntoRequestParts for model::KeystoneCheckUserInGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `KeystoneCheckroleForGroup`: `HEAD /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
pub static KEYSTONE_CHECKROLE_FOR_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneCheckroleForGroup",
    method: "HEAD",
    path:
        "/v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::KeystoneCheckroleForGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `KeystoneCreateGroup`: `POST /v3/groups`.
pub static KEYSTONE_CREATE_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneCreateGroup",
    method: "POST",
    path: "/v3/groups",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneCreateGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneCreateIdentityProvider`: `PUT /v3/OS-FEDERATION/identity_providers/{id}`.
pub static KEYSTONE_CREATE_IDENTITY_PROVIDER: OperationInfo = OperationInfo {
    name: "KeystoneCreateIdentityProvider",
    method: "PUT",
    path: "/v3/OS-FEDERATION/identity_providers/{id}",
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
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneCreateIdentityProviderRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneCreateMapping`: `PUT /v3/OS-FEDERATION/mappings/{id}`.
pub static KEYSTONE_CREATE_MAPPING: OperationInfo = OperationInfo {
    name: "KeystoneCreateMapping",
    method: "PUT",
    path: "/v3/OS-FEDERATION/mappings/{id}",
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
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneCreateMappingRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneCreateProject`: `POST /v3/projects`.
pub static KEYSTONE_CREATE_PROJECT: OperationInfo = OperationInfo {
    name: "KeystoneCreateProject",
    method: "POST",
    path: "/v3/projects",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneCreateProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneCreateProtocol`: `PUT /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
pub static KEYSTONE_CREATE_PROTOCOL: OperationInfo = OperationInfo {
    name: "KeystoneCreateProtocol",
    method: "PUT",
    path: "/v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[
        ParamInfo {
            field: "idp_id",
            name: "idp_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "protocol_id",
            name: "protocol_id",
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

impl IntoRequestParts for model::KeystoneCreateProtocolRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts.param("protocol_id", &self.protocol_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneCreateScopedToken`: `POST /v3/auth/tokens`.
pub static KEYSTONE_CREATE_SCOPED_TOKEN: OperationInfo = OperationInfo {
    name: "KeystoneCreateScopedToken",
    method: "POST",
    path: "/v3/auth/tokens",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_subject_token",
        name: "X-Subject-Token",
    }],
};

impl IntoRequestParts for model::KeystoneCreateScopedTokenRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneDeleteGroup`: `DELETE /v3/groups/{group_id}`.
pub static KEYSTONE_DELETE_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneDeleteGroup",
    method: "DELETE",
    path: "/v3/groups/{group_id}",
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

impl IntoRequestParts for model::KeystoneDeleteGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `KeystoneDeleteIdentityProvider`: `DELETE /v3/OS-FEDERATION/identity_providers/{id}`.
pub static KEYSTONE_DELETE_IDENTITY_PROVIDER: OperationInfo = OperationInfo {
    name: "KeystoneDeleteIdentityProvider",
    method: "DELETE",
    path: "/v3/OS-FEDERATION/identity_providers/{id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "id",
        name: "id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneDeleteIdentityProviderRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts
    }
}

/// `KeystoneDeleteMapping`: `DELETE /v3/OS-FEDERATION/mappings/{id}`.
pub static KEYSTONE_DELETE_MAPPING: OperationInfo = OperationInfo {
    name: "KeystoneDeleteMapping",
    method: "DELETE",
    path: "/v3/OS-FEDERATION/mappings/{id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "id",
        name: "id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneDeleteMappingRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts
    }
}

/// `KeystoneDeleteProtocol`: `DELETE /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
pub static KEYSTONE_DELETE_PROTOCOL: OperationInfo = OperationInfo {
    name: "KeystoneDeleteProtocol",
    method: "DELETE",
    path: "/v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "idp_id",
            name: "idp_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "protocol_id",
            name: "protocol_id",
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

impl IntoRequestParts for model::KeystoneDeleteProtocolRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts.param("protocol_id", &self.protocol_id);
        parts
    }
}

/// `KeystoneListAllProjectPermissionsForGroup`: `GET /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/inherited_to_projects`.
pub static KEYSTONE_LIST_ALL_PROJECT_PERMISSIONS_FOR_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneListAllProjectPermissionsForGroup",
    method: "GET",
    path: "/v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/inherited_to_projects",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
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

impl IntoRequestParts for model::KeystoneListAllProjectPermissionsForGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `KeystoneListAuthDomains`: `GET /v3/auth/domains`.
pub static KEYSTONE_LIST_AUTH_DOMAINS: OperationInfo = OperationInfo {
    name: "KeystoneListAuthDomains",
    method: "GET",
    path: "/v3/auth/domains",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneListAuthDomainsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `KeystoneListAuthProjects`: `GET /v3/auth/projects`.
pub static KEYSTONE_LIST_AUTH_PROJECTS: OperationInfo = OperationInfo {
    name: "KeystoneListAuthProjects",
    method: "GET",
    path: "/v3/auth/projects",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneListAuthProjectsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `KeystoneListDomainPermissionsForGroup`: `GET /v3/domains/{domain_id}/groups/{group_id}/roles`.
pub static KEYSTONE_LIST_DOMAIN_PERMISSIONS_FOR_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneListDomainPermissionsForGroup",
    method: "GET",
    path: "/v3/domains/{domain_id}/groups/{group_id}/roles",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
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

impl IntoRequestParts for model::KeystoneListDomainPermissionsForGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `KeystoneListEndpoints`: `GET /v3/endpoints`.
pub static KEYSTONE_LIST_ENDPOINTS: OperationInfo = OperationInfo {
    name: "KeystoneListEndpoints",
    method: "GET",
    path: "/v3/endpoints",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "interface",
            name: "interface",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "service_id",
            name: "service_id",
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

impl IntoRequestParts for model::KeystoneListEndpointsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("interface", &self.interface);
        parts.param("service_id", &self.service_id);
        parts
    }
}

/// `KeystoneListFederationDomains`: `GET /v3/OS-FEDERATION/domains`.
pub static KEYSTONE_LIST_FEDERATION_DOMAINS: OperationInfo = OperationInfo {
    name: "KeystoneListFederationDomains",
    method: "GET",
    path: "/v3/OS-FEDERATION/domains",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneListFederationDomainsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `KeystoneListFederationProjects`: `GET /v3/OS-FEDERATION/projects`.
pub static KEYSTONE_LIST_FEDERATION_PROJECTS: OperationInfo = OperationInfo {
    name: "KeystoneListFederationProjects",
    method: "GET",
    path: "/v3/OS-FEDERATION/projects",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneListFederationProjectsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `KeystoneListGroups`: `GET /v3/groups`.
pub static KEYSTONE_LIST_GROUPS: OperationInfo = OperationInfo {
    name: "KeystoneListGroups",
    method: "GET",
    path: "/v3/groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
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
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneListGroupsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("name", &self.name);
        parts
    }
}

/// `KeystoneListIdentityProviders`: `GET /v3/OS-FEDERATION/identity_providers`.
pub static KEYSTONE_LIST_IDENTITY_PROVIDERS: OperationInfo = OperationInfo {
    name: "KeystoneListIdentityProviders",
    method: "GET",
    path: "/v3/OS-FEDERATION/identity_providers",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneListIdentityProvidersRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `KeystoneListMappings`: `GET /v3/OS-FEDERATION/mappings`.
pub static KEYSTONE_LIST_MAPPINGS: OperationInfo = OperationInfo {
    name: "KeystoneListMappings",
    method: "GET",
    path: "/v3/OS-FEDERATION/mappings",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneListMappingsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `KeystoneListPermissions`: `GET /v3/roles`.
pub static KEYSTONE_LIST_PERMISSIONS: OperationInfo = OperationInfo {
    name: "KeystoneListPermissions",
    method: "GET",
    path: "/v3/roles",
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
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "page",
            name: "page",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "per_page",
            name: "per_page",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "permission_type",
            name: "permission_type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "display_name",
            name: "display_name",
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
            field: "catalog",
            name: "catalog",
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

impl IntoRequestParts for model::KeystoneListPermissionsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("name", &self.name);
        parts.param("domain_id", &self.domain_id);
        parts.param("page", &self.page);
        parts.param("per_page", &self.per_page);
        parts.param("permission_type", &self.permission_type);
        parts.param("display_name", &self.display_name);
        parts.param("type", &self.r#type);
        parts.param("catalog", &self.catalog);
        parts
    }
}

/// `KeystoneListProjectPermissionsForGroup`: `GET /v3/projects/{project_id}/groups/{group_id}/roles`.
pub static KEYSTONE_LIST_PROJECT_PERMISSIONS_FOR_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneListProjectPermissionsForGroup",
    method: "GET",
    path: "/v3/projects/{project_id}/groups/{group_id}/roles",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "project_id",
            name: "project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
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

impl IntoRequestParts for model::KeystoneListProjectPermissionsForGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `KeystoneListProjects`: `GET /v3/projects`.
pub static KEYSTONE_LIST_PROJECTS: OperationInfo = OperationInfo {
    name: "KeystoneListProjects",
    method: "GET",
    path: "/v3/projects",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
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
            field: "parent_id",
            name: "parent_id",
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
            field: "is_domain",
            name: "is_domain",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "page",
            name: "page",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "per_page",
            name: "per_page",
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

impl IntoRequestParts for model::KeystoneListProjectsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("name", &self.name);
        parts.param("parent_id", &self.parent_id);
        parts.param("enabled", &self.enabled);
        parts.param("is_domain", &self.is_domain);
        parts.param("page", &self.page);
        parts.param("per_page", &self.per_page);
        parts
    }
}

/// `KeystoneListProjectsForUser`: `GET /v3/users/{user_id}/projects`.
pub static KEYSTONE_LIST_PROJECTS_FOR_USER: OperationInfo = OperationInfo {
    name: "KeystoneListProjectsForUser",
    method: "GET",
    path: "/v3/users/{user_id}/projects",
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

impl IntoRequestParts for model::KeystoneListProjectsForUserRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `KeystoneListProtocols`: `GET /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols`.
pub static KEYSTONE_LIST_PROTOCOLS: OperationInfo = OperationInfo {
    name: "KeystoneListProtocols",
    method: "GET",
    path: "/v3/OS-FEDERATION/identity_providers/{idp_id}/protocols",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "idp_id",
        name: "idp_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneListProtocolsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts
    }
}

/// `KeystoneListRegions`: `GET /v3/regions`.
pub static KEYSTONE_LIST_REGIONS: OperationInfo = OperationInfo {
    name: "KeystoneListRegions",
    method: "GET",
    path: "/v3/regions",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneListRegionsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `KeystoneListServices`: `GET /v3/services`.
pub static KEYSTONE_LIST_SERVICES: OperationInfo = OperationInfo {
    name: "KeystoneListServices",
    method: "GET",
    path: "/v3/services",
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

impl IntoRequestParts for model::KeystoneListServicesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("type", &self.r#type);
        parts
    }
}

/// `KeystoneListVersions`: `GET /`.
pub static KEYSTONE_LIST_VERSIONS: OperationInfo = OperationInfo {
    name: "KeystoneListVersions",
    method: "GET",
    path: "/",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneListVersionsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `KeystoneRemoveDomainPermissionFromGroup`: `DELETE /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
pub static KEYSTONE_REMOVE_DOMAIN_PERMISSION_FROM_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneRemoveDomainPermissionFromGroup",
    method: "DELETE",
    path: "/v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::KeystoneRemoveDomainPermissionFromGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `KeystoneRemoveProjectPermissionFromGroup`: `DELETE /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
pub static KEYSTONE_REMOVE_PROJECT_PERMISSION_FROM_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneRemoveProjectPermissionFromGroup",
    method: "DELETE",
    path: "/v3/projects/{project_id}/groups/{group_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "project_id",
            name: "project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::KeystoneRemoveProjectPermissionFromGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `KeystoneRemoveUserFromGroup`: `DELETE /v3/groups/{group_id}/users/{user_id}`.
pub static KEYSTONE_REMOVE_USER_FROM_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneRemoveUserFromGroup",
    method: "DELETE",
    path: "/v3/groups/{group_id}/users/{user_id}",
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

impl IntoRequestParts for model::KeystoneRemoveUserFromGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `KeystoneShowCatalog`: `GET /v3/auth/catalog`.
pub static KEYSTONE_SHOW_CATALOG: OperationInfo = OperationInfo {
    name: "KeystoneShowCatalog",
    method: "GET",
    path: "/v3/auth/catalog",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneShowCatalogRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `KeystoneShowEndpoint`: `GET /v3/endpoints/{endpoint_id}`.
pub static KEYSTONE_SHOW_ENDPOINT: OperationInfo = OperationInfo {
    name: "KeystoneShowEndpoint",
    method: "GET",
    path: "/v3/endpoints/{endpoint_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "endpoint_id",
        name: "endpoint_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneShowEndpointRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("endpoint_id", &self.endpoint_id);
        parts
    }
}

/// `KeystoneShowGroup`: `GET /v3/groups/{group_id}`.
pub static KEYSTONE_SHOW_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneShowGroup",
    method: "GET",
    path: "/v3/groups/{group_id}",
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

impl IntoRequestParts for model::KeystoneShowGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `KeystoneShowIdentityProvider`: `GET /v3/OS-FEDERATION/identity_providers/{id}`.
pub static KEYSTONE_SHOW_IDENTITY_PROVIDER: OperationInfo = OperationInfo {
    name: "KeystoneShowIdentityProvider",
    method: "GET",
    path: "/v3/OS-FEDERATION/identity_providers/{id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "id",
        name: "id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneShowIdentityProviderRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts
    }
}

/// `KeystoneShowMapping`: `GET /v3/OS-FEDERATION/mappings/{id}`.
pub static KEYSTONE_SHOW_MAPPING: OperationInfo = OperationInfo {
    name: "KeystoneShowMapping",
    method: "GET",
    path: "/v3/OS-FEDERATION/mappings/{id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "id",
        name: "id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneShowMappingRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts
    }
}

/// `KeystoneShowPermission`: `GET /v3/roles/{role_id}`.
pub static KEYSTONE_SHOW_PERMISSION: OperationInfo = OperationInfo {
    name: "KeystoneShowPermission",
    method: "GET",
    path: "/v3/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "role_id",
        name: "role_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneShowPermissionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `KeystoneShowProject`: `GET /v3/projects/{project_id}`.
pub static KEYSTONE_SHOW_PROJECT: OperationInfo = OperationInfo {
    name: "KeystoneShowProject",
    method: "GET",
    path: "/v3/projects/{project_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "project_id",
        name: "project_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneShowProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts
    }
}

/// `KeystoneShowProtocol`: `GET /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
pub static KEYSTONE_SHOW_PROTOCOL: OperationInfo = OperationInfo {
    name: "KeystoneShowProtocol",
    method: "GET",
    path: "/v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "idp_id",
            name: "idp_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "protocol_id",
            name: "protocol_id",
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

impl IntoRequestParts for model::KeystoneShowProtocolRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts.param("protocol_id", &self.protocol_id);
        parts
    }
}

/// `KeystoneShowRegion`: `GET /v3/regions/{region_id}`.
pub static KEYSTONE_SHOW_REGION: OperationInfo = OperationInfo {
    name: "KeystoneShowRegion",
    method: "GET",
    path: "/v3/regions/{region_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "region_id",
        name: "region_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneShowRegionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("region_id", &self.region_id);
        parts
    }
}

/// `KeystoneShowSecurityCompliance`: `GET /v3/domains/{domain_id}/config/security_compliance`.
pub static KEYSTONE_SHOW_SECURITY_COMPLIANCE: OperationInfo = OperationInfo {
    name: "KeystoneShowSecurityCompliance",
    method: "GET",
    path: "/v3/domains/{domain_id}/config/security_compliance",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneShowSecurityComplianceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts
    }
}

/// `KeystoneShowSecurityComplianceByOption`: `GET /v3/domains/{domain_id}/config/security_compliance/{option}`.
pub static KEYSTONE_SHOW_SECURITY_COMPLIANCE_BY_OPTION: OperationInfo = OperationInfo {
    name: "KeystoneShowSecurityComplianceByOption",
    method: "GET",
    path: "/v3/domains/{domain_id}/config/security_compliance/{option}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "option",
            name: "option",
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

impl IntoRequestParts for model::KeystoneShowSecurityComplianceByOptionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("option", &self.option);
        parts
    }
}

/// `KeystoneShowService`: `GET /v3/services/{service_id}`.
pub static KEYSTONE_SHOW_SERVICE: OperationInfo = OperationInfo {
    name: "KeystoneShowService",
    method: "GET",
    path: "/v3/services/{service_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "service_id",
        name: "service_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneShowServiceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("service_id", &self.service_id);
        parts
    }
}

/// `KeystoneShowVersion`: `GET /v3`.
pub static KEYSTONE_SHOW_VERSION: OperationInfo = OperationInfo {
    name: "KeystoneShowVersion",
    method: "GET",
    path: "/v3",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneShowVersionRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `KeystoneUpdateGroup`: `PATCH /v3/groups/{group_id}`.
pub static KEYSTONE_UPDATE_GROUP: OperationInfo = OperationInfo {
    name: "KeystoneUpdateGroup",
    method: "PATCH",
    path: "/v3/groups/{group_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::KeystoneUpdateGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneUpdateIdentityProvider`: `PATCH /v3/OS-FEDERATION/identity_providers/{id}`.
pub static KEYSTONE_UPDATE_IDENTITY_PROVIDER: OperationInfo = OperationInfo {
    name: "KeystoneUpdateIdentityProvider",
    method: "PATCH",
    path: "/v3/OS-FEDERATION/identity_providers/{id}",
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
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneUpdateIdentityProviderRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneUpdateMapping`: `PATCH /v3/OS-FEDERATION/mappings/{id}`.
pub static KEYSTONE_UPDATE_MAPPING: OperationInfo = OperationInfo {
    name: "KeystoneUpdateMapping",
    method: "PATCH",
    path: "/v3/OS-FEDERATION/mappings/{id}",
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
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneUpdateMappingRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneUpdateProject`: `PATCH /v3/projects/{project_id}`.
pub static KEYSTONE_UPDATE_PROJECT: OperationInfo = OperationInfo {
    name: "KeystoneUpdateProject",
    method: "PATCH",
    path: "/v3/projects/{project_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "project_id",
        name: "project_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneUpdateProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneUpdateProtocol`: `PATCH /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
pub static KEYSTONE_UPDATE_PROTOCOL: OperationInfo = OperationInfo {
    name: "KeystoneUpdateProtocol",
    method: "PATCH",
    path: "/v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[
        ParamInfo {
            field: "idp_id",
            name: "idp_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "protocol_id",
            name: "protocol_id",
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

impl IntoRequestParts for model::KeystoneUpdateProtocolRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts.param("protocol_id", &self.protocol_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListAgencies`: `GET /v3.0/OS-AGENCY/agencies`.
pub static LIST_AGENCIES: OperationInfo = OperationInfo {
    name: "ListAgencies",
    method: "GET",
    path: "/v3.0/OS-AGENCY/agencies",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Query,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "trust_domain_id",
            name: "trust_domain_id",
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
            field: "page",
            name: "page",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "per_page",
            name: "per_page",
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

impl IntoRequestParts for model::ListAgenciesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("trust_domain_id", &self.trust_domain_id);
        parts.param("name", &self.name);
        parts.param("page", &self.page);
        parts.param("per_page", &self.per_page);
        parts
    }
}

/// `ListAllProjectsPermissionsForAgency`: `GET /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/inherited_to_projects`.
pub static LIST_ALL_PROJECTS_PERMISSIONS_FOR_AGENCY: OperationInfo = OperationInfo {
    name: "ListAllProjectsPermissionsForAgency",
    method: "GET",
    path: "/v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/inherited_to_projects",
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
            field: "domain_id",
            name: "domain_id",
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

impl IntoRequestParts for model::ListAllProjectsPermissionsForAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts.param("domain_id", &self.domain_id);
        parts
    }
}

/// `ListCustomPolicies`: `GET /v3.0/OS-ROLE/roles`.
pub static LIST_CUSTOM_POLICIES: OperationInfo = OperationInfo {
    name: "ListCustomPolicies",
    method: "GET",
    path: "/v3.0/OS-ROLE/roles",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "page",
            name: "page",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "per_page",
            name: "per_page",
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

impl IntoRequestParts for model::ListCustomPoliciesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("page", &self.page);
        parts.param("per_page", &self.per_page);
        parts
    }
}

/// `ListDomainPermissionsForAgency`: `GET /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles`.
pub static LIST_DOMAIN_PERMISSIONS_FOR_AGENCY: OperationInfo = OperationInfo {
    name: "ListDomainPermissionsForAgency",
    method: "GET",
    path: "/v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "agency_id",
            name: "agency_id",
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

impl IntoRequestParts for model::ListDomainPermissionsForAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("agency_id", &self.agency_id);
        parts
    }
}

/// `ListEnterpriseProjectsForGroup`: `GET /v3.0/OS-PERMISSION/groups/{group_id}/enterprise-projects`.
pub static LIST_ENTERPRISE_PROJECTS_FOR_GROUP: OperationInfo = OperationInfo {
    name: "ListEnterpriseProjectsForGroup",
    method: "GET",
    path: "/v3.0/OS-PERMISSION/groups/{group_id}/enterprise-projects",
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

impl IntoRequestParts for model::ListEnterpriseProjectsForGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `ListEnterpriseProjectsForUser`: `GET /v3.0/OS-PERMISSION/users/{user_id}/enterprise-projects`.
pub static LIST_ENTERPRISE_PROJECTS_FOR_USER: OperationInfo = OperationInfo {
    name: "ListEnterpriseProjectsForUser",
    method: "GET",
    path: "/v3.0/OS-PERMISSION/users/{user_id}/enterprise-projects",
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

impl IntoRequestParts for model::ListEnterpriseProjectsForUserRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `ListGroupsForEnterpriseProject`: `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups`.
pub static LIST_GROUPS_FOR_ENTERPRISE_PROJECT: OperationInfo = OperationInfo {
    name: "ListGroupsForEnterpriseProject",
    method: "GET",
    path: "/v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "enterprise_project_id",
        name: "enterprise_project_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListGroupsForEnterpriseProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts
    }
}

/// `ListProjectPermissionsForAgency`: `GET /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles`.
pub static LIST_PROJECT_PERMISSIONS_FOR_AGENCY: OperationInfo = OperationInfo {
    name: "ListProjectPermissionsForAgency",
    method: "GET",
    path: "/v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "project_id",
            name: "project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "agency_id",
            name: "agency_id",
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

impl IntoRequestParts for model::ListProjectPermissionsForAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts.param("agency_id", &self.agency_id);
        parts
    }
}

/// `ListRolesForGroupOnEnterpriseProject`: `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles`.
pub static LIST_ROLES_FOR_GROUP_ON_ENTERPRISE_PROJECT: OperationInfo = OperationInfo {
    name: "ListRolesForGroupOnEnterpriseProject",
    method: "GET",
    path: "/v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
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

impl IntoRequestParts for model::ListRolesForGroupOnEnterpriseProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `ListRolesForUserOnEnterpriseProject`: `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles`.
pub static LIST_ROLES_FOR_USER_ON_ENTERPRISE_PROJECT: OperationInfo = OperationInfo {
    name: "ListRolesForUserOnEnterpriseProject",
    method: "GET",
    path: "/v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
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

impl IntoRequestParts for model::ListRolesForUserOnEnterpriseProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `ListUsersForEnterpriseProject`: `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users`.
pub static LIST_USERS_FOR_ENTERPRISE_PROJECT: OperationInfo = OperationInfo {
    name: "ListUsersForEnterpriseProject",
    method: "GET",
    path: "/v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "enterprise_project_id",
        name: "enterprise_project_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListUsersForEnterpriseProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts
    }
}

/// `RemoveAllProjectsPermissionFromAgency`: `DELETE /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
pub static REMOVE_ALL_PROJECTS_PERMISSION_FROM_AGENCY: OperationInfo = OperationInfo {
    name: "RemoveAllProjectsPermissionFromAgency",
    method: "DELETE",
    path: "/v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects",
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
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::RemoveAllProjectsPermissionFromAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts.param("domain_id", &self.domain_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `RemoveDomainPermissionFromAgency`: `DELETE /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
pub static REMOVE_DOMAIN_PERMISSION_FROM_AGENCY: OperationInfo = OperationInfo {
    name: "RemoveDomainPermissionFromAgency",
    method: "DELETE",
    path: "/v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "agency_id",
            name: "agency_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::RemoveDomainPermissionFromAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("agency_id", &self.agency_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `RemoveProjectPermissionFromAgency`: `DELETE /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
pub static REMOVE_PROJECT_PERMISSION_FROM_AGENCY: OperationInfo = OperationInfo {
    name: "RemoveProjectPermissionFromAgency",
    method: "DELETE",
    path: "/v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "project_id",
            name: "project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "agency_id",
            name: "agency_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::RemoveProjectPermissionFromAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts.param("agency_id", &self.agency_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `RevokeRoleFromAgencyOnEnterpriseProject`: `DELETE /v3.0/OS-PERMISSION/subjects/agency/scopes/enterprise-project/role-assignments`.
pub static REVOKE_ROLE_FROM_AGENCY_ON_ENTERPRISE_PROJECT: OperationInfo = OperationInfo {
    name: "RevokeRoleFromAgencyOnEnterpriseProject",
    method: "DELETE",
    path: "/v3.0/OS-PERMISSION/subjects/agency/scopes/enterprise-project/role-assignments",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Wrapped("body"),
    response_headers: &[],
};

impl IntoRequestParts for model::RevokeRoleFromAgencyOnEnterpriseProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `RevokeRoleFromGroupOnEnterpriseProject`: `DELETE /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}`.
pub static REVOKE_ROLE_FROM_GROUP_ON_ENTERPRISE_PROJECT: OperationInfo = OperationInfo {
    name: "RevokeRoleFromGroupOnEnterpriseProject",
    method: "DELETE",
    path: "/v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::RevokeRoleFromGroupOnEnterpriseProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `RevokeRoleFromUserOnEnterpriseProject`: `DELETE /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles/{role_id}`.
pub static REVOKE_ROLE_FROM_USER_ON_ENTERPRISE_PROJECT: OperationInfo = OperationInfo {
    name: "RevokeRoleFromUserOnEnterpriseProject",
    method: "DELETE",
    path: "/v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
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
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::RevokeRoleFromUserOnEnterpriseProjectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("user_id", &self.user_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `ShowAgency`: `GET /v3.0/OS-AGENCY/agencies/{agency_id}`.
pub static SHOW_AGENCY: OperationInfo = OperationInfo {
    name: "ShowAgency",
    method: "GET",
    path: "/v3.0/OS-AGENCY/agencies/{agency_id}",
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

impl IntoRequestParts for model::ShowAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts
    }
}

/// `ShowCustomPolicy`: `GET /v3.0/OS-ROLE/roles/{role_id}`.
pub static SHOW_CUSTOM_POLICY: OperationInfo = OperationInfo {
    name: "ShowCustomPolicy",
    method: "GET",
    path: "/v3.0/OS-ROLE/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "role_id",
        name: "role_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowCustomPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `ShowDomainApiAclPolicy`: `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/api-acl-policy`.
pub static SHOW_DOMAIN_API_ACL_POLICY: OperationInfo = OperationInfo {
    name: "ShowDomainApiAclPolicy",
    method: "GET",
    path: "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/api-acl-policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowDomainApiAclPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts
    }
}

/// `ShowDomainConsoleAclPolicy`: `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/console-acl-policy`.
pub static SHOW_DOMAIN_CONSOLE_ACL_POLICY: OperationInfo = OperationInfo {
    name: "ShowDomainConsoleAclPolicy",
    method: "GET",
    path: "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/console-acl-policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowDomainConsoleAclPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts
    }
}

/// `ShowDomainLoginPolicy`: `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/login-policy`.
pub static SHOW_DOMAIN_LOGIN_POLICY: OperationInfo = OperationInfo {
    name: "ShowDomainLoginPolicy",
    method: "GET",
    path: "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/login-policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowDomainLoginPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts
    }
}

/// `ShowDomainPasswordPolicy`: `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/password-policy`.
pub static SHOW_DOMAIN_PASSWORD_POLICY: OperationInfo = OperationInfo {
    name: "ShowDomainPasswordPolicy",
    method: "GET",
    path: "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/password-policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowDomainPasswordPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts
    }
}

/// `ShowDomainProtectPolicy`: `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy`.
pub static SHOW_DOMAIN_PROTECT_POLICY: OperationInfo = OperationInfo {
    name: "ShowDomainProtectPolicy",
    method: "GET",
    path: "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowDomainProtectPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts
    }
}

/// `ShowDomainQuota`: `GET /v3.0/OS-QUOTA/domains/{domain_id}`.
pub static SHOW_DOMAIN_QUOTA: OperationInfo = OperationInfo {
    name: "ShowDomainQuota",
    method: "GET",
    path: "/v3.0/OS-QUOTA/domains/{domain_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "type",
            name: "type",
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

impl IntoRequestParts for model::ShowDomainQuotaRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("type", &self.r#type);
        parts
    }
}

/// `ShowDomainRoleAssignments`: `GET /v3.0/OS-PERMISSION/role-assignments`.
pub static SHOW_DOMAIN_ROLE_ASSIGNMENTS: OperationInfo = OperationInfo {
    name: "ShowDomainRoleAssignments",
    method: "GET",
    path: "/v3.0/OS-PERMISSION/role-assignments",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Query,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "subject",
            name: "subject",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "subject_user_id",
            name: "subject.user_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "subject_group_id",
            name: "subject.group_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "subject_agency_id",
            name: "subject.agency_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "scope",
            name: "scope",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "scope_project_id",
            name: "scope.project_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "scope_domain_id",
            name: "scope.domain_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "scope_enterprise_projects_id",
            name: "scope.enterprise_projects_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "is_inherited",
            name: "is_inherited",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "include_group",
            name: "include_group",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "page",
            name: "page",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "per_page",
            name: "per_page",
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

impl IntoRequestParts for model::ShowDomainRoleAssignmentsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("role_id", &self.role_id);
        parts.param("subject", &self.subject);
        parts.param("subject_user_id", &self.subject_user_id);
        parts.param("subject_group_id", &self.subject_group_id);
        parts.param("subject_agency_id", &self.subject_agency_id);
        parts.param("scope", &self.scope);
        parts.param("scope_project_id", &self.scope_project_id);
        parts.param("scope_domain_id", &self.scope_domain_id);
        parts.param(
            "scope_enterprise_projects_id",
            &self.scope_enterprise_projects_id,
        );
        parts.param("is_inherited", &self.is_inherited);
        parts.param("include_group", &self.include_group);
        parts.param("page", &self.page);
        parts.param("per_page", &self.per_page);
        parts
    }
}

/// `ShowMetadata`: `GET /v3-ext/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/metadata`.
pub static SHOW_METADATA: OperationInfo = OperationInfo {
    name: "ShowMetadata",
    method: "GET",
    path: "/v3-ext/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/metadata",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "idp_id",
            name: "idp_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "protocol_id",
            name: "protocol_id",
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

impl IntoRequestParts for model::ShowMetadataRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts.param("protocol_id", &self.protocol_id);
        parts
    }
}

/// `ShowOpenIdConnectConfig`: `GET /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
pub static SHOW_OPEN_ID_CONNECT_CONFIG: OperationInfo = OperationInfo {
    name: "ShowOpenIdConnectConfig",
    method: "GET",
    path: "/v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "idp_id",
        name: "idp_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowOpenIdConnectConfigRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts
    }
}

/// `ShowProjectDetailsAndStatus`: `GET /v3-ext/projects/{project_id}`.
pub static SHOW_PROJECT_DETAILS_AND_STATUS: OperationInfo = OperationInfo {
    name: "ShowProjectDetailsAndStatus",
    method: "GET",
    path: "/v3-ext/projects/{project_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "project_id",
        name: "project_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowProjectDetailsAndStatusRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts
    }
}

/// `ShowProjectQuota`: `GET /v3.0/OS-QUOTA/projects/{project_id}`.
pub static SHOW_PROJECT_QUOTA: OperationInfo = OperationInfo {
    name: "ShowProjectQuota",
    method: "GET",
    path: "/v3.0/OS-QUOTA/projects/{project_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "project_id",
        name: "project_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowProjectQuotaRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts
    }
}

/// `UpdateAgency`: `PUT /v3.0/OS-AGENCY/agencies/{agency_id}`.
pub static UPDATE_AGENCY: OperationInfo = OperationInfo {
    name: "UpdateAgency",
    method: "PUT",
    path: "/v3.0/OS-AGENCY/agencies/{agency_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::UpdateAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("agency_id", &self.agency_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateAgencyCustomPolicy`: `PATCH /v3.0/OS-ROLE/roles/{role_id}`.
pub static UPDATE_AGENCY_CUSTOM_POLICY: OperationInfo = OperationInfo {
    name: "UpdateAgencyCustomPolicy",
    method: "PATCH",
    path: "/v3.0/OS-ROLE/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "role_id",
        name: "role_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateAgencyCustomPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("role_id", &self.role_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateCloudServiceCustomPolicy`: `PATCH /v3.0/OS-ROLE/roles/{role_id}`.
pub static UPDATE_CLOUD_SERVICE_CUSTOM_POLICY: OperationInfo = OperationInfo {
    name: "UpdateCloudServiceCustomPolicy",
    method: "PATCH",
    path: "/v3.0/OS-ROLE/roles/{role_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "role_id",
        name: "role_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateCloudServiceCustomPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("role_id", &self.role_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateDomainApiAclPolicy`: `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/api-acl-policy`.
pub static UPDATE_DOMAIN_API_ACL_POLICY: OperationInfo = OperationInfo {
    name: "UpdateDomainApiAclPolicy",
    method: "PUT",
    path: "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/api-acl-policy",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateDomainApiAclPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateDomainConsoleAclPolicy`: `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/console-acl-policy`.
pub static UPDATE_DOMAIN_CONSOLE_ACL_POLICY: OperationInfo = OperationInfo {
    name: "UpdateDomainConsoleAclPolicy",
    method: "PUT",
    path: "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/console-acl-policy",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateDomainConsoleAclPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateDomainGroupInheritRole`: `PUT /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
pub static UPDATE_DOMAIN_GROUP_INHERIT_ROLE: OperationInfo = OperationInfo {
    name: "UpdateDomainGroupInheritRole",
    method: "PUT",
    path:
        "/v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "group_id",
            name: "group_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "role_id",
            name: "role_id",
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

impl IntoRequestParts for model::UpdateDomainGroupInheritRoleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("group_id", &self.group_id);
        parts.param("role_id", &self.role_id);
        parts
    }
}

/// `UpdateDomainLoginPolicy`: `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/login-policy`.
pub static UPDATE_DOMAIN_LOGIN_POLICY: OperationInfo = OperationInfo {
    name: "UpdateDomainLoginPolicy",
    method: "PUT",
    path: "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/login-policy",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateDomainLoginPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateDomainPasswordPolicy`: `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/password-policy`.
pub static UPDATE_DOMAIN_PASSWORD_POLICY: OperationInfo = OperationInfo {
    name: "UpdateDomainPasswordPolicy",
    method: "PUT",
    path: "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/password-policy",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateDomainPasswordPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateDomainProtectPolicy`: `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy`.
pub static UPDATE_DOMAIN_PROTECT_POLICY: OperationInfo = OperationInfo {
    name: "UpdateDomainProtectPolicy",
    method: "PUT",
    path: "/v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "domain_id",
        name: "domain_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateDomainProtectPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateOpenIdConnectConfig`: `PUT /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
pub static UPDATE_OPEN_ID_CONNECT_CONFIG: OperationInfo = OperationInfo {
    name: "UpdateOpenIdConnectConfig",
    method: "PUT",
    path: "/v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "idp_id",
        name: "idp_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateOpenIdConnectConfigRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("idp_id", &self.idp_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateProjectStatus`: `PUT /v3-ext/projects/{project_id}`.
pub static UPDATE_PROJECT_STATUS: OperationInfo = OperationInfo {
    name: "UpdateProjectStatus",
    method: "PUT",
    path: "/v3-ext/projects/{project_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "project_id",
        name: "project_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateProjectStatusRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("project_id", &self.project_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreatePermanentAccessKey`: `POST /v3.0/OS-CREDENTIAL/credentials`.
pub static CREATE_PERMANENT_ACCESS_KEY: OperationInfo = OperationInfo {
    name: "CreatePermanentAccessKey",
    method: "POST",
    path: "/v3.0/OS-CREDENTIAL/credentials",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreatePermanentAccessKeyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateTemporaryAccessKeyByAgency`: `POST /v3.0/OS-CREDENTIAL/securitytokens`.
pub static CREATE_TEMPORARY_ACCESS_KEY_BY_AGENCY: OperationInfo = OperationInfo {
    name: "CreateTemporaryAccessKeyByAgency",
    method: "POST",
    path: "/v3.0/OS-CREDENTIAL/securitytokens",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateTemporaryAccessKeyByAgencyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateTemporaryAccessKeyByToken`: `POST /v3.0/OS-CREDENTIAL/securitytokens`.
pub static CREATE_TEMPORARY_ACCESS_KEY_BY_TOKEN: OperationInfo = OperationInfo {
    name: "CreateTemporaryAccessKeyByToken",
    method: "POST",
    path: "/v3.0/OS-CREDENTIAL/securitytokens",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateTemporaryAccessKeyByTokenRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeletePermanentAccessKey`: `DELETE /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
pub static DELETE_PERMANENT_ACCESS_KEY: OperationInfo = OperationInfo {
    name: "DeletePermanentAccessKey",
    method: "DELETE",
    path: "/v3.0/OS-CREDENTIAL/credentials/{access_key}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "access_key",
        name: "access_key",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeletePermanentAccessKeyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("access_key", &self.access_key);
        parts
    }
}

/// `ListPermanentAccessKeys`: `GET /v3.0/OS-CREDENTIAL/credentials`.
pub static LIST_PERMANENT_ACCESS_KEYS: OperationInfo = OperationInfo {
    name: "ListPermanentAccessKeys",
    method: "GET",
    path: "/v3.0/OS-CREDENTIAL/credentials",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "user_id",
        name: "user_id",
        location: ParamLocation::Query,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListPermanentAccessKeysRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `ShowPermanentAccessKey`: `GET /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
pub static SHOW_PERMANENT_ACCESS_KEY: OperationInfo = OperationInfo {
    name: "ShowPermanentAccessKey",
    method: "GET",
    path: "/v3.0/OS-CREDENTIAL/credentials/{access_key}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "access_key",
        name: "access_key",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowPermanentAccessKeyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("access_key", &self.access_key);
        parts
    }
}

/// `UpdatePermanentAccessKey`: `PUT /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
pub static UPDATE_PERMANENT_ACCESS_KEY: OperationInfo = OperationInfo {
    name: "UpdatePermanentAccessKey",
    method: "PUT",
    path: "/v3.0/OS-CREDENTIAL/credentials/{access_key}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "access_key",
        name: "access_key",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdatePermanentAccessKeyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("access_key", &self.access_key);
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateUser`: `POST /v3.0/OS-USER/users`.
pub static CREATE_USER: OperationInfo = OperationInfo {
    name: "CreateUser",
    method: "POST",
    path: "/v3.0/OS-USER/users",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateUserRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneCreateUser`: `POST /v3/users`.
pub static KEYSTONE_CREATE_USER: OperationInfo = OperationInfo {
    name: "KeystoneCreateUser",
    method: "POST",
    path: "/v3/users",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::KeystoneCreateUserRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneDeleteUser`: `DELETE /v3/users/{user_id}`.
pub static KEYSTONE_DELETE_USER: OperationInfo = OperationInfo {
    name: "KeystoneDeleteUser",
    method: "DELETE",
    path: "/v3/users/{user_id}",
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

impl IntoRequestParts for model::KeystoneDeleteUserRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `KeystoneListGroupsForUser`: `GET /v3/users/{user_id}/groups`.
pub static KEYSTONE_LIST_GROUPS_FOR_USER: OperationInfo = OperationInfo {
    name: "KeystoneListGroupsForUser",
    method: "GET",
    path: "/v3/users/{user_id}/groups",
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

impl IntoRequestParts for model::KeystoneListGroupsForUserRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `KeystoneListUsers`: `GET /v3/users`.
pub static KEYSTONE_LIST_USERS: OperationInfo = OperationInfo {
    name: "KeystoneListUsers",
    method: "GET",
    path: "/v3/users",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "domain_id",
            name: "domain_id",
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
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "password_expires_at",
            name: "password_expires_at",
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

impl IntoRequestParts for model::KeystoneListUsersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("domain_id", &self.domain_id);
        parts.param("enabled", &self.enabled);
        parts.param("name", &self.name);
        parts.param("password_expires_at", &self.password_expires_at);
        parts
    }
}

/// `KeystoneListUsersForGroupByAdmin`: `GET /v3/groups/{group_id}/users`.
pub static KEYSTONE_LIST_USERS_FOR_GROUP_BY_ADMIN: OperationInfo = OperationInfo {
    name: "KeystoneListUsersForGroupByAdmin",
    method: "GET",
    path: "/v3/groups/{group_id}/users",
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

impl IntoRequestParts for model::KeystoneListUsersForGroupByAdminRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `KeystoneShowUser`: `GET /v3/users/{user_id}`.
pub static KEYSTONE_SHOW_USER: OperationInfo = OperationInfo {
    name: "KeystoneShowUser",
    method: "GET",
    path: "/v3/users/{user_id}",
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

impl IntoRequestParts for model::KeystoneShowUserRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `KeystoneUpdateUserByAdmin`: `PATCH /v3/users/{user_id}`.
pub static KEYSTONE_UPDATE_USER_BY_ADMIN: OperationInfo = OperationInfo {
    name: "KeystoneUpdateUserByAdmin",
    method: "PATCH",
    path: "/v3/users/{user_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::KeystoneUpdateUserByAdminRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneUpdateUserPassword`: `POST /v3/users/{user_id}/password`.
pub static KEYSTONE_UPDATE_USER_PASSWORD: OperationInfo = OperationInfo {
    name: "KeystoneUpdateUserPassword",
    method: "POST",
    path: "/v3/users/{user_id}/password",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::KeystoneUpdateUserPasswordRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListUserLoginProtects`: `GET /v3.0/OS-USER/login-protects`.
pub static LIST_USER_LOGIN_PROTECTS: OperationInfo = OperationInfo {
    name: "ListUserLoginProtects",
    method: "GET",
    path: "/v3.0/OS-USER/login-protects",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListUserLoginProtectsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ListUserMfaDevices`: `GET /v3.0/OS-MFA/virtual-mfa-devices`.
pub static LIST_USER_MFA_DEVICES: OperationInfo = OperationInfo {
    name: "ListUserMfaDevices",
    method: "GET",
    path: "/v3.0/OS-MFA/virtual-mfa-devices",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListUserMfaDevicesRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ShowUser`: `GET /v3.0/OS-USER/users/{user_id}`.
pub static SHOW_USER: OperationInfo = OperationInfo {
    name: "ShowUser",
    method: "GET",
    path: "/v3.0/OS-USER/users/{user_id}",
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

impl IntoRequestParts for model::ShowUserRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `ShowUserLoginProtect`: `GET /v3.0/OS-USER/users/{user_id}/login-protect`.
pub static SHOW_USER_LOGIN_PROTECT: OperationInfo = OperationInfo {
    name: "ShowUserLoginProtect",
    method: "GET",
    path: "/v3.0/OS-USER/users/{user_id}/login-protect",
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

impl IntoRequestParts for model::ShowUserLoginProtectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `ShowUserMfaDevice`: `GET /v3.0/OS-MFA/users/{user_id}/virtual-mfa-device`.
pub static SHOW_USER_MFA_DEVICE: OperationInfo = OperationInfo {
    name: "ShowUserMfaDevice",
    method: "GET",
    path: "/v3.0/OS-MFA/users/{user_id}/virtual-mfa-device",
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

impl IntoRequestParts for model::ShowUserMfaDeviceRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts
    }
}

/// `UpdateLoginProtect`: `PUT /v3.0/OS-USER/users/{user_id}/login-protect`.
pub static UPDATE_LOGIN_PROTECT: OperationInfo = OperationInfo {
    name: "UpdateLoginProtect",
    method: "PUT",
    path: "/v3.0/OS-USER/users/{user_id}/login-protect",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::UpdateLoginProtectRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateUser`: `PUT /v3.0/OS-USER/users/{user_id}`.
pub static UPDATE_USER: OperationInfo = OperationInfo {
    name: "UpdateUser",
    method: "PUT",
    path: "/v3.0/OS-USER/users/{user_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::UpdateUserRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateUserInformation`: `PUT /v3.0/OS-USER/users/{user_id}/info`.
pub static UPDATE_USER_INFORMATION: OperationInfo = OperationInfo {
    name: "UpdateUserInformation",
    method: "PUT",
    path: "/v3.0/OS-USER/users/{user_id}/info",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
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

impl IntoRequestParts for model::UpdateUserInformationRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("user_id", &self.user_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneCreateAgencyToken`: `POST /v3/auth/tokens`.
pub static KEYSTONE_CREATE_AGENCY_TOKEN: OperationInfo = OperationInfo {
    name: "KeystoneCreateAgencyToken",
    method: "POST",
    path: "/v3/auth/tokens",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "nocatalog",
        name: "nocatalog",
        location: ParamLocation::Query,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_subject_token",
        name: "X-Subject-Token",
    }],
};

impl IntoRequestParts for model::KeystoneCreateAgencyTokenRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("nocatalog", &self.nocatalog);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneCreateUserTokenByPassword`: `POST /v3/auth/tokens`.
pub static KEYSTONE_CREATE_USER_TOKEN_BY_PASSWORD: OperationInfo = OperationInfo {
    name: "KeystoneCreateUserTokenByPassword",
    method: "POST",
    path: "/v3/auth/tokens",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "nocatalog",
        name: "nocatalog",
        location: ParamLocation::Query,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_subject_token",
        name: "X-Subject-Token",
    }],
};

impl IntoRequestParts for model::KeystoneCreateUserTokenByPasswordRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("nocatalog", &self.nocatalog);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneCreateUserTokenByPasswordAndMfa`: `POST /v3/auth/tokens`.
pub static KEYSTONE_CREATE_USER_TOKEN_BY_PASSWORD_AND_MFA: OperationInfo = OperationInfo {
    name: "KeystoneCreateUserTokenByPasswordAndMfa",
    method: "POST",
    path: "/v3/auth/tokens",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "nocatalog",
        name: "nocatalog",
        location: ParamLocation::Query,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_subject_token",
        name: "X-Subject-Token",
    }],
};

impl IntoRequestParts for model::KeystoneCreateUserTokenByPasswordAndMfaRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("nocatalog", &self.nocatalog);
        parts.json_body(&self.body);
        parts
    }
}

/// `KeystoneValidateToken`: `GET /v3/auth/tokens`.
pub static KEYSTONE_VALIDATE_TOKEN: OperationInfo = OperationInfo {
    name: "KeystoneValidateToken",
    method: "GET",
    path: "/v3/auth/tokens",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "nocatalog",
            name: "nocatalog",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "x_subject_token",
            name: "X-Subject-Token",
            location: ParamLocation::Header,
            required: true,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[HeaderInfo {
        field: "x_subject_token",
        name: "X-Subject-Token",
    }],
};

impl IntoRequestParts for model::KeystoneValidateTokenRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("x_subject_token", &self.x_subject_token);
        parts.param("nocatalog", &self.nocatalog);
        parts
    }
}
