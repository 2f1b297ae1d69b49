//! Request, response and data types of the IAM v5 API.
//!
//! Request types and the models inside request bodies implement `Default` and have a
//! `with_*` setter per field. Types without `Default` have a `new` taking their required
//! fields. All types are `#[non_exhaustive]`, so new API fields are not breaking.

use huaweicloud_sdk_core::json;

/// JSON model `AccessKey`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AccessKey {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `access_key_id`.
    pub access_key_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `secret_access_key`. Debug output hides its value.
    pub secret_access_key: ::std::string::String,
    /// Required JSON field `status`.
    pub status: AccessKeyStatus,
}

impl ::std::fmt::Debug for AccessKey {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccessKey")
            .field("user_id", &self.user_id)
            .field("access_key_id", &self.access_key_id)
            .field("created_at", &self.created_at)
            .field("secret_access_key", &"<redacted>")
            .field("status", &self.status)
            .finish()
    }
}

impl json::FromJson for AccessKey {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_id: json::take(&mut map, "user_id")?,
            access_key_id: json::take(&mut map, "access_key_id")?,
            created_at: json::take(&mut map, "created_at")?,
            secret_access_key: json::take(&mut map, "secret_access_key")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// JSON model `AccessKeyLastUsed`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AccessKeyLastUsed {
    /// JSON field `last_used_at`.
    pub last_used_at: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AccessKeyLastUsed {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            last_used_at: json::take(&mut map, "last_used_at")?,
        })
    }
}

/// JSON model `AccessKeyMetadata`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AccessKeyMetadata {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `access_key_id`.
    pub access_key_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `status`.
    pub status: AccessKeyStatus,
}

impl json::FromJson for AccessKeyMetadata {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_id: json::take(&mut map, "user_id")?,
            access_key_id: json::take(&mut map, "access_key_id")?,
            created_at: json::take(&mut map, "created_at")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// String enum `AccessKeyStatus`.
///
/// Values the API description does not list decode to [`AccessKeyStatus::Unknown`] instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(from = "::std::string::String", into = "::std::string::String")
)]
#[non_exhaustive]
pub enum AccessKeyStatus {
    /// `active`.
    Active,
    /// `inactive`.
    Inactive,
    /// A value the API description does not list, kept as received. Also the default.
    Unknown(::std::string::String),
}

impl AccessKeyStatus {
    /// Returns the value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unknown(value) => value,
        }
    }
}

impl ::std::default::Default for AccessKeyStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}

impl ::std::convert::From<::std::string::String> for AccessKeyStatus {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            _ => Self::Unknown(value),
        }
    }
}

impl ::std::convert::From<&str> for AccessKeyStatus {
    fn from(value: &str) -> Self {
        Self::from(::std::string::String::from(value))
    }
}

impl ::std::convert::From<AccessKeyStatus> for ::std::string::String {
    fn from(value: AccessKeyStatus) -> Self {
        match value {
            AccessKeyStatus::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}

impl ::std::fmt::Display for AccessKeyStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl json::ToJson for AccessKeyStatus {
    fn to_json(&self) -> json::Value {
        json::Value::String(self.as_str().to_owned())
    }
}

impl json::FromJson for AccessKeyStatus {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        <::std::string::String as json::FromJson>::from_json(value).map(Self::from)
    }

    fn when_missing() -> ::std::option::Option<Self> {
        ::std::option::Option::Some(Self::default())
    }
}

/// JSON model `Action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Action {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `access_level`.
    pub access_level: ::std::string::String,
    /// Required JSON field `permission_only`.
    pub permission_only: bool,
    /// Required JSON field `description`.
    pub description: Description,
    /// JSON field `aliases`.
    pub aliases: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<ActionAssociatedResource>>,
    /// JSON field `condition_keys`.
    pub condition_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for Action {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            access_level: json::take(&mut map, "access_level")?,
            permission_only: json::take(&mut map, "permission_only")?,
            description: json::take(&mut map, "description")?,
            aliases: json::take(&mut map, "aliases")?,
            resources: json::take(&mut map, "resources")?,
            condition_keys: json::take(&mut map, "condition_keys")?,
        })
    }
}

/// JSON model `ActionAssociatedResource`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ActionAssociatedResource {
    /// Required JSON field `urn_template`.
    pub urn_template: ::std::string::String,
    /// Required JSON field `required`.
    pub required: bool,
    /// JSON field `condition_keys`.
    pub condition_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for ActionAssociatedResource {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            urn_template: json::take(&mut map, "urn_template")?,
            required: json::take(&mut map, "required")?,
            condition_keys: json::take(&mut map, "condition_keys")?,
        })
    }
}

/// JSON model `ActionName`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ActionName {}

impl json::ToJson for ActionName {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for ActionName {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AddClientIDToOIDCProviderReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddClientIDToOIDCProviderReqBody {
    /// Required JSON field `client_id`.
    pub client_id: ::std::string::String,
}

impl AddClientIDToOIDCProviderReqBody {
    /// Sets the `client_id` field.
    #[must_use]
    pub fn with_client_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_id = value.into();
        self
    }
}

impl json::ToJson for AddClientIDToOIDCProviderReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "client_id", &self.client_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::add_client_id_to_oidc_provider_v5`](super::IamClient::add_client_id_to_oidc_provider_v5): `POST /v5/oidc-providers/{provider_id}/add-client-id`.
///
/// Required fields: `provider_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddClientIDToOIDCProviderV5Request {
    /// Required path parameter `provider_id`.
    pub provider_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AddClientIDToOIDCProviderReqBody>,
}

impl AddClientIDToOIDCProviderV5Request {
    /// Sets the `provider_id` field.
    #[must_use]
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AddClientIDToOIDCProviderReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::add_client_id_to_oidc_provider_v5`](super::IamClient::add_client_id_to_oidc_provider_v5): `POST /v5/oidc-providers/{provider_id}/add-client-id`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddClientIDToOIDCProviderV5Response {}

impl json::FromJson for AddClientIDToOIDCProviderV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AddUserToGroupReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddUserToGroupReqBody {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
}

impl AddUserToGroupReqBody {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

impl json::ToJson for AddUserToGroupReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user_id", &self.user_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::add_user_to_group_v5`](super::IamClient::add_user_to_group_v5): `POST /v5/groups/{group_id}/add-user`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddUserToGroupV5Request {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AddUserToGroupReqBody>,
}

impl AddUserToGroupV5Request {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AddUserToGroupReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::add_user_to_group_v5`](super::IamClient::add_user_to_group_v5): `POST /v5/groups/{group_id}/add-user`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddUserToGroupV5Response {}

impl json::FromJson for AddUserToGroupV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Agency`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Agency {
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// JSON field `trust_policy`.
    pub trust_policy: ::std::option::Option<::std::string::String>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `max_session_duration`.
    pub max_session_duration: i64,
    /// Required JSON field `path`.
    pub path: ::std::string::String,
    /// Required JSON field `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required JSON field `agency_name`.
    pub agency_name: ::std::string::String,
    /// JSON field `trust_domain_id`.
    pub trust_domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `trust_domain_name`.
    pub trust_domain_name: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for Agency {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            urn: json::take(&mut map, "urn")?,
            trust_policy: json::take(&mut map, "trust_policy")?,
            created_at: json::take(&mut map, "created_at")?,
            description: json::take(&mut map, "description")?,
            max_session_duration: json::take(&mut map, "max_session_duration")?,
            path: json::take(&mut map, "path")?,
            agency_id: json::take(&mut map, "agency_id")?,
            agency_name: json::take(&mut map, "agency_name")?,
            trust_domain_id: json::take(&mut map, "trust_domain_id")?,
            trust_domain_name: json::take(&mut map, "trust_domain_name")?,
        })
    }
}

/// JSON model `AgencyEx`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyEx {
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// JSON field `trust_policy`.
    pub trust_policy: ::std::option::Option<::std::string::String>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `max_session_duration`.
    pub max_session_duration: i64,
    /// Required JSON field `path`.
    pub path: ::std::string::String,
    /// Required JSON field `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required JSON field `agency_name`.
    pub agency_name: ::std::string::String,
    /// JSON field `trust_domain_id`.
    pub trust_domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `trust_domain_name`.
    pub trust_domain_name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<Tag>,
}

impl json::FromJson for AgencyEx {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            urn: json::take(&mut map, "urn")?,
            trust_policy: json::take(&mut map, "trust_policy")?,
            created_at: json::take(&mut map, "created_at")?,
            description: json::take(&mut map, "description")?,
            max_session_duration: json::take(&mut map, "max_session_duration")?,
            path: json::take(&mut map, "path")?,
            agency_id: json::take(&mut map, "agency_id")?,
            agency_name: json::take(&mut map, "agency_name")?,
            trust_domain_id: json::take(&mut map, "trust_domain_id")?,
            trust_domain_name: json::take(&mut map, "trust_domain_name")?,
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `AgencyId`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyId {}

impl json::ToJson for AgencyId {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for AgencyId {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AgencyName`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyName {}

impl json::ToJson for AgencyName {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for AgencyName {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AgencyUsage`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyUsage {
    /// Required JSON field `region`.
    pub region: ::std::string::String,
    /// Required JSON field `resources`.
    pub resources: ::std::vec::Vec<::std::string::String>,
}

impl json::FromJson for AgencyUsage {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            region: json::take(&mut map, "region")?,
            resources: json::take(&mut map, "resources")?,
        })
    }
}

/// JSON model `AllowAddressNetmask`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowAddressNetmask {
    /// Required JSON field `address_netmask`.
    pub address_netmask: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl AllowAddressNetmask {
    /// Sets the `address_netmask` field.
    #[must_use]
    pub fn with_address_netmask(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_netmask = value.into();
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AllowAddressNetmask {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "address_netmask", &self.address_netmask);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

impl json::FromJson for AllowAddressNetmask {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            address_netmask: json::take(&mut map, "address_netmask")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `AllowIpRange`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowIpRange {
    /// Required JSON field `ip_range`.
    pub ip_range: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl AllowIpRange {
    /// Sets the `ip_range` field.
    #[must_use]
    pub fn with_ip_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_range = value.into();
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AllowIpRange {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "ip_range", &self.ip_range);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

impl json::FromJson for AllowIpRange {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            ip_range: json::take(&mut map, "ip_range")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `AsymmetricSignature`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AsymmetricSignature {
    /// Required JSON field `asymmetric_signature_switch`.
    pub asymmetric_signature_switch: bool,
}

impl AsymmetricSignature {
    /// Sets the `asymmetric_signature_switch` field.
    #[must_use]
    pub fn with_asymmetric_signature_switch(mut self, value: bool) -> Self {
        self.asymmetric_signature_switch = value;
        self
    }
}

impl json::ToJson for AsymmetricSignature {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "asymmetric_signature_switch",
            &self.asymmetric_signature_switch,
        );
        json::Value::Object(map)
    }
}

/// JSON model `AsymmetricSignatureWithDomainId`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AsymmetricSignatureWithDomainId {
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `asymmetric_signature_switch`.
    pub asymmetric_signature_switch: bool,
}

impl json::FromJson for AsymmetricSignatureWithDomainId {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain_id: json::take(&mut map, "domain_id")?,
            asymmetric_signature_switch: json::take(&mut map, "asymmetric_signature_switch")?,
        })
    }
}

/// JSON model `AttachAgencyPolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachAgencyPolicyReqBody {
    /// Required JSON field `agency_id`.
    pub agency_id: ::std::string::String,
}

impl AttachAgencyPolicyReqBody {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }
}

impl json::ToJson for AttachAgencyPolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "agency_id", &self.agency_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::attach_agency_policy_v5`](super::IamClient::attach_agency_policy_v5): `POST /v5/policies/{policy_id}/attach-agency`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachAgencyPolicyV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AttachAgencyPolicyReqBody>,
}

impl AttachAgencyPolicyV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AttachAgencyPolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::attach_agency_policy_v5`](super::IamClient::attach_agency_policy_v5): `POST /v5/policies/{policy_id}/attach-agency`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachAgencyPolicyV5Response {}

impl json::FromJson for AttachAgencyPolicyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AttachGroupPolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachGroupPolicyReqBody {
    /// Required JSON field `group_id`.
    pub group_id: ::std::string::String,
}

impl AttachGroupPolicyReqBody {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }
}

impl json::ToJson for AttachGroupPolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "group_id", &self.group_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::attach_group_policy_v5`](super::IamClient::attach_group_policy_v5): `POST /v5/policies/{policy_id}/attach-group`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachGroupPolicyV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AttachGroupPolicyReqBody>,
}

impl AttachGroupPolicyV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AttachGroupPolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::attach_group_policy_v5`](super::IamClient::attach_group_policy_v5): `POST /v5/policies/{policy_id}/attach-group`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachGroupPolicyV5Response {}

impl json::FromJson for AttachGroupPolicyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AttachUserPolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachUserPolicyReqBody {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
}

impl AttachUserPolicyReqBody {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

impl json::ToJson for AttachUserPolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user_id", &self.user_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::attach_user_policy_v5`](super::IamClient::attach_user_policy_v5): `POST /v5/policies/{policy_id}/attach-user`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachUserPolicyV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AttachUserPolicyReqBody>,
}

impl AttachUserPolicyV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AttachUserPolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::attach_user_policy_v5`](super::IamClient::attach_user_policy_v5): `POST /v5/policies/{policy_id}/attach-user`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachUserPolicyV5Response {}

impl json::FromJson for AttachUserPolicyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AttachedAt`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachedAt {}

impl json::ToJson for AttachedAt {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for AttachedAt {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AttachedPolicy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachedPolicy {
    /// Required JSON field `policy_name`.
    pub policy_name: ::std::string::String,
    /// Required JSON field `policy_id`.
    pub policy_id: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// Required JSON field `attached_at`.
    pub attached_at: ::std::string::String,
}

impl json::FromJson for AttachedPolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            policy_name: json::take(&mut map, "policy_name")?,
            policy_id: json::take(&mut map, "policy_id")?,
            urn: json::take(&mut map, "urn")?,
            attached_at: json::take(&mut map, "attached_at")?,
        })
    }
}

/// JSON model `ChangePasswordReqBody`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangePasswordReqBody {
    /// Required JSON field `new_password`. Debug output hides its value.
    pub new_password: ::std::string::String,
    /// Required JSON field `old_password`. Debug output hides its value.
    pub old_password: ::std::string::String,
}

impl ::std::fmt::Debug for ChangePasswordReqBody {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChangePasswordReqBody")
            .field("new_password", &"<redacted>")
            .field("old_password", &"<redacted>")
            .finish()
    }
}

impl ChangePasswordReqBody {
    /// Sets the `new_password` field.
    #[must_use]
    pub fn with_new_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new_password = value.into();
        self
    }

    /// Sets the `old_password` field.
    #[must_use]
    pub fn with_old_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.old_password = value.into();
        self
    }
}

impl json::ToJson for ChangePasswordReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "new_password", &self.new_password);
        json::put(&mut map, "old_password", &self.old_password);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::change_password_v5`](super::IamClient::change_password_v5): `POST /v5/caller-password`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangePasswordV5Request {
    /// Request body.
    pub body: ::std::option::Option<ChangePasswordReqBody>,
}

impl ChangePasswordV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ChangePasswordReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::change_password_v5`](super::IamClient::change_password_v5): `POST /v5/caller-password`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangePasswordV5Response {}

impl json::FromJson for ChangePasswordV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Condition`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Condition {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value_type`.
    pub value_type: ::std::string::String,
    /// Required JSON field `multi_valued`.
    pub multi_valued: bool,
    /// Required JSON field `description`.
    pub description: Description,
}

impl json::FromJson for Condition {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            value_type: json::take(&mut map, "value_type")?,
            multi_valued: json::take(&mut map, "multi_valued")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `ConditionKey`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ConditionKey {}

impl json::ToJson for ConditionKey {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for ConditionKey {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::create_access_key_v5`](super::IamClient::create_access_key_v5): `POST /v5/users/{user_id}/access-keys`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAccessKeyV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl CreateAccessKeyV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::create_access_key_v5`](super::IamClient::create_access_key_v5): `POST /v5/users/{user_id}/access-keys`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAccessKeyV5Response {
    /// JSON field `access_key`.
    pub access_key: ::std::option::Option<AccessKey>,
}

impl json::FromJson for CreateAccessKeyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            access_key: json::take(&mut map, "access_key")?,
        })
    }
}

/// JSON model `CreateAgencyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyReqBody {
    /// Required JSON field `agency_name`.
    pub agency_name: ::std::string::String,
    /// JSON field `path`.
    pub path: ::std::option::Option<::std::string::String>,
    /// Required JSON field `trust_policy`.
    pub trust_policy: ::std::string::String,
    /// JSON field `max_session_duration`.
    pub max_session_duration: ::std::option::Option<i64>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl CreateAgencyReqBody {
    /// Sets the `agency_name` field.
    #[must_use]
    pub fn with_agency_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_name = value.into();
        self
    }

    /// Sets the `path` field.
    #[must_use]
    pub fn with_path(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.path = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `trust_policy` field.
    #[must_use]
    pub fn with_trust_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trust_policy = value.into();
        self
    }

    /// Sets the `max_session_duration` field.
    #[must_use]
    pub fn with_max_session_duration(mut self, value: i64) -> Self {
        self.max_session_duration = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreateAgencyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "agency_name", &self.agency_name);
        json::put(&mut map, "path", &self.path);
        json::put(&mut map, "trust_policy", &self.trust_policy);
        json::put(&mut map, "max_session_duration", &self.max_session_duration);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_agency_v5`](super::IamClient::create_agency_v5): `POST /v5/agencies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyV5Request {
    /// Request body.
    pub body: ::std::option::Option<CreateAgencyReqBody>,
}

impl CreateAgencyV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateAgencyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_agency_v5`](super::IamClient::create_agency_v5): `POST /v5/agencies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyV5Response {
    /// JSON field `agency`.
    pub agency: ::std::option::Option<TrustAgency>,
}

impl json::FromJson for CreateAgencyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            agency: json::take(&mut map, "agency")?,
        })
    }
}

/// JSON model `CreateGroupReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateGroupReqBody {
    /// Required JSON field `group_name`.
    pub group_name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl CreateGroupReqBody {
    /// Sets the `group_name` field.
    #[must_use]
    pub fn with_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_name = value.into();
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreateGroupReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "group_name", &self.group_name);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_group_v5`](super::IamClient::create_group_v5): `POST /v5/groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateGroupV5Request {
    /// Request body.
    pub body: ::std::option::Option<CreateGroupReqBody>,
}

impl CreateGroupV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateGroupReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_group_v5`](super::IamClient::create_group_v5): `POST /v5/groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateGroupV5Response {
    /// JSON field `group`.
    pub group: ::std::option::Option<Group>,
}

impl json::FromJson for CreateGroupV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            group: json::take(&mut map, "group")?,
        })
    }
}

/// JSON model `CreateLoginProfileReqBody`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateLoginProfileReqBody {
    /// Required JSON field `password`. Debug output hides its value.
    pub password: ::std::string::String,
    /// Required JSON field `password_reset_required`.
    pub password_reset_required: bool,
}

impl ::std::fmt::Debug for CreateLoginProfileReqBody {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateLoginProfileReqBody")
            .field("password", &"<redacted>")
            .field("password_reset_required", &self.password_reset_required)
            .finish()
    }
}

impl CreateLoginProfileReqBody {
    /// Sets the `password` field.
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = value.into();
        self
    }

    /// Sets the `password_reset_required` field.
    #[must_use]
    pub fn with_password_reset_required(mut self, value: bool) -> Self {
        self.password_reset_required = value;
        self
    }
}

impl json::ToJson for CreateLoginProfileReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "password", &self.password);
        json::put(
            &mut map,
            "password_reset_required",
            &self.password_reset_required,
        );
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_login_profile_v5`](super::IamClient::create_login_profile_v5): `POST /v5/users/{user_id}/login-profile`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateLoginProfileV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreateLoginProfileReqBody>,
}

impl CreateLoginProfileV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateLoginProfileReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_login_profile_v5`](super::IamClient::create_login_profile_v5): `POST /v5/users/{user_id}/login-profile`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateLoginProfileV5Response {
    /// JSON field `login_profile`.
    pub login_profile: ::std::option::Option<LoginProfile>,
}

impl json::FromJson for CreateLoginProfileV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            login_profile: json::take(&mut map, "login_profile")?,
        })
    }
}

/// JSON model `CreateOIDCProviderReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateOIDCProviderReqBody {
    /// Required JSON field `url`.
    pub url: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `client_ids`.
    pub client_ids: ::std::vec::Vec<::std::string::String>,
    /// JSON field `thumbprints`.
    pub thumbprints: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl CreateOIDCProviderReqBody {
    /// Sets the `url` field.
    #[must_use]
    pub fn with_url(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.url = value.into();
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `client_ids` field.
    #[must_use]
    pub fn with_client_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.client_ids = value;
        self
    }

    /// Sets the `thumbprints` field.
    #[must_use]
    pub fn with_thumbprints(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.thumbprints = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreateOIDCProviderReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "url", &self.url);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "client_ids", &self.client_ids);
        json::put(&mut map, "thumbprints", &self.thumbprints);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_oidc_provider_v5`](super::IamClient::create_oidc_provider_v5): `POST /v5/oidc-providers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateOIDCProviderV5Request {
    /// Request body.
    pub body: ::std::option::Option<CreateOIDCProviderReqBody>,
}

impl CreateOIDCProviderV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateOIDCProviderReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_oidc_provider_v5`](super::IamClient::create_oidc_provider_v5): `POST /v5/oidc-providers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateOIDCProviderV5Response {
    /// JSON field `oidc_provider`.
    pub oidc_provider: ::std::option::Option<InlineResponse2011OidcProvider>,
}

impl json::FromJson for CreateOIDCProviderV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            oidc_provider: json::take(&mut map, "oidc_provider")?,
        })
    }
}

/// JSON model `CreatePolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePolicyReqBody {
    /// Required JSON field `policy_name`.
    pub policy_name: ::std::string::String,
    /// JSON field `path`.
    pub path: ::std::option::Option<::std::string::String>,
    /// Required JSON field `policy_document`.
    pub policy_document: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl CreatePolicyReqBody {
    /// Sets the `policy_name` field.
    #[must_use]
    pub fn with_policy_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_name = value.into();
        self
    }

    /// Sets the `path` field.
    #[must_use]
    pub fn with_path(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.path = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `policy_document` field.
    #[must_use]
    pub fn with_policy_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_document = value.into();
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreatePolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "policy_name", &self.policy_name);
        json::put(&mut map, "path", &self.path);
        json::put(&mut map, "policy_document", &self.policy_document);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_policy_v5`](super::IamClient::create_policy_v5): `POST /v5/policies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePolicyV5Request {
    /// Request body.
    pub body: ::std::option::Option<CreatePolicyReqBody>,
}

impl CreatePolicyV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreatePolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_policy_v5`](super::IamClient::create_policy_v5): `POST /v5/policies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePolicyV5Response {
    /// JSON field `policy`.
    pub policy: ::std::option::Option<Policy>,
}

impl json::FromJson for CreatePolicyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            policy: json::take(&mut map, "policy")?,
        })
    }
}

/// JSON model `CreatePolicyVersionReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePolicyVersionReqBody {
    /// Required JSON field `policy_document`.
    pub policy_document: ::std::string::String,
    /// JSON field `set_as_default`.
    pub set_as_default: ::std::option::Option<bool>,
}

impl CreatePolicyVersionReqBody {
    /// Sets the `policy_document` field.
    #[must_use]
    pub fn with_policy_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_document = value.into();
        self
    }

    /// Sets the `set_as_default` field.
    #[must_use]
    pub fn with_set_as_default(mut self, value: bool) -> Self {
        self.set_as_default = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreatePolicyVersionReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "policy_document", &self.policy_document);
        json::put(&mut map, "set_as_default", &self.set_as_default);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_policy_version_v5`](super::IamClient::create_policy_version_v5): `POST /v5/policies/{policy_id}/versions`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePolicyVersionV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreatePolicyVersionReqBody>,
}

impl CreatePolicyVersionV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreatePolicyVersionReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_policy_version_v5`](super::IamClient::create_policy_version_v5): `POST /v5/policies/{policy_id}/versions`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePolicyVersionV5Response {
    /// JSON field `policy_version`.
    pub policy_version: ::std::option::Option<PolicyVersion>,
}

impl json::FromJson for CreatePolicyVersionV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            policy_version: json::take(&mut map, "policy_version")?,
        })
    }
}

/// JSON model `CreateSAMLProviderReqBody`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSAMLProviderReqBody {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `saml_metadata_document`.
    pub saml_metadata_document: ::std::string::String,
    /// JSON field `assertion_encryption_mode`.
    pub assertion_encryption_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `add_private_key`. Debug output hides its value.
    pub add_private_key: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateSAMLProviderReqBody {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSAMLProviderReqBody")
            .field("name", &self.name)
            .field("saml_metadata_document", &self.saml_metadata_document)
            .field("assertion_encryption_mode", &self.assertion_encryption_mode)
            .field(
                "add_private_key",
                &self.add_private_key.as_ref().map(|_| "<redacted>"),
            )
            .field("description", &self.description)
            .finish()
    }
}

impl CreateSAMLProviderReqBody {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `saml_metadata_document` field.
    #[must_use]
    pub fn with_saml_metadata_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.saml_metadata_document = value.into();
        self
    }

    /// Sets the `assertion_encryption_mode` field.
    #[must_use]
    pub fn with_assertion_encryption_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.assertion_encryption_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `add_private_key` field.
    #[must_use]
    pub fn with_add_private_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.add_private_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreateSAMLProviderReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(
            &mut map,
            "saml_metadata_document",
            &self.saml_metadata_document,
        );
        json::put(
            &mut map,
            "assertion_encryption_mode",
            &self.assertion_encryption_mode,
        );
        json::put(&mut map, "add_private_key", &self.add_private_key);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_saml_provider_v5`](super::IamClient::create_saml_provider_v5): `POST /v5/saml-providers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSAMLProviderV5Request {
    /// Request body.
    pub body: ::std::option::Option<CreateSAMLProviderReqBody>,
}

impl CreateSAMLProviderV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateSAMLProviderReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_saml_provider_v5`](super::IamClient::create_saml_provider_v5): `POST /v5/saml-providers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSAMLProviderV5Response {
    /// JSON field `saml_provider`.
    pub saml_provider: ::std::option::Option<InlineResponse201SamlProvider>,
}

impl json::FromJson for CreateSAMLProviderV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            saml_provider: json::take(&mut map, "saml_provider")?,
        })
    }
}

/// JSON model `CreateServiceLinkedAgencyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServiceLinkedAgencyReqBody {
    /// Required JSON field `service_principal`.
    pub service_principal: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl CreateServiceLinkedAgencyReqBody {
    /// Sets the `service_principal` field.
    #[must_use]
    pub fn with_service_principal(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_principal = value.into();
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreateServiceLinkedAgencyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "service_principal", &self.service_principal);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_service_linked_agency_v5`](super::IamClient::create_service_linked_agency_v5): `PUT /v5/service-linked-agencies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServiceLinkedAgencyV5Request {
    /// Request body.
    pub body: ::std::option::Option<CreateServiceLinkedAgencyReqBody>,
}

impl CreateServiceLinkedAgencyV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateServiceLinkedAgencyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_service_linked_agency_v5`](super::IamClient::create_service_linked_agency_v5): `PUT /v5/service-linked-agencies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServiceLinkedAgencyV5Response {
    /// JSON field `agency`.
    pub agency: ::std::option::Option<Agency>,
}

impl json::FromJson for CreateServiceLinkedAgencyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            agency: json::take(&mut map, "agency")?,
        })
    }
}

/// JSON model `CreateUserReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUserReqBody {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `enabled`.
    pub enabled: bool,
}

impl CreateUserReqBody {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }
}

impl json::ToJson for CreateUserReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_user_v5`](super::IamClient::create_user_v5): `POST /v5/users`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUserV5Request {
    /// Request body.
    pub body: ::std::option::Option<CreateUserReqBody>,
}

impl CreateUserV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateUserReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_user_v5`](super::IamClient::create_user_v5): `POST /v5/users`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUserV5Response {
    /// JSON field `user`.
    pub user: ::std::option::Option<User>,
}

impl json::FromJson for CreateUserV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `CreateVirtualMfaDeviceReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVirtualMfaDeviceReqBody {
    /// Required JSON field `virtual_mfa_device_name`.
    pub virtual_mfa_device_name: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
}

impl CreateVirtualMfaDeviceReqBody {
    /// Sets the `virtual_mfa_device_name` field.
    #[must_use]
    pub fn with_virtual_mfa_device_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virtual_mfa_device_name = value.into();
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

impl json::ToJson for CreateVirtualMfaDeviceReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "virtual_mfa_device_name",
            &self.virtual_mfa_device_name,
        );
        json::put(&mut map, "user_id", &self.user_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_virtual_mfa_device_v5`](super::IamClient::create_virtual_mfa_device_v5): `POST /v5/virtual-mfa-devices`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVirtualMfaDeviceV5Request {
    /// Request body.
    pub body: ::std::option::Option<CreateVirtualMfaDeviceReqBody>,
}

impl CreateVirtualMfaDeviceV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateVirtualMfaDeviceReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_virtual_mfa_device_v5`](super::IamClient::create_virtual_mfa_device_v5): `POST /v5/virtual-mfa-devices`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVirtualMfaDeviceV5Response {
    /// JSON field `virtual_mfa_device`.
    pub virtual_mfa_device: ::std::option::Option<VirtualMfaDevice>,
}

impl json::FromJson for CreateVirtualMfaDeviceV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            virtual_mfa_device: json::take(&mut map, "virtual_mfa_device")?,
        })
    }
}

/// JSON model `CurrentCount`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CurrentCount {}

impl json::ToJson for CurrentCount {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for CurrentCount {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_access_key_v5`](super::IamClient::delete_access_key_v5): `DELETE /v5/users/{user_id}/access-keys/{access_key_id}`.
///
/// Required fields: `user_id`, `access_key_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteAccessKeyV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Required path parameter `access_key_id`.
    pub access_key_id: ::std::string::String,
}

impl DeleteAccessKeyV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `access_key_id` field.
    #[must_use]
    pub fn with_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_access_key_v5`](super::IamClient::delete_access_key_v5): `DELETE /v5/users/{user_id}/access-keys/{access_key_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteAccessKeyV5Response {}

impl json::FromJson for DeleteAccessKeyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_agency_v5`](super::IamClient::delete_agency_v5): `DELETE /v5/agencies/{agency_id}`.
///
/// Required fields: `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteAgencyV5Request {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
}

impl DeleteAgencyV5Request {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_agency_v5`](super::IamClient::delete_agency_v5): `DELETE /v5/agencies/{agency_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteAgencyV5Response {}

impl json::FromJson for DeleteAgencyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_group_v5`](super::IamClient::delete_group_v5): `DELETE /v5/groups/{group_id}`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteGroupV5Request {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl DeleteGroupV5Request {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_group_v5`](super::IamClient::delete_group_v5): `DELETE /v5/groups/{group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteGroupV5Response {}

impl json::FromJson for DeleteGroupV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_login_profile_v5`](super::IamClient::delete_login_profile_v5): `DELETE /v5/users/{user_id}/login-profile`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteLoginProfileV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl DeleteLoginProfileV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_login_profile_v5`](super::IamClient::delete_login_profile_v5): `DELETE /v5/users/{user_id}/login-profile`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteLoginProfileV5Response {}

impl json::FromJson for DeleteLoginProfileV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_oidc_provider_v5`](super::IamClient::delete_oidc_provider_v5): `DELETE /v5/oidc-providers/{provider_id}`.
///
/// Required fields: `provider_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteOIDCProviderV5Request {
    /// Required path parameter `provider_id`.
    pub provider_id: ::std::string::String,
}

impl DeleteOIDCProviderV5Request {
    /// Sets the `provider_id` field.
    #[must_use]
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_oidc_provider_v5`](super::IamClient::delete_oidc_provider_v5): `DELETE /v5/oidc-providers/{provider_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteOIDCProviderV5Response {}

impl json::FromJson for DeleteOIDCProviderV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_policy_v5`](super::IamClient::delete_policy_v5): `DELETE /v5/policies/{policy_id}`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePolicyV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
}

impl DeletePolicyV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_policy_v5`](super::IamClient::delete_policy_v5): `DELETE /v5/policies/{policy_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePolicyV5Response {}

impl json::FromJson for DeletePolicyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_policy_version_v5`](super::IamClient::delete_policy_version_v5): `DELETE /v5/policies/{policy_id}/versions/{version_id}`.
///
/// Required fields: `policy_id`, `version_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePolicyVersionV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Required path parameter `version_id`.
    pub version_id: ::std::string::String,
}

impl DeletePolicyVersionV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `version_id` field.
    #[must_use]
    pub fn with_version_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_policy_version_v5`](super::IamClient::delete_policy_version_v5): `DELETE /v5/policies/{policy_id}/versions/{version_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePolicyVersionV5Response {}

impl json::FromJson for DeletePolicyVersionV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_resource_tags_v5`](super::IamClient::delete_resource_tags_v5): `DELETE /v5/{resource_type}/{resource_id}/tags/delete`.
///
/// Required fields: `resource_id`, `resource_type`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteResourceTagsV5Request {
    /// Required path parameter `resource_id`.
    pub resource_id: ::std::string::String,
    /// Required path parameter `resource_type`.
    pub resource_type: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DeleteResourceTagsV5Request {
    /// Sets the `resource_id` field.
    #[must_use]
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = value.into();
        self
    }

    /// Sets the `resource_type` field.
    #[must_use]
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::delete_resource_tags_v5`](super::IamClient::delete_resource_tags_v5): `DELETE /v5/{resource_type}/{resource_id}/tags/delete`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteResourceTagsV5Response {}

impl json::FromJson for DeleteResourceTagsV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_saml_provider_v5`](super::IamClient::delete_saml_provider_v5): `DELETE /v5/saml-providers/{provider_id}`.
///
/// Required fields: `provider_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSAMLProviderV5Request {
    /// Required path parameter `provider_id`.
    pub provider_id: ::std::string::String,
}

impl DeleteSAMLProviderV5Request {
    /// Sets the `provider_id` field.
    #[must_use]
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_saml_provider_v5`](super::IamClient::delete_saml_provider_v5): `DELETE /v5/saml-providers/{provider_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSAMLProviderV5Response {}

impl json::FromJson for DeleteSAMLProviderV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_service_linked_agency_v5`](super::IamClient::delete_service_linked_agency_v5): `DELETE /v5/service-linked-agencies/{agency_id}`.
///
/// Required fields: `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServiceLinkedAgencyV5Request {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
}

impl DeleteServiceLinkedAgencyV5Request {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_service_linked_agency_v5`](super::IamClient::delete_service_linked_agency_v5): `DELETE /v5/service-linked-agencies/{agency_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServiceLinkedAgencyV5Response {
    /// JSON field `deletion_task_id`.
    pub deletion_task_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteServiceLinkedAgencyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            deletion_task_id: json::take(&mut map, "deletion_task_id")?,
        })
    }
}

/// Request of [`IamClient::delete_service_specific_credential_v5`](super::IamClient::delete_service_specific_credential_v5): `DELETE /v5/users/{user_id}/service-specific-credentials/{credential_id}`.
///
/// Required fields: `credential_id`, `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServiceSpecificCredentialV5Request {
    /// Required path parameter `credential_id`.
    pub credential_id: ::std::string::String,
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl DeleteServiceSpecificCredentialV5Request {
    /// Sets the `credential_id` field.
    #[must_use]
    pub fn with_credential_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credential_id = value.into();
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_service_specific_credential_v5`](super::IamClient::delete_service_specific_credential_v5): `DELETE /v5/users/{user_id}/service-specific-credentials/{credential_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServiceSpecificCredentialV5Response {}

impl json::FromJson for DeleteServiceSpecificCredentialV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_user_v5`](super::IamClient::delete_user_v5): `DELETE /v5/users/{user_id}`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteUserV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl DeleteUserV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_user_v5`](super::IamClient::delete_user_v5): `DELETE /v5/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteUserV5Response {}

impl json::FromJson for DeleteUserV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_virtual_mfa_device_v5`](super::IamClient::delete_virtual_mfa_device_v5): `DELETE /v5/virtual-mfa-devices`.
///
/// Required fields: `user_id`, `serial_number`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVirtualMfaDeviceV5Request {
    /// Required query parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Required query parameter `serial_number`.
    pub serial_number: ::std::string::String,
}

impl DeleteVirtualMfaDeviceV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `serial_number` field.
    #[must_use]
    pub fn with_serial_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serial_number = value.into();
        self
    }
}

/// Response of [`IamClient::delete_virtual_mfa_device_v5`](super::IamClient::delete_virtual_mfa_device_v5): `DELETE /v5/virtual-mfa-devices`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVirtualMfaDeviceV5Response {}

impl json::FromJson for DeleteVirtualMfaDeviceV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `DeletionTaskId`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletionTaskId {}

impl json::ToJson for DeletionTaskId {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for DeletionTaskId {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// String enum `DeletionTaskStatus`.
///
/// Values the API description does not list decode to [`DeletionTaskStatus::Unknown`] instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(from = "::std::string::String", into = "::std::string::String")
)]
#[non_exhaustive]
pub enum DeletionTaskStatus {
    /// `failed`.
    Failed,
    /// `in_progress`.
    InProgress,
    /// `not_started`.
    NotStarted,
    /// `succeeded`.
    Succeeded,
    /// A value the API description does not list, kept as received. Also the default.
    Unknown(::std::string::String),
}

impl DeletionTaskStatus {
    /// Returns the value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Failed => "failed",
            Self::InProgress => "in_progress",
            Self::NotStarted => "not_started",
            Self::Succeeded => "succeeded",
            Self::Unknown(value) => value,
        }
    }
}

impl ::std::default::Default for DeletionTaskStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}

impl ::std::convert::From<::std::string::String> for DeletionTaskStatus {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "failed" => Self::Failed,
            "in_progress" => Self::InProgress,
            "not_started" => Self::NotStarted,
            "succeeded" => Self::Succeeded,
            _ => Self::Unknown(value),
        }
    }
}

impl ::std::convert::From<&str> for DeletionTaskStatus {
    fn from(value: &str) -> Self {
        Self::from(::std::string::String::from(value))
    }
}

impl ::std::convert::From<DeletionTaskStatus> for ::std::string::String {
    fn from(value: DeletionTaskStatus) -> Self {
        match value {
            DeletionTaskStatus::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}

impl ::std::fmt::Display for DeletionTaskStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl json::ToJson for DeletionTaskStatus {
    fn to_json(&self) -> json::Value {
        json::Value::String(self.as_str().to_owned())
    }
}

impl json::FromJson for DeletionTaskStatus {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        <::std::string::String as json::FromJson>::from_json(value).map(Self::from)
    }

    fn when_missing() -> ::std::option::Option<Self> {
        ::std::option::Option::Some(Self::default())
    }
}

/// JSON model `Description`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Description {
    /// Required JSON field `en_US`.
    #[cfg_attr(feature = "serde", serde(rename = "en_US"))]
    pub en_us: ::std::string::String,
    /// Required JSON field `zh_CN`.
    #[cfg_attr(feature = "serde", serde(rename = "zh_CN"))]
    pub zh_cn: ::std::string::String,
}

impl json::FromJson for Description {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            en_us: json::take(&mut map, "en_US")?,
            zh_cn: json::take(&mut map, "zh_CN")?,
        })
    }
}

/// JSON model `DetachAgencyPolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachAgencyPolicyReqBody {
    /// Required JSON field `agency_id`.
    pub agency_id: ::std::string::String,
}

impl DetachAgencyPolicyReqBody {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }
}

impl json::ToJson for DetachAgencyPolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "agency_id", &self.agency_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::detach_agency_policy_v5`](super::IamClient::detach_agency_policy_v5): `POST /v5/policies/{policy_id}/detach-agency`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachAgencyPolicyV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<DetachAgencyPolicyReqBody>,
}

impl DetachAgencyPolicyV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: DetachAgencyPolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::detach_agency_policy_v5`](super::IamClient::detach_agency_policy_v5): `POST /v5/policies/{policy_id}/detach-agency`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachAgencyPolicyV5Response {}

impl json::FromJson for DetachAgencyPolicyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `DetachGroupPolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachGroupPolicyReqBody {
    /// Required JSON field `group_id`.
    pub group_id: ::std::string::String,
}

impl DetachGroupPolicyReqBody {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }
}

impl json::ToJson for DetachGroupPolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "group_id", &self.group_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::detach_group_policy_v5`](super::IamClient::detach_group_policy_v5): `POST /v5/policies/{policy_id}/detach-group`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachGroupPolicyV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<DetachGroupPolicyReqBody>,
}

impl DetachGroupPolicyV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: DetachGroupPolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::detach_group_policy_v5`](super::IamClient::detach_group_policy_v5): `POST /v5/policies/{policy_id}/detach-group`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachGroupPolicyV5Response {}

impl json::FromJson for DetachGroupPolicyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `DetachUserPolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachUserPolicyReqBody {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
}

impl DetachUserPolicyReqBody {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

impl json::ToJson for DetachUserPolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user_id", &self.user_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::detach_user_policy_v5`](super::IamClient::detach_user_policy_v5): `POST /v5/policies/{policy_id}/detach-user`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachUserPolicyV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<DetachUserPolicyReqBody>,
}

impl DetachUserPolicyV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: DetachUserPolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::detach_user_policy_v5`](super::IamClient::detach_user_policy_v5): `POST /v5/policies/{policy_id}/detach-user`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachUserPolicyV5Response {}

impl json::FromJson for DetachUserPolicyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `DisableMfaDeviceReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisableMfaDeviceReqBody {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `serial_number`.
    pub serial_number: ::std::string::String,
}

impl DisableMfaDeviceReqBody {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `serial_number` field.
    #[must_use]
    pub fn with_serial_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serial_number = value.into();
        self
    }
}

impl json::ToJson for DisableMfaDeviceReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user_id", &self.user_id);
        json::put(&mut map, "serial_number", &self.serial_number);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::disable_mfa_device_v5`](super::IamClient::disable_mfa_device_v5): `POST /v5/mfa-devices/disable`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisableMfaDeviceV5Request {
    /// Request body.
    pub body: ::std::option::Option<DisableMfaDeviceReqBody>,
}

impl DisableMfaDeviceV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: DisableMfaDeviceReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::disable_mfa_device_v5`](super::IamClient::disable_mfa_device_v5): `POST /v5/mfa-devices/disable`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisableMfaDeviceV5Response {}

impl json::FromJson for DisableMfaDeviceV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `EnableMfaDeviceReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EnableMfaDeviceReqBody {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `serial_number`.
    pub serial_number: ::std::string::String,
    /// Required JSON field `authentication_code_first`.
    pub authentication_code_first: ::std::string::String,
    /// Required JSON field `authentication_code_second`.
    pub authentication_code_second: ::std::string::String,
}

impl EnableMfaDeviceReqBody {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `serial_number` field.
    #[must_use]
    pub fn with_serial_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serial_number = value.into();
        self
    }

    /// Sets the `authentication_code_first` field.
    #[must_use]
    pub fn with_authentication_code_first(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authentication_code_first = value.into();
        self
    }

    /// Sets the `authentication_code_second` field.
    #[must_use]
    pub fn with_authentication_code_second(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authentication_code_second = value.into();
        self
    }
}

impl json::ToJson for EnableMfaDeviceReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user_id", &self.user_id);
        json::put(&mut map, "serial_number", &self.serial_number);
        json::put(
            &mut map,
            "authentication_code_first",
            &self.authentication_code_first,
        );
        json::put(
            &mut map,
            "authentication_code_second",
            &self.authentication_code_second,
        );
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::enable_mfa_device_v5`](super::IamClient::enable_mfa_device_v5): `POST /v5/mfa-devices/enable`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EnableMfaDeviceV5Request {
    /// Request body.
    pub body: ::std::option::Option<EnableMfaDeviceReqBody>,
}

impl EnableMfaDeviceV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: EnableMfaDeviceReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::enable_mfa_device_v5`](super::IamClient::enable_mfa_device_v5): `POST /v5/mfa-devices/enable`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EnableMfaDeviceV5Response {}

impl json::FromJson for EnableMfaDeviceV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// String enum `FeatureStatus`.
///
/// Values the API description does not list decode to [`FeatureStatus::Unknown`] instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(from = "::std::string::String", into = "::std::string::String")
)]
#[non_exhaustive]
pub enum FeatureStatus {
    /// `off`.
    Off,
    /// `on`.
    On,
    /// `pending`.
    Pending,
    /// A value the API description does not list, kept as received. Also the default.
    Unknown(::std::string::String),
}

impl FeatureStatus {
    /// Returns the value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Off => "off",
            Self::On => "on",
            Self::Pending => "pending",
            Self::Unknown(value) => value,
        }
    }
}

impl ::std::default::Default for FeatureStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}

impl ::std::convert::From<::std::string::String> for FeatureStatus {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "off" => Self::Off,
            "on" => Self::On,
            "pending" => Self::Pending,
            _ => Self::Unknown(value),
        }
    }
}

impl ::std::convert::From<&str> for FeatureStatus {
    fn from(value: &str) -> Self {
        Self::from(::std::string::String::from(value))
    }
}

impl ::std::convert::From<FeatureStatus> for ::std::string::String {
    fn from(value: FeatureStatus) -> Self {
        match value {
            FeatureStatus::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}

impl ::std::fmt::Display for FeatureStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl json::ToJson for FeatureStatus {
    fn to_json(&self) -> json::Value {
        json::Value::String(self.as_str().to_owned())
    }
}

impl json::FromJson for FeatureStatus {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        <::std::string::String as json::FromJson>::from_json(value).map(Self::from)
    }

    fn when_missing() -> ::std::option::Option<Self> {
        ::std::option::Option::Some(Self::default())
    }
}

/// Request of [`IamClient::get_account_summary_v5`](super::IamClient::get_account_summary_v5): `GET /v5/account-summary`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetAccountSummaryV5Request {}

/// Response of [`IamClient::get_account_summary_v5`](super::IamClient::get_account_summary_v5): `GET /v5/account-summary`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetAccountSummaryV5Response {
    /// JSON field `attached_policies_per_agency_quota`.
    pub attached_policies_per_agency_quota: ::std::option::Option<i64>,
    /// JSON field `attached_policies_per_group_quota`.
    pub attached_policies_per_group_quota: ::std::option::Option<i64>,
    /// JSON field `attached_policies_per_user_quota`.
    pub attached_policies_per_user_quota: ::std::option::Option<i64>,
    /// JSON field `policies_quota`.
    pub policies_quota: ::std::option::Option<i64>,
    /// JSON field `policy_size_quota`.
    pub policy_size_quota: ::std::option::Option<i64>,
    /// JSON field `versions_per_policy_quota`.
    pub versions_per_policy_quota: ::std::option::Option<i64>,
    /// JSON field `policies`.
    pub policies: ::std::option::Option<i64>,
    /// JSON field `agencies`.
    pub agencies: ::std::option::Option<i64>,
    /// JSON field `agencies_quota`.
    pub agencies_quota: ::std::option::Option<i64>,
    /// JSON field `users`.
    pub users: ::std::option::Option<i64>,
    /// JSON field `users_quota`.
    pub users_quota: ::std::option::Option<i64>,
    /// JSON field `groups`.
    pub groups: ::std::option::Option<i64>,
    /// JSON field `groups_quota`.
    pub groups_quota: ::std::option::Option<i64>,
    /// JSON field `root_user_mfa_enabled`.
    pub root_user_mfa_enabled: ::std::option::Option<i64>,
    /// JSON field `oidc_provider`.
    pub oidc_provider: ::std::option::Option<i64>,
    /// JSON field `oidc_provider_quota`.
    pub oidc_provider_quota: ::std::option::Option<i64>,
    /// JSON field `saml_provider`.
    pub saml_provider: ::std::option::Option<i64>,
    /// JSON field `saml_provider_quota`.
    pub saml_provider_quota: ::std::option::Option<i64>,
}

impl json::FromJson for GetAccountSummaryV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            attached_policies_per_agency_quota: json::take(
                &mut map,
                "attached_policies_per_agency_quota",
            )?,
            attached_policies_per_group_quota: json::take(
                &mut map,
                "attached_policies_per_group_quota",
            )?,
            attached_policies_per_user_quota: json::take(
                &mut map,
                "attached_policies_per_user_quota",
            )?,
            policies_quota: json::take(&mut map, "policies_quota")?,
            policy_size_quota: json::take(&mut map, "policy_size_quota")?,
            versions_per_policy_quota: json::take(&mut map, "versions_per_policy_quota")?,
            policies: json::take(&mut map, "policies")?,
            agencies: json::take(&mut map, "agencies")?,
            agencies_quota: json::take(&mut map, "agencies_quota")?,
            users: json::take(&mut map, "users")?,
            users_quota: json::take(&mut map, "users_quota")?,
            groups: json::take(&mut map, "groups")?,
            groups_quota: json::take(&mut map, "groups_quota")?,
            root_user_mfa_enabled: json::take(&mut map, "root_user_mfa_enabled")?,
            oidc_provider: json::take(&mut map, "oidc_provider")?,
            oidc_provider_quota: json::take(&mut map, "oidc_provider_quota")?,
            saml_provider: json::take(&mut map, "saml_provider")?,
            saml_provider_quota: json::take(&mut map, "saml_provider_quota")?,
        })
    }
}

/// Request of [`IamClient::get_agency_v5`](super::IamClient::get_agency_v5): `GET /v5/agencies/{agency_id}`.
///
/// Required fields: `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetAgencyV5Request {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
}

impl GetAgencyV5Request {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }
}

/// Response of [`IamClient::get_agency_v5`](super::IamClient::get_agency_v5): `GET /v5/agencies/{agency_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetAgencyV5Response {
    /// JSON field `agency`.
    pub agency: ::std::option::Option<AgencyEx>,
}

impl json::FromJson for GetAgencyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            agency: json::take(&mut map, "agency")?,
        })
    }
}

/// Request of [`IamClient::get_asymmetric_signature_switch_v5`](super::IamClient::get_asymmetric_signature_switch_v5): `GET /v5/asymmetric-signature-switch`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetAsymmetricSignatureSwitchV5Request {}

/// Response of [`IamClient::get_asymmetric_signature_switch_v5`](super::IamClient::get_asymmetric_signature_switch_v5): `GET /v5/asymmetric-signature-switch`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetAsymmetricSignatureSwitchV5Response {
    /// JSON field `asymmetric_signature`.
    pub asymmetric_signature: ::std::option::Option<AsymmetricSignatureWithDomainId>,
}

impl json::FromJson for GetAsymmetricSignatureSwitchV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            asymmetric_signature: json::take(&mut map, "asymmetric_signature")?,
        })
    }
}

/// Request of [`IamClient::get_authorization_schema_v5`](super::IamClient::get_authorization_schema_v5): `GET /v5/authorization-schemas/services/{service_code}`.
///
/// Required fields: `service_code`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetAuthorizationSchemaV5Request {
    /// Required path parameter `service_code`.
    pub service_code: ::std::string::String,
}

impl GetAuthorizationSchemaV5Request {
    /// Sets the `service_code` field.
    #[must_use]
    pub fn with_service_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_code = value.into();
        self
    }
}

/// Response of [`IamClient::get_authorization_schema_v5`](super::IamClient::get_authorization_schema_v5): `GET /v5/authorization-schemas/services/{service_code}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetAuthorizationSchemaV5Response {
    /// JSON field `version`.
    pub version: ::std::option::Option<::std::string::String>,
    /// JSON field `actions`.
    pub actions: ::std::option::Option<::std::vec::Vec<Action>>,
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<Resource>>,
    /// JSON field `conditions`.
    pub conditions: ::std::option::Option<::std::vec::Vec<Condition>>,
    /// JSON field `operations`.
    pub operations: ::std::option::Option<::std::vec::Vec<Operation>>,
}

impl json::FromJson for GetAuthorizationSchemaV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            version: json::take(&mut map, "version")?,
            actions: json::take(&mut map, "actions")?,
            resources: json::take(&mut map, "resources")?,
            conditions: json::take(&mut map, "conditions")?,
            operations: json::take(&mut map, "operations")?,
        })
    }
}

/// Request of [`IamClient::get_feature_status_v5`](super::IamClient::get_feature_status_v5): `GET /v5/features/{feature_name}`.
///
/// Required fields: `feature_name`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetFeatureStatusV5Request {
    /// Required path parameter `feature_name`.
    pub feature_name: ::std::string::String,
}

impl GetFeatureStatusV5Request {
    /// Sets the `feature_name` field.
    #[must_use]
    pub fn with_feature_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.feature_name = value.into();
        self
    }
}

/// Response of [`IamClient::get_feature_status_v5`](super::IamClient::get_feature_status_v5): `GET /v5/features/{feature_name}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetFeatureStatusV5Response {
    /// JSON field `feature_status`.
    pub feature_status: ::std::option::Option<FeatureStatus>,
}

impl json::FromJson for GetFeatureStatusV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            feature_status: json::take(&mut map, "feature_status")?,
        })
    }
}

/// Request of [`IamClient::get_policy_v5`](super::IamClient::get_policy_v5): `GET /v5/policies/{policy_id}`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetPolicyV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Header `X-Language`.
    #[cfg_attr(feature = "serde", serde(rename = "X-Language"))]
    pub x_language: ::std::option::Option<::std::string::String>,
}

impl GetPolicyV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `x_language` field.
    #[must_use]
    pub fn with_x_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_language = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::get_policy_v5`](super::IamClient::get_policy_v5): `GET /v5/policies/{policy_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetPolicyV5Response {
    /// JSON field `policy`.
    pub policy: ::std::option::Option<Policy>,
}

impl json::FromJson for GetPolicyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            policy: json::take(&mut map, "policy")?,
        })
    }
}

/// Request of [`IamClient::get_policy_version_v5`](super::IamClient::get_policy_version_v5): `GET /v5/policies/{policy_id}/versions/{version_id}`.
///
/// Required fields: `policy_id`, `version_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetPolicyVersionV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Required path parameter `version_id`.
    pub version_id: ::std::string::String,
}

impl GetPolicyVersionV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `version_id` field.
    #[must_use]
    pub fn with_version_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version_id = value.into();
        self
    }
}

/// Response of [`IamClient::get_policy_version_v5`](super::IamClient::get_policy_version_v5): `GET /v5/policies/{policy_id}/versions/{version_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetPolicyVersionV5Response {
    /// JSON field `policy_version`.
    pub policy_version: ::std::option::Option<PolicyVersion>,
}

impl json::FromJson for GetPolicyVersionV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            policy_version: json::take(&mut map, "policy_version")?,
        })
    }
}

/// Request of [`IamClient::get_service_linked_agency_deletion_status_v5`](super::IamClient::get_service_linked_agency_deletion_status_v5): `GET /v5/service-linked-agencies/deletion-task/{deletion_task_id}`.
///
/// Required fields: `deletion_task_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetServiceLinkedAgencyDeletionStatusV5Request {
    /// Required path parameter `deletion_task_id`.
    pub deletion_task_id: ::std::string::String,
}

impl GetServiceLinkedAgencyDeletionStatusV5Request {
    /// Sets the `deletion_task_id` field.
    #[must_use]
    pub fn with_deletion_task_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deletion_task_id = value.into();
        self
    }
}

/// Response of [`IamClient::get_service_linked_agency_deletion_status_v5`](super::IamClient::get_service_linked_agency_deletion_status_v5): `GET /v5/service-linked-agencies/deletion-task/{deletion_task_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetServiceLinkedAgencyDeletionStatusV5Response {
    /// JSON field `status`.
    pub status: ::std::option::Option<DeletionTaskStatus>,
    /// JSON field `reason`.
    pub reason: ::std::option::Option<::std::string::String>,
    /// JSON field `agency_usage_list`.
    pub agency_usage_list: ::std::option::Option<::std::vec::Vec<AgencyUsage>>,
}

impl json::FromJson for GetServiceLinkedAgencyDeletionStatusV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            status: json::take(&mut map, "status")?,
            reason: json::take(&mut map, "reason")?,
            agency_usage_list: json::take(&mut map, "agency_usage_list")?,
        })
    }
}

/// JSON model `Group`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Group {
    /// Required JSON field `group_id`.
    pub group_id: ::std::string::String,
    /// Required JSON field `group_name`.
    pub group_name: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for Group {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            group_id: json::take(&mut map, "group_id")?,
            group_name: json::take(&mut map, "group_name")?,
            created_at: json::take(&mut map, "created_at")?,
            urn: json::take(&mut map, "urn")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `GroupDescription`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GroupDescription {}

impl json::ToJson for GroupDescription {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for GroupDescription {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `GroupId`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GroupId {}

impl json::ToJson for GroupId {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for GroupId {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `GroupName`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GroupName {}

impl json::ToJson for GroupName {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for GroupName {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `GroupSummary`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GroupSummary {
    /// Required JSON field `group_id`.
    pub group_id: ::std::string::String,
    /// Required JSON field `group_name`.
    pub group_name: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `user_count`.
    pub user_count: i64,
}

impl json::FromJson for GroupSummary {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            group_id: json::take(&mut map, "group_id")?,
            group_name: json::take(&mut map, "group_name")?,
            created_at: json::take(&mut map, "created_at")?,
            urn: json::take(&mut map, "urn")?,
            description: json::take(&mut map, "description")?,
            user_count: json::take(&mut map, "user_count")?,
        })
    }
}

/// JSON model `InlineResponse2001SamlProvider`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InlineResponse2001SamlProvider {
    /// Required JSON field `provider_id`.
    pub provider_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// Required JSON field `saml_metadata_document`.
    pub saml_metadata_document: ::std::string::String,
    /// Required JSON field `assertion_encryption_mode`.
    pub assertion_encryption_mode: ::std::string::String,
    /// Required JSON field `private_keys`.
    pub private_keys: ::std::vec::Vec<InlineResponse200PrivateKeys>,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<InlineResponse2001SamlProviderTags>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
}

impl json::FromJson for InlineResponse2001SamlProvider {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            provider_id: json::take(&mut map, "provider_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            urn: json::take(&mut map, "urn")?,
            saml_metadata_document: json::take(&mut map, "saml_metadata_document")?,
            assertion_encryption_mode: json::take(&mut map, "assertion_encryption_mode")?,
            private_keys: json::take(&mut map, "private_keys")?,
            tags: json::take(&mut map, "tags")?,
            created_at: json::take(&mut map, "created_at")?,
            expires_at: json::take(&mut map, "expires_at")?,
        })
    }
}

/// JSON model `InlineResponse2001SamlProviderTags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InlineResponse2001SamlProviderTags {
    /// Required JSON field `tag_key`.
    pub tag_key: ::std::string::String,
    /// Required JSON field `tag_value`.
    pub tag_value: ::std::string::String,
}

impl json::FromJson for InlineResponse2001SamlProviderTags {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tag_key: json::take(&mut map, "tag_key")?,
            tag_value: json::take(&mut map, "tag_value")?,
        })
    }
}

/// JSON model `InlineResponse2002OidcProviders`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InlineResponse2002OidcProviders {
    /// Required JSON field `provider_id`.
    pub provider_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `url`.
    pub url: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// Required JSON field `client_ids`.
    pub client_ids: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `thumbprints`.
    pub thumbprints: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
}

impl json::FromJson for InlineResponse2002OidcProviders {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            provider_id: json::take(&mut map, "provider_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            url: json::take(&mut map, "url")?,
            urn: json::take(&mut map, "urn")?,
            client_ids: json::take(&mut map, "client_ids")?,
            thumbprints: json::take(&mut map, "thumbprints")?,
            created_at: json::take(&mut map, "created_at")?,
        })
    }
}

/// JSON model `InlineResponse2003OidcProvider`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InlineResponse2003OidcProvider {
    /// Required JSON field `provider_id`.
    pub provider_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `url`.
    pub url: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// Required JSON field `client_ids`.
    pub client_ids: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `thumbprints`.
    pub thumbprints: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<InlineResponse2001SamlProviderTags>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
}

impl json::FromJson for InlineResponse2003OidcProvider {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            provider_id: json::take(&mut map, "provider_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            url: json::take(&mut map, "url")?,
            urn: json::take(&mut map, "urn")?,
            client_ids: json::take(&mut map, "client_ids")?,
            thumbprints: json::take(&mut map, "thumbprints")?,
            tags: json::take(&mut map, "tags")?,
            created_at: json::take(&mut map, "created_at")?,
        })
    }
}

/// JSON model `InlineResponse200PageInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InlineResponse200PageInfo {
    /// JSON field `next_marker`.
    pub next_marker: ::std::option::Option<::std::string::String>,
    /// Required JSON field `current_count`.
    pub current_count: i64,
}

impl json::FromJson for InlineResponse200PageInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            next_marker: json::take(&mut map, "next_marker")?,
            current_count: json::take(&mut map, "current_count")?,
        })
    }
}

/// JSON model `InlineResponse200PrivateKeys`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InlineResponse200PrivateKeys {
    /// Required JSON field `key_id`.
    pub key_id: ::std::string::String,
    /// Required JSON field `timestamp`.
    pub timestamp: ::std::string::String,
}

impl json::FromJson for InlineResponse200PrivateKeys {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key_id: json::take(&mut map, "key_id")?,
            timestamp: json::take(&mut map, "timestamp")?,
        })
    }
}

/// JSON model `InlineResponse200SamlProviders`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InlineResponse200SamlProviders {
    /// Required JSON field `provider_id`.
    pub provider_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// Required JSON field `saml_metadata_document`.
    pub saml_metadata_document: ::std::string::String,
    /// Required JSON field `assertion_encryption_mode`.
    pub assertion_encryption_mode: ::std::string::String,
    /// Required JSON field `private_keys`.
    pub private_keys: ::std::vec::Vec<InlineResponse200PrivateKeys>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
}

impl json::FromJson for InlineResponse200SamlProviders {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            provider_id: json::take(&mut map, "provider_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            urn: json::take(&mut map, "urn")?,
            saml_metadata_document: json::take(&mut map, "saml_metadata_document")?,
            assertion_encryption_mode: json::take(&mut map, "assertion_encryption_mode")?,
            private_keys: json::take(&mut map, "private_keys")?,
            created_at: json::take(&mut map, "created_at")?,
            expires_at: json::take(&mut map, "expires_at")?,
        })
    }
}

/// JSON model `InlineResponse2011OidcProvider`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InlineResponse2011OidcProvider {
    /// Required JSON field `provider_id`.
    pub provider_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `url`.
    pub url: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// Required JSON field `client_ids`.
    pub client_ids: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `thumbprints`.
    pub thumbprints: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
}

impl json::FromJson for InlineResponse2011OidcProvider {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            provider_id: json::take(&mut map, "provider_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            url: json::take(&mut map, "url")?,
            urn: json::take(&mut map, "urn")?,
            client_ids: json::take(&mut map, "client_ids")?,
            thumbprints: json::take(&mut map, "thumbprints")?,
            created_at: json::take(&mut map, "created_at")?,
        })
    }
}

/// JSON model `InlineResponse201SamlProvider`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InlineResponse201SamlProvider {
    /// Required JSON field `provider_id`.
    pub provider_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// Required JSON field `saml_metadata_document`.
    pub saml_metadata_document: ::std::string::String,
    /// Required JSON field `assertion_encryption_mode`.
    pub assertion_encryption_mode: ::std::string::String,
    /// Required JSON field `private_keys`.
    pub private_keys: ::std::vec::Vec<InlineResponse200PrivateKeys>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
}

impl json::FromJson for InlineResponse201SamlProvider {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            provider_id: json::take(&mut map, "provider_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            urn: json::take(&mut map, "urn")?,
            saml_metadata_document: json::take(&mut map, "saml_metadata_document")?,
            assertion_encryption_mode: json::take(&mut map, "assertion_encryption_mode")?,
            private_keys: json::take(&mut map, "private_keys")?,
            created_at: json::take(&mut map, "created_at")?,
            expires_at: json::take(&mut map, "expires_at")?,
        })
    }
}

/// JSON model `Key`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Key {}

impl json::ToJson for Key {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for Key {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::list_access_keys_v5`](super::IamClient::list_access_keys_v5): `GET /v5/users/{user_id}/access-keys`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAccessKeysV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListAccessKeysV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_access_keys_v5`](super::IamClient::list_access_keys_v5): `GET /v5/users/{user_id}/access-keys`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAccessKeysV5Response {
    /// JSON field `access_keys`.
    pub access_keys: ::std::option::Option<::std::vec::Vec<AccessKeyMetadata>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListAccessKeysV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            access_keys: json::take(&mut map, "access_keys")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_agencies_v5`](super::IamClient::list_agencies_v5): `GET /v5/agencies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAgenciesV5Request {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `path_prefix`.
    pub path_prefix: ::std::option::Option<::std::string::String>,
}

impl ListAgenciesV5Request {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `path_prefix` field.
    #[must_use]
    pub fn with_path_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.path_prefix = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_agencies_v5`](super::IamClient::list_agencies_v5): `GET /v5/agencies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAgenciesV5Response {
    /// JSON field `agencies`.
    pub agencies: ::std::option::Option<::std::vec::Vec<Agency>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListAgenciesV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            agencies: json::take(&mut map, "agencies")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_attached_agency_policies_v5`](super::IamClient::list_attached_agency_policies_v5): `GET /v5/agencies/{agency_id}/attached-policies`.
///
/// Required fields: `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAttachedAgencyPoliciesV5Request {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListAttachedAgencyPoliciesV5Request {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_attached_agency_policies_v5`](super::IamClient::list_attached_agency_policies_v5): `GET /v5/agencies/{agency_id}/attached-policies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAttachedAgencyPoliciesV5Response {
    /// JSON field `attached_policies`.
    pub attached_policies: ::std::option::Option<::std::vec::Vec<AttachedPolicy>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListAttachedAgencyPoliciesV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            attached_policies: json::take(&mut map, "attached_policies")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_attached_group_policies_v5`](super::IamClient::list_attached_group_policies_v5): `GET /v5/groups/{group_id}/attached-policies`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAttachedGroupPoliciesV5Request {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListAttachedGroupPoliciesV5Request {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_attached_group_policies_v5`](super::IamClient::list_attached_group_policies_v5): `GET /v5/groups/{group_id}/attached-policies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAttachedGroupPoliciesV5Response {
    /// JSON field `attached_policies`.
    pub attached_policies: ::std::option::Option<::std::vec::Vec<AttachedPolicy>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListAttachedGroupPoliciesV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            attached_policies: json::take(&mut map, "attached_policies")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_attached_user_policies_v5`](super::IamClient::list_attached_user_policies_v5): `GET /v5/users/{user_id}/attached-policies`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAttachedUserPoliciesV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListAttachedUserPoliciesV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_attached_user_policies_v5`](super::IamClient::list_attached_user_policies_v5): `GET /v5/users/{user_id}/attached-policies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAttachedUserPoliciesV5Response {
    /// JSON field `attached_policies`.
    pub attached_policies: ::std::option::Option<::std::vec::Vec<AttachedPolicy>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListAttachedUserPoliciesV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            attached_policies: json::take(&mut map, "attached_policies")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_entities_for_policy_v5`](super::IamClient::list_entities_for_policy_v5): `GET /v5/policies/{policy_id}/attached-entities`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListEntitiesForPolicyV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Query parameter `entity_type`.
    pub entity_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListEntitiesForPolicyV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `entity_type` field.
    #[must_use]
    pub fn with_entity_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.entity_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_entities_for_policy_v5`](super::IamClient::list_entities_for_policy_v5): `GET /v5/policies/{policy_id}/attached-entities`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListEntitiesForPolicyV5Response {
    /// JSON field `policy_agencies`.
    pub policy_agencies: ::std::option::Option<::std::vec::Vec<PolicyAgency>>,
    /// JSON field `policy_groups`.
    pub policy_groups: ::std::option::Option<::std::vec::Vec<PolicyGroup>>,
    /// JSON field `policy_users`.
    pub policy_users: ::std::option::Option<::std::vec::Vec<PolicyUser>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListEntitiesForPolicyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            policy_agencies: json::take(&mut map, "policy_agencies")?,
            policy_groups: json::take(&mut map, "policy_groups")?,
            policy_users: json::take(&mut map, "policy_users")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_groups_v5`](super::IamClient::list_groups_v5): `GET /v5/groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListGroupsV5Request {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `user_id`.
    pub user_id: ::std::option::Option<::std::string::String>,
}

impl ListGroupsV5Request {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_groups_v5`](super::IamClient::list_groups_v5): `GET /v5/groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListGroupsV5Response {
    /// JSON field `groups`.
    pub groups: ::std::option::Option<::std::vec::Vec<Group>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListGroupsV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            groups: json::take(&mut map, "groups")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_mfa_devices_v5`](super::IamClient::list_mfa_devices_v5): `GET /v5/mfa-devices`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListMfaDevicesV5Request {
    /// Query parameter `user_id`.
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListMfaDevicesV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_mfa_devices_v5`](super::IamClient::list_mfa_devices_v5): `GET /v5/mfa-devices`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListMfaDevicesV5Response {
    /// JSON field `mfa_devices`.
    pub mfa_devices: ::std::option::Option<::std::vec::Vec<MfaDeviceMetadata>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListMfaDevicesV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            mfa_devices: json::take(&mut map, "mfa_devices")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_oidc_providers_v5`](super::IamClient::list_oidc_providers_v5): `GET /v5/oidc-providers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListOIDCProvidersV5Request {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListOIDCProvidersV5Request {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_oidc_providers_v5`](super::IamClient::list_oidc_providers_v5): `GET /v5/oidc-providers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListOIDCProvidersV5Response {
    /// JSON field `oidc_providers`.
    pub oidc_providers: ::std::option::Option<::std::vec::Vec<InlineResponse2002OidcProviders>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<InlineResponse200PageInfo>,
}

impl json::FromJson for ListOIDCProvidersV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            oidc_providers: json::take(&mut map, "oidc_providers")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_policies_v5`](super::IamClient::list_policies_v5): `GET /v5/policies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPoliciesV5Request {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `policy_type`.
    pub policy_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `path_prefix`.
    pub path_prefix: ::std::option::Option<::std::string::String>,
    /// Query parameter `only_attached`.
    pub only_attached: ::std::option::Option<bool>,
    /// Header `X-Language`.
    #[cfg_attr(feature = "serde", serde(rename = "X-Language"))]
    pub x_language: ::std::option::Option<::std::string::String>,
}

impl ListPoliciesV5Request {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `policy_type` field.
    #[must_use]
    pub fn with_policy_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `path_prefix` field.
    #[must_use]
    pub fn with_path_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.path_prefix = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `only_attached` field.
    #[must_use]
    pub fn with_only_attached(mut self, value: bool) -> Self {
        self.only_attached = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `x_language` field.
    #[must_use]
    pub fn with_x_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_language = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_policies_v5`](super::IamClient::list_policies_v5): `GET /v5/policies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPoliciesV5Response {
    /// JSON field `policies`.
    pub policies: ::std::option::Option<::std::vec::Vec<Policy>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListPoliciesV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            policies: json::take(&mut map, "policies")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_policy_versions_v5`](super::IamClient::list_policy_versions_v5): `GET /v5/policies/{policy_id}/versions`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPolicyVersionsV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListPolicyVersionsV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_policy_versions_v5`](super::IamClient::list_policy_versions_v5): `GET /v5/policies/{policy_id}/versions`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPolicyVersionsV5Response {
    /// JSON field `versions`.
    pub versions: ::std::option::Option<::std::vec::Vec<PolicyVersion>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListPolicyVersionsV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            versions: json::take(&mut map, "versions")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_registered_services_for_auth_schema_v5`](super::IamClient::list_registered_services_for_auth_schema_v5): `GET /v5/authorization-schemas/registered-services`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRegisteredServicesForAuthSchemaV5Request {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListRegisteredServicesForAuthSchemaV5Request {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_registered_services_for_auth_schema_v5`](super::IamClient::list_registered_services_for_auth_schema_v5): `GET /v5/authorization-schemas/registered-services`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRegisteredServicesForAuthSchemaV5Response {
    /// JSON field `service_codes`.
    pub service_codes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListRegisteredServicesForAuthSchemaV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            service_codes: json::take(&mut map, "service_codes")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_resource_tags_v5`](super::IamClient::list_resource_tags_v5): `GET /v5/{resource_type}/{resource_id}/tags`.
///
/// Required fields: `resource_id`, `resource_type`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListResourceTagsV5Request {
    /// Required path parameter `resource_id`.
    pub resource_id: ::std::string::String,
    /// Required path parameter `resource_type`.
    pub resource_type: ::std::string::String,
}

impl ListResourceTagsV5Request {
    /// Sets the `resource_id` field.
    #[must_use]
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = value.into();
        self
    }

    /// Sets the `resource_type` field.
    #[must_use]
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = value.into();
        self
    }
}

/// Response of [`IamClient::list_resource_tags_v5`](super::IamClient::list_resource_tags_v5): `GET /v5/{resource_type}/{resource_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListResourceTagsV5Response {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl json::FromJson for ListResourceTagsV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`IamClient::list_saml_providers_v5`](super::IamClient::list_saml_providers_v5): `GET /v5/saml-providers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSAMLProvidersV5Request {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListSAMLProvidersV5Request {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_saml_providers_v5`](super::IamClient::list_saml_providers_v5): `GET /v5/saml-providers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSAMLProvidersV5Response {
    /// JSON field `saml_providers`.
    pub saml_providers: ::std::option::Option<::std::vec::Vec<InlineResponse200SamlProviders>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<InlineResponse200PageInfo>,
}

impl json::FromJson for ListSAMLProvidersV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            saml_providers: json::take(&mut map, "saml_providers")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_service_principals_v5`](super::IamClient::list_service_principals_v5): `GET /v5/service-principals`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServicePrincipalsV5Request {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Header `X-Language`.
    #[cfg_attr(feature = "serde", serde(rename = "X-Language"))]
    pub x_language: ::std::option::Option<::std::string::String>,
}

impl ListServicePrincipalsV5Request {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `x_language` field.
    #[must_use]
    pub fn with_x_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_language = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_service_principals_v5`](super::IamClient::list_service_principals_v5): `GET /v5/service-principals`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServicePrincipalsV5Response {
    /// JSON field `service_principals`.
    pub service_principals: ::std::option::Option<::std::vec::Vec<ServicePrincipalMetadata>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListServicePrincipalsV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            service_principals: json::take(&mut map, "service_principals")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_service_specific_credential_supported_services_v5`](super::IamClient::list_service_specific_credential_supported_services_v5): `GET /v5/service-specific-credentials/supported-services`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServiceSpecificCredentialSupportedServicesV5Request {
    /// Header `X-Language`.
    #[cfg_attr(feature = "serde", serde(rename = "X-Language"))]
    pub x_language: ::std::option::Option<::std::string::String>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
}

impl ListServiceSpecificCredentialSupportedServicesV5Request {
    /// Sets the `x_language` field.
    #[must_use]
    pub fn with_x_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_language = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::list_service_specific_credential_supported_services_v5`](super::IamClient::list_service_specific_credential_supported_services_v5): `GET /v5/service-specific-credentials/supported-services`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServiceSpecificCredentialSupportedServicesV5Response {
    /// JSON field `services`.
    pub services: ::std::option::Option<::std::vec::Vec<SupportedService>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListServiceSpecificCredentialSupportedServicesV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            services: json::take(&mut map, "services")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_service_specific_credentials_v5`](super::IamClient::list_service_specific_credentials_v5): `GET /v5/service-specific-credentials`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServiceSpecificCredentialsV5Request {
    /// Header `X-Language`.
    #[cfg_attr(feature = "serde", serde(rename = "X-Language"))]
    pub x_language: ::std::option::Option<::std::string::String>,
    /// Query parameter `user_id`.
    pub user_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `service_name`.
    pub service_name: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListServiceSpecificCredentialsV5Request {
    /// Sets the `x_language` field.
    #[must_use]
    pub fn with_x_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_language = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `service_name` field.
    #[must_use]
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_service_specific_credentials_v5`](super::IamClient::list_service_specific_credentials_v5): `GET /v5/service-specific-credentials`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServiceSpecificCredentialsV5Response {
    /// JSON field `service_specific_credentials`.
    pub service_specific_credentials:
        ::std::option::Option<::std::vec::Vec<ServiceSpecificCredentialMetadata>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListServiceSpecificCredentialsV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            service_specific_credentials: json::take(&mut map, "service_specific_credentials")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::list_users_v5`](super::IamClient::list_users_v5): `GET /v5/users`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListUsersV5Request {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `group_id`.
    pub group_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `access_key_id`.
    pub access_key_id: ::std::option::Option<::std::string::String>,
}

impl ListUsersV5Request {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `access_key_id` field.
    #[must_use]
    pub fn with_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_users_v5`](super::IamClient::list_users_v5): `GET /v5/users`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListUsersV5Response {
    /// JSON field `users`.
    pub users: ::std::option::Option<::std::vec::Vec<User>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListUsersV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            users: json::take(&mut map, "users")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// JSON model `LoginPolicy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginPolicy {
    /// Required JSON field `user_validity_period`.
    pub user_validity_period: i64,
    /// Required JSON field `custom_info_for_login`.
    pub custom_info_for_login: ::std::string::String,
    /// Required JSON field `lockout_duration`.
    pub lockout_duration: i64,
    /// Required JSON field `login_failed_times`.
    pub login_failed_times: i64,
    /// Required JSON field `period_with_login_failures`.
    pub period_with_login_failures: i64,
    /// Required JSON field `session_timeout`.
    pub session_timeout: i64,
    /// Required JSON field `show_recent_login_info`.
    pub show_recent_login_info: bool,
    /// JSON field `allow_address_netmasks`.
    pub allow_address_netmasks: ::std::option::Option<::std::vec::Vec<AllowAddressNetmask>>,
    /// JSON field `allow_ip_ranges`.
    pub allow_ip_ranges: ::std::option::Option<::std::vec::Vec<AllowIpRange>>,
}

impl json::FromJson for LoginPolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_validity_period: json::take(&mut map, "user_validity_period")?,
            custom_info_for_login: json::take(&mut map, "custom_info_for_login")?,
            lockout_duration: json::take(&mut map, "lockout_duration")?,
            login_failed_times: json::take(&mut map, "login_failed_times")?,
            period_with_login_failures: json::take(&mut map, "period_with_login_failures")?,
            session_timeout: json::take(&mut map, "session_timeout")?,
            show_recent_login_info: json::take(&mut map, "show_recent_login_info")?,
            allow_address_netmasks: json::take(&mut map, "allow_address_netmasks")?,
            allow_ip_ranges: json::take(&mut map, "allow_ip_ranges")?,
        })
    }
}

/// JSON model `LoginProfile`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginProfile {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `password_reset_required`.
    pub password_reset_required: bool,
    /// JSON field `password_expires_at`.
    pub password_expires_at: ::std::option::Option<::std::string::String>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
}

impl json::FromJson for LoginProfile {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_id: json::take(&mut map, "user_id")?,
            password_reset_required: json::take(&mut map, "password_reset_required")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
            created_at: json::take(&mut map, "created_at")?,
        })
    }
}

/// JSON model `MaxSessionDuration`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MaxSessionDuration {}

impl json::ToJson for MaxSessionDuration {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for MaxSessionDuration {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `MfaDeviceMetadata`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MfaDeviceMetadata {
    /// Required JSON field `serial_number`.
    pub serial_number: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
}

impl json::FromJson for MfaDeviceMetadata {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            serial_number: json::take(&mut map, "serial_number")?,
            user_id: json::take(&mut map, "user_id")?,
            enabled: json::take(&mut map, "enabled")?,
        })
    }
}

/// JSON model `MfaEnabled`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MfaEnabled {}

impl json::ToJson for MfaEnabled {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for MfaEnabled {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `NextMarker`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NextMarker {}

impl json::ToJson for NextMarker {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for NextMarker {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Operation`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Operation {
    /// Required JSON field `operation_id`.
    pub operation_id: ::std::string::String,
    /// Required JSON field `operation_action`.
    pub operation_action: ::std::string::String,
    /// JSON field `dependent_actions`.
    pub dependent_actions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for Operation {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            operation_id: json::take(&mut map, "operation_id")?,
            operation_action: json::take(&mut map, "operation_action")?,
            dependent_actions: json::take(&mut map, "dependent_actions")?,
        })
    }
}

/// JSON model `PageInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PageInfo {
    /// JSON field `next_marker`.
    pub next_marker: ::std::option::Option<::std::string::String>,
    /// Required JSON field `current_count`.
    pub current_count: i64,
}

impl json::FromJson for PageInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            next_marker: json::take(&mut map, "next_marker")?,
            current_count: json::take(&mut map, "current_count")?,
        })
    }
}

/// JSON model `PasswordPolicy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PasswordPolicy {
    /// Required JSON field `maximum_consecutive_identical_chars`.
    pub maximum_consecutive_identical_chars: i64,
    /// Required JSON field `maximum_password_length`.
    pub maximum_password_length: i64,
    /// Required JSON field `minimum_password_age`.
    pub minimum_password_age: i64,
    /// Required JSON field `minimum_password_length`.
    pub minimum_password_length: i64,
    /// Required JSON field `password_reuse_prevention`.
    pub password_reuse_prevention: i64,
    /// Required JSON field `password_not_username_or_invert`.
    pub password_not_username_or_invert: bool,
    /// Required JSON field `password_requirements`.
    pub password_requirements: ::std::string::String,
    /// Required JSON field `password_validity_period`.
    pub password_validity_period: i64,
    /// Required JSON field `password_char_combination`.
    pub password_char_combination: i64,
    /// Required JSON field `allow_user_to_change_password`.
    pub allow_user_to_change_password: bool,
}

impl json::FromJson for PasswordPolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            maximum_consecutive_identical_chars: json::take(
                &mut map,
                "maximum_consecutive_identical_chars",
            )?,
            maximum_password_length: json::take(&mut map, "maximum_password_length")?,
            minimum_password_age: json::take(&mut map, "minimum_password_age")?,
            minimum_password_length: json::take(&mut map, "minimum_password_length")?,
            password_reuse_prevention: json::take(&mut map, "password_reuse_prevention")?,
            password_not_username_or_invert: json::take(
                &mut map,
                "password_not_username_or_invert",
            )?,
            password_requirements: json::take(&mut map, "password_requirements")?,
            password_validity_period: json::take(&mut map, "password_validity_period")?,
            password_char_combination: json::take(&mut map, "password_char_combination")?,
            allow_user_to_change_password: json::take(&mut map, "allow_user_to_change_password")?,
        })
    }
}

/// JSON model `PasswordResetRequired`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PasswordResetRequired {}

impl json::ToJson for PasswordResetRequired {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for PasswordResetRequired {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Path`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Path {}

impl json::ToJson for Path {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for Path {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Policy {
    /// Required JSON field `policy_type`.
    pub policy_type: PolicyType,
    /// Required JSON field `policy_name`.
    pub policy_name: ::std::string::String,
    /// Required JSON field `policy_id`.
    pub policy_id: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// Required JSON field `path`.
    pub path: ::std::string::String,
    /// Required JSON field `default_version_id`.
    pub default_version_id: ::std::string::String,
    /// Required JSON field `attachment_count`.
    pub attachment_count: i64,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for Policy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            policy_type: json::take(&mut map, "policy_type")?,
            policy_name: json::take(&mut map, "policy_name")?,
            policy_id: json::take(&mut map, "policy_id")?,
            urn: json::take(&mut map, "urn")?,
            path: json::take(&mut map, "path")?,
            default_version_id: json::take(&mut map, "default_version_id")?,
            attachment_count: json::take(&mut map, "attachment_count")?,
            description: json::take(&mut map, "description")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `PolicyAgency`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyAgency {
    /// Required JSON field `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required JSON field `attached_at`.
    pub attached_at: ::std::string::String,
}

impl json::FromJson for PolicyAgency {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            agency_id: json::take(&mut map, "agency_id")?,
            attached_at: json::take(&mut map, "attached_at")?,
        })
    }
}

/// JSON model `PolicyDescription`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyDescription {}

impl json::ToJson for PolicyDescription {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for PolicyDescription {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `PolicyDocument`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyDocument {}

impl json::ToJson for PolicyDocument {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for PolicyDocument {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `PolicyGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyGroup {
    /// Required JSON field `group_id`.
    pub group_id: ::std::string::String,
    /// Required JSON field `attached_at`.
    pub attached_at: ::std::string::String,
}

impl json::FromJson for PolicyGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            group_id: json::take(&mut map, "group_id")?,
            attached_at: json::take(&mut map, "attached_at")?,
        })
    }
}

/// JSON model `PolicyId`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyId {}

impl json::ToJson for PolicyId {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for PolicyId {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `PolicyName`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyName {}

impl json::ToJson for PolicyName {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for PolicyName {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// String enum `PolicyType`.
///
/// Values the API description does not list decode to [`PolicyType::Unknown`] instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(from = "::std::string::String", into = "::std::string::String")
)]
#[non_exhaustive]
pub enum PolicyType {
    /// `custom`.
    Custom,
    /// `system`.
    System,
    /// A value the API description does not list, kept as received. Also the default.
    Unknown(::std::string::String),
}

impl PolicyType {
    /// Returns the value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "custom",
            Self::System => "system",
            Self::Unknown(value) => value,
        }
    }
}

impl ::std::default::Default for PolicyType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}

impl ::std::convert::From<::std::string::String> for PolicyType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "custom" => Self::Custom,
            "system" => Self::System,
            _ => Self::Unknown(value),
        }
    }
}

impl ::std::convert::From<&str> for PolicyType {
    fn from(value: &str) -> Self {
        Self::from(::std::string::String::from(value))
    }
}

impl ::std::convert::From<PolicyType> for ::std::string::String {
    fn from(value: PolicyType) -> Self {
        match value {
            PolicyType::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}

impl ::std::fmt::Display for PolicyType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl json::ToJson for PolicyType {
    fn to_json(&self) -> json::Value {
        json::Value::String(self.as_str().to_owned())
    }
}

impl json::FromJson for PolicyType {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        <::std::string::String as json::FromJson>::from_json(value).map(Self::from)
    }

    fn when_missing() -> ::std::option::Option<Self> {
        ::std::option::Option::Some(Self::default())
    }
}

/// JSON model `PolicyUser`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyUser {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `attached_at`.
    pub attached_at: ::std::string::String,
}

impl json::FromJson for PolicyUser {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_id: json::take(&mut map, "user_id")?,
            attached_at: json::take(&mut map, "attached_at")?,
        })
    }
}

/// JSON model `PolicyVersion`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyVersion {
    /// Required JSON field `document`.
    pub document: ::std::string::String,
    /// Required JSON field `version_id`.
    pub version_id: ::std::string::String,
    /// Required JSON field `is_default`.
    pub is_default: bool,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
}

impl json::FromJson for PolicyVersion {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            document: json::take(&mut map, "document")?,
            version_id: json::take(&mut map, "version_id")?,
            is_default: json::take(&mut map, "is_default")?,
            created_at: json::take(&mut map, "created_at")?,
        })
    }
}

/// JSON model `PolicyVersionId`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyVersionId {}

impl json::ToJson for PolicyVersionId {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for PolicyVersionId {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `ProviderDescription`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProviderDescription {}

impl json::ToJson for ProviderDescription {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for ProviderDescription {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Reason`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Reason {}

impl json::ToJson for Reason {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for Reason {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `RegionName`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RegionName {}

impl json::ToJson for RegionName {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for RegionName {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `RemoveClientIDFromOIDCProviderReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveClientIDFromOIDCProviderReqBody {
    /// Required JSON field `client_id`.
    pub client_id: ::std::string::String,
}

impl RemoveClientIDFromOIDCProviderReqBody {
    /// Sets the `client_id` field.
    #[must_use]
    pub fn with_client_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_id = value.into();
        self
    }
}

impl json::ToJson for RemoveClientIDFromOIDCProviderReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "client_id", &self.client_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::remove_client_id_from_oidc_provider_v5`](super::IamClient::remove_client_id_from_oidc_provider_v5): `POST /v5/oidc-providers/{provider_id}/remove-client-id`.
///
/// Required fields: `provider_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveClientIDFromOIDCProviderV5Request {
    /// Required path parameter `provider_id`.
    pub provider_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RemoveClientIDFromOIDCProviderReqBody>,
}

impl RemoveClientIDFromOIDCProviderV5Request {
    /// Sets the `provider_id` field.
    #[must_use]
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RemoveClientIDFromOIDCProviderReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::remove_client_id_from_oidc_provider_v5`](super::IamClient::remove_client_id_from_oidc_provider_v5): `POST /v5/oidc-providers/{provider_id}/remove-client-id`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveClientIDFromOIDCProviderV5Response {}

impl json::FromJson for RemoveClientIDFromOIDCProviderV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `RemoveUserFromGroupReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveUserFromGroupReqBody {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
}

impl RemoveUserFromGroupReqBody {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

impl json::ToJson for RemoveUserFromGroupReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user_id", &self.user_id);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::remove_user_from_group_v5`](super::IamClient::remove_user_from_group_v5): `POST /v5/groups/{group_id}/remove-user`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveUserFromGroupV5Request {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RemoveUserFromGroupReqBody>,
}

impl RemoveUserFromGroupV5Request {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RemoveUserFromGroupReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::remove_user_from_group_v5`](super::IamClient::remove_user_from_group_v5): `POST /v5/groups/{group_id}/remove-user`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveUserFromGroupV5Response {}

impl json::FromJson for RemoveUserFromGroupV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Resource`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Resource {
    /// Required JSON field `type_name`.
    pub type_name: ::std::string::String,
    /// Required JSON field `urn_template`.
    pub urn_template: ::std::string::String,
}

impl json::FromJson for Resource {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            type_name: json::take(&mut map, "type_name")?,
            urn_template: json::take(&mut map, "urn_template")?,
        })
    }
}

/// JSON model `ServiceCode`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServiceCode {}

impl json::ToJson for ServiceCode {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for ServiceCode {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `ServicePrincipal`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServicePrincipal {}

impl json::ToJson for ServicePrincipal {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for ServicePrincipal {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `ServicePrincipalMetadata`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServicePrincipalMetadata {
    /// Required JSON field `service_principal`.
    pub service_principal: ::std::string::String,
    /// Required JSON field `service_catalog`.
    pub service_catalog: ::std::string::String,
    /// Required JSON field `display_name`.
    pub display_name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
}

impl json::FromJson for ServicePrincipalMetadata {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            service_principal: json::take(&mut map, "service_principal")?,
            service_catalog: json::take(&mut map, "service_catalog")?,
            display_name: json::take(&mut map, "display_name")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `ServiceSpecificCredentialMetadata`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServiceSpecificCredentialMetadata {
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `service_name`.
    pub service_name: ::std::string::String,
    /// Required JSON field `credential_id`.
    pub credential_id: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `user_name`.
    pub user_name: ::std::string::String,
    /// JSON field `expires_at`.
    pub expires_at: ::std::option::Option<::std::string::String>,
    /// Required JSON field `credential_mask`.
    pub credential_mask: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
}

impl json::FromJson for ServiceSpecificCredentialMetadata {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            created_at: json::take(&mut map, "created_at")?,
            service_name: json::take(&mut map, "service_name")?,
            credential_id: json::take(&mut map, "credential_id")?,
            status: json::take(&mut map, "status")?,
            user_id: json::take(&mut map, "user_id")?,
            user_name: json::take(&mut map, "user_name")?,
            expires_at: json::take(&mut map, "expires_at")?,
            credential_mask: json::take(&mut map, "credential_mask")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `SetAsymmetricSignatureReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SetAsymmetricSignatureReq {
    /// Required JSON field `asymmetric_signature`.
    pub asymmetric_signature: AsymmetricSignature,
}

impl SetAsymmetricSignatureReq {
    /// Sets the `asymmetric_signature` field.
    #[must_use]
    pub fn with_asymmetric_signature(mut self, value: AsymmetricSignature) -> Self {
        self.asymmetric_signature = value;
        self
    }
}

impl json::ToJson for SetAsymmetricSignatureReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "asymmetric_signature", &self.asymmetric_signature);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::set_asymmetric_signature_switch_v5`](super::IamClient::set_asymmetric_signature_switch_v5): `PUT /v5/asymmetric-signature-switch`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SetAsymmetricSignatureSwitchV5Request {
    /// Request body.
    pub body: ::std::option::Option<SetAsymmetricSignatureReq>,
}

impl SetAsymmetricSignatureSwitchV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: SetAsymmetricSignatureReq) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::set_asymmetric_signature_switch_v5`](super::IamClient::set_asymmetric_signature_switch_v5): `PUT /v5/asymmetric-signature-switch`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SetAsymmetricSignatureSwitchV5Response {}

impl json::FromJson for SetAsymmetricSignatureSwitchV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::set_default_policy_version_v5`](super::IamClient::set_default_policy_version_v5): `POST /v5/policies/{policy_id}/versions/{version_id}/set-default`.
///
/// Required fields: `policy_id`, `version_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SetDefaultPolicyVersionV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Required path parameter `version_id`.
    pub version_id: ::std::string::String,
}

impl SetDefaultPolicyVersionV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `version_id` field.
    #[must_use]
    pub fn with_version_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version_id = value.into();
        self
    }
}

/// Response of [`IamClient::set_default_policy_version_v5`](super::IamClient::set_default_policy_version_v5): `POST /v5/policies/{policy_id}/versions/{version_id}/set-default`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SetDefaultPolicyVersionV5Response {}

impl json::FromJson for SetDefaultPolicyVersionV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::show_access_key_last_used_v5`](super::IamClient::show_access_key_last_used_v5): `GET /v5/users/{user_id}/access-keys/{access_key_id}/last-used`.
///
/// Required fields: `user_id`, `access_key_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowAccessKeyLastUsedV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Required path parameter `access_key_id`.
    pub access_key_id: ::std::string::String,
}

impl ShowAccessKeyLastUsedV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `access_key_id` field.
    #[must_use]
    pub fn with_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_access_key_last_used_v5`](super::IamClient::show_access_key_last_used_v5): `GET /v5/users/{user_id}/access-keys/{access_key_id}/last-used`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowAccessKeyLastUsedV5Response {
    /// JSON field `access_key_last_used`.
    pub access_key_last_used: ::std::option::Option<AccessKeyLastUsed>,
}

impl json::FromJson for ShowAccessKeyLastUsedV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            access_key_last_used: json::take(&mut map, "access_key_last_used")?,
        })
    }
}

/// Request of [`IamClient::show_group_summary`](super::IamClient::show_group_summary): `GET /v5/groups-summary`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowGroupSummaryRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `user_id`.
    pub user_id: ::std::option::Option<::std::string::String>,
}

impl ShowGroupSummaryRequest {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::show_group_summary`](super::IamClient::show_group_summary): `GET /v5/groups-summary`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowGroupSummaryResponse {
    /// JSON field `groups`.
    pub groups: ::std::option::Option<::std::vec::Vec<GroupSummary>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ShowGroupSummaryResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            groups: json::take(&mut map, "groups")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`IamClient::show_group_v5`](super::IamClient::show_group_v5): `GET /v5/groups/{group_id}`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowGroupV5Request {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl ShowGroupV5Request {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_group_v5`](super::IamClient::show_group_v5): `GET /v5/groups/{group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowGroupV5Response {
    /// JSON field `group`.
    pub group: ::std::option::Option<Group>,
}

impl json::FromJson for ShowGroupV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            group: json::take(&mut map, "group")?,
        })
    }
}

/// Request of [`IamClient::show_login_policy_v5`](super::IamClient::show_login_policy_v5): `GET /v5/login-policy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowLoginPolicyV5Request {}

/// Response of [`IamClient::show_login_policy_v5`](super::IamClient::show_login_policy_v5): `GET /v5/login-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowLoginPolicyV5Response {
    /// JSON field `login_policy`.
    pub login_policy: ::std::option::Option<LoginPolicy>,
}

impl json::FromJson for ShowLoginPolicyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            login_policy: json::take(&mut map, "login_policy")?,
        })
    }
}

/// Request of [`IamClient::show_login_profile_v5`](super::IamClient::show_login_profile_v5): `GET /v5/users/{user_id}/login-profile`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowLoginProfileV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl ShowLoginProfileV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_login_profile_v5`](super::IamClient::show_login_profile_v5): `GET /v5/users/{user_id}/login-profile`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowLoginProfileV5Response {
    /// JSON field `login_profile`.
    pub login_profile: ::std::option::Option<LoginProfile>,
}

impl json::FromJson for ShowLoginProfileV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            login_profile: json::take(&mut map, "login_profile")?,
        })
    }
}

/// Request of [`IamClient::show_oidc_provider_v5`](super::IamClient::show_oidc_provider_v5): `GET /v5/oidc-providers/{provider_id}`.
///
/// Required fields: `provider_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowOIDCProviderV5Request {
    /// Required path parameter `provider_id`.
    pub provider_id: ::std::string::String,
}

impl ShowOIDCProviderV5Request {
    /// Sets the `provider_id` field.
    #[must_use]
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_oidc_provider_v5`](super::IamClient::show_oidc_provider_v5): `GET /v5/oidc-providers/{provider_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowOIDCProviderV5Response {
    /// JSON field `oidc_provider`.
    pub oidc_provider: ::std::option::Option<InlineResponse2003OidcProvider>,
}

impl json::FromJson for ShowOIDCProviderV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            oidc_provider: json::take(&mut map, "oidc_provider")?,
        })
    }
}

/// Request of [`IamClient::show_password_policy_v5`](super::IamClient::show_password_policy_v5): `GET /v5/password-policy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPasswordPolicyV5Request {}

/// Response of [`IamClient::show_password_policy_v5`](super::IamClient::show_password_policy_v5): `GET /v5/password-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPasswordPolicyV5Response {
    /// JSON field `password_policy`.
    pub password_policy: ::std::option::Option<PasswordPolicy>,
}

impl json::FromJson for ShowPasswordPolicyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            password_policy: json::take(&mut map, "password_policy")?,
        })
    }
}

/// Request of [`IamClient::show_saml_provider_v5`](super::IamClient::show_saml_provider_v5): `GET /v5/saml-providers/{provider_id}`.
///
/// Required fields: `provider_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSAMLProviderV5Request {
    /// Required path parameter `provider_id`.
    pub provider_id: ::std::string::String,
}

impl ShowSAMLProviderV5Request {
    /// Sets the `provider_id` field.
    #[must_use]
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_saml_provider_v5`](super::IamClient::show_saml_provider_v5): `GET /v5/saml-providers/{provider_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSAMLProviderV5Response {
    /// JSON field `saml_provider`.
    pub saml_provider: ::std::option::Option<InlineResponse2001SamlProvider>,
}

impl json::FromJson for ShowSAMLProviderV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            saml_provider: json::take(&mut map, "saml_provider")?,
        })
    }
}

/// Request of [`IamClient::show_user_last_login_v5`](super::IamClient::show_user_last_login_v5): `GET /v5/users/{user_id}/last-login`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserLastLoginV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl ShowUserLastLoginV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_user_last_login_v5`](super::IamClient::show_user_last_login_v5): `GET /v5/users/{user_id}/last-login`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserLastLoginV5Response {
    /// JSON field `user_last_login`.
    pub user_last_login: ::std::option::Option<UserLastLogin>,
}

impl json::FromJson for ShowUserLastLoginV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_last_login: json::take(&mut map, "user_last_login")?,
        })
    }
}

/// Request of [`IamClient::show_user_v5`](super::IamClient::show_user_v5): `GET /v5/users/{user_id}`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl ShowUserV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_user_v5`](super::IamClient::show_user_v5): `GET /v5/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserV5Response {
    /// JSON field `user`.
    pub user: ::std::option::Option<UserEx>,
}

impl json::FromJson for ShowUserV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `SupportedService`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SupportedService {
    /// Required JSON field `service_name`.
    pub service_name: ::std::string::String,
    /// Required JSON field `display_name`.
    pub display_name: ::std::string::String,
}

impl json::FromJson for SupportedService {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            service_name: json::take(&mut map, "service_name")?,
            display_name: json::take(&mut map, "display_name")?,
        })
    }
}

/// JSON model `Tag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Tag {
    /// Required JSON field `tag_key`.
    pub tag_key: ::std::string::String,
    /// Required JSON field `tag_value`.
    pub tag_value: ::std::string::String,
}

impl Tag {
    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = value.into();
        self
    }

    /// Sets the `tag_value` field.
    #[must_use]
    pub fn with_tag_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tag_value = value.into();
        self
    }
}

impl json::ToJson for Tag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tag_key", &self.tag_key);
        json::put(&mut map, "tag_value", &self.tag_value);
        json::Value::Object(map)
    }
}

impl json::FromJson for Tag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tag_key: json::take(&mut map, "tag_key")?,
            tag_value: json::take(&mut map, "tag_value")?,
        })
    }
}

/// Request of [`IamClient::tag_resource_v5`](super::IamClient::tag_resource_v5): `POST /v5/{resource_type}/{resource_id}/tags/create`.
///
/// Required fields: `resource_id`, `resource_type`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TagResourceV5Request {
    /// Required path parameter `resource_id`.
    pub resource_id: ::std::string::String,
    /// Required path parameter `resource_type`.
    pub resource_type: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<Tags>,
}

impl TagResourceV5Request {
    /// Sets the `resource_id` field.
    #[must_use]
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = value.into();
        self
    }

    /// Sets the `resource_type` field.
    #[must_use]
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: Tags) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::tag_resource_v5`](super::IamClient::tag_resource_v5): `POST /v5/{resource_type}/{resource_id}/tags/create`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TagResourceV5Response {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl json::FromJson for TagResourceV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `Tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Tags {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl Tags {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for Tags {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// JSON model `TrustAgency`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TrustAgency {
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// JSON field `trust_policy`.
    pub trust_policy: ::std::option::Option<::std::string::String>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `max_session_duration`.
    pub max_session_duration: i64,
    /// Required JSON field `path`.
    pub path: ::std::string::String,
    /// Required JSON field `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required JSON field `agency_name`.
    pub agency_name: ::std::string::String,
    /// JSON field `trust_domain_id`.
    pub trust_domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `trust_domain_name`.
    pub trust_domain_name: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for TrustAgency {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            urn: json::take(&mut map, "urn")?,
            trust_policy: json::take(&mut map, "trust_policy")?,
            created_at: json::take(&mut map, "created_at")?,
            description: json::take(&mut map, "description")?,
            max_session_duration: json::take(&mut map, "max_session_duration")?,
            path: json::take(&mut map, "path")?,
            agency_id: json::take(&mut map, "agency_id")?,
            agency_name: json::take(&mut map, "agency_name")?,
            trust_domain_id: json::take(&mut map, "trust_domain_id")?,
            trust_domain_name: json::take(&mut map, "trust_domain_name")?,
        })
    }
}

/// JSON model `TrustAgencyId`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TrustAgencyId {}

impl json::ToJson for TrustAgencyId {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for TrustAgencyId {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `TrustAgencyName`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TrustAgencyName {}

impl json::ToJson for TrustAgencyName {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for TrustAgencyName {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `TrustMaxSessionDuration`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TrustMaxSessionDuration {}

impl json::ToJson for TrustMaxSessionDuration {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for TrustMaxSessionDuration {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `TrustPolicyDocument`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TrustPolicyDocument {}

impl json::ToJson for TrustPolicyDocument {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for TrustPolicyDocument {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `TypeName`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TypeName {}

impl json::ToJson for TypeName {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for TypeName {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateAccessKeyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAccessKeyReqBody {
    /// Required JSON field `status`.
    pub status: AccessKeyStatus,
}

impl UpdateAccessKeyReqBody {
    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: AccessKeyStatus) -> Self {
        self.status = value;
        self
    }
}

impl json::ToJson for UpdateAccessKeyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "status", &self.status);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_access_key_v5`](super::IamClient::update_access_key_v5): `PUT /v5/users/{user_id}/access-keys/{access_key_id}`.
///
/// Required fields: `user_id`, `access_key_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAccessKeyV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Required path parameter `access_key_id`.
    pub access_key_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateAccessKeyReqBody>,
}

impl UpdateAccessKeyV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `access_key_id` field.
    #[must_use]
    pub fn with_access_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateAccessKeyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_access_key_v5`](super::IamClient::update_access_key_v5): `PUT /v5/users/{user_id}/access-keys/{access_key_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAccessKeyV5Response {
    /// JSON field `access_key`.
    pub access_key: ::std::option::Option<AccessKeyMetadata>,
}

impl json::FromJson for UpdateAccessKeyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            access_key: json::take(&mut map, "access_key")?,
        })
    }
}

/// JSON model `UpdateAgencyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAgencyReqBody {
    /// JSON field `max_session_duration`.
    pub max_session_duration: ::std::option::Option<i64>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdateAgencyReqBody {
    /// Sets the `max_session_duration` field.
    #[must_use]
    pub fn with_max_session_duration(mut self, value: i64) -> Self {
        self.max_session_duration = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateAgencyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "max_session_duration", &self.max_session_duration);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_agency_v5`](super::IamClient::update_agency_v5): `PUT /v5/agencies/{agency_id}`.
///
/// Required fields: `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAgencyV5Request {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateAgencyReqBody>,
}

impl UpdateAgencyV5Request {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateAgencyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_agency_v5`](super::IamClient::update_agency_v5): `PUT /v5/agencies/{agency_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAgencyV5Response {}

impl json::FromJson for UpdateAgencyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateGroupReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateGroupReqBody {
    /// JSON field `new_group_name`.
    pub new_group_name: ::std::option::Option<::std::string::String>,
    /// JSON field `new_group_description`.
    pub new_group_description: ::std::option::Option<::std::string::String>,
}

impl UpdateGroupReqBody {
    /// Sets the `new_group_name` field.
    #[must_use]
    pub fn with_new_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new_group_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `new_group_description` field.
    #[must_use]
    pub fn with_new_group_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new_group_description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateGroupReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "new_group_name", &self.new_group_name);
        json::put(
            &mut map,
            "new_group_description",
            &self.new_group_description,
        );
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_group_v5`](super::IamClient::update_group_v5): `PUT /v5/groups/{group_id}`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateGroupV5Request {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateGroupReqBody>,
}

impl UpdateGroupV5Request {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateGroupReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_group_v5`](super::IamClient::update_group_v5): `PUT /v5/groups/{group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateGroupV5Response {
    /// JSON field `group`.
    pub group: ::std::option::Option<Group>,
}

impl json::FromJson for UpdateGroupV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            group: json::take(&mut map, "group")?,
        })
    }
}

/// JSON model `UpdateLoginPolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginPolicyReqBody {
    /// JSON field `user_validity_period`.
    pub user_validity_period: ::std::option::Option<i64>,
    /// JSON field `custom_info_for_login`.
    pub custom_info_for_login: ::std::option::Option<::std::string::String>,
    /// JSON field `lockout_duration`.
    pub lockout_duration: ::std::option::Option<i64>,
    /// JSON field `login_failed_times`.
    pub login_failed_times: ::std::option::Option<i64>,
    /// JSON field `period_with_login_failures`.
    pub period_with_login_failures: ::std::option::Option<i64>,
    /// JSON field `session_timeout`.
    pub session_timeout: ::std::option::Option<i64>,
    /// JSON field `show_recent_login_info`.
    pub show_recent_login_info: ::std::option::Option<bool>,
    /// JSON field `allow_address_netmasks`.
    pub allow_address_netmasks: ::std::option::Option<::std::vec::Vec<AllowAddressNetmask>>,
    /// JSON field `allow_ip_ranges`.
    pub allow_ip_ranges: ::std::option::Option<::std::vec::Vec<AllowIpRange>>,
}

impl UpdateLoginPolicyReqBody {
    /// Sets the `user_validity_period` field.
    #[must_use]
    pub fn with_user_validity_period(mut self, value: i64) -> Self {
        self.user_validity_period = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `custom_info_for_login` field.
    #[must_use]
    pub fn with_custom_info_for_login(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.custom_info_for_login = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `lockout_duration` field.
    #[must_use]
    pub fn with_lockout_duration(mut self, value: i64) -> Self {
        self.lockout_duration = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `login_failed_times` field.
    #[must_use]
    pub fn with_login_failed_times(mut self, value: i64) -> Self {
        self.login_failed_times = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `period_with_login_failures` field.
    #[must_use]
    pub fn with_period_with_login_failures(mut self, value: i64) -> Self {
        self.period_with_login_failures = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `session_timeout` field.
    #[must_use]
    pub fn with_session_timeout(mut self, value: i64) -> Self {
        self.session_timeout = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `show_recent_login_info` field.
    #[must_use]
    pub fn with_show_recent_login_info(mut self, value: bool) -> Self {
        self.show_recent_login_info = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allow_address_netmasks` field.
    #[must_use]
    pub fn with_allow_address_netmasks(
        mut self,
        value: ::std::vec::Vec<AllowAddressNetmask>,
    ) -> Self {
        self.allow_address_netmasks = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allow_ip_ranges` field.
    #[must_use]
    pub fn with_allow_ip_ranges(mut self, value: ::std::vec::Vec<AllowIpRange>) -> Self {
        self.allow_ip_ranges = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateLoginPolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user_validity_period", &self.user_validity_period);
        json::put(
            &mut map,
            "custom_info_for_login",
            &self.custom_info_for_login,
        );
        json::put(&mut map, "lockout_duration", &self.lockout_duration);
        json::put(&mut map, "login_failed_times", &self.login_failed_times);
        json::put(
            &mut map,
            "period_with_login_failures",
            &self.period_with_login_failures,
        );
        json::put(&mut map, "session_timeout", &self.session_timeout);
        json::put(
            &mut map,
            "show_recent_login_info",
            &self.show_recent_login_info,
        );
        json::put(
            &mut map,
            "allow_address_netmasks",
            &self.allow_address_netmasks,
        );
        json::put(&mut map, "allow_ip_ranges", &self.allow_ip_ranges);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_login_policy_v5`](super::IamClient::update_login_policy_v5): `PUT /v5/login-policy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginPolicyV5Request {
    /// Request body.
    pub body: ::std::option::Option<UpdateLoginPolicyReqBody>,
}

impl UpdateLoginPolicyV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateLoginPolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_login_policy_v5`](super::IamClient::update_login_policy_v5): `PUT /v5/login-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginPolicyV5Response {
    /// JSON field `login_policy`.
    pub login_policy: ::std::option::Option<LoginPolicy>,
}

impl json::FromJson for UpdateLoginPolicyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            login_policy: json::take(&mut map, "login_policy")?,
        })
    }
}

/// JSON model `UpdateLoginProfileReqBody`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginProfileReqBody {
    /// JSON field `password`. Debug output hides its value.
    pub password: ::std::option::Option<::std::string::String>,
    /// JSON field `password_reset_required`.
    pub password_reset_required: ::std::option::Option<bool>,
}

impl ::std::fmt::Debug for UpdateLoginProfileReqBody {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateLoginProfileReqBody")
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("password_reset_required", &self.password_reset_required)
            .finish()
    }
}

impl UpdateLoginProfileReqBody {
    /// Sets the `password` field.
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `password_reset_required` field.
    #[must_use]
    pub fn with_password_reset_required(mut self, value: bool) -> Self {
        self.password_reset_required = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateLoginProfileReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "password", &self.password);
        json::put(
            &mut map,
            "password_reset_required",
            &self.password_reset_required,
        );
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_login_profile_v5`](super::IamClient::update_login_profile_v5): `PUT /v5/users/{user_id}/login-profile`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginProfileV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateLoginProfileReqBody>,
}

impl UpdateLoginProfileV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateLoginProfileReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_login_profile_v5`](super::IamClient::update_login_profile_v5): `PUT /v5/users/{user_id}/login-profile`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginProfileV5Response {
    /// JSON field `login_profile`.
    pub login_profile: ::std::option::Option<LoginProfile>,
}

impl json::FromJson for UpdateLoginProfileV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            login_profile: json::take(&mut map, "login_profile")?,
        })
    }
}

/// JSON model `UpdateOIDCProviderReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateOIDCProviderReqBody {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdateOIDCProviderReqBody {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateOIDCProviderReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateOIDCProviderThumbprintReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateOIDCProviderThumbprintReqBody {
    /// Required JSON field `thumbprints`.
    pub thumbprints: ::std::vec::Vec<::std::string::String>,
}

impl UpdateOIDCProviderThumbprintReqBody {
    /// Sets the `thumbprints` field.
    #[must_use]
    pub fn with_thumbprints(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.thumbprints = value;
        self
    }
}

impl json::ToJson for UpdateOIDCProviderThumbprintReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "thumbprints", &self.thumbprints);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_oidc_provider_thumbprint_v5`](super::IamClient::update_oidc_provider_thumbprint_v5): `PUT /v5/oidc-providers/{provider_id}/thumbprint`.
///
/// Required fields: `provider_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateOIDCProviderThumbprintV5Request {
    /// Required path parameter `provider_id`.
    pub provider_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateOIDCProviderThumbprintReqBody>,
}

impl UpdateOIDCProviderThumbprintV5Request {
    /// Sets the `provider_id` field.
    #[must_use]
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateOIDCProviderThumbprintReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_oidc_provider_thumbprint_v5`](super::IamClient::update_oidc_provider_thumbprint_v5): `PUT /v5/oidc-providers/{provider_id}/thumbprint`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateOIDCProviderThumbprintV5Response {}

impl json::FromJson for UpdateOIDCProviderThumbprintV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::update_oidc_provider_v5`](super::IamClient::update_oidc_provider_v5): `PUT /v5/oidc-providers/{provider_id}`.
///
/// Required fields: `provider_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateOIDCProviderV5Request {
    /// Required path parameter `provider_id`.
    pub provider_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateOIDCProviderReqBody>,
}

impl UpdateOIDCProviderV5Request {
    /// Sets the `provider_id` field.
    #[must_use]
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateOIDCProviderReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_oidc_provider_v5`](super::IamClient::update_oidc_provider_v5): `PUT /v5/oidc-providers/{provider_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateOIDCProviderV5Response {}

impl json::FromJson for UpdateOIDCProviderV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdatePasswordPolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePasswordPolicyReqBody {
    /// JSON field `maximum_consecutive_identical_chars`.
    pub maximum_consecutive_identical_chars: ::std::option::Option<i64>,
    /// JSON field `minimum_password_age`.
    pub minimum_password_age: ::std::option::Option<i64>,
    /// JSON field `minimum_password_length`.
    pub minimum_password_length: ::std::option::Option<i64>,
    /// JSON field `password_reuse_prevention`.
    pub password_reuse_prevention: ::std::option::Option<i64>,
    /// JSON field `password_not_username_or_invert`.
    pub password_not_username_or_invert: ::std::option::Option<bool>,
    /// JSON field `password_validity_period`.
    pub password_validity_period: ::std::option::Option<i64>,
    /// JSON field `password_char_combination`.
    pub password_char_combination: ::std::option::Option<i64>,
    /// JSON field `allow_user_to_change_password`.
    pub allow_user_to_change_password: ::std::option::Option<bool>,
}

impl UpdatePasswordPolicyReqBody {
    /// Sets the `maximum_consecutive_identical_chars` field.
    #[must_use]
    pub fn with_maximum_consecutive_identical_chars(mut self, value: i64) -> Self {
        self.maximum_consecutive_identical_chars = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `minimum_password_age` field.
    #[must_use]
    pub fn with_minimum_password_age(mut self, value: i64) -> Self {
        self.minimum_password_age = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `minimum_password_length` field.
    #[must_use]
    pub fn with_minimum_password_length(mut self, value: i64) -> Self {
        self.minimum_password_length = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `password_reuse_prevention` field.
    #[must_use]
    pub fn with_password_reuse_prevention(mut self, value: i64) -> Self {
        self.password_reuse_prevention = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `password_not_username_or_invert` field.
    #[must_use]
    pub fn with_password_not_username_or_invert(mut self, value: bool) -> Self {
        self.password_not_username_or_invert = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `password_validity_period` field.
    #[must_use]
    pub fn with_password_validity_period(mut self, value: i64) -> Self {
        self.password_validity_period = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `password_char_combination` field.
    #[must_use]
    pub fn with_password_char_combination(mut self, value: i64) -> Self {
        self.password_char_combination = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allow_user_to_change_password` field.
    #[must_use]
    pub fn with_allow_user_to_change_password(mut self, value: bool) -> Self {
        self.allow_user_to_change_password = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdatePasswordPolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "maximum_consecutive_identical_chars",
            &self.maximum_consecutive_identical_chars,
        );
        json::put(&mut map, "minimum_password_age", &self.minimum_password_age);
        json::put(
            &mut map,
            "minimum_password_length",
            &self.minimum_password_length,
        );
        json::put(
            &mut map,
            "password_reuse_prevention",
            &self.password_reuse_prevention,
        );
        json::put(
            &mut map,
            "password_not_username_or_invert",
            &self.password_not_username_or_invert,
        );
        json::put(
            &mut map,
            "password_validity_period",
            &self.password_validity_period,
        );
        json::put(
            &mut map,
            "password_char_combination",
            &self.password_char_combination,
        );
        json::put(
            &mut map,
            "allow_user_to_change_password",
            &self.allow_user_to_change_password,
        );
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_password_policy_v5`](super::IamClient::update_password_policy_v5): `PUT /v5/password-policy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePasswordPolicyV5Request {
    /// Request body.
    pub body: ::std::option::Option<UpdatePasswordPolicyReqBody>,
}

impl UpdatePasswordPolicyV5Request {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdatePasswordPolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_password_policy_v5`](super::IamClient::update_password_policy_v5): `PUT /v5/password-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePasswordPolicyV5Response {
    /// JSON field `password_policy`.
    pub password_policy: ::std::option::Option<PasswordPolicy>,
}

impl json::FromJson for UpdatePasswordPolicyV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            password_policy: json::take(&mut map, "password_policy")?,
        })
    }
}

/// JSON model `UpdatePolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePolicyReqBody {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdatePolicyReqBody {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdatePolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_policy_v5`](super::IamClient::update_policy_v5): `PUT /v5/policies/{policy_id}`.
///
/// Required fields: `policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePolicyV5Request {
    /// Required path parameter `policy_id`.
    pub policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdatePolicyReqBody>,
}

impl UpdatePolicyV5Request {
    /// Sets the `policy_id` field.
    #[must_use]
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdatePolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_policy_v5`](super::IamClient::update_policy_v5): `PUT /v5/policies/{policy_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePolicyV5Response {}

impl json::FromJson for UpdatePolicyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateSAMLProviderReqBody`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSAMLProviderReqBody {
    /// JSON field `saml_metadata_document`.
    pub saml_metadata_document: ::std::option::Option<::std::string::String>,
    /// JSON field `assertion_encryption_mode`.
    pub assertion_encryption_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `add_private_key`. Debug output hides its value.
    pub add_private_key: ::std::option::Option<::std::string::String>,
    /// JSON field `remove_private_key`. Debug output hides its value.
    pub remove_private_key: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for UpdateSAMLProviderReqBody {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateSAMLProviderReqBody")
            .field("saml_metadata_document", &self.saml_metadata_document)
            .field("assertion_encryption_mode", &self.assertion_encryption_mode)
            .field(
                "add_private_key",
                &self.add_private_key.as_ref().map(|_| "<redacted>"),
            )
            .field(
                "remove_private_key",
                &self.remove_private_key.as_ref().map(|_| "<redacted>"),
            )
            .field("description", &self.description)
            .finish()
    }
}

impl UpdateSAMLProviderReqBody {
    /// Sets the `saml_metadata_document` field.
    #[must_use]
    pub fn with_saml_metadata_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.saml_metadata_document = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `assertion_encryption_mode` field.
    #[must_use]
    pub fn with_assertion_encryption_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.assertion_encryption_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `add_private_key` field.
    #[must_use]
    pub fn with_add_private_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.add_private_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `remove_private_key` field.
    #[must_use]
    pub fn with_remove_private_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remove_private_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateSAMLProviderReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "saml_metadata_document",
            &self.saml_metadata_document,
        );
        json::put(
            &mut map,
            "assertion_encryption_mode",
            &self.assertion_encryption_mode,
        );
        json::put(&mut map, "add_private_key", &self.add_private_key);
        json::put(&mut map, "remove_private_key", &self.remove_private_key);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_saml_provider_v5`](super::IamClient::update_saml_provider_v5): `PUT /v5/saml-providers/{provider_id}`.
///
/// Required fields: `provider_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSAMLProviderV5Request {
    /// Required path parameter `provider_id`.
    pub provider_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateSAMLProviderReqBody>,
}

impl UpdateSAMLProviderV5Request {
    /// Sets the `provider_id` field.
    #[must_use]
    pub fn with_provider_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateSAMLProviderReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_saml_provider_v5`](super::IamClient::update_saml_provider_v5): `PUT /v5/saml-providers/{provider_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSAMLProviderV5Response {
    /// JSON field `saml_provider`.
    pub saml_provider: ::std::option::Option<InlineResponse201SamlProvider>,
}

impl json::FromJson for UpdateSAMLProviderV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            saml_provider: json::take(&mut map, "saml_provider")?,
        })
    }
}

/// JSON model `UpdateServiceSpecificCredentialReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServiceSpecificCredentialReq {
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdateServiceSpecificCredentialReq {
    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateServiceSpecificCredentialReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "status", &self.status);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_service_specific_credential_v5`](super::IamClient::update_service_specific_credential_v5): `PUT /v5/users/{user_id}/service-specific-credentials/{credential_id}`.
///
/// Required fields: `user_id`, `credential_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServiceSpecificCredentialV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Required path parameter `credential_id`.
    pub credential_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateServiceSpecificCredentialReq>,
}

impl UpdateServiceSpecificCredentialV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `credential_id` field.
    #[must_use]
    pub fn with_credential_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credential_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateServiceSpecificCredentialReq) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_service_specific_credential_v5`](super::IamClient::update_service_specific_credential_v5): `PUT /v5/users/{user_id}/service-specific-credentials/{credential_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServiceSpecificCredentialV5Response {}

impl json::FromJson for UpdateServiceSpecificCredentialV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateTrustPolicyReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrustPolicyReqBody {
    /// Required JSON field `trust_policy`.
    pub trust_policy: ::std::string::String,
}

impl UpdateTrustPolicyReqBody {
    /// Sets the `trust_policy` field.
    #[must_use]
    pub fn with_trust_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trust_policy = value.into();
        self
    }
}

impl json::ToJson for UpdateTrustPolicyReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "trust_policy", &self.trust_policy);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_trust_policy_v5`](super::IamClient::update_trust_policy_v5): `PUT /v5/agencies/{agency_id}/trust-policy`.
///
/// Required fields: `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrustPolicyV5Request {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateTrustPolicyReqBody>,
}

impl UpdateTrustPolicyV5Request {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateTrustPolicyReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_trust_policy_v5`](super::IamClient::update_trust_policy_v5): `PUT /v5/agencies/{agency_id}/trust-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrustPolicyV5Response {}

impl json::FromJson for UpdateTrustPolicyV5Response {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateUserReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserReqBody {
    /// JSON field `new_user_name`.
    pub new_user_name: ::std::option::Option<::std::string::String>,
    /// JSON field `new_description`.
    pub new_description: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl UpdateUserReqBody {
    /// Sets the `new_user_name` field.
    #[must_use]
    pub fn with_new_user_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new_user_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `new_description` field.
    #[must_use]
    pub fn with_new_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new_description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateUserReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "new_user_name", &self.new_user_name);
        json::put(&mut map, "new_description", &self.new_description);
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_user_v5`](super::IamClient::update_user_v5): `PUT /v5/users/{user_id}`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserV5Request {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateUserReqBody>,
}

impl UpdateUserV5Request {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateUserReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::update_user_v5`](super::IamClient::update_user_v5): `PUT /v5/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserV5Response {
    /// JSON field `user`.
    pub user: ::std::option::Option<User>,
}

impl json::FromJson for UpdateUserV5Response {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `Urn`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Urn {}

impl json::ToJson for Urn {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for Urn {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UrnTemplate`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UrnTemplate {}

impl json::ToJson for UrnTemplate {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for UrnTemplate {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `User`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct User {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `user_name`.
    pub user_name: ::std::string::String,
    /// Required JSON field `is_root_user`.
    pub is_root_user: bool,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
}

impl json::FromJson for User {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            user_name: json::take(&mut map, "user_name")?,
            is_root_user: json::take(&mut map, "is_root_user")?,
            created_at: json::take(&mut map, "created_at")?,
            user_id: json::take(&mut map, "user_id")?,
            urn: json::take(&mut map, "urn")?,
            enabled: json::take(&mut map, "enabled")?,
        })
    }
}

/// JSON model `UserDescription`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UserDescription {}

impl json::ToJson for UserDescription {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for UserDescription {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UserEnabled`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UserEnabled {}

impl json::ToJson for UserEnabled {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for UserEnabled {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UserEx`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UserEx {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `user_name`.
    pub user_name: ::std::string::String,
    /// Required JSON field `is_root_user`.
    pub is_root_user: bool,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `urn`.
    pub urn: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<Tag>,
}

impl json::FromJson for UserEx {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            user_name: json::take(&mut map, "user_name")?,
            is_root_user: json::take(&mut map, "is_root_user")?,
            created_at: json::take(&mut map, "created_at")?,
            user_id: json::take(&mut map, "user_id")?,
            urn: json::take(&mut map, "urn")?,
            enabled: json::take(&mut map, "enabled")?,
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `UserId`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UserId {}

impl json::ToJson for UserId {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for UserId {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UserLastLogin`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UserLastLogin {
    /// JSON field `last_login_at`.
    pub last_login_at: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UserLastLogin {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            last_login_at: json::take(&mut map, "last_login_at")?,
        })
    }
}

/// JSON model `UserName`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UserName {}

impl json::ToJson for UserName {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for UserName {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UserPassword`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UserPassword {}

impl json::ToJson for UserPassword {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for UserPassword {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UserPasswordNew`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UserPasswordNew {}

impl json::ToJson for UserPasswordNew {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for UserPasswordNew {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UserPasswordOld`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UserPasswordOld {}

impl json::ToJson for UserPasswordOld {
    fn to_json(&self) -> json::Value {
        json::Value::Object(json::Map::new())
    }
}

impl json::FromJson for UserPasswordOld {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `VirtualMfaDevice`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VirtualMfaDevice {
    /// Required JSON field `serial_number`.
    pub serial_number: ::std::string::String,
    /// Required JSON field `base32_string_seed`.
    pub base32_string_seed: ::std::string::String,
}

impl json::FromJson for VirtualMfaDevice {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            serial_number: json::take(&mut map, "serial_number")?,
            base32_string_seed: json::take(&mut map, "base32_string_seed")?,
        })
    }
}
