//! The IAM v3 API: async client, operation descriptors, models and regions.
//!
//! - [`IamClient`]: the async client, one method per operation.
//! - [`blocking::IamClient`]: the same methods, blocking the calling thread.
//! - [`model`]: request, response and data types.
//! - [`operation`]: a static descriptor per operation (method, path, parameters).
//! - [`region`]: region ids of the built-in endpoint table and [`region::value_of`].
//!
//! ```ignore
//! use huaweicloud_sdk_iam::v3::{model, region, IamClient};
//!
//! let client = IamClient::builder()
//!     .region(region::value_of(region::CN_NORTH_4)?)
//!     .build()?;
//! let response = client.list_custom_policies(model::ListCustomPoliciesRequest::default()).await?;
//! ```

pub mod blocking;
pub mod model;
pub mod operation;
pub mod region;

use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::operation::{CredentialKind, ServiceInfo};
use huaweicloud_sdk_core::{Error, Response};

/// Description of the IAM v3 API: name, credentials and built-in regions.
pub static SERVICE: ServiceInfo = ServiceInfo {
    name: "iam",
    version: "v3",
    region_env: "IAM",
    credential_kind: CredentialKind::Global,
    derived_auth_service: ::std::option::Option::None,
    regions: &[
        ("ae-ad-1", &["https://iam.ae-ad-1.myhuaweicloud.com"]),
        ("af-south-1", &["https://iam.af-south-1.myhuaweicloud.com"]),
        (
            "ap-southeast-1",
            &["https://iam.ap-southeast-1.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-2",
            &["https://iam.ap-southeast-2.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-3",
            &["https://iam.ap-southeast-3.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-4",
            &["https://iam.ap-southeast-4.myhuaweicloud.com"],
        ),
        ("cn-east-2", &["https://iam.cn-east-2.myhuaweicloud.com"]),
        ("cn-east-3", &["https://iam.cn-east-3.myhuaweicloud.com"]),
        ("cn-east-4", &["https://iam.cn-east-4.myhuaweicloud.com"]),
        ("cn-east-5", &["https://iam.cn-east-5.myhuaweicloud.com"]),
        ("cn-north-1", &["https://iam.cn-north-1.myhuaweicloud.com"]),
        (
            "cn-north-12",
            &["https://iam.cn-north-12.myhuaweicloud.com"],
        ),
        ("cn-north-2", &["https://iam.cn-north-2.myhuaweicloud.com"]),
        ("cn-north-4", &["https://iam.cn-north-4.myhuaweicloud.com"]),
        ("cn-north-9", &["https://iam.cn-north-9.myhuaweicloud.com"]),
        ("cn-south-1", &["https://iam.cn-south-1.myhuaweicloud.com"]),
        ("cn-south-2", &["https://iam.cn-south-2.myhuaweicloud.com"]),
        (
            "cn-southwest-2",
            &["https://iam.cn-southwest-2.myhuaweicloud.com"],
        ),
        ("eu-west-0", &["https://iam.eu-west-0.myhuaweicloud.com"]),
        ("eu-west-101", &["https://iam.eu-west-101.myhuaweicloud.eu"]),
        ("la-north-2", &["https://iam.la-north-2.myhuaweicloud.com"]),
        ("la-south-2", &["https://iam.la-south-2.myhuaweicloud.com"]),
        ("me-east-1", &["https://iam.me-east-1.myhuaweicloud.com"]),
        (
            "my-kualalumpur-1",
            &["https://iam.my-kualalumpur-1.myhuaweicloud.com"],
        ),
        (
            "na-mexico-1",
            &["https://iam.na-mexico-1.myhuaweicloud.com"],
        ),
        (
            "ru-moscow-1",
            &["https://iam.ru-moscow-1.myhuaweicloud.com"],
        ),
        (
            "sa-brazil-1",
            &["https://iam.sa-brazil-1.myhuaweicloud.com"],
        ),
        ("tr-west-1", &["https://iam.tr-west-1.myhuaweicloud.com"]),
    ],
};

/// Async client of the IAM v3 API.
///
/// Cheap to clone: clones share connections. Each method returns an [`Error`] for transport
/// failures, error responses, undecodable bodies and missing required parameters.
#[derive(Debug, Clone)]
pub struct IamClient {
    client: ::huaweicloud_sdk_core::Client,
}

impl ServiceClient for IamClient {
    fn from_client(client: ::huaweicloud_sdk_core::Client) -> Self {
        IamClient { client }
    }
}

impl IamClient {
    /// Starts a builder for this client: credentials, region or endpoints, HTTP settings.
    pub fn builder() -> ClientBuilder<IamClient> {
        ClientBuilder::new(&SERVICE)
    }

    /// Returns a client that applies `options` to every call it makes.
    #[must_use]
    pub fn with_options(&self, options: CallOptions) -> Self {
        IamClient {
            client: self.client.with_options(options),
        }
    }

    /// Calls `AssociateAgencyWithAllProjectsPermission`: `PUT /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
    pub async fn associate_agency_with_all_projects_permission(
        &self,
        request: model::AssociateAgencyWithAllProjectsPermissionRequest,
    ) -> ::std::result::Result<
        Response<model::AssociateAgencyWithAllProjectsPermissionResponse>,
        Error,
    > {
        self.client
            .call(
                &operation::ASSOCIATE_AGENCY_WITH_ALL_PROJECTS_PERMISSION,
                request,
            )
            .await
    }

    /// Calls `AssociateAgencyWithDomainPermission`: `PUT /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
    pub async fn associate_agency_with_domain_permission(
        &self,
        request: model::AssociateAgencyWithDomainPermissionRequest,
    ) -> ::std::result::Result<Response<model::AssociateAgencyWithDomainPermissionResponse>, Error>
    {
        self.client
            .call(&operation::ASSOCIATE_AGENCY_WITH_DOMAIN_PERMISSION, request)
            .await
    }

    /// Calls `AssociateAgencyWithProjectPermission`: `PUT /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
    pub async fn associate_agency_with_project_permission(
        &self,
        request: model::AssociateAgencyWithProjectPermissionRequest,
    ) -> ::std::result::Result<Response<model::AssociateAgencyWithProjectPermissionResponse>, Error>
    {
        self.client
            .call(
                &operation::ASSOCIATE_AGENCY_WITH_PROJECT_PERMISSION,
                request,
            )
            .await
    }

    /// Calls `AssociateRoleToAgencyOnEnterpriseProject`: `PUT /v3.0/OS-PERMISSION/subjects/agency/scopes/enterprise-project/role-assignments`.
    pub async fn associate_role_to_agency_on_enterprise_project(
        &self,
        request: model::AssociateRoleToAgencyOnEnterpriseProjectRequest,
    ) -> ::std::result::Result<
        Response<model::AssociateRoleToAgencyOnEnterpriseProjectResponse>,
        Error,
    > {
        self.client
            .call(
                &operation::ASSOCIATE_ROLE_TO_AGENCY_ON_ENTERPRISE_PROJECT,
                request,
            )
            .await
    }

    /// Calls `AssociateRoleToGroupOnEnterpriseProject`: `PUT /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}`.
    pub async fn associate_role_to_group_on_enterprise_project(
        &self,
        request: model::AssociateRoleToGroupOnEnterpriseProjectRequest,
    ) -> ::std::result::Result<
        Response<model::AssociateRoleToGroupOnEnterpriseProjectResponse>,
        Error,
    > {
        self.client
            .call(
                &operation::ASSOCIATE_ROLE_TO_GROUP_ON_ENTERPRISE_PROJECT,
                request,
            )
            .await
    }

    /// Calls `AssociateRoleToUserOnEnterpriseProject`: `PUT /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles/{role_id}`.
    pub async fn associate_role_to_user_on_enterprise_project(
        &self,
        request: model::AssociateRoleToUserOnEnterpriseProjectRequest,
    ) -> ::std::result::Result<Response<model::AssociateRoleToUserOnEnterpriseProjectResponse>, Error>
    {
        self.client
            .call(
                &operation::ASSOCIATE_ROLE_TO_USER_ON_ENTERPRISE_PROJECT,
                request,
            )
            .await
    }

    /// Calls `CheckAllProjectsPermissionForAgency`: `HEAD /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
    pub async fn check_all_projects_permission_for_agency(
        &self,
        request: model::CheckAllProjectsPermissionForAgencyRequest,
    ) -> ::std::result::Result<Response<model::CheckAllProjectsPermissionForAgencyResponse>, Error>
    {
        self.client
            .call(
                &operation::CHECK_ALL_PROJECTS_PERMISSION_FOR_AGENCY,
                request,
            )
            .await
    }

    /// Calls `CheckDomainPermissionForAgency`: `HEAD /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
    pub async fn check_domain_permission_for_agency(
        &self,
        request: model::CheckDomainPermissionForAgencyRequest,
    ) -> ::std::result::Result<Response<model::CheckDomainPermissionForAgencyResponse>, Error> {
        self.client
            .call(&operation::CHECK_DOMAIN_PERMISSION_FOR_AGENCY, request)
            .await
    }

    /// Calls `CheckProjectPermissionForAgency`: `HEAD /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
    pub async fn check_project_permission_for_agency(
        &self,
        request: model::CheckProjectPermissionForAgencyRequest,
    ) -> ::std::result::Result<Response<model::CheckProjectPermissionForAgencyResponse>, Error>
    {
        self.client
            .call(&operation::CHECK_PROJECT_PERMISSION_FOR_AGENCY, request)
            .await
    }

    /// Calls `CreateAgency`: `POST /v3.0/OS-AGENCY/agencies`.
    pub async fn create_agency(
        &self,
        request: model::CreateAgencyRequest,
    ) -> ::std::result::Result<Response<model::CreateAgencyResponse>, Error> {
        self.client.call(&operation::CREATE_AGENCY, request).await
    }

    /// Calls `CreateAgencyCustomPolicy`: `POST /v3.0/OS-ROLE/roles`.
    pub async fn create_agency_custom_policy(
        &self,
        request: model::CreateAgencyCustomPolicyRequest,
    ) -> ::std::result::Result<Response<model::CreateAgencyCustomPolicyResponse>, Error> {
        self.client
            .call(&operation::CREATE_AGENCY_CUSTOM_POLICY, request)
            .await
    }

    /// Calls `CreateBindingDevice`: `PUT /v3.0/OS-MFA/mfa-devices/bind`.
    pub async fn create_binding_device(
        &self,
        request: model::CreateBindingDeviceRequest,
    ) -> ::std::result::Result<Response<model::CreateBindingDeviceResponse>, Error> {
        self.client
            .call(&operation::CREATE_BINDING_DEVICE, request)
            .await
    }

    /// Calls `CreateCloudServiceCustomPolicy`: `POST /v3.0/OS-ROLE/roles`.
    pub async fn create_cloud_service_custom_policy(
        &self,
        request: model::CreateCloudServiceCustomPolicyRequest,
    ) -> ::std::result::Result<Response<model::CreateCloudServiceCustomPolicyResponse>, Error> {
        self.client
            .call(&operation::CREATE_CLOUD_SERVICE_CUSTOM_POLICY, request)
            .await
    }

    /// Calls `CreateLoginToken`: `POST /v3.0/OS-AUTH/securitytoken/logintokens`.
    pub async fn create_login_token(
        &self,
        request: model::CreateLoginTokenRequest,
    ) -> ::std::result::Result<Response<model::CreateLoginTokenResponse>, Error> {
        self.client
            .call(&operation::CREATE_LOGIN_TOKEN, request)
            .await
    }

    /// Calls `CreateMetadata`: `POST /v3-ext/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/metadata`.
    pub async fn create_metadata(
        &self,
        request: model::CreateMetadataRequest,
    ) -> ::std::result::Result<Response<model::CreateMetadataResponse>, Error> {
        self.client.call(&operation::CREATE_METADATA, request).await
    }

    /// Calls `CreateMfaDevice`: `POST /v3.0/OS-MFA/virtual-mfa-devices`.
    pub async fn create_mfa_device(
        &self,
        request: model::CreateMfaDeviceRequest,
    ) -> ::std::result::Result<Response<model::CreateMfaDeviceResponse>, Error> {
        self.client
            .call(&operation::CREATE_MFA_DEVICE, request)
            .await
    }

    /// Calls `CreateOpenIdConnectConfig`: `POST /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
    pub async fn create_open_id_connect_config(
        &self,
        request: model::CreateOpenIdConnectConfigRequest,
    ) -> ::std::result::Result<Response<model::CreateOpenIdConnectConfigResponse>, Error> {
        self.client
            .call(&operation::CREATE_OPEN_ID_CONNECT_CONFIG, request)
            .await
    }

    /// Calls `CreateTokenWithIdToken`: `POST /v3.0/OS-AUTH/id-token/tokens`.
    pub async fn create_token_with_id_token(
        &self,
        request: model::CreateTokenWithIdTokenRequest,
    ) -> ::std::result::Result<Response<model::CreateTokenWithIdTokenResponse>, Error> {
        self.client
            .call(&operation::CREATE_TOKEN_WITH_ID_TOKEN, request)
            .await
    }

    /// Calls `CreateUnscopeTokenByIdpInitiated`: `POST /v3.0/OS-FEDERATION/tokens`.
    pub async fn create_unscope_token_by_idp_initiated(
        &self,
        request: model::CreateUnscopeTokenByIdpInitiatedRequest,
    ) -> ::std::result::Result<Response<model::CreateUnscopeTokenByIdpInitiatedResponse>, Error>
    {
        self.client
            .call(&operation::CREATE_UNSCOPE_TOKEN_BY_IDP_INITIATED, request)
            .await
    }

    /// Calls `CreateUnscopedTokenWithIdToken`: `POST /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/auth`.
    pub async fn create_unscoped_token_with_id_token(
        &self,
        request: model::CreateUnscopedTokenWithIdTokenRequest,
    ) -> ::std::result::Result<Response<model::CreateUnscopedTokenWithIdTokenResponse>, Error> {
        self.client
            .call(&operation::CREATE_UNSCOPED_TOKEN_WITH_ID_TOKEN, request)
            .await
    }

    /// Calls `DeleteAgency`: `DELETE /v3.0/OS-AGENCY/agencies/{agency_id}`.
    pub async fn delete_agency(
        &self,
        request: model::DeleteAgencyRequest,
    ) -> ::std::result::Result<Response<model::DeleteAgencyResponse>, Error> {
        self.client.call(&operation::DELETE_AGENCY, request).await
    }

    /// Calls `DeleteBindingDevice`: `PUT /v3.0/OS-MFA/mfa-devices/unbind`.
    pub async fn delete_binding_device(
        &self,
        request: model::DeleteBindingDeviceRequest,
    ) -> ::std::result::Result<Response<model::DeleteBindingDeviceResponse>, Error> {
        self.client
            .call(&operation::DELETE_BINDING_DEVICE, request)
            .await
    }

    /// Calls `DeleteCustomPolicy`: `DELETE /v3.0/OS-ROLE/roles/{role_id}`.
    pub async fn delete_custom_policy(
        &self,
        request: model::DeleteCustomPolicyRequest,
    ) -> ::std::result::Result<Response<model::DeleteCustomPolicyResponse>, Error> {
        self.client
            .call(&operation::DELETE_CUSTOM_POLICY, request)
            .await
    }

    /// Calls `DeleteDomainGroupInheritedRole`: `DELETE /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
    pub async fn delete_domain_group_inherited_role(
        &self,
        request: model::DeleteDomainGroupInheritedRoleRequest,
    ) -> ::std::result::Result<Response<model::DeleteDomainGroupInheritedRoleResponse>, Error> {
        self.client
            .call(&operation::DELETE_DOMAIN_GROUP_INHERITED_ROLE, request)
            .await
    }

    /// Calls `DeleteMfaDevice`: `DELETE /v3.0/OS-MFA/virtual-mfa-devices`.
    pub async fn delete_mfa_device(
        &self,
        request: model::DeleteMfaDeviceRequest,
    ) -> ::std::result::Result<Response<model::DeleteMfaDeviceResponse>, Error> {
        self.client
            .call(&operation::DELETE_MFA_DEVICE, request)
            .await
    }

    /// Calls `KeystoneAddUserToGroup`: `PUT /v3/groups/{group_id}/users/{user_id}`.
    pub async fn keystone_add_user_to_group(
        &self,
        request: model::KeystoneAddUserToGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneAddUserToGroupResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_ADD_USER_TO_GROUP, request)
            .await
    }

    /// Calls `KeystoneAssociateGroupWithDomainPermission`: `PUT /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
    pub async fn keystone_associate_group_with_domain_permission(
        &self,
        request: model::KeystoneAssociateGroupWithDomainPermissionRequest,
    ) -> ::std::result::Result<
        Response<model::KeystoneAssociateGroupWithDomainPermissionResponse>,
        Error,
    > {
        self.client
            .call(
                &operation::KEYSTONE_ASSOCIATE_GROUP_WITH_DOMAIN_PERMISSION,
                request,
            )
            .await
    }

    /// Calls `KeystoneAssociateGroupWithProjectPermission`: `PUT /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
    pub async fn keystone_associate_group_with_project_permission(
        &self,
        request: model::KeystoneAssociateGroupWithProjectPermissionRequest,
    ) -> ::std::result::Result<
        Response<model::KeystoneAssociateGroupWithProjectPermissionResponse>,
        Error,
    > {
        self.client
            .call(
                &operation::KEYSTONE_ASSOCIATE_GROUP_WITH_PROJECT_PERMISSION,
                request,
            )
            .await
    }

    /// Calls `KeystoneCheckDomainPermissionForGroup`: `HEAD /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
    pub async fn keystone_check_domain_permission_for_group(
        &self,
        request: model::KeystoneCheckDomainPermissionForGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCheckDomainPermissionForGroupResponse>, Error>
    {
        self.client
            .call(
                &operation::KEYSTONE_CHECK_DOMAIN_PERMISSION_FOR_GROUP,
                request,
            )
            .await
    }

    /// Calls `KeystoneCheckProjectPermissionForGroup`: `HEAD /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
    pub async fn keystone_check_project_permission_for_group(
        &self,
        request: model::KeystoneCheckProjectPermissionForGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCheckProjectPermissionForGroupResponse>, Error>
    {
        self.client
            .call(
                &operation::KEYSTONE_CHECK_PROJECT_PERMISSION_FOR_GROUP,
                request,
            )
            .await
    }

    /// Calls `KeystoneCheckUserInGroup`: `HEAD /v3/groups/{group_id}/users/{user_id}`.
    pub async fn keystone_check_user_in_group(
        &self,
        request: model::KeystoneCheckUserInGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCheckUserInGroupResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_CHECK_USER_IN_GROUP, request)
            .await
    }

    /// Calls `KeystoneCheckroleForGroup`: `HEAD /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
    pub async fn keystone_checkrole_for_group(
        &self,
        request: model::KeystoneCheckroleForGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCheckroleForGroupResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_CHECKROLE_FOR_GROUP, request)
            .await
    }

    /// Calls `KeystoneCreateGroup`: `POST /v3/groups`.
    pub async fn keystone_create_group(
        &self,
        request: model::KeystoneCreateGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCreateGroupResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_CREATE_GROUP, request)
            .await
    }

    /// Calls `KeystoneCreateIdentityProvider`: `PUT /v3/OS-FEDERATION/identity_providers/{id}`.
    pub async fn keystone_create_identity_provider(
        &self,
        request: model::KeystoneCreateIdentityProviderRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCreateIdentityProviderResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_CREATE_IDENTITY_PROVIDER, request)
            .await
    }

    /// Calls `KeystoneCreateMapping`: `PUT /v3/OS-FEDERATION/mappings/{id}`.
    pub async fn keystone_create_mapping(
        &self,
        request: model::KeystoneCreateMappingRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCreateMappingResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_CREATE_MAPPING, request)
            .await
    }

    /// Calls `KeystoneCreateProject`: `POST /v3/projects`.
    pub async fn keystone_create_project(
        &self,
        request: model::KeystoneCreateProjectRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCreateProjectResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_CREATE_PROJECT, request)
            .await
    }

    /// Calls `KeystoneCreateProtocol`: `PUT /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
    pub async fn keystone_create_protocol(
        &self,
        request: model::KeystoneCreateProtocolRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCreateProtocolResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_CREATE_PROTOCOL, request)
            .await
    }

    /// Calls `KeystoneCreateScopedToken`: `POST /v3/auth/tokens`.
    pub async fn keystone_create_scoped_token(
        &self,
        request: model::KeystoneCreateScopedTokenRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCreateScopedTokenResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_CREATE_SCOPED_TOKEN, request)
            .await
    }

    /// Calls `KeystoneDeleteGroup`: `DELETE /v3/groups/{group_id}`.
    pub async fn keystone_delete_group(
        &self,
        request: model::KeystoneDeleteGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneDeleteGroupResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_DELETE_GROUP, request)
            .await
    }

    /// Calls `KeystoneDeleteIdentityProvider`: `DELETE /v3/OS-FEDERATION/identity_providers/{id}`.
    pub async fn keystone_delete_identity_provider(
        &self,
        request: model::KeystoneDeleteIdentityProviderRequest,
    ) -> ::std::result::Result<Response<model::KeystoneDeleteIdentityProviderResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_DELETE_IDENTITY_PROVIDER, request)
            .await
    }

    /// Calls `KeystoneDeleteMapping`: `DELETE /v3/OS-FEDERATION/mappings/{id}`.
    pub async fn keystone_delete_mapping(
        &self,
        request: model::KeystoneDeleteMappingRequest,
    ) -> ::std::result::Result<Response<model::KeystoneDeleteMappingResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_DELETE_MAPPING, request)
            .await
    }

    /// Calls `KeystoneDeleteProtocol`: `DELETE /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
    pub async fn keystone_delete_protocol(
        &self,
        request: model::KeystoneDeleteProtocolRequest,
    ) -> ::std::result::Result<Response<model::KeystoneDeleteProtocolResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_DELETE_PROTOCOL, request)
            .await
    }

    /// Calls `KeystoneListAllProjectPermissionsForGroup`: `GET /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/inherited_to_projects`.
    pub async fn keystone_list_all_project_permissions_for_group(
        &self,
        request: model::KeystoneListAllProjectPermissionsForGroupRequest,
    ) -> ::std::result::Result<
        Response<model::KeystoneListAllProjectPermissionsForGroupResponse>,
        Error,
    > {
        self.client
            .call(
                &operation::KEYSTONE_LIST_ALL_PROJECT_PERMISSIONS_FOR_GROUP,
                request,
            )
            .await
    }

    /// Calls `KeystoneListAuthDomains`: `GET /v3/auth/domains`.
    pub async fn keystone_list_auth_domains(
        &self,
        request: model::KeystoneListAuthDomainsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListAuthDomainsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_AUTH_DOMAINS, request)
            .await
    }

    /// Calls `KeystoneListAuthProjects`: `GET /v3/auth/projects`.
    pub async fn keystone_list_auth_projects(
        &self,
        request: model::KeystoneListAuthProjectsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListAuthProjectsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_AUTH_PROJECTS, request)
            .await
    }

    /// Calls `KeystoneListDomainPermissionsForGroup`: `GET /v3/domains/{domain_id}/groups/{group_id}/roles`.
    pub async fn keystone_list_domain_permissions_for_group(
        &self,
        request: model::KeystoneListDomainPermissionsForGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListDomainPermissionsForGroupResponse>, Error>
    {
        self.client
            .call(
                &operation::KEYSTONE_LIST_DOMAIN_PERMISSIONS_FOR_GROUP,
                request,
            )
            .await
    }

    /// Calls `KeystoneListEndpoints`: `GET /v3/endpoints`.
    pub async fn keystone_list_endpoints(
        &self,
        request: model::KeystoneListEndpointsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListEndpointsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_ENDPOINTS, request)
            .await
    }

    /// Calls `KeystoneListFederationDomains`: `GET /v3/OS-FEDERATION/domains`.
    pub async fn keystone_list_federation_domains(
        &self,
        request: model::KeystoneListFederationDomainsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListFederationDomainsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_FEDERATION_DOMAINS, request)
            .await
    }

    /// Calls `KeystoneListFederationProjects`: `GET /v3/OS-FEDERATION/projects`.
    pub async fn keystone_list_federation_projects(
        &self,
        request: model::KeystoneListFederationProjectsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListFederationProjectsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_FEDERATION_PROJECTS, request)
            .await
    }

    /// Calls `KeystoneListGroups`: `GET /v3/groups`.
    pub async fn keystone_list_groups(
        &self,
        request: model::KeystoneListGroupsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListGroupsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_GROUPS, request)
            .await
    }

    /// Calls `KeystoneListIdentityProviders`: `GET /v3/OS-FEDERATION/identity_providers`.
    pub async fn keystone_list_identity_providers(
        &self,
        request: model::KeystoneListIdentityProvidersRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListIdentityProvidersResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_IDENTITY_PROVIDERS, request)
            .await
    }

    /// Calls `KeystoneListMappings`: `GET /v3/OS-FEDERATION/mappings`.
    pub async fn keystone_list_mappings(
        &self,
        request: model::KeystoneListMappingsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListMappingsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_MAPPINGS, request)
            .await
    }

    /// Calls `KeystoneListPermissions`: `GET /v3/roles`.
    pub async fn keystone_list_permissions(
        &self,
        request: model::KeystoneListPermissionsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListPermissionsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_PERMISSIONS, request)
            .await
    }

    /// Calls `KeystoneListProjectPermissionsForGroup`: `GET /v3/projects/{project_id}/groups/{group_id}/roles`.
    pub async fn keystone_list_project_permissions_for_group(
        &self,
        request: model::KeystoneListProjectPermissionsForGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListProjectPermissionsForGroupResponse>, Error>
    {
        self.client
            .call(
                &operation::KEYSTONE_LIST_PROJECT_PERMISSIONS_FOR_GROUP,
                request,
            )
            .await
    }

    /// Calls `KeystoneListProjects`: `GET /v3/projects`.
    pub async fn keystone_list_projects(
        &self,
        request: model::KeystoneListProjectsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListProjectsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_PROJECTS, request)
            .await
    }

    /// Calls `KeystoneListProjectsForUser`: `GET /v3/users/{user_id}/projects`.
    pub async fn keystone_list_projects_for_user(
        &self,
        request: model::KeystoneListProjectsForUserRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListProjectsForUserResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_PROJECTS_FOR_USER, request)
            .await
    }

    /// Calls `KeystoneListProtocols`: `GET /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols`.
    pub async fn keystone_list_protocols(
        &self,
        request: model::KeystoneListProtocolsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListProtocolsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_PROTOCOLS, request)
            .await
    }

    /// Calls `KeystoneListRegions`: `GET /v3/regions`.
    pub async fn keystone_list_regions(
        &self,
        request: model::KeystoneListRegionsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListRegionsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_REGIONS, request)
            .await
    }

    /// Calls `KeystoneListServices`: `GET /v3/services`.
    pub async fn keystone_list_services(
        &self,
        request: model::KeystoneListServicesRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListServicesResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_SERVICES, request)
            .await
    }

    /// Calls `KeystoneListVersions`: `GET /`.
    pub async fn keystone_list_versions(
        &self,
        request: model::KeystoneListVersionsRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListVersionsResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_VERSIONS, request)
            .await
    }

    /// Calls `KeystoneRemoveDomainPermissionFromGroup`: `DELETE /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
    pub async fn keystone_remove_domain_permission_from_group(
        &self,
        request: model::KeystoneRemoveDomainPermissionFromGroupRequest,
    ) -> ::std::result::Result<
        Response<model::KeystoneRemoveDomainPermissionFromGroupResponse>,
        Error,
    > {
        self.client
            .call(
                &operation::KEYSTONE_REMOVE_DOMAIN_PERMISSION_FROM_GROUP,
                request,
            )
            .await
    }

    /// Calls `KeystoneRemoveProjectPermissionFromGroup`: `DELETE /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
    pub async fn keystone_remove_project_permission_from_group(
        &self,
        request: model::KeystoneRemoveProjectPermissionFromGroupRequest,
    ) -> ::std::result::Result<
        Response<model::KeystoneRemoveProjectPermissionFromGroupResponse>,
        Error,
    > {
        self.client
            .call(
                &operation::KEYSTONE_REMOVE_PROJECT_PERMISSION_FROM_GROUP,
                request,
            )
            .await
    }

    /// Calls `KeystoneRemoveUserFromGroup`: `DELETE /v3/groups/{group_id}/users/{user_id}`.
    pub async fn keystone_remove_user_from_group(
        &self,
        request: model::KeystoneRemoveUserFromGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneRemoveUserFromGroupResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_REMOVE_USER_FROM_GROUP, request)
            .await
    }

    /// Calls `KeystoneShowCatalog`: `GET /v3/auth/catalog`.
    pub async fn keystone_show_catalog(
        &self,
        request: model::KeystoneShowCatalogRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowCatalogResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_CATALOG, request)
            .await
    }

    /// Calls `KeystoneShowEndpoint`: `GET /v3/endpoints/{endpoint_id}`.
    pub async fn keystone_show_endpoint(
        &self,
        request: model::KeystoneShowEndpointRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowEndpointResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_ENDPOINT, request)
            .await
    }

    /// Calls `KeystoneShowGroup`: `GET /v3/groups/{group_id}`.
    pub async fn keystone_show_group(
        &self,
        request: model::KeystoneShowGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowGroupResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_GROUP, request)
            .await
    }

    /// Calls `KeystoneShowIdentityProvider`: `GET /v3/OS-FEDERATION/identity_providers/{id}`.
    pub async fn keystone_show_identity_provider(
        &self,
        request: model::KeystoneShowIdentityProviderRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowIdentityProviderResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_IDENTITY_PROVIDER, request)
            .await
    }

    /// Calls `KeystoneShowMapping`: `GET /v3/OS-FEDERATION/mappings/{id}`.
    pub async fn keystone_show_mapping(
        &self,
        request: model::KeystoneShowMappingRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowMappingResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_MAPPING, request)
            .await
    }

    /// Calls `KeystoneShowPermission`: `GET /v3/roles/{role_id}`.
    pub async fn keystone_show_permission(
        &self,
        request: model::KeystoneShowPermissionRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowPermissionResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_PERMISSION, request)
            .await
    }

    /// Calls `KeystoneShowProject`: `GET /v3/projects/{project_id}`.
    pub async fn keystone_show_project(
        &self,
        request: model::KeystoneShowProjectRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowProjectResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_PROJECT, request)
            .await
    }

    /// Calls `KeystoneShowProtocol`: `GET /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
    pub async fn keystone_show_protocol(
        &self,
        request: model::KeystoneShowProtocolRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowProtocolResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_PROTOCOL, request)
            .await
    }

    /// Calls `KeystoneShowRegion`: `GET /v3/regions/{region_id}`.
    pub async fn keystone_show_region(
        &self,
        request: model::KeystoneShowRegionRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowRegionResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_REGION, request)
            .await
    }

    /// Calls `KeystoneShowSecurityCompliance`: `GET /v3/domains/{domain_id}/config/security_compliance`.
    pub async fn keystone_show_security_compliance(
        &self,
        request: model::KeystoneShowSecurityComplianceRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowSecurityComplianceResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_SECURITY_COMPLIANCE, request)
            .await
    }

    /// Calls `KeystoneShowSecurityComplianceByOption`: `GET /v3/domains/{domain_id}/config/security_compliance/{option}`.
    pub async fn keystone_show_security_compliance_by_option(
        &self,
        request: model::KeystoneShowSecurityComplianceByOptionRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowSecurityComplianceByOptionResponse>, Error>
    {
        self.client
            .call(
                &operation::KEYSTONE_SHOW_SECURITY_COMPLIANCE_BY_OPTION,
                request,
            )
            .await
    }

    /// Calls `KeystoneShowService`: `GET /v3/services/{service_id}`.
    pub async fn keystone_show_service(
        &self,
        request: model::KeystoneShowServiceRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowServiceResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_SERVICE, request)
            .await
    }

    /// Calls `KeystoneShowVersion`: `GET /v3`.
    pub async fn keystone_show_version(
        &self,
        request: model::KeystoneShowVersionRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowVersionResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_VERSION, request)
            .await
    }

    /// Calls `KeystoneUpdateGroup`: `PATCH /v3/groups/{group_id}`.
    pub async fn keystone_update_group(
        &self,
        request: model::KeystoneUpdateGroupRequest,
    ) -> ::std::result::Result<Response<model::KeystoneUpdateGroupResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_UPDATE_GROUP, request)
            .await
    }

    /// Calls `KeystoneUpdateIdentityProvider`: `PATCH /v3/OS-FEDERATION/identity_providers/{id}`.
    pub async fn keystone_update_identity_provider(
        &self,
        request: model::KeystoneUpdateIdentityProviderRequest,
    ) -> ::std::result::Result<Response<model::KeystoneUpdateIdentityProviderResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_UPDATE_IDENTITY_PROVIDER, request)
            .await
    }

    /// Calls `KeystoneUpdateMapping`: `PATCH /v3/OS-FEDERATION/mappings/{id}`.
    pub async fn keystone_update_mapping(
        &self,
        request: model::KeystoneUpdateMappingRequest,
    ) -> ::std::result::Result<Response<model::KeystoneUpdateMappingResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_UPDATE_MAPPING, request)
            .await
    }

    /// Calls `KeystoneUpdateProject`: `PATCH /v3/projects/{project_id}`.
    pub async fn keystone_update_project(
        &self,
        request: model::KeystoneUpdateProjectRequest,
    ) -> ::std::result::Result<Response<model::KeystoneUpdateProjectResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_UPDATE_PROJECT, request)
            .await
    }

    /// Calls `KeystoneUpdateProtocol`: `PATCH /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
    pub async fn keystone_update_protocol(
        &self,
        request: model::KeystoneUpdateProtocolRequest,
    ) -> ::std::result::Result<Response<model::KeystoneUpdateProtocolResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_UPDATE_PROTOCOL, request)
            .await
    }

    /// Calls `ListAgencies`: `GET /v3.0/OS-AGENCY/agencies`.
    pub async fn list_agencies(
        &self,
        request: model::ListAgenciesRequest,
    ) -> ::std::result::Result<Response<model::ListAgenciesResponse>, Error> {
        self.client.call(&operation::LIST_AGENCIES, request).await
    }

    /// Calls `ListAllProjectsPermissionsForAgency`: `GET /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/inherited_to_projects`.
    pub async fn list_all_projects_permissions_for_agency(
        &self,
        request: model::ListAllProjectsPermissionsForAgencyRequest,
    ) -> ::std::result::Result<Response<model::ListAllProjectsPermissionsForAgencyResponse>, Error>
    {
        self.client
            .call(
                &operation::LIST_ALL_PROJECTS_PERMISSIONS_FOR_AGENCY,
                request,
            )
            .await
    }

    /// Calls `ListCustomPolicies`: `GET /v3.0/OS-ROLE/roles`.
    pub async fn list_custom_policies(
        &self,
        request: model::ListCustomPoliciesRequest,
    ) -> ::std::result::Result<Response<model::ListCustomPoliciesResponse>, Error> {
        self.client
            .call(&operation::LIST_CUSTOM_POLICIES, request)
            .await
    }

    /// Calls `ListDomainPermissionsForAgency`: `GET /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles`.
    pub async fn list_domain_permissions_for_agency(
        &self,
        request: model::ListDomainPermissionsForAgencyRequest,
    ) -> ::std::result::Result<Response<model::ListDomainPermissionsForAgencyResponse>, Error> {
        self.client
            .call(&operation::LIST_DOMAIN_PERMISSIONS_FOR_AGENCY, request)
            .await
    }

    /// Calls `ListEnterpriseProjectsForGroup`: `GET /v3.0/OS-PERMISSION/groups/{group_id}/enterprise-projects`.
    pub async fn list_enterprise_projects_for_group(
        &self,
        request: model::ListEnterpriseProjectsForGroupRequest,
    ) -> ::std::result::Result<Response<model::ListEnterpriseProjectsForGroupResponse>, Error> {
        self.client
            .call(&operation::LIST_ENTERPRISE_PROJECTS_FOR_GROUP, request)
            .await
    }

    /// Calls `ListEnterpriseProjectsForUser`: `GET /v3.0/OS-PERMISSION/users/{user_id}/enterprise-projects`.
    pub async fn list_enterprise_projects_for_user(
        &self,
        request: model::ListEnterpriseProjectsForUserRequest,
    ) -> ::std::result::Result<Response<model::ListEnterpriseProjectsForUserResponse>, Error> {
        self.client
            .call(&operation::LIST_ENTERPRISE_PROJECTS_FOR_USER, request)
            .await
    }

    /// Calls `ListGroupsForEnterpriseProject`: `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups`.
    pub async fn list_groups_for_enterprise_project(
        &self,
        request: model::ListGroupsForEnterpriseProjectRequest,
    ) -> ::std::result::Result<Response<model::ListGroupsForEnterpriseProjectResponse>, Error> {
        self.client
            .call(&operation::LIST_GROUPS_FOR_ENTERPRISE_PROJECT, request)
            .await
    }

    /// Calls `ListProjectPermissionsForAgency`: `GET /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles`.
    pub async fn list_project_permissions_for_agency(
        &self,
        request: model::ListProjectPermissionsForAgencyRequest,
    ) -> ::std::result::Result<Response<model::ListProjectPermissionsForAgencyResponse>, Error>
    {
        self.client
            .call(&operation::LIST_PROJECT_PERMISSIONS_FOR_AGENCY, request)
            .await
    }

    /// Calls `ListRolesForGroupOnEnterpriseProject`: `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles`.
    pub async fn list_roles_for_group_on_enterprise_project(
        &self,
        request: model::ListRolesForGroupOnEnterpriseProjectRequest,
    ) -> ::std::result::Result<Response<model::ListRolesForGroupOnEnterpriseProjectResponse>, Error>
    {
        self.client
            .call(
                &operation::LIST_ROLES_FOR_GROUP_ON_ENTERPRISE_PROJECT,
                request,
            )
            .await
    }

    /// Calls `ListRolesForUserOnEnterpriseProject`: `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles`.
    pub async fn list_roles_for_user_on_enterprise_project(
        &self,
        request: model::ListRolesForUserOnEnterpriseProjectRequest,
    ) -> ::std::result::Result<Response<model::ListRolesForUserOnEnterpriseProjectResponse>, Error>
    {
        self.client
            .call(
                &operation::LIST_ROLES_FOR_USER_ON_ENTERPRISE_PROJECT,
                request,
            )
            .await
    }

    /// Calls `ListUsersForEnterpriseProject`: `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users`.
    pub async fn list_users_for_enterprise_project(
        &self,
        request: model::ListUsersForEnterpriseProjectRequest,
    ) -> ::std::result::Result<Response<model::ListUsersForEnterpriseProjectResponse>, Error> {
        self.client
            .call(&operation::LIST_USERS_FOR_ENTERPRISE_PROJECT, request)
            .await
    }

    /// Calls `RemoveAllProjectsPermissionFromAgency`: `DELETE /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
    pub async fn remove_all_projects_permission_from_agency(
        &self,
        request: model::RemoveAllProjectsPermissionFromAgencyRequest,
    ) -> ::std::result::Result<Response<model::RemoveAllProjectsPermissionFromAgencyResponse>, Error>
    {
        self.client
            .call(
                &operation::REMOVE_ALL_PROJECTS_PERMISSION_FROM_AGENCY,
                request,
            )
            .await
    }

    /// Calls `RemoveDomainPermissionFromAgency`: `DELETE /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
    pub async fn remove_domain_permission_from_agency(
        &self,
        request: model::RemoveDomainPermissionFromAgencyRequest,
    ) -> ::std::result::Result<Response<model::RemoveDomainPermissionFromAgencyResponse>, Error>
    {
        self.client
            .call(&operation::REMOVE_DOMAIN_PERMISSION_FROM_AGENCY, request)
            .await
    }

    /// Calls `RemoveProjectPermissionFromAgency`: `DELETE /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
    pub async fn remove_project_permission_from_agency(
        &self,
        request: model::RemoveProjectPermissionFromAgencyRequest,
    ) -> ::std::result::Result<Response<model::RemoveProjectPermissionFromAgencyResponse>, Error>
    {
        self.client
            .call(&operation::REMOVE_PROJECT_PERMISSION_FROM_AGENCY, request)
            .await
    }

    /// Calls `RevokeRoleFromAgencyOnEnterpriseProject`: `DELETE /v3.0/OS-PERMISSION/subjects/agency/scopes/enterprise-project/role-assignments`.
    pub async fn revoke_role_from_agency_on_enterprise_project(
        &self,
        request: model::RevokeRoleFromAgencyOnEnterpriseProjectRequest,
    ) -> ::std::result::Result<
        Response<model::RevokeRoleFromAgencyOnEnterpriseProjectResponse>,
        Error,
    > {
        self.client
            .call(
                &operation::REVOKE_ROLE_FROM_AGENCY_ON_ENTERPRISE_PROJECT,
                request,
            )
            .await
    }

    /// Calls `RevokeRoleFromGroupOnEnterpriseProject`: `DELETE /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}`.
    pub async fn revoke_role_from_group_on_enterprise_project(
        &self,
        request: model::RevokeRoleFromGroupOnEnterpriseProjectRequest,
    ) -> ::std::result::Result<Response<model::RevokeRoleFromGroupOnEnterpriseProjectResponse>, Error>
    {
        self.client
            .call(
                &operation::REVOKE_ROLE_FROM_GROUP_ON_ENTERPRISE_PROJECT,
                request,
            )
            .await
    }

    /// Calls `RevokeRoleFromUserOnEnterpriseProject`: `DELETE /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles/{role_id}`.
    pub async fn revoke_role_from_user_on_enterprise_project(
        &self,
        request: model::RevokeRoleFromUserOnEnterpriseProjectRequest,
    ) -> ::std::result::Result<Response<model::RevokeRoleFromUserOnEnterpriseProjectResponse>, Error>
    {
        self.client
            .call(
                &operation::REVOKE_ROLE_FROM_USER_ON_ENTERPRISE_PROJECT,
                request,
            )
            .await
    }

    /// Calls `ShowAgency`: `GET /v3.0/OS-AGENCY/agencies/{agency_id}`.
    pub async fn show_agency(
        &self,
        request: model::ShowAgencyRequest,
    ) -> ::std::result::Result<Response<model::ShowAgencyResponse>, Error> {
        self.client.call(&operation::SHOW_AGENCY, request).await
    }

    /// Calls `ShowCustomPolicy`: `GET /v3.0/OS-ROLE/roles/{role_id}`.
    pub async fn show_custom_policy(
        &self,
        request: model::ShowCustomPolicyRequest,
    ) -> ::std::result::Result<Response<model::ShowCustomPolicyResponse>, Error> {
        self.client
            .call(&operation::SHOW_CUSTOM_POLICY, request)
            .await
    }

    /// Calls `ShowDomainApiAclPolicy`: `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/api-acl-policy`.
    pub async fn show_domain_api_acl_policy(
        &self,
        request: model::ShowDomainApiAclPolicyRequest,
    ) -> ::std::result::Result<Response<model::ShowDomainApiAclPolicyResponse>, Error> {
        self.client
            .call(&operation::SHOW_DOMAIN_API_ACL_POLICY, request)
            .await
    }

    /// Calls `ShowDomainConsoleAclPolicy`: `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/console-acl-policy`.
    pub async fn show_domain_console_acl_policy(
        &self,
        request: model::ShowDomainConsoleAclPolicyRequest,
    ) -> ::std::result::Result<Response<model::ShowDomainConsoleAclPolicyResponse>, Error> {
        self.client
            .call(&operation::SHOW_DOMAIN_CONSOLE_ACL_POLICY, request)
            .await
    }

    /// Calls `ShowDomainLoginPolicy`: `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/login-policy`.
    pub async fn show_domain_login_policy(
        &self,
        request: model::ShowDomainLoginPolicyRequest,
    ) -> ::std::result::Result<Response<model::ShowDomainLoginPolicyResponse>, Error> {
        self.client
            .call(&operation::SHOW_DOMAIN_LOGIN_POLICY, request)
            .await
    }

    /// Calls `ShowDomainPasswordPolicy`: `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/password-policy`.
    pub async fn show_domain_password_policy(
        &self,
        request: model::ShowDomainPasswordPolicyRequest,
    ) -> ::std::result::Result<Response<model::ShowDomainPasswordPolicyResponse>, Error> {
        self.client
            .call(&operation::SHOW_DOMAIN_PASSWORD_POLICY, request)
            .await
    }

    /// Calls `ShowDomainProtectPolicy`: `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy`.
    pub async fn show_domain_protect_policy(
        &self,
        request: model::ShowDomainProtectPolicyRequest,
    ) -> ::std::result::Result<Response<model::ShowDomainProtectPolicyResponse>, Error> {
        self.client
            .call(&operation::SHOW_DOMAIN_PROTECT_POLICY, request)
            .await
    }

    /// Calls `ShowDomainQuota`: `GET /v3.0/OS-QUOTA/domains/{domain_id}`.
    pub async fn show_domain_quota(
        &self,
        request: model::ShowDomainQuotaRequest,
    ) -> ::std::result::Result<Response<model::ShowDomainQuotaResponse>, Error> {
        self.client
            .call(&operation::SHOW_DOMAIN_QUOTA, request)
            .await
    }

    /// Calls `ShowDomainRoleAssignments`: `GET /v3.0/OS-PERMISSION/role-assignments`.
    pub async fn show_domain_role_assignments(
        &self,
        request: model::ShowDomainRoleAssignmentsRequest,
    ) -> ::std::result::Result<Response<model::ShowDomainRoleAssignmentsResponse>, Error> {
        self.client
            .call(&operation::SHOW_DOMAIN_ROLE_ASSIGNMENTS, request)
            .await
    }

    /// Calls `ShowMetadata`: `GET /v3-ext/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/metadata`.
    pub async fn show_metadata(
        &self,
        request: model::ShowMetadataRequest,
    ) -> ::std::result::Result<Response<model::ShowMetadataResponse>, Error> {
        self.client.call(&operation::SHOW_METADATA, request).await
    }

    /// Calls `ShowOpenIdConnectConfig`: `GET /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
    pub async fn show_open_id_connect_config(
        &self,
        request: model::ShowOpenIdConnectConfigRequest,
    ) -> ::std::result::Result<Response<model::ShowOpenIdConnectConfigResponse>, Error> {
        self.client
            .call(&operation::SHOW_OPEN_ID_CONNECT_CONFIG, request)
            .await
    }

    /// Calls `ShowProjectDetailsAndStatus`: `GET /v3-ext/projects/{project_id}`.
    pub async fn show_project_details_and_status(
        &self,
        request: model::ShowProjectDetailsAndStatusRequest,
    ) -> ::std::result::Result<Response<model::ShowProjectDetailsAndStatusResponse>, Error> {
        self.client
            .call(&operation::SHOW_PROJECT_DETAILS_AND_STATUS, request)
            .await
    }

    /// Calls `ShowProjectQuota`: `GET /v3.0/OS-QUOTA/projects/{project_id}`.
    pub async fn show_project_quota(
        &self,
        request: model::ShowProjectQuotaRequest,
    ) -> ::std::result::Result<Response<model::ShowProjectQuotaResponse>, Error> {
        self.client
            .call(&operation::SHOW_PROJECT_QUOTA, request)
            .await
    }

    /// Calls `UpdateAgency`: `PUT /v3.0/OS-AGENCY/agencies/{agency_id}`.
    pub async fn update_agency(
        &self,
        request: model::UpdateAgencyRequest,
    ) -> ::std::result::Result<Response<model::UpdateAgencyResponse>, Error> {
        self.client.call(&operation::UPDATE_AGENCY, request).await
    }

    /// Calls `UpdateAgencyCustomPolicy`: `PATCH /v3.0/OS-ROLE/roles/{role_id}`.
    pub async fn update_agency_custom_policy(
        &self,
        request: model::UpdateAgencyCustomPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateAgencyCustomPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_AGENCY_CUSTOM_POLICY, request)
            .await
    }

    /// Calls `UpdateCloudServiceCustomPolicy`: `PATCH /v3.0/OS-ROLE/roles/{role_id}`.
    pub async fn update_cloud_service_custom_policy(
        &self,
        request: model::UpdateCloudServiceCustomPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateCloudServiceCustomPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_CLOUD_SERVICE_CUSTOM_POLICY, request)
            .await
    }

    /// Calls `UpdateDomainApiAclPolicy`: `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/api-acl-policy`.
    pub async fn update_domain_api_acl_policy(
        &self,
        request: model::UpdateDomainApiAclPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateDomainApiAclPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_DOMAIN_API_ACL_POLICY, request)
            .await
    }

    /// Calls `UpdateDomainConsoleAclPolicy`: `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/console-acl-policy`.
    pub async fn update_domain_console_acl_policy(
        &self,
        request: model::UpdateDomainConsoleAclPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateDomainConsoleAclPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_DOMAIN_CONSOLE_ACL_POLICY, request)
            .await
    }

    /// Calls `UpdateDomainGroupInheritRole`: `PUT /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
    pub async fn update_domain_group_inherit_role(
        &self,
        request: model::UpdateDomainGroupInheritRoleRequest,
    ) -> ::std::result::Result<Response<model::UpdateDomainGroupInheritRoleResponse>, Error> {
        self.client
            .call(&operation::UPDATE_DOMAIN_GROUP_INHERIT_ROLE, request)
            .await
    }

    /// Calls `UpdateDomainLoginPolicy`: `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/login-policy`.
    pub async fn update_domain_login_policy(
        &self,
        request: model::UpdateDomainLoginPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateDomainLoginPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_DOMAIN_LOGIN_POLICY, request)
            .await
    }

    /// Calls `UpdateDomainPasswordPolicy`: `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/password-policy`.
    pub async fn update_domain_password_policy(
        &self,
        request: model::UpdateDomainPasswordPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateDomainPasswordPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_DOMAIN_PASSWORD_POLICY, request)
            .await
    }

    /// Calls `UpdateDomainProtectPolicy`: `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy`.
    pub async fn update_domain_protect_policy(
        &self,
        request: model::UpdateDomainProtectPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateDomainProtectPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_DOMAIN_PROTECT_POLICY, request)
            .await
    }

    /// Calls `UpdateOpenIdConnectConfig`: `PUT /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
    pub async fn update_open_id_connect_config(
        &self,
        request: model::UpdateOpenIdConnectConfigRequest,
    ) -> ::std::result::Result<Response<model::UpdateOpenIdConnectConfigResponse>, Error> {
        self.client
            .call(&operation::UPDATE_OPEN_ID_CONNECT_CONFIG, request)
            .await
    }

    /// Calls `UpdateProjectStatus`: `PUT /v3-ext/projects/{project_id}`.
    pub async fn update_project_status(
        &self,
        request: model::UpdateProjectStatusRequest,
    ) -> ::std::result::Result<Response<model::UpdateProjectStatusResponse>, Error> {
        self.client
            .call(&operation::UPDATE_PROJECT_STATUS, request)
            .await
    }

    /// Calls `CreatePermanentAccessKey`: `POST /v3.0/OS-CREDENTIAL/credentials`.
    pub async fn create_permanent_access_key(
        &self,
        request: model::CreatePermanentAccessKeyRequest,
    ) -> ::std::result::Result<Response<model::CreatePermanentAccessKeyResponse>, Error> {
        self.client
            .call(&operation::CREATE_PERMANENT_ACCESS_KEY, request)
            .await
    }

    /// Calls `CreateTemporaryAccessKeyByAgency`: `POST /v3.0/OS-CREDENTIAL/securitytokens`.
    pub async fn create_temporary_access_key_by_agency(
        &self,
        request: model::CreateTemporaryAccessKeyByAgencyRequest,
    ) -> ::std::result::Result<Response<model::CreateTemporaryAccessKeyByAgencyResponse>, Error>
    {
        self.client
            .call(&operation::CREATE_TEMPORARY_ACCESS_KEY_BY_AGENCY, request)
            .await
    }

    /// Calls `CreateTemporaryAccessKeyByToken`: `POST /v3.0/OS-CREDENTIAL/securitytokens`.
    pub async fn create_temporary_access_key_by_token(
        &self,
        request: model::CreateTemporaryAccessKeyByTokenRequest,
    ) -> ::std::result::Result<Response<model::CreateTemporaryAccessKeyByTokenResponse>, Error>
    {
        self.client
            .call(&operation::CREATE_TEMPORARY_ACCESS_KEY_BY_TOKEN, request)
            .await
    }

    /// Calls `DeletePermanentAccessKey`: `DELETE /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
    pub async fn delete_permanent_access_key(
        &self,
        request: model::DeletePermanentAccessKeyRequest,
    ) -> ::std::result::Result<Response<model::DeletePermanentAccessKeyResponse>, Error> {
        self.client
            .call(&operation::DELETE_PERMANENT_ACCESS_KEY, request)
            .await
    }

    /// Calls `ListPermanentAccessKeys`: `GET /v3.0/OS-CREDENTIAL/credentials`.
    pub async fn list_permanent_access_keys(
        &self,
        request: model::ListPermanentAccessKeysRequest,
    ) -> ::std::result::Result<Response<model::ListPermanentAccessKeysResponse>, Error> {
        self.client
            .call(&operation::LIST_PERMANENT_ACCESS_KEYS, request)
            .await
    }

    /// Calls `ShowPermanentAccessKey`: `GET /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
    pub async fn show_permanent_access_key(
        &self,
        request: model::ShowPermanentAccessKeyRequest,
    ) -> ::std::result::Result<Response<model::ShowPermanentAccessKeyResponse>, Error> {
        self.client
            .call(&operation::SHOW_PERMANENT_ACCESS_KEY, request)
            .await
    }

    /// Calls `UpdatePermanentAccessKey`: `PUT /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
    pub async fn update_permanent_access_key(
        &self,
        request: model::UpdatePermanentAccessKeyRequest,
    ) -> ::std::result::Result<Response<model::UpdatePermanentAccessKeyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_PERMANENT_ACCESS_KEY, request)
            .await
    }

    /// Calls `CreateUser`: `POST /v3.0/OS-USER/users`.
    pub async fn create_user(
        &self,
        request: model::CreateUserRequest,
    ) -> ::std::result::Result<Response<model::CreateUserResponse>, Error> {
        self.client.call(&operation::CREATE_USER, request).await
    }

    /// Calls `KeystoneCreateUser`: `POST /v3/users`.
    pub async fn keystone_create_user(
        &self,
        request: model::KeystoneCreateUserRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCreateUserResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_CREATE_USER, request)
            .await
    }

    /// Calls `KeystoneDeleteUser`: `DELETE /v3/users/{user_id}`.
    pub async fn keystone_delete_user(
        &self,
        request: model::KeystoneDeleteUserRequest,
    ) -> ::std::result::Result<Response<model::KeystoneDeleteUserResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_DELETE_USER, request)
            .await
    }

    /// Calls `KeystoneListGroupsForUser`: `GET /v3/users/{user_id}/groups`.
    pub async fn keystone_list_groups_for_user(
        &self,
        request: model::KeystoneListGroupsForUserRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListGroupsForUserResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_GROUPS_FOR_USER, request)
            .await
    }

    /// Calls `KeystoneListUsers`: `GET /v3/users`.
    pub async fn keystone_list_users(
        &self,
        request: model::KeystoneListUsersRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListUsersResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_LIST_USERS, request)
            .await
    }

    /// Calls `KeystoneListUsersForGroupByAdmin`: `GET /v3/groups/{group_id}/users`.
    pub async fn keystone_list_users_for_group_by_admin(
        &self,
        request: model::KeystoneListUsersForGroupByAdminRequest,
    ) -> ::std::result::Result<Response<model::KeystoneListUsersForGroupByAdminResponse>, Error>
    {
        self.client
            .call(&operation::KEYSTONE_LIST_USERS_FOR_GROUP_BY_ADMIN, request)
            .await
    }

    /// Calls `KeystoneShowUser`: `GET /v3/users/{user_id}`.
    pub async fn keystone_show_user(
        &self,
        request: model::KeystoneShowUserRequest,
    ) -> ::std::result::Result<Response<model::KeystoneShowUserResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_SHOW_USER, request)
            .await
    }

    /// Calls `KeystoneUpdateUserByAdmin`: `PATCH /v3/users/{user_id}`.
    pub async fn keystone_update_user_by_admin(
        &self,
        request: model::KeystoneUpdateUserByAdminRequest,
    ) -> ::std::result::Result<Response<model::KeystoneUpdateUserByAdminResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_UPDATE_USER_BY_ADMIN, request)
            .await
    }

    /// Calls `KeystoneUpdateUserPassword`: `POST /v3/users/{user_id}/password`.
    pub async fn keystone_update_user_password(
        &self,
        request: model::KeystoneUpdateUserPasswordRequest,
    ) -> ::std::result::Result<Response<model::KeystoneUpdateUserPasswordResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_UPDATE_USER_PASSWORD, request)
            .await
    }

    /// Calls `ListUserLoginProtects`: `GET /v3.0/OS-USER/login-protects`.
    pub async fn list_user_login_protects(
        &self,
        request: model::ListUserLoginProtectsRequest,
    ) -> ::std::result::Result<Response<model::ListUserLoginProtectsResponse>, Error> {
        self.client
            .call(&operation::LIST_USER_LOGIN_PROTECTS, request)
            .await
    }

    /// Calls `ListUserMfaDevices`: `GET /v3.0/OS-MFA/virtual-mfa-devices`.
    pub async fn list_user_mfa_devices(
        &self,
        request: model::ListUserMfaDevicesRequest,
    ) -> ::std::result::Result<Response<model::ListUserMfaDevicesResponse>, Error> {
        self.client
            .call(&operation::LIST_USER_MFA_DEVICES, request)
            .await
    }

    /// Calls `ShowUser`: `GET /v3.0/OS-USER/users/{user_id}`.
    pub async fn show_user(
        &self,
        request: model::ShowUserRequest,
    ) -> ::std::result::Result<Response<model::ShowUserResponse>, Error> {
        self.client.call(&operation::SHOW_USER, request).await
    }

    /// Calls `ShowUserLoginProtect`: `GET /v3.0/OS-USER/users/{user_id}/login-protect`.
    pub async fn show_user_login_protect(
        &self,
        request: model::ShowUserLoginProtectRequest,
    ) -> ::std::result::Result<Response<model::ShowUserLoginProtectResponse>, Error> {
        self.client
            .call(&operation::SHOW_USER_LOGIN_PROTECT, request)
            .await
    }

    /// Calls `ShowUserMfaDevice`: `GET /v3.0/OS-MFA/users/{user_id}/virtual-mfa-device`.
    pub async fn show_user_mfa_device(
        &self,
        request: model::ShowUserMfaDeviceRequest,
    ) -> ::std::result::Result<Response<model::ShowUserMfaDeviceResponse>, Error> {
        self.client
            .call(&operation::SHOW_USER_MFA_DEVICE, request)
            .await
    }

    /// Calls `UpdateLoginProtect`: `PUT /v3.0/OS-USER/users/{user_id}/login-protect`.
    pub async fn update_login_protect(
        &self,
        request: model::UpdateLoginProtectRequest,
    ) -> ::std::result::Result<Response<model::UpdateLoginProtectResponse>, Error> {
        self.client
            .call(&operation::UPDATE_LOGIN_PROTECT, request)
            .await
    }

    /// Calls `UpdateUser`: `PUT /v3.0/OS-USER/users/{user_id}`.
    pub async fn update_user(
        &self,
        request: model::UpdateUserRequest,
    ) -> ::std::result::Result<Response<model::UpdateUserResponse>, Error> {
        self.client.call(&operation::UPDATE_USER, request).await
    }

    /// Calls `UpdateUserInformation`: `PUT /v3.0/OS-USER/users/{user_id}/info`.
    pub async fn update_user_information(
        &self,
        request: model::UpdateUserInformationRequest,
    ) -> ::std::result::Result<Response<model::UpdateUserInformationResponse>, Error> {
        self.client
            .call(&operation::UPDATE_USER_INFORMATION, request)
            .await
    }

    /// Calls `KeystoneCreateAgencyToken`: `POST /v3/auth/tokens`.
    pub async fn keystone_create_agency_token(
        &self,
        request: model::KeystoneCreateAgencyTokenRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCreateAgencyTokenResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_CREATE_AGENCY_TOKEN, request)
            .await
    }

    /// Calls `KeystoneCreateUserTokenByPassword`: `POST /v3/auth/tokens`.
    pub async fn keystone_create_user_token_by_password(
        &self,
        request: model::KeystoneCreateUserTokenByPasswordRequest,
    ) -> ::std::result::Result<Response<model::KeystoneCreateUserTokenByPasswordResponse>, Error>
    {
        self.client
            .call(&operation::KEYSTONE_CREATE_USER_TOKEN_BY_PASSWORD, request)
            .await
    }

    /// Calls `KeystoneCreateUserTokenByPasswordAndMfa`: `POST /v3/auth/tokens`.
    pub async fn keystone_create_user_token_by_password_and_mfa(
        &self,
        request: model::KeystoneCreateUserTokenByPasswordAndMfaRequest,
    ) -> ::std::result::Result<
        Response<model::KeystoneCreateUserTokenByPasswordAndMfaResponse>,
        Error,
    > {
        self.client
            .call(
                &operation::KEYSTONE_CREATE_USER_TOKEN_BY_PASSWORD_AND_MFA,
                request,
            )
            .await
    }

    /// Calls `KeystoneValidateToken`: `GET /v3/auth/tokens`.
    pub async fn keystone_validate_token(
        &self,
        request: model::KeystoneValidateTokenRequest,
    ) -> ::std::result::Result<Response<model::KeystoneValidateTokenResponse>, Error> {
        self.client
            .call(&operation::KEYSTONE_VALIDATE_TOKEN, request)
            .await
    }
}
