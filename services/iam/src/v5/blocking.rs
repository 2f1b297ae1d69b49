//! Blocking client of the IAM v5 API.

use super::{model, operation, SERVICE};
use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::{Error, Response};

/// Blocking client of the IAM v5 API, with the methods of the async
/// [`IamClient`](super::IamClient).
#[derive(Debug, Clone)]
pub struct IamClient {
    client: ::huaweicloud_sdk_core::client::blocking::Client,
}

impl ServiceClient for IamClient {
    fn from_client(client: ::huaweicloud_sdk_core::Client) -> Self {
        IamClient {
            client: ::huaweicloud_sdk_core::client::blocking::Client::new(client),
        }
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
    pub fn get_account_summary_v5(
        &self,
        request: model::GetAccountSummaryV5Request,
    ) -> ::std::result::Result<Response<model::GetAccountSummaryV5Response>, Error> {
        self.client
            .call(&operation::GET_ACCOUNT_SUMMARY_V5, request)
    }

    /// Calls `GetAsymmetricSignatureSwitchV5`: `GET /v5/asymmetric-signature-switch`.
    pub fn get_asymmetric_signature_switch_v5(
        &self,
        request: model::GetAsymmetricSignatureSwitchV5Request,
    ) -> ::std::result::Result<Response<model::GetAsymmetricSignatureSwitchV5Response>, Error> {
        self.client
            .call(&operation::GET_ASYMMETRIC_SIGNATURE_SWITCH_V5, request)
    }

    /// Calls `GetFeatureStatusV5`: `GET /v5/features/{feature_name}`.
    pub fn get_feature_status_v5(
        &self,
        request: model::GetFeatureStatusV5Request,
    ) -> ::std::result::Result<Response<model::GetFeatureStatusV5Response>, Error> {
        self.client.call(&operation::GET_FEATURE_STATUS_V5, request)
    }

    /// Calls `SetAsymmetricSignatureSwitchV5`: `PUT /v5/asymmetric-signature-switch`.
    pub fn set_asymmetric_signature_switch_v5(
        &self,
        request: model::SetAsymmetricSignatureSwitchV5Request,
    ) -> ::std::result::Result<Response<model::SetAsymmetricSignatureSwitchV5Response>, Error> {
        self.client
            .call(&operation::SET_ASYMMETRIC_SIGNATURE_SWITCH_V5, request)
    }

    /// Calls `CreateAgencyV5`: `POST /v5/agencies`.
    pub fn create_agency_v5(
        &self,
        request: model::CreateAgencyV5Request,
    ) -> ::std::result::Result<Response<model::CreateAgencyV5Response>, Error> {
        self.client.call(&operation::CREATE_AGENCY_V5, request)
    }

    /// Calls `CreateServiceLinkedAgencyV5`: `PUT /v5/service-linked-agencies`.
    pub fn create_service_linked_agency_v5(
        &self,
        request: model::CreateServiceLinkedAgencyV5Request,
    ) -> ::std::result::Result<Response<model::CreateServiceLinkedAgencyV5Response>, Error> {
        self.client
            .call(&operation::CREATE_SERVICE_LINKED_AGENCY_V5, request)
    }

    /// Calls `DeleteAgencyV5`: `DELETE /v5/agencies/{agency_id}`.
    pub fn delete_agency_v5(
        &self,
        request: model::DeleteAgencyV5Request,
    ) -> ::std::result::Result<Response<model::DeleteAgencyV5Response>, Error> {
        self.client.call(&operation::DELETE_AGENCY_V5, request)
    }

    /// Calls `DeleteServiceLinkedAgencyV5`: `DELETE /v5/service-linked-agencies/{agency_id}`.
    pub fn delete_service_linked_agency_v5(
        &self,
        request: model::DeleteServiceLinkedAgencyV5Request,
    ) -> ::std::result::Result<Response<model::DeleteServiceLinkedAgencyV5Response>, Error> {
        self.client
            .call(&operation::DELETE_SERVICE_LINKED_AGENCY_V5, request)
    }

    /// Calls `GetAgencyV5`: `GET /v5/agencies/{agency_id}`.
    pub fn get_agency_v5(
        &self,
        request: model::GetAgencyV5Request,
    ) -> ::std::result::Result<Response<model::GetAgencyV5Response>, Error> {
        self.client.call(&operation::GET_AGENCY_V5, request)
    }

    /// Calls `GetServiceLinkedAgencyDeletionStatusV5`: `GET /v5/service-linked-agencies/deletion-task/{deletion_task_id}`.
    pub fn get_service_linked_agency_deletion_status_v5(
        &self,
        request: model::GetServiceLinkedAgencyDeletionStatusV5Request,
    ) -> ::std::result::Result<Response<model::GetServiceLinkedAgencyDeletionStatusV5Response>, Error>
    {
        self.client.call(
            &operation::GET_SERVICE_LINKED_AGENCY_DELETION_STATUS_V5,
            request,
        )
    }

    /// Calls `ListAgenciesV5`: `GET /v5/agencies`.
    pub fn list_agencies_v5(
        &self,
        request: model::ListAgenciesV5Request,
    ) -> ::std::result::Result<Response<model::ListAgenciesV5Response>, Error> {
        self.client.call(&operation::LIST_AGENCIES_V5, request)
    }

    /// Calls `UpdateAgencyV5`: `PUT /v5/agencies/{agency_id}`.
    pub fn update_agency_v5(
        &self,
        request: model::UpdateAgencyV5Request,
    ) -> ::std::result::Result<Response<model::UpdateAgencyV5Response>, Error> {
        self.client.call(&operation::UPDATE_AGENCY_V5, request)
    }

    /// Calls `UpdateTrustPolicyV5`: `PUT /v5/agencies/{agency_id}/trust-policy`.
    pub fn update_trust_policy_v5(
        &self,
        request: model::UpdateTrustPolicyV5Request,
    ) -> ::std::result::Result<Response<model::UpdateTrustPolicyV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_TRUST_POLICY_V5, request)
    }

    /// Calls `GetAuthorizationSchemaV5`: `GET /v5/authorization-schemas/services/{service_code}`.
    pub fn get_authorization_schema_v5(
        &self,
        request: model::GetAuthorizationSchemaV5Request,
    ) -> ::std::result::Result<Response<model::GetAuthorizationSchemaV5Response>, Error> {
        self.client
            .call(&operation::GET_AUTHORIZATION_SCHEMA_V5, request)
    }

    /// Calls `ListRegisteredServicesForAuthSchemaV5`: `GET /v5/authorization-schemas/registered-services`.
    pub fn list_registered_services_for_auth_schema_v5(
        &self,
        request: model::ListRegisteredServicesForAuthSchemaV5Request,
    ) -> ::std::result::Result<Response<model::ListRegisteredServicesForAuthSchemaV5Response>, Error>
    {
        self.client.call(
            &operation::LIST_REGISTERED_SERVICES_FOR_AUTH_SCHEMA_V5,
            request,
        )
    }

    /// Calls `ListServicePrincipalsV5`: `GET /v5/service-principals`.
    pub fn list_service_principals_v5(
        &self,
        request: model::ListServicePrincipalsV5Request,
    ) -> ::std::result::Result<Response<model::ListServicePrincipalsV5Response>, Error> {
        self.client
            .call(&operation::LIST_SERVICE_PRINCIPALS_V5, request)
    }

    /// Calls `AddUserToGroupV5`: `POST /v5/groups/{group_id}/add-user`.
    pub fn add_user_to_group_v5(
        &self,
        request: model::AddUserToGroupV5Request,
    ) -> ::std::result::Result<Response<model::AddUserToGroupV5Response>, Error> {
        self.client.call(&operation::ADD_USER_TO_GROUP_V5, request)
    }

    /// Calls `CreateGroupV5`: `POST /v5/groups`.
    pub fn create_group_v5(
        &self,
        request: model::CreateGroupV5Request,
    ) -> ::std::result::Result<Response<model::CreateGroupV5Response>, Error> {
        self.client.call(&operation::CREATE_GROUP_V5, request)
    }

    /// Calls `DeleteGroupV5`: `DELETE /v5/groups/{group_id}`.
    pub fn delete_group_v5(
        &self,
        request: model::DeleteGroupV5Request,
    ) -> ::std::result::Result<Response<model::DeleteGroupV5Response>, Error> {
        self.client.call(&operation::DELETE_GROUP_V5, request)
    }

    /// Calls `ListGroupsV5`: `GET /v5/groups`.
    pub fn list_groups_v5(
        &self,
        request: model::ListGroupsV5Request,
    ) -> ::std::result::Result<Response<model::ListGroupsV5Response>, Error> {
        self.client.call(&operation::LIST_GROUPS_V5, request)
    }

    /// Calls `RemoveUserFromGroupV5`: `POST /v5/groups/{group_id}/remove-user`.
    pub fn remove_user_from_group_v5(
        &self,
        request: model::RemoveUserFromGroupV5Request,
    ) -> ::std::result::Result<Response<model::RemoveUserFromGroupV5Response>, Error> {
        self.client
            .call(&operation::REMOVE_USER_FROM_GROUP_V5, request)
    }

    /// Calls `ShowGroupSummary`: `GET /v5/groups-summary`.
    pub fn show_group_summary(
        &self,
        request: model::ShowGroupSummaryRequest,
    ) -> ::std::result::Result<Response<model::ShowGroupSummaryResponse>, Error> {
        self.client.call(&operation::SHOW_GROUP_SUMMARY, request)
    }

    /// Calls `ShowGroupV5`: `GET /v5/groups/{group_id}`.
    pub fn show_group_v5(
        &self,
        request: model::ShowGroupV5Request,
    ) -> ::std::result::Result<Response<model::ShowGroupV5Response>, Error> {
        self.client.call(&operation::SHOW_GROUP_V5, request)
    }

    /// Calls `UpdateGroupV5`: `PUT /v5/groups/{group_id}`.
    pub fn update_group_v5(
        &self,
        request: model::UpdateGroupV5Request,
    ) -> ::std::result::Result<Response<model::UpdateGroupV5Response>, Error> {
        self.client.call(&operation::UPDATE_GROUP_V5, request)
    }

    /// Calls `CreateVirtualMfaDeviceV5`: `POST /v5/virtual-mfa-devices`.
    pub fn create_virtual_mfa_device_v5(
        &self,
        request: model::CreateVirtualMfaDeviceV5Request,
    ) -> ::std::result::Result<Response<model::CreateVirtualMfaDeviceV5Response>, Error> {
        self.client
            .call(&operation::CREATE_VIRTUAL_MFA_DEVICE_V5, request)
    }

    /// Calls `DeleteVirtualMfaDeviceV5`: `DELETE /v5/virtual-mfa-devices`.
    pub fn delete_virtual_mfa_device_v5(
        &self,
        request: model::DeleteVirtualMfaDeviceV5Request,
    ) -> ::std::result::Result<Response<model::DeleteVirtualMfaDeviceV5Response>, Error> {
        self.client
            .call(&operation::DELETE_VIRTUAL_MFA_DEVICE_V5, request)
    }

    /// Calls `DisableMfaDeviceV5`: `POST /v5/mfa-devices/disable`.
    pub fn disable_mfa_device_v5(
        &self,
        request: model::DisableMfaDeviceV5Request,
    ) -> ::std::result::Result<Response<model::DisableMfaDeviceV5Response>, Error> {
        self.client.call(&operation::DISABLE_MFA_DEVICE_V5, request)
    }

    /// Calls `EnableMfaDeviceV5`: `POST /v5/mfa-devices/enable`.
    pub fn enable_mfa_device_v5(
        &self,
        request: model::EnableMfaDeviceV5Request,
    ) -> ::std::result::Result<Response<model::EnableMfaDeviceV5Response>, Error> {
        self.client.call(&operation::ENABLE_MFA_DEVICE_V5, request)
    }

    /// Calls `ListMfaDevicesV5`: `GET /v5/mfa-devices`.
    pub fn list_mfa_devices_v5(
        &self,
        request: model::ListMfaDevicesV5Request,
    ) -> ::std::result::Result<Response<model::ListMfaDevicesV5Response>, Error> {
        self.client.call(&operation::LIST_MFA_DEVICES_V5, request)
    }

    /// Calls `AddClientIDToOIDCProviderV5`: `POST /v5/oidc-providers/{provider_id}/add-client-id`.
    pub fn add_client_id_to_oidc_provider_v5(
        &self,
        request: model::AddClientIDToOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::AddClientIDToOIDCProviderV5Response>, Error> {
        self.client
            .call(&operation::ADD_CLIENT_ID_TO_OIDC_PROVIDER_V5, request)
    }

    /// Calls `CreateOIDCProviderV5`: `POST /v5/oidc-providers`.
    pub fn create_oidc_provider_v5(
        &self,
        request: model::CreateOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::CreateOIDCProviderV5Response>, Error> {
        self.client
            .call(&operation::CREATE_OIDC_PROVIDER_V5, request)
    }

    /// Calls `DeleteOIDCProviderV5`: `DELETE /v5/oidc-providers/{provider_id}`.
    pub fn delete_oidc_provider_v5(
        &self,
        request: model::DeleteOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::DeleteOIDCProviderV5Response>, Error> {
        self.client
            .call(&operation::DELETE_OIDC_PROVIDER_V5, request)
    }

    /// Calls `ListOIDCProvidersV5`: `GET /v5/oidc-providers`.
    pub fn list_oidc_providers_v5(
        &self,
        request: model::ListOIDCProvidersV5Request,
    ) -> ::std::result::Result<Response<model::ListOIDCProvidersV5Response>, Error> {
        self.client
            .call(&operation::LIST_OIDC_PROVIDERS_V5, request)
    }

    /// Calls `RemoveClientIDFromOIDCProviderV5`: `POST /v5/oidc-providers/{provider_id}/remove-client-id`.
    pub fn remove_client_id_from_oidc_provider_v5(
        &self,
        request: model::RemoveClientIDFromOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::RemoveClientIDFromOIDCProviderV5Response>, Error>
    {
        self.client
            .call(&operation::REMOVE_CLIENT_ID_FROM_OIDC_PROVIDER_V5, request)
    }

    /// Calls `ShowOIDCProviderV5`: `GET /v5/oidc-providers/{provider_id}`.
    pub fn show_oidc_provider_v5(
        &self,
        request: model::ShowOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::ShowOIDCProviderV5Response>, Error> {
        self.client.call(&operation::SHOW_OIDC_PROVIDER_V5, request)
    }

    /// Calls `UpdateOIDCProviderThumbprintV5`: `PUT /v5/oidc-providers/{provider_id}/thumbprint`.
    pub fn update_oidc_provider_thumbprint_v5(
        &self,
        request: model::UpdateOIDCProviderThumbprintV5Request,
    ) -> ::std::result::Result<Response<model::UpdateOIDCProviderThumbprintV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_OIDC_PROVIDER_THUMBPRINT_V5, request)
    }

    /// Calls `UpdateOIDCProviderV5`: `PUT /v5/oidc-providers/{provider_id}`.
    pub fn update_oidc_provider_v5(
        &self,
        request: model::UpdateOIDCProviderV5Request,
    ) -> ::std::result::Result<Response<model::UpdateOIDCProviderV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_OIDC_PROVIDER_V5, request)
    }

    /// Calls `CreatePolicyV5`: `POST /v5/policies`.
    pub fn create_policy_v5(
        &self,
        request: model::CreatePolicyV5Request,
    ) -> ::std::result::Result<Response<model::CreatePolicyV5Response>, Error> {
        self.client.call(&operation::CREATE_POLICY_V5, request)
    }

    /// Calls `CreatePolicyVersionV5`: `POST /v5/policies/{policy_id}/versions`.
    pub fn create_policy_version_v5(
        &self,
        request: model::CreatePolicyVersionV5Request,
    ) -> ::std::result::Result<Response<model::CreatePolicyVersionV5Response>, Error> {
        self.client
            .call(&operation::CREATE_POLICY_VERSION_V5, request)
    }

    /// Calls `DeletePolicyV5`: `DELETE /v5/policies/{policy_id}`.
    pub fn delete_policy_v5(
        &self,
        request: model::DeletePolicyV5Request,
    ) -> ::std::result::Result<Response<model::DeletePolicyV5Response>, Error> {
        self.client.call(&operation::DELETE_POLICY_V5, request)
    }

    /// Calls `DeletePolicyVersionV5`: `DELETE /v5/policies/{policy_id}/versions/{version_id}`.
    pub fn delete_policy_version_v5(
        &self,
        request: model::DeletePolicyVersionV5Request,
    ) -> ::std::result::Result<Response<model::DeletePolicyVersionV5Response>, Error> {
        self.client
            .call(&operation::DELETE_POLICY_VERSION_V5, request)
    }

    /// Calls `GetPolicyV5`: `GET /v5/policies/{policy_id}`.
    pub fn get_policy_v5(
        &self,
        request: model::GetPolicyV5Request,
    ) -> ::std::result::Result<Response<model::GetPolicyV5Response>, Error> {
        self.client.call(&operation::GET_POLICY_V5, request)
    }

    /// Calls `GetPolicyVersionV5`: `GET /v5/policies/{policy_id}/versions/{version_id}`.
    pub fn get_policy_version_v5(
        &self,
        request: model::GetPolicyVersionV5Request,
    ) -> ::std::result::Result<Response<model::GetPolicyVersionV5Response>, Error> {
        self.client.call(&operation::GET_POLICY_VERSION_V5, request)
    }

    /// Calls `ListPoliciesV5`: `GET /v5/policies`.
    pub fn list_policies_v5(
        &self,
        request: model::ListPoliciesV5Request,
    ) -> ::std::result::Result<Response<model::ListPoliciesV5Response>, Error> {
        self.client.call(&operation::LIST_POLICIES_V5, request)
    }

    /// Calls `ListPolicyVersionsV5`: `GET /v5/policies/{policy_id}/versions`.
    pub fn list_policy_versions_v5(
        &self,
        request: model::ListPolicyVersionsV5Request,
    ) -> ::std::result::Result<Response<model::ListPolicyVersionsV5Response>, Error> {
        self.client
            .call(&operation::LIST_POLICY_VERSIONS_V5, request)
    }

    /// Calls `SetDefaultPolicyVersionV5`: `POST /v5/policies/{policy_id}/versions/{version_id}/set-default`.
    pub fn set_default_policy_version_v5(
        &self,
        request: model::SetDefaultPolicyVersionV5Request,
    ) -> ::std::result::Result<Response<model::SetDefaultPolicyVersionV5Response>, Error> {
        self.client
            .call(&operation::SET_DEFAULT_POLICY_VERSION_V5, request)
    }

    /// Calls `UpdatePolicyV5`: `PUT /v5/policies/{policy_id}`.
    pub fn update_policy_v5(
        &self,
        request: model::UpdatePolicyV5Request,
    ) -> ::std::result::Result<Response<model::UpdatePolicyV5Response>, Error> {
        self.client.call(&operation::UPDATE_POLICY_V5, request)
    }

    /// Calls `AttachAgencyPolicyV5`: `POST /v5/policies/{policy_id}/attach-agency`.
    pub fn attach_agency_policy_v5(
        &self,
        request: model::AttachAgencyPolicyV5Request,
    ) -> ::std::result::Result<Response<model::AttachAgencyPolicyV5Response>, Error> {
        self.client
            .call(&operation::ATTACH_AGENCY_POLICY_V5, request)
    }

    /// Calls `AttachGroupPolicyV5`: `POST /v5/policies/{policy_id}/attach-group`.
    pub fn attach_group_policy_v5(
        &self,
        request: model::AttachGroupPolicyV5Request,
    ) -> ::std::result::Result<Response<model::AttachGroupPolicyV5Response>, Error> {
        self.client
            .call(&operation::ATTACH_GROUP_POLICY_V5, request)
    }

    /// Calls `AttachUserPolicyV5`: `POST /v5/policies/{policy_id}/attach-user`.
    pub fn attach_user_policy_v5(
        &self,
        request: model::AttachUserPolicyV5Request,
    ) -> ::std::result::Result<Response<model::AttachUserPolicyV5Response>, Error> {
        self.client.call(&operation::ATTACH_USER_POLICY_V5, request)
    }

    /// Calls `DetachAgencyPolicyV5`: `POST /v5/policies/{policy_id}/detach-agency`.
    pub fn detach_agency_policy_v5(
        &self,
        request: model::DetachAgencyPolicyV5Request,
    ) -> ::std::result::Result<Response<model::DetachAgencyPolicyV5Response>, Error> {
        self.client
            .call(&operation::DETACH_AGENCY_POLICY_V5, request)
    }

    /// Calls `DetachGroupPolicyV5`: `POST /v5/policies/{policy_id}/detach-group`.
    pub fn detach_group_policy_v5(
        &self,
        request: model::DetachGroupPolicyV5Request,
    ) -> ::std::result::Result<Response<model::DetachGroupPolicyV5Response>, Error> {
        self.client
            .call(&operation::DETACH_GROUP_POLICY_V5, request)
    }

    /// Calls `DetachUserPolicyV5`: `POST /v5/policies/{policy_id}/detach-user`.
    pub fn detach_user_policy_v5(
        &self,
        request: model::DetachUserPolicyV5Request,
    ) -> ::std::result::Result<Response<model::DetachUserPolicyV5Response>, Error> {
        self.client.call(&operation::DETACH_USER_POLICY_V5, request)
    }

    /// Calls `ListAttachedAgencyPoliciesV5`: `GET /v5/agencies/{agency_id}/attached-policies`.
    pub fn list_attached_agency_policies_v5(
        &self,
        request: model::ListAttachedAgencyPoliciesV5Request,
    ) -> ::std::result::Result<Response<model::ListAttachedAgencyPoliciesV5Response>, Error> {
        self.client
            .call(&operation::LIST_ATTACHED_AGENCY_POLICIES_V5, request)
    }

    /// Calls `ListAttachedGroupPoliciesV5`: `GET /v5/groups/{group_id}/attached-policies`.
    pub fn list_attached_group_policies_v5(
        &self,
        request: model::ListAttachedGroupPoliciesV5Request,
    ) -> ::std::result::Result<Response<model::ListAttachedGroupPoliciesV5Response>, Error> {
        self.client
            .call(&operation::LIST_ATTACHED_GROUP_POLICIES_V5, request)
    }

    /// Calls `ListAttachedUserPoliciesV5`: `GET /v5/users/{user_id}/attached-policies`.
    pub fn list_attached_user_policies_v5(
        &self,
        request: model::ListAttachedUserPoliciesV5Request,
    ) -> ::std::result::Result<Response<model::ListAttachedUserPoliciesV5Response>, Error> {
        self.client
            .call(&operation::LIST_ATTACHED_USER_POLICIES_V5, request)
    }

    /// Calls `ListEntitiesForPolicyV5`: `GET /v5/policies/{policy_id}/attached-entities`.
    pub fn list_entities_for_policy_v5(
        &self,
        request: model::ListEntitiesForPolicyV5Request,
    ) -> ::std::result::Result<Response<model::ListEntitiesForPolicyV5Response>, Error> {
        self.client
            .call(&operation::LIST_ENTITIES_FOR_POLICY_V5, request)
    }

    /// Calls `DeleteResourceTagsV5`: `DELETE /v5/{resource_type}/{resource_id}/tags/delete`.
    pub fn delete_resource_tags_v5(
        &self,
        request: model::DeleteResourceTagsV5Request,
    ) -> ::std::result::Result<Response<model::DeleteResourceTagsV5Response>, Error> {
        self.client
            .call(&operation::DELETE_RESOURCE_TAGS_V5, request)
    }

    /// Calls `ListResourceTagsV5`: `GET /v5/{resource_type}/{resource_id}/tags`.
    pub fn list_resource_tags_v5(
        &self,
        request: model::ListResourceTagsV5Request,
    ) -> ::std::result::Result<Response<model::ListResourceTagsV5Response>, Error> {
        self.client.call(&operation::LIST_RESOURCE_TAGS_V5, request)
    }

    /// Calls `TagResourceV5`: `POST /v5/{resource_type}/{resource_id}/tags/create`.
    pub fn tag_resource_v5(
        &self,
        request: model::TagResourceV5Request,
    ) -> ::std::result::Result<Response<model::TagResourceV5Response>, Error> {
        self.client.call(&operation::TAG_RESOURCE_V5, request)
    }

    /// Calls `CreateSAMLProviderV5`: `POST /v5/saml-providers`.
    pub fn create_saml_provider_v5(
        &self,
        request: model::CreateSAMLProviderV5Request,
    ) -> ::std::result::Result<Response<model::CreateSAMLProviderV5Response>, Error> {
        self.client
            .call(&operation::CREATE_SAML_PROVIDER_V5, request)
    }

    /// Calls `DeleteSAMLProviderV5`: `DELETE /v5/saml-providers/{provider_id}`.
    pub fn delete_saml_provider_v5(
        &self,
        request: model::DeleteSAMLProviderV5Request,
    ) -> ::std::result::Result<Response<model::DeleteSAMLProviderV5Response>, Error> {
        self.client
            .call(&operation::DELETE_SAML_PROVIDER_V5, request)
    }

    /// Calls `ListSAMLProvidersV5`: `GET /v5/saml-providers`.
    pub fn list_saml_providers_v5(
        &self,
        request: model::ListSAMLProvidersV5Request,
    ) -> ::std::result::Result<Response<model::ListSAMLProvidersV5Response>, Error> {
        self.client
            .call(&operation::LIST_SAML_PROVIDERS_V5, request)
    }

    /// Calls `ShowSAMLProviderV5`: `GET /v5/saml-providers/{provider_id}`.
    pub fn show_saml_provider_v5(
        &self,
        request: model::ShowSAMLProviderV5Request,
    ) -> ::std::result::Result<Response<model::ShowSAMLProviderV5Response>, Error> {
        self.client.call(&operation::SHOW_SAML_PROVIDER_V5, request)
    }

    /// Calls `UpdateSAMLProviderV5`: `PUT /v5/saml-providers/{provider_id}`.
    pub fn update_saml_provider_v5(
        &self,
        request: model::UpdateSAMLProviderV5Request,
    ) -> ::std::result::Result<Response<model::UpdateSAMLProviderV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_SAML_PROVIDER_V5, request)
    }

    /// Calls `ShowLoginPolicyV5`: `GET /v5/login-policy`.
    pub fn show_login_policy_v5(
        &self,
        request: model::ShowLoginPolicyV5Request,
    ) -> ::std::result::Result<Response<model::ShowLoginPolicyV5Response>, Error> {
        self.client.call(&operation::SHOW_LOGIN_POLICY_V5, request)
    }

    /// Calls `ShowPasswordPolicyV5`: `GET /v5/password-policy`.
    pub fn show_password_policy_v5(
        &self,
        request: model::ShowPasswordPolicyV5Request,
    ) -> ::std::result::Result<Response<model::ShowPasswordPolicyV5Response>, Error> {
        self.client
            .call(&operation::SHOW_PASSWORD_POLICY_V5, request)
    }

    /// Calls `UpdateLoginPolicyV5`: `PUT /v5/login-policy`.
    pub fn update_login_policy_v5(
        &self,
        request: model::UpdateLoginPolicyV5Request,
    ) -> ::std::result::Result<Response<model::UpdateLoginPolicyV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_LOGIN_POLICY_V5, request)
    }

    /// Calls `UpdatePasswordPolicyV5`: `PUT /v5/password-policy`.
    pub fn update_password_policy_v5(
        &self,
        request: model::UpdatePasswordPolicyV5Request,
    ) -> ::std::result::Result<Response<model::UpdatePasswordPolicyV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_PASSWORD_POLICY_V5, request)
    }

    /// Calls `DeleteServiceSpecificCredentialV5`: `DELETE /v5/users/{user_id}/service-specific-credentials/{credential_id}`.
    pub fn delete_service_specific_credential_v5(
        &self,
        request: model::DeleteServiceSpecificCredentialV5Request,
    ) -> ::std::result::Result<Response<model::DeleteServiceSpecificCredentialV5Response>, Error>
    {
        self.client
            .call(&operation::DELETE_SERVICE_SPECIFIC_CREDENTIAL_V5, request)
    }

    /// Calls `ListServiceSpecificCredentialSupportedServicesV5`: `GET /v5/service-specific-credentials/supported-services`.
    pub fn list_service_specific_credential_supported_services_v5(
        &self,
        request: model::ListServiceSpecificCredentialSupportedServicesV5Request,
    ) -> ::std::result::Result<
        Response<model::ListServiceSpecificCredentialSupportedServicesV5Response>,
        Error,
    > {
        self.client.call(
            &operation::LIST_SERVICE_SPECIFIC_CREDENTIAL_SUPPORTED_SERVICES_V5,
            request,
        )
    }

    /// Calls `ListServiceSpecificCredentialsV5`: `GET /v5/service-specific-credentials`.
    pub fn list_service_specific_credentials_v5(
        &self,
        request: model::ListServiceSpecificCredentialsV5Request,
    ) -> ::std::result::Result<Response<model::ListServiceSpecificCredentialsV5Response>, Error>
    {
        self.client
            .call(&operation::LIST_SERVICE_SPECIFIC_CREDENTIALS_V5, request)
    }

    /// Calls `UpdateServiceSpecificCredentialV5`: `PUT /v5/users/{user_id}/service-specific-credentials/{credential_id}`.
    pub fn update_service_specific_credential_v5(
        &self,
        request: model::UpdateServiceSpecificCredentialV5Request,
    ) -> ::std::result::Result<Response<model::UpdateServiceSpecificCredentialV5Response>, Error>
    {
        self.client
            .call(&operation::UPDATE_SERVICE_SPECIFIC_CREDENTIAL_V5, request)
    }

    /// Calls `CreateUserV5`: `POST /v5/users`.
    pub fn create_user_v5(
        &self,
        request: model::CreateUserV5Request,
    ) -> ::std::result::Result<Response<model::CreateUserV5Response>, Error> {
        self.client.call(&operation::CREATE_USER_V5, request)
    }

    /// Calls `DeleteUserV5`: `DELETE /v5/users/{user_id}`.
    pub fn delete_user_v5(
        &self,
        request: model::DeleteUserV5Request,
    ) -> ::std::result::Result<Response<model::DeleteUserV5Response>, Error> {
        self.client.call(&operation::DELETE_USER_V5, request)
    }

    /// Calls `ListUsersV5`: `GET /v5/users`.
    pub fn list_users_v5(
        &self,
        request: model::ListUsersV5Request,
    ) -> ::std::result::Result<Response<model::ListUsersV5Response>, Error> {
        self.client.call(&operation::LIST_USERS_V5, request)
    }

    /// Calls `ShowUserLastLoginV5`: `GET /v5/users/{user_id}/last-login`.
    pub fn show_user_last_login_v5(
        &self,
        request: model::ShowUserLastLoginV5Request,
    ) -> ::std::result::Result<Response<model::ShowUserLastLoginV5Response>, Error> {
        self.client
            .call(&operation::SHOW_USER_LAST_LOGIN_V5, request)
    }

    /// Calls `ShowUserV5`: `GET /v5/users/{user_id}`.
    pub fn show_user_v5(
        &self,
        request: model::ShowUserV5Request,
    ) -> ::std::result::Result<Response<model::ShowUserV5Response>, Error> {
        self.client.call(&operation::SHOW_USER_V5, request)
    }

    /// Calls `UpdateUserV5`: `PUT /v5/users/{user_id}`.
    pub fn update_user_v5(
        &self,
        request: model::UpdateUserV5Request,
    ) -> ::std::result::Result<Response<model::UpdateUserV5Response>, Error> {
        self.client.call(&operation::UPDATE_USER_V5, request)
    }

    /// Calls `ChangePasswordV5`: `POST /v5/caller-password`.
    pub fn change_password_v5(
        &self,
        request: model::ChangePasswordV5Request,
    ) -> ::std::result::Result<Response<model::ChangePasswordV5Response>, Error> {
        self.client.call(&operation::CHANGE_PASSWORD_V5, request)
    }

    /// Calls `CreateAccessKeyV5`: `POST /v5/users/{user_id}/access-keys`.
    pub fn create_access_key_v5(
        &self,
        request: model::CreateAccessKeyV5Request,
    ) -> ::std::result::Result<Response<model::CreateAccessKeyV5Response>, Error> {
        self.client.call(&operation::CREATE_ACCESS_KEY_V5, request)
    }

    /// Calls `CreateLoginProfileV5`: `POST /v5/users/{user_id}/login-profile`.
    pub fn create_login_profile_v5(
        &self,
        request: model::CreateLoginProfileV5Request,
    ) -> ::std::result::Result<Response<model::CreateLoginProfileV5Response>, Error> {
        self.client
            .call(&operation::CREATE_LOGIN_PROFILE_V5, request)
    }

    /// Calls `DeleteAccessKeyV5`: `DELETE /v5/users/{user_id}/access-keys/{access_key_id}`.
    pub fn delete_access_key_v5(
        &self,
        request: model::DeleteAccessKeyV5Request,
    ) -> ::std::result::Result<Response<model::DeleteAccessKeyV5Response>, Error> {
        self.client.call(&operation::DELETE_ACCESS_KEY_V5, request)
    }

    /// Calls `DeleteLoginProfileV5`: `DELETE /v5/users/{user_id}/login-profile`.
    pub fn delete_login_profile_v5(
        &self,
        request: model::DeleteLoginProfileV5Request,
    ) -> ::std::result::Result<Response<model::DeleteLoginProfileV5Response>, Error> {
        self.client
            .call(&operation::DELETE_LOGIN_PROFILE_V5, request)
    }

    /// Calls `ListAccessKeysV5`: `GET /v5/users/{user_id}/access-keys`.
    pub fn list_access_keys_v5(
        &self,
        request: model::ListAccessKeysV5Request,
    ) -> ::std::result::Result<Response<model::ListAccessKeysV5Response>, Error> {
        self.client.call(&operation::LIST_ACCESS_KEYS_V5, request)
    }

    /// Calls `ShowAccessKeyLastUsedV5`: `GET /v5/users/{user_id}/access-keys/{access_key_id}/last-used`.
    pub fn show_access_key_last_used_v5(
        &self,
        request: model::ShowAccessKeyLastUsedV5Request,
    ) -> ::std::result::Result<Response<model::ShowAccessKeyLastUsedV5Response>, Error> {
        self.client
            .call(&operation::SHOW_ACCESS_KEY_LAST_USED_V5, request)
    }

    /// Calls `ShowLoginProfileV5`: `GET /v5/users/{user_id}/login-profile`.
    pub fn show_login_profile_v5(
        &self,
        request: model::ShowLoginProfileV5Request,
    ) -> ::std::result::Result<Response<model::ShowLoginProfileV5Response>, Error> {
        self.client.call(&operation::SHOW_LOGIN_PROFILE_V5, request)
    }

    /// Calls `UpdateAccessKeyV5`: `PUT /v5/users/{user_id}/access-keys/{access_key_id}`.
    pub fn update_access_key_v5(
        &self,
        request: model::UpdateAccessKeyV5Request,
    ) -> ::std::result::Result<Response<model::UpdateAccessKeyV5Response>, Error> {
        self.client.call(&operation::UPDATE_ACCESS_KEY_V5, request)
    }

    /// Calls `UpdateLoginProfileV5`: `PUT /v5/users/{user_id}/login-profile`.
    pub fn update_login_profile_v5(
        &self,
        request: model::UpdateLoginProfileV5Request,
    ) -> ::std::result::Result<Response<model::UpdateLoginProfileV5Response>, Error> {
        self.client
            .call(&operation::UPDATE_LOGIN_PROFILE_V5, request)
    }
}
