//! The IAM v5 API: async client, operation descriptors, models and regions.
//!
//! - [`IamClient`]: the async client, one method per operation.
//! - [`blocking::IamClient`]: the same methods, blocking the calling thread.
//! - [`model`]: request, response and data types.
//! - [`operation`]: a static descriptor per operation (method, path, parameters).
//! - [`region`]: region ids of the built-in endpoint table and [`region::value_of`].
//!
//! ```ignore
//! use huaweicloud_sdk_iam::v5::{model, region, IamClient};
//!
//! let client = IamClient::builder()
//!     .region(region::value_of(region::CN_NORTH_4)?)
//!     .build()?;
//! let response = client.list_users_v5(model::ListUsersV5Request::default()).await?;
//! ```

pub mod blocking;
pub mod model;
pub mod operation;
pub mod region;

use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::operation::{CredentialKind, ServiceInfo};
use huaweicloud_sdk_core::{Error, Response};

/// Description of the IAM v5 API: name, credentials and built-in regions.
pub static SERVICE: ServiceInfo = ServiceInfo {
    name: "iam",
    version: "v5",
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

/// Async client of the IAM v5 API.
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

    /// Calls `GetAccountSummaryV5`: `GET /v5/account-summary`.
    pub async fn get_account_summary_v5(
        &self,
        request: model::GetAccountSummaryV5Request,
    ) -> ::std::result::Result<Response<model::GetAccountSummaryV5Response>, Error> {
        self.client
            .call(&operation::GET_ACCOUNT_SUMMARY_V5, request)
            .await
    }

    /// Calls `GetAsymmetricSignatureSwitchV5`: `GET /v5/asymmetric-signature-switch`.
    pub async fn get_asymmetric_signature_switch_v5(
        &self,
        request: model::GetAsymmetricSignatureSwitchV5Request,
    ) -> ::std::result::Result<Response<model::GetAsymmetricSignatureSwitchV5Response>, Error> {
        self.client
            .call(&operation::GET_ASYMMETRIC_SIGNATURE_SWITCH_V5, request)
            .await
    }

    /// Calls `GetFeatureStatusV5`: `GET /v5/features/{feature_name}`.
    pub async fn get_feature_status_v5(
        &self,
        request: model::GetFeatureStatusV5Request,
    ) -> ::std::result::Result<Response<model::GetFeatureStatusV5Response>, Error> {
        self.client
            .call(&operation::GET_FEATURE_STATUS_V5, request)
            .await
    }

    /// Calls `SetAsymmetricSignatureSwitchV5`: `PUT /v5/asymmetric-signature-switch`.
    pub async fn set_asymmetric_signature_switch_v5(
        &self,
        request: model::SetAsymmetricSignatureSwitchV5Request,
    ) -> ::std::result::Result<Response<model::SetAsymmetricSignatureSwitchV5Response>, Error> {
        self.client
            .call(&operation::SET_ASYMMETRIC_SIGNATURE_SWITCH_V5, request)
            .await
    }

    /// Calls `CreateAgencyV5`: `POST /v5/agencies`.
    pub async fn create_agency_v5(
        &self,
        request: model::CreateAgencyV5Request,
    ) -> ::std::result::Result<Response<model::CreateAgencyV5Response>, Error> {
        self.client
            .call(&operation::CREATE_AGENCY_V5, request)
            .await
    }

    /// Calls `CreateServiceLinkedAgencyV5`: `PUT /v5/service-linked-agencies`.
    pub async fn create_service_linked_agency_v5(
        &self,
        request: model::CreateServiceLinkedAgencyV5Request,
    ) -> ::std::result::Result<Response<model::CreateServiceLinkedAgencyV5Response>, Error> {
        self.client
            .call(&operation::CREATE_SERVICE_LINKED_AGENCY_V5, request)
            .await
    }

    /// Calls `DeleteAgencyV5`: `DELETE /v5/agencies/{agency_id}`.
    pub async fn delete_agency_v5(
        &self,
        request: model::DeleteAgencyV5Request,
    ) -> ::std::result::Result<Response<model::DeleteAgencyV5Response>, Error> {
        self.client
            .call(&operation::DELETE_AGENCY_V5, request)
            .await
    }

    /// Calls `DeleteServiceLinkedAgencyV5`: `DELETE /v5/service-linked-agencies/{agency_id}`.
    pub async fn delete_service_linked_agency_v5(
        &self,
        request: model::DeleteServiceLinkedAgencyV5Request,
    ) -> ::std::result::Result<Response<model::DeleteServiceLinkedAgencyV5Response>, Error> {
        self.client
            .call(&operation::DELETE_SERVICE_LINKED_AGENCY_V5, request)
            .await
    }

    /// Calls `GetAgencyV5`: `GET /v5/agencies/{agency_id}`.
    pub async fn get_agency_v5(
        &self,
        request: model::GetAgencyV5Request,
    ) -> ::std::result::Result<Response<model::GetAgencyV5Response>, Error> {
        self.client.call(&operation::GET_AGENCY_V5, request).await
    }

    /// Calls `GetServiceLinkedAgencyDeletionStatusV5`: `GET /v5/service-linked-agencies/deletion-task/{deletion_task_id}`.
    pub async fn get_service_linked_agency_deletion_status_v5(
        &self,
        request: model::GetServiceLinkedAgencyDeletionStatusV5Request,
    ) -> ::std::result::Result<Response<model::GetServiceLinkedAgencyDeletionStatusV5Response>, Error>
    {
        self.client
            .call(
                &operation::GET_SERVICE_LINKED_AGENCY_DELETION_STATUS_V5,
                request,
            )
            .await
    }

    /// Calls `ListAgenciesV5`: `GET /v5/agencies`.
    pub async fn list_agencies_v5(
        &self,
        request: model::ListAgenciesV5Request,
    ) -> ::std::result::Result<Response<model::ListAgenciesV5Response>, Error> {
        self.client
            .call(&operation::LIST_AGENCIES_V5, request)
            .await
    }

    /// Calls `UpdateAgencyV5`: `PUT /v5/agencies/{agency_id}`.
    pub async fn update_agency_v5(
        &self,
        request: model::UpdateAgencyV5Request,
    ) -> ::std::result::Result<Response<model::UpdateAgencyV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_AGENCY_V5, request)
            .await
    }

    /// Calls `UpdateTrustPolicyV5`: `PUT /v5/agencies/{agency_id}/trust-policy`.
    pub async fn update_trust_policy_v5(
        &self,
        request: model::UpdateTrustPolicyV5Request,
    ) -> ::std::result::Result<Response<model::UpdateTrustPolicyV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_TRUST_POLICY_V5, request)
            .await
    }

    /// Calls `GetAuthorizationSchemaV5`: `GET /v5/authorization-schemas/services/{service_code}`.
    pub async fn get_authorization_schema_v5(
        &self,
        request: model::GetAuthorizationSchemaV5Request,
    ) -> ::std::result::Result<Response<model::GetAuthorizationSchemaV5Response>, Error> {
        self.client
            .call(&operation::GET_AUTHORIZATION_SCHEMA_V5, request)
            .await
    }

    /// Calls `ListRegisteredServicesForAuthSchemaV5`: `GET /v5/authorization-schemas/registered-services`.
    pub async fn list_registered_services_for_auth_schema_v5(
        &self,
        request: model::ListRegisteredServicesForAuthSchemaV5Request,
    ) -> ::std::result::Result<Response<model::ListRegisteredServicesForAuthSchemaV5Response>, Error>
    {
        self.client
            .call(
                &operation::LIST_REGISTERED_SERVICES_FOR_AUTH_SCHEMA_V5,
                request,
            )
            .await
    }

    /// Calls `ListServicePrincipalsV5`: `GET /v5/service-principals`.
    pub async fn list_service_principals_v5(
        &self,
        request: model::ListServicePrincipalsV5Request,
    ) -> ::std::result::Result<Response<model::ListServicePrincipalsV5Response>, Error> {
        self.client
            .call(&operation::LIST_SERVICE_PRINCIPALS_V5, request)
            .await
    }

    /// Calls `AddUserToGroupV5`: `POST /v5/groups/{group_id}/add-user`.
    pub async fn add_user_to_group_v5(
        &self,
        request: model::AddUserToGroupV5Request,
    ) -> ::std::result::Result<Response<model::AddUserToGroupV5Response>, Error> {
        self.client
            .call(&operation::ADD_USER_TO_GROUP_V5, request)
            .await
    }

    /// Calls `CreateGroupV5`: `POST /v5/groups`.
    pub async fn create_group_v5(
        &self,
        request: model::CreateGroupV5Request,
    ) -> ::std::result::Result<Response<model::CreateGroupV5Response>, Error> {
        self.client.call(&operation::CREATE_GROUP_V5, request).await
    }

    /// Calls `DeleteGroupV5`: `DELETE /v5/groups/{group_id}`.
    pub async fn delete_group_v5(
        &self,
        request: model::DeleteGroupV5Request,
    ) -> ::std::result::Result<Response<model::DeleteGroupV5Response>, Error> {
        self.client.call(&operation::DELETE_GROUP_V5, request).await
    }

    /// Calls `ListGroupsV5`: `GET /v5/groups`.
    pub async fn list_groups_v5(
        &self,
        request: model::ListGroupsV5Request,
    ) -> ::std::result::Result<Response<model::ListGroupsV5Response>, Error> {
        self.client.call(&operation::LIST_GROUPS_V5, request).await
    }

    /// Calls `RemoveUserFromGroupV5`: `POST /v5/groups/{group_id}/remove-user`.
    pub async fn remove_user_from_group_v5(
        &self,
        request: model::RemoveUserFromGroupV5Request,
    ) -> ::std::result::Result<Response<model::RemoveUserFromGroupV5Response>, Error> {
        self.client
            .call(&operation::REMOVE_USER_FROM_GROUP_V5, request)
            .await
    }

    /// Calls `ShowGroupSummary`: `GET /v5/groups-summary`.
    pub async fn show_group_summary(
        &self,
        request: model::ShowGroupSummaryRequest,
    ) -> ::std::result::Result<Response<model::ShowGroupSummaryResponse>, Error> {
        self.client
            .call(&operation::SHOW_GROUP_SUMMARY, request)
            .await
    }

    /// Calls `ShowGroupV5`: `GET /v5/groups/{group_id}`.
    pub async fn show_group_v5(
        &self,
        request: model::ShowGroupV5Request,
    ) -> ::std::result::Result<Response<model::ShowGroupV5Response>, Error> {
        self.client.call(&operation::SHOW_GROUP_V5, request).await
    }

    /// Calls `UpdateGroupV5`: `PUT /v5/groups/{group_id}`.
    pub async fn update_group_v5(
        &self,
        request: model::UpdateGroupV5Request,
    ) -> ::std::result::Result<Response<model::UpdateGroupV5Response>, Error> {
        self.client.call(&operation::UPDATE_GROUP_V5, request).await
    }

    /// Calls `CreateVirtualMfaDeviceV5`: `POST /v5/virtual-mfa-devices`.
    pub async fn create_virtual_mfa_device_v5(
        &self,
        request: model::CreateVirtualMfaDeviceV5Request,
    ) -> ::std::result::Result<Response<model::CreateVirtualMfaDeviceV5Response>, Error> {
        self.client
            .call(&operation::CREATE_VIRTUAL_MFA_DEVICE_V5, request)
            .await
    }

    /// Calls `DeleteVirtualMfaDeviceV5`: `DELETE /v5/virtual-mfa-devices`.
    pub async fn delete_virtual_mfa_device_v5(
        &self,
        request: model::DeleteVirtualMfaDeviceV5Request,
    ) -> ::std::result::Result<Response<model::DeleteVirtualMfaDeviceV5Response>, Error> {
        self.client
            .call(&operation::DELETE_VIRTUAL_MFA_DEVICE_V5, request)
            .await
    }

    /// Calls `DisableMfaDeviceV5`: `POST /v5/mfa-devices/disable`.
    pub async fn disable_mfa_device_v5(
        &self,
        request: model::DisableMfaDeviceV5Request,
    ) -> ::std::result::Result<Response<model::DisableMfaDeviceV5Response>, Error> {
        self.client
            .call(&operation::DISABLE_MFA_DEVICE_V5, request)
            .await
    }

    /// Calls `EnableMfaDeviceV5`: `POST /v5/mfa-devices/enable`.
    pub async fn enable_mfa_device_v5(
        &self,
        request: model::EnableMfaDeviceV5Request,
    ) -> ::std::result::Result<Response<model::EnableMfaDeviceV5Response>, Error> {
        self.client
            .call(&operation::ENABLE_MFA_DEVICE_V5, request)
            .await
    }

    /// Calls `ListMfaDevicesV5`: `GET /v5/mfa-devices`.
    pub async fn list_mfa_devices_v5(
        &self,
        request: model::ListMfaDevicesV5Request,
    ) -> ::std::result::Result<Response<model::ListMfaDevicesV5Response>, Error> {
        self.client
            .call(&operation::LIST_MFA_DEVICES_V5, request)
            .await
    }

    /// Calls `AddClientIDToOIDCProviderV5`: `POST /v5/oidc-providers/{provider_id}/add-client-id`.
    pub async fn add_client_id_to_oidc_provider_v5(
        &self,
        request: model::AddClientIDToOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::AddClientIDToOIDCProviderV5Response>, Error> {
        self.client
            .call(&operation::ADD_CLIENT_ID_TO_OIDC_PROVIDER_V5, request)
            .await
    }

    /// Calls `CreateOIDCProviderV5`: `POST /v5/oidc-providers`.
    pub async fn create_oidc_provider_v5(
        &self,
        request: model::CreateOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::CreateOIDCProviderV5Response>, Error> {
        self.client
            .call(&operation::CREATE_OIDC_PROVIDER_V5, request)
            .await
    }

    /// Calls `DeleteOIDCProviderV5`: `DELETE /v5/oidc-providers/{provider_id}`.
    pub async fn delete_oidc_provider_v5(
        &self,
        request: model::DeleteOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::DeleteOIDCProviderV5Response>, Error> {
        self.client
            .call(&operation::DELETE_OIDC_PROVIDER_V5, request)
            .await
    }

    /// Calls `ListOIDCProvidersV5`: `GET /v5/oidc-providers`.
    pub async fn list_oidc_providers_v5(
        &self,
        request: model::ListOIDCProvidersV5Request,
    ) -> ::std::result::Result<Response<model::ListOIDCProvidersV5Response>, Error> {
        self.client
            .call(&operation::LIST_OIDC_PROVIDERS_V5, request)
            .await
    }

    /// Calls `RemoveClientIDFromOIDCProviderV5`: `POST /v5/oidc-providers/{provider_id}/remove-client-id`.
    pub async fn remove_client_id_from_oidc_provider_v5(
        &self,
        request: model::RemoveClientIDFromOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::RemoveClientIDFromOIDCProviderV5Response>, Error>
    {
        self.client
            .call(&operation::REMOVE_CLIENT_ID_FROM_OIDC_PROVIDER_V5, request)
            .await
    }

    /// Calls `ShowOIDCProviderV5`: `GET /v5/oidc-providers/{provider_id}`.
    pub async fn show_oidc_provider_v5(
        &self,
        request: model::ShowOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::ShowOIDCProviderV5Response>, Error> {
        self.client
            .call(&operation::SHOW_OIDC_PROVIDER_V5, request)
            .await
    }

    /// Calls `UpdateOIDCProviderThumbprintV5`: `PUT /v5/oidc-providers/{provider_id}/thumbprint`.
    pub async fn update_oidc_provider_thumbprint_v5(
        &self,
        request: model::UpdateOIDCProviderThumbprintV5Request,
    ) -> ::std::result::Result<Response<model::UpdateOIDCProviderThumbprintV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_OIDC_PROVIDER_THUMBPRINT_V5, request)
            .await
    }

    /// Calls `UpdateOIDCProviderV5`: `PUT /v5/oidc-providers/{provider_id}`.
    pub async fn update_oidc_provider_v5(
        &self,
        request: model::UpdateOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::UpdateOIDCProviderV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_OIDC_PROVIDER_V5, request)
            .await
    }

    /// Calls `CreatePolicyV5`: `POST /v5/policies`.
    pub async fn create_policy_v5(
        &self,
        request: model::CreatePolicyV5Request,
    ) -> ::std::result::Result<Response<model::CreatePolicyV5Response>, Error> {
        self.client
            .call(&operation::CREATE_POLICY_V5, request)
            .await
    }

    /// Calls `CreatePolicyVersionV5`: `POST /v5/policies/{policy_id}/versions`.
    pub async fn create_policy_version_v5(
        &self,
        request: model::CreatePolicyVersionV5Request,
    ) -> ::std::result::Result<Response<model::CreatePolicyVersionV5Response>, Error> {
        self.client
            .call(&operation::CREATE_POLICY_VERSION_V5, request)
            .await
    }

    /// Calls `DeletePolicyV5`: `DELETE /v5/policies/{policy_id}`.
    pub async fn delete_policy_v5(
        &self,
        request: model::DeletePolicyV5Request,
    ) -> ::std::result::Result<Response<model::DeletePolicyV5Response>, Error> {
        self.client
            .call(&operation::DELETE_POLICY_V5, request)
            .await
    }

    /// Calls `DeletePolicyVersionV5`: `DELETE /v5/policies/{policy_id}/versions/{version_id}`.
    pub async fn delete_policy_version_v5(
        &self,
        request: model::DeletePolicyVersionV5Request,
    ) -> ::std::result::Result<Response<model::DeletePolicyVersionV5Response>, Error> {
        self.client
            .call(&operation::DELETE_POLICY_VERSION_V5, request)
            .await
    }

    /// Calls `GetPolicyV5`: `GET /v5/policies/{policy_id}`.
    pub async fn get_policy_v5(
        &self,
        request: model::GetPolicyV5Request,
    ) -> ::std::result::Result<Response<model::GetPolicyV5Response>, Error> {
        self.client.call(&operation::GET_POLICY_V5, request).await
    }

    /// Calls `GetPolicyVersionV5`: `GET /v5/policies/{policy_id}/versions/{version_id}`.
    pub async fn get_policy_version_v5(
        &self,
        request: model::GetPolicyVersionV5Request,
    ) -> ::std::result::Result<Response<model::GetPolicyVersionV5Response>, Error> {
        self.client
            .call(&operation::GET_POLICY_VERSION_V5, request)
            .await
    }

    /// Calls `ListPoliciesV5`: `GET /v5/policies`.
    pub async fn list_policies_v5(
        &self,
        request: model::ListPoliciesV5Request,
    ) -> ::std::result::Result<Response<model::ListPoliciesV5Response>, Error> {
        self.client
            .call(&operation::LIST_POLICIES_V5, request)
            .await
    }

    /// Calls `ListPolicyVersionsV5`: `GET /v5/policies/{policy_id}/versions`.
    pub async fn list_policy_versions_v5(
        &self,
        request: model::ListPolicyVersionsV5Request,
    ) -> ::std::result::Result<Response<model::ListPolicyVersionsV5Response>, Error> {
        self.client
            .call(&operation::LIST_POLICY_VERSIONS_V5, request)
            .await
    }

    /// Calls `SetDefaultPolicyVersionV5`: `POST /v5/policies/{policy_id}/versions/{version_id}/set-default`.
    pub async fn set_default_policy_version_v5(
        &self,
        request: model::SetDefaultPolicyVersionV5Request,
    ) -> ::std::result::Result<Response<model::SetDefaultPolicyVersionV5Response>, Error> {
        self.client
            .call(&operation::SET_DEFAULT_POLICY_VERSION_V5, request)
            .await
    }

    /// Calls `UpdatePolicyV5`: `PUT /v5/policies/{policy_id}`.
    pub async fn update_policy_v5(
        &self,
        request: model::UpdatePolicyV5Request,
    ) -> ::std::result::Result<Response<model::UpdatePolicyV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_POLICY_V5, request)
            .await
    }

    /// Calls `AttachAgencyPolicyV5`: `POST /v5/policies/{policy_id}/attach-agency`.
    pub async fn attach_agency_policy_v5(
        &self,
        request: model::AttachAgencyPolicyV5Request,
    ) -> ::std::result::Result<Response<model::AttachAgencyPolicyV5Response>, Error> {
        self.client
            .call(&operation::ATTACH_AGENCY_POLICY_V5, request)
            .await
    }

    /// Calls `AttachGroupPolicyV5`: `POST /v5/policies/{policy_id}/attach-group`.
    pub async fn attach_group_policy_v5(
        &self,
        request: model::AttachGroupPolicyV5Request,
    ) -> ::std::result::Result<Response<model::AttachGroupPolicyV5Response>, Error> {
        self.client
            .call(&operation::ATTACH_GROUP_POLICY_V5, request)
            .await
    }

    /// Calls `AttachUserPolicyV5`: `POST /v5/policies/{policy_id}/attach-user`.
    pub async fn attach_user_policy_v5(
        &self,
        request: model::AttachUserPolicyV5Request,
    ) -> ::std::result::Result<Response<model::AttachUserPolicyV5Response>, Error> {
        self.client
            .call(&operation::ATTACH_USER_POLICY_V5, request)
            .await
    }

    /// Calls `DetachAgencyPolicyV5`: `POST /v5/policies/{policy_id}/detach-agency`.
    pub async fn detach_agency_policy_v5(
        &self,
        request: model::DetachAgencyPolicyV5Request,
    ) -> ::std::result::Result<Response<model::DetachAgencyPolicyV5Response>, Error> {
        self.client
            .call(&operation::DETACH_AGENCY_POLICY_V5, request)
            .await
    }

    /// Calls `DetachGroupPolicyV5`: `POST /v5/policies/{policy_id}/detach-group`.
    pub async fn detach_group_policy_v5(
        &self,
        request: model::DetachGroupPolicyV5Request,
    ) -> ::std::result::Result<Response<model::DetachGroupPolicyV5Response>, Error> {
        self.client
            .call(&operation::DETACH_GROUP_POLICY_V5, request)
            .await
    }

    /// Calls `DetachUserPolicyV5`: `POST /v5/policies/{policy_id}/detach-user`.
    pub async fn detach_user_policy_v5(
        &self,
        request: model::DetachUserPolicyV5Request,
    ) -> ::std::result::Result<Response<model::DetachUserPolicyV5Response>, Error> {
        self.client
            .call(&operation::DETACH_USER_POLICY_V5, request)
            .await
    }

    /// Calls `ListAttachedAgencyPoliciesV5`: `GET /v5/agencies/{agency_id}/attached-policies`.
    pub async fn list_attached_agency_policies_v5(
        &self,
        request: model::ListAttachedAgencyPoliciesV5Request,
    ) -> ::std::result::Result<Response<model::ListAttachedAgencyPoliciesV5Response>, Error> {
        self.client
            .call(&operation::LIST_ATTACHED_AGENCY_POLICIES_V5, request)
            .await
    }

    /// Calls `ListAttachedGroupPoliciesV5`: `GET /v5/groups/{group_id}/attached-policies`.
    pub async fn list_attached_group_policies_v5(
        &self,
        request: model::ListAttachedGroupPoliciesV5Request,
    ) -> ::std::result::Result<Response<model::ListAttachedGroupPoliciesV5Response>, Error> {
        self.client
            .call(&operation::LIST_ATTACHED_GROUP_POLICIES_V5, request)
            .await
    }

    /// Calls `ListAttachedUserPoliciesV5`: `GET /v5/users/{user_id}/attached-policies`.
    pub async fn list_attached_user_policies_v5(
        &self,
        request: model::ListAttachedUserPoliciesV5Request,
    ) -> ::std::result::Result<Response<model::ListAttachedUserPoliciesV5Response>, Error> {
        self.client
            .call(&operation::LIST_ATTACHED_USER_POLICIES_V5, request)
            .await
    }

    /// Calls `ListEntitiesForPolicyV5`: `GET /v5/policies/{policy_id}/attached-entities`.
    pub async fn list_entities_for_policy_v5(
        &self,
        request: model::ListEntitiesForPolicyV5Request,
    ) -> ::std::result::Result<Response<model::ListEntitiesForPolicyV5Response>, Error> {
        self.client
            .call(&operation::LIST_ENTITIES_FOR_POLICY_V5, request)
            .await
    }

    /// Calls `DeleteResourceTagsV5`: `DELETE /v5/{resource_type}/{resource_id}/tags/delete`.
    pub async fn delete_resource_tags_v5(
        &self,
        request: model::DeleteResourceTagsV5Request,
    ) -> ::std::result::Result<Response<model::DeleteResourceTagsV5Response>, Error> {
        self.client
            .call(&operation::DELETE_RESOURCE_TAGS_V5, request)
            .await
    }

    /// Calls `ListResourceTagsV5`: `GET /v5/{resource_type}/{resource_id}/tags`.
    pub async fn list_resource_tags_v5(
        &self,
        request: model::ListResourceTagsV5Request,
    ) -> ::std::result::Result<Response<model::ListResourceTagsV5Response>, Error> {
        self.client
            .call(&operation::LIST_RESOURCE_TAGS_V5, request)
            .await
    }

    /// Calls `TagResourceV5`: `POST /v5/{resource_type}/{resource_id}/tags/create`.
    pub async fn tag_resource_v5(
        &self,
        request: model::TagResourceV5Request,
    ) -> ::std::result::Result<Response<model::TagResourceV5Response>, Error> {
        self.client.call(&operation::TAG_RESOURCE_V5, request).await
    }

    /// Calls `CreateSAMLProviderV5`: `POST /v5/saml-providers`.
    pub async fn create_saml_provider_v5(
        &self,
        request: model::CreateSAMLProviderV5Request,
    ) -> ::std::result::Result<Response<model::CreateSAMLProviderV5Response>, Error> {
        self.client
            .call(&operation::CREATE_SAML_PROVIDER_V5, request)
            .await
    }

    /// Calls `DeleteSAMLProviderV5`: `DELETE /v5/saml-providers/{provider_id}`.
    pub async fn delete_saml_provider_v5(
        &self,
        request: model::DeleteSAMLProviderV5Request,
    ) -> ::std::result::Result<Response<model::DeleteSAMLProviderV5Response>, Error> {
        self.client
            .call(&operation::DELETE_SAML_PROVIDER_V5, request)
            .await
    }

    /// Calls `ListSAMLProvidersV5`: `GET /v5/saml-providers`.
    pub async fn list_saml_providers_v5(
        &self,
        request: model::ListSAMLProvidersV5Request,
    ) -> ::std::result::Result<Response<model::ListSAMLProvidersV5Response>, Error> {
        self.client
            .call(&operation::LIST_SAML_PROVIDERS_V5, request)
            .await
    }

    /// Calls `ShowSAMLProviderV5`: `GET /v5/saml-providers/{provider_id}`.
    pub async fn show_saml_provider_v5(
        &self,
        request: model::ShowSAMLProviderV5Request,
    ) -> ::std::result::Result<Response<model::ShowSAMLProviderV5Response>, Error> {
        self.client
            .call(&operation::SHOW_SAML_PROVIDER_V5, request)
            .await
    }

    /// Calls `UpdateSAMLProviderV5`: `PUT /v5/saml-providers/{provider_id}`.
    pub async fn update_saml_provider_v5(
        &self,
        request: model::UpdateSAMLProviderV5Request,
    ) -> ::std::result::Result<Response<model::UpdateSAMLProviderV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_SAML_PROVIDER_V5, request)
            .await
    }

    /// Calls `ShowLoginPolicyV5`: `GET /v5/login-policy`.
    pub async fn show_login_policy_v5(
        &self,
        request: model::ShowLoginPolicyV5Request,
    ) -> ::std::result::Result<Response<model::ShowLoginPolicyV5Response>, Error> {
        self.client
            .call(&operation::SHOW_LOGIN_POLICY_V5, request)
            .await
    }

    /// Calls `ShowPasswordPolicyV5`: `GET /v5/password-policy`.
    pub async fn show_password_policy_v5(
        &self,
        request: model::ShowPasswordPolicyV5Request,
    ) -> ::std::result::Result<Response<model::ShowPasswordPolicyV5Response>, Error> {
        self.client
            .call(&operation::SHOW_PASSWORD_POLICY_V5, request)
            .await
    }

    /// Calls `UpdateLoginPolicyV5`: `PUT /v5/login-policy`.
    pub async fn update_login_policy_v5(
        &self,
        request: model::UpdateLoginPolicyV5Request,
    ) -> ::std::result::Result<Response<model::UpdateLoginPolicyV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_LOGIN_POLICY_V5, request)
            .await
    }

    /// Calls `UpdatePasswordPolicyV5`: `PUT /v5/password-policy`.
    pub async fn update_password_policy_v5(
        &self,
        request: model::UpdatePasswordPolicyV5Request,
    ) -> ::std::result::Result<Response<model::UpdatePasswordPolicyV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_PASSWORD_POLICY_V5, request)
            .await
    }

    /// Calls `DeleteServiceSpecificCredentialV5`: `DELETE /v5/users/{user_id}/service-specific-credentials/{credential_id}`.
    pub async fn delete_service_specific_credential_v5(
        &self,
        request: model::DeleteServiceSpecificCredentialV5Request,
    ) -> ::std::result::Result<Response<model::DeleteServiceSpecificCredentialV5Response>, Error>
    {
        self.client
            .call(&operation::DELETE_SERVICE_SPECIFIC_CREDENTIAL_V5, request)
            .await
    }

    /// Calls `ListServiceSpecificCredentialSupportedServicesV5`: `GET /v5/service-specific-credentials/supported-services`.
    pub async fn list_service_specific_credential_supported_services_v5(
        &self,
        request: model::ListServiceSpecificCredentialSupportedServicesV5Request,
    ) -> ::std::result::Result<
        Response<model::ListServiceSpecificCredentialSupportedServicesV5Response>,
        Error,
    > {
        self.client
            .call(
                &operation::LIST_SERVICE_SPECIFIC_CREDENTIAL_SUPPORTED_SERVICES_V5,
                request,
            )
            .await
    }

    /// Calls `ListServiceSpecificCredentialsV5`: `GET /v5/service-specific-credentials`.
    pub async fn list_service_specific_credentials_v5(
        &self,
        request: model::ListServiceSpecificCredentialsV5Request,
    ) -> ::std::result::Result<Response<model::ListServiceSpecificCredentialsV5Response>, Error>
    {
        self.client
            .call(&operation::LIST_SERVICE_SPECIFIC_CREDENTIALS_V5, request)
            .await
    }

    /// Calls `UpdateServiceSpecificCredentialV5`: `PUT /v5/users/{user_id}/service-specific-credentials/{credential_id}`.
    pub async fn update_service_specific_credential_v5(
        &self,
        request: model::UpdateServiceSpecificCredentialV5Request,
    ) -> ::std::result::Result<Response<model::UpdateServiceSpecificCredentialV5Response>, Error>
    {
        self.client
            .call(&operation::UPDATE_SERVICE_SPECIFIC_CREDENTIAL_V5, request)
            .await
    }

    /// Calls `CreateUserV5`: `POST /v5/users`.
    pub async fn create_user_v5(
        &self,
        request: model::CreateUserV5Request,
    ) -> ::std::result::Result<Response<model::CreateUserV5Response>, Error> {
        self.client.call(&operation::CREATE_USER_V5, request).await
    }

    /// Calls `DeleteUserV5`: `DELETE /v5/users/{user_id}`.
    pub async fn delete_user_v5(
        &self,
        request: model::DeleteUserV5Request,
    ) -> ::std::result::Result<Response<model::DeleteUserV5Response>, Error> {
        self.client.call(&operation::DELETE_USER_V5, request).await
    }

    /// Calls `ListUsersV5`: `GET /v5/users`.
    pub async fn list_users_v5(
        &self,
        request: model::ListUsersV5Request,
    ) -> ::std::result::Result<Response<model::ListUsersV5Response>, Error> {
        self.client.call(&operation::LIST_USERS_V5, request).await
    }

    /// Calls `ShowUserLastLoginV5`: `GET /v5/users/{user_id}/last-login`.
    pub async fn show_user_last_login_v5(
        &self,
        request: model::ShowUserLastLoginV5Request,
    ) -> ::std::result::Result<Response<model::ShowUserLastLoginV5Response>, Error> {
        self.client
            .call(&operation::SHOW_USER_LAST_LOGIN_V5, request)
            .await
    }

    /// Calls `ShowUserV5`: `GET /v5/users/{user_id}`.
    pub async fn show_user_v5(
        &self,
        request: model::ShowUserV5Request,
    ) -> ::std::result::Result<Response<model::ShowUserV5Response>, Error> {
        self.client.call(&operation::SHOW_USER_V5, request).await
    }

    /// Calls `UpdateUserV5`: `PUT /v5/users/{user_id}`.
    pub async fn update_user_v5(
        &self,
        request: model::UpdateUserV5Request,
    ) -> ::std::result::Result<Response<model::UpdateUserV5Response>, Error> {
        self.client.call(&operation::UPDATE_USER_V5, request).await
    }

    /// Calls `ChangePasswordV5`: `POST /v5/caller-password`.
    pub async fn change_password_v5(
        &self,
        request: model::ChangePasswordV5Request,
    ) -> ::std::result::Result<Response<model::ChangePasswordV5Response>, Error> {
        self.client
            .call(&operation::CHANGE_PASSWORD_V5, request)
            .await
    }

    /// Calls `CreateAccessKeyV5`: `POST /v5/users/{user_id}/access-keys`.
    pub async fn create_access_key_v5(
        &self,
        request: model::CreateAccessKeyV5Request,
    ) -> ::std::result::Result<Response<model::CreateAccessKeyV5Response>, Error> {
        self.client
            .call(&operation::CREATE_ACCESS_KEY_V5, request)
            .await
    }

    /// Calls `CreateLoginProfileV5`: `POST /v5/users/{user_id}/login-profile`.
    pub async fn create_login_profile_v5(
        &self,
        request: model::CreateLoginProfileV5Request,
    ) -> ::std::result::Result<Response<model::CreateLoginProfileV5Response>, Error> {
        self.client
            .call(&operation::CREATE_LOGIN_PROFILE_V5, request)
            .await
    }

    /// Calls `DeleteAccessKeyV5`: `DELETE /v5/users/{user_id}/access-keys/{access_key_id}`.
    pub async fn delete_access_key_v5(
        &self,
        request: model::DeleteAccessKeyV5Request,
    ) -> ::std::result::Result<Response<model::DeleteAccessKeyV5Response>, Error> {
        self.client
            .call(&operation::DELETE_ACCESS_KEY_V5, request)
            .await
    }

    /// Calls `DeleteLoginProfileV5`: `DELETE /v5/users/{user_id}/login-profile`.
    pub async fn delete_login_profile_v5(
        &self,
        request: model::DeleteLoginProfileV5Request,
    ) -> ::std::result::Result<Response<model::DeleteLoginProfileV5Response>, Error> {
        self.client
            .call(&operation::DELETE_LOGIN_PROFILE_V5, request)
            .await
    }

    /// Calls `ListAccessKeysV5`: `GET /v5/users/{user_id}/access-keys`.
    pub async fn list_access_keys_v5(
        &self,
        request: model::ListAccessKeysV5Request,
    ) -> ::std::result::Result<Response<model::ListAccessKeysV5Response>, Error> {
        self.client
            .call(&operation::LIST_ACCESS_KEYS_V5, request)
            .await
    }

    /// Calls `ShowAccessKeyLastUsedV5`: `GET /v5/users/{user_id}/access-keys/{access_key_id}/last-used`.
    pub async fn show_access_key_last_used_v5(
        &self,
        request: model::ShowAccessKeyLastUsedV5Request,
    ) -> ::std::result::Result<Response<model::ShowAccessKeyLastUsedV5Response>, Error> {
        self.client
            .call(&operation::SHOW_ACCESS_KEY_LAST_USED_V5, request)
            .await
    }

    /// Calls `ShowLoginProfileV5`: `GET /v5/users/{user_id}/login-profile`.
    pub async fn show_login_profile_v5(
        &self,
        request: model::ShowLoginProfileV5Request,
    ) -> ::std::result::Result<Response<model::ShowLoginProfileV5Response>, Error> {
        self.client
            .call(&operation::SHOW_LOGIN_PROFILE_V5, request)
            .await
    }

    /// Calls `UpdateAccessKeyV5`: `PUT /v5/users/{user_id}/access-keys/{access_key_id}`.
    pub async fn update_access_key_v5(
        &self,
        request: model::UpdateAccessKeyV5Request,
    ) -> ::std::result::Result<Response<model::UpdateAccessKeyV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_ACCESS_KEY_V5, request)
            .await
    }

    /// Calls `UpdateLoginProfileV5`: `PUT /v5/users/{user_id}/login-profile`.
    pub async fn update_login_profile_v5(
        &self,
        request: model::UpdateLoginProfileV5Request,
    ) -> ::std::result::Result<Response<model::UpdateLoginProfileV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_LOGIN_PROFILE_V5, request)
            .await
    }
}
