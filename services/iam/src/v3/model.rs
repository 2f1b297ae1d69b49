//! Request, response and data types of the IAM v3 API.
//!
//! Request types and the models inside request bodies implement `Default` and have a
//! `with_*` setter per field. Types without `Default` have a `new` taking their required
//! fields. All types are `#[non_exhaustive]`, so new API fields are not breaking.

use huaweicloud_sdk_core::json;

/// JSON model `AclPolicyOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AclPolicyOption {
    /// JSON field `allow_address_netmasks`.
    pub allow_address_netmasks: ::std::option::Option<::std::vec::Vec<AllowAddressNetmasksOption>>,
    /// JSON field `allow_ip_ranges`.
    pub allow_ip_ranges: ::std::option::Option<::std::vec::Vec<AllowIpRangesOption>>,
    /// JSON field `allow_vpc_endpoints`.
    pub allow_vpc_endpoints: ::std::option::Option<::std::vec::Vec<AllowVpcEndpointsOption>>,
}

impl AclPolicyOption {
    /// Sets the `allow_address_netmasks` field.
    #[must_use]
    pub fn with_allow_address_netmasks(
        mut self,
        value: ::std::vec::Vec<AllowAddressNetmasksOption>,
    ) -> Self {
        self.allow_address_netmasks = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allow_ip_ranges` field.
    #[must_use]
    pub fn with_allow_ip_ranges(mut self, value: ::std::vec::Vec<AllowIpRangesOption>) -> Self {
        self.allow_ip_ranges = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allow_vpc_endpoints` field.
    #[must_use]
    pub fn with_allow_vpc_endpoints(
        mut self,
        value: ::std::vec::Vec<AllowVpcEndpointsOption>,
    ) -> Self {
        self.allow_vpc_endpoints = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AclPolicyOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "allow_address_netmasks",
            &self.allow_address_netmasks,
        );
        json::put(&mut map, "allow_ip_ranges", &self.allow_ip_ranges);
        json::put(&mut map, "allow_vpc_endpoints", &self.allow_vpc_endpoints);
        json::Value::Object(map)
    }
}

/// JSON model `AclPolicyResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AclPolicyResult {
    /// JSON field `allow_address_netmasks`.
    pub allow_address_netmasks: ::std::option::Option<::std::vec::Vec<AllowAddressNetmasksResult>>,
    /// JSON field `allow_ip_ranges`.
    pub allow_ip_ranges: ::std::option::Option<::std::vec::Vec<AllowIpRangesResult>>,
    /// JSON field `allow_vpc_endpoints`.
    pub allow_vpc_endpoints: ::std::option::Option<::std::vec::Vec<AllowVpcEndpointsResult>>,
}

impl json::FromJson for AclPolicyResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            allow_address_netmasks: json::take(&mut map, "allow_address_netmasks")?,
            allow_ip_ranges: json::take(&mut map, "allow_ip_ranges")?,
            allow_vpc_endpoints: json::take(&mut map, "allow_vpc_endpoints")?,
        })
    }
}

/// JSON model `AgencyAllProjectRole`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyAllProjectRole {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl json::FromJson for AgencyAllProjectRole {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `AgencyAssumedby`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyAssumedby {
    /// Required JSON field `user`.
    pub user: AgencyAssumedbyUser,
}

impl json::FromJson for AgencyAssumedby {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `AgencyAssumedbyUser`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyAssumedbyUser {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `domain`.
    pub domain: AgencyAssumedbyUserDomain,
    /// Required JSON field `password_expires_at`.
    pub password_expires_at: ::std::string::String,
}

impl json::FromJson for AgencyAssumedbyUser {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
            domain: json::take(&mut map, "domain")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
        })
    }
}

/// JSON model `AgencyAssumedbyUserDomain`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyAssumedbyUserDomain {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for AgencyAssumedbyUserDomain {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `AgencyAuth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyAuth {
    /// Required JSON field `identity`.
    pub identity: AgencyAuthIdentity,
}

impl AgencyAuth {
    /// Sets the `identity` field.
    #[must_use]
    pub fn with_identity(mut self, value: AgencyAuthIdentity) -> Self {
        self.identity = value;
        self
    }
}

impl json::ToJson for AgencyAuth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "identity", &self.identity);
        json::Value::Object(map)
    }
}

/// JSON model `AgencyAuthIdentity`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyAuthIdentity {
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `assume_role`.
    pub assume_role: IdentityAssumerole,
    /// JSON field `policy`.
    pub policy: ::std::option::Option<ServicePolicy>,
}

impl AgencyAuthIdentity {
    /// Sets the `methods` field.
    #[must_use]
    pub fn with_methods(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.methods = value;
        self
    }

    /// Sets the `assume_role` field.
    #[must_use]
    pub fn with_assume_role(mut self, value: IdentityAssumerole) -> Self {
        self.assume_role = value;
        self
    }

    /// Sets the `policy` field.
    #[must_use]
    pub fn with_policy(mut self, value: ServicePolicy) -> Self {
        self.policy = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AgencyAuthIdentity {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "methods", &self.methods);
        json::put(&mut map, "assume_role", &self.assume_role);
        json::put(&mut map, "policy", &self.policy);
        json::Value::Object(map)
    }
}

/// JSON model `AgencyCreateResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyCreateResult {
    /// Required JSON field `create_time`.
    pub create_time: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `duration`.
    pub duration: ::std::string::String,
    /// Required JSON field `expire_time`.
    pub expire_time: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `trust_domain_id`.
    pub trust_domain_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AgencyCreateResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            create_time: json::take(&mut map, "create_time")?,
            description: json::take(&mut map, "description")?,
            domain_id: json::take(&mut map, "domain_id")?,
            duration: json::take(&mut map, "duration")?,
            expire_time: json::take(&mut map, "expire_time")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            trust_domain_id: json::take(&mut map, "trust_domain_id")?,
        })
    }
}

/// JSON model `AgencyListResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyListResult {
    /// Required JSON field `create_time`.
    pub create_time: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `duration`.
    pub duration: ::std::string::String,
    /// Required JSON field `expire_time`.
    pub expire_time: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `trust_domain_id`.
    pub trust_domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `trust_domain_name`.
    pub trust_domain_name: ::std::option::Option<::std::string::String>,
    /// JSON field `agency_urn`.
    pub agency_urn: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AgencyListResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            create_time: json::take(&mut map, "create_time")?,
            description: json::take(&mut map, "description")?,
            domain_id: json::take(&mut map, "domain_id")?,
            duration: json::take(&mut map, "duration")?,
            expire_time: json::take(&mut map, "expire_time")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            trust_domain_id: json::take(&mut map, "trust_domain_id")?,
            trust_domain_name: json::take(&mut map, "trust_domain_name")?,
            agency_urn: json::take(&mut map, "agency_urn")?,
        })
    }
}

/// JSON model `AgencyPolicy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyPolicy {
    /// Required JSON field `Version`.
    #[cfg_attr(feature = "serde", serde(rename = "Version"))]
    pub version: ::std::string::String,
    /// Required JSON field `Statement`.
    #[cfg_attr(feature = "serde", serde(rename = "Statement"))]
    pub statement: ::std::vec::Vec<AgencyPolicyStatement>,
}

impl AgencyPolicy {
    /// Sets the `version` field.
    #[must_use]
    pub fn with_version(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.version = value.into();
        self
    }

    /// Sets the `statement` field.
    #[must_use]
    pub fn with_statement(mut self, value: ::std::vec::Vec<AgencyPolicyStatement>) -> Self {
        self.statement = value;
        self
    }
}

impl json::ToJson for AgencyPolicy {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "Version", &self.version);
        json::put(&mut map, "Statement", &self.statement);
        json::Value::Object(map)
    }
}

impl json::FromJson for AgencyPolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            version: json::take(&mut map, "Version")?,
            statement: json::take(&mut map, "Statement")?,
        })
    }
}

/// JSON model `AgencyPolicyResource`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyPolicyResource {
    /// Required JSON field `uri`.
    pub uri: ::std::vec::Vec<::std::string::String>,
}

impl AgencyPolicyResource {
    /// Sets the `uri` field.
    #[must_use]
    pub fn with_uri(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.uri = value;
        self
    }
}

impl json::ToJson for AgencyPolicyResource {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "uri", &self.uri);
        json::Value::Object(map)
    }
}

impl json::FromJson for AgencyPolicyResource {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            uri: json::take(&mut map, "uri")?,
        })
    }
}

/// JSON model `AgencyPolicyRoleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyPolicyRoleOption {
    /// Required JSON field `display_name`.
    pub display_name: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// JSON field `description_cn`.
    pub description_cn: ::std::option::Option<::std::string::String>,
    /// Required JSON field `policy`.
    pub policy: AgencyPolicy,
}

impl AgencyPolicyRoleOption {
    /// Sets the `display_name` field.
    #[must_use]
    pub fn with_display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = value.into();
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = value.into();
        self
    }

    /// Sets the `description_cn` field.
    #[must_use]
    pub fn with_description_cn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description_cn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `policy` field.
    #[must_use]
    pub fn with_policy(mut self, value: AgencyPolicy) -> Self {
        self.policy = value;
        self
    }
}

impl json::ToJson for AgencyPolicyRoleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "display_name", &self.display_name);
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "description_cn", &self.description_cn);
        json::put(&mut map, "policy", &self.policy);
        json::Value::Object(map)
    }
}

/// JSON model `AgencyPolicyRoleResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyPolicyRoleResult {
    /// Required JSON field `catalog`.
    pub catalog: ::std::string::String,
    /// Required JSON field `display_name`.
    pub display_name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `policy`.
    pub policy: AgencyPolicy,
    /// JSON field `description_cn`.
    pub description_cn: ::std::option::Option<::std::string::String>,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `updated_time`.
    pub updated_time: ::std::option::Option<::std::string::String>,
    /// JSON field `created_time`.
    pub created_time: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AgencyPolicyRoleResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            catalog: json::take(&mut map, "catalog")?,
            display_name: json::take(&mut map, "display_name")?,
            description: json::take(&mut map, "description")?,
            links: json::take(&mut map, "links")?,
            policy: json::take(&mut map, "policy")?,
            description_cn: json::take(&mut map, "description_cn")?,
            domain_id: json::take(&mut map, "domain_id")?,
            r#type: json::take(&mut map, "type")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            updated_time: json::take(&mut map, "updated_time")?,
            created_time: json::take(&mut map, "created_time")?,
        })
    }
}

/// JSON model `AgencyPolicyStatement`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyPolicyStatement {
    /// Required JSON field `Action`.
    #[cfg_attr(feature = "serde", serde(rename = "Action"))]
    pub action: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `Effect`.
    #[cfg_attr(feature = "serde", serde(rename = "Effect"))]
    pub effect: ::std::string::String,
    /// JSON field `Resource`.
    #[cfg_attr(feature = "serde", serde(rename = "Resource"))]
    pub resource: ::std::option::Option<AgencyPolicyResource>,
}

impl AgencyPolicyStatement {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.action = value;
        self
    }

    /// Sets the `effect` field.
    #[must_use]
    pub fn with_effect(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.effect = value.into();
        self
    }

    /// Sets the `resource` field.
    #[must_use]
    pub fn with_resource(mut self, value: AgencyPolicyResource) -> Self {
        self.resource = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AgencyPolicyStatement {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "Action", &self.action);
        json::put(&mut map, "Effect", &self.effect);
        json::put(&mut map, "Resource", &self.resource);
        json::Value::Object(map)
    }
}

impl json::FromJson for AgencyPolicyStatement {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            action: json::take(&mut map, "Action")?,
            effect: json::take(&mut map, "Effect")?,
            resource: json::take(&mut map, "Resource")?,
        })
    }
}

/// JSON model `AgencyShowResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyShowResult {
    /// Required JSON field `create_time`.
    pub create_time: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `duration`.
    pub duration: ::std::string::String,
    /// Required JSON field `expire_time`.
    pub expire_time: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `trust_domain_id`.
    pub trust_domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `trust_domain_name`.
    pub trust_domain_name: ::std::option::Option<::std::string::String>,
    /// JSON field `agency_urn`.
    pub agency_urn: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AgencyShowResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            create_time: json::take(&mut map, "create_time")?,
            description: json::take(&mut map, "description")?,
            domain_id: json::take(&mut map, "domain_id")?,
            duration: json::take(&mut map, "duration")?,
            expire_time: json::take(&mut map, "expire_time")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            trust_domain_id: json::take(&mut map, "trust_domain_id")?,
            trust_domain_name: json::take(&mut map, "trust_domain_name")?,
            agency_urn: json::take(&mut map, "agency_urn")?,
        })
    }
}

/// JSON model `AgencyTokenAssumerole`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenAssumerole {
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `domain_name`.
    pub domain_name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `agency_name`.
    pub agency_name: ::std::string::String,
}

impl AgencyTokenAssumerole {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `domain_name` field.
    #[must_use]
    pub fn with_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `agency_name` field.
    #[must_use]
    pub fn with_agency_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_name = value.into();
        self
    }
}

impl json::ToJson for AgencyTokenAssumerole {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "domain_id", &self.domain_id);
        json::put(&mut map, "domain_name", &self.domain_name);
        json::put(&mut map, "agency_name", &self.agency_name);
        json::Value::Object(map)
    }
}

/// JSON model `AgencyTokenAuth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenAuth {
    /// Required JSON field `identity`.
    pub identity: AgencyTokenIdentity,
    /// Required JSON field `scope`.
    pub scope: AgencyTokenScope,
}

impl AgencyTokenAuth {
    /// Sets the `identity` field.
    #[must_use]
    pub fn with_identity(mut self, value: AgencyTokenIdentity) -> Self {
        self.identity = value;
        self
    }

    /// Sets the `scope` field.
    #[must_use]
    pub fn with_scope(mut self, value: AgencyTokenScope) -> Self {
        self.scope = value;
        self
    }
}

impl json::ToJson for AgencyTokenAuth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "identity", &self.identity);
        json::put(&mut map, "scope", &self.scope);
        json::Value::Object(map)
    }
}

/// JSON model `AgencyTokenDomain`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenDomain {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for AgencyTokenDomain {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `AgencyTokenIdentity`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenIdentity {
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `assume_role`.
    pub assume_role: AgencyTokenAssumerole,
}

impl AgencyTokenIdentity {
    /// Sets the `methods` field.
    #[must_use]
    pub fn with_methods(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.methods = value;
        self
    }

    /// Sets the `assume_role` field.
    #[must_use]
    pub fn with_assume_role(mut self, value: AgencyTokenAssumerole) -> Self {
        self.assume_role = value;
        self
    }
}

impl json::ToJson for AgencyTokenIdentity {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "methods", &self.methods);
        json::put(&mut map, "assume_role", &self.assume_role);
        json::Value::Object(map)
    }
}

/// JSON model `AgencyTokenProject`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenProject {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `domain`.
    pub domain: AgencyTokenProjectDomain,
}

impl json::FromJson for AgencyTokenProject {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
            domain: json::take(&mut map, "domain")?,
        })
    }
}

/// JSON model `AgencyTokenProjectDomain`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenProjectDomain {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for AgencyTokenProjectDomain {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `AgencyTokenResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenResult {
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
    /// Required JSON field `issued_at`.
    pub issued_at: ::std::string::String,
    /// Required JSON field `assumed_by`.
    pub assumed_by: AgencyAssumedby,
    /// JSON field `catalog`.
    pub catalog: ::std::option::Option<::std::vec::Vec<TokenCatalog>>,
    /// JSON field `domain`.
    pub domain: ::std::option::Option<AgencyTokenDomain>,
    /// JSON field `project`.
    pub project: ::std::option::Option<AgencyTokenProject>,
    /// Required JSON field `roles`.
    pub roles: ::std::vec::Vec<TokenRole>,
    /// Required JSON field `user`.
    pub user: AgencyTokenUser,
}

impl json::FromJson for AgencyTokenResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            methods: json::take(&mut map, "methods")?,
            expires_at: json::take(&mut map, "expires_at")?,
            issued_at: json::take(&mut map, "issued_at")?,
            assumed_by: json::take(&mut map, "assumed_by")?,
            catalog: json::take(&mut map, "catalog")?,
            domain: json::take(&mut map, "domain")?,
            project: json::take(&mut map, "project")?,
            roles: json::take(&mut map, "roles")?,
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `AgencyTokenScope`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenScope {
    /// JSON field `domain`.
    pub domain: ::std::option::Option<AgencyTokenScopeDomain>,
    /// JSON field `project`.
    pub project: ::std::option::Option<AgencyTokenScopeProject>,
}

impl AgencyTokenScope {
    /// Sets the `domain` field.
    #[must_use]
    pub fn with_domain(mut self, value: AgencyTokenScopeDomain) -> Self {
        self.domain = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `project` field.
    #[must_use]
    pub fn with_project(mut self, value: AgencyTokenScopeProject) -> Self {
        self.project = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AgencyTokenScope {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "domain", &self.domain);
        json::put(&mut map, "project", &self.project);
        json::Value::Object(map)
    }
}

/// JSON model `AgencyTokenScopeDomain`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenScopeDomain {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl AgencyTokenScopeDomain {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AgencyTokenScopeDomain {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `AgencyTokenScopeProject`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenScopeProject {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl AgencyTokenScopeProject {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AgencyTokenScopeProject {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `AgencyTokenUser`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenUser {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `domain`.
    pub domain: AgencyTokenUserDomain,
}

impl json::FromJson for AgencyTokenUser {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
            domain: json::take(&mut map, "domain")?,
        })
    }
}

/// JSON model `AgencyTokenUserDomain`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyTokenUserDomain {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl json::FromJson for AgencyTokenUserDomain {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `AgencyUpdateResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AgencyUpdateResult {
    /// Required JSON field `create_time`.
    pub create_time: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `duration`.
    pub duration: ::huaweicloud_sdk_core::json::Value,
    /// Required JSON field `expire_time`.
    pub expire_time: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `trust_domain_id`.
    pub trust_domain_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AgencyUpdateResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            create_time: json::take(&mut map, "create_time")?,
            description: json::take(&mut map, "description")?,
            domain_id: json::take(&mut map, "domain_id")?,
            duration: json::take(&mut map, "duration")?,
            expire_time: json::take(&mut map, "expire_time")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            trust_domain_id: json::take(&mut map, "trust_domain_id")?,
        })
    }
}

/// JSON model `AllowAddressNetmasksOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowAddressNetmasksOption {
    /// Required JSON field `address_netmask`.
    pub address_netmask: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl AllowAddressNetmasksOption {
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

impl json::ToJson for AllowAddressNetmasksOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "address_netmask", &self.address_netmask);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// JSON model `AllowAddressNetmasksOptionIPv6`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowAddressNetmasksOptionIPv6 {
    /// Required JSON field `address_netmask`.
    pub address_netmask: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl AllowAddressNetmasksOptionIPv6 {
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

impl json::ToJson for AllowAddressNetmasksOptionIPv6 {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "address_netmask", &self.address_netmask);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// JSON model `AllowAddressNetmasksResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowAddressNetmasksResult {
    /// Required JSON field `address_netmask`.
    pub address_netmask: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
}

impl json::FromJson for AllowAddressNetmasksResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            address_netmask: json::take(&mut map, "address_netmask")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `AllowAddressNetmasksResultIPv6`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowAddressNetmasksResultIPv6 {
    /// Required JSON field `address_netmask`.
    pub address_netmask: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AllowAddressNetmasksResultIPv6 {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            address_netmask: json::take(&mut map, "address_netmask")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `AllowIpRangesOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowIpRangesOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `ip_range`.
    pub ip_range: ::std::string::String,
}

impl AllowIpRangesOption {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip_range` field.
    #[must_use]
    pub fn with_ip_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_range = value.into();
        self
    }
}

impl json::ToJson for AllowIpRangesOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "ip_range", &self.ip_range);
        json::Value::Object(map)
    }
}

/// JSON model `AllowIpRangesOptionIPv6`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowIpRangesOptionIPv6 {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `ip_range`.
    pub ip_range: ::std::string::String,
}

impl AllowIpRangesOptionIPv6 {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip_range` field.
    #[must_use]
    pub fn with_ip_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_range = value.into();
        self
    }
}

impl json::ToJson for AllowIpRangesOptionIPv6 {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "ip_range", &self.ip_range);
        json::Value::Object(map)
    }
}

/// JSON model `AllowIpRangesResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowIpRangesResult {
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `ip_range`.
    pub ip_range: ::std::string::String,
}

impl json::FromJson for AllowIpRangesResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            ip_range: json::take(&mut map, "ip_range")?,
        })
    }
}

/// JSON model `AllowIpRangesResultIPv6`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowIpRangesResultIPv6 {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `ip_range`.
    pub ip_range: ::std::string::String,
}

impl json::FromJson for AllowIpRangesResultIPv6 {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            ip_range: json::take(&mut map, "ip_range")?,
        })
    }
}

/// JSON model `AllowUserBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowUserBody {
    /// JSON field `manage_accesskey`.
    pub manage_accesskey: ::std::option::Option<bool>,
    /// JSON field `manage_email`.
    pub manage_email: ::std::option::Option<bool>,
    /// JSON field `manage_mobile`.
    pub manage_mobile: ::std::option::Option<bool>,
    /// JSON field `manage_password`.
    pub manage_password: ::std::option::Option<bool>,
}

impl AllowUserBody {
    /// Sets the `manage_accesskey` field.
    #[must_use]
    pub fn with_manage_accesskey(mut self, value: bool) -> Self {
        self.manage_accesskey = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `manage_email` field.
    #[must_use]
    pub fn with_manage_email(mut self, value: bool) -> Self {
        self.manage_email = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `manage_mobile` field.
    #[must_use]
    pub fn with_manage_mobile(mut self, value: bool) -> Self {
        self.manage_mobile = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `manage_password` field.
    #[must_use]
    pub fn with_manage_password(mut self, value: bool) -> Self {
        self.manage_password = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AllowUserBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "manage_accesskey", &self.manage_accesskey);
        json::put(&mut map, "manage_email", &self.manage_email);
        json::put(&mut map, "manage_mobile", &self.manage_mobile);
        json::put(&mut map, "manage_password", &self.manage_password);
        json::Value::Object(map)
    }
}

impl json::FromJson for AllowUserBody {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            manage_accesskey: json::take(&mut map, "manage_accesskey")?,
            manage_email: json::take(&mut map, "manage_email")?,
            manage_mobile: json::take(&mut map, "manage_mobile")?,
            manage_password: json::take(&mut map, "manage_password")?,
        })
    }
}

/// JSON model `AllowVpcEndpointsOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowVpcEndpointsOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `vpc_endpoint_id`.
    pub vpc_endpoint_id: ::std::string::String,
}

impl AllowVpcEndpointsOption {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `vpc_endpoint_id` field.
    #[must_use]
    pub fn with_vpc_endpoint_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_endpoint_id = value.into();
        self
    }
}

impl json::ToJson for AllowVpcEndpointsOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "vpc_endpoint_id", &self.vpc_endpoint_id);
        json::Value::Object(map)
    }
}

/// JSON model `AllowVpcEndpointsResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowVpcEndpointsResult {
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `vpc_endpoint_id`.
    pub vpc_endpoint_id: ::std::string::String,
}

impl json::FromJson for AllowVpcEndpointsResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            vpc_endpoint_id: json::take(&mut map, "vpc_endpoint_id")?,
        })
    }
}

/// Request of [`IamClient::associate_agency_with_all_projects_permission`](super::IamClient::associate_agency_with_all_projects_permission): `PUT /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
///
/// Required fields: `agency_id`, `domain_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateAgencyWithAllProjectsPermissionRequest {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl AssociateAgencyWithAllProjectsPermissionRequest {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::associate_agency_with_all_projects_permission`](super::IamClient::associate_agency_with_all_projects_permission): `PUT /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateAgencyWithAllProjectsPermissionResponse {}

impl json::FromJson for AssociateAgencyWithAllProjectsPermissionResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::associate_agency_with_domain_permission`](super::IamClient::associate_agency_with_domain_permission): `PUT /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
///
/// Required fields: `domain_id`, `agency_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateAgencyWithDomainPermissionRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl AssociateAgencyWithDomainPermissionRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::associate_agency_with_domain_permission`](super::IamClient::associate_agency_with_domain_permission): `PUT /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateAgencyWithDomainPermissionResponse {}

impl json::FromJson for AssociateAgencyWithDomainPermissionResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::associate_agency_with_project_permission`](super::IamClient::associate_agency_with_project_permission): `PUT /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
///
/// Required fields: `project_id`, `agency_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateAgencyWithProjectPermissionRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl AssociateAgencyWithProjectPermissionRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }

    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::associate_agency_with_project_permission`](super::IamClient::associate_agency_with_project_permission): `PUT /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateAgencyWithProjectPermissionResponse {}

impl json::FromJson for AssociateAgencyWithProjectPermissionResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::associate_role_to_agency_on_enterprise_project`](super::IamClient::associate_role_to_agency_on_enterprise_project): `PUT /v3.0/OS-PERMISSION/subjects/agency/scopes/enterprise-project/role-assignments`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateRoleToAgencyOnEnterpriseProjectRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateAgencyEpPolicyAssignmentReqBody>,
}

impl AssociateRoleToAgencyOnEnterpriseProjectRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateAgencyEpPolicyAssignmentReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::associate_role_to_agency_on_enterprise_project`](super::IamClient::associate_role_to_agency_on_enterprise_project): `PUT /v3.0/OS-PERMISSION/subjects/agency/scopes/enterprise-project/role-assignments`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateRoleToAgencyOnEnterpriseProjectResponse {
    /// JSON field `body`.
    pub body: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AssociateRoleToAgencyOnEnterpriseProjectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            body: json::take(&mut map, "body")?,
        })
    }
}

/// Request of [`IamClient::associate_role_to_group_on_enterprise_project`](super::IamClient::associate_role_to_group_on_enterprise_project): `PUT /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}`.
///
/// Required fields: `enterprise_project_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateRoleToGroupOnEnterpriseProjectRequest {
    /// Required path parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl AssociateRoleToGroupOnEnterpriseProjectRequest {
    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::associate_role_to_group_on_enterprise_project`](super::IamClient::associate_role_to_group_on_enterprise_project): `PUT /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateRoleToGroupOnEnterpriseProjectResponse {}

impl json::FromJson for AssociateRoleToGroupOnEnterpriseProjectResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::associate_role_to_user_on_enterprise_project`](super::IamClient::associate_role_to_user_on_enterprise_project): `PUT /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles/{role_id}`.
///
/// Required fields: `enterprise_project_id`, `user_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateRoleToUserOnEnterpriseProjectRequest {
    /// Required path parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl AssociateRoleToUserOnEnterpriseProjectRequest {
    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = value.into();
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::associate_role_to_user_on_enterprise_project`](super::IamClient::associate_role_to_user_on_enterprise_project): `PUT /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateRoleToUserOnEnterpriseProjectResponse {}

impl json::FromJson for AssociateRoleToUserOnEnterpriseProjectResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AssumeroleSessionuser`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssumeroleSessionuser {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl AssumeroleSessionuser {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AssumeroleSessionuser {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `AuthProjectResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AuthProjectResult {
    /// Required JSON field `is_domain`.
    pub is_domain: bool,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `parent_id`.
    pub parent_id: ::std::string::String,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl json::FromJson for AuthProjectResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            is_domain: json::take(&mut map, "is_domain")?,
            description: json::take(&mut map, "description")?,
            links: json::take(&mut map, "links")?,
            enabled: json::take(&mut map, "enabled")?,
            id: json::take(&mut map, "id")?,
            parent_id: json::take(&mut map, "parent_id")?,
            domain_id: json::take(&mut map, "domain_id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `AuthScope`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AuthScope {
    /// JSON field `domain`.
    pub domain: ::std::option::Option<AuthScopeDomain>,
    /// JSON field `project`.
    pub project: ::std::option::Option<AuthScopeProject>,
}

impl AuthScope {
    /// Sets the `domain` field.
    #[must_use]
    pub fn with_domain(mut self, value: AuthScopeDomain) -> Self {
        self.domain = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `project` field.
    #[must_use]
    pub fn with_project(mut self, value: AuthScopeProject) -> Self {
        self.project = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AuthScope {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "domain", &self.domain);
        json::put(&mut map, "project", &self.project);
        json::Value::Object(map)
    }
}

/// JSON model `AuthScopeDomain`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AuthScopeDomain {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl AuthScopeDomain {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AuthScopeDomain {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `AuthScopeProject`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AuthScopeProject {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl AuthScopeProject {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AuthScopeProject {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `BindMfaDevice`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BindMfaDevice {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `serial_number`.
    pub serial_number: ::std::string::String,
    /// Required JSON field `authentication_code_first`.
    pub authentication_code_first: ::std::string::String,
    /// Required JSON field `authentication_code_second`.
    pub authentication_code_second: ::std::string::String,
}

impl BindMfaDevice {
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

impl json::ToJson for BindMfaDevice {
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

/// JSON model `Catalog`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Catalog {
    /// Required JSON field `endpoints`.
    pub endpoints: ::std::vec::Vec<CatalogEndpoints>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl json::FromJson for Catalog {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            endpoints: json::take(&mut map, "endpoints")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `CatalogEndpoints`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CatalogEndpoints {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `interface`.
    pub interface: ::std::string::String,
    /// Required JSON field `region`.
    pub region: ::std::string::String,
    /// Required JSON field `region_id`.
    pub region_id: ::std::string::String,
    /// Required JSON field `url`.
    pub url: ::std::string::String,
}

impl json::FromJson for CatalogEndpoints {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            interface: json::take(&mut map, "interface")?,
            region: json::take(&mut map, "region")?,
            region_id: json::take(&mut map, "region_id")?,
            url: json::take(&mut map, "url")?,
        })
    }
}

/// Request of [`IamClient::check_all_projects_permission_for_agency`](super::IamClient::check_all_projects_permission_for_agency): `HEAD /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
///
/// Required fields: `agency_id`, `domain_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CheckAllProjectsPermissionForAgencyRequest {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl CheckAllProjectsPermissionForAgencyRequest {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::check_all_projects_permission_for_agency`](super::IamClient::check_all_projects_permission_for_agency): `HEAD /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CheckAllProjectsPermissionForAgencyResponse {}

impl json::FromJson for CheckAllProjectsPermissionForAgencyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::check_domain_permission_for_agency`](super::IamClient::check_domain_permission_for_agency): `HEAD /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
///
/// Required fields: `domain_id`, `agency_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CheckDomainPermissionForAgencyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl CheckDomainPermissionForAgencyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::check_domain_permission_for_agency`](super::IamClient::check_domain_permission_for_agency): `HEAD /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CheckDomainPermissionForAgencyResponse {}

impl json::FromJson for CheckDomainPermissionForAgencyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::check_project_permission_for_agency`](super::IamClient::check_project_permission_for_agency): `HEAD /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
///
/// Required fields: `project_id`, `agency_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CheckProjectPermissionForAgencyRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl CheckProjectPermissionForAgencyRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }

    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::check_project_permission_for_agency`](super::IamClient::check_project_permission_for_agency): `HEAD /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CheckProjectPermissionForAgencyResponse {}

impl json::FromJson for CheckProjectPermissionForAgencyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Config`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Config {
    /// Required JSON field `security_compliance`.
    pub security_compliance: SecurityCompliance,
}

impl json::FromJson for Config {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_compliance: json::take(&mut map, "security_compliance")?,
        })
    }
}

/// JSON model `ConfigByOption`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ConfigByOption {
    /// JSON field `password_regex`.
    pub password_regex: ::std::option::Option<::std::string::String>,
    /// JSON field `password_regex_description`.
    pub password_regex_description: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ConfigByOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            password_regex: json::take(&mut map, "password_regex")?,
            password_regex_description: json::take(&mut map, "password_regex_description")?,
        })
    }
}

/// JSON model `ConsoleAclPolicyOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ConsoleAclPolicyOption {
    /// JSON field `allow_address_netmasks`.
    pub allow_address_netmasks: ::std::option::Option<::std::vec::Vec<AllowAddressNetmasksOption>>,
    /// JSON field `allow_ip_ranges`.
    pub allow_ip_ranges: ::std::option::Option<::std::vec::Vec<AllowIpRangesOption>>,
    /// JSON field `allow_address_netmasks_ipv6`.
    pub allow_address_netmasks_ipv6:
        ::std::option::Option<::std::vec::Vec<AllowAddressNetmasksOptionIPv6>>,
    /// JSON field `allow_ip_ranges_ipv6`.
    pub allow_ip_ranges_ipv6: ::std::option::Option<::std::vec::Vec<AllowIpRangesOptionIPv6>>,
}

impl ConsoleAclPolicyOption {
    /// Sets the `allow_address_netmasks` field.
    #[must_use]
    pub fn with_allow_address_netmasks(
        mut self,
        value: ::std::vec::Vec<AllowAddressNetmasksOption>,
    ) -> Self {
        self.allow_address_netmasks = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allow_ip_ranges` field.
    #[must_use]
    pub fn with_allow_ip_ranges(mut self, value: ::std::vec::Vec<AllowIpRangesOption>) -> Self {
        self.allow_ip_ranges = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allow_address_netmasks_ipv6` field.
    #[must_use]
    pub fn with_allow_address_netmasks_ipv6(
        mut self,
        value: ::std::vec::Vec<AllowAddressNetmasksOptionIPv6>,
    ) -> Self {
        self.allow_address_netmasks_ipv6 = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allow_ip_ranges_ipv6` field.
    #[must_use]
    pub fn with_allow_ip_ranges_ipv6(
        mut self,
        value: ::std::vec::Vec<AllowIpRangesOptionIPv6>,
    ) -> Self {
        self.allow_ip_ranges_ipv6 = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ConsoleAclPolicyOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "allow_address_netmasks",
            &self.allow_address_netmasks,
        );
        json::put(&mut map, "allow_ip_ranges", &self.allow_ip_ranges);
        json::put(
            &mut map,
            "allow_address_netmasks_ipv6",
            &self.allow_address_netmasks_ipv6,
        );
        json::put(&mut map, "allow_ip_ranges_ipv6", &self.allow_ip_ranges_ipv6);
        json::Value::Object(map)
    }
}

/// JSON model `ConsoleAclPolicyResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ConsoleAclPolicyResult {
    /// JSON field `allow_address_netmasks`.
    pub allow_address_netmasks: ::std::option::Option<::std::vec::Vec<AllowAddressNetmasksResult>>,
    /// JSON field `allow_ip_ranges`.
    pub allow_ip_ranges: ::std::option::Option<::std::vec::Vec<AllowIpRangesResult>>,
    /// JSON field `allow_address_netmasks_ipv6`.
    pub allow_address_netmasks_ipv6:
        ::std::option::Option<::std::vec::Vec<AllowAddressNetmasksResultIPv6>>,
    /// JSON field `allow_ip_ranges_ipv6`.
    pub allow_ip_ranges_ipv6: ::std::option::Option<::std::vec::Vec<AllowIpRangesResultIPv6>>,
}

impl json::FromJson for ConsoleAclPolicyResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            allow_address_netmasks: json::take(&mut map, "allow_address_netmasks")?,
            allow_ip_ranges: json::take(&mut map, "allow_ip_ranges")?,
            allow_address_netmasks_ipv6: json::take(&mut map, "allow_address_netmasks_ipv6")?,
            allow_ip_ranges_ipv6: json::take(&mut map, "allow_ip_ranges_ipv6")?,
        })
    }
}

/// Request of [`IamClient::create_agency_custom_policy`](super::IamClient::create_agency_custom_policy): `POST /v3.0/OS-ROLE/roles`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyCustomPolicyRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateAgencyCustomPolicyRequestBody>,
}

impl CreateAgencyCustomPolicyRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateAgencyCustomPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateAgencyCustomPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyCustomPolicyRequestBody {
    /// Required JSON field `role`.
    pub role: AgencyPolicyRoleOption,
}

impl CreateAgencyCustomPolicyRequestBody {
    /// Sets the `role` field.
    #[must_use]
    pub fn with_role(mut self, value: AgencyPolicyRoleOption) -> Self {
        self.role = value;
        self
    }
}

impl json::ToJson for CreateAgencyCustomPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "role", &self.role);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::create_agency_custom_policy`](super::IamClient::create_agency_custom_policy): `POST /v3.0/OS-ROLE/roles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyCustomPolicyResponse {
    /// JSON field `role`.
    pub role: ::std::option::Option<AgencyPolicyRoleResult>,
}

impl json::FromJson for CreateAgencyCustomPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            role: json::take(&mut map, "role")?,
        })
    }
}

/// JSON model `CreateAgencyEpPolicyAssignmentReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyEpPolicyAssignmentReqBody {
    /// Required JSON field `role_assignments`.
    pub role_assignments: ::std::vec::Vec<CreateAgencyEpPolicyAssignmentReqBodyRoleAssignments>,
}

impl CreateAgencyEpPolicyAssignmentReqBody {
    /// Sets the `role_assignments` field.
    #[must_use]
    pub fn with_role_assignments(
        mut self,
        value: ::std::vec::Vec<CreateAgencyEpPolicyAssignmentReqBodyRoleAssignments>,
    ) -> Self {
        self.role_assignments = value;
        self
    }
}

impl json::ToJson for CreateAgencyEpPolicyAssignmentReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "role_assignments", &self.role_assignments);
        json::Value::Object(map)
    }
}

/// JSON model `CreateAgencyEpPolicyAssignmentReqBodyRoleAssignments`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyEpPolicyAssignmentReqBodyRoleAssignments {
    /// Required JSON field `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `role_id`.
    pub role_id: ::std::string::String,
}

impl CreateAgencyEpPolicyAssignmentReqBodyRoleAssignments {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

impl json::ToJson for CreateAgencyEpPolicyAssignmentReqBodyRoleAssignments {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "agency_id", &self.agency_id);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "role_id", &self.role_id);
        json::Value::Object(map)
    }
}

/// JSON model `CreateAgencyOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// JSON field `trust_domain_id`.
    pub trust_domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `trust_domain_name`.
    pub trust_domain_name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `duration`.
    pub duration: ::std::option::Option<::huaweicloud_sdk_core::json::Value>,
}

impl CreateAgencyOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `trust_domain_id` field.
    #[must_use]
    pub fn with_trust_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trust_domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `trust_domain_name` field.
    #[must_use]
    pub fn with_trust_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trust_domain_name = ::std::option::Option::Some(value.into());
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

    /// Sets the `duration` field.
    #[must_use]
    pub fn with_duration(mut self, value: ::huaweicloud_sdk_core::json::Value) -> Self {
        self.duration = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateAgencyOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "domain_id", &self.domain_id);
        json::put(&mut map, "trust_domain_id", &self.trust_domain_id);
        json::put(&mut map, "trust_domain_name", &self.trust_domain_name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "duration", &self.duration);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_agency`](super::IamClient::create_agency): `POST /v3.0/OS-AGENCY/agencies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateAgencyRequestBody>,
}

impl CreateAgencyRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateAgencyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateAgencyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyRequestBody {
    /// Required JSON field `agency`.
    pub agency: CreateAgencyOption,
}

impl CreateAgencyRequestBody {
    /// Sets the `agency` field.
    #[must_use]
    pub fn with_agency(mut self, value: CreateAgencyOption) -> Self {
        self.agency = value;
        self
    }
}

impl json::ToJson for CreateAgencyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "agency", &self.agency);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::create_agency`](super::IamClient::create_agency): `POST /v3.0/OS-AGENCY/agencies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAgencyResponse {
    /// JSON field `agency`.
    pub agency: ::std::option::Option<AgencyCreateResult>,
}

impl json::FromJson for CreateAgencyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            agency: json::take(&mut map, "agency")?,
        })
    }
}

/// Request of [`IamClient::create_binding_device`](super::IamClient::create_binding_device): `PUT /v3.0/OS-MFA/mfa-devices/bind`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateBindingDeviceRequest {
    /// Request body.
    pub body: ::std::option::Option<BindMfaDevice>,
}

impl CreateBindingDeviceRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BindMfaDevice) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_binding_device`](super::IamClient::create_binding_device): `PUT /v3.0/OS-MFA/mfa-devices/bind`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateBindingDeviceResponse {}

impl json::FromJson for CreateBindingDeviceResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::create_cloud_service_custom_policy`](super::IamClient::create_cloud_service_custom_policy): `POST /v3.0/OS-ROLE/roles`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateCloudServiceCustomPolicyRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateCloudServiceCustomPolicyRequestBody>,
}

impl CreateCloudServiceCustomPolicyRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateCloudServiceCustomPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateCloudServiceCustomPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateCloudServiceCustomPolicyRequestBody {
    /// Required JSON field `role`.
    pub role: ServicePolicyRoleOption,
}

impl CreateCloudServiceCustomPolicyRequestBody {
    /// Sets the `role` field.
    #[must_use]
    pub fn with_role(mut self, value: ServicePolicyRoleOption) -> Self {
        self.role = value;
        self
    }
}

impl json::ToJson for CreateCloudServiceCustomPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "role", &self.role);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::create_cloud_service_custom_policy`](super::IamClient::create_cloud_service_custom_policy): `POST /v3.0/OS-ROLE/roles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateCloudServiceCustomPolicyResponse {
    /// JSON field `role`.
    pub role: ::std::option::Option<ServicePolicyRoleResult>,
}

impl json::FromJson for CreateCloudServiceCustomPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            role: json::take(&mut map, "role")?,
        })
    }
}

/// JSON model `CreateCredentialOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateCredentialOption {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl CreateCredentialOption {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
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

impl json::ToJson for CreateCredentialOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user_id", &self.user_id);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// JSON model `CreateCredentialResult`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateCredentialResult {
    /// Required JSON field `create_time`.
    pub create_time: ::std::string::String,
    /// Required JSON field `access`.
    pub access: ::std::string::String,
    /// Required JSON field `secret`. Debug output hides its value.
    pub secret: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
}

impl ::std::fmt::Debug for CreateCredentialResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateCredentialResult")
            .field("create_time", &self.create_time)
            .field("access", &self.access)
            .field("secret", &"<redacted>")
            .field("status", &self.status)
            .field("user_id", &self.user_id)
            .field("description", &self.description)
            .finish()
    }
}

impl json::FromJson for CreateCredentialResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            create_time: json::take(&mut map, "create_time")?,
            access: json::take(&mut map, "access")?,
            secret: json::take(&mut map, "secret")?,
            status: json::take(&mut map, "status")?,
            user_id: json::take(&mut map, "user_id")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// Request of [`IamClient::create_login_token`](super::IamClient::create_login_token): `POST /v3.0/OS-AUTH/securitytoken/logintokens`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateLoginTokenRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateLoginTokenRequestBody>,
}

impl CreateLoginTokenRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateLoginTokenRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateLoginTokenRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateLoginTokenRequestBody {
    /// Required JSON field `auth`.
    pub auth: LoginTokenAuth,
}

impl CreateLoginTokenRequestBody {
    /// Sets the `auth` field.
    #[must_use]
    pub fn with_auth(mut self, value: LoginTokenAuth) -> Self {
        self.auth = value;
        self
    }
}

impl json::ToJson for CreateLoginTokenRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auth", &self.auth);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::create_login_token`](super::IamClient::create_login_token): `POST /v3.0/OS-AUTH/securitytoken/logintokens`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateLoginTokenResponse {
    /// JSON field `logintoken`.
    pub logintoken: ::std::option::Option<LoginToken>,
    /// Value of the `X-Subject-LoginToken` response header. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Subject-LoginToken"))]
    pub x_subject_login_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateLoginTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateLoginTokenResponse")
            .field("logintoken", &self.logintoken)
            .field(
                "x_subject_login_token",
                &self.x_subject_login_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl json::FromJson for CreateLoginTokenResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            logintoken: json::take(&mut map, "logintoken")?,
            x_subject_login_token: json::take(&mut map, "x_subject_login_token")?,
        })
    }
}

/// Request of [`IamClient::create_metadata`](super::IamClient::create_metadata): `POST /v3-ext/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/metadata`.
///
/// Required fields: `idp_id`, `protocol_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateMetadataRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
    /// Required path parameter `protocol_id`.
    pub protocol_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreateMetadataRequestBody>,
}

impl CreateMetadataRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }

    /// Sets the `protocol_id` field.
    #[must_use]
    pub fn with_protocol_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateMetadataRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateMetadataRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateMetadataRequestBody {
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `xaccount_type`.
    pub xaccount_type: ::std::string::String,
    /// Required JSON field `metadata`.
    pub metadata: ::std::string::String,
}

impl CreateMetadataRequestBody {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `xaccount_type` field.
    #[must_use]
    pub fn with_xaccount_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.xaccount_type = value.into();
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metadata = value.into();
        self
    }
}

impl json::ToJson for CreateMetadataRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "domain_id", &self.domain_id);
        json::put(&mut map, "xaccount_type", &self.xaccount_type);
        json::put(&mut map, "metadata", &self.metadata);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::create_metadata`](super::IamClient::create_metadata): `POST /v3-ext/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/metadata`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateMetadataResponse {
    /// JSON field `message`.
    pub message: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateMetadataResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            message: json::take(&mut map, "message")?,
        })
    }
}

/// JSON model `CreateMfaDevice`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateMfaDevice {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
}

impl CreateMfaDevice {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

impl json::ToJson for CreateMfaDevice {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "user_id", &self.user_id);
        json::Value::Object(map)
    }
}

/// JSON model `CreateMfaDeviceReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateMfaDeviceReq {
    /// Required JSON field `virtual_mfa_device`.
    pub virtual_mfa_device: CreateMfaDevice,
}

impl CreateMfaDeviceReq {
    /// Sets the `virtual_mfa_device` field.
    #[must_use]
    pub fn with_virtual_mfa_device(mut self, value: CreateMfaDevice) -> Self {
        self.virtual_mfa_device = value;
        self
    }
}

impl json::ToJson for CreateMfaDeviceReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "virtual_mfa_device", &self.virtual_mfa_device);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_mfa_device`](super::IamClient::create_mfa_device): `POST /v3.0/OS-MFA/virtual-mfa-devices`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateMfaDeviceRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateMfaDeviceReq>,
}

impl CreateMfaDeviceRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateMfaDeviceReq) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateMfaDeviceRespon`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateMfaDeviceRespon {
    /// Required JSON field `serial_number`.
    pub serial_number: ::std::string::String,
    /// Required JSON field `base32_string_seed`.
    pub base32_string_seed: ::std::string::String,
}

impl json::FromJson for CreateMfaDeviceRespon {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            serial_number: json::take(&mut map, "serial_number")?,
            base32_string_seed: json::take(&mut map, "base32_string_seed")?,
        })
    }
}

/// Response of [`IamClient::create_mfa_device`](super::IamClient::create_mfa_device): `POST /v3.0/OS-MFA/virtual-mfa-devices`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateMfaDeviceResponse {
    /// JSON field `virtual_mfa_device`.
    pub virtual_mfa_device: ::std::option::Option<CreateMfaDeviceRespon>,
}

impl json::FromJson for CreateMfaDeviceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            virtual_mfa_device: json::take(&mut map, "virtual_mfa_device")?,
        })
    }
}

/// JSON model `CreateOpenIdConnectConfig`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateOpenIdConnectConfig {
    /// Required JSON field `access_mode`.
    pub access_mode: ::std::string::String,
    /// Required JSON field `idp_url`.
    pub idp_url: ::std::string::String,
    /// Required JSON field `client_id`.
    pub client_id: ::std::string::String,
    /// JSON field `authorization_endpoint`.
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    /// JSON field `scope`.
    pub scope: ::std::option::Option<::std::string::String>,
    /// JSON field `response_type`.
    pub response_type: ::std::option::Option<::std::string::String>,
    /// JSON field `response_mode`.
    pub response_mode: ::std::option::Option<::std::string::String>,
    /// Required JSON field `signing_key`. Debug output hides its value.
    pub signing_key: ::std::string::String,
}

impl ::std::fmt::Debug for CreateOpenIdConnectConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateOpenIdConnectConfig")
            .field("access_mode", &self.access_mode)
            .field("idp_url", &self.idp_url)
            .field("client_id", &self.client_id)
            .field("authorization_endpoint", &self.authorization_endpoint)
            .field("scope", &self.scope)
            .field("response_type", &self.response_type)
            .field("response_mode", &self.response_mode)
            .field("signing_key", &"<redacted>")
            .finish()
    }
}

impl CreateOpenIdConnectConfig {
    /// Sets the `access_mode` field.
    #[must_use]
    pub fn with_access_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_mode = value.into();
        self
    }

    /// Sets the `idp_url` field.
    #[must_use]
    pub fn with_idp_url(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_url = value.into();
        self
    }

    /// Sets the `client_id` field.
    #[must_use]
    pub fn with_client_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_id = value.into();
        self
    }

    /// Sets the `authorization_endpoint` field.
    #[must_use]
    pub fn with_authorization_endpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorization_endpoint = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `scope` field.
    #[must_use]
    pub fn with_scope(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.scope = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `response_type` field.
    #[must_use]
    pub fn with_response_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `response_mode` field.
    #[must_use]
    pub fn with_response_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `signing_key` field.
    #[must_use]
    pub fn with_signing_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.signing_key = value.into();
        self
    }
}

impl json::ToJson for CreateOpenIdConnectConfig {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "access_mode", &self.access_mode);
        json::put(&mut map, "idp_url", &self.idp_url);
        json::put(&mut map, "client_id", &self.client_id);
        json::put(
            &mut map,
            "authorization_endpoint",
            &self.authorization_endpoint,
        );
        json::put(&mut map, "scope", &self.scope);
        json::put(&mut map, "response_type", &self.response_type);
        json::put(&mut map, "response_mode", &self.response_mode);
        json::put(&mut map, "signing_key", &self.signing_key);
        json::Value::Object(map)
    }
}

impl json::FromJson for CreateOpenIdConnectConfig {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            access_mode: json::take(&mut map, "access_mode")?,
            idp_url: json::take(&mut map, "idp_url")?,
            client_id: json::take(&mut map, "client_id")?,
            authorization_endpoint: json::take(&mut map, "authorization_endpoint")?,
            scope: json::take(&mut map, "scope")?,
            response_type: json::take(&mut map, "response_type")?,
            response_mode: json::take(&mut map, "response_mode")?,
            signing_key: json::take(&mut map, "signing_key")?,
        })
    }
}

/// Request of [`IamClient::create_open_id_connect_config`](super::IamClient::create_open_id_connect_config): `POST /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
///
/// Required fields: `idp_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateOpenIdConnectConfigRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreateOpenIdConnectConfigRequestBody>,
}

impl CreateOpenIdConnectConfigRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateOpenIdConnectConfigRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateOpenIdConnectConfigRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateOpenIdConnectConfigRequestBody {
    /// Required JSON field `openid_connect_config`.
    pub openid_connect_config: CreateOpenIdConnectConfig,
}

impl CreateOpenIdConnectConfigRequestBody {
    /// Sets the `openid_connect_config` field.
    #[must_use]
    pub fn with_openid_connect_config(mut self, value: CreateOpenIdConnectConfig) -> Self {
        self.openid_connect_config = value;
        self
    }
}

impl json::ToJson for CreateOpenIdConnectConfigRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "openid_connect_config",
            &self.openid_connect_config,
        );
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::create_open_id_connect_config`](super::IamClient::create_open_id_connect_config): `POST /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateOpenIdConnectConfigResponse {
    /// JSON field `openid_connect_config`.
    pub openid_connect_config: ::std::option::Option<CreateOpenIdConnectConfig>,
}

impl json::FromJson for CreateOpenIdConnectConfigResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            openid_connect_config: json::take(&mut map, "openid_connect_config")?,
        })
    }
}

/// JSON model `CreateOrDelAgencyEpPolicyAssignmentReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateOrDelAgencyEpPolicyAssignmentReqBody {
    /// Required JSON field `role_assignments`.
    pub role_assignments: ::std::vec::Vec<CreateAgencyEpPolicyAssignmentReqBodyRoleAssignments>,
}

impl CreateOrDelAgencyEpPolicyAssignmentReqBody {
    /// Sets the `role_assignments` field.
    #[must_use]
    pub fn with_role_assignments(
        mut self,
        value: ::std::vec::Vec<CreateAgencyEpPolicyAssignmentReqBodyRoleAssignments>,
    ) -> Self {
        self.role_assignments = value;
        self
    }
}

impl json::ToJson for CreateOrDelAgencyEpPolicyAssignmentReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "role_assignments", &self.role_assignments);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_permanent_access_key`](super::IamClient::create_permanent_access_key): `POST /v3.0/OS-CREDENTIAL/credentials`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePermanentAccessKeyRequest {
    /// Request body.
    pub body: ::std::option::Option<CreatePermanentAccessKeyRequestBody>,
}

impl CreatePermanentAccessKeyRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreatePermanentAccessKeyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreatePermanentAccessKeyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePermanentAccessKeyRequestBody {
    /// Required JSON field `credential`.
    pub credential: CreateCredentialOption,
}

impl CreatePermanentAccessKeyRequestBody {
    /// Sets the `credential` field.
    #[must_use]
    pub fn with_credential(mut self, value: CreateCredentialOption) -> Self {
        self.credential = value;
        self
    }
}

impl json::ToJson for CreatePermanentAccessKeyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "credential", &self.credential);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::create_permanent_access_key`](super::IamClient::create_permanent_access_key): `POST /v3.0/OS-CREDENTIAL/credentials`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePermanentAccessKeyResponse {
    /// JSON field `credential`.
    pub credential: ::std::option::Option<CreateCredentialResult>,
}

impl json::FromJson for CreatePermanentAccessKeyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            credential: json::take(&mut map, "credential")?,
        })
    }
}

/// Request of [`IamClient::create_temporary_access_key_by_agency`](super::IamClient::create_temporary_access_key_by_agency): `POST /v3.0/OS-CREDENTIAL/securitytokens`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTemporaryAccessKeyByAgencyRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateTemporaryAccessKeyByAgencyRequestBody>,
}

impl CreateTemporaryAccessKeyByAgencyRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateTemporaryAccessKeyByAgencyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateTemporaryAccessKeyByAgencyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTemporaryAccessKeyByAgencyRequestBody {
    /// Required JSON field `auth`.
    pub auth: AgencyAuth,
}

impl CreateTemporaryAccessKeyByAgencyRequestBody {
    /// Sets the `auth` field.
    #[must_use]
    pub fn with_auth(mut self, value: AgencyAuth) -> Self {
        self.auth = value;
        self
    }
}

impl json::ToJson for CreateTemporaryAccessKeyByAgencyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auth", &self.auth);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::create_temporary_access_key_by_agency`](super::IamClient::create_temporary_access_key_by_agency): `POST /v3.0/OS-CREDENTIAL/securitytokens`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTemporaryAccessKeyByAgencyResponse {
    /// JSON field `credential`.
    pub credential: ::std::option::Option<Credential>,
}

impl json::FromJson for CreateTemporaryAccessKeyByAgencyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            credential: json::take(&mut map, "credential")?,
        })
    }
}

/// Request of [`IamClient::create_temporary_access_key_by_token`](super::IamClient::create_temporary_access_key_by_token): `POST /v3.0/OS-CREDENTIAL/securitytokens`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTemporaryAccessKeyByTokenRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateTemporaryAccessKeyByTokenRequestBody>,
}

impl CreateTemporaryAccessKeyByTokenRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateTemporaryAccessKeyByTokenRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateTemporaryAccessKeyByTokenRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTemporaryAccessKeyByTokenRequestBody {
    /// Required JSON field `auth`.
    pub auth: TokenAuth,
}

impl CreateTemporaryAccessKeyByTokenRequestBody {
    /// Sets the `auth` field.
    #[must_use]
    pub fn with_auth(mut self, value: TokenAuth) -> Self {
        self.auth = value;
        self
    }
}

impl json::ToJson for CreateTemporaryAccessKeyByTokenRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auth", &self.auth);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::create_temporary_access_key_by_token`](super::IamClient::create_temporary_access_key_by_token): `POST /v3.0/OS-CREDENTIAL/securitytokens`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTemporaryAccessKeyByTokenResponse {
    /// JSON field `credential`.
    pub credential: ::std::option::Option<Credential>,
}

impl json::FromJson for CreateTemporaryAccessKeyByTokenResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            credential: json::take(&mut map, "credential")?,
        })
    }
}

/// Request of [`IamClient::create_token_with_id_token`](super::IamClient::create_token_with_id_token): `POST /v3.0/OS-AUTH/id-token/tokens`.
///
/// Required fields: `x_idp_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTokenWithIdTokenRequest {
    /// Required header `X-Idp-Id`.
    #[cfg_attr(feature = "serde", serde(rename = "X-Idp-Id"))]
    pub x_idp_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<GetIdTokenRequestBody>,
}

impl CreateTokenWithIdTokenRequest {
    /// Sets the `x_idp_id` field.
    #[must_use]
    pub fn with_x_idp_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_idp_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: GetIdTokenRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::create_token_with_id_token`](super::IamClient::create_token_with_id_token): `POST /v3.0/OS-AUTH/id-token/tokens`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTokenWithIdTokenResponse {
    /// JSON field `token`.
    pub token: ::std::option::Option<ScopedTokenInfo>,
    /// Value of the `X-Subject-Token` response header. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Subject-Token"))]
    pub x_subject_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateTokenWithIdTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateTokenWithIdTokenResponse")
            .field("token", &self.token)
            .field(
                "x_subject_token",
                &self.x_subject_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl json::FromJson for CreateTokenWithIdTokenResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            token: json::take(&mut map, "token")?,
            x_subject_token: json::take(&mut map, "x_subject_token")?,
        })
    }
}

/// Request of [`IamClient::create_unscope_token_by_idp_initiated`](super::IamClient::create_unscope_token_by_idp_initiated): `POST /v3.0/OS-FEDERATION/tokens`.
///
/// Required fields: `x_idp_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUnscopeTokenByIdpInitiatedRequest {
    /// Required header `X-Idp-Id`.
    #[cfg_attr(feature = "serde", serde(rename = "X-Idp-Id"))]
    pub x_idp_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreateUnscopeTokenByIdpInitiatedRequestBody>,
}

impl CreateUnscopeTokenByIdpInitiatedRequest {
    /// Sets the `x_idp_id` field.
    #[must_use]
    pub fn with_x_idp_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_idp_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateUnscopeTokenByIdpInitiatedRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Form body `CreateUnscopeTokenByIdpInitiatedRequestBody`: each field is sent as one form part.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUnscopeTokenByIdpInitiatedRequestBody {
    /// Required form part `SAMLResponse`.
    #[cfg_attr(feature = "serde", serde(rename = "SAMLResponse"))]
    pub saml_response: ::std::string::String,
}

impl CreateUnscopeTokenByIdpInitiatedRequestBody {
    /// Sets the `saml_response` field.
    #[must_use]
    pub fn with_saml_response(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.saml_response = value.into();
        self
    }
}

/// Response of [`IamClient::create_unscope_token_by_idp_initiated`](super::IamClient::create_unscope_token_by_idp_initiated): `POST /v3.0/OS-FEDERATION/tokens`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUnscopeTokenByIdpInitiatedResponse {
    /// JSON field `token`.
    pub token: ::std::option::Option<IdpToken>,
    /// Value of the `X-Subject-Token` response header. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Subject-Token"))]
    pub x_subject_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateUnscopeTokenByIdpInitiatedResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateUnscopeTokenByIdpInitiatedResponse")
            .field("token", &self.token)
            .field(
                "x_subject_token",
                &self.x_subject_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl json::FromJson for CreateUnscopeTokenByIdpInitiatedResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            token: json::take(&mut map, "token")?,
            x_subject_token: json::take(&mut map, "x_subject_token")?,
        })
    }
}

/// Request of [`IamClient::create_unscoped_token_with_id_token`](super::IamClient::create_unscoped_token_with_id_token): `POST /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/auth`.
///
/// Required fields: `idp_id`, `protocol_id`, `authorization`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUnscopedTokenWithIdTokenRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
    /// Required path parameter `protocol_id`.
    pub protocol_id: ::std::string::String,
    /// Required header `Authorization`.
    #[cfg_attr(feature = "serde", serde(rename = "Authorization"))]
    pub authorization: ::std::string::String,
}

impl CreateUnscopedTokenWithIdTokenRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }

    /// Sets the `protocol_id` field.
    #[must_use]
    pub fn with_protocol_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol_id = value.into();
        self
    }

    /// Sets the `authorization` field.
    #[must_use]
    pub fn with_authorization(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorization = value.into();
        self
    }
}

/// Response of [`IamClient::create_unscoped_token_with_id_token`](super::IamClient::create_unscoped_token_with_id_token): `POST /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/auth`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUnscopedTokenWithIdTokenResponse {
    /// JSON field `token`.
    pub token: ::std::option::Option<UnscopedTokenInfo>,
    /// Value of the `X-Subject-Token` response header. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Subject-Token"))]
    pub x_subject_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateUnscopedTokenWithIdTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateUnscopedTokenWithIdTokenResponse")
            .field("token", &self.token)
            .field(
                "x_subject_token",
                &self.x_subject_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl json::FromJson for CreateUnscopedTokenWithIdTokenResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            token: json::take(&mut map, "token")?,
            x_subject_token: json::take(&mut map, "x_subject_token")?,
        })
    }
}

/// JSON model `CreateUserOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUserOption {
    /// JSON field `access_mode`.
    pub access_mode: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// JSON field `password`. Debug output hides its value.
    pub password: ::std::option::Option<::std::string::String>,
    /// JSON field `email`.
    pub email: ::std::option::Option<::std::string::String>,
    /// JSON field `areacode`.
    pub areacode: ::std::option::Option<::std::string::String>,
    /// JSON field `phone`.
    pub phone: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
    /// JSON field `xuser_type`.
    pub xuser_type: ::std::option::Option<::std::string::String>,
    /// JSON field `xuser_id`.
    pub xuser_id: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateUserOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateUserOption")
            .field("access_mode", &self.access_mode)
            .field("name", &self.name)
            .field("domain_id", &self.domain_id)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("email", &self.email)
            .field("areacode", &self.areacode)
            .field("phone", &self.phone)
            .field("enabled", &self.enabled)
            .field("pwd_status", &self.pwd_status)
            .field("xuser_type", &self.xuser_type)
            .field("xuser_id", &self.xuser_id)
            .field("description", &self.description)
            .finish()
    }
}

impl CreateUserOption {
    /// Sets the `access_mode` field.
    #[must_use]
    pub fn with_access_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `password` field.
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `email` field.
    #[must_use]
    pub fn with_email(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `areacode` field.
    #[must_use]
    pub fn with_areacode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.areacode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `phone` field.
    #[must_use]
    pub fn with_phone(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.phone = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `pwd_status` field.
    #[must_use]
    pub fn with_pwd_status(mut self, value: bool) -> Self {
        self.pwd_status = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `xuser_type` field.
    #[must_use]
    pub fn with_xuser_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.xuser_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `xuser_id` field.
    #[must_use]
    pub fn with_xuser_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.xuser_id = ::std::option::Option::Some(value.into());
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

impl json::ToJson for CreateUserOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "access_mode", &self.access_mode);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "domain_id", &self.domain_id);
        json::put(&mut map, "password", &self.password);
        json::put(&mut map, "email", &self.email);
        json::put(&mut map, "areacode", &self.areacode);
        json::put(&mut map, "phone", &self.phone);
        json::put(&mut map, "enabled", &self.enabled);
        json::put(&mut map, "pwd_status", &self.pwd_status);
        json::put(&mut map, "xuser_type", &self.xuser_type);
        json::put(&mut map, "xuser_id", &self.xuser_id);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::create_user`](super::IamClient::create_user): `POST /v3.0/OS-USER/users`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUserRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateUserRequestBody>,
}

impl CreateUserRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateUserRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateUserRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUserRequestBody {
    /// Required JSON field `user`.
    pub user: CreateUserOption,
}

impl CreateUserRequestBody {
    /// Sets the `user` field.
    #[must_use]
    pub fn with_user(mut self, value: CreateUserOption) -> Self {
        self.user = value;
        self
    }
}

impl json::ToJson for CreateUserRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user", &self.user);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::create_user`](super::IamClient::create_user): `POST /v3.0/OS-USER/users`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUserResponse {
    /// JSON field `user`.
    pub user: ::std::option::Option<CreateUserResult>,
}

impl json::FromJson for CreateUserResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `CreateUserResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateUserResult {
    /// JSON field `access_mode`.
    pub access_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<i64>,
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
    /// JSON field `xuser_id`.
    pub xuser_id: ::std::option::Option<::std::string::String>,
    /// JSON field `xuser_type`.
    pub xuser_type: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `phone`.
    pub phone: ::std::option::Option<::std::string::String>,
    /// JSON field `is_domain_owner`.
    pub is_domain_owner: ::std::option::Option<bool>,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// JSON field `areacode`.
    pub areacode: ::std::option::Option<::std::string::String>,
    /// JSON field `email`.
    pub email: ::std::option::Option<::std::string::String>,
    /// JSON field `create_time`.
    pub create_time: ::std::option::Option<::std::string::String>,
    /// JSON field `xdomain_id`.
    pub xdomain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `xdomain_type`.
    pub xdomain_type: ::std::option::Option<::std::string::String>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// JSON field `password_expires_at`.
    pub password_expires_at: ::std::option::Option<::std::string::String>,
    /// JSON field `default_project_id`.
    pub default_project_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateUserResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            access_mode: json::take(&mut map, "access_mode")?,
            status: json::take(&mut map, "status")?,
            pwd_status: json::take(&mut map, "pwd_status")?,
            xuser_id: json::take(&mut map, "xuser_id")?,
            xuser_type: json::take(&mut map, "xuser_type")?,
            description: json::take(&mut map, "description")?,
            name: json::take(&mut map, "name")?,
            phone: json::take(&mut map, "phone")?,
            is_domain_owner: json::take(&mut map, "is_domain_owner")?,
            domain_id: json::take(&mut map, "domain_id")?,
            enabled: json::take(&mut map, "enabled")?,
            areacode: json::take(&mut map, "areacode")?,
            email: json::take(&mut map, "email")?,
            create_time: json::take(&mut map, "create_time")?,
            xdomain_id: json::take(&mut map, "xdomain_id")?,
            xdomain_type: json::take(&mut map, "xdomain_type")?,
            id: json::take(&mut map, "id")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
            default_project_id: json::take(&mut map, "default_project_id")?,
        })
    }
}

/// JSON model `Credential`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Credential {
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
    /// Required JSON field `access`.
    pub access: ::std::string::String,
    /// Required JSON field `secret`. Debug output hides its value.
    pub secret: ::std::string::String,
    /// Required JSON field `securitytoken`. Debug output hides its value.
    pub securitytoken: ::std::string::String,
}

impl ::std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Credential")
            .field("expires_at", &self.expires_at)
            .field("access", &self.access)
            .field("secret", &"<redacted>")
            .field("securitytoken", &"<redacted>")
            .finish()
    }
}

impl json::FromJson for Credential {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            expires_at: json::take(&mut map, "expires_at")?,
            access: json::take(&mut map, "access")?,
            secret: json::take(&mut map, "secret")?,
            securitytoken: json::take(&mut map, "securitytoken")?,
        })
    }
}

/// JSON model `Credentials`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Credentials {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `access`.
    pub access: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `create_time`.
    pub create_time: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
}

impl json::FromJson for Credentials {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_id: json::take(&mut map, "user_id")?,
            access: json::take(&mut map, "access")?,
            status: json::take(&mut map, "status")?,
            create_time: json::take(&mut map, "create_time")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `CustomPolicy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CustomPolicy {
    /// Required JSON field `Version`.
    #[cfg_attr(feature = "serde", serde(rename = "Version"))]
    pub version: ::std::string::String,
    /// Required JSON field `Statement`.
    #[cfg_attr(feature = "serde", serde(rename = "Statement"))]
    pub statement: ::std::vec::Vec<CustomStatement>,
}

impl json::FromJson for CustomPolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            version: json::take(&mut map, "Version")?,
            statement: json::take(&mut map, "Statement")?,
        })
    }
}

/// JSON model `CustomStatement`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CustomStatement {
    /// Required JSON field `Action`.
    #[cfg_attr(feature = "serde", serde(rename = "Action"))]
    pub action: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `Effect`.
    #[cfg_attr(feature = "serde", serde(rename = "Effect"))]
    pub effect: ::std::string::String,
    /// JSON field `Condition`.
    #[cfg_attr(feature = "serde", serde(rename = "Condition"))]
    pub condition: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    >,
    /// JSON field `Resource`.
    #[cfg_attr(feature = "serde", serde(rename = "Resource"))]
    pub resource: ::std::option::Option<::huaweicloud_sdk_core::json::Value>,
}

impl json::FromJson for CustomStatement {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            action: json::take(&mut map, "Action")?,
            effect: json::take(&mut map, "Effect")?,
            condition: json::take(&mut map, "Condition")?,
            resource: json::take(&mut map, "Resource")?,
        })
    }
}

/// Request of [`IamClient::delete_agency`](super::IamClient::delete_agency): `DELETE /v3.0/OS-AGENCY/agencies/{agency_id}`.
///
/// Required fields: `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteAgencyRequest {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
}

impl DeleteAgencyRequest {
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

/// Response of [`IamClient::delete_agency`](super::IamClient::delete_agency): `DELETE /v3.0/OS-AGENCY/agencies/{agency_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteAgencyResponse {}

impl json::FromJson for DeleteAgencyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_binding_device`](super::IamClient::delete_binding_device): `PUT /v3.0/OS-MFA/mfa-devices/unbind`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteBindingDeviceRequest {
    /// Request body.
    pub body: ::std::option::Option<UnbindMfaDevice>,
}

impl DeleteBindingDeviceRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UnbindMfaDevice) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::delete_binding_device`](super::IamClient::delete_binding_device): `PUT /v3.0/OS-MFA/mfa-devices/unbind`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteBindingDeviceResponse {}

impl json::FromJson for DeleteBindingDeviceResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_custom_policy`](super::IamClient::delete_custom_policy): `DELETE /v3.0/OS-ROLE/roles/{role_id}`.
///
/// Required fields: `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteCustomPolicyRequest {
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl DeleteCustomPolicyRequest {
    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_custom_policy`](super::IamClient::delete_custom_policy): `DELETE /v3.0/OS-ROLE/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteCustomPolicyResponse {
    /// JSON field `message`.
    pub message: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteCustomPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            message: json::take(&mut map, "message")?,
        })
    }
}

/// Request of [`IamClient::delete_domain_group_inherited_role`](super::IamClient::delete_domain_group_inherited_role): `DELETE /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
///
/// Required fields: `domain_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteDomainGroupInheritedRoleRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl DeleteDomainGroupInheritedRoleRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::delete_domain_group_inherited_role`](super::IamClient::delete_domain_group_inherited_role): `DELETE /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteDomainGroupInheritedRoleResponse {}

impl json::FromJson for DeleteDomainGroupInheritedRoleResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_mfa_device`](super::IamClient::delete_mfa_device): `DELETE /v3.0/OS-MFA/virtual-mfa-devices`.
///
/// Required fields: `user_id`, `serial_number`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteMfaDeviceRequest {
    /// Required query parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Required query parameter `serial_number`.
    pub serial_number: ::std::string::String,
}

impl DeleteMfaDeviceRequest {
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

/// Response of [`IamClient::delete_mfa_device`](super::IamClient::delete_mfa_device): `DELETE /v3.0/OS-MFA/virtual-mfa-devices`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteMfaDeviceResponse {}

impl json::FromJson for DeleteMfaDeviceResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::delete_permanent_access_key`](super::IamClient::delete_permanent_access_key): `DELETE /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
///
/// Required fields: `access_key`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePermanentAccessKeyRequest {
    /// Required path parameter `access_key`.
    pub access_key: ::std::string::String,
}

impl DeletePermanentAccessKeyRequest {
    /// Sets the `access_key` field.
    #[must_use]
    pub fn with_access_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key = value.into();
        self
    }
}

/// Response of [`IamClient::delete_permanent_access_key`](super::IamClient::delete_permanent_access_key): `DELETE /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePermanentAccessKeyResponse {}

impl json::FromJson for DeletePermanentAccessKeyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `DomainInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DomainInfo {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl json::FromJson for DomainInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `Domains`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Domains {
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
}

impl json::FromJson for Domains {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            enabled: json::take(&mut map, "enabled")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            links: json::take(&mut map, "links")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `Endpoint`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Endpoint {
    /// Required JSON field `service_id`.
    pub service_id: ::std::string::String,
    /// Required JSON field `region_id`.
    pub region_id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: Links,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `interface`.
    pub interface: ::std::string::String,
    /// Required JSON field `region`.
    pub region: ::std::string::String,
    /// Required JSON field `url`.
    pub url: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
}

impl json::FromJson for Endpoint {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            service_id: json::take(&mut map, "service_id")?,
            region_id: json::take(&mut map, "region_id")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            interface: json::take(&mut map, "interface")?,
            region: json::take(&mut map, "region")?,
            url: json::take(&mut map, "url")?,
            enabled: json::take(&mut map, "enabled")?,
        })
    }
}

/// JSON model `FederationUserBody`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FederationUserBody {
    /// Required JSON field `OS-FEDERATION`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-FEDERATION"))]
    pub os_federation: OsFederationInfo,
    /// Required JSON field `domain`.
    pub domain: DomainInfo,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for FederationUserBody {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            os_federation: json::take(&mut map, "OS-FEDERATION")?,
            domain: json::take(&mut map, "domain")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `GetIdTokenAuthParams`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetIdTokenAuthParams {
    /// Required JSON field `id_token`.
    pub id_token: GetIdTokenIdTokenBody,
    /// JSON field `scope`.
    pub scope: ::std::option::Option<GetIdTokenIdScopeBody>,
}

impl GetIdTokenAuthParams {
    /// Sets the `id_token` field.
    #[must_use]
    pub fn with_id_token(mut self, value: GetIdTokenIdTokenBody) -> Self {
        self.id_token = value;
        self
    }

    /// Sets the `scope` field.
    #[must_use]
    pub fn with_scope(mut self, value: GetIdTokenIdScopeBody) -> Self {
        self.scope = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for GetIdTokenAuthParams {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id_token", &self.id_token);
        json::put(&mut map, "scope", &self.scope);
        json::Value::Object(map)
    }
}

/// JSON model `GetIdTokenIdScopeBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetIdTokenIdScopeBody {
    /// JSON field `domain`.
    pub domain: ::std::option::Option<GetIdTokenScopeDomainOrProjectBody>,
    /// JSON field `project`.
    pub project: ::std::option::Option<GetIdTokenScopeDomainOrProjectBody>,
}

impl GetIdTokenIdScopeBody {
    /// Sets the `domain` field.
    #[must_use]
    pub fn with_domain(mut self, value: GetIdTokenScopeDomainOrProjectBody) -> Self {
        self.domain = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `project` field.
    #[must_use]
    pub fn with_project(mut self, value: GetIdTokenScopeDomainOrProjectBody) -> Self {
        self.project = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for GetIdTokenIdScopeBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "domain", &self.domain);
        json::put(&mut map, "project", &self.project);
        json::Value::Object(map)
    }
}

/// JSON model `GetIdTokenIdTokenBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetIdTokenIdTokenBody {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl GetIdTokenIdTokenBody {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

impl json::ToJson for GetIdTokenIdTokenBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `GetIdTokenRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetIdTokenRequestBody {
    /// Required JSON field `auth`.
    pub auth: GetIdTokenAuthParams,
}

impl GetIdTokenRequestBody {
    /// Sets the `auth` field.
    #[must_use]
    pub fn with_auth(mut self, value: GetIdTokenAuthParams) -> Self {
        self.auth = value;
        self
    }
}

impl json::ToJson for GetIdTokenRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auth", &self.auth);
        json::Value::Object(map)
    }
}

/// JSON model `GetIdTokenScopeDomainOrProjectBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetIdTokenScopeDomainOrProjectBody {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl GetIdTokenScopeDomainOrProjectBody {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for GetIdTokenScopeDomainOrProjectBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `IdentityAssumerole`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct IdentityAssumerole {
    /// Required JSON field `agency_name`.
    pub agency_name: ::std::string::String,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `domain_name`.
    pub domain_name: ::std::option::Option<::std::string::String>,
    /// JSON field `duration_seconds`.
    pub duration_seconds: ::std::option::Option<i64>,
    /// JSON field `session_user`.
    pub session_user: ::std::option::Option<AssumeroleSessionuser>,
}

impl IdentityAssumerole {
    /// Sets the `agency_name` field.
    #[must_use]
    pub fn with_agency_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_name = value.into();
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `domain_name` field.
    #[must_use]
    pub fn with_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `duration_seconds` field.
    #[must_use]
    pub fn with_duration_seconds(mut self, value: i64) -> Self {
        self.duration_seconds = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `session_user` field.
    #[must_use]
    pub fn with_session_user(mut self, value: AssumeroleSessionuser) -> Self {
        self.session_user = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for IdentityAssumerole {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "agency_name", &self.agency_name);
        json::put(&mut map, "domain_id", &self.domain_id);
        json::put(&mut map, "domain_name", &self.domain_name);
        json::put(&mut map, "duration_seconds", &self.duration_seconds);
        json::put(&mut map, "session_user", &self.session_user);
        json::Value::Object(map)
    }
}

/// JSON model `IdentityToken`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct IdentityToken {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `duration_seconds`.
    pub duration_seconds: ::std::option::Option<i64>,
}

impl IdentityToken {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `duration_seconds` field.
    #[must_use]
    pub fn with_duration_seconds(mut self, value: i64) -> Self {
        self.duration_seconds = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for IdentityToken {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "duration_seconds", &self.duration_seconds);
        json::Value::Object(map)
    }
}

/// JSON model `IdentityproviderOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct IdentityproviderOption {
    /// JSON field `sso_type`.
    pub sso_type: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl IdentityproviderOption {
    /// Sets the `sso_type` field.
    #[must_use]
    pub fn with_sso_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sso_type = ::std::option::Option::Some(value.into());
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
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for IdentityproviderOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "sso_type", &self.sso_type);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// JSON model `IdentityprovidersLinks`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct IdentityprovidersLinks {
    /// Required JSON field `self`.
    #[cfg_attr(feature = "serde", serde(rename = "self"))]
    pub self_: ::std::string::String,
    /// Required JSON field `protocols`.
    pub protocols: ::std::string::String,
}

impl json::FromJson for IdentityprovidersLinks {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            self_: json::take(&mut map, "self")?,
            protocols: json::take(&mut map, "protocols")?,
        })
    }
}

/// JSON model `IdentityprovidersResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct IdentityprovidersResult {
    /// Required JSON field `sso_type`.
    pub sso_type: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `remote_ids`.
    pub remote_ids: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `links`.
    pub links: IdentityprovidersLinks,
}

impl json::FromJson for IdentityprovidersResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            sso_type: json::take(&mut map, "sso_type")?,
            id: json::take(&mut map, "id")?,
            description: json::take(&mut map, "description")?,
            enabled: json::take(&mut map, "enabled")?,
            remote_ids: json::take(&mut map, "remote_ids")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// JSON model `IdpIdInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct IdpIdInfo {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for IdpIdInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `IdpToken`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct IdpToken {
    /// Required JSON field `issued_at`.
    pub issued_at: ::std::string::String,
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `user`.
    pub user: UnscopedTokenUser,
}

impl json::FromJson for IdpToken {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            issued_at: json::take(&mut map, "issued_at")?,
            expires_at: json::take(&mut map, "expires_at")?,
            methods: json::take(&mut map, "methods")?,
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `InheritedRoleResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InheritedRoleResult {
    /// JSON field `flag`.
    pub flag: ::std::option::Option<::std::string::String>,
    /// JSON field `description_cn`.
    pub description_cn: ::std::option::Option<::std::string::String>,
    /// JSON field `catalog`.
    pub catalog: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// JSON field `display_name`.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `policy`.
    pub policy: RolePolicy,
    /// JSON field `updated_time`.
    pub updated_time: ::std::option::Option<::std::string::String>,
    /// JSON field `created_time`.
    pub created_time: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for InheritedRoleResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            flag: json::take(&mut map, "flag")?,
            description_cn: json::take(&mut map, "description_cn")?,
            catalog: json::take(&mut map, "catalog")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            display_name: json::take(&mut map, "display_name")?,
            r#type: json::take(&mut map, "type")?,
            policy: json::take(&mut map, "policy")?,
            updated_time: json::take(&mut map, "updated_time")?,
            created_time: json::take(&mut map, "created_time")?,
        })
    }
}

/// Request of [`IamClient::keystone_add_user_to_group`](super::IamClient::keystone_add_user_to_group): `PUT /v3/groups/{group_id}/users/{user_id}`.
///
/// Required fields: `group_id`, `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneAddUserToGroupRequest {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl KeystoneAddUserToGroupRequest {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_add_user_to_group`](super::IamClient::keystone_add_user_to_group): `PUT /v3/groups/{group_id}/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneAddUserToGroupResponse {}

impl json::FromJson for KeystoneAddUserToGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_associate_group_with_domain_permission`](super::IamClient::keystone_associate_group_with_domain_permission): `PUT /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
///
/// Required fields: `domain_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneAssociateGroupWithDomainPermissionRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl KeystoneAssociateGroupWithDomainPermissionRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_associate_group_with_domain_permission`](super::IamClient::keystone_associate_group_with_domain_permission): `PUT /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneAssociateGroupWithDomainPermissionResponse {}

impl json::FromJson for KeystoneAssociateGroupWithDomainPermissionResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_associate_group_with_project_permission`](super::IamClient::keystone_associate_group_with_project_permission): `PUT /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
///
/// Required fields: `project_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneAssociateGroupWithProjectPermissionRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl KeystoneAssociateGroupWithProjectPermissionRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_associate_group_with_project_permission`](super::IamClient::keystone_associate_group_with_project_permission): `PUT /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneAssociateGroupWithProjectPermissionResponse {}

impl json::FromJson for KeystoneAssociateGroupWithProjectPermissionResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_check_domain_permission_for_group`](super::IamClient::keystone_check_domain_permission_for_group): `HEAD /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
///
/// Required fields: `domain_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCheckDomainPermissionForGroupRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl KeystoneCheckDomainPermissionForGroupRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_check_domain_permission_for_group`](super::IamClient::keystone_check_domain_permission_for_group): `HEAD /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCheckDomainPermissionForGroupResponse {}

impl json::FromJson for KeystoneCheckDomainPermissionForGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_check_project_permission_for_group`](super::IamClient::keystone_check_project_permission_for_group): `HEAD /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
///
/// Required fields: `project_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCheckProjectPermissionForGroupRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl KeystoneCheckProjectPermissionForGroupRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_check_project_permission_for_group`](super::IamClient::keystone_check_project_permission_for_group): `HEAD /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCheckProjectPermissionForGroupResponse {}

impl json::FromJson for KeystoneCheckProjectPermissionForGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_check_user_in_group`](super::IamClient::keystone_check_user_in_group): `HEAD /v3/groups/{group_id}/users/{user_id}`.
///
/// Required fields: `group_id`, `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCheckUserInGroupRequest {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl KeystoneCheckUserInGroupRequest {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_check_user_in_group`](super::IamClient::keystone_check_user_in_group): `HEAD /v3/groups/{group_id}/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCheckUserInGroupResponse {}

impl json::FromJson for KeystoneCheckUserInGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_checkrole_for_group`](super::IamClient::keystone_checkrole_for_group): `HEAD /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
///
/// Required fields: `domain_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCheckroleForGroupRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl KeystoneCheckroleForGroupRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_checkrole_for_group`](super::IamClient::keystone_checkrole_for_group): `HEAD /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCheckroleForGroupResponse {}

impl json::FromJson for KeystoneCheckroleForGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_create_agency_token`](super::IamClient::keystone_create_agency_token): `POST /v3/auth/tokens`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateAgencyTokenRequest {
    /// Query parameter `nocatalog`.
    pub nocatalog: ::std::option::Option<::std::string::String>,
    /// Request body.
    pub body: ::std::option::Option<KeystoneCreateAgencyTokenRequestBody>,
}

impl KeystoneCreateAgencyTokenRequest {
    /// Sets the `nocatalog` field.
    #[must_use]
    pub fn with_nocatalog(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nocatalog = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneCreateAgencyTokenRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneCreateAgencyTokenRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateAgencyTokenRequestBody {
    /// Required JSON field `auth`.
    pub auth: AgencyTokenAuth,
}

impl KeystoneCreateAgencyTokenRequestBody {
    /// Sets the `auth` field.
    #[must_use]
    pub fn with_auth(mut self, value: AgencyTokenAuth) -> Self {
        self.auth = value;
        self
    }
}

impl json::ToJson for KeystoneCreateAgencyTokenRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auth", &self.auth);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_create_agency_token`](super::IamClient::keystone_create_agency_token): `POST /v3/auth/tokens`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateAgencyTokenResponse {
    /// JSON field `token`.
    pub token: ::std::option::Option<AgencyTokenResult>,
    /// Value of the `X-Subject-Token` response header. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Subject-Token"))]
    pub x_subject_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for KeystoneCreateAgencyTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeystoneCreateAgencyTokenResponse")
            .field("token", &self.token)
            .field(
                "x_subject_token",
                &self.x_subject_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl json::FromJson for KeystoneCreateAgencyTokenResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            token: json::take(&mut map, "token")?,
            x_subject_token: json::take(&mut map, "x_subject_token")?,
        })
    }
}

/// JSON model `KeystoneCreateGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateGroupOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl KeystoneCreateGroupOption {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }
}

impl json::ToJson for KeystoneCreateGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "domain_id", &self.domain_id);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::keystone_create_group`](super::IamClient::keystone_create_group): `POST /v3/groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateGroupRequest {
    /// Request body.
    pub body: ::std::option::Option<KeystoneCreateGroupRequestBody>,
}

impl KeystoneCreateGroupRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneCreateGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneCreateGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateGroupRequestBody {
    /// Required JSON field `group`.
    pub group: KeystoneCreateGroupOption,
}

impl KeystoneCreateGroupRequestBody {
    /// Sets the `group` field.
    #[must_use]
    pub fn with_group(mut self, value: KeystoneCreateGroupOption) -> Self {
        self.group = value;
        self
    }
}

impl json::ToJson for KeystoneCreateGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "group", &self.group);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_create_group`](super::IamClient::keystone_create_group): `POST /v3/groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateGroupResponse {
    /// JSON field `group`.
    pub group: ::std::option::Option<KeystoneGroupResultWithLinksSelf>,
}

impl json::FromJson for KeystoneCreateGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            group: json::take(&mut map, "group")?,
        })
    }
}

/// Request of [`IamClient::keystone_create_identity_provider`](super::IamClient::keystone_create_identity_provider): `PUT /v3/OS-FEDERATION/identity_providers/{id}`.
///
/// Required fields: `id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateIdentityProviderRequest {
    /// Required path parameter `id`.
    pub id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<KeystoneCreateIdentityProviderRequestBody>,
}

impl KeystoneCreateIdentityProviderRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneCreateIdentityProviderRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneCreateIdentityProviderRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateIdentityProviderRequestBody {
    /// Required JSON field `identity_provider`.
    pub identity_provider: IdentityproviderOption,
}

impl KeystoneCreateIdentityProviderRequestBody {
    /// Sets the `identity_provider` field.
    #[must_use]
    pub fn with_identity_provider(mut self, value: IdentityproviderOption) -> Self {
        self.identity_provider = value;
        self
    }
}

impl json::ToJson for KeystoneCreateIdentityProviderRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "identity_provider", &self.identity_provider);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_create_identity_provider`](super::IamClient::keystone_create_identity_provider): `PUT /v3/OS-FEDERATION/identity_providers/{id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateIdentityProviderResponse {
    /// JSON field `identity_provider`.
    pub identity_provider: ::std::option::Option<IdentityprovidersResult>,
}

impl json::FromJson for KeystoneCreateIdentityProviderResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            identity_provider: json::take(&mut map, "identity_provider")?,
        })
    }
}

/// Request of [`IamClient::keystone_create_mapping`](super::IamClient::keystone_create_mapping): `PUT /v3/OS-FEDERATION/mappings/{id}`.
///
/// Required fields: `id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateMappingRequest {
    /// Required path parameter `id`.
    pub id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<KeystoneCreateMappingRequestBody>,
}

impl KeystoneCreateMappingRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneCreateMappingRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneCreateMappingRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateMappingRequestBody {
    /// Required JSON field `mapping`.
    pub mapping: MappingOption,
}

impl KeystoneCreateMappingRequestBody {
    /// Sets the `mapping` field.
    #[must_use]
    pub fn with_mapping(mut self, value: MappingOption) -> Self {
        self.mapping = value;
        self
    }
}

impl json::ToJson for KeystoneCreateMappingRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "mapping", &self.mapping);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_create_mapping`](super::IamClient::keystone_create_mapping): `PUT /v3/OS-FEDERATION/mappings/{id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateMappingResponse {
    /// JSON field `mapping`.
    pub mapping: ::std::option::Option<MappingResult>,
}

impl json::FromJson for KeystoneCreateMappingResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            mapping: json::take(&mut map, "mapping")?,
        })
    }
}

/// JSON model `KeystoneCreateProjectOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateProjectOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `parent_id`.
    pub parent_id: ::std::string::String,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl KeystoneCreateProjectOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `parent_id` field.
    #[must_use]
    pub fn with_parent_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_id = value.into();
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
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

impl json::ToJson for KeystoneCreateProjectOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "parent_id", &self.parent_id);
        json::put(&mut map, "domain_id", &self.domain_id);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::keystone_create_project`](super::IamClient::keystone_create_project): `POST /v3/projects`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateProjectRequest {
    /// Request body.
    pub body: ::std::option::Option<KeystoneCreateProjectRequestBody>,
}

impl KeystoneCreateProjectRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneCreateProjectRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneCreateProjectRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateProjectRequestBody {
    /// Required JSON field `project`.
    pub project: KeystoneCreateProjectOption,
}

impl KeystoneCreateProjectRequestBody {
    /// Sets the `project` field.
    #[must_use]
    pub fn with_project(mut self, value: KeystoneCreateProjectOption) -> Self {
        self.project = value;
        self
    }
}

impl json::ToJson for KeystoneCreateProjectRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "project", &self.project);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_create_project`](super::IamClient::keystone_create_project): `POST /v3/projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateProjectResponse {
    /// JSON field `project`.
    pub project: ::std::option::Option<AuthProjectResult>,
}

impl json::FromJson for KeystoneCreateProjectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            project: json::take(&mut map, "project")?,
        })
    }
}

/// Request of [`IamClient::keystone_create_protocol`](super::IamClient::keystone_create_protocol): `PUT /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
///
/// Required fields: `idp_id`, `protocol_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateProtocolRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
    /// Required path parameter `protocol_id`.
    pub protocol_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<KeystoneCreateProtocolRequestBody>,
}

impl KeystoneCreateProtocolRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }

    /// Sets the `protocol_id` field.
    #[must_use]
    pub fn with_protocol_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneCreateProtocolRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneCreateProtocolRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateProtocolRequestBody {
    /// Required JSON field `protocol`.
    pub protocol: ProtocolOption,
}

impl KeystoneCreateProtocolRequestBody {
    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(mut self, value: ProtocolOption) -> Self {
        self.protocol = value;
        self
    }
}

impl json::ToJson for KeystoneCreateProtocolRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "protocol", &self.protocol);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_create_protocol`](super::IamClient::keystone_create_protocol): `PUT /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateProtocolResponse {
    /// JSON field `protocol`.
    pub protocol: ::std::option::Option<ProtocolResult>,
}

impl json::FromJson for KeystoneCreateProtocolResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            protocol: json::take(&mut map, "protocol")?,
        })
    }
}

/// Request of [`IamClient::keystone_create_scoped_token`](super::IamClient::keystone_create_scoped_token): `POST /v3/auth/tokens`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateScopedTokenRequest {
    /// Request body.
    pub body: ::std::option::Option<KeystoneCreateScopedTokenRequestBody>,
}

impl KeystoneCreateScopedTokenRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneCreateScopedTokenRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneCreateScopedTokenRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateScopedTokenRequestBody {
    /// Required JSON field `auth`.
    pub auth: ScopedTokenAuth,
}

impl KeystoneCreateScopedTokenRequestBody {
    /// Sets the `auth` field.
    #[must_use]
    pub fn with_auth(mut self, value: ScopedTokenAuth) -> Self {
        self.auth = value;
        self
    }
}

impl json::ToJson for KeystoneCreateScopedTokenRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auth", &self.auth);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_create_scoped_token`](super::IamClient::keystone_create_scoped_token): `POST /v3/auth/tokens`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateScopedTokenResponse {
    /// JSON field `token`.
    pub token: ::std::option::Option<ScopeTokenResult>,
    /// Value of the `X-Subject-Token` response header. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Subject-Token"))]
    pub x_subject_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for KeystoneCreateScopedTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeystoneCreateScopedTokenResponse")
            .field("token", &self.token)
            .field(
                "x_subject_token",
                &self.x_subject_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl json::FromJson for KeystoneCreateScopedTokenResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            token: json::take(&mut map, "token")?,
            x_subject_token: json::take(&mut map, "x_subject_token")?,
        })
    }
}

/// JSON model `KeystoneCreateUserOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `password`. Debug output hides its value.
    pub password: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for KeystoneCreateUserOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeystoneCreateUserOption")
            .field("name", &self.name)
            .field("domain_id", &self.domain_id)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("enabled", &self.enabled)
            .field("description", &self.description)
            .finish()
    }
}

impl KeystoneCreateUserOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `password` field.
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
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

impl json::ToJson for KeystoneCreateUserOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "domain_id", &self.domain_id);
        json::put(&mut map, "password", &self.password);
        json::put(&mut map, "enabled", &self.enabled);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::keystone_create_user`](super::IamClient::keystone_create_user): `POST /v3/users`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserRequest {
    /// Request body.
    pub body: ::std::option::Option<KeystoneCreateUserRequestBody>,
}

impl KeystoneCreateUserRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneCreateUserRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneCreateUserRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserRequestBody {
    /// Required JSON field `user`.
    pub user: KeystoneCreateUserOption,
}

impl KeystoneCreateUserRequestBody {
    /// Sets the `user` field.
    #[must_use]
    pub fn with_user(mut self, value: KeystoneCreateUserOption) -> Self {
        self.user = value;
        self
    }
}

impl json::ToJson for KeystoneCreateUserRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user", &self.user);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_create_user`](super::IamClient::keystone_create_user): `POST /v3/users`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserResponse {
    /// JSON field `user`.
    pub user: ::std::option::Option<KeystoneCreateUserResult>,
}

impl json::FromJson for KeystoneCreateUserResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `KeystoneCreateUserResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserResult {
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
    /// Required JSON field `password_expires_at`.
    pub password_expires_at: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
}

impl json::FromJson for KeystoneCreateUserResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain_id: json::take(&mut map, "domain_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            pwd_status: json::take(&mut map, "pwd_status")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            enabled: json::take(&mut map, "enabled")?,
        })
    }
}

/// Request of [`IamClient::keystone_create_user_token_by_password_and_mfa`](super::IamClient::keystone_create_user_token_by_password_and_mfa): `POST /v3/auth/tokens`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserTokenByPasswordAndMfaRequest {
    /// Query parameter `nocatalog`.
    pub nocatalog: ::std::option::Option<::std::string::String>,
    /// Request body.
    pub body: ::std::option::Option<KeystoneCreateUserTokenByPasswordAndMfaRequestBody>,
}

impl KeystoneCreateUserTokenByPasswordAndMfaRequest {
    /// Sets the `nocatalog` field.
    #[must_use]
    pub fn with_nocatalog(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nocatalog = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneCreateUserTokenByPasswordAndMfaRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneCreateUserTokenByPasswordAndMfaRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserTokenByPasswordAndMfaRequestBody {
    /// Required JSON field `auth`.
    pub auth: MfaAuth,
}

impl KeystoneCreateUserTokenByPasswordAndMfaRequestBody {
    /// Sets the `auth` field.
    #[must_use]
    pub fn with_auth(mut self, value: MfaAuth) -> Self {
        self.auth = value;
        self
    }
}

impl json::ToJson for KeystoneCreateUserTokenByPasswordAndMfaRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auth", &self.auth);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_create_user_token_by_password_and_mfa`](super::IamClient::keystone_create_user_token_by_password_and_mfa): `POST /v3/auth/tokens`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserTokenByPasswordAndMfaResponse {
    /// JSON field `token`.
    pub token: ::std::option::Option<TokenResult>,
    /// Value of the `X-Subject-Token` response header. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Subject-Token"))]
    pub x_subject_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for KeystoneCreateUserTokenByPasswordAndMfaResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeystoneCreateUserTokenByPasswordAndMfaResponse")
            .field("token", &self.token)
            .field(
                "x_subject_token",
                &self.x_subject_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl json::FromJson for KeystoneCreateUserTokenByPasswordAndMfaResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            token: json::take(&mut map, "token")?,
            x_subject_token: json::take(&mut map, "x_subject_token")?,
        })
    }
}

/// Request of [`IamClient::keystone_create_user_token_by_password`](super::IamClient::keystone_create_user_token_by_password): `POST /v3/auth/tokens`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserTokenByPasswordRequest {
    /// Query parameter `nocatalog`.
    pub nocatalog: ::std::option::Option<::std::string::String>,
    /// Request body.
    pub body: ::std::option::Option<KeystoneCreateUserTokenByPasswordRequestBody>,
}

impl KeystoneCreateUserTokenByPasswordRequest {
    /// Sets the `nocatalog` field.
    #[must_use]
    pub fn with_nocatalog(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nocatalog = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneCreateUserTokenByPasswordRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneCreateUserTokenByPasswordRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserTokenByPasswordRequestBody {
    /// Required JSON field `auth`.
    pub auth: PwdAuth,
}

impl KeystoneCreateUserTokenByPasswordRequestBody {
    /// Sets the `auth` field.
    #[must_use]
    pub fn with_auth(mut self, value: PwdAuth) -> Self {
        self.auth = value;
        self
    }
}

impl json::ToJson for KeystoneCreateUserTokenByPasswordRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auth", &self.auth);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_create_user_token_by_password`](super::IamClient::keystone_create_user_token_by_password): `POST /v3/auth/tokens`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneCreateUserTokenByPasswordResponse {
    /// JSON field `token`.
    pub token: ::std::option::Option<TokenResult>,
    /// Value of the `X-Subject-Token` response header. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Subject-Token"))]
    pub x_subject_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for KeystoneCreateUserTokenByPasswordResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeystoneCreateUserTokenByPasswordResponse")
            .field("token", &self.token)
            .field(
                "x_subject_token",
                &self.x_subject_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl json::FromJson for KeystoneCreateUserTokenByPasswordResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            token: json::take(&mut map, "token")?,
            x_subject_token: json::take(&mut map, "x_subject_token")?,
        })
    }
}

/// Request of [`IamClient::keystone_delete_group`](super::IamClient::keystone_delete_group): `DELETE /v3/groups/{group_id}`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneDeleteGroupRequest {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl KeystoneDeleteGroupRequest {
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

/// Response of [`IamClient::keystone_delete_group`](super::IamClient::keystone_delete_group): `DELETE /v3/groups/{group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneDeleteGroupResponse {}

impl json::FromJson for KeystoneDeleteGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_delete_identity_provider`](super::IamClient::keystone_delete_identity_provider): `DELETE /v3/OS-FEDERATION/identity_providers/{id}`.
///
/// Required fields: `id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneDeleteIdentityProviderRequest {
    /// Required path parameter `id`.
    pub id: ::std::string::String,
}

impl KeystoneDeleteIdentityProviderRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_delete_identity_provider`](super::IamClient::keystone_delete_identity_provider): `DELETE /v3/OS-FEDERATION/identity_providers/{id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneDeleteIdentityProviderResponse {}

impl json::FromJson for KeystoneDeleteIdentityProviderResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_delete_mapping`](super::IamClient::keystone_delete_mapping): `DELETE /v3/OS-FEDERATION/mappings/{id}`.
///
/// Required fields: `id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneDeleteMappingRequest {
    /// Required path parameter `id`.
    pub id: ::std::string::String,
}

impl KeystoneDeleteMappingRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_delete_mapping`](super::IamClient::keystone_delete_mapping): `DELETE /v3/OS-FEDERATION/mappings/{id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneDeleteMappingResponse {}

impl json::FromJson for KeystoneDeleteMappingResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_delete_protocol`](super::IamClient::keystone_delete_protocol): `DELETE /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
///
/// Required fields: `idp_id`, `protocol_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneDeleteProtocolRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
    /// Required path parameter `protocol_id`.
    pub protocol_id: ::std::string::String,
}

impl KeystoneDeleteProtocolRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }

    /// Sets the `protocol_id` field.
    #[must_use]
    pub fn with_protocol_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_delete_protocol`](super::IamClient::keystone_delete_protocol): `DELETE /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneDeleteProtocolResponse {}

impl json::FromJson for KeystoneDeleteProtocolResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_delete_user`](super::IamClient::keystone_delete_user): `DELETE /v3/users/{user_id}`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneDeleteUserRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl KeystoneDeleteUserRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_delete_user`](super::IamClient::keystone_delete_user): `DELETE /v3/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneDeleteUserResponse {}

impl json::FromJson for KeystoneDeleteUserResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `KeystoneGroupResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneGroupResult {
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `links`.
    pub links: Links,
    /// Required JSON field `create_time`.
    pub create_time: i64,
}

impl json::FromJson for KeystoneGroupResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            id: json::take(&mut map, "id")?,
            domain_id: json::take(&mut map, "domain_id")?,
            name: json::take(&mut map, "name")?,
            links: json::take(&mut map, "links")?,
            create_time: json::take(&mut map, "create_time")?,
        })
    }
}

/// JSON model `KeystoneGroupResultWithLinksSelf`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneGroupResultWithLinksSelf {
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `create_time`.
    pub create_time: i64,
}

impl json::FromJson for KeystoneGroupResultWithLinksSelf {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            id: json::take(&mut map, "id")?,
            domain_id: json::take(&mut map, "domain_id")?,
            name: json::take(&mut map, "name")?,
            links: json::take(&mut map, "links")?,
            create_time: json::take(&mut map, "create_time")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_all_project_permissions_for_group`](super::IamClient::keystone_list_all_project_permissions_for_group): `GET /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/inherited_to_projects`.
///
/// Required fields: `domain_id`, `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListAllProjectPermissionsForGroupRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl KeystoneListAllProjectPermissionsForGroupRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

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

/// Response of [`IamClient::keystone_list_all_project_permissions_for_group`](super::IamClient::keystone_list_all_project_permissions_for_group): `GET /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/inherited_to_projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListAllProjectPermissionsForGroupResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<InheritedRoleResult>>,
}

impl json::FromJson for KeystoneListAllProjectPermissionsForGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            roles: json::take(&mut map, "roles")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_auth_domains`](super::IamClient::keystone_list_auth_domains): `GET /v3/auth/domains`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListAuthDomainsRequest {}

/// Response of [`IamClient::keystone_list_auth_domains`](super::IamClient::keystone_list_auth_domains): `GET /v3/auth/domains`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListAuthDomainsResponse {
    /// JSON field `domains`.
    pub domains: ::std::option::Option<::std::vec::Vec<Domains>>,
    /// JSON field `links`.
    pub links: ::std::option::Option<LinksSelf>,
}

impl json::FromJson for KeystoneListAuthDomainsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domains: json::take(&mut map, "domains")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_auth_projects`](super::IamClient::keystone_list_auth_projects): `GET /v3/auth/projects`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListAuthProjectsRequest {}

/// Response of [`IamClient::keystone_list_auth_projects`](super::IamClient::keystone_list_auth_projects): `GET /v3/auth/projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListAuthProjectsResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<LinksSelf>,
    /// JSON field `projects`.
    pub projects: ::std::option::Option<::std::vec::Vec<AuthProjectResult>>,
}

impl json::FromJson for KeystoneListAuthProjectsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            projects: json::take(&mut map, "projects")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_domain_permissions_for_group`](super::IamClient::keystone_list_domain_permissions_for_group): `GET /v3/domains/{domain_id}/groups/{group_id}/roles`.
///
/// Required fields: `domain_id`, `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListDomainPermissionsForGroupRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl KeystoneListDomainPermissionsForGroupRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

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

/// Response of [`IamClient::keystone_list_domain_permissions_for_group`](super::IamClient::keystone_list_domain_permissions_for_group): `GET /v3/domains/{domain_id}/groups/{group_id}/roles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListDomainPermissionsForGroupResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<RoleResult>>,
}

impl json::FromJson for KeystoneListDomainPermissionsForGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            roles: json::take(&mut map, "roles")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_endpoints`](super::IamClient::keystone_list_endpoints): `GET /v3/endpoints`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListEndpointsRequest {
    /// Query parameter `interface`.
    pub interface: ::std::option::Option<::std::string::String>,
    /// Query parameter `service_id`.
    pub service_id: ::std::option::Option<::std::string::String>,
}

impl KeystoneListEndpointsRequest {
    /// Sets the `interface` field.
    #[must_use]
    pub fn with_interface(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.interface = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `service_id` field.
    #[must_use]
    pub fn with_service_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::keystone_list_endpoints`](super::IamClient::keystone_list_endpoints): `GET /v3/endpoints`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListEndpointsResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `endpoints`.
    pub endpoints: ::std::option::Option<::std::vec::Vec<Endpoint>>,
}

impl json::FromJson for KeystoneListEndpointsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            endpoints: json::take(&mut map, "endpoints")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_federation_domains`](super::IamClient::keystone_list_federation_domains): `GET /v3/OS-FEDERATION/domains`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListFederationDomainsRequest {}

/// Response of [`IamClient::keystone_list_federation_domains`](super::IamClient::keystone_list_federation_domains): `GET /v3/OS-FEDERATION/domains`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListFederationDomainsResponse {
    /// JSON field `domains`.
    pub domains: ::std::option::Option<::std::vec::Vec<Domains>>,
    /// JSON field `links`.
    pub links: ::std::option::Option<LinksSelf>,
}

impl json::FromJson for KeystoneListFederationDomainsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domains: json::take(&mut map, "domains")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_federation_projects`](super::IamClient::keystone_list_federation_projects): `GET /v3/OS-FEDERATION/projects`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListFederationProjectsRequest {}

/// Response of [`IamClient::keystone_list_federation_projects`](super::IamClient::keystone_list_federation_projects): `GET /v3/OS-FEDERATION/projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListFederationProjectsResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<LinksSelf>,
    /// JSON field `projects`.
    pub projects: ::std::option::Option<::std::vec::Vec<AuthProjectResult>>,
}

impl json::FromJson for KeystoneListFederationProjectsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            projects: json::take(&mut map, "projects")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_groups_for_user`](super::IamClient::keystone_list_groups_for_user): `GET /v3/users/{user_id}/groups`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListGroupsForUserRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl KeystoneListGroupsForUserRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_list_groups_for_user`](super::IamClient::keystone_list_groups_for_user): `GET /v3/users/{user_id}/groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListGroupsForUserResponse {
    /// JSON field `groups`.
    pub groups: ::std::option::Option<::std::vec::Vec<KeystoneGroupResult>>,
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
}

impl json::FromJson for KeystoneListGroupsForUserResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            groups: json::take(&mut map, "groups")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_groups`](super::IamClient::keystone_list_groups): `GET /v3/groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListGroupsRequest {
    /// Query parameter `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl KeystoneListGroupsRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::keystone_list_groups`](super::IamClient::keystone_list_groups): `GET /v3/groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListGroupsResponse {
    /// JSON field `groups`.
    pub groups: ::std::option::Option<::std::vec::Vec<KeystoneGroupResult>>,
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
}

impl json::FromJson for KeystoneListGroupsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            groups: json::take(&mut map, "groups")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_identity_providers`](super::IamClient::keystone_list_identity_providers): `GET /v3/OS-FEDERATION/identity_providers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListIdentityProvidersRequest {}

/// Response of [`IamClient::keystone_list_identity_providers`](super::IamClient::keystone_list_identity_providers): `GET /v3/OS-FEDERATION/identity_providers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListIdentityProvidersResponse {
    /// JSON field `identity_providers`.
    pub identity_providers: ::std::option::Option<::std::vec::Vec<IdentityprovidersResult>>,
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
}

impl json::FromJson for KeystoneListIdentityProvidersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            identity_providers: json::take(&mut map, "identity_providers")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_mappings`](super::IamClient::keystone_list_mappings): `GET /v3/OS-FEDERATION/mappings`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListMappingsRequest {}

/// Response of [`IamClient::keystone_list_mappings`](super::IamClient::keystone_list_mappings): `GET /v3/OS-FEDERATION/mappings`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListMappingsResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `mappings`.
    pub mappings: ::std::option::Option<::std::vec::Vec<MappingResult>>,
}

impl json::FromJson for KeystoneListMappingsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            mappings: json::take(&mut map, "mappings")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_permissions`](super::IamClient::keystone_list_permissions): `GET /v3/roles`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListPermissionsRequest {
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// Query parameter `per_page`.
    pub per_page: ::std::option::Option<i64>,
    /// Query parameter `permission_type`.
    pub permission_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `display_name`.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Query parameter `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// Query parameter `catalog`.
    pub catalog: ::std::option::Option<::std::string::String>,
}

impl KeystoneListPermissionsRequest {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `page` field.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `per_page` field.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `permission_type` field.
    #[must_use]
    pub fn with_permission_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.permission_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `display_name` field.
    #[must_use]
    pub fn with_display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `catalog` field.
    #[must_use]
    pub fn with_catalog(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.catalog = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::keystone_list_permissions`](super::IamClient::keystone_list_permissions): `GET /v3/roles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListPermissionsResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<RoleResult>>,
    /// JSON field `total_number`.
    pub total_number: ::std::option::Option<i64>,
}

impl json::FromJson for KeystoneListPermissionsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            roles: json::take(&mut map, "roles")?,
            total_number: json::take(&mut map, "total_number")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_project_permissions_for_group`](super::IamClient::keystone_list_project_permissions_for_group): `GET /v3/projects/{project_id}/groups/{group_id}/roles`.
///
/// Required fields: `project_id`, `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListProjectPermissionsForGroupRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl KeystoneListProjectPermissionsForGroupRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }

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

/// Response of [`IamClient::keystone_list_project_permissions_for_group`](super::IamClient::keystone_list_project_permissions_for_group): `GET /v3/projects/{project_id}/groups/{group_id}/roles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListProjectPermissionsForGroupResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<RoleResult>>,
}

impl json::FromJson for KeystoneListProjectPermissionsForGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            roles: json::take(&mut map, "roles")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_projects_for_user`](super::IamClient::keystone_list_projects_for_user): `GET /v3/users/{user_id}/projects`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListProjectsForUserRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl KeystoneListProjectsForUserRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_list_projects_for_user`](super::IamClient::keystone_list_projects_for_user): `GET /v3/users/{user_id}/projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListProjectsForUserResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `projects`.
    pub projects: ::std::option::Option<::std::vec::Vec<ProjectResult>>,
}

impl json::FromJson for KeystoneListProjectsForUserResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            projects: json::take(&mut map, "projects")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_projects`](super::IamClient::keystone_list_projects): `GET /v3/projects`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListProjectsRequest {
    /// Query parameter `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `parent_id`.
    pub parent_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `enabled`.
    pub enabled: ::std::option::Option<bool>,
    /// Query parameter `is_domain`.
    pub is_domain: ::std::option::Option<bool>,
    /// Query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// Query parameter `per_page`.
    pub per_page: ::std::option::Option<i64>,
}

impl KeystoneListProjectsRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `parent_id` field.
    #[must_use]
    pub fn with_parent_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `is_domain` field.
    #[must_use]
    pub fn with_is_domain(mut self, value: bool) -> Self {
        self.is_domain = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `page` field.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `per_page` field.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::keystone_list_projects`](super::IamClient::keystone_list_projects): `GET /v3/projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListProjectsResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `projects`.
    pub projects: ::std::option::Option<::std::vec::Vec<ProjectResult>>,
}

impl json::FromJson for KeystoneListProjectsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            projects: json::take(&mut map, "projects")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_protocols`](super::IamClient::keystone_list_protocols): `GET /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols`.
///
/// Required fields: `idp_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListProtocolsRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
}

impl KeystoneListProtocolsRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_list_protocols`](super::IamClient::keystone_list_protocols): `GET /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListProtocolsResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `protocols`.
    pub protocols: ::std::option::Option<::std::vec::Vec<ProtocolResult>>,
}

impl json::FromJson for KeystoneListProtocolsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            protocols: json::take(&mut map, "protocols")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_regions`](super::IamClient::keystone_list_regions): `GET /v3/regions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListRegionsRequest {}

/// Response of [`IamClient::keystone_list_regions`](super::IamClient::keystone_list_regions): `GET /v3/regions`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListRegionsResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `regions`.
    pub regions: ::std::option::Option<::std::vec::Vec<Region>>,
}

impl json::FromJson for KeystoneListRegionsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            regions: json::take(&mut map, "regions")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_services`](super::IamClient::keystone_list_services): `GET /v3/services`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListServicesRequest {
    /// Query parameter `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl KeystoneListServicesRequest {
    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::keystone_list_services`](super::IamClient::keystone_list_services): `GET /v3/services`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListServicesResponse {
    /// JSON field `services`.
    pub services: ::std::option::Option<::std::vec::Vec<Service>>,
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
}

impl json::FromJson for KeystoneListServicesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            services: json::take(&mut map, "services")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_users_for_group_by_admin`](super::IamClient::keystone_list_users_for_group_by_admin): `GET /v3/groups/{group_id}/users`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListUsersForGroupByAdminRequest {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl KeystoneListUsersForGroupByAdminRequest {
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

/// Response of [`IamClient::keystone_list_users_for_group_by_admin`](super::IamClient::keystone_list_users_for_group_by_admin): `GET /v3/groups/{group_id}/users`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListUsersForGroupByAdminResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `users`.
    pub users: ::std::option::Option<::std::vec::Vec<KeystoneUserResult>>,
}

impl json::FromJson for KeystoneListUsersForGroupByAdminResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            users: json::take(&mut map, "users")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_users`](super::IamClient::keystone_list_users): `GET /v3/users`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListUsersRequest {
    /// Query parameter `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `enabled`.
    pub enabled: ::std::option::Option<bool>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `password_expires_at`. Debug output hides its value.
    pub password_expires_at: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for KeystoneListUsersRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeystoneListUsersRequest")
            .field("domain_id", &self.domain_id)
            .field("enabled", &self.enabled)
            .field("name", &self.name)
            .field(
                "password_expires_at",
                &self.password_expires_at.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl KeystoneListUsersRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `password_expires_at` field.
    #[must_use]
    pub fn with_password_expires_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password_expires_at = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::keystone_list_users`](super::IamClient::keystone_list_users): `GET /v3/users`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListUsersResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `users`.
    pub users: ::std::option::Option<::std::vec::Vec<KeystoneListUsersResult>>,
}

impl json::FromJson for KeystoneListUsersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            users: json::take(&mut map, "users")?,
        })
    }
}

/// JSON model `KeystoneListUsersResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListUsersResult {
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// JSON field `last_project_id`.
    pub last_project_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `password_expires_at`.
    pub password_expires_at: ::std::string::String,
    /// Required JSON field `links`.
    pub links: Links,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// JSON field `pwd_strength`.
    pub pwd_strength: ::std::option::Option<::std::string::String>,
    /// JSON field `access_mode`.
    pub access_mode: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for KeystoneListUsersResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            pwd_status: json::take(&mut map, "pwd_status")?,
            domain_id: json::take(&mut map, "domain_id")?,
            last_project_id: json::take(&mut map, "last_project_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            enabled: json::take(&mut map, "enabled")?,
            pwd_strength: json::take(&mut map, "pwd_strength")?,
            access_mode: json::take(&mut map, "access_mode")?,
        })
    }
}

/// Request of [`IamClient::keystone_list_versions`](super::IamClient::keystone_list_versions): `GET /`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListVersionsRequest {}

/// Response of [`IamClient::keystone_list_versions`](super::IamClient::keystone_list_versions): `GET /`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneListVersionsResponse {
    /// JSON field `versions`.
    pub versions: ::std::option::Option<Versions>,
}

impl json::FromJson for KeystoneListVersionsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            versions: json::take(&mut map, "versions")?,
        })
    }
}

/// Request of [`IamClient::keystone_remove_domain_permission_from_group`](super::IamClient::keystone_remove_domain_permission_from_group): `DELETE /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
///
/// Required fields: `domain_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneRemoveDomainPermissionFromGroupRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl KeystoneRemoveDomainPermissionFromGroupRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_remove_domain_permission_from_group`](super::IamClient::keystone_remove_domain_permission_from_group): `DELETE /v3/domains/{domain_id}/groups/{group_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneRemoveDomainPermissionFromGroupResponse {}

impl json::FromJson for KeystoneRemoveDomainPermissionFromGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_remove_project_permission_from_group`](super::IamClient::keystone_remove_project_permission_from_group): `DELETE /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
///
/// Required fields: `project_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneRemoveProjectPermissionFromGroupRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl KeystoneRemoveProjectPermissionFromGroupRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_remove_project_permission_from_group`](super::IamClient::keystone_remove_project_permission_from_group): `DELETE /v3/projects/{project_id}/groups/{group_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneRemoveProjectPermissionFromGroupResponse {}

impl json::FromJson for KeystoneRemoveProjectPermissionFromGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_remove_user_from_group`](super::IamClient::keystone_remove_user_from_group): `DELETE /v3/groups/{group_id}/users/{user_id}`.
///
/// Required fields: `group_id`, `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneRemoveUserFromGroupRequest {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl KeystoneRemoveUserFromGroupRequest {
    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_remove_user_from_group`](super::IamClient::keystone_remove_user_from_group): `DELETE /v3/groups/{group_id}/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneRemoveUserFromGroupResponse {}

impl json::FromJson for KeystoneRemoveUserFromGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::keystone_show_catalog`](super::IamClient::keystone_show_catalog): `GET /v3/auth/catalog`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowCatalogRequest {}

/// Response of [`IamClient::keystone_show_catalog`](super::IamClient::keystone_show_catalog): `GET /v3/auth/catalog`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowCatalogResponse {
    /// JSON field `catalog`.
    pub catalog: ::std::option::Option<::std::vec::Vec<Catalog>>,
    /// JSON field `links`.
    pub links: ::std::option::Option<LinksSelf>,
}

impl json::FromJson for KeystoneShowCatalogResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            catalog: json::take(&mut map, "catalog")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_endpoint`](super::IamClient::keystone_show_endpoint): `GET /v3/endpoints/{endpoint_id}`.
///
/// Required fields: `endpoint_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowEndpointRequest {
    /// Required path parameter `endpoint_id`.
    pub endpoint_id: ::std::string::String,
}

impl KeystoneShowEndpointRequest {
    /// Sets the `endpoint_id` field.
    #[must_use]
    pub fn with_endpoint_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.endpoint_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_endpoint`](super::IamClient::keystone_show_endpoint): `GET /v3/endpoints/{endpoint_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowEndpointResponse {
    /// JSON field `endpoint`.
    pub endpoint: ::std::option::Option<Endpoint>,
}

impl json::FromJson for KeystoneShowEndpointResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            endpoint: json::take(&mut map, "endpoint")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_group`](super::IamClient::keystone_show_group): `GET /v3/groups/{group_id}`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowGroupRequest {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl KeystoneShowGroupRequest {
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

/// Response of [`IamClient::keystone_show_group`](super::IamClient::keystone_show_group): `GET /v3/groups/{group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowGroupResponse {
    /// JSON field `group`.
    pub group: ::std::option::Option<KeystoneGroupResult>,
}

impl json::FromJson for KeystoneShowGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            group: json::take(&mut map, "group")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_identity_provider`](super::IamClient::keystone_show_identity_provider): `GET /v3/OS-FEDERATION/identity_providers/{id}`.
///
/// Required fields: `id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowIdentityProviderRequest {
    /// Required path parameter `id`.
    pub id: ::std::string::String,
}

impl KeystoneShowIdentityProviderRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_identity_provider`](super::IamClient::keystone_show_identity_provider): `GET /v3/OS-FEDERATION/identity_providers/{id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowIdentityProviderResponse {
    /// JSON field `identity_provider`.
    pub identity_provider: ::std::option::Option<IdentityprovidersResult>,
}

impl json::FromJson for KeystoneShowIdentityProviderResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            identity_provider: json::take(&mut map, "identity_provider")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_mapping`](super::IamClient::keystone_show_mapping): `GET /v3/OS-FEDERATION/mappings/{id}`.
///
/// Required fields: `id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowMappingRequest {
    /// Required path parameter `id`.
    pub id: ::std::string::String,
}

impl KeystoneShowMappingRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_mapping`](super::IamClient::keystone_show_mapping): `GET /v3/OS-FEDERATION/mappings/{id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowMappingResponse {
    /// JSON field `mapping`.
    pub mapping: ::std::option::Option<MappingResult>,
}

impl json::FromJson for KeystoneShowMappingResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            mapping: json::take(&mut map, "mapping")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_permission`](super::IamClient::keystone_show_permission): `GET /v3/roles/{role_id}`.
///
/// Required fields: `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowPermissionRequest {
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl KeystoneShowPermissionRequest {
    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_permission`](super::IamClient::keystone_show_permission): `GET /v3/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowPermissionResponse {
    /// JSON field `role`.
    pub role: ::std::option::Option<RoleResult>,
}

impl json::FromJson for KeystoneShowPermissionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            role: json::take(&mut map, "role")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_project`](super::IamClient::keystone_show_project): `GET /v3/projects/{project_id}`.
///
/// Required fields: `project_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowProjectRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
}

impl KeystoneShowProjectRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_project`](super::IamClient::keystone_show_project): `GET /v3/projects/{project_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowProjectResponse {
    /// JSON field `project`.
    pub project: ::std::option::Option<ProjectResult>,
}

impl json::FromJson for KeystoneShowProjectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            project: json::take(&mut map, "project")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_protocol`](super::IamClient::keystone_show_protocol): `GET /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
///
/// Required fields: `idp_id`, `protocol_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowProtocolRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
    /// Required path parameter `protocol_id`.
    pub protocol_id: ::std::string::String,
}

impl KeystoneShowProtocolRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }

    /// Sets the `protocol_id` field.
    #[must_use]
    pub fn with_protocol_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_protocol`](super::IamClient::keystone_show_protocol): `GET /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowProtocolResponse {
    /// JSON field `protocol`.
    pub protocol: ::std::option::Option<ProtocolResult>,
}

impl json::FromJson for KeystoneShowProtocolResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            protocol: json::take(&mut map, "protocol")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_region`](super::IamClient::keystone_show_region): `GET /v3/regions/{region_id}`.
///
/// Required fields: `region_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowRegionRequest {
    /// Required path parameter `region_id`.
    pub region_id: ::std::string::String,
}

impl KeystoneShowRegionRequest {
    /// Sets the `region_id` field.
    #[must_use]
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_region`](super::IamClient::keystone_show_region): `GET /v3/regions/{region_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowRegionResponse {
    /// JSON field `region`.
    pub region: ::std::option::Option<Region>,
}

impl json::FromJson for KeystoneShowRegionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            region: json::take(&mut map, "region")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_security_compliance_by_option`](super::IamClient::keystone_show_security_compliance_by_option): `GET /v3/domains/{domain_id}/config/security_compliance/{option}`.
///
/// Required fields: `domain_id`, `option`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowSecurityComplianceByOptionRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `option`.
    pub option: ::std::string::String,
}

impl KeystoneShowSecurityComplianceByOptionRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `option` field.
    #[must_use]
    pub fn with_option(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.option = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_security_compliance_by_option`](super::IamClient::keystone_show_security_compliance_by_option): `GET /v3/domains/{domain_id}/config/security_compliance/{option}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowSecurityComplianceByOptionResponse {
    /// JSON field `config`.
    pub config: ::std::option::Option<ConfigByOption>,
}

impl json::FromJson for KeystoneShowSecurityComplianceByOptionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            config: json::take(&mut map, "config")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_security_compliance`](super::IamClient::keystone_show_security_compliance): `GET /v3/domains/{domain_id}/config/security_compliance`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowSecurityComplianceRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
}

impl KeystoneShowSecurityComplianceRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_security_compliance`](super::IamClient::keystone_show_security_compliance): `GET /v3/domains/{domain_id}/config/security_compliance`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowSecurityComplianceResponse {
    /// JSON field `config`.
    pub config: ::std::option::Option<Config>,
}

impl json::FromJson for KeystoneShowSecurityComplianceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            config: json::take(&mut map, "config")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_service`](super::IamClient::keystone_show_service): `GET /v3/services/{service_id}`.
///
/// Required fields: `service_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowServiceRequest {
    /// Required path parameter `service_id`.
    pub service_id: ::std::string::String,
}

impl KeystoneShowServiceRequest {
    /// Sets the `service_id` field.
    #[must_use]
    pub fn with_service_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_service`](super::IamClient::keystone_show_service): `GET /v3/services/{service_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowServiceResponse {
    /// JSON field `service`.
    pub service: ::std::option::Option<Service>,
}

impl json::FromJson for KeystoneShowServiceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            service: json::take(&mut map, "service")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_user`](super::IamClient::keystone_show_user): `GET /v3/users/{user_id}`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowUserRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl KeystoneShowUserRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::keystone_show_user`](super::IamClient::keystone_show_user): `GET /v3/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowUserResponse {
    /// JSON field `user`.
    pub user: ::std::option::Option<KeystoneShowUserResult>,
}

impl json::FromJson for KeystoneShowUserResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `KeystoneShowUserResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowUserResult {
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// JSON field `last_project_id`.
    pub last_project_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `password_expires_at`.
    pub password_expires_at: ::std::string::String,
    /// Required JSON field `links`.
    pub links: Links,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// JSON field `access_mode`.
    pub access_mode: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for KeystoneShowUserResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            pwd_status: json::take(&mut map, "pwd_status")?,
            domain_id: json::take(&mut map, "domain_id")?,
            last_project_id: json::take(&mut map, "last_project_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            enabled: json::take(&mut map, "enabled")?,
            access_mode: json::take(&mut map, "access_mode")?,
        })
    }
}

/// Request of [`IamClient::keystone_show_version`](super::IamClient::keystone_show_version): `GET /v3`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowVersionRequest {}

/// Response of [`IamClient::keystone_show_version`](super::IamClient::keystone_show_version): `GET /v3`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneShowVersionResponse {
    /// JSON field `version`.
    pub version: ::std::option::Option<Version>,
}

impl json::FromJson for KeystoneShowVersionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            version: json::take(&mut map, "version")?,
        })
    }
}

/// JSON model `KeystoneUpdateGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateGroupOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl KeystoneUpdateGroupOption {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for KeystoneUpdateGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "domain_id", &self.domain_id);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::keystone_update_group`](super::IamClient::keystone_update_group): `PATCH /v3/groups/{group_id}`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateGroupRequest {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<KeystoneUpdateGroupRequestBody>,
}

impl KeystoneUpdateGroupRequest {
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
    pub fn with_body(mut self, value: KeystoneUpdateGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneUpdateGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateGroupRequestBody {
    /// Required JSON field `group`.
    pub group: KeystoneUpdateGroupOption,
}

impl KeystoneUpdateGroupRequestBody {
    /// Sets the `group` field.
    #[must_use]
    pub fn with_group(mut self, value: KeystoneUpdateGroupOption) -> Self {
        self.group = value;
        self
    }
}

impl json::ToJson for KeystoneUpdateGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "group", &self.group);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_update_group`](super::IamClient::keystone_update_group): `PATCH /v3/groups/{group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateGroupResponse {
    /// JSON field `group`.
    pub group: ::std::option::Option<KeystoneGroupResultWithLinksSelf>,
}

impl json::FromJson for KeystoneUpdateGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            group: json::take(&mut map, "group")?,
        })
    }
}

/// Request of [`IamClient::keystone_update_identity_provider`](super::IamClient::keystone_update_identity_provider): `PATCH /v3/OS-FEDERATION/identity_providers/{id}`.
///
/// Required fields: `id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateIdentityProviderRequest {
    /// Required path parameter `id`.
    pub id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<KeystoneUpdateIdentityProviderRequestBody>,
}

impl KeystoneUpdateIdentityProviderRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneUpdateIdentityProviderRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneUpdateIdentityProviderRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateIdentityProviderRequestBody {
    /// Required JSON field `identity_provider`.
    pub identity_provider: UpdateIdentityproviderOption,
}

impl KeystoneUpdateIdentityProviderRequestBody {
    /// Sets the `identity_provider` field.
    #[must_use]
    pub fn with_identity_provider(mut self, value: UpdateIdentityproviderOption) -> Self {
        self.identity_provider = value;
        self
    }
}

impl json::ToJson for KeystoneUpdateIdentityProviderRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "identity_provider", &self.identity_provider);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_update_identity_provider`](super::IamClient::keystone_update_identity_provider): `PATCH /v3/OS-FEDERATION/identity_providers/{id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateIdentityProviderResponse {
    /// JSON field `identity_provider`.
    pub identity_provider: ::std::option::Option<IdentityprovidersResult>,
}

impl json::FromJson for KeystoneUpdateIdentityProviderResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            identity_provider: json::take(&mut map, "identity_provider")?,
        })
    }
}

/// Request of [`IamClient::keystone_update_mapping`](super::IamClient::keystone_update_mapping): `PATCH /v3/OS-FEDERATION/mappings/{id}`.
///
/// Required fields: `id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateMappingRequest {
    /// Required path parameter `id`.
    pub id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<KeystoneUpdateMappingRequestBody>,
}

impl KeystoneUpdateMappingRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneUpdateMappingRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneUpdateMappingRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateMappingRequestBody {
    /// Required JSON field `mapping`.
    pub mapping: MappingOption,
}

impl KeystoneUpdateMappingRequestBody {
    /// Sets the `mapping` field.
    #[must_use]
    pub fn with_mapping(mut self, value: MappingOption) -> Self {
        self.mapping = value;
        self
    }
}

impl json::ToJson for KeystoneUpdateMappingRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "mapping", &self.mapping);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_update_mapping`](super::IamClient::keystone_update_mapping): `PATCH /v3/OS-FEDERATION/mappings/{id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateMappingResponse {
    /// JSON field `mapping`.
    pub mapping: ::std::option::Option<MappingResult>,
}

impl json::FromJson for KeystoneUpdateMappingResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            mapping: json::take(&mut map, "mapping")?,
        })
    }
}

/// JSON model `KeystoneUpdatePasswordOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdatePasswordOption {
    /// Required JSON field `password`. Debug output hides its value.
    pub password: ::std::string::String,
    /// Required JSON field `original_password`. Debug output hides its value.
    pub original_password: ::std::string::String,
}

impl ::std::fmt::Debug for KeystoneUpdatePasswordOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeystoneUpdatePasswordOption")
            .field("password", &"<redacted>")
            .field("original_password", &"<redacted>")
            .finish()
    }
}

impl KeystoneUpdatePasswordOption {
    /// Sets the `password` field.
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = value.into();
        self
    }

    /// Sets the `original_password` field.
    #[must_use]
    pub fn with_original_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.original_password = value.into();
        self
    }
}

impl json::ToJson for KeystoneUpdatePasswordOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "password", &self.password);
        json::put(&mut map, "original_password", &self.original_password);
        json::Value::Object(map)
    }
}

/// JSON model `KeystoneUpdateProjectOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateProjectOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl KeystoneUpdateProjectOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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

impl json::ToJson for KeystoneUpdateProjectOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::keystone_update_project`](super::IamClient::keystone_update_project): `PATCH /v3/projects/{project_id}`.
///
/// Required fields: `project_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateProjectRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<KeystoneUpdateProjectRequestBody>,
}

impl KeystoneUpdateProjectRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneUpdateProjectRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneUpdateProjectRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateProjectRequestBody {
    /// Required JSON field `project`.
    pub project: KeystoneUpdateProjectOption,
}

impl KeystoneUpdateProjectRequestBody {
    /// Sets the `project` field.
    #[must_use]
    pub fn with_project(mut self, value: KeystoneUpdateProjectOption) -> Self {
        self.project = value;
        self
    }
}

impl json::ToJson for KeystoneUpdateProjectRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "project", &self.project);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_update_project`](super::IamClient::keystone_update_project): `PATCH /v3/projects/{project_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateProjectResponse {
    /// JSON field `project`.
    pub project: ::std::option::Option<KeystoneUpdateProjectResult>,
}

impl json::FromJson for KeystoneUpdateProjectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            project: json::take(&mut map, "project")?,
        })
    }
}

/// JSON model `KeystoneUpdateProjectResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateProjectResult {
    /// Required JSON field `is_domain`.
    pub is_domain: bool,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// JSON field `extra`.
    pub extra: ::std::option::Option<::huaweicloud_sdk_core::json::Value>,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `parent_id`.
    pub parent_id: ::std::string::String,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl json::FromJson for KeystoneUpdateProjectResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            is_domain: json::take(&mut map, "is_domain")?,
            description: json::take(&mut map, "description")?,
            extra: json::take(&mut map, "extra")?,
            links: json::take(&mut map, "links")?,
            enabled: json::take(&mut map, "enabled")?,
            id: json::take(&mut map, "id")?,
            parent_id: json::take(&mut map, "parent_id")?,
            domain_id: json::take(&mut map, "domain_id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// Request of [`IamClient::keystone_update_protocol`](super::IamClient::keystone_update_protocol): `PATCH /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
///
/// Required fields: `idp_id`, `protocol_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateProtocolRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
    /// Required path parameter `protocol_id`.
    pub protocol_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<KeystoneUpdateProtocolRequestBody>,
}

impl KeystoneUpdateProtocolRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }

    /// Sets the `protocol_id` field.
    #[must_use]
    pub fn with_protocol_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneUpdateProtocolRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneUpdateProtocolRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateProtocolRequestBody {
    /// Required JSON field `protocol`.
    pub protocol: ProtocolOption,
}

impl KeystoneUpdateProtocolRequestBody {
    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(mut self, value: ProtocolOption) -> Self {
        self.protocol = value;
        self
    }
}

impl json::ToJson for KeystoneUpdateProtocolRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "protocol", &self.protocol);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_update_protocol`](super::IamClient::keystone_update_protocol): `PATCH /v3/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateProtocolResponse {
    /// JSON field `protocol`.
    pub protocol: ::std::option::Option<ProtocolResult>,
}

impl json::FromJson for KeystoneUpdateProtocolResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            protocol: json::take(&mut map, "protocol")?,
        })
    }
}

/// Request of [`IamClient::keystone_update_user_by_admin`](super::IamClient::keystone_update_user_by_admin): `PATCH /v3/users/{user_id}`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateUserByAdminRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<KeystoneUpdateUserByAdminRequestBody>,
}

impl KeystoneUpdateUserByAdminRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneUpdateUserByAdminRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneUpdateUserByAdminRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateUserByAdminRequestBody {
    /// Required JSON field `user`.
    pub user: KeystoneUpdateUserOption,
}

impl KeystoneUpdateUserByAdminRequestBody {
    /// Sets the `user` field.
    #[must_use]
    pub fn with_user(mut self, value: KeystoneUpdateUserOption) -> Self {
        self.user = value;
        self
    }
}

impl json::ToJson for KeystoneUpdateUserByAdminRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user", &self.user);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_update_user_by_admin`](super::IamClient::keystone_update_user_by_admin): `PATCH /v3/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateUserByAdminResponse {
    /// JSON field `user`.
    pub user: ::std::option::Option<KeystoneUpdateUserByAdminResult>,
}

impl json::FromJson for KeystoneUpdateUserByAdminResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `KeystoneUpdateUserByAdminResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateUserByAdminResult {
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// JSON field `last_project_id`.
    pub last_project_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `password_expires_at`.
    pub password_expires_at: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
}

impl json::FromJson for KeystoneUpdateUserByAdminResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            pwd_status: json::take(&mut map, "pwd_status")?,
            domain_id: json::take(&mut map, "domain_id")?,
            last_project_id: json::take(&mut map, "last_project_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            enabled: json::take(&mut map, "enabled")?,
        })
    }
}

/// JSON model `KeystoneUpdateUserOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateUserOption {
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `password`. Debug output hides its value.
    pub password: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
}

impl ::std::fmt::Debug for KeystoneUpdateUserOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeystoneUpdateUserOption")
            .field("domain_id", &self.domain_id)
            .field("name", &self.name)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("enabled", &self.enabled)
            .field("description", &self.description)
            .field("pwd_status", &self.pwd_status)
            .finish()
    }
}

impl KeystoneUpdateUserOption {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `password` field.
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
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

    /// Sets the `pwd_status` field.
    #[must_use]
    pub fn with_pwd_status(mut self, value: bool) -> Self {
        self.pwd_status = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for KeystoneUpdateUserOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "domain_id", &self.domain_id);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "password", &self.password);
        json::put(&mut map, "enabled", &self.enabled);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "pwd_status", &self.pwd_status);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::keystone_update_user_password`](super::IamClient::keystone_update_user_password): `POST /v3/users/{user_id}/password`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateUserPasswordRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<KeystoneUpdateUserPasswordRequestBody>,
}

impl KeystoneUpdateUserPasswordRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: KeystoneUpdateUserPasswordRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `KeystoneUpdateUserPasswordRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateUserPasswordRequestBody {
    /// Required JSON field `user`.
    pub user: KeystoneUpdatePasswordOption,
}

impl KeystoneUpdateUserPasswordRequestBody {
    /// Sets the `user` field.
    #[must_use]
    pub fn with_user(mut self, value: KeystoneUpdatePasswordOption) -> Self {
        self.user = value;
        self
    }
}

impl json::ToJson for KeystoneUpdateUserPasswordRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user", &self.user);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::keystone_update_user_password`](super::IamClient::keystone_update_user_password): `POST /v3/users/{user_id}/password`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUpdateUserPasswordResponse {}

impl json::FromJson for KeystoneUpdateUserPasswordResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `KeystoneUserResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneUserResult {
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// JSON field `last_project_id`.
    pub last_project_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `password_expires_at`.
    pub password_expires_at: ::std::string::String,
    /// Required JSON field `links`.
    pub links: Links,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// JSON field `pwd_strength`.
    pub pwd_strength: ::std::option::Option<::std::string::String>,
    /// JSON field `access_mode`.
    pub access_mode: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for KeystoneUserResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            pwd_status: json::take(&mut map, "pwd_status")?,
            domain_id: json::take(&mut map, "domain_id")?,
            last_project_id: json::take(&mut map, "last_project_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            enabled: json::take(&mut map, "enabled")?,
            pwd_strength: json::take(&mut map, "pwd_strength")?,
            access_mode: json::take(&mut map, "access_mode")?,
        })
    }
}

/// Request of [`IamClient::keystone_validate_token`](super::IamClient::keystone_validate_token): `GET /v3/auth/tokens`.
///
/// Required fields: `x_subject_token`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneValidateTokenRequest {
    /// Required header `X-Subject-Token`. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Subject-Token"))]
    pub x_subject_token: ::std::string::String,
    /// Query parameter `nocatalog`.
    pub nocatalog: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for KeystoneValidateTokenRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeystoneValidateTokenRequest")
            .field("x_subject_token", &"<redacted>")
            .field("nocatalog", &self.nocatalog)
            .finish()
    }
}

impl KeystoneValidateTokenRequest {
    /// Sets the `x_subject_token` field.
    #[must_use]
    pub fn with_x_subject_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_subject_token = value.into();
        self
    }

    /// Sets the `nocatalog` field.
    #[must_use]
    pub fn with_nocatalog(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nocatalog = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::keystone_validate_token`](super::IamClient::keystone_validate_token): `GET /v3/auth/tokens`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct KeystoneValidateTokenResponse {
    /// JSON field `token`.
    pub token: ::std::option::Option<TokenResult>,
    /// Value of the `X-Subject-Token` response header. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Subject-Token"))]
    pub x_subject_token: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for KeystoneValidateTokenResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeystoneValidateTokenResponse")
            .field("token", &self.token)
            .field(
                "x_subject_token",
                &self.x_subject_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl json::FromJson for KeystoneValidateTokenResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            token: json::take(&mut map, "token")?,
            x_subject_token: json::take(&mut map, "x_subject_token")?,
        })
    }
}

/// JSON model `Links`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Links {
    /// Required JSON field `self`.
    #[cfg_attr(feature = "serde", serde(rename = "self"))]
    pub self_: ::std::string::String,
    /// Required JSON field `previous`.
    pub previous: ::std::string::String,
    /// Required JSON field `next`.
    pub next: ::std::string::String,
}

impl json::FromJson for Links {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            self_: json::take(&mut map, "self")?,
            previous: json::take(&mut map, "previous")?,
            next: json::take(&mut map, "next")?,
        })
    }
}

/// JSON model `LinksSelf`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LinksSelf {
    /// Required JSON field `self`.
    #[cfg_attr(feature = "serde", serde(rename = "self"))]
    pub self_: ::std::string::String,
}

impl json::FromJson for LinksSelf {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            self_: json::take(&mut map, "self")?,
        })
    }
}

/// Request of [`IamClient::list_agencies`](super::IamClient::list_agencies): `GET /v3.0/OS-AGENCY/agencies`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAgenciesRequest {
    /// Required query parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Query parameter `trust_domain_id`.
    pub trust_domain_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// Query parameter `per_page`.
    pub per_page: ::std::option::Option<i64>,
}

impl ListAgenciesRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `trust_domain_id` field.
    #[must_use]
    pub fn with_trust_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trust_domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `page` field.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `per_page` field.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::list_agencies`](super::IamClient::list_agencies): `GET /v3.0/OS-AGENCY/agencies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAgenciesResponse {
    /// JSON field `agencies`.
    pub agencies: ::std::option::Option<::std::vec::Vec<AgencyListResult>>,
}

impl json::FromJson for ListAgenciesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            agencies: json::take(&mut map, "agencies")?,
        })
    }
}

/// Request of [`IamClient::list_all_projects_permissions_for_agency`](super::IamClient::list_all_projects_permissions_for_agency): `GET /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/inherited_to_projects`.
///
/// Required fields: `agency_id`, `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAllProjectsPermissionsForAgencyRequest {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
}

impl ListAllProjectsPermissionsForAgencyRequest {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }
}

/// Response of [`IamClient::list_all_projects_permissions_for_agency`](super::IamClient::list_all_projects_permissions_for_agency): `GET /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/inherited_to_projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAllProjectsPermissionsForAgencyResponse {
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<AgencyAllProjectRole>>,
    /// JSON field `links`.
    pub links: ::std::option::Option<LinksSelf>,
}

impl json::FromJson for ListAllProjectsPermissionsForAgencyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            roles: json::take(&mut map, "roles")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// Request of [`IamClient::list_custom_policies`](super::IamClient::list_custom_policies): `GET /v3.0/OS-ROLE/roles`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListCustomPoliciesRequest {
    /// Query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// Query parameter `per_page`.
    pub per_page: ::std::option::Option<i64>,
}

impl ListCustomPoliciesRequest {
    /// Sets the `page` field.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `per_page` field.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::list_custom_policies`](super::IamClient::list_custom_policies): `GET /v3.0/OS-ROLE/roles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListCustomPoliciesResponse {
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<ListPolicyRoleResult>>,
    /// JSON field `total_number`.
    pub total_number: ::std::option::Option<i64>,
}

impl json::FromJson for ListCustomPoliciesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            links: json::take(&mut map, "links")?,
            roles: json::take(&mut map, "roles")?,
            total_number: json::take(&mut map, "total_number")?,
        })
    }
}

/// Request of [`IamClient::list_domain_permissions_for_agency`](super::IamClient::list_domain_permissions_for_agency): `GET /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles`.
///
/// Required fields: `domain_id`, `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListDomainPermissionsForAgencyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
}

impl ListDomainPermissionsForAgencyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

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

/// Response of [`IamClient::list_domain_permissions_for_agency`](super::IamClient::list_domain_permissions_for_agency): `GET /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListDomainPermissionsForAgencyResponse {
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<RoleResult>>,
}

impl json::FromJson for ListDomainPermissionsForAgencyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            roles: json::take(&mut map, "roles")?,
        })
    }
}

/// Request of [`IamClient::list_enterprise_projects_for_group`](super::IamClient::list_enterprise_projects_for_group): `GET /v3.0/OS-PERMISSION/groups/{group_id}/enterprise-projects`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListEnterpriseProjectsForGroupRequest {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl ListEnterpriseProjectsForGroupRequest {
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

/// Response of [`IamClient::list_enterprise_projects_for_group`](super::IamClient::list_enterprise_projects_for_group): `GET /v3.0/OS-PERMISSION/groups/{group_id}/enterprise-projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListEnterpriseProjectsForGroupResponse {
    /// JSON field `enterprise-projects`.
    #[cfg_attr(feature = "serde", serde(rename = "enterprise-projects"))]
    pub enterprise_projects:
        ::std::option::Option<::std::vec::Vec<ListEnterpriseProjectsResDetail>>,
}

impl json::FromJson for ListEnterpriseProjectsForGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            enterprise_projects: json::take(&mut map, "enterprise-projects")?,
        })
    }
}

/// Request of [`IamClient::list_enterprise_projects_for_user`](super::IamClient::list_enterprise_projects_for_user): `GET /v3.0/OS-PERMISSION/users/{user_id}/enterprise-projects`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListEnterpriseProjectsForUserRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl ListEnterpriseProjectsForUserRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::list_enterprise_projects_for_user`](super::IamClient::list_enterprise_projects_for_user): `GET /v3.0/OS-PERMISSION/users/{user_id}/enterprise-projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListEnterpriseProjectsForUserResponse {
    /// JSON field `enterprise-projects`.
    #[cfg_attr(feature = "serde", serde(rename = "enterprise-projects"))]
    pub enterprise_projects:
        ::std::option::Option<::std::vec::Vec<ListEnterpriseProjectsResDetail>>,
}

impl json::FromJson for ListEnterpriseProjectsForUserResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            enterprise_projects: json::take(&mut map, "enterprise-projects")?,
        })
    }
}

/// JSON model `ListEnterpriseProjectsResDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListEnterpriseProjectsResDetail {
    /// Required JSON field `projectId`.
    #[cfg_attr(feature = "serde", serde(rename = "projectId"))]
    pub project_id: ::std::string::String,
}

impl json::FromJson for ListEnterpriseProjectsResDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            project_id: json::take(&mut map, "projectId")?,
        })
    }
}

/// Request of [`IamClient::list_groups_for_enterprise_project`](super::IamClient::list_groups_for_enterprise_project): `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups`.
///
/// Required fields: `enterprise_project_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListGroupsForEnterpriseProjectRequest {
    /// Required path parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
}

impl ListGroupsForEnterpriseProjectRequest {
    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = value.into();
        self
    }
}

/// JSON model `ListGroupsForEnterpriseProjectResDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListGroupsForEnterpriseProjectResDetail {
    /// Required JSON field `createTime`.
    #[cfg_attr(feature = "serde", serde(rename = "createTime"))]
    pub create_time: i64,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `domainId`.
    #[cfg_attr(feature = "serde", serde(rename = "domainId"))]
    pub domain_id: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl json::FromJson for ListGroupsForEnterpriseProjectResDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            create_time: json::take(&mut map, "createTime")?,
            description: json::take(&mut map, "description")?,
            domain_id: json::take(&mut map, "domainId")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// Response of [`IamClient::list_groups_for_enterprise_project`](super::IamClient::list_groups_for_enterprise_project): `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListGroupsForEnterpriseProjectResponse {
    /// JSON field `groups`.
    pub groups: ::std::option::Option<::std::vec::Vec<ListGroupsForEnterpriseProjectResDetail>>,
}

impl json::FromJson for ListGroupsForEnterpriseProjectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            groups: json::take(&mut map, "groups")?,
        })
    }
}

/// Request of [`IamClient::list_permanent_access_keys`](super::IamClient::list_permanent_access_keys): `GET /v3.0/OS-CREDENTIAL/credentials`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPermanentAccessKeysRequest {
    /// Query parameter `user_id`.
    pub user_id: ::std::option::Option<::std::string::String>,
}

impl ListPermanentAccessKeysRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::list_permanent_access_keys`](super::IamClient::list_permanent_access_keys): `GET /v3.0/OS-CREDENTIAL/credentials`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPermanentAccessKeysResponse {
    /// JSON field `credentials`.
    pub credentials: ::std::option::Option<::std::vec::Vec<Credentials>>,
}

impl json::FromJson for ListPermanentAccessKeysResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            credentials: json::take(&mut map, "credentials")?,
        })
    }
}

/// JSON model `ListPolicyRoleResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPolicyRoleResult {
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// JSON field `updated_time`.
    pub updated_time: ::std::option::Option<::std::string::String>,
    /// JSON field `created_time`.
    pub created_time: ::std::option::Option<::std::string::String>,
    /// JSON field `description_cn`.
    pub description_cn: ::std::option::Option<::std::string::String>,
    /// Required JSON field `catalog`.
    pub catalog: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `display_name`.
    pub display_name: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `policy`.
    pub policy: CustomPolicy,
}

impl json::FromJson for ListPolicyRoleResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain_id: json::take(&mut map, "domain_id")?,
            updated_time: json::take(&mut map, "updated_time")?,
            created_time: json::take(&mut map, "created_time")?,
            description_cn: json::take(&mut map, "description_cn")?,
            catalog: json::take(&mut map, "catalog")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            display_name: json::take(&mut map, "display_name")?,
            r#type: json::take(&mut map, "type")?,
            policy: json::take(&mut map, "policy")?,
        })
    }
}

/// Request of [`IamClient::list_project_permissions_for_agency`](super::IamClient::list_project_permissions_for_agency): `GET /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles`.
///
/// Required fields: `project_id`, `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListProjectPermissionsForAgencyRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
}

impl ListProjectPermissionsForAgencyRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }

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

/// Response of [`IamClient::list_project_permissions_for_agency`](super::IamClient::list_project_permissions_for_agency): `GET /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListProjectPermissionsForAgencyResponse {
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<RoleResult>>,
}

impl json::FromJson for ListProjectPermissionsForAgencyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            roles: json::take(&mut map, "roles")?,
        })
    }
}

/// Request of [`IamClient::list_roles_for_group_on_enterprise_project`](super::IamClient::list_roles_for_group_on_enterprise_project): `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles`.
///
/// Required fields: `enterprise_project_id`, `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRolesForGroupOnEnterpriseProjectRequest {
    /// Required path parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl ListRolesForGroupOnEnterpriseProjectRequest {
    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = value.into();
        self
    }

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

/// Response of [`IamClient::list_roles_for_group_on_enterprise_project`](super::IamClient::list_roles_for_group_on_enterprise_project): `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRolesForGroupOnEnterpriseProjectResponse {
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<RolesItem>>,
}

impl json::FromJson for ListRolesForGroupOnEnterpriseProjectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            roles: json::take(&mut map, "roles")?,
        })
    }
}

/// Request of [`IamClient::list_roles_for_user_on_enterprise_project`](super::IamClient::list_roles_for_user_on_enterprise_project): `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles`.
///
/// Required fields: `enterprise_project_id`, `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRolesForUserOnEnterpriseProjectRequest {
    /// Required path parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl ListRolesForUserOnEnterpriseProjectRequest {
    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = value.into();
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::list_roles_for_user_on_enterprise_project`](super::IamClient::list_roles_for_user_on_enterprise_project): `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRolesForUserOnEnterpriseProjectResponse {
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<RolesItem>>,
}

impl json::FromJson for ListRolesForUserOnEnterpriseProjectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            roles: json::take(&mut map, "roles")?,
        })
    }
}

/// Request of [`IamClient::list_user_login_protects`](super::IamClient::list_user_login_protects): `GET /v3.0/OS-USER/login-protects`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListUserLoginProtectsRequest {}

/// Response of [`IamClient::list_user_login_protects`](super::IamClient::list_user_login_protects): `GET /v3.0/OS-USER/login-protects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListUserLoginProtectsResponse {
    /// JSON field `login_protects`.
    pub login_protects: ::std::option::Option<::std::vec::Vec<LoginProtectResult>>,
}

impl json::FromJson for ListUserLoginProtectsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            login_protects: json::take(&mut map, "login_protects")?,
        })
    }
}

/// Request of [`IamClient::list_user_mfa_devices`](super::IamClient::list_user_mfa_devices): `GET /v3.0/OS-MFA/virtual-mfa-devices`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListUserMfaDevicesRequest {}

/// Response of [`IamClient::list_user_mfa_devices`](super::IamClient::list_user_mfa_devices): `GET /v3.0/OS-MFA/virtual-mfa-devices`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListUserMfaDevicesResponse {
    /// JSON field `virtual_mfa_devices`.
    pub virtual_mfa_devices: ::std::option::Option<::std::vec::Vec<MfaDeviceResult>>,
}

impl json::FromJson for ListUserMfaDevicesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            virtual_mfa_devices: json::take(&mut map, "virtual_mfa_devices")?,
        })
    }
}

/// Request of [`IamClient::list_users_for_enterprise_project`](super::IamClient::list_users_for_enterprise_project): `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users`.
///
/// Required fields: `enterprise_project_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListUsersForEnterpriseProjectRequest {
    /// Required path parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
}

impl ListUsersForEnterpriseProjectRequest {
    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = value.into();
        self
    }
}

/// JSON model `ListUsersForEnterpriseProjectResUsers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListUsersForEnterpriseProjectResUsers {
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `policy_num`.
    pub policy_num: i64,
    /// Required JSON field `lastest_policy_time`.
    pub lastest_policy_time: i64,
}

impl json::FromJson for ListUsersForEnterpriseProjectResUsers {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain_id: json::take(&mut map, "domain_id")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            enabled: json::take(&mut map, "enabled")?,
            description: json::take(&mut map, "description")?,
            policy_num: json::take(&mut map, "policy_num")?,
            lastest_policy_time: json::take(&mut map, "lastest_policy_time")?,
        })
    }
}

/// Response of [`IamClient::list_users_for_enterprise_project`](super::IamClient::list_users_for_enterprise_project): `GET /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListUsersForEnterpriseProjectResponse {
    /// JSON field `users`.
    pub users: ::std::option::Option<::std::vec::Vec<ListUsersForEnterpriseProjectResUsers>>,
}

impl json::FromJson for ListUsersForEnterpriseProjectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            users: json::take(&mut map, "users")?,
        })
    }
}

/// JSON model `LoginPolicyOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginPolicyOption {
    /// JSON field `account_validity_period`.
    pub account_validity_period: ::std::option::Option<i64>,
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
}

impl LoginPolicyOption {
    /// Sets the `account_validity_period` field.
    #[must_use]
    pub fn with_account_validity_period(mut self, value: i64) -> Self {
        self.account_validity_period = ::std::option::Option::Some(value);
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
}

impl json::ToJson for LoginPolicyOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "account_validity_period",
            &self.account_validity_period,
        );
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
        json::Value::Object(map)
    }
}

/// JSON model `LoginPolicyResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginPolicyResult {
    /// Required JSON field `account_validity_period`.
    pub account_validity_period: i64,
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
}

impl json::FromJson for LoginPolicyResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            account_validity_period: json::take(&mut map, "account_validity_period")?,
            custom_info_for_login: json::take(&mut map, "custom_info_for_login")?,
            lockout_duration: json::take(&mut map, "lockout_duration")?,
            login_failed_times: json::take(&mut map, "login_failed_times")?,
            period_with_login_failures: json::take(&mut map, "period_with_login_failures")?,
            session_timeout: json::take(&mut map, "session_timeout")?,
            show_recent_login_info: json::take(&mut map, "show_recent_login_info")?,
        })
    }
}

/// JSON model `LoginProtectResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginProtectResult {
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `verification_method`.
    pub verification_method: ::std::string::String,
}

impl json::FromJson for LoginProtectResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            enabled: json::take(&mut map, "enabled")?,
            user_id: json::take(&mut map, "user_id")?,
            verification_method: json::take(&mut map, "verification_method")?,
        })
    }
}

/// JSON model `LoginToken`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginToken {
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
    /// Required JSON field `method`.
    pub method: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `user_name`.
    pub user_name: ::std::string::String,
    /// Required JSON field `session_id`.
    pub session_id: ::std::string::String,
    /// JSON field `session_user_id`.
    pub session_user_id: ::std::option::Option<::std::string::String>,
    /// JSON field `session_name`.
    pub session_name: ::std::option::Option<::std::string::String>,
    /// JSON field `assumed_by`.
    pub assumed_by: ::std::option::Option<LoginTokenAssumedBy>,
}

impl json::FromJson for LoginToken {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain_id: json::take(&mut map, "domain_id")?,
            expires_at: json::take(&mut map, "expires_at")?,
            method: json::take(&mut map, "method")?,
            user_id: json::take(&mut map, "user_id")?,
            user_name: json::take(&mut map, "user_name")?,
            session_id: json::take(&mut map, "session_id")?,
            session_user_id: json::take(&mut map, "session_user_id")?,
            session_name: json::take(&mut map, "session_name")?,
            assumed_by: json::take(&mut map, "assumed_by")?,
        })
    }
}

/// JSON model `LoginTokenAssumedBy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginTokenAssumedBy {
    /// JSON field `user`.
    pub user: ::std::option::Option<LoginTokenUser>,
}

impl json::FromJson for LoginTokenAssumedBy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `LoginTokenAuth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginTokenAuth {
    /// Required JSON field `securitytoken`.
    pub securitytoken: LoginTokenSecurityToken,
}

impl LoginTokenAuth {
    /// Sets the `securitytoken` field.
    #[must_use]
    pub fn with_securitytoken(mut self, value: LoginTokenSecurityToken) -> Self {
        self.securitytoken = value;
        self
    }
}

impl json::ToJson for LoginTokenAuth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "securitytoken", &self.securitytoken);
        json::Value::Object(map)
    }
}

/// JSON model `LoginTokenDomain`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginTokenDomain {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for LoginTokenDomain {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `LoginTokenSecurityToken`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginTokenSecurityToken {
    /// Required JSON field `access`.
    pub access: ::std::string::String,
    /// Required JSON field `secret`. Debug output hides its value.
    pub secret: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// JSON field `duration_seconds`.
    pub duration_seconds: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for LoginTokenSecurityToken {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LoginTokenSecurityToken")
            .field("access", &self.access)
            .field("secret", &"<redacted>")
            .field("id", &self.id)
            .field("duration_seconds", &self.duration_seconds)
            .finish()
    }
}

impl LoginTokenSecurityToken {
    /// Sets the `access` field.
    #[must_use]
    pub fn with_access(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.access = value.into();
        self
    }

    /// Sets the `secret` field.
    #[must_use]
    pub fn with_secret(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.secret = value.into();
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets the `duration_seconds` field.
    #[must_use]
    pub fn with_duration_seconds(mut self, value: i64) -> Self {
        self.duration_seconds = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for LoginTokenSecurityToken {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "access", &self.access);
        json::put(&mut map, "secret", &self.secret);
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "duration_seconds", &self.duration_seconds);
        json::Value::Object(map)
    }
}

/// JSON model `LoginTokenUser`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LoginTokenUser {
    /// JSON field `domain`.
    pub domain: ::std::option::Option<LoginTokenDomain>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `password_expires_at`.
    pub password_expires_at: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for LoginTokenUser {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain: json::take(&mut map, "domain")?,
            name: json::take(&mut map, "name")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `MappingOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MappingOption {
    /// Required JSON field `rules`.
    pub rules: ::std::vec::Vec<MappingRules>,
}

impl MappingOption {
    /// Sets the `rules` field.
    #[must_use]
    pub fn with_rules(mut self, value: ::std::vec::Vec<MappingRules>) -> Self {
        self.rules = value;
        self
    }
}

impl json::ToJson for MappingOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "rules", &self.rules);
        json::Value::Object(map)
    }
}

/// JSON model `MappingResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MappingResult {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `rules`.
    pub rules: ::std::vec::Vec<MappingRules>,
}

impl json::FromJson for MappingResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            rules: json::take(&mut map, "rules")?,
        })
    }
}

/// JSON model `MappingRules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MappingRules {
    /// Required JSON field `local`.
    pub local: ::std::vec::Vec<RulesLocal>,
    /// Required JSON field `remote`.
    pub remote: ::std::vec::Vec<RulesRemote>,
}

impl MappingRules {
    /// Sets the `local` field.
    #[must_use]
    pub fn with_local(mut self, value: ::std::vec::Vec<RulesLocal>) -> Self {
        self.local = value;
        self
    }

    /// Sets the `remote` field.
    #[must_use]
    pub fn with_remote(mut self, value: ::std::vec::Vec<RulesRemote>) -> Self {
        self.remote = value;
        self
    }
}

impl json::ToJson for MappingRules {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "local", &self.local);
        json::put(&mut map, "remote", &self.remote);
        json::Value::Object(map)
    }
}

impl json::FromJson for MappingRules {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            local: json::take(&mut map, "local")?,
            remote: json::take(&mut map, "remote")?,
        })
    }
}

/// JSON model `MfaAuth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MfaAuth {
    /// Required JSON field `identity`.
    pub identity: MfaIdentity,
    /// Required JSON field `scope`.
    pub scope: AuthScope,
}

impl MfaAuth {
    /// Sets the `identity` field.
    #[must_use]
    pub fn with_identity(mut self, value: MfaIdentity) -> Self {
        self.identity = value;
        self
    }

    /// Sets the `scope` field.
    #[must_use]
    pub fn with_scope(mut self, value: AuthScope) -> Self {
        self.scope = value;
        self
    }
}

impl json::ToJson for MfaAuth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "identity", &self.identity);
        json::put(&mut map, "scope", &self.scope);
        json::Value::Object(map)
    }
}

/// JSON model `MfaDeviceResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MfaDeviceResult {
    /// Required JSON field `serial_number`.
    pub serial_number: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
}

impl json::FromJson for MfaDeviceResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            serial_number: json::take(&mut map, "serial_number")?,
            user_id: json::take(&mut map, "user_id")?,
        })
    }
}

/// JSON model `MfaIdentity`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MfaIdentity {
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `password`.
    pub password: PwdPassword,
    /// Required JSON field `totp`.
    pub totp: MfaTotp,
}

impl MfaIdentity {
    /// Sets the `methods` field.
    #[must_use]
    pub fn with_methods(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.methods = value;
        self
    }

    /// Sets the `password` field.
    #[must_use]
    pub fn with_password(mut self, value: PwdPassword) -> Self {
        self.password = value;
        self
    }

    /// Sets the `totp` field.
    #[must_use]
    pub fn with_totp(mut self, value: MfaTotp) -> Self {
        self.totp = value;
        self
    }
}

impl json::ToJson for MfaIdentity {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "methods", &self.methods);
        json::put(&mut map, "password", &self.password);
        json::put(&mut map, "totp", &self.totp);
        json::Value::Object(map)
    }
}

/// JSON model `MfaTotp`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MfaTotp {
    /// Required JSON field `user`.
    pub user: MfaTotpUser,
}

impl MfaTotp {
    /// Sets the `user` field.
    #[must_use]
    pub fn with_user(mut self, value: MfaTotpUser) -> Self {
        self.user = value;
        self
    }
}

impl json::ToJson for MfaTotp {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user", &self.user);
        json::Value::Object(map)
    }
}

/// JSON model `MfaTotpUser`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MfaTotpUser {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `passcode`. Debug output hides its value.
    pub passcode: ::std::string::String,
}

impl ::std::fmt::Debug for MfaTotpUser {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MfaTotpUser")
            .field("id", &self.id)
            .field("passcode", &"<redacted>")
            .finish()
    }
}

impl MfaTotpUser {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets the `passcode` field.
    #[must_use]
    pub fn with_passcode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.passcode = value.into();
        self
    }
}

impl json::ToJson for MfaTotpUser {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "passcode", &self.passcode);
        json::Value::Object(map)
    }
}

/// JSON model `OpenIdConnectConfig`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct OpenIdConnectConfig {
    /// Required JSON field `access_mode`.
    pub access_mode: ::std::string::String,
    /// Required JSON field `idp_url`.
    pub idp_url: ::std::string::String,
    /// Required JSON field `client_id`.
    pub client_id: ::std::string::String,
    /// Required JSON field `authorization_endpoint`.
    pub authorization_endpoint: ::std::string::String,
    /// Required JSON field `scope`.
    pub scope: ::std::string::String,
    /// Required JSON field `response_type`.
    pub response_type: ::std::string::String,
    /// Required JSON field `response_mode`.
    pub response_mode: ::std::string::String,
    /// Required JSON field `signing_key`. Debug output hides its value.
    pub signing_key: ::std::string::String,
}

impl ::std::fmt::Debug for OpenIdConnectConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OpenIdConnectConfig")
            .field("access_mode", &self.access_mode)
            .field("idp_url", &self.idp_url)
            .field("client_id", &self.client_id)
            .field("authorization_endpoint", &self.authorization_endpoint)
            .field("scope", &self.scope)
            .field("response_type", &self.response_type)
            .field("response_mode", &self.response_mode)
            .field("signing_key", &"<redacted>")
            .finish()
    }
}

impl json::FromJson for OpenIdConnectConfig {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            access_mode: json::take(&mut map, "access_mode")?,
            idp_url: json::take(&mut map, "idp_url")?,
            client_id: json::take(&mut map, "client_id")?,
            authorization_endpoint: json::take(&mut map, "authorization_endpoint")?,
            scope: json::take(&mut map, "scope")?,
            response_type: json::take(&mut map, "response_type")?,
            response_mode: json::take(&mut map, "response_mode")?,
            signing_key: json::take(&mut map, "signing_key")?,
        })
    }
}

/// JSON model `OsFederationInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct OsFederationInfo {
    /// Required JSON field `identity_provider`.
    pub identity_provider: IdpIdInfo,
    /// Required JSON field `protocol`.
    pub protocol: ProtocolIdInfo,
    /// Required JSON field `groups`.
    pub groups: ::std::vec::Vec<::huaweicloud_sdk_core::json::Value>,
}

impl json::FromJson for OsFederationInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            identity_provider: json::take(&mut map, "identity_provider")?,
            protocol: json::take(&mut map, "protocol")?,
            groups: json::take(&mut map, "groups")?,
        })
    }
}

/// JSON model `OsfederationGroups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct OsfederationGroups {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl json::FromJson for OsfederationGroups {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `OsfederationIdentityprovider`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct OsfederationIdentityprovider {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for OsfederationIdentityprovider {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `OsfederationProtocol`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct OsfederationProtocol {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for OsfederationProtocol {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `PasswordPolicyOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PasswordPolicyOption {
    /// JSON field `maximum_consecutive_identical_chars`.
    pub maximum_consecutive_identical_chars: ::std::option::Option<i64>,
    /// JSON field `minimum_password_age`.
    pub minimum_password_age: ::std::option::Option<i64>,
    /// JSON field `minimum_password_length`.
    pub minimum_password_length: ::std::option::Option<i64>,
    /// JSON field `number_of_recent_passwords_disallowed`.
    pub number_of_recent_passwords_disallowed: ::std::option::Option<i64>,
    /// JSON field `password_not_username_or_invert`.
    pub password_not_username_or_invert: ::std::option::Option<bool>,
    /// JSON field `password_validity_period`.
    pub password_validity_period: ::std::option::Option<i64>,
    /// JSON field `password_char_combination`.
    pub password_char_combination: ::std::option::Option<i64>,
}

impl PasswordPolicyOption {
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

    /// Sets the `number_of_recent_passwords_disallowed` field.
    #[must_use]
    pub fn with_number_of_recent_passwords_disallowed(mut self, value: i64) -> Self {
        self.number_of_recent_passwords_disallowed = ::std::option::Option::Some(value);
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
}

impl json::ToJson for PasswordPolicyOption {
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
            "number_of_recent_passwords_disallowed",
            &self.number_of_recent_passwords_disallowed,
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
        json::Value::Object(map)
    }
}

/// JSON model `PasswordPolicyResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PasswordPolicyResult {
    /// Required JSON field `maximum_consecutive_identical_chars`.
    pub maximum_consecutive_identical_chars: i64,
    /// Required JSON field `maximum_password_length`.
    pub maximum_password_length: i64,
    /// Required JSON field `minimum_password_age`.
    pub minimum_password_age: i64,
    /// Required JSON field `minimum_password_length`.
    pub minimum_password_length: i64,
    /// Required JSON field `number_of_recent_passwords_disallowed`.
    pub number_of_recent_passwords_disallowed: i64,
    /// Required JSON field `password_not_username_or_invert`.
    pub password_not_username_or_invert: bool,
    /// Required JSON field `password_requirements`.
    pub password_requirements: ::std::string::String,
    /// Required JSON field `password_validity_period`.
    pub password_validity_period: i64,
    /// Required JSON field `password_char_combination`.
    pub password_char_combination: i64,
}

impl json::FromJson for PasswordPolicyResult {
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
            number_of_recent_passwords_disallowed: json::take(
                &mut map,
                "number_of_recent_passwords_disallowed",
            )?,
            password_not_username_or_invert: json::take(
                &mut map,
                "password_not_username_or_invert",
            )?,
            password_requirements: json::take(&mut map, "password_requirements")?,
            password_validity_period: json::take(&mut map, "password_validity_period")?,
            password_char_combination: json::take(&mut map, "password_char_combination")?,
        })
    }
}

/// JSON model `PolicyDepends`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyDepends {
    /// Required JSON field `catalog`.
    pub catalog: ::std::string::String,
    /// Required JSON field `display_name`.
    pub display_name: ::std::string::String,
}

impl json::FromJson for PolicyDepends {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            catalog: json::take(&mut map, "catalog")?,
            display_name: json::take(&mut map, "display_name")?,
        })
    }
}

/// JSON model `PolicyStatement`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyStatement {
    /// Required JSON field `Action`.
    #[cfg_attr(feature = "serde", serde(rename = "Action"))]
    pub action: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `Effect`.
    #[cfg_attr(feature = "serde", serde(rename = "Effect"))]
    pub effect: ::std::string::String,
    /// JSON field `Condition`.
    #[cfg_attr(feature = "serde", serde(rename = "Condition"))]
    pub condition: ::std::option::Option<::huaweicloud_sdk_core::json::Value>,
    /// JSON field `Resource`.
    #[cfg_attr(feature = "serde", serde(rename = "Resource"))]
    pub resource: ::std::option::Option<::huaweicloud_sdk_core::json::Value>,
}

impl json::FromJson for PolicyStatement {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            action: json::take(&mut map, "Action")?,
            effect: json::take(&mut map, "Effect")?,
            condition: json::take(&mut map, "Condition")?,
            resource: json::take(&mut map, "Resource")?,
        })
    }
}

/// JSON model `ProjectDetailsAndStatusResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProjectDetailsAndStatusResult {
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `is_domain`.
    pub is_domain: bool,
    /// Required JSON field `parent_id`.
    pub parent_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
}

impl json::FromJson for ProjectDetailsAndStatusResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain_id: json::take(&mut map, "domain_id")?,
            is_domain: json::take(&mut map, "is_domain")?,
            parent_id: json::take(&mut map, "parent_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            id: json::take(&mut map, "id")?,
            enabled: json::take(&mut map, "enabled")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// JSON model `ProjectInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProjectInfo {
    /// JSON field `domain`.
    pub domain: ::std::option::Option<DomainInfo>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl json::FromJson for ProjectInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain: json::take(&mut map, "domain")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `ProjectResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProjectResult {
    /// Required JSON field `is_domain`.
    pub is_domain: bool,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `links`.
    pub links: Links,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `parent_id`.
    pub parent_id: ::std::string::String,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl json::FromJson for ProjectResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            is_domain: json::take(&mut map, "is_domain")?,
            description: json::take(&mut map, "description")?,
            links: json::take(&mut map, "links")?,
            enabled: json::take(&mut map, "enabled")?,
            id: json::take(&mut map, "id")?,
            parent_id: json::take(&mut map, "parent_id")?,
            domain_id: json::take(&mut map, "domain_id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `ProtectPolicyOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProtectPolicyOption {
    /// Required JSON field `operation_protection`.
    pub operation_protection: bool,
    /// JSON field `allow_user`.
    pub allow_user: ::std::option::Option<AllowUserBody>,
    /// JSON field `mobile`.
    pub mobile: ::std::option::Option<::std::string::String>,
    /// JSON field `admin_check`.
    pub admin_check: ::std::option::Option<::std::string::String>,
    /// JSON field `email`.
    pub email: ::std::option::Option<::std::string::String>,
    /// JSON field `scene`.
    pub scene: ::std::option::Option<::std::string::String>,
}

impl ProtectPolicyOption {
    /// Sets the `operation_protection` field.
    #[must_use]
    pub fn with_operation_protection(mut self, value: bool) -> Self {
        self.operation_protection = value;
        self
    }

    /// Sets the `allow_user` field.
    #[must_use]
    pub fn with_allow_user(mut self, value: AllowUserBody) -> Self {
        self.allow_user = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `mobile` field.
    #[must_use]
    pub fn with_mobile(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.mobile = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `admin_check` field.
    #[must_use]
    pub fn with_admin_check(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.admin_check = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `email` field.
    #[must_use]
    pub fn with_email(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `scene` field.
    #[must_use]
    pub fn with_scene(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.scene = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ProtectPolicyOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "operation_protection", &self.operation_protection);
        json::put(&mut map, "allow_user", &self.allow_user);
        json::put(&mut map, "mobile", &self.mobile);
        json::put(&mut map, "admin_check", &self.admin_check);
        json::put(&mut map, "email", &self.email);
        json::put(&mut map, "scene", &self.scene);
        json::Value::Object(map)
    }
}

/// JSON model `ProtocolIdInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProtocolIdInfo {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for ProtocolIdInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `ProtocolLinks`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProtocolLinks {
    /// Required JSON field `identity_provider`.
    pub identity_provider: ::std::string::String,
    /// Required JSON field `self`.
    #[cfg_attr(feature = "serde", serde(rename = "self"))]
    pub self_: ::std::string::String,
}

impl json::FromJson for ProtocolLinks {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            identity_provider: json::take(&mut map, "identity_provider")?,
            self_: json::take(&mut map, "self")?,
        })
    }
}

/// JSON model `ProtocolOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProtocolOption {
    /// JSON field `mapping_id`.
    pub mapping_id: ::std::option::Option<::std::string::String>,
}

impl ProtocolOption {
    /// Sets the `mapping_id` field.
    #[must_use]
    pub fn with_mapping_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mapping_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ProtocolOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "mapping_id", &self.mapping_id);
        json::Value::Object(map)
    }
}

/// JSON model `ProtocolResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProtocolResult {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `mapping_id`.
    pub mapping_id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ProtocolLinks,
}

impl json::FromJson for ProtocolResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            mapping_id: json::take(&mut map, "mapping_id")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// JSON model `PwdAuth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PwdAuth {
    /// Required JSON field `identity`.
    pub identity: PwdIdentity,
    /// Required JSON field `scope`.
    pub scope: AuthScope,
}

impl PwdAuth {
    /// Sets the `identity` field.
    #[must_use]
    pub fn with_identity(mut self, value: PwdIdentity) -> Self {
        self.identity = value;
        self
    }

    /// Sets the `scope` field.
    #[must_use]
    pub fn with_scope(mut self, value: AuthScope) -> Self {
        self.scope = value;
        self
    }
}

impl json::ToJson for PwdAuth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "identity", &self.identity);
        json::put(&mut map, "scope", &self.scope);
        json::Value::Object(map)
    }
}

/// JSON model `PwdIdentity`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PwdIdentity {
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `password`.
    pub password: PwdPassword,
}

impl PwdIdentity {
    /// Sets the `methods` field.
    #[must_use]
    pub fn with_methods(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.methods = value;
        self
    }

    /// Sets the `password` field.
    #[must_use]
    pub fn with_password(mut self, value: PwdPassword) -> Self {
        self.password = value;
        self
    }
}

impl json::ToJson for PwdIdentity {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "methods", &self.methods);
        json::put(&mut map, "password", &self.password);
        json::Value::Object(map)
    }
}

/// JSON model `PwdPassword`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PwdPassword {
    /// Required JSON field `user`.
    pub user: PwdPasswordUser,
}

impl PwdPassword {
    /// Sets the `user` field.
    #[must_use]
    pub fn with_user(mut self, value: PwdPasswordUser) -> Self {
        self.user = value;
        self
    }
}

impl json::ToJson for PwdPassword {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user", &self.user);
        json::Value::Object(map)
    }
}

/// JSON model `PwdPasswordUser`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PwdPasswordUser {
    /// Required JSON field `domain`.
    pub domain: PwdPasswordUserDomain,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `password`. Debug output hides its value.
    pub password: ::std::string::String,
}

impl ::std::fmt::Debug for PwdPasswordUser {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PwdPasswordUser")
            .field("domain", &self.domain)
            .field("name", &self.name)
            .field("password", &"<redacted>")
            .finish()
    }
}

impl PwdPasswordUser {
    /// Sets the `domain` field.
    #[must_use]
    pub fn with_domain(mut self, value: PwdPasswordUserDomain) -> Self {
        self.domain = value;
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `password` field.
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = value.into();
        self
    }
}

impl json::ToJson for PwdPasswordUser {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "domain", &self.domain);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "password", &self.password);
        json::Value::Object(map)
    }
}

/// JSON model `PwdPasswordUserDomain`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PwdPasswordUserDomain {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl PwdPasswordUserDomain {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }
}

impl json::ToJson for PwdPasswordUserDomain {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `QuotaResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaResult {
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<Resources>>,
}

impl json::FromJson for QuotaResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
        })
    }
}

/// JSON model `Region`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Region {
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `parent_region_id`.
    pub parent_region_id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `locales`.
    pub locales: RegionLocales,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl json::FromJson for Region {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            parent_region_id: json::take(&mut map, "parent_region_id")?,
            links: json::take(&mut map, "links")?,
            locales: json::take(&mut map, "locales")?,
            id: json::take(&mut map, "id")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `RegionLocales`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RegionLocales {
    /// Required JSON field `zh-cn`.
    #[cfg_attr(feature = "serde", serde(rename = "zh-cn"))]
    pub zh_cn: ::std::string::String,
    /// Required JSON field `en-us`.
    #[cfg_attr(feature = "serde", serde(rename = "en-us"))]
    pub en_us: ::std::string::String,
    /// JSON field `pt-br`.
    #[cfg_attr(feature = "serde", serde(rename = "pt-br"))]
    pub pt_br: ::std::option::Option<::std::string::String>,
    /// JSON field `es-us`.
    #[cfg_attr(feature = "serde", serde(rename = "es-us"))]
    pub es_us: ::std::option::Option<::std::string::String>,
    /// JSON field `es-es`.
    #[cfg_attr(feature = "serde", serde(rename = "es-es"))]
    pub es_es: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RegionLocales {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            zh_cn: json::take(&mut map, "zh-cn")?,
            en_us: json::take(&mut map, "en-us")?,
            pt_br: json::take(&mut map, "pt-br")?,
            es_us: json::take(&mut map, "es-us")?,
            es_es: json::take(&mut map, "es-es")?,
        })
    }
}

/// Request of [`IamClient::remove_all_projects_permission_from_agency`](super::IamClient::remove_all_projects_permission_from_agency): `DELETE /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
///
/// Required fields: `agency_id`, `domain_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveAllProjectsPermissionFromAgencyRequest {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl RemoveAllProjectsPermissionFromAgencyRequest {
    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::remove_all_projects_permission_from_agency`](super::IamClient::remove_all_projects_permission_from_agency): `DELETE /v3.0/OS-INHERIT/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}/inherited_to_projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveAllProjectsPermissionFromAgencyResponse {}

impl json::FromJson for RemoveAllProjectsPermissionFromAgencyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::remove_domain_permission_from_agency`](super::IamClient::remove_domain_permission_from_agency): `DELETE /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
///
/// Required fields: `domain_id`, `agency_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveDomainPermissionFromAgencyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl RemoveDomainPermissionFromAgencyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::remove_domain_permission_from_agency`](super::IamClient::remove_domain_permission_from_agency): `DELETE /v3.0/OS-AGENCY/domains/{domain_id}/agencies/{agency_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveDomainPermissionFromAgencyResponse {}

impl json::FromJson for RemoveDomainPermissionFromAgencyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::remove_project_permission_from_agency`](super::IamClient::remove_project_permission_from_agency): `DELETE /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
///
/// Required fields: `project_id`, `agency_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveProjectPermissionFromAgencyRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl RemoveProjectPermissionFromAgencyRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }

    /// Sets the `agency_id` field.
    #[must_use]
    pub fn with_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.agency_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::remove_project_permission_from_agency`](super::IamClient::remove_project_permission_from_agency): `DELETE /v3.0/OS-AGENCY/projects/{project_id}/agencies/{agency_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveProjectPermissionFromAgencyResponse {}

impl json::FromJson for RemoveProjectPermissionFromAgencyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Resources`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Resources {
    /// JSON field `max`.
    pub max: ::std::option::Option<i64>,
    /// JSON field `min`.
    pub min: ::std::option::Option<i64>,
    /// JSON field `quota`.
    pub quota: ::std::option::Option<i64>,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// JSON field `used`.
    pub used: ::std::option::Option<i64>,
}

impl json::FromJson for Resources {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            max: json::take(&mut map, "max")?,
            min: json::take(&mut map, "min")?,
            quota: json::take(&mut map, "quota")?,
            r#type: json::take(&mut map, "type")?,
            used: json::take(&mut map, "used")?,
        })
    }
}

/// Request of [`IamClient::revoke_role_from_agency_on_enterprise_project`](super::IamClient::revoke_role_from_agency_on_enterprise_project): `DELETE /v3.0/OS-PERMISSION/subjects/agency/scopes/enterprise-project/role-assignments`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RevokeRoleFromAgencyOnEnterpriseProjectRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateOrDelAgencyEpPolicyAssignmentReqBody>,
}

impl RevokeRoleFromAgencyOnEnterpriseProjectRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateOrDelAgencyEpPolicyAssignmentReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::revoke_role_from_agency_on_enterprise_project`](super::IamClient::revoke_role_from_agency_on_enterprise_project): `DELETE /v3.0/OS-PERMISSION/subjects/agency/scopes/enterprise-project/role-assignments`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RevokeRoleFromAgencyOnEnterpriseProjectResponse {
    /// JSON field `body`.
    pub body: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RevokeRoleFromAgencyOnEnterpriseProjectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            body: json::take(&mut map, "body")?,
        })
    }
}

/// Request of [`IamClient::revoke_role_from_group_on_enterprise_project`](super::IamClient::revoke_role_from_group_on_enterprise_project): `DELETE /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}`.
///
/// Required fields: `enterprise_project_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RevokeRoleFromGroupOnEnterpriseProjectRequest {
    /// Required path parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl RevokeRoleFromGroupOnEnterpriseProjectRequest {
    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::revoke_role_from_group_on_enterprise_project`](super::IamClient::revoke_role_from_group_on_enterprise_project): `DELETE /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/groups/{group_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RevokeRoleFromGroupOnEnterpriseProjectResponse {}

impl json::FromJson for RevokeRoleFromGroupOnEnterpriseProjectResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::revoke_role_from_user_on_enterprise_project`](super::IamClient::revoke_role_from_user_on_enterprise_project): `DELETE /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles/{role_id}`.
///
/// Required fields: `enterprise_project_id`, `user_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RevokeRoleFromUserOnEnterpriseProjectRequest {
    /// Required path parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl RevokeRoleFromUserOnEnterpriseProjectRequest {
    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = value.into();
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::revoke_role_from_user_on_enterprise_project`](super::IamClient::revoke_role_from_user_on_enterprise_project): `DELETE /v3.0/OS-PERMISSION/enterprise-projects/{enterprise_project_id}/users/{user_id}/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RevokeRoleFromUserOnEnterpriseProjectResponse {}

impl json::FromJson for RevokeRoleFromUserOnEnterpriseProjectResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `RoleAgencyAssignmentId`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoleAgencyAssignmentId {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RoleAgencyAssignmentId {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `RoleAssignmentBody`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoleAssignmentBody {
    /// JSON field `user`.
    pub user: ::std::option::Option<RoleUserAssignmentId>,
    /// JSON field `role`.
    pub role: ::std::option::Option<RoleAssignmentId>,
    /// JSON field `group`.
    pub group: ::std::option::Option<RoleGroupAssignmentId>,
    /// JSON field `agency`.
    pub agency: ::std::option::Option<RoleAgencyAssignmentId>,
    /// JSON field `scope`.
    pub scope: ::std::option::Option<RoleAssignmentScope>,
    /// JSON field `is_inherited`.
    pub is_inherited: ::std::option::Option<bool>,
}

impl json::FromJson for RoleAssignmentBody {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
            role: json::take(&mut map, "role")?,
            group: json::take(&mut map, "group")?,
            agency: json::take(&mut map, "agency")?,
            scope: json::take(&mut map, "scope")?,
            is_inherited: json::take(&mut map, "is_inherited")?,
        })
    }
}

/// JSON model `RoleAssignmentId`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoleAssignmentId {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RoleAssignmentId {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `RoleAssignmentScope`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoleAssignmentScope {
    /// JSON field `project`.
    pub project: ::std::option::Option<RoleProjectAssignmentId>,
    /// JSON field `domain`.
    pub domain: ::std::option::Option<RoleDomainAssignmentId>,
    /// JSON field `enterprise_project`.
    pub enterprise_project: ::std::option::Option<RoleEnterpriseProjectAssignmentId>,
}

impl json::FromJson for RoleAssignmentScope {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            project: json::take(&mut map, "project")?,
            domain: json::take(&mut map, "domain")?,
            enterprise_project: json::take(&mut map, "enterprise_project")?,
        })
    }
}

/// JSON model `RoleDomainAssignmentId`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoleDomainAssignmentId {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RoleDomainAssignmentId {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `RoleEnterpriseProjectAssignmentId`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoleEnterpriseProjectAssignmentId {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RoleEnterpriseProjectAssignmentId {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `RoleGroupAssignmentId`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoleGroupAssignmentId {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RoleGroupAssignmentId {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `RolePolicy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RolePolicy {
    /// JSON field `Depends`.
    #[cfg_attr(feature = "serde", serde(rename = "Depends"))]
    pub depends: ::std::option::Option<::std::vec::Vec<PolicyDepends>>,
    /// Required JSON field `Statement`.
    #[cfg_attr(feature = "serde", serde(rename = "Statement"))]
    pub statement: ::std::vec::Vec<PolicyStatement>,
    /// Required JSON field `Version`.
    #[cfg_attr(feature = "serde", serde(rename = "Version"))]
    pub version: ::std::string::String,
}

impl json::FromJson for RolePolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            depends: json::take(&mut map, "Depends")?,
            statement: json::take(&mut map, "Statement")?,
            version: json::take(&mut map, "Version")?,
        })
    }
}

/// JSON model `RoleProjectAssignmentId`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoleProjectAssignmentId {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RoleProjectAssignmentId {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `RoleResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoleResult {
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `flag`.
    pub flag: ::std::option::Option<::std::string::String>,
    /// JSON field `description_cn`.
    pub description_cn: ::std::option::Option<::std::string::String>,
    /// JSON field `catalog`.
    pub catalog: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `links`.
    pub links: ::std::option::Option<Links>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// JSON field `display_name`.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `policy`.
    pub policy: RolePolicy,
    /// JSON field `updated_time`.
    pub updated_time: ::std::option::Option<::std::string::String>,
    /// JSON field `created_time`.
    pub created_time: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RoleResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain_id: json::take(&mut map, "domain_id")?,
            flag: json::take(&mut map, "flag")?,
            description_cn: json::take(&mut map, "description_cn")?,
            catalog: json::take(&mut map, "catalog")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            display_name: json::take(&mut map, "display_name")?,
            r#type: json::take(&mut map, "type")?,
            policy: json::take(&mut map, "policy")?,
            updated_time: json::take(&mut map, "updated_time")?,
            created_time: json::take(&mut map, "created_time")?,
        })
    }
}

/// JSON model `RoleUserAssignmentId`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoleUserAssignmentId {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RoleUserAssignmentId {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `RolesItem`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RolesItem {
    /// Required JSON field `catalog`.
    pub catalog: ::std::string::String,
    /// Required JSON field `display_name`.
    pub display_name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `description_cn`.
    pub description_cn: ::std::string::String,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `flag`.
    pub flag: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `policy`.
    pub policy: RolePolicy,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl json::FromJson for RolesItem {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            catalog: json::take(&mut map, "catalog")?,
            display_name: json::take(&mut map, "display_name")?,
            description: json::take(&mut map, "description")?,
            description_cn: json::take(&mut map, "description_cn")?,
            domain_id: json::take(&mut map, "domain_id")?,
            flag: json::take(&mut map, "flag")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            policy: json::take(&mut map, "policy")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `RulesLocal`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RulesLocal {
    /// JSON field `user`.
    pub user: ::std::option::Option<RulesLocalUser>,
    /// JSON field `group`.
    pub group: ::std::option::Option<RulesLocalGroup>,
}

impl RulesLocal {
    /// Sets the `user` field.
    #[must_use]
    pub fn with_user(mut self, value: RulesLocalUser) -> Self {
        self.user = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `group` field.
    #[must_use]
    pub fn with_group(mut self, value: RulesLocalGroup) -> Self {
        self.group = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for RulesLocal {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user", &self.user);
        json::put(&mut map, "group", &self.group);
        json::Value::Object(map)
    }
}

impl json::FromJson for RulesLocal {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
            group: json::take(&mut map, "group")?,
        })
    }
}

/// JSON model `RulesLocalGroup`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RulesLocalGroup {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl RulesLocalGroup {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }
}

impl json::ToJson for RulesLocalGroup {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

impl json::FromJson for RulesLocalGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `RulesLocalUser`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RulesLocalUser {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl RulesLocalUser {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }
}

impl json::ToJson for RulesLocalUser {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

impl json::FromJson for RulesLocalUser {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `RulesRemote`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RulesRemote {
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// JSON field `any_one_of`.
    pub any_one_of: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `not_any_of`.
    pub not_any_of: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `regex`.
    pub regex: ::std::option::Option<bool>,
}

impl RulesRemote {
    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets the `any_one_of` field.
    #[must_use]
    pub fn with_any_one_of(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.any_one_of = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `not_any_of` field.
    #[must_use]
    pub fn with_not_any_of(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.not_any_of = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `regex` field.
    #[must_use]
    pub fn with_regex(mut self, value: bool) -> Self {
        self.regex = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for RulesRemote {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "any_one_of", &self.any_one_of);
        json::put(&mut map, "not_any_of", &self.not_any_of);
        json::put(&mut map, "regex", &self.regex);
        json::Value::Object(map)
    }
}

impl json::FromJson for RulesRemote {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            r#type: json::take(&mut map, "type")?,
            any_one_of: json::take(&mut map, "any_one_of")?,
            not_any_of: json::take(&mut map, "not_any_of")?,
            regex: json::take(&mut map, "regex")?,
        })
    }
}

/// JSON model `ScopeDomainOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScopeDomainOption {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl ScopeDomainOption {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ScopeDomainOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `ScopeProjectOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScopeProjectOption {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `domain`.
    pub domain: ::std::option::Option<ScopeDomainOption>,
}

impl ScopeProjectOption {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `domain` field.
    #[must_use]
    pub fn with_domain(mut self, value: ScopeDomainOption) -> Self {
        self.domain = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ScopeProjectOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "domain", &self.domain);
        json::Value::Object(map)
    }
}

/// JSON model `ScopeTokenResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScopeTokenResult {
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
    /// JSON field `catalog`.
    pub catalog: ::std::option::Option<::std::vec::Vec<TokenCatalog>>,
    /// Required JSON field `domain`.
    pub domain: TokenDomainResult,
    /// Required JSON field `project`.
    pub project: TokenProjectResult,
    /// Required JSON field `roles`.
    pub roles: ::std::vec::Vec<TokenRole>,
    /// Required JSON field `user`.
    pub user: ScopedTokenUser,
    /// Required JSON field `issued_at`.
    pub issued_at: ::std::string::String,
}

impl json::FromJson for ScopeTokenResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            methods: json::take(&mut map, "methods")?,
            expires_at: json::take(&mut map, "expires_at")?,
            catalog: json::take(&mut map, "catalog")?,
            domain: json::take(&mut map, "domain")?,
            project: json::take(&mut map, "project")?,
            roles: json::take(&mut map, "roles")?,
            user: json::take(&mut map, "user")?,
            issued_at: json::take(&mut map, "issued_at")?,
        })
    }
}

/// JSON model `ScopedToken`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScopedToken {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl ScopedToken {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

impl json::ToJson for ScopedToken {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `ScopedTokenAuth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScopedTokenAuth {
    /// Required JSON field `identity`.
    pub identity: ScopedTokenIdentity,
    /// Required JSON field `scope`.
    pub scope: TokenSocpeOption,
}

impl ScopedTokenAuth {
    /// Sets the `identity` field.
    #[must_use]
    pub fn with_identity(mut self, value: ScopedTokenIdentity) -> Self {
        self.identity = value;
        self
    }

    /// Sets the `scope` field.
    #[must_use]
    pub fn with_scope(mut self, value: TokenSocpeOption) -> Self {
        self.scope = value;
        self
    }
}

impl json::ToJson for ScopedTokenAuth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "identity", &self.identity);
        json::put(&mut map, "scope", &self.scope);
        json::Value::Object(map)
    }
}

/// JSON model `ScopedTokenIdentity`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScopedTokenIdentity {
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `token`.
    pub token: ScopedToken,
}

impl ScopedTokenIdentity {
    /// Sets the `methods` field.
    #[must_use]
    pub fn with_methods(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.methods = value;
        self
    }

    /// Sets the `token` field.
    #[must_use]
    pub fn with_token(mut self, value: ScopedToken) -> Self {
        self.token = value;
        self
    }
}

impl json::ToJson for ScopedTokenIdentity {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "methods", &self.methods);
        json::put(&mut map, "token", &self.token);
        json::Value::Object(map)
    }
}

/// JSON model `ScopedTokenInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScopedTokenInfo {
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `issued_at`.
    pub issued_at: ::std::string::String,
    /// Required JSON field `user`.
    pub user: FederationUserBody,
    /// JSON field `domain`.
    pub domain: ::std::option::Option<DomainInfo>,
    /// JSON field `project`.
    pub project: ::std::option::Option<ProjectInfo>,
    /// Required JSON field `roles`.
    pub roles: ::std::vec::Vec<ScopedTokenInfoRoles>,
    /// Required JSON field `catalog`.
    pub catalog: ::std::vec::Vec<UnscopedTokenInfoEndpoints>,
}

impl json::FromJson for ScopedTokenInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            expires_at: json::take(&mut map, "expires_at")?,
            methods: json::take(&mut map, "methods")?,
            issued_at: json::take(&mut map, "issued_at")?,
            user: json::take(&mut map, "user")?,
            domain: json::take(&mut map, "domain")?,
            project: json::take(&mut map, "project")?,
            roles: json::take(&mut map, "roles")?,
            catalog: json::take(&mut map, "catalog")?,
        })
    }
}

/// JSON model `ScopedTokenInfoRoles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScopedTokenInfoRoles {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ScopedTokenInfoRoles {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `ScopedTokenUser`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScopedTokenUser {
    /// Required JSON field `domain`.
    pub domain: TokenDomainResult,
    /// Required JSON field `OS-FEDERATION`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-FEDERATION"))]
    pub os_federation: TokenUserOsfederation,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `password_expires_at`.
    pub password_expires_at: ::std::string::String,
}

impl json::FromJson for ScopedTokenUser {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain: json::take(&mut map, "domain")?,
            os_federation: json::take(&mut map, "OS-FEDERATION")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
        })
    }
}

/// JSON model `SecurityCompliance`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SecurityCompliance {
    /// Required JSON field `password_regex`.
    pub password_regex: ::std::string::String,
    /// Required JSON field `password_regex_description`.
    pub password_regex_description: ::std::string::String,
}

impl json::FromJson for SecurityCompliance {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            password_regex: json::take(&mut map, "password_regex")?,
            password_regex_description: json::take(&mut map, "password_regex_description")?,
        })
    }
}

/// JSON model `Service`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Service {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `links`.
    pub links: Links,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
}

impl json::FromJson for Service {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            r#type: json::take(&mut map, "type")?,
            enabled: json::take(&mut map, "enabled")?,
        })
    }
}

/// JSON model `ServicePolicy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServicePolicy {
    /// Required JSON field `Version`.
    #[cfg_attr(feature = "serde", serde(rename = "Version"))]
    pub version: ::std::string::String,
    /// Required JSON field `Statement`.
    #[cfg_attr(feature = "serde", serde(rename = "Statement"))]
    pub statement: ::std::vec::Vec<ServiceStatement>,
}

impl ServicePolicy {
    /// Sets the `version` field.
    #[must_use]
    pub fn with_version(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.version = value.into();
        self
    }

    /// Sets the `statement` field.
    #[must_use]
    pub fn with_statement(mut self, value: ::std::vec::Vec<ServiceStatement>) -> Self {
        self.statement = value;
        self
    }
}

impl json::ToJson for ServicePolicy {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "Version", &self.version);
        json::put(&mut map, "Statement", &self.statement);
        json::Value::Object(map)
    }
}

impl json::FromJson for ServicePolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            version: json::take(&mut map, "Version")?,
            statement: json::take(&mut map, "Statement")?,
        })
    }
}

/// JSON model `ServicePolicyRoleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServicePolicyRoleOption {
    /// Required JSON field `display_name`.
    pub display_name: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// JSON field `description_cn`.
    pub description_cn: ::std::option::Option<::std::string::String>,
    /// Required JSON field `policy`.
    pub policy: ServicePolicy,
}

impl ServicePolicyRoleOption {
    /// Sets the `display_name` field.
    #[must_use]
    pub fn with_display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = value.into();
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = value.into();
        self
    }

    /// Sets the `description_cn` field.
    #[must_use]
    pub fn with_description_cn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description_cn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `policy` field.
    #[must_use]
    pub fn with_policy(mut self, value: ServicePolicy) -> Self {
        self.policy = value;
        self
    }
}

impl json::ToJson for ServicePolicyRoleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "display_name", &self.display_name);
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "description_cn", &self.description_cn);
        json::put(&mut map, "policy", &self.policy);
        json::Value::Object(map)
    }
}

/// JSON model `ServicePolicyRoleResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServicePolicyRoleResult {
    /// Required JSON field `catalog`.
    pub catalog: ::std::string::String,
    /// Required JSON field `display_name`.
    pub display_name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `policy`.
    pub policy: ServicePolicy,
    /// JSON field `description_cn`.
    pub description_cn: ::std::option::Option<::std::string::String>,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `updated_time`.
    pub updated_time: ::std::option::Option<::std::string::String>,
    /// JSON field `created_time`.
    pub created_time: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ServicePolicyRoleResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            catalog: json::take(&mut map, "catalog")?,
            display_name: json::take(&mut map, "display_name")?,
            description: json::take(&mut map, "description")?,
            links: json::take(&mut map, "links")?,
            policy: json::take(&mut map, "policy")?,
            description_cn: json::take(&mut map, "description_cn")?,
            domain_id: json::take(&mut map, "domain_id")?,
            r#type: json::take(&mut map, "type")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            updated_time: json::take(&mut map, "updated_time")?,
            created_time: json::take(&mut map, "created_time")?,
        })
    }
}

/// JSON model `ServiceStatement`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServiceStatement {
    /// Required JSON field `Action`.
    #[cfg_attr(feature = "serde", serde(rename = "Action"))]
    pub action: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `Effect`.
    #[cfg_attr(feature = "serde", serde(rename = "Effect"))]
    pub effect: ::std::string::String,
    /// JSON field `Condition`.
    #[cfg_attr(feature = "serde", serde(rename = "Condition"))]
    pub condition: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    >,
    /// JSON field `Resource`.
    #[cfg_attr(feature = "serde", serde(rename = "Resource"))]
    pub resource: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ServiceStatement {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.action = value;
        self
    }

    /// Sets the `effect` field.
    #[must_use]
    pub fn with_effect(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.effect = value.into();
        self
    }

    /// Sets the `condition` field.
    #[must_use]
    pub fn with_condition(
        mut self,
        value: ::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::vec::Vec<::std::string::String>,
            >,
        >,
    ) -> Self {
        self.condition = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `resource` field.
    #[must_use]
    pub fn with_resource(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.resource = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ServiceStatement {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "Action", &self.action);
        json::put(&mut map, "Effect", &self.effect);
        json::put(&mut map, "Condition", &self.condition);
        json::put(&mut map, "Resource", &self.resource);
        json::Value::Object(map)
    }
}

impl json::FromJson for ServiceStatement {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            action: json::take(&mut map, "Action")?,
            effect: json::take(&mut map, "Effect")?,
            condition: json::take(&mut map, "Condition")?,
            resource: json::take(&mut map, "Resource")?,
        })
    }
}

/// Request of [`IamClient::show_agency`](super::IamClient::show_agency): `GET /v3.0/OS-AGENCY/agencies/{agency_id}`.
///
/// Required fields: `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowAgencyRequest {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
}

impl ShowAgencyRequest {
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

/// Response of [`IamClient::show_agency`](super::IamClient::show_agency): `GET /v3.0/OS-AGENCY/agencies/{agency_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowAgencyResponse {
    /// JSON field `agency`.
    pub agency: ::std::option::Option<AgencyShowResult>,
}

impl json::FromJson for ShowAgencyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            agency: json::take(&mut map, "agency")?,
        })
    }
}

/// JSON model `ShowCredential`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowCredential {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `access`.
    pub access: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `create_time`.
    pub create_time: ::std::string::String,
    /// Required JSON field `last_use_time`.
    pub last_use_time: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
}

impl json::FromJson for ShowCredential {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_id: json::take(&mut map, "user_id")?,
            access: json::take(&mut map, "access")?,
            status: json::take(&mut map, "status")?,
            create_time: json::take(&mut map, "create_time")?,
            last_use_time: json::take(&mut map, "last_use_time")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// Request of [`IamClient::show_custom_policy`](super::IamClient::show_custom_policy): `GET /v3.0/OS-ROLE/roles/{role_id}`.
///
/// Required fields: `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowCustomPolicyRequest {
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl ShowCustomPolicyRequest {
    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_custom_policy`](super::IamClient::show_custom_policy): `GET /v3.0/OS-ROLE/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowCustomPolicyResponse {
    /// JSON field `role`.
    pub role: ::std::option::Option<ShowPolicyRoleResult>,
}

impl json::FromJson for ShowCustomPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            role: json::take(&mut map, "role")?,
        })
    }
}

/// Request of [`IamClient::show_domain_api_acl_policy`](super::IamClient::show_domain_api_acl_policy): `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/api-acl-policy`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainApiAclPolicyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
}

impl ShowDomainApiAclPolicyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_domain_api_acl_policy`](super::IamClient::show_domain_api_acl_policy): `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/api-acl-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainApiAclPolicyResponse {
    /// JSON field `api_acl_policy`.
    pub api_acl_policy: ::std::option::Option<AclPolicyResult>,
}

impl json::FromJson for ShowDomainApiAclPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            api_acl_policy: json::take(&mut map, "api_acl_policy")?,
        })
    }
}

/// Request of [`IamClient::show_domain_console_acl_policy`](super::IamClient::show_domain_console_acl_policy): `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/console-acl-policy`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainConsoleAclPolicyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
}

impl ShowDomainConsoleAclPolicyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_domain_console_acl_policy`](super::IamClient::show_domain_console_acl_policy): `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/console-acl-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainConsoleAclPolicyResponse {
    /// JSON field `console_acl_policy`.
    pub console_acl_policy: ::std::option::Option<ConsoleAclPolicyResult>,
}

impl json::FromJson for ShowDomainConsoleAclPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            console_acl_policy: json::take(&mut map, "console_acl_policy")?,
        })
    }
}

/// Request of [`IamClient::show_domain_login_policy`](super::IamClient::show_domain_login_policy): `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/login-policy`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainLoginPolicyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
}

impl ShowDomainLoginPolicyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_domain_login_policy`](super::IamClient::show_domain_login_policy): `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/login-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainLoginPolicyResponse {
    /// JSON field `login_policy`.
    pub login_policy: ::std::option::Option<LoginPolicyResult>,
}

impl json::FromJson for ShowDomainLoginPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            login_policy: json::take(&mut map, "login_policy")?,
        })
    }
}

/// Request of [`IamClient::show_domain_password_policy`](super::IamClient::show_domain_password_policy): `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/password-policy`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainPasswordPolicyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
}

impl ShowDomainPasswordPolicyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_domain_password_policy`](super::IamClient::show_domain_password_policy): `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/password-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainPasswordPolicyResponse {
    /// JSON field `password_policy`.
    pub password_policy: ::std::option::Option<PasswordPolicyResult>,
}

impl json::FromJson for ShowDomainPasswordPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            password_policy: json::take(&mut map, "password_policy")?,
        })
    }
}

/// Request of [`IamClient::show_domain_protect_policy`](super::IamClient::show_domain_protect_policy): `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainProtectPolicyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
}

impl ShowDomainProtectPolicyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_domain_protect_policy`](super::IamClient::show_domain_protect_policy): `GET /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainProtectPolicyResponse {
    /// JSON field `protect_policy`.
    pub protect_policy: ::std::option::Option<ShowDomainProtectPolicyResponseBodyProtectPolicy>,
}

impl json::FromJson for ShowDomainProtectPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            protect_policy: json::take(&mut map, "protect_policy")?,
        })
    }
}

/// JSON model `ShowDomainProtectPolicyResponseBodyProtectPolicy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainProtectPolicyResponseBodyProtectPolicy {
    /// Required JSON field `allow_user`.
    pub allow_user: AllowUserBody,
    /// Required JSON field `operation_protection`.
    pub operation_protection: bool,
    /// Required JSON field `mobile`.
    pub mobile: ::std::string::String,
    /// Required JSON field `admin_check`.
    pub admin_check: ::std::string::String,
    /// Required JSON field `email`.
    pub email: ::std::string::String,
    /// Required JSON field `scene`.
    pub scene: ::std::string::String,
}

impl json::FromJson for ShowDomainProtectPolicyResponseBodyProtectPolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            allow_user: json::take(&mut map, "allow_user")?,
            operation_protection: json::take(&mut map, "operation_protection")?,
            mobile: json::take(&mut map, "mobile")?,
            admin_check: json::take(&mut map, "admin_check")?,
            email: json::take(&mut map, "email")?,
            scene: json::take(&mut map, "scene")?,
        })
    }
}

/// Request of [`IamClient::show_domain_quota`](super::IamClient::show_domain_quota): `GET /v3.0/OS-QUOTA/domains/{domain_id}`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainQuotaRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Query parameter `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl ShowDomainQuotaRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`IamClient::show_domain_quota`](super::IamClient::show_domain_quota): `GET /v3.0/OS-QUOTA/domains/{domain_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainQuotaResponse {
    /// JSON field `quotas`.
    pub quotas: ::std::option::Option<QuotaResult>,
}

impl json::FromJson for ShowDomainQuotaResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            quotas: json::take(&mut map, "quotas")?,
        })
    }
}

/// Request of [`IamClient::show_domain_role_assignments`](super::IamClient::show_domain_role_assignments): `GET /v3.0/OS-PERMISSION/role-assignments`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainRoleAssignmentsRequest {
    /// Required query parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Query parameter `role_id`.
    pub role_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `subject`.
    pub subject: ::std::option::Option<::std::string::String>,
    /// Query parameter `subject.user_id`.
    #[cfg_attr(feature = "serde", serde(rename = "subject.user_id"))]
    pub subject_user_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `subject.group_id`.
    #[cfg_attr(feature = "serde", serde(rename = "subject.group_id"))]
    pub subject_group_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `subject.agency_id`.
    #[cfg_attr(feature = "serde", serde(rename = "subject.agency_id"))]
    pub subject_agency_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `scope`.
    pub scope: ::std::option::Option<::std::string::String>,
    /// Query parameter `scope.project_id`.
    #[cfg_attr(feature = "serde", serde(rename = "scope.project_id"))]
    pub scope_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `scope.domain_id`.
    #[cfg_attr(feature = "serde", serde(rename = "scope.domain_id"))]
    pub scope_domain_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `scope.enterprise_projects_id`.
    #[cfg_attr(feature = "serde", serde(rename = "scope.enterprise_projects_id"))]
    pub scope_enterprise_projects_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `is_inherited`.
    pub is_inherited: ::std::option::Option<bool>,
    /// Query parameter `include_group`.
    pub include_group: ::std::option::Option<bool>,
    /// Query parameter `page`.
    pub page: ::std::option::Option<i64>,
    /// Query parameter `per_page`.
    pub per_page: ::std::option::Option<i64>,
}

impl ShowDomainRoleAssignmentsRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `subject` field.
    #[must_use]
    pub fn with_subject(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.subject = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `subject_user_id` field.
    #[must_use]
    pub fn with_subject_user_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subject_user_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `subject_group_id` field.
    #[must_use]
    pub fn with_subject_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subject_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `subject_agency_id` field.
    #[must_use]
    pub fn with_subject_agency_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subject_agency_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `scope` field.
    #[must_use]
    pub fn with_scope(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.scope = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `scope_project_id` field.
    #[must_use]
    pub fn with_scope_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scope_project_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `scope_domain_id` field.
    #[must_use]
    pub fn with_scope_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scope_domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `scope_enterprise_projects_id` field.
    #[must_use]
    pub fn with_scope_enterprise_projects_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scope_enterprise_projects_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `is_inherited` field.
    #[must_use]
    pub fn with_is_inherited(mut self, value: bool) -> Self {
        self.is_inherited = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `include_group` field.
    #[must_use]
    pub fn with_include_group(mut self, value: bool) -> Self {
        self.include_group = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `page` field.
    #[must_use]
    pub fn with_page(mut self, value: i64) -> Self {
        self.page = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `per_page` field.
    #[must_use]
    pub fn with_per_page(mut self, value: i64) -> Self {
        self.per_page = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`IamClient::show_domain_role_assignments`](super::IamClient::show_domain_role_assignments): `GET /v3.0/OS-PERMISSION/role-assignments`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDomainRoleAssignmentsResponse {
    /// JSON field `total_num`.
    pub total_num: ::std::option::Option<i64>,
    /// JSON field `role_assignments`.
    pub role_assignments: ::std::option::Option<::std::vec::Vec<RoleAssignmentBody>>,
}

impl json::FromJson for ShowDomainRoleAssignmentsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            total_num: json::take(&mut map, "total_num")?,
            role_assignments: json::take(&mut map, "role_assignments")?,
        })
    }
}

/// Request of [`IamClient::show_metadata`](super::IamClient::show_metadata): `GET /v3-ext/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/metadata`.
///
/// Required fields: `idp_id`, `protocol_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowMetadataRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
    /// Required path parameter `protocol_id`.
    pub protocol_id: ::std::string::String,
}

impl ShowMetadataRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }

    /// Sets the `protocol_id` field.
    #[must_use]
    pub fn with_protocol_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_metadata`](super::IamClient::show_metadata): `GET /v3-ext/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/metadata`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowMetadataResponse {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `idp_id`.
    pub idp_id: ::std::option::Option<::std::string::String>,
    /// JSON field `entity_id`.
    pub entity_id: ::std::option::Option<::std::string::String>,
    /// JSON field `protocol_id`.
    pub protocol_id: ::std::option::Option<::std::string::String>,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `xaccount_type`.
    pub xaccount_type: ::std::option::Option<::std::string::String>,
    /// JSON field `update_time`.
    pub update_time: ::std::option::Option<::std::string::String>,
    /// JSON field `data`.
    pub data: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowMetadataResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            idp_id: json::take(&mut map, "idp_id")?,
            entity_id: json::take(&mut map, "entity_id")?,
            protocol_id: json::take(&mut map, "protocol_id")?,
            domain_id: json::take(&mut map, "domain_id")?,
            xaccount_type: json::take(&mut map, "xaccount_type")?,
            update_time: json::take(&mut map, "update_time")?,
            data: json::take(&mut map, "data")?,
        })
    }
}

/// Request of [`IamClient::show_open_id_connect_config`](super::IamClient::show_open_id_connect_config): `GET /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
///
/// Required fields: `idp_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowOpenIdConnectConfigRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
}

impl ShowOpenIdConnectConfigRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_open_id_connect_config`](super::IamClient::show_open_id_connect_config): `GET /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowOpenIdConnectConfigResponse {
    /// JSON field `openid_connect_config`.
    pub openid_connect_config: ::std::option::Option<OpenIdConnectConfig>,
}

impl json::FromJson for ShowOpenIdConnectConfigResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            openid_connect_config: json::take(&mut map, "openid_connect_config")?,
        })
    }
}

/// Request of [`IamClient::show_permanent_access_key`](super::IamClient::show_permanent_access_key): `GET /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
///
/// Required fields: `access_key`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPermanentAccessKeyRequest {
    /// Required path parameter `access_key`.
    pub access_key: ::std::string::String,
}

impl ShowPermanentAccessKeyRequest {
    /// Sets the `access_key` field.
    #[must_use]
    pub fn with_access_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key = value.into();
        self
    }
}

/// Response of [`IamClient::show_permanent_access_key`](super::IamClient::show_permanent_access_key): `GET /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPermanentAccessKeyResponse {
    /// JSON field `credential`.
    pub credential: ::std::option::Option<ShowCredential>,
}

impl json::FromJson for ShowPermanentAccessKeyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            credential: json::take(&mut map, "credential")?,
        })
    }
}

/// JSON model `ShowPolicyRoleResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPolicyRoleResult {
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// JSON field `references`.
    pub references: ::std::option::Option<i64>,
    /// JSON field `updated_time`.
    pub updated_time: ::std::option::Option<::std::string::String>,
    /// JSON field `created_time`.
    pub created_time: ::std::option::Option<::std::string::String>,
    /// JSON field `description_cn`.
    pub description_cn: ::std::option::Option<::std::string::String>,
    /// Required JSON field `catalog`.
    pub catalog: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `display_name`.
    pub display_name: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `policy`.
    pub policy: CustomPolicy,
}

impl json::FromJson for ShowPolicyRoleResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain_id: json::take(&mut map, "domain_id")?,
            references: json::take(&mut map, "references")?,
            updated_time: json::take(&mut map, "updated_time")?,
            created_time: json::take(&mut map, "created_time")?,
            description_cn: json::take(&mut map, "description_cn")?,
            catalog: json::take(&mut map, "catalog")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            display_name: json::take(&mut map, "display_name")?,
            r#type: json::take(&mut map, "type")?,
            policy: json::take(&mut map, "policy")?,
        })
    }
}

/// Request of [`IamClient::show_project_details_and_status`](super::IamClient::show_project_details_and_status): `GET /v3-ext/projects/{project_id}`.
///
/// Required fields: `project_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowProjectDetailsAndStatusRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
}

impl ShowProjectDetailsAndStatusRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_project_details_and_status`](super::IamClient::show_project_details_and_status): `GET /v3-ext/projects/{project_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowProjectDetailsAndStatusResponse {
    /// JSON field `project`.
    pub project: ::std::option::Option<ProjectDetailsAndStatusResult>,
}

impl json::FromJson for ShowProjectDetailsAndStatusResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            project: json::take(&mut map, "project")?,
        })
    }
}

/// Request of [`IamClient::show_project_quota`](super::IamClient::show_project_quota): `GET /v3.0/OS-QUOTA/projects/{project_id}`.
///
/// Required fields: `project_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowProjectQuotaRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
}

impl ShowProjectQuotaRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_project_quota`](super::IamClient::show_project_quota): `GET /v3.0/OS-QUOTA/projects/{project_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowProjectQuotaResponse {
    /// JSON field `quotas`.
    pub quotas: ::std::option::Option<QuotaResult>,
}

impl json::FromJson for ShowProjectQuotaResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            quotas: json::take(&mut map, "quotas")?,
        })
    }
}

/// Request of [`IamClient::show_user_login_protect`](super::IamClient::show_user_login_protect): `GET /v3.0/OS-USER/users/{user_id}/login-protect`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserLoginProtectRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl ShowUserLoginProtectRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_user_login_protect`](super::IamClient::show_user_login_protect): `GET /v3.0/OS-USER/users/{user_id}/login-protect`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserLoginProtectResponse {
    /// JSON field `login_protect`.
    pub login_protect: ::std::option::Option<LoginProtectResult>,
}

impl json::FromJson for ShowUserLoginProtectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            login_protect: json::take(&mut map, "login_protect")?,
        })
    }
}

/// Request of [`IamClient::show_user_mfa_device`](super::IamClient::show_user_mfa_device): `GET /v3.0/OS-MFA/users/{user_id}/virtual-mfa-device`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserMfaDeviceRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl ShowUserMfaDeviceRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_user_mfa_device`](super::IamClient::show_user_mfa_device): `GET /v3.0/OS-MFA/users/{user_id}/virtual-mfa-device`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserMfaDeviceResponse {
    /// JSON field `virtual_mfa_device`.
    pub virtual_mfa_device: ::std::option::Option<MfaDeviceResult>,
}

impl json::FromJson for ShowUserMfaDeviceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            virtual_mfa_device: json::take(&mut map, "virtual_mfa_device")?,
        })
    }
}

/// Request of [`IamClient::show_user`](super::IamClient::show_user): `GET /v3.0/OS-USER/users/{user_id}`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
}

impl ShowUserRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }
}

/// Response of [`IamClient::show_user`](super::IamClient::show_user): `GET /v3.0/OS-USER/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserResponse {
    /// JSON field `user`.
    pub user: ::std::option::Option<ShowUserResult>,
}

impl json::FromJson for ShowUserResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `ShowUserResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowUserResult {
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `links`.
    pub links: Links,
    /// JSON field `xuser_id`.
    pub xuser_id: ::std::option::Option<::std::string::String>,
    /// JSON field `xuser_type`.
    pub xuser_type: ::std::option::Option<::std::string::String>,
    /// JSON field `areacode`.
    pub areacode: ::std::option::Option<::std::string::String>,
    /// JSON field `email`.
    pub email: ::std::option::Option<::std::string::String>,
    /// JSON field `phone`.
    pub phone: ::std::option::Option<::std::string::String>,
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
    /// JSON field `update_time`.
    pub update_time: ::std::option::Option<::std::string::String>,
    /// JSON field `create_time`.
    pub create_time: ::std::option::Option<::std::string::String>,
    /// JSON field `last_login_time`.
    pub last_login_time: ::std::option::Option<::std::string::String>,
    /// JSON field `last_pwd_auth_time`.
    pub last_pwd_auth_time: ::std::option::Option<::std::string::String>,
    /// JSON field `pwd_strength`.
    pub pwd_strength: ::std::option::Option<::std::string::String>,
    /// Required JSON field `is_domain_owner`.
    pub is_domain_owner: bool,
    /// Required JSON field `access_mode`.
    pub access_mode: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// JSON field `pwd_create_time`.
    pub pwd_create_time: ::std::option::Option<::std::string::String>,
    /// JSON field `modify_pwd_time`.
    pub modify_pwd_time: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowUserResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            enabled: json::take(&mut map, "enabled")?,
            id: json::take(&mut map, "id")?,
            domain_id: json::take(&mut map, "domain_id")?,
            name: json::take(&mut map, "name")?,
            links: json::take(&mut map, "links")?,
            xuser_id: json::take(&mut map, "xuser_id")?,
            xuser_type: json::take(&mut map, "xuser_type")?,
            areacode: json::take(&mut map, "areacode")?,
            email: json::take(&mut map, "email")?,
            phone: json::take(&mut map, "phone")?,
            pwd_status: json::take(&mut map, "pwd_status")?,
            update_time: json::take(&mut map, "update_time")?,
            create_time: json::take(&mut map, "create_time")?,
            last_login_time: json::take(&mut map, "last_login_time")?,
            last_pwd_auth_time: json::take(&mut map, "last_pwd_auth_time")?,
            pwd_strength: json::take(&mut map, "pwd_strength")?,
            is_domain_owner: json::take(&mut map, "is_domain_owner")?,
            access_mode: json::take(&mut map, "access_mode")?,
            description: json::take(&mut map, "description")?,
            pwd_create_time: json::take(&mut map, "pwd_create_time")?,
            modify_pwd_time: json::take(&mut map, "modify_pwd_time")?,
        })
    }
}

/// JSON model `TokenAuth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenAuth {
    /// Required JSON field `identity`.
    pub identity: TokenAuthIdentity,
}

impl TokenAuth {
    /// Sets the `identity` field.
    #[must_use]
    pub fn with_identity(mut self, value: TokenAuthIdentity) -> Self {
        self.identity = value;
        self
    }
}

impl json::ToJson for TokenAuth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "identity", &self.identity);
        json::Value::Object(map)
    }
}

/// JSON model `TokenAuthIdentity`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenAuthIdentity {
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// JSON field `token`.
    pub token: ::std::option::Option<IdentityToken>,
    /// JSON field `policy`.
    pub policy: ::std::option::Option<ServicePolicy>,
}

impl TokenAuthIdentity {
    /// Sets the `methods` field.
    #[must_use]
    pub fn with_methods(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.methods = value;
        self
    }

    /// Sets the `token` field.
    #[must_use]
    pub fn with_token(mut self, value: IdentityToken) -> Self {
        self.token = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `policy` field.
    #[must_use]
    pub fn with_policy(mut self, value: ServicePolicy) -> Self {
        self.policy = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TokenAuthIdentity {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "methods", &self.methods);
        json::put(&mut map, "token", &self.token);
        json::put(&mut map, "policy", &self.policy);
        json::Value::Object(map)
    }
}

/// JSON model `TokenCatalog`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenCatalog {
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `endpoints`.
    pub endpoints: ::std::vec::Vec<TokenCatalogEndpoint>,
}

impl json::FromJson for TokenCatalog {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            r#type: json::take(&mut map, "type")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            endpoints: json::take(&mut map, "endpoints")?,
        })
    }
}

/// JSON model `TokenCatalogEndpoint`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenCatalogEndpoint {
    /// Required JSON field `url`.
    pub url: ::std::string::String,
    /// Required JSON field `region`.
    pub region: ::std::string::String,
    /// Required JSON field `region_id`.
    pub region_id: ::std::string::String,
    /// Required JSON field `interface`.
    pub interface: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for TokenCatalogEndpoint {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            url: json::take(&mut map, "url")?,
            region: json::take(&mut map, "region")?,
            region_id: json::take(&mut map, "region_id")?,
            interface: json::take(&mut map, "interface")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `TokenDomainResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenDomainResult {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for TokenDomainResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `TokenProjectDomainResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenProjectDomainResult {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for TokenProjectDomainResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `TokenProjectResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenProjectResult {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `domain`.
    pub domain: TokenProjectDomainResult,
}

impl json::FromJson for TokenProjectResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
            domain: json::take(&mut map, "domain")?,
        })
    }
}

/// JSON model `TokenResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenResult {
    /// Required JSON field `catalog`.
    pub catalog: ::std::vec::Vec<TokenCatalog>,
    /// JSON field `domain`.
    pub domain: ::std::option::Option<TokenDomainResult>,
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
    /// Required JSON field `issued_at`.
    pub issued_at: ::std::string::String,
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// JSON field `project`.
    pub project: ::std::option::Option<TokenProjectResult>,
    /// Required JSON field `roles`.
    pub roles: ::std::vec::Vec<TokenRole>,
    /// Required JSON field `user`.
    pub user: TokenUserResult,
}

impl json::FromJson for TokenResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            catalog: json::take(&mut map, "catalog")?,
            domain: json::take(&mut map, "domain")?,
            expires_at: json::take(&mut map, "expires_at")?,
            issued_at: json::take(&mut map, "issued_at")?,
            methods: json::take(&mut map, "methods")?,
            project: json::take(&mut map, "project")?,
            roles: json::take(&mut map, "roles")?,
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `TokenRole`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenRole {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for TokenRole {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `TokenSocpeOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenSocpeOption {
    /// JSON field `domain`.
    pub domain: ::std::option::Option<ScopeDomainOption>,
    /// JSON field `project`.
    pub project: ::std::option::Option<ScopeProjectOption>,
}

impl TokenSocpeOption {
    /// Sets the `domain` field.
    #[must_use]
    pub fn with_domain(mut self, value: ScopeDomainOption) -> Self {
        self.domain = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `project` field.
    #[must_use]
    pub fn with_project(mut self, value: ScopeProjectOption) -> Self {
        self.project = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TokenSocpeOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "domain", &self.domain);
        json::put(&mut map, "project", &self.project);
        json::Value::Object(map)
    }
}

/// JSON model `TokenUserDomainResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenUserDomainResult {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for TokenUserDomainResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `TokenUserOsfederation`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenUserOsfederation {
    /// Required JSON field `groups`.
    pub groups: ::std::vec::Vec<OsfederationGroups>,
    /// Required JSON field `identity_provider`.
    pub identity_provider: OsfederationIdentityprovider,
    /// Required JSON field `protocol`.
    pub protocol: OsfederationProtocol,
}

impl json::FromJson for TokenUserOsfederation {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            groups: json::take(&mut map, "groups")?,
            identity_provider: json::take(&mut map, "identity_provider")?,
            protocol: json::take(&mut map, "protocol")?,
        })
    }
}

/// JSON model `TokenUserResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TokenUserResult {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `password_expires_at`.
    pub password_expires_at: ::std::string::String,
    /// Required JSON field `domain`.
    pub domain: TokenUserDomainResult,
}

impl json::FromJson for TokenUserResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
            domain: json::take(&mut map, "domain")?,
        })
    }
}

/// JSON model `UnbindMfaDevice`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UnbindMfaDevice {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `authentication_code`.
    pub authentication_code: ::std::string::String,
    /// Required JSON field `serial_number`.
    pub serial_number: ::std::string::String,
}

impl UnbindMfaDevice {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `authentication_code` field.
    #[must_use]
    pub fn with_authentication_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authentication_code = value.into();
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

impl json::ToJson for UnbindMfaDevice {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user_id", &self.user_id);
        json::put(&mut map, "authentication_code", &self.authentication_code);
        json::put(&mut map, "serial_number", &self.serial_number);
        json::Value::Object(map)
    }
}

/// JSON model `UnscopedTokenInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UnscopedTokenInfo {
    /// Required JSON field `expires_at`.
    pub expires_at: ::std::string::String,
    /// Required JSON field `methods`.
    pub methods: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `issued_at`.
    pub issued_at: ::std::string::String,
    /// Required JSON field `user`.
    pub user: FederationUserBody,
    /// JSON field `roles`.
    pub roles: ::std::option::Option<::std::vec::Vec<UnscopedTokenInfoRoles>>,
    /// JSON field `catalog`.
    pub catalog: ::std::option::Option<::std::vec::Vec<UnscopedTokenInfoCatalog>>,
}

impl json::FromJson for UnscopedTokenInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            expires_at: json::take(&mut map, "expires_at")?,
            methods: json::take(&mut map, "methods")?,
            issued_at: json::take(&mut map, "issued_at")?,
            user: json::take(&mut map, "user")?,
            roles: json::take(&mut map, "roles")?,
            catalog: json::take(&mut map, "catalog")?,
        })
    }
}

/// JSON model `UnscopedTokenInfoCatalog`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UnscopedTokenInfoCatalog {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// JSON field `endpoints`.
    pub endpoints: ::std::option::Option<::std::vec::Vec<UnscopedTokenInfoEndpoints>>,
}

impl json::FromJson for UnscopedTokenInfoCatalog {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            r#type: json::take(&mut map, "type")?,
            endpoints: json::take(&mut map, "endpoints")?,
        })
    }
}

/// JSON model `UnscopedTokenInfoEndpoints`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UnscopedTokenInfoEndpoints {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `interface`.
    pub interface: ::std::option::Option<::std::string::String>,
    /// JSON field `region`.
    pub region: ::std::option::Option<::std::string::String>,
    /// JSON field `region_id`.
    pub region_id: ::std::option::Option<::std::string::String>,
    /// JSON field `url`.
    pub url: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UnscopedTokenInfoEndpoints {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            interface: json::take(&mut map, "interface")?,
            region: json::take(&mut map, "region")?,
            region_id: json::take(&mut map, "region_id")?,
            url: json::take(&mut map, "url")?,
        })
    }
}

/// JSON model `UnscopedTokenInfoRoles`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UnscopedTokenInfoRoles {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UnscopedTokenInfoRoles {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `UnscopedTokenUser`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UnscopedTokenUser {
    /// Required JSON field `domain`.
    pub domain: TokenDomainResult,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `OS-FEDERATION`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-FEDERATION"))]
    pub os_federation: TokenUserOsfederation,
}

impl json::FromJson for UnscopedTokenUser {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            domain: json::take(&mut map, "domain")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            os_federation: json::take(&mut map, "OS-FEDERATION")?,
        })
    }
}

/// Request of [`IamClient::update_agency_custom_policy`](super::IamClient::update_agency_custom_policy): `PATCH /v3.0/OS-ROLE/roles/{role_id}`.
///
/// Required fields: `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAgencyCustomPolicyRequest {
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateAgencyCustomPolicyRequestBody>,
}

impl UpdateAgencyCustomPolicyRequest {
    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateAgencyCustomPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateAgencyCustomPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAgencyCustomPolicyRequestBody {
    /// Required JSON field `role`.
    pub role: AgencyPolicyRoleOption,
}

impl UpdateAgencyCustomPolicyRequestBody {
    /// Sets the `role` field.
    #[must_use]
    pub fn with_role(mut self, value: AgencyPolicyRoleOption) -> Self {
        self.role = value;
        self
    }
}

impl json::ToJson for UpdateAgencyCustomPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "role", &self.role);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_agency_custom_policy`](super::IamClient::update_agency_custom_policy): `PATCH /v3.0/OS-ROLE/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAgencyCustomPolicyResponse {
    /// JSON field `role`.
    pub role: ::std::option::Option<AgencyPolicyRoleResult>,
}

impl json::FromJson for UpdateAgencyCustomPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            role: json::take(&mut map, "role")?,
        })
    }
}

/// JSON model `UpdateAgencyOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAgencyOption {
    /// JSON field `trust_domain_id`.
    pub trust_domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `trust_domain_name`.
    pub trust_domain_name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `duration`.
    pub duration: ::std::option::Option<::huaweicloud_sdk_core::json::Value>,
}

impl UpdateAgencyOption {
    /// Sets the `trust_domain_id` field.
    #[must_use]
    pub fn with_trust_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trust_domain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `trust_domain_name` field.
    #[must_use]
    pub fn with_trust_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trust_domain_name = ::std::option::Option::Some(value.into());
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

    /// Sets the `duration` field.
    #[must_use]
    pub fn with_duration(mut self, value: ::huaweicloud_sdk_core::json::Value) -> Self {
        self.duration = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateAgencyOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "trust_domain_id", &self.trust_domain_id);
        json::put(&mut map, "trust_domain_name", &self.trust_domain_name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "duration", &self.duration);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_agency`](super::IamClient::update_agency): `PUT /v3.0/OS-AGENCY/agencies/{agency_id}`.
///
/// Required fields: `agency_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAgencyRequest {
    /// Required path parameter `agency_id`.
    pub agency_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateAgencyRequestBody>,
}

impl UpdateAgencyRequest {
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
    pub fn with_body(mut self, value: UpdateAgencyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateAgencyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAgencyRequestBody {
    /// Required JSON field `agency`.
    pub agency: UpdateAgencyOption,
}

impl UpdateAgencyRequestBody {
    /// Sets the `agency` field.
    #[must_use]
    pub fn with_agency(mut self, value: UpdateAgencyOption) -> Self {
        self.agency = value;
        self
    }
}

impl json::ToJson for UpdateAgencyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "agency", &self.agency);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_agency`](super::IamClient::update_agency): `PUT /v3.0/OS-AGENCY/agencies/{agency_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAgencyResponse {
    /// JSON field `agency`.
    pub agency: ::std::option::Option<AgencyUpdateResult>,
}

impl json::FromJson for UpdateAgencyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            agency: json::take(&mut map, "agency")?,
        })
    }
}

/// Request of [`IamClient::update_cloud_service_custom_policy`](super::IamClient::update_cloud_service_custom_policy): `PATCH /v3.0/OS-ROLE/roles/{role_id}`.
///
/// Required fields: `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateCloudServiceCustomPolicyRequest {
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateCloudServiceCustomPolicyRequestBody>,
}

impl UpdateCloudServiceCustomPolicyRequest {
    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateCloudServiceCustomPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateCloudServiceCustomPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateCloudServiceCustomPolicyRequestBody {
    /// Required JSON field `role`.
    pub role: ServicePolicyRoleOption,
}

impl UpdateCloudServiceCustomPolicyRequestBody {
    /// Sets the `role` field.
    #[must_use]
    pub fn with_role(mut self, value: ServicePolicyRoleOption) -> Self {
        self.role = value;
        self
    }
}

impl json::ToJson for UpdateCloudServiceCustomPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "role", &self.role);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_cloud_service_custom_policy`](super::IamClient::update_cloud_service_custom_policy): `PATCH /v3.0/OS-ROLE/roles/{role_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateCloudServiceCustomPolicyResponse {
    /// JSON field `role`.
    pub role: ::std::option::Option<ServicePolicyRoleResult>,
}

impl json::FromJson for UpdateCloudServiceCustomPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            role: json::take(&mut map, "role")?,
        })
    }
}

/// JSON model `UpdateCredentialOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateCredentialOption {
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdateCredentialOption {
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

impl json::ToJson for UpdateCredentialOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "status", &self.status);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateCredentialResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateCredentialResult {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `access`.
    pub access: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `create_time`.
    pub create_time: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
}

impl json::FromJson for UpdateCredentialResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_id: json::take(&mut map, "user_id")?,
            access: json::take(&mut map, "access")?,
            status: json::take(&mut map, "status")?,
            create_time: json::take(&mut map, "create_time")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// Request of [`IamClient::update_domain_api_acl_policy`](super::IamClient::update_domain_api_acl_policy): `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/api-acl-policy`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainApiAclPolicyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateDomainApiAclPolicyRequestBody>,
}

impl UpdateDomainApiAclPolicyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateDomainApiAclPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateDomainApiAclPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainApiAclPolicyRequestBody {
    /// Required JSON field `api_acl_policy`.
    pub api_acl_policy: AclPolicyOption,
}

impl UpdateDomainApiAclPolicyRequestBody {
    /// Sets the `api_acl_policy` field.
    #[must_use]
    pub fn with_api_acl_policy(mut self, value: AclPolicyOption) -> Self {
        self.api_acl_policy = value;
        self
    }
}

impl json::ToJson for UpdateDomainApiAclPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "api_acl_policy", &self.api_acl_policy);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_domain_api_acl_policy`](super::IamClient::update_domain_api_acl_policy): `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/api-acl-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainApiAclPolicyResponse {
    /// JSON field `api_acl_policy`.
    pub api_acl_policy: ::std::option::Option<AclPolicyResult>,
}

impl json::FromJson for UpdateDomainApiAclPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            api_acl_policy: json::take(&mut map, "api_acl_policy")?,
        })
    }
}

/// Request of [`IamClient::update_domain_console_acl_policy`](super::IamClient::update_domain_console_acl_policy): `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/console-acl-policy`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainConsoleAclPolicyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateDomainConsoleAclPolicyRequestBody>,
}

impl UpdateDomainConsoleAclPolicyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateDomainConsoleAclPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateDomainConsoleAclPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainConsoleAclPolicyRequestBody {
    /// Required JSON field `console_acl_policy`.
    pub console_acl_policy: ConsoleAclPolicyOption,
}

impl UpdateDomainConsoleAclPolicyRequestBody {
    /// Sets the `console_acl_policy` field.
    #[must_use]
    pub fn with_console_acl_policy(mut self, value: ConsoleAclPolicyOption) -> Self {
        self.console_acl_policy = value;
        self
    }
}

impl json::ToJson for UpdateDomainConsoleAclPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "console_acl_policy", &self.console_acl_policy);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_domain_console_acl_policy`](super::IamClient::update_domain_console_acl_policy): `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/console-acl-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainConsoleAclPolicyResponse {
    /// JSON field `console_acl_policy`.
    pub console_acl_policy: ::std::option::Option<ConsoleAclPolicyResult>,
}

impl json::FromJson for UpdateDomainConsoleAclPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            console_acl_policy: json::take(&mut map, "console_acl_policy")?,
        })
    }
}

/// Request of [`IamClient::update_domain_group_inherit_role`](super::IamClient::update_domain_group_inherit_role): `PUT /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
///
/// Required fields: `domain_id`, `group_id`, `role_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainGroupInheritRoleRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
    /// Required path parameter `role_id`.
    pub role_id: ::std::string::String,
}

impl UpdateDomainGroupInheritRoleRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `group_id` field.
    #[must_use]
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = value.into();
        self
    }

    /// Sets the `role_id` field.
    #[must_use]
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = value.into();
        self
    }
}

/// Response of [`IamClient::update_domain_group_inherit_role`](super::IamClient::update_domain_group_inherit_role): `PUT /v3/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainGroupInheritRoleResponse {}

impl json::FromJson for UpdateDomainGroupInheritRoleResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`IamClient::update_domain_login_policy`](super::IamClient::update_domain_login_policy): `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/login-policy`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainLoginPolicyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateDomainLoginPolicyRequestBody>,
}

impl UpdateDomainLoginPolicyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateDomainLoginPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateDomainLoginPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainLoginPolicyRequestBody {
    /// Required JSON field `login_policy`.
    pub login_policy: LoginPolicyOption,
}

impl UpdateDomainLoginPolicyRequestBody {
    /// Sets the `login_policy` field.
    #[must_use]
    pub fn with_login_policy(mut self, value: LoginPolicyOption) -> Self {
        self.login_policy = value;
        self
    }
}

impl json::ToJson for UpdateDomainLoginPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "login_policy", &self.login_policy);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_domain_login_policy`](super::IamClient::update_domain_login_policy): `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/login-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainLoginPolicyResponse {
    /// JSON field `login_policy`.
    pub login_policy: ::std::option::Option<LoginPolicyResult>,
}

impl json::FromJson for UpdateDomainLoginPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            login_policy: json::take(&mut map, "login_policy")?,
        })
    }
}

/// Request of [`IamClient::update_domain_password_policy`](super::IamClient::update_domain_password_policy): `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/password-policy`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainPasswordPolicyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateDomainPasswordPolicyRequestBody>,
}

impl UpdateDomainPasswordPolicyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateDomainPasswordPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateDomainPasswordPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainPasswordPolicyRequestBody {
    /// Required JSON field `password_policy`.
    pub password_policy: PasswordPolicyOption,
}

impl UpdateDomainPasswordPolicyRequestBody {
    /// Sets the `password_policy` field.
    #[must_use]
    pub fn with_password_policy(mut self, value: PasswordPolicyOption) -> Self {
        self.password_policy = value;
        self
    }
}

impl json::ToJson for UpdateDomainPasswordPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "password_policy", &self.password_policy);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_domain_password_policy`](super::IamClient::update_domain_password_policy): `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/password-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainPasswordPolicyResponse {
    /// JSON field `password_policy`.
    pub password_policy: ::std::option::Option<PasswordPolicyResult>,
}

impl json::FromJson for UpdateDomainPasswordPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            password_policy: json::take(&mut map, "password_policy")?,
        })
    }
}

/// Request of [`IamClient::update_domain_protect_policy`](super::IamClient::update_domain_protect_policy): `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy`.
///
/// Required fields: `domain_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainProtectPolicyRequest {
    /// Required path parameter `domain_id`.
    pub domain_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateDomainProtectPolicyRequestBody>,
}

impl UpdateDomainProtectPolicyRequest {
    /// Sets the `domain_id` field.
    #[must_use]
    pub fn with_domain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateDomainProtectPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateDomainProtectPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainProtectPolicyRequestBody {
    /// Required JSON field `protect_policy`.
    pub protect_policy: ProtectPolicyOption,
}

impl UpdateDomainProtectPolicyRequestBody {
    /// Sets the `protect_policy` field.
    #[must_use]
    pub fn with_protect_policy(mut self, value: ProtectPolicyOption) -> Self {
        self.protect_policy = value;
        self
    }
}

impl json::ToJson for UpdateDomainProtectPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "protect_policy", &self.protect_policy);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_domain_protect_policy`](super::IamClient::update_domain_protect_policy): `PUT /v3.0/OS-SECURITYPOLICY/domains/{domain_id}/protect-policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainProtectPolicyResponse {
    /// JSON field `protect_policy`.
    pub protect_policy: ::std::option::Option<UpdateDomainProtectPolicyResponseBodyProtectPolicy>,
}

impl json::FromJson for UpdateDomainProtectPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            protect_policy: json::take(&mut map, "protect_policy")?,
        })
    }
}

/// JSON model `UpdateDomainProtectPolicyResponseBodyProtectPolicy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDomainProtectPolicyResponseBodyProtectPolicy {
    /// Required JSON field `allow_user`.
    pub allow_user: AllowUserBody,
    /// Required JSON field `operation_protection`.
    pub operation_protection: bool,
    /// Required JSON field `admin_check`.
    pub admin_check: ::std::string::String,
    /// Required JSON field `scene`.
    pub scene: ::std::string::String,
}

impl json::FromJson for UpdateDomainProtectPolicyResponseBodyProtectPolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            allow_user: json::take(&mut map, "allow_user")?,
            operation_protection: json::take(&mut map, "operation_protection")?,
            admin_check: json::take(&mut map, "admin_check")?,
            scene: json::take(&mut map, "scene")?,
        })
    }
}

/// JSON model `UpdateIdentityproviderOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateIdentityproviderOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl UpdateIdentityproviderOption {
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
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateIdentityproviderOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateLoginProject`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginProject {
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `verification_method`.
    pub verification_method: ::std::string::String,
}

impl UpdateLoginProject {
    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = value;
        self
    }

    /// Sets the `verification_method` field.
    #[must_use]
    pub fn with_verification_method(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.verification_method = value.into();
        self
    }
}

impl json::ToJson for UpdateLoginProject {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "enabled", &self.enabled);
        json::put(&mut map, "verification_method", &self.verification_method);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateLoginProjectReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginProjectReq {
    /// Required JSON field `login_protect`.
    pub login_protect: UpdateLoginProject,
}

impl UpdateLoginProjectReq {
    /// Sets the `login_protect` field.
    #[must_use]
    pub fn with_login_protect(mut self, value: UpdateLoginProject) -> Self {
        self.login_protect = value;
        self
    }
}

impl json::ToJson for UpdateLoginProjectReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "login_protect", &self.login_protect);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_login_protect`](super::IamClient::update_login_protect): `PUT /v3.0/OS-USER/users/{user_id}/login-protect`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginProtectRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateLoginProjectReq>,
}

impl UpdateLoginProtectRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateLoginProjectReq) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateLoginProtectRespon`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginProtectRespon {
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `verification_method`.
    pub verification_method: ::std::string::String,
}

impl json::FromJson for UpdateLoginProtectRespon {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_id: json::take(&mut map, "user_id")?,
            enabled: json::take(&mut map, "enabled")?,
            verification_method: json::take(&mut map, "verification_method")?,
        })
    }
}

/// Response of [`IamClient::update_login_protect`](super::IamClient::update_login_protect): `PUT /v3.0/OS-USER/users/{user_id}/login-protect`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateLoginProtectResponse {
    /// JSON field `login_protect`.
    pub login_protect: ::std::option::Option<UpdateLoginProtectRespon>,
}

impl json::FromJson for UpdateLoginProtectResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            login_protect: json::take(&mut map, "login_protect")?,
        })
    }
}

/// JSON model `UpdateOpenIdConnectConfig`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateOpenIdConnectConfig {
    /// JSON field `access_mode`.
    pub access_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `idp_url`.
    pub idp_url: ::std::option::Option<::std::string::String>,
    /// JSON field `client_id`.
    pub client_id: ::std::option::Option<::std::string::String>,
    /// JSON field `authorization_endpoint`.
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    /// JSON field `scope`.
    pub scope: ::std::option::Option<::std::string::String>,
    /// JSON field `response_type`.
    pub response_type: ::std::option::Option<::std::string::String>,
    /// JSON field `response_mode`.
    pub response_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `signing_key`. Debug output hides its value.
    pub signing_key: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for UpdateOpenIdConnectConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateOpenIdConnectConfig")
            .field("access_mode", &self.access_mode)
            .field("idp_url", &self.idp_url)
            .field("client_id", &self.client_id)
            .field("authorization_endpoint", &self.authorization_endpoint)
            .field("scope", &self.scope)
            .field("response_type", &self.response_type)
            .field("response_mode", &self.response_mode)
            .field(
                "signing_key",
                &self.signing_key.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl UpdateOpenIdConnectConfig {
    /// Sets the `access_mode` field.
    #[must_use]
    pub fn with_access_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `idp_url` field.
    #[must_use]
    pub fn with_idp_url(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_url = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `client_id` field.
    #[must_use]
    pub fn with_client_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `authorization_endpoint` field.
    #[must_use]
    pub fn with_authorization_endpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorization_endpoint = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `scope` field.
    #[must_use]
    pub fn with_scope(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.scope = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `response_type` field.
    #[must_use]
    pub fn with_response_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `response_mode` field.
    #[must_use]
    pub fn with_response_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `signing_key` field.
    #[must_use]
    pub fn with_signing_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.signing_key = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateOpenIdConnectConfig {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "access_mode", &self.access_mode);
        json::put(&mut map, "idp_url", &self.idp_url);
        json::put(&mut map, "client_id", &self.client_id);
        json::put(
            &mut map,
            "authorization_endpoint",
            &self.authorization_endpoint,
        );
        json::put(&mut map, "scope", &self.scope);
        json::put(&mut map, "response_type", &self.response_type);
        json::put(&mut map, "response_mode", &self.response_mode);
        json::put(&mut map, "signing_key", &self.signing_key);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_open_id_connect_config`](super::IamClient::update_open_id_connect_config): `PUT /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
///
/// Required fields: `idp_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateOpenIdConnectConfigRequest {
    /// Required path parameter `idp_id`.
    pub idp_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateOpenIdConnectConfigRequestBody>,
}

impl UpdateOpenIdConnectConfigRequest {
    /// Sets the `idp_id` field.
    #[must_use]
    pub fn with_idp_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.idp_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateOpenIdConnectConfigRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateOpenIdConnectConfigRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateOpenIdConnectConfigRequestBody {
    /// Required JSON field `openid_connect_config`.
    pub openid_connect_config: UpdateOpenIdConnectConfig,
}

impl UpdateOpenIdConnectConfigRequestBody {
    /// Sets the `openid_connect_config` field.
    #[must_use]
    pub fn with_openid_connect_config(mut self, value: UpdateOpenIdConnectConfig) -> Self {
        self.openid_connect_config = value;
        self
    }
}

impl json::ToJson for UpdateOpenIdConnectConfigRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "openid_connect_config",
            &self.openid_connect_config,
        );
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_open_id_connect_config`](super::IamClient::update_open_id_connect_config): `PUT /v3.0/OS-FEDERATION/identity-providers/{idp_id}/openid-connect-config`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateOpenIdConnectConfigResponse {
    /// JSON field `openid_connect_config`.
    pub openid_connect_config: ::std::option::Option<OpenIdConnectConfig>,
}

impl json::FromJson for UpdateOpenIdConnectConfigResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            openid_connect_config: json::take(&mut map, "openid_connect_config")?,
        })
    }
}

/// Request of [`IamClient::update_permanent_access_key`](super::IamClient::update_permanent_access_key): `PUT /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
///
/// Required fields: `access_key`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePermanentAccessKeyRequest {
    /// Required path parameter `access_key`.
    pub access_key: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdatePermanentAccessKeyRequestBody>,
}

impl UpdatePermanentAccessKeyRequest {
    /// Sets the `access_key` field.
    #[must_use]
    pub fn with_access_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdatePermanentAccessKeyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdatePermanentAccessKeyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePermanentAccessKeyRequestBody {
    /// Required JSON field `credential`.
    pub credential: UpdateCredentialOption,
}

impl UpdatePermanentAccessKeyRequestBody {
    /// Sets the `credential` field.
    #[must_use]
    pub fn with_credential(mut self, value: UpdateCredentialOption) -> Self {
        self.credential = value;
        self
    }
}

impl json::ToJson for UpdatePermanentAccessKeyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "credential", &self.credential);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_permanent_access_key`](super::IamClient::update_permanent_access_key): `PUT /v3.0/OS-CREDENTIAL/credentials/{access_key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePermanentAccessKeyResponse {
    /// JSON field `credential`.
    pub credential: ::std::option::Option<UpdateCredentialResult>,
}

impl json::FromJson for UpdatePermanentAccessKeyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            credential: json::take(&mut map, "credential")?,
        })
    }
}

/// JSON model `UpdateProjectOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateProjectOption {
    /// Required JSON field `status`.
    pub status: ::std::string::String,
}

impl UpdateProjectOption {
    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = value.into();
        self
    }
}

impl json::ToJson for UpdateProjectOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "status", &self.status);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_project_status`](super::IamClient::update_project_status): `PUT /v3-ext/projects/{project_id}`.
///
/// Required fields: `project_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateProjectStatusRequest {
    /// Required path parameter `project_id`.
    pub project_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateProjectStatusRequestBody>,
}

impl UpdateProjectStatusRequest {
    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateProjectStatusRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateProjectStatusRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateProjectStatusRequestBody {
    /// Required JSON field `project`.
    pub project: UpdateProjectOption,
}

impl UpdateProjectStatusRequestBody {
    /// Sets the `project` field.
    #[must_use]
    pub fn with_project(mut self, value: UpdateProjectOption) -> Self {
        self.project = value;
        self
    }
}

impl json::ToJson for UpdateProjectStatusRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "project", &self.project);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_project_status`](super::IamClient::update_project_status): `PUT /v3-ext/projects/{project_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateProjectStatusResponse {}

impl json::FromJson for UpdateProjectStatusResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateUserInformationOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserInformationOption {
    /// JSON field `email`.
    pub email: ::std::option::Option<::std::string::String>,
    /// JSON field `mobile`.
    pub mobile: ::std::option::Option<::std::string::String>,
}

impl UpdateUserInformationOption {
    /// Sets the `email` field.
    #[must_use]
    pub fn with_email(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `mobile` field.
    #[must_use]
    pub fn with_mobile(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.mobile = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateUserInformationOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "email", &self.email);
        json::put(&mut map, "mobile", &self.mobile);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_user_information`](super::IamClient::update_user_information): `PUT /v3.0/OS-USER/users/{user_id}/info`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserInformationRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateUserInformationRequestBody>,
}

impl UpdateUserInformationRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateUserInformationRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateUserInformationRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserInformationRequestBody {
    /// Required JSON field `user`.
    pub user: UpdateUserInformationOption,
}

impl UpdateUserInformationRequestBody {
    /// Sets the `user` field.
    #[must_use]
    pub fn with_user(mut self, value: UpdateUserInformationOption) -> Self {
        self.user = value;
        self
    }
}

impl json::ToJson for UpdateUserInformationRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user", &self.user);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_user_information`](super::IamClient::update_user_information): `PUT /v3.0/OS-USER/users/{user_id}/info`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserInformationResponse {}

impl json::FromJson for UpdateUserInformationResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateUserOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserOption {
    /// JSON field `access_mode`.
    pub access_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `password`. Debug output hides its value.
    pub password: ::std::option::Option<::std::string::String>,
    /// JSON field `email`.
    pub email: ::std::option::Option<::std::string::String>,
    /// JSON field `areacode`.
    pub areacode: ::std::option::Option<::std::string::String>,
    /// JSON field `phone`.
    pub phone: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
    /// JSON field `xuser_type`.
    pub xuser_type: ::std::option::Option<::std::string::String>,
    /// JSON field `xuser_id`.
    pub xuser_id: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for UpdateUserOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateUserOption")
            .field("access_mode", &self.access_mode)
            .field("name", &self.name)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field("email", &self.email)
            .field("areacode", &self.areacode)
            .field("phone", &self.phone)
            .field("enabled", &self.enabled)
            .field("pwd_status", &self.pwd_status)
            .field("xuser_type", &self.xuser_type)
            .field("xuser_id", &self.xuser_id)
            .field("description", &self.description)
            .finish()
    }
}

impl UpdateUserOption {
    /// Sets the `access_mode` field.
    #[must_use]
    pub fn with_access_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `password` field.
    #[must_use]
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `email` field.
    #[must_use]
    pub fn with_email(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `areacode` field.
    #[must_use]
    pub fn with_areacode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.areacode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `phone` field.
    #[must_use]
    pub fn with_phone(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.phone = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `pwd_status` field.
    #[must_use]
    pub fn with_pwd_status(mut self, value: bool) -> Self {
        self.pwd_status = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `xuser_type` field.
    #[must_use]
    pub fn with_xuser_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.xuser_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `xuser_id` field.
    #[must_use]
    pub fn with_xuser_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.xuser_id = ::std::option::Option::Some(value.into());
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

impl json::ToJson for UpdateUserOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "access_mode", &self.access_mode);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "password", &self.password);
        json::put(&mut map, "email", &self.email);
        json::put(&mut map, "areacode", &self.areacode);
        json::put(&mut map, "phone", &self.phone);
        json::put(&mut map, "enabled", &self.enabled);
        json::put(&mut map, "pwd_status", &self.pwd_status);
        json::put(&mut map, "xuser_type", &self.xuser_type);
        json::put(&mut map, "xuser_id", &self.xuser_id);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`IamClient::update_user`](super::IamClient::update_user): `PUT /v3.0/OS-USER/users/{user_id}`.
///
/// Required fields: `user_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserRequest {
    /// Required path parameter `user_id`.
    pub user_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateUserRequestBody>,
}

impl UpdateUserRequest {
    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateUserRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateUserRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserRequestBody {
    /// Required JSON field `user`.
    pub user: UpdateUserOption,
}

impl UpdateUserRequestBody {
    /// Sets the `user` field.
    #[must_use]
    pub fn with_user(mut self, value: UpdateUserOption) -> Self {
        self.user = value;
        self
    }
}

impl json::ToJson for UpdateUserRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "user", &self.user);
        json::Value::Object(map)
    }
}

/// Response of [`IamClient::update_user`](super::IamClient::update_user): `PUT /v3.0/OS-USER/users/{user_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserResponse {
    /// JSON field `user`.
    pub user: ::std::option::Option<UpdateUserResult>,
}

impl json::FromJson for UpdateUserResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user: json::take(&mut map, "user")?,
        })
    }
}

/// JSON model `UpdateUserResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateUserResult {
    /// JSON field `access_mode`.
    pub access_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `pwd_status`.
    pub pwd_status: ::std::option::Option<bool>,
    /// JSON field `xuser_id`.
    pub xuser_id: ::std::option::Option<::std::string::String>,
    /// JSON field `xuser_type`.
    pub xuser_type: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `phone`.
    pub phone: ::std::option::Option<::std::string::String>,
    /// Required JSON field `domain_id`.
    pub domain_id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// JSON field `areacode`.
    pub areacode: ::std::option::Option<::std::string::String>,
    /// JSON field `email`.
    pub email: ::std::option::Option<::std::string::String>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: LinksSelf,
    /// JSON field `password_expires_at`.
    pub password_expires_at: ::std::option::Option<::std::string::String>,
    /// JSON field `create_time`.
    pub create_time: ::std::option::Option<::std::string::String>,
    /// JSON field `xdomain_id`.
    pub xdomain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `xdomain_type`.
    pub xdomain_type: ::std::option::Option<::std::string::String>,
    /// JSON field `is_domain_owner`.
    pub is_domain_owner: ::std::option::Option<bool>,
}

impl json::FromJson for UpdateUserResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            access_mode: json::take(&mut map, "access_mode")?,
            pwd_status: json::take(&mut map, "pwd_status")?,
            xuser_id: json::take(&mut map, "xuser_id")?,
            xuser_type: json::take(&mut map, "xuser_type")?,
            description: json::take(&mut map, "description")?,
            name: json::take(&mut map, "name")?,
            phone: json::take(&mut map, "phone")?,
            domain_id: json::take(&mut map, "domain_id")?,
            enabled: json::take(&mut map, "enabled")?,
            areacode: json::take(&mut map, "areacode")?,
            email: json::take(&mut map, "email")?,
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            password_expires_at: json::take(&mut map, "password_expires_at")?,
            create_time: json::take(&mut map, "create_time")?,
            xdomain_id: json::take(&mut map, "xdomain_id")?,
            xdomain_type: json::take(&mut map, "xdomain_type")?,
            is_domain_owner: json::take(&mut map, "is_domain_owner")?,
        })
    }
}

/// JSON model `Version`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Version {
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `updated`.
    pub updated: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<VersionLinks>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `media-types`.
    #[cfg_attr(feature = "serde", serde(rename = "media-types"))]
    pub media_types: ::std::vec::Vec<VersionMediatypes>,
}

impl json::FromJson for Version {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            status: json::take(&mut map, "status")?,
            updated: json::take(&mut map, "updated")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            media_types: json::take(&mut map, "media-types")?,
        })
    }
}

/// JSON model `VersionLinks`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VersionLinks {
    /// Required JSON field `rel`.
    pub rel: ::std::string::String,
    /// Required JSON field `href`.
    pub href: ::std::string::String,
}

impl json::FromJson for VersionLinks {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            rel: json::take(&mut map, "rel")?,
            href: json::take(&mut map, "href")?,
        })
    }
}

/// JSON model `VersionMediatypes`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VersionMediatypes {
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `base`.
    pub base: ::std::string::String,
}

impl json::FromJson for VersionMediatypes {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            r#type: json::take(&mut map, "type")?,
            base: json::take(&mut map, "base")?,
        })
    }
}

/// JSON model `Versions`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Versions {
    /// Required JSON field `values`.
    pub values: ::std::vec::Vec<Version>,
}

impl json::FromJson for Versions {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            values: json::take(&mut map, "values")?,
        })
    }
}
