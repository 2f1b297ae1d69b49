//! Request, response and data types of the VPC v3 API.
//!
//! Request types and the models inside request bodies implement `Default` and have a
//! `with_*` setter per field. Types without `Default` have a `new` taking their required
//! fields. All types are `#[non_exhaustive]`, so new API fields are not breaking.

use huaweicloud_sdk_core::json;

/// Request of [`VpcClient::add_clouddcn_subnets_tags`](super::VpcClient::add_clouddcn_subnets_tags): `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags`.
///
/// Required fields: `resource_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddClouddcnSubnetsTagsRequest {
    /// Required path parameter `resource_id`.
    pub resource_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AddResourceTagsRequestBody>,
}

impl AddClouddcnSubnetsTagsRequest {
    /// Sets the `resource_id` field.
    #[must_use]
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AddResourceTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::add_clouddcn_subnets_tags`](super::VpcClient::add_clouddcn_subnets_tags): `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddClouddcnSubnetsTagsResponse {}

impl json::FromJson for AddClouddcnSubnetsTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AddExtendCidrOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddExtendCidrOption {
    /// Required JSON field `extend_cidrs`.
    pub extend_cidrs: ::std::vec::Vec<::std::string::String>,
}

impl AddExtendCidrOption {
    /// Sets the `extend_cidrs` field.
    #[must_use]
    pub fn with_extend_cidrs(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.extend_cidrs = value;
        self
    }
}

impl json::ToJson for AddExtendCidrOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "extend_cidrs", &self.extend_cidrs);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::add_firewall_rules`](super::VpcClient::add_firewall_rules): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/insert-rules`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddFirewallRulesRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AddFirewallRulesRequestBody>,
}

impl AddFirewallRulesRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AddFirewallRulesRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `AddFirewallRulesRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddFirewallRulesRequestBody {
    /// Required JSON field `firewall`.
    pub firewall: FirewallInsertRuleOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl AddFirewallRulesRequestBody {
    /// Sets the `firewall` field.
    #[must_use]
    pub fn with_firewall(mut self, value: FirewallInsertRuleOption) -> Self {
        self.firewall = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AddFirewallRulesRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall", &self.firewall);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::add_firewall_rules`](super::VpcClient::add_firewall_rules): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/insert-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddFirewallRulesResponse {
    /// JSON field `firewall`.
    pub firewall: ::std::option::Option<FirewallDetail>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AddFirewallRulesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall: json::take(&mut map, "firewall")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `AddResourceTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddResourceTagsRequestBody {
    /// Required JSON field `tag`.
    pub tag: AddResourceTagsRequestBodyTag,
}

impl AddResourceTagsRequestBody {
    /// Sets the `tag` field.
    #[must_use]
    pub fn with_tag(mut self, value: AddResourceTagsRequestBodyTag) -> Self {
        self.tag = value;
        self
    }
}

impl json::ToJson for AddResourceTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tag", &self.tag);
        json::Value::Object(map)
    }
}

/// JSON model `AddResourceTagsRequestBodyTag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddResourceTagsRequestBodyTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl AddResourceTagsRequestBodyTag {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = value.into();
        self
    }
}

impl json::ToJson for AddResourceTagsRequestBodyTag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::add_security_groups`](super::VpcClient::add_security_groups): `PUT /v3/{project_id}/ports/{port_id}/insert-security-groups`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddSecurityGroupsRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AddSecurityGroupsRequestBody>,
}

impl AddSecurityGroupsRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AddSecurityGroupsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `AddSecurityGroupsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddSecurityGroupsRequestBody {
    /// Required JSON field `port`.
    pub port: InsertSecurityGroupOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl AddSecurityGroupsRequestBody {
    /// Sets the `port` field.
    #[must_use]
    pub fn with_port(mut self, value: InsertSecurityGroupOption) -> Self {
        self.port = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AddSecurityGroupsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "port", &self.port);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::add_security_groups`](super::VpcClient::add_security_groups): `PUT /v3/{project_id}/ports/{port_id}/insert-security-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddSecurityGroupsResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `port`.
    pub port: ::std::option::Option<Port>,
}

impl json::FromJson for AddSecurityGroupsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            port: json::take(&mut map, "port")?,
        })
    }
}

/// Request of [`VpcClient::add_sources_to_traffic_mirror_session`](super::VpcClient::add_sources_to_traffic_mirror_session): `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/add-sources`.
///
/// Required fields: `traffic_mirror_session_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddSourcesToTrafficMirrorSessionRequest {
    /// Required path parameter `traffic_mirror_session_id`.
    pub traffic_mirror_session_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AddSourcesToTrafficMirrorSessionRequestBody>,
}

impl AddSourcesToTrafficMirrorSessionRequest {
    /// Sets the `traffic_mirror_session_id` field.
    #[must_use]
    pub fn with_traffic_mirror_session_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_session_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AddSourcesToTrafficMirrorSessionRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `AddSourcesToTrafficMirrorSessionRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddSourcesToTrafficMirrorSessionRequestBody {
    /// Required JSON field `traffic_mirror_session`.
    pub traffic_mirror_session: TrafficMirrorSourcesOption,
}

impl AddSourcesToTrafficMirrorSessionRequestBody {
    /// Sets the `traffic_mirror_session` field.
    #[must_use]
    pub fn with_traffic_mirror_session(mut self, value: TrafficMirrorSourcesOption) -> Self {
        self.traffic_mirror_session = value;
        self
    }
}

impl json::ToJson for AddSourcesToTrafficMirrorSessionRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "traffic_mirror_session",
            &self.traffic_mirror_session,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::add_sources_to_traffic_mirror_session`](super::VpcClient::add_sources_to_traffic_mirror_session): `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/add-sources`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddSourcesToTrafficMirrorSessionResponse {
    /// JSON field `traffic_mirror_session`.
    pub traffic_mirror_session: ::std::option::Option<TrafficMirrorSession>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AddSourcesToTrafficMirrorSessionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_session: json::take(&mut map, "traffic_mirror_session")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::add_vpc_extend_cidr`](super::VpcClient::add_vpc_extend_cidr): `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/add-extend-cidr`.
///
/// Required fields: `vpc_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddVpcExtendCidrRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AddVpcExtendCidrRequestBody>,
}

impl AddVpcExtendCidrRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AddVpcExtendCidrRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `AddVpcExtendCidrRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddVpcExtendCidrRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `vpc`.
    pub vpc: AddExtendCidrOption,
}

impl AddVpcExtendCidrRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `vpc` field.
    #[must_use]
    pub fn with_vpc(mut self, value: AddExtendCidrOption) -> Self {
        self.vpc = value;
        self
    }
}

impl json::ToJson for AddVpcExtendCidrRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "vpc", &self.vpc);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::add_vpc_extend_cidr`](super::VpcClient::add_vpc_extend_cidr): `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/add-extend-cidr`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddVpcExtendCidrResponse {
    /// JSON field `vpc`.
    pub vpc: ::std::option::Option<Vpc>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AddVpcExtendCidrResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            vpc: json::take(&mut map, "vpc")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `AddressGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddressGroup {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `max_capacity`.
    pub max_capacity: i64,
    /// Required JSON field `ip_set`.
    pub ip_set: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `ip_version`.
    pub ip_version: i64,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `status_message`.
    pub status_message: ::std::string::String,
    /// Required JSON field `ip_extra_set`.
    pub ip_extra_set: ::std::vec::Vec<IpExtraSetRespOption>,
}

impl json::FromJson for AddressGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            max_capacity: json::take(&mut map, "max_capacity")?,
            ip_set: json::take(&mut map, "ip_set")?,
            ip_version: json::take(&mut map, "ip_version")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            tags: json::take(&mut map, "tags")?,
            status: json::take(&mut map, "status")?,
            status_message: json::take(&mut map, "status_message")?,
            ip_extra_set: json::take(&mut map, "ip_extra_set")?,
        })
    }
}

/// JSON model `AddressGroupDependency`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddressGroupDependency {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `dependency`.
    pub dependency: ::std::vec::Vec<Dependency>,
}

impl json::FromJson for AddressGroupDependency {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            dependency: json::take(&mut map, "dependency")?,
        })
    }
}

/// JSON model `AllowedAddressPair`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowedAddressPair {
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `mac_address`.
    pub mac_address: ::std::option::Option<::std::string::String>,
}

impl AllowedAddressPair {
    /// Sets the `ip_address` field.
    #[must_use]
    pub fn with_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `mac_address` field.
    #[must_use]
    pub fn with_mac_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mac_address = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AllowedAddressPair {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "ip_address", &self.ip_address);
        json::put(&mut map, "mac_address", &self.mac_address);
        json::Value::Object(map)
    }
}

impl json::FromJson for AllowedAddressPair {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            ip_address: json::take(&mut map, "ip_address")?,
            mac_address: json::take(&mut map, "mac_address")?,
        })
    }
}

/// Request of [`VpcClient::associate_subnet_firewall`](super::VpcClient::associate_subnet_firewall): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/associate-subnets`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateSubnetFirewallRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AssociateSubnetFirewallRequestBody>,
}

impl AssociateSubnetFirewallRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AssociateSubnetFirewallRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `AssociateSubnetFirewallRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateSubnetFirewallRequestBody {
    /// Required JSON field `subnets`.
    pub subnets: ::std::vec::Vec<FirewallAssociation>,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl AssociateSubnetFirewallRequestBody {
    /// Sets the `subnets` field.
    #[must_use]
    pub fn with_subnets(mut self, value: ::std::vec::Vec<FirewallAssociation>) -> Self {
        self.subnets = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AssociateSubnetFirewallRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnets", &self.subnets);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::associate_subnet_firewall`](super::VpcClient::associate_subnet_firewall): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/associate-subnets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateSubnetFirewallResponse {
    /// JSON field `firewall`.
    pub firewall: ::std::option::Option<FirewallDetail>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AssociateSubnetFirewallResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall: json::take(&mut map, "firewall")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `AttachSubNetworkInterfaceOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachSubNetworkInterfaceOption {
    /// Required JSON field `parent_id`.
    pub parent_id: ::std::string::String,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `security_enabled`.
    pub security_enabled: ::std::option::Option<bool>,
}

impl AttachSubNetworkInterfaceOption {
    /// Sets the `parent_id` field.
    #[must_use]
    pub fn with_parent_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_id = value.into();
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_enabled` field.
    #[must_use]
    pub fn with_security_enabled(mut self, value: bool) -> Self {
        self.security_enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AttachSubNetworkInterfaceOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "parent_id", &self.parent_id);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "security_enabled", &self.security_enabled);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::attach_sub_network_interface`](super::VpcClient::attach_sub_network_interface): `POST /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/attach`.
///
/// Required fields: `sub_network_interface_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachSubNetworkInterfaceRequest {
    /// Required path parameter `sub_network_interface_id`.
    pub sub_network_interface_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AttachSubNetworkInterfaceRequestBody>,
}

impl AttachSubNetworkInterfaceRequest {
    /// Sets the `sub_network_interface_id` field.
    #[must_use]
    pub fn with_sub_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_network_interface_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AttachSubNetworkInterfaceRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `AttachSubNetworkInterfaceRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachSubNetworkInterfaceRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// JSON field `sub_network_interface`.
    pub sub_network_interface: ::std::option::Option<AttachSubNetworkInterfaceOption>,
}

impl AttachSubNetworkInterfaceRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `sub_network_interface` field.
    #[must_use]
    pub fn with_sub_network_interface(mut self, value: AttachSubNetworkInterfaceOption) -> Self {
        self.sub_network_interface = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AttachSubNetworkInterfaceRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(
            &mut map,
            "sub_network_interface",
            &self.sub_network_interface,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::attach_sub_network_interface`](super::VpcClient::attach_sub_network_interface): `POST /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/attach`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachSubNetworkInterfaceResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_network_interface`.
    pub sub_network_interface: ::std::option::Option<SubNetworkInterface>,
}

impl json::FromJson for AttachSubNetworkInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            sub_network_interface: json::take(&mut map, "sub_network_interface")?,
        })
    }
}

/// Request of [`VpcClient::batch_create_clouddcn_subnets_tags`](super::VpcClient::batch_create_clouddcn_subnets_tags): `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/create`.
///
/// Required fields: `resource_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateClouddcnSubnetsTagsRequest {
    /// Required path parameter `resource_id`.
    pub resource_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateRequestBody>,
}

impl BatchCreateClouddcnSubnetsTagsRequest {
    /// Sets the `resource_id` field.
    #[must_use]
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreateRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::batch_create_clouddcn_subnets_tags`](super::VpcClient::batch_create_clouddcn_subnets_tags): `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/create`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateClouddcnSubnetsTagsResponse {}

impl json::FromJson for BatchCreateClouddcnSubnetsTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::batch_create_firewall_tags`](super::VpcClient::batch_create_firewall_tags): `POST /v3/{project_id}/firewalls/{firewall_id}/tags/create`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateFirewallTagsRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateFirewallTagsRequestBody>,
}

impl BatchCreateFirewallTagsRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreateFirewallTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchCreateFirewallTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateFirewallTagsRequestBody {
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl BatchCreateFirewallTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchCreateFirewallTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_create_firewall_tags`](super::VpcClient::batch_create_firewall_tags): `POST /v3/{project_id}/firewalls/{firewall_id}/tags/create`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateFirewallTagsResponse {}

impl json::FromJson for BatchCreateFirewallTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::batch_create_port_tags`](super::VpcClient::batch_create_port_tags): `POST /v3/{project_id}/ports/{port_id}/tags/create`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreatePortTagsRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreatePortTagsRequestBody>,
}

impl BatchCreatePortTagsRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreatePortTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchCreatePortTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreatePortTagsRequestBody {
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl BatchCreatePortTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchCreatePortTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_create_port_tags`](super::VpcClient::batch_create_port_tags): `POST /v3/{project_id}/ports/{port_id}/tags/create`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreatePortTagsResponse {}

impl json::FromJson for BatchCreatePortTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `BatchCreateRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateRequestBody {
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<BatchCreateRequestBodyTags>,
    /// JSON field `sys_tags`.
    pub sys_tags: ::std::option::Option<::std::vec::Vec<BatchCreateRequestBodySysTags>>,
}

impl BatchCreateRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<BatchCreateRequestBodyTags>) -> Self {
        self.tags = value;
        self
    }

    /// Sets the `sys_tags` field.
    #[must_use]
    pub fn with_sys_tags(mut self, value: ::std::vec::Vec<BatchCreateRequestBodySysTags>) -> Self {
        self.sys_tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BatchCreateRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::put(&mut map, "sys_tags", &self.sys_tags);
        json::Value::Object(map)
    }
}

/// JSON model `BatchCreateRequestBodySysTags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateRequestBodySysTags {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl BatchCreateRequestBodySysTags {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = value.into();
        self
    }
}

impl json::ToJson for BatchCreateRequestBodySysTags {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// JSON model `BatchCreateRequestBodyTags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateRequestBodyTags {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl BatchCreateRequestBodyTags {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = value.into();
        self
    }
}

impl json::ToJson for BatchCreateRequestBodyTags {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// JSON model `BatchCreateSecurityGroupRulesOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSecurityGroupRulesOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `direction`.
    pub direction: ::std::string::String,
    /// JSON field `ethertype`.
    pub ethertype: ::std::option::Option<::std::string::String>,
    /// JSON field `protocol`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// JSON field `multiport`.
    pub multiport: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_ip_prefix`.
    pub remote_ip_prefix: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_group_id`.
    pub remote_group_id: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_address_group_id`.
    pub remote_address_group_id: ::std::option::Option<::std::string::String>,
    /// JSON field `action`.
    pub action: ::std::option::Option<::std::string::String>,
    /// JSON field `priority`.
    pub priority: ::std::option::Option<i64>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl BatchCreateSecurityGroupRulesOption {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `direction` field.
    #[must_use]
    pub fn with_direction(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = value.into();
        self
    }

    /// Sets the `ethertype` field.
    #[must_use]
    pub fn with_ethertype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ethertype = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `multiport` field.
    #[must_use]
    pub fn with_multiport(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.multiport = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `remote_ip_prefix` field.
    #[must_use]
    pub fn with_remote_ip_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remote_ip_prefix = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `remote_group_id` field.
    #[must_use]
    pub fn with_remote_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remote_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `remote_address_group_id` field.
    #[must_use]
    pub fn with_remote_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remote_address_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `priority` field.
    #[must_use]
    pub fn with_priority(mut self, value: i64) -> Self {
        self.priority = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BatchCreateSecurityGroupRulesOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "direction", &self.direction);
        json::put(&mut map, "ethertype", &self.ethertype);
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "multiport", &self.multiport);
        json::put(&mut map, "remote_ip_prefix", &self.remote_ip_prefix);
        json::put(&mut map, "remote_group_id", &self.remote_group_id);
        json::put(
            &mut map,
            "remote_address_group_id",
            &self.remote_address_group_id,
        );
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "priority", &self.priority);
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::batch_create_security_group_rules`](super::VpcClient::batch_create_security_group_rules): `POST /v3/{project_id}/vpc/security-groups/{security_group_id}/security-group-rules/batch-create`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSecurityGroupRulesRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateSecurityGroupRulesRequestBody>,
}

impl BatchCreateSecurityGroupRulesRequest {
    /// Sets the `security_group_id` field.
    #[must_use]
    pub fn with_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreateSecurityGroupRulesRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchCreateSecurityGroupRulesRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSecurityGroupRulesRequestBody {
    /// Required JSON field `security_group_rules`.
    pub security_group_rules: ::std::vec::Vec<BatchCreateSecurityGroupRulesOption>,
    /// JSON field `ignore_duplicate`.
    pub ignore_duplicate: ::std::option::Option<bool>,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl BatchCreateSecurityGroupRulesRequestBody {
    /// Sets the `security_group_rules` field.
    #[must_use]
    pub fn with_security_group_rules(
        mut self,
        value: ::std::vec::Vec<BatchCreateSecurityGroupRulesOption>,
    ) -> Self {
        self.security_group_rules = value;
        self
    }

    /// Sets the `ignore_duplicate` field.
    #[must_use]
    pub fn with_ignore_duplicate(mut self, value: bool) -> Self {
        self.ignore_duplicate = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BatchCreateSecurityGroupRulesRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "security_group_rules", &self.security_group_rules);
        json::put(&mut map, "ignore_duplicate", &self.ignore_duplicate);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_create_security_group_rules`](super::VpcClient::batch_create_security_group_rules): `POST /v3/{project_id}/vpc/security-groups/{security_group_id}/security-group-rules/batch-create`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSecurityGroupRulesResponse {
    /// JSON field `security_group_rules`.
    pub security_group_rules: ::std::option::Option<::std::vec::Vec<SecurityGroupRule>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchCreateSecurityGroupRulesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group_rules: json::take(&mut map, "security_group_rules")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `BatchCreateSubNetworkInterfaceOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSubNetworkInterfaceOption {
    /// Required JSON field `virsubnet_id`.
    pub virsubnet_id: ::std::string::String,
    /// Required JSON field `parent_id`.
    pub parent_id: ::std::string::String,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `ipv6_enable`.
    pub ipv6_enable: ::std::option::Option<bool>,
    /// JSON field `project_id`.
    pub project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::option::Option<::std::vec::Vec<AllowedAddressPair>>,
}

impl BatchCreateSubNetworkInterfaceOption {
    /// Sets the `virsubnet_id` field.
    #[must_use]
    pub fn with_virsubnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virsubnet_id = value.into();
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

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
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

    /// Sets the `ipv6_enable` field.
    #[must_use]
    pub fn with_ipv6_enable(mut self, value: bool) -> Self {
        self.ipv6_enable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `allowed_address_pairs` field.
    #[must_use]
    pub fn with_allowed_address_pairs(
        mut self,
        value: ::std::vec::Vec<AllowedAddressPair>,
    ) -> Self {
        self.allowed_address_pairs = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BatchCreateSubNetworkInterfaceOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "virsubnet_id", &self.virsubnet_id);
        json::put(&mut map, "parent_id", &self.parent_id);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "ipv6_enable", &self.ipv6_enable);
        json::put(&mut map, "project_id", &self.project_id);
        json::put(
            &mut map,
            "allowed_address_pairs",
            &self.allowed_address_pairs,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::batch_create_sub_network_interface`](super::VpcClient::batch_create_sub_network_interface): `POST /v3/{project_id}/vpc/sub-network-interfaces/batch-create`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSubNetworkInterfaceRequest {
    /// Request body.
    pub body: ::std::option::Option<BatchCreateSubNetworkInterfaceRequestBody>,
}

impl BatchCreateSubNetworkInterfaceRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreateSubNetworkInterfaceRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchCreateSubNetworkInterfaceRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSubNetworkInterfaceRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `sub_network_interface`.
    pub sub_network_interface: BatchCreateSubNetworkInterfaceOption,
    /// Required JSON field `count`.
    pub count: i64,
}

impl BatchCreateSubNetworkInterfaceRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `sub_network_interface` field.
    #[must_use]
    pub fn with_sub_network_interface(
        mut self,
        value: BatchCreateSubNetworkInterfaceOption,
    ) -> Self {
        self.sub_network_interface = value;
        self
    }

    /// Sets the `count` field.
    #[must_use]
    pub fn with_count(mut self, value: i64) -> Self {
        self.count = value;
        self
    }
}

impl json::ToJson for BatchCreateSubNetworkInterfaceRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(
            &mut map,
            "sub_network_interface",
            &self.sub_network_interface,
        );
        json::put(&mut map, "count", &self.count);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_create_sub_network_interface`](super::VpcClient::batch_create_sub_network_interface): `POST /v3/{project_id}/vpc/sub-network-interfaces/batch-create`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSubNetworkInterfaceResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_network_interfaces`.
    pub sub_network_interfaces: ::std::option::Option<::std::vec::Vec<SubNetworkInterface>>,
}

impl json::FromJson for BatchCreateSubNetworkInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            sub_network_interfaces: json::take(&mut map, "sub_network_interfaces")?,
        })
    }
}

/// Request of [`VpcClient::batch_create_sub_network_interface_tags`](super::VpcClient::batch_create_sub_network_interface_tags): `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/create`.
///
/// Required fields: `sub_network_interface_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSubNetworkInterfaceTagsRequest {
    /// Required path parameter `sub_network_interface_id`.
    pub sub_network_interface_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateSubNetworkInterfaceTagsRequestBody>,
}

impl BatchCreateSubNetworkInterfaceTagsRequest {
    /// Sets the `sub_network_interface_id` field.
    #[must_use]
    pub fn with_sub_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_network_interface_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreateSubNetworkInterfaceTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchCreateSubNetworkInterfaceTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSubNetworkInterfaceTagsRequestBody {
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl BatchCreateSubNetworkInterfaceTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchCreateSubNetworkInterfaceTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_create_sub_network_interface_tags`](super::VpcClient::batch_create_sub_network_interface_tags): `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/create`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSubNetworkInterfaceTagsResponse {}

impl json::FromJson for BatchCreateSubNetworkInterfaceTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::batch_delete_clouddcn_subnets_tags`](super::VpcClient::batch_delete_clouddcn_subnets_tags): `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/delete`.
///
/// Required fields: `resource_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteClouddcnSubnetsTagsRequest {
    /// Required path parameter `resource_id`.
    pub resource_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteRequestBody>,
}

impl BatchDeleteClouddcnSubnetsTagsRequest {
    /// Sets the `resource_id` field.
    #[must_use]
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeleteRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::batch_delete_clouddcn_subnets_tags`](super::VpcClient::batch_delete_clouddcn_subnets_tags): `POST /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/delete`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteClouddcnSubnetsTagsResponse {}

impl json::FromJson for BatchDeleteClouddcnSubnetsTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::batch_delete_firewall_tags`](super::VpcClient::batch_delete_firewall_tags): `POST /v3/{project_id}/firewalls/{firewall_id}/tags/delete`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteFirewallTagsRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteFirewallTagsRequestBody>,
}

impl BatchDeleteFirewallTagsRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeleteFirewallTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchDeleteFirewallTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteFirewallTagsRequestBody {
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<DeleteResourceTagRequestBody>,
}

impl BatchDeleteFirewallTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<DeleteResourceTagRequestBody>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchDeleteFirewallTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_delete_firewall_tags`](super::VpcClient::batch_delete_firewall_tags): `POST /v3/{project_id}/firewalls/{firewall_id}/tags/delete`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteFirewallTagsResponse {}

impl json::FromJson for BatchDeleteFirewallTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::batch_delete_port_tags`](super::VpcClient::batch_delete_port_tags): `POST /v3/{project_id}/ports/{port_id}/tags/delete`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeletePortTagsRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeletePortTagsRequestBody>,
}

impl BatchDeletePortTagsRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeletePortTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchDeletePortTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeletePortTagsRequestBody {
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<DeleteResourceTagRequestBody>,
}

impl BatchDeletePortTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<DeleteResourceTagRequestBody>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchDeletePortTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_delete_port_tags`](super::VpcClient::batch_delete_port_tags): `POST /v3/{project_id}/ports/{port_id}/tags/delete`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeletePortTagsResponse {}

impl json::FromJson for BatchDeletePortTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `BatchDeleteRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteRequestBody {
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<BatchDeleteRequestBodyTags>,
    /// JSON field `sys_tags`.
    pub sys_tags: ::std::option::Option<::std::vec::Vec<BatchDeleteRequestBodySysTags>>,
}

impl BatchDeleteRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<BatchDeleteRequestBodyTags>) -> Self {
        self.tags = value;
        self
    }

    /// Sets the `sys_tags` field.
    #[must_use]
    pub fn with_sys_tags(mut self, value: ::std::vec::Vec<BatchDeleteRequestBodySysTags>) -> Self {
        self.sys_tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BatchDeleteRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::put(&mut map, "sys_tags", &self.sys_tags);
        json::Value::Object(map)
    }
}

/// JSON model `BatchDeleteRequestBodySysTags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteRequestBodySysTags {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// JSON field `value`.
    pub value: ::std::option::Option<::std::string::String>,
}

impl BatchDeleteRequestBodySysTags {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for BatchDeleteRequestBodySysTags {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// JSON model `BatchDeleteRequestBodyTags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteRequestBodyTags {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// JSON field `value`.
    pub value: ::std::option::Option<::std::string::String>,
}

impl BatchDeleteRequestBodyTags {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for BatchDeleteRequestBodyTags {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::batch_delete_sub_network_interface_tags`](super::VpcClient::batch_delete_sub_network_interface_tags): `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/delete`.
///
/// Required fields: `sub_network_interface_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSubNetworkInterfaceTagsRequest {
    /// Required path parameter `sub_network_interface_id`.
    pub sub_network_interface_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteSubNetworkInterfaceTagsRequestBody>,
}

impl BatchDeleteSubNetworkInterfaceTagsRequest {
    /// Sets the `sub_network_interface_id` field.
    #[must_use]
    pub fn with_sub_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_network_interface_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeleteSubNetworkInterfaceTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchDeleteSubNetworkInterfaceTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSubNetworkInterfaceTagsRequestBody {
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<DeleteResourceTagRequestBody>,
}

impl BatchDeleteSubNetworkInterfaceTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<DeleteResourceTagRequestBody>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchDeleteSubNetworkInterfaceTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_delete_sub_network_interface_tags`](super::VpcClient::batch_delete_sub_network_interface_tags): `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/delete`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSubNetworkInterfaceTagsResponse {}

impl json::FromJson for BatchDeleteSubNetworkInterfaceTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `BindingVifDetails`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BindingVifDetails {
    /// JSON field `primary_interface`.
    pub primary_interface: ::std::option::Option<bool>,
    /// JSON field `port_filter`.
    pub port_filter: ::std::option::Option<bool>,
    /// JSON field `ovs_hybrid_plug`.
    pub ovs_hybrid_plug: ::std::option::Option<bool>,
    /// JSON field `vlan_id`.
    pub vlan_id: ::std::option::Option<i64>,
    /// JSON field `parent_id`.
    pub parent_id: ::std::option::Option<::std::string::String>,
    /// JSON field `parent_device_id`.
    pub parent_device_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BindingVifDetails {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            primary_interface: json::take(&mut map, "primary_interface")?,
            port_filter: json::take(&mut map, "port_filter")?,
            ovs_hybrid_plug: json::take(&mut map, "ovs_hybrid_plug")?,
            vlan_id: json::take(&mut map, "vlan_id")?,
            parent_id: json::take(&mut map, "parent_id")?,
            parent_device_id: json::take(&mut map, "parent_device_id")?,
        })
    }
}

/// JSON model `CloudResource`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CloudResource {
    /// Required JSON field `resource_type`.
    pub resource_type: ::std::string::String,
    /// Required JSON field `resource_count`.
    pub resource_count: i64,
}

impl json::FromJson for CloudResource {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resource_type: json::take(&mut map, "resource_type")?,
            resource_count: json::take(&mut map, "resource_count")?,
        })
    }
}

/// JSON model `ClouddcnResource`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ClouddcnResource {
    /// Required JSON field `resource_id`.
    pub resource_id: ::std::string::String,
    /// Required JSON field `resource_detail`.
    pub resource_detail: ::huaweicloud_sdk_core::json::Value,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<Tag>,
    /// Required JSON field `resource_name`.
    pub resource_name: ::std::string::String,
}

impl json::FromJson for ClouddcnResource {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resource_id: json::take(&mut map, "resource_id")?,
            resource_detail: json::take(&mut map, "resource_detail")?,
            tags: json::take(&mut map, "tags")?,
            resource_name: json::take(&mut map, "resource_name")?,
        })
    }
}

/// JSON model `ClouddcnSubnet`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ClouddcnSubnet {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// Required JSON field `gateway_ip`.
    pub gateway_ip: ::std::string::String,
    /// Required JSON field `dns_nameservers`.
    pub dns_nameservers: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `availability_zone`.
    pub availability_zone: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<TagEntity>,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
}

impl json::FromJson for ClouddcnSubnet {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            project_id: json::take(&mut map, "project_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            cidr: json::take(&mut map, "cidr")?,
            gateway_ip: json::take(&mut map, "gateway_ip")?,
            dns_nameservers: json::take(&mut map, "dns_nameservers")?,
            vpc_id: json::take(&mut map, "vpc_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            tags: json::take(&mut map, "tags")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
        })
    }
}

/// Request of [`VpcClient::count_firewalls_by_tags`](super::VpcClient::count_firewalls_by_tags): `POST /v3/{project_id}/firewalls/resource-instances/count`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountFirewallsByTagsRequest {
    /// Request body.
    pub body: ::std::option::Option<CountFirewallsByTagsRequestBody>,
}

impl CountFirewallsByTagsRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CountFirewallsByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CountFirewallsByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountFirewallsByTagsRequestBody {
    /// JSON field `matches`.
    pub matches: ::std::option::Option<::std::vec::Vec<Match>>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl CountFirewallsByTagsRequestBody {
    /// Sets the `matches` field.
    #[must_use]
    pub fn with_matches(mut self, value: ::std::vec::Vec<Match>) -> Self {
        self.matches = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ListTag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CountFirewallsByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "matches", &self.matches);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::count_firewalls_by_tags`](super::VpcClient::count_firewalls_by_tags): `POST /v3/{project_id}/firewalls/resource-instances/count`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountFirewallsByTagsResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for CountFirewallsByTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// Request of [`VpcClient::count_ports_by_tags`](super::VpcClient::count_ports_by_tags): `POST /v3/{project_id}/ports/resource-instances/count`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountPortsByTagsRequest {
    /// Request body.
    pub body: ::std::option::Option<CountPortsByTagsRequestBody>,
}

impl CountPortsByTagsRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CountPortsByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CountPortsByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountPortsByTagsRequestBody {
    /// JSON field `matches`.
    pub matches: ::std::option::Option<::std::vec::Vec<Match>>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl CountPortsByTagsRequestBody {
    /// Sets the `matches` field.
    #[must_use]
    pub fn with_matches(mut self, value: ::std::vec::Vec<Match>) -> Self {
        self.matches = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ListTag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CountPortsByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "matches", &self.matches);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::count_ports_by_tags`](super::VpcClient::count_ports_by_tags): `POST /v3/{project_id}/ports/resource-instances/count`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountPortsByTagsResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for CountPortsByTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// Request of [`VpcClient::count_sub_network_interfaces_by_tags`](super::VpcClient::count_sub_network_interfaces_by_tags): `POST /v3/{project_id}/sub-network-interfaces/resource-instances/count`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountSubNetworkInterfacesByTagsRequest {
    /// Request body.
    pub body: ::std::option::Option<CountSubNetworkInterfacesByTagsRequestBody>,
}

impl CountSubNetworkInterfacesByTagsRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CountSubNetworkInterfacesByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CountSubNetworkInterfacesByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountSubNetworkInterfacesByTagsRequestBody {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl CountSubNetworkInterfacesByTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ListTag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CountSubNetworkInterfacesByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::count_sub_network_interfaces_by_tags`](super::VpcClient::count_sub_network_interfaces_by_tags): `POST /v3/{project_id}/sub-network-interfaces/resource-instances/count`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountSubNetworkInterfacesByTagsResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for CountSubNetworkInterfacesByTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// JSON model `CreateAddressGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAddressGroupOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `ip_version`.
    pub ip_version: i64,
    /// JSON field `ip_set`.
    pub ip_set: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `max_capacity`.
    pub max_capacity: ::std::option::Option<i64>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_extra_set`.
    pub ip_extra_set: ::std::option::Option<::std::vec::Vec<IpExtraSetOption>>,
}

impl CreateAddressGroupOption {
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

    /// Sets the `ip_version` field.
    #[must_use]
    pub fn with_ip_version(mut self, value: i64) -> Self {
        self.ip_version = value;
        self
    }

    /// Sets the `ip_set` field.
    #[must_use]
    pub fn with_ip_set(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.ip_set = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `max_capacity` field.
    #[must_use]
    pub fn with_max_capacity(mut self, value: i64) -> Self {
        self.max_capacity = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip_extra_set` field.
    #[must_use]
    pub fn with_ip_extra_set(mut self, value: ::std::vec::Vec<IpExtraSetOption>) -> Self {
        self.ip_extra_set = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateAddressGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "ip_version", &self.ip_version);
        json::put(&mut map, "ip_set", &self.ip_set);
        json::put(&mut map, "max_capacity", &self.max_capacity);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "ip_extra_set", &self.ip_extra_set);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_address_group`](super::VpcClient::create_address_group): `POST /v3/{project_id}/vpc/address-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAddressGroupRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateAddressGroupRequestBody>,
}

impl CreateAddressGroupRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateAddressGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateAddressGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAddressGroupRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `address_group`.
    pub address_group: CreateAddressGroupOption,
}

impl CreateAddressGroupRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `address_group` field.
    #[must_use]
    pub fn with_address_group(mut self, value: CreateAddressGroupOption) -> Self {
        self.address_group = value;
        self
    }
}

impl json::ToJson for CreateAddressGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "address_group", &self.address_group);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_address_group`](super::VpcClient::create_address_group): `POST /v3/{project_id}/vpc/address-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAddressGroupResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `address_group`.
    pub address_group: ::std::option::Option<AddressGroup>,
}

impl json::FromJson for CreateAddressGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            address_group: json::take(&mut map, "address_group")?,
        })
    }
}

/// JSON model `CreateClouddcnSubnetOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClouddcnSubnetOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `gateway_ip`.
    pub gateway_ip: ::std::string::String,
    /// JSON field `dns_nameservers`.
    pub dns_nameservers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<TagEntity>>,
}

impl CreateClouddcnSubnetOption {
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

    /// Sets the `cidr` field.
    #[must_use]
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = value.into();
        self
    }

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `gateway_ip` field.
    #[must_use]
    pub fn with_gateway_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gateway_ip = value.into();
        self
    }

    /// Sets the `dns_nameservers` field.
    #[must_use]
    pub fn with_dns_nameservers(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.dns_nameservers = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `availability_zone` field.
    #[must_use]
    pub fn with_availability_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.availability_zone = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<TagEntity>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateClouddcnSubnetOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "cidr", &self.cidr);
        json::put(&mut map, "vpc_id", &self.vpc_id);
        json::put(&mut map, "gateway_ip", &self.gateway_ip);
        json::put(&mut map, "dns_nameservers", &self.dns_nameservers);
        json::put(&mut map, "availability_zone", &self.availability_zone);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_clouddcn_subnet`](super::VpcClient::create_clouddcn_subnet): `POST /v3/{project_id}/vpc/clouddcn-subnets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClouddcnSubnetRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateClouddcnSubnetRequestBody>,
}

impl CreateClouddcnSubnetRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateClouddcnSubnetRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateClouddcnSubnetRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClouddcnSubnetRequestBody {
    /// Required JSON field `clouddcn_subnet`.
    pub clouddcn_subnet: CreateClouddcnSubnetOption,
}

impl CreateClouddcnSubnetRequestBody {
    /// Sets the `clouddcn_subnet` field.
    #[must_use]
    pub fn with_clouddcn_subnet(mut self, value: CreateClouddcnSubnetOption) -> Self {
        self.clouddcn_subnet = value;
        self
    }
}

impl json::ToJson for CreateClouddcnSubnetRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "clouddcn_subnet", &self.clouddcn_subnet);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_clouddcn_subnet`](super::VpcClient::create_clouddcn_subnet): `POST /v3/{project_id}/vpc/clouddcn-subnets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClouddcnSubnetResponse {
    /// JSON field `clouddcn_subnet`.
    pub clouddcn_subnet: ::std::option::Option<ClouddcnSubnet>,
}

impl json::FromJson for CreateClouddcnSubnetResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            clouddcn_subnet: json::take(&mut map, "clouddcn_subnet")?,
        })
    }
}

/// JSON model `CreateFirewallOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFirewallOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTag>>,
    /// JSON field `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl CreateFirewallOption {
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

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreateFirewallOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "tags", &self.tags);
        json::put(&mut map, "admin_state_up", &self.admin_state_up);
        json::put(&mut map, "type", &self.r#type);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_firewall`](super::VpcClient::create_firewall): `POST /v3/{project_id}/vpc/firewalls`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFirewallRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateFirewallRequestBody>,
}

impl CreateFirewallRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateFirewallRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateFirewallRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFirewallRequestBody {
    /// Required JSON field `firewall`.
    pub firewall: CreateFirewallOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl CreateFirewallRequestBody {
    /// Sets the `firewall` field.
    #[must_use]
    pub fn with_firewall(mut self, value: CreateFirewallOption) -> Self {
        self.firewall = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateFirewallRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall", &self.firewall);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_firewall`](super::VpcClient::create_firewall): `POST /v3/{project_id}/vpc/firewalls`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFirewallResponse {
    /// JSON field `firewall`.
    pub firewall: ::std::option::Option<FirewallDetail>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateFirewallResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall: json::take(&mut map, "firewall")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::create_firewall_tag`](super::VpcClient::create_firewall_tag): `POST /v3/{project_id}/firewalls/{firewall_id}/tags`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFirewallTagRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreateFirewallTagRequestBody>,
}

impl CreateFirewallTagRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateFirewallTagRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateFirewallTagRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFirewallTagRequestBody {
    /// Required JSON field `tag`.
    pub tag: ResourceTag,
}

impl CreateFirewallTagRequestBody {
    /// Sets the `tag` field.
    #[must_use]
    pub fn with_tag(mut self, value: ResourceTag) -> Self {
        self.tag = value;
        self
    }
}

impl json::ToJson for CreateFirewallTagRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tag", &self.tag);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_firewall_tag`](super::VpcClient::create_firewall_tag): `POST /v3/{project_id}/firewalls/{firewall_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFirewallTagResponse {}

impl json::FromJson for CreateFirewallTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::create_port_tag`](super::VpcClient::create_port_tag): `POST /v3/{project_id}/ports/{port_id}/tags`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePortTagRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreatePortTagRequestBody>,
}

impl CreatePortTagRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreatePortTagRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreatePortTagRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePortTagRequestBody {
    /// Required JSON field `tag`.
    pub tag: ResourceTag,
}

impl CreatePortTagRequestBody {
    /// Sets the `tag` field.
    #[must_use]
    pub fn with_tag(mut self, value: ResourceTag) -> Self {
        self.tag = value;
        self
    }
}

impl json::ToJson for CreatePortTagRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tag", &self.tag);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_port_tag`](super::VpcClient::create_port_tag): `POST /v3/{project_id}/ports/{port_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePortTagResponse {}

impl json::FromJson for CreatePortTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `CreateSecurityGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTag>>,
}

impl CreateSecurityGroupOption {
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

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateSecurityGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_security_group`](super::VpcClient::create_security_group): `POST /v3/{project_id}/vpc/security-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateSecurityGroupRequestBody>,
}

impl CreateSecurityGroupRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateSecurityGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateSecurityGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `security_group`.
    pub security_group: CreateSecurityGroupOption,
}

impl CreateSecurityGroupRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_group` field.
    #[must_use]
    pub fn with_security_group(mut self, value: CreateSecurityGroupOption) -> Self {
        self.security_group = value;
        self
    }
}

impl json::ToJson for CreateSecurityGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "security_group", &self.security_group);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_security_group`](super::VpcClient::create_security_group): `POST /v3/{project_id}/vpc/security-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `security_group`.
    pub security_group: ::std::option::Option<SecurityGroupInfo>,
}

impl json::FromJson for CreateSecurityGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            security_group: json::take(&mut map, "security_group")?,
        })
    }
}

/// JSON model `CreateSecurityGroupRuleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupRuleOption {
    /// Required JSON field `security_group_id`.
    pub security_group_id: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `direction`.
    pub direction: ::std::string::String,
    /// JSON field `ethertype`.
    pub ethertype: ::std::option::Option<::std::string::String>,
    /// JSON field `protocol`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// JSON field `multiport`.
    pub multiport: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_ip_prefix`.
    pub remote_ip_prefix: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_group_id`.
    pub remote_group_id: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_address_group_id`.
    pub remote_address_group_id: ::std::option::Option<::std::string::String>,
    /// JSON field `action`.
    pub action: ::std::option::Option<::std::string::String>,
    /// JSON field `priority`.
    pub priority: ::std::option::Option<i64>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl CreateSecurityGroupRuleOption {
    /// Sets the `security_group_id` field.
    #[must_use]
    pub fn with_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = value.into();
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

    /// Sets the `direction` field.
    #[must_use]
    pub fn with_direction(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = value.into();
        self
    }

    /// Sets the `ethertype` field.
    #[must_use]
    pub fn with_ethertype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ethertype = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `multiport` field.
    #[must_use]
    pub fn with_multiport(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.multiport = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `remote_ip_prefix` field.
    #[must_use]
    pub fn with_remote_ip_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remote_ip_prefix = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `remote_group_id` field.
    #[must_use]
    pub fn with_remote_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remote_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `remote_address_group_id` field.
    #[must_use]
    pub fn with_remote_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remote_address_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `priority` field.
    #[must_use]
    pub fn with_priority(mut self, value: i64) -> Self {
        self.priority = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateSecurityGroupRuleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "security_group_id", &self.security_group_id);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "direction", &self.direction);
        json::put(&mut map, "ethertype", &self.ethertype);
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "multiport", &self.multiport);
        json::put(&mut map, "remote_ip_prefix", &self.remote_ip_prefix);
        json::put(&mut map, "remote_group_id", &self.remote_group_id);
        json::put(
            &mut map,
            "remote_address_group_id",
            &self.remote_address_group_id,
        );
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "priority", &self.priority);
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_security_group_rule`](super::VpcClient::create_security_group_rule): `POST /v3/{project_id}/vpc/security-group-rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupRuleRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateSecurityGroupRuleRequestBody>,
}

impl CreateSecurityGroupRuleRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateSecurityGroupRuleRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateSecurityGroupRuleRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupRuleRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `security_group_rule`.
    pub security_group_rule: CreateSecurityGroupRuleOption,
}

impl CreateSecurityGroupRuleRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_group_rule` field.
    #[must_use]
    pub fn with_security_group_rule(mut self, value: CreateSecurityGroupRuleOption) -> Self {
        self.security_group_rule = value;
        self
    }
}

impl json::ToJson for CreateSecurityGroupRuleRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "security_group_rule", &self.security_group_rule);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_security_group_rule`](super::VpcClient::create_security_group_rule): `POST /v3/{project_id}/vpc/security-group-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupRuleResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `security_group_rule`.
    pub security_group_rule: ::std::option::Option<SecurityGroupRule>,
}

impl json::FromJson for CreateSecurityGroupRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            security_group_rule: json::take(&mut map, "security_group_rule")?,
        })
    }
}

/// JSON model `CreateSubNetworkInterfaceOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubNetworkInterfaceOption {
    /// Required JSON field `virsubnet_id`.
    pub virsubnet_id: ::std::string::String,
    /// JSON field `vlan_id`.
    pub vlan_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `parent_id`.
    pub parent_id: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `ipv6_enable`.
    pub ipv6_enable: ::std::option::Option<bool>,
    /// JSON field `private_ip_address`.
    pub private_ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `ipv6_ip_address`.
    pub ipv6_ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `project_id`.
    pub project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::option::Option<::std::vec::Vec<AllowedAddressPair>>,
}

impl CreateSubNetworkInterfaceOption {
    /// Sets the `virsubnet_id` field.
    #[must_use]
    pub fn with_virsubnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virsubnet_id = value.into();
        self
    }

    /// Sets the `vlan_id` field.
    #[must_use]
    pub fn with_vlan_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vlan_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ipv6_enable` field.
    #[must_use]
    pub fn with_ipv6_enable(mut self, value: bool) -> Self {
        self.ipv6_enable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `private_ip_address` field.
    #[must_use]
    pub fn with_private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ipv6_ip_address` field.
    #[must_use]
    pub fn with_ipv6_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `project_id` field.
    #[must_use]
    pub fn with_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.project_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `allowed_address_pairs` field.
    #[must_use]
    pub fn with_allowed_address_pairs(
        mut self,
        value: ::std::vec::Vec<AllowedAddressPair>,
    ) -> Self {
        self.allowed_address_pairs = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateSubNetworkInterfaceOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "virsubnet_id", &self.virsubnet_id);
        json::put(&mut map, "vlan_id", &self.vlan_id);
        json::put(&mut map, "parent_id", &self.parent_id);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "ipv6_enable", &self.ipv6_enable);
        json::put(&mut map, "private_ip_address", &self.private_ip_address);
        json::put(&mut map, "ipv6_ip_address", &self.ipv6_ip_address);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "project_id", &self.project_id);
        json::put(
            &mut map,
            "allowed_address_pairs",
            &self.allowed_address_pairs,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_sub_network_interface`](super::VpcClient::create_sub_network_interface): `POST /v3/{project_id}/vpc/sub-network-interfaces`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubNetworkInterfaceRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateSubNetworkInterfaceRequestBody>,
}

impl CreateSubNetworkInterfaceRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateSubNetworkInterfaceRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateSubNetworkInterfaceRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubNetworkInterfaceRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `sub_network_interface`.
    pub sub_network_interface: CreateSubNetworkInterfaceOption,
}

impl CreateSubNetworkInterfaceRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `sub_network_interface` field.
    #[must_use]
    pub fn with_sub_network_interface(mut self, value: CreateSubNetworkInterfaceOption) -> Self {
        self.sub_network_interface = value;
        self
    }
}

impl json::ToJson for CreateSubNetworkInterfaceRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(
            &mut map,
            "sub_network_interface",
            &self.sub_network_interface,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_sub_network_interface`](super::VpcClient::create_sub_network_interface): `POST /v3/{project_id}/vpc/sub-network-interfaces`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubNetworkInterfaceResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_network_interface`.
    pub sub_network_interface: ::std::option::Option<SubNetworkInterface>,
}

impl json::FromJson for CreateSubNetworkInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            sub_network_interface: json::take(&mut map, "sub_network_interface")?,
        })
    }
}

/// Request of [`VpcClient::create_sub_network_interface_tag`](super::VpcClient::create_sub_network_interface_tag): `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags`.
///
/// Required fields: `sub_network_interface_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubNetworkInterfaceTagRequest {
    /// Required path parameter `sub_network_interface_id`.
    pub sub_network_interface_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreateSubNetworkInterfaceTagRequestBody>,
}

impl CreateSubNetworkInterfaceTagRequest {
    /// Sets the `sub_network_interface_id` field.
    #[must_use]
    pub fn with_sub_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_network_interface_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateSubNetworkInterfaceTagRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateSubNetworkInterfaceTagRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubNetworkInterfaceTagRequestBody {
    /// Required JSON field `tag`.
    pub tag: ResourceTag,
}

impl CreateSubNetworkInterfaceTagRequestBody {
    /// Sets the `tag` field.
    #[must_use]
    pub fn with_tag(mut self, value: ResourceTag) -> Self {
        self.tag = value;
        self
    }
}

impl json::ToJson for CreateSubNetworkInterfaceTagRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tag", &self.tag);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_sub_network_interface_tag`](super::VpcClient::create_sub_network_interface_tag): `POST /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubNetworkInterfaceTagResponse {}

impl json::FromJson for CreateSubNetworkInterfaceTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `CreateTrafficMirrorFilterOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorFilterOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl CreateTrafficMirrorFilterOption {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }
}

impl json::ToJson for CreateTrafficMirrorFilterOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_traffic_mirror_filter`](super::VpcClient::create_traffic_mirror_filter): `POST /v3/{project_id}/vpc/traffic-mirror-filters`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorFilterRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateTrafficMirrorFilterRequestBody>,
}

impl CreateTrafficMirrorFilterRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateTrafficMirrorFilterRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateTrafficMirrorFilterRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorFilterRequestBody {
    /// Required JSON field `traffic_mirror_filter`.
    pub traffic_mirror_filter: CreateTrafficMirrorFilterOption,
}

impl CreateTrafficMirrorFilterRequestBody {
    /// Sets the `traffic_mirror_filter` field.
    #[must_use]
    pub fn with_traffic_mirror_filter(mut self, value: CreateTrafficMirrorFilterOption) -> Self {
        self.traffic_mirror_filter = value;
        self
    }
}

impl json::ToJson for CreateTrafficMirrorFilterRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "traffic_mirror_filter",
            &self.traffic_mirror_filter,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_traffic_mirror_filter`](super::VpcClient::create_traffic_mirror_filter): `POST /v3/{project_id}/vpc/traffic-mirror-filters`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorFilterResponse {
    /// JSON field `traffic_mirror_filter`.
    pub traffic_mirror_filter: ::std::option::Option<TrafficMirrorFilter>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateTrafficMirrorFilterResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_filter: json::take(&mut map, "traffic_mirror_filter")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `CreateTrafficMirrorFilterRuleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorFilterRuleOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `traffic_mirror_filter_id`.
    pub traffic_mirror_filter_id: ::std::string::String,
    /// Required JSON field `direction`.
    pub direction: ::std::string::String,
    /// Required JSON field `protocol`.
    pub protocol: ::std::string::String,
    /// Required JSON field `ethertype`.
    pub ethertype: ::std::string::String,
    /// JSON field `source_cidr_block`.
    pub source_cidr_block: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_cidr_block`.
    pub destination_cidr_block: ::std::option::Option<::std::string::String>,
    /// JSON field `source_port_range`.
    pub source_port_range: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_port_range`.
    pub destination_port_range: ::std::option::Option<::std::string::String>,
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `priority`.
    pub priority: i64,
}

impl CreateTrafficMirrorFilterRuleOption {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `traffic_mirror_filter_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_id = value.into();
        self
    }

    /// Sets the `direction` field.
    #[must_use]
    pub fn with_direction(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = value.into();
        self
    }

    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = value.into();
        self
    }

    /// Sets the `ethertype` field.
    #[must_use]
    pub fn with_ethertype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ethertype = value.into();
        self
    }

    /// Sets the `source_cidr_block` field.
    #[must_use]
    pub fn with_source_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_cidr_block = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_cidr_block` field.
    #[must_use]
    pub fn with_destination_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_cidr_block = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_port_range` field.
    #[must_use]
    pub fn with_source_port_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_port_range` field.
    #[must_use]
    pub fn with_destination_port_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `priority` field.
    #[must_use]
    pub fn with_priority(mut self, value: i64) -> Self {
        self.priority = value;
        self
    }
}

impl json::ToJson for CreateTrafficMirrorFilterRuleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(
            &mut map,
            "traffic_mirror_filter_id",
            &self.traffic_mirror_filter_id,
        );
        json::put(&mut map, "direction", &self.direction);
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "ethertype", &self.ethertype);
        json::put(&mut map, "source_cidr_block", &self.source_cidr_block);
        json::put(
            &mut map,
            "destination_cidr_block",
            &self.destination_cidr_block,
        );
        json::put(&mut map, "source_port_range", &self.source_port_range);
        json::put(
            &mut map,
            "destination_port_range",
            &self.destination_port_range,
        );
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "priority", &self.priority);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_traffic_mirror_filter_rule`](super::VpcClient::create_traffic_mirror_filter_rule): `POST /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorFilterRuleRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateTrafficMirrorFilterRuleRequestBody>,
}

impl CreateTrafficMirrorFilterRuleRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateTrafficMirrorFilterRuleRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateTrafficMirrorFilterRuleRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorFilterRuleRequestBody {
    /// Required JSON field `traffic_mirror_filter_rule`.
    pub traffic_mirror_filter_rule: CreateTrafficMirrorFilterRuleOption,
}

impl CreateTrafficMirrorFilterRuleRequestBody {
    /// Sets the `traffic_mirror_filter_rule` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_rule(
        mut self,
        value: CreateTrafficMirrorFilterRuleOption,
    ) -> Self {
        self.traffic_mirror_filter_rule = value;
        self
    }
}

impl json::ToJson for CreateTrafficMirrorFilterRuleRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "traffic_mirror_filter_rule",
            &self.traffic_mirror_filter_rule,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_traffic_mirror_filter_rule`](super::VpcClient::create_traffic_mirror_filter_rule): `POST /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorFilterRuleResponse {
    /// JSON field `traffic_mirror_filter_rule`.
    pub traffic_mirror_filter_rule: ::std::option::Option<TrafficMirrorFilterRule>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateTrafficMirrorFilterRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_filter_rule: json::take(&mut map, "traffic_mirror_filter_rule")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `CreateTrafficMirrorSessionOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorSessionOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `traffic_mirror_filter_id`.
    pub traffic_mirror_filter_id: ::std::string::String,
    /// Required JSON field `traffic_mirror_sources`.
    pub traffic_mirror_sources: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `traffic_mirror_target_id`.
    pub traffic_mirror_target_id: ::std::string::String,
    /// Required JSON field `traffic_mirror_target_type`.
    pub traffic_mirror_target_type: ::std::string::String,
    /// JSON field `virtual_network_id`.
    pub virtual_network_id: ::std::option::Option<::std::string::String>,
    /// JSON field `packet_length`.
    pub packet_length: ::std::option::Option<::std::string::String>,
    /// Required JSON field `priority`.
    pub priority: i64,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<::std::string::String>,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl CreateTrafficMirrorSessionOption {
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

    /// Sets the `traffic_mirror_filter_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_id = value.into();
        self
    }

    /// Sets the `traffic_mirror_sources` field.
    #[must_use]
    pub fn with_traffic_mirror_sources(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_sources = value;
        self
    }

    /// Sets the `traffic_mirror_target_id` field.
    #[must_use]
    pub fn with_traffic_mirror_target_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_target_id = value.into();
        self
    }

    /// Sets the `traffic_mirror_target_type` field.
    #[must_use]
    pub fn with_traffic_mirror_target_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_target_type = value.into();
        self
    }

    /// Sets the `virtual_network_id` field.
    #[must_use]
    pub fn with_virtual_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virtual_network_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `packet_length` field.
    #[must_use]
    pub fn with_packet_length(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.packet_length = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `priority` field.
    #[must_use]
    pub fn with_priority(mut self, value: i64) -> Self {
        self.priority = value;
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreateTrafficMirrorSessionOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(
            &mut map,
            "traffic_mirror_filter_id",
            &self.traffic_mirror_filter_id,
        );
        json::put(
            &mut map,
            "traffic_mirror_sources",
            &self.traffic_mirror_sources,
        );
        json::put(
            &mut map,
            "traffic_mirror_target_id",
            &self.traffic_mirror_target_id,
        );
        json::put(
            &mut map,
            "traffic_mirror_target_type",
            &self.traffic_mirror_target_type,
        );
        json::put(&mut map, "virtual_network_id", &self.virtual_network_id);
        json::put(&mut map, "packet_length", &self.packet_length);
        json::put(&mut map, "priority", &self.priority);
        json::put(&mut map, "enabled", &self.enabled);
        json::put(&mut map, "type", &self.r#type);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_traffic_mirror_session`](super::VpcClient::create_traffic_mirror_session): `POST /v3/{project_id}/vpc/traffic-mirror-sessions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorSessionRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateTrafficMirrorSessionRequestBody>,
}

impl CreateTrafficMirrorSessionRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateTrafficMirrorSessionRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateTrafficMirrorSessionRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorSessionRequestBody {
    /// Required JSON field `traffic_mirror_session`.
    pub traffic_mirror_session: CreateTrafficMirrorSessionOption,
}

impl CreateTrafficMirrorSessionRequestBody {
    /// Sets the `traffic_mirror_session` field.
    #[must_use]
    pub fn with_traffic_mirror_session(mut self, value: CreateTrafficMirrorSessionOption) -> Self {
        self.traffic_mirror_session = value;
        self
    }
}

impl json::ToJson for CreateTrafficMirrorSessionRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "traffic_mirror_session",
            &self.traffic_mirror_session,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_traffic_mirror_session`](super::VpcClient::create_traffic_mirror_session): `POST /v3/{project_id}/vpc/traffic-mirror-sessions`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTrafficMirrorSessionResponse {
    /// JSON field `traffic_mirror_session`.
    pub traffic_mirror_session: ::std::option::Option<TrafficMirrorSession>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateTrafficMirrorSessionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_session: json::take(&mut map, "traffic_mirror_session")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `CreateVirsubnetCidrReservationOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVirsubnetCidrReservationOption {
    /// Required JSON field `virsubnet_id`.
    pub virsubnet_id: ::std::string::String,
    /// Required JSON field `ip_version`.
    pub ip_version: i64,
    /// JSON field `cidr`.
    pub cidr: ::std::option::Option<::std::string::String>,
    /// JSON field `mask`.
    pub mask: ::std::option::Option<i64>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl CreateVirsubnetCidrReservationOption {
    /// Sets the `virsubnet_id` field.
    #[must_use]
    pub fn with_virsubnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virsubnet_id = value.into();
        self
    }

    /// Sets the `ip_version` field.
    #[must_use]
    pub fn with_ip_version(mut self, value: i64) -> Self {
        self.ip_version = value;
        self
    }

    /// Sets the `cidr` field.
    #[must_use]
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `mask` field.
    #[must_use]
    pub fn with_mask(mut self, value: i64) -> Self {
        self.mask = ::std::option::Option::Some(value);
        self
    }

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

impl json::ToJson for CreateVirsubnetCidrReservationOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "virsubnet_id", &self.virsubnet_id);
        json::put(&mut map, "ip_version", &self.ip_version);
        json::put(&mut map, "cidr", &self.cidr);
        json::put(&mut map, "mask", &self.mask);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_virsubnet_cidr_reservation`](super::VpcClient::create_virsubnet_cidr_reservation): `POST /v3/{project_id}/vpc/virsubnet-cidr-reservations`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVirsubnetCidrReservationRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateVirsubnetCidrReservationRequestBody>,
}

impl CreateVirsubnetCidrReservationRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateVirsubnetCidrReservationRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateVirsubnetCidrReservationRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVirsubnetCidrReservationRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `virsubnet_cidr_reservation`.
    pub virsubnet_cidr_reservation: CreateVirsubnetCidrReservationOption,
}

impl CreateVirsubnetCidrReservationRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `virsubnet_cidr_reservation` field.
    #[must_use]
    pub fn with_virsubnet_cidr_reservation(
        mut self,
        value: CreateVirsubnetCidrReservationOption,
    ) -> Self {
        self.virsubnet_cidr_reservation = value;
        self
    }
}

impl json::ToJson for CreateVirsubnetCidrReservationRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(
            &mut map,
            "virsubnet_cidr_reservation",
            &self.virsubnet_cidr_reservation,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_virsubnet_cidr_reservation`](super::VpcClient::create_virsubnet_cidr_reservation): `POST /v3/{project_id}/vpc/virsubnet-cidr-reservations`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVirsubnetCidrReservationResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `virsubnet_cidr_reservation`.
    pub virsubnet_cidr_reservation: ::std::option::Option<VirsubnetCidrReservation>,
}

impl json::FromJson for CreateVirsubnetCidrReservationResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            virsubnet_cidr_reservation: json::take(&mut map, "virsubnet_cidr_reservation")?,
        })
    }
}

/// JSON model `CreateVpcOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl CreateVpcOption {
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

    /// Sets the `cidr` field.
    #[must_use]
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = value.into();
        self
    }

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateVpcOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "cidr", &self.cidr);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_vpc`](super::VpcClient::create_vpc): `POST /v3/{project_id}/vpc/vpcs`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateVpcRequestBody>,
}

impl CreateVpcRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateVpcRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateVpcRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `vpc`.
    pub vpc: CreateVpcOption,
}

impl CreateVpcRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `vpc` field.
    #[must_use]
    pub fn with_vpc(mut self, value: CreateVpcOption) -> Self {
        self.vpc = value;
        self
    }
}

impl json::ToJson for CreateVpcRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "vpc", &self.vpc);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_vpc`](super::VpcClient::create_vpc): `POST /v3/{project_id}/vpc/vpcs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `error_msg`.
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// JSON field `error_code`.
    pub error_code: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateVpcResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            error_msg: json::take(&mut map, "error_msg")?,
            error_code: json::take(&mut map, "error_code")?,
        })
    }
}

/// Request of [`VpcClient::delete_address_group`](super::VpcClient::delete_address_group): `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}`.
///
/// Required fields: `address_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteAddressGroupRequest {
    /// Required path parameter `address_group_id`.
    pub address_group_id: ::std::string::String,
}

impl DeleteAddressGroupRequest {
    /// Sets the `address_group_id` field.
    #[must_use]
    pub fn with_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_group_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_address_group`](super::VpcClient::delete_address_group): `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteAddressGroupResponse {}

impl json::FromJson for DeleteAddressGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_clouddcn_subnet`](super::VpcClient::delete_clouddcn_subnet): `DELETE /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
///
/// Required fields: `clouddcn_subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteClouddcnSubnetRequest {
    /// Required path parameter `clouddcn_subnet_id`.
    pub clouddcn_subnet_id: ::std::string::String,
}

impl DeleteClouddcnSubnetRequest {
    /// Sets the `clouddcn_subnet_id` field.
    #[must_use]
    pub fn with_clouddcn_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clouddcn_subnet_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_clouddcn_subnet`](super::VpcClient::delete_clouddcn_subnet): `DELETE /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteClouddcnSubnetResponse {}

impl json::FromJson for DeleteClouddcnSubnetResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_clouddcn_subnets_tag`](super::VpcClient::delete_clouddcn_subnets_tag): `DELETE /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/{tag_key}`.
///
/// Required fields: `resource_id`, `tag_key`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteClouddcnSubnetsTagRequest {
    /// Required path parameter `resource_id`.
    pub resource_id: ::std::string::String,
    /// Required path parameter `tag_key`.
    pub tag_key: ::std::string::String,
}

impl DeleteClouddcnSubnetsTagRequest {
    /// Sets the `resource_id` field.
    #[must_use]
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = value.into();
        self
    }

    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_clouddcn_subnets_tag`](super::VpcClient::delete_clouddcn_subnets_tag): `DELETE /v3/{project_id}/clouddcn-subnets/{resource_id}/tags/{tag_key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteClouddcnSubnetsTagResponse {}

impl json::FromJson for DeleteClouddcnSubnetsTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_firewall`](super::VpcClient::delete_firewall): `DELETE /v3/{project_id}/vpc/firewalls/{firewall_id}`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteFirewallRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
}

impl DeleteFirewallRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_firewall`](super::VpcClient::delete_firewall): `DELETE /v3/{project_id}/vpc/firewalls/{firewall_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteFirewallResponse {}

impl json::FromJson for DeleteFirewallResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_firewall_tag`](super::VpcClient::delete_firewall_tag): `DELETE /v3/{project_id}/firewalls/{firewall_id}/tags/{tag_key}`.
///
/// Required fields: `firewall_id`, `tag_key`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteFirewallTagRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
    /// Required path parameter `tag_key`.
    pub tag_key: ::std::string::String,
}

impl DeleteFirewallTagRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }

    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_firewall_tag`](super::VpcClient::delete_firewall_tag): `DELETE /v3/{project_id}/firewalls/{firewall_id}/tags/{tag_key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteFirewallTagResponse {}

impl json::FromJson for DeleteFirewallTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_ip_address_group_force`](super::VpcClient::delete_ip_address_group_force): `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}/force`.
///
/// Required fields: `address_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteIpAddressGroupForceRequest {
    /// Required path parameter `address_group_id`.
    pub address_group_id: ::std::string::String,
}

impl DeleteIpAddressGroupForceRequest {
    /// Sets the `address_group_id` field.
    #[must_use]
    pub fn with_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_group_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_ip_address_group_force`](super::VpcClient::delete_ip_address_group_force): `DELETE /v3/{project_id}/vpc/address-groups/{address_group_id}/force`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteIpAddressGroupForceResponse {}

impl json::FromJson for DeleteIpAddressGroupForceResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_port_tag`](super::VpcClient::delete_port_tag): `DELETE /v3/{project_id}/ports/{port_id}/tags/{tag_key}`.
///
/// Required fields: `port_id`, `tag_key`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePortTagRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Required path parameter `tag_key`.
    pub tag_key: ::std::string::String,
}

impl DeletePortTagRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_port_tag`](super::VpcClient::delete_port_tag): `DELETE /v3/{project_id}/ports/{port_id}/tags/{tag_key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePortTagResponse {}

impl json::FromJson for DeletePortTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `DeleteResourceTagRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteResourceTagRequestBody {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// JSON field `value`.
    pub value: ::std::option::Option<::std::string::String>,
}

impl DeleteResourceTagRequestBody {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for DeleteResourceTagRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::delete_security_group`](super::VpcClient::delete_security_group): `DELETE /v3/{project_id}/vpc/security-groups/{security_group_id}`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSecurityGroupRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
}

impl DeleteSecurityGroupRequest {
    /// Sets the `security_group_id` field.
    #[must_use]
    pub fn with_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_security_group`](super::VpcClient::delete_security_group): `DELETE /v3/{project_id}/vpc/security-groups/{security_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSecurityGroupResponse {}

impl json::FromJson for DeleteSecurityGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_security_group_rule`](super::VpcClient::delete_security_group_rule): `DELETE /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`.
///
/// Required fields: `security_group_rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSecurityGroupRuleRequest {
    /// Required path parameter `security_group_rule_id`.
    pub security_group_rule_id: ::std::string::String,
}

impl DeleteSecurityGroupRuleRequest {
    /// Sets the `security_group_rule_id` field.
    #[must_use]
    pub fn with_security_group_rule_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_rule_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_security_group_rule`](super::VpcClient::delete_security_group_rule): `DELETE /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSecurityGroupRuleResponse {}

impl json::FromJson for DeleteSecurityGroupRuleResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_sub_network_interface`](super::VpcClient::delete_sub_network_interface): `DELETE /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
///
/// Required fields: `sub_network_interface_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSubNetworkInterfaceRequest {
    /// Required path parameter `sub_network_interface_id`.
    pub sub_network_interface_id: ::std::string::String,
}

impl DeleteSubNetworkInterfaceRequest {
    /// Sets the `sub_network_interface_id` field.
    #[must_use]
    pub fn with_sub_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_network_interface_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_sub_network_interface`](super::VpcClient::delete_sub_network_interface): `DELETE /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSubNetworkInterfaceResponse {}

impl json::FromJson for DeleteSubNetworkInterfaceResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_sub_network_interface_tag`](super::VpcClient::delete_sub_network_interface_tag): `DELETE /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/{tag_key}`.
///
/// Required fields: `sub_network_interface_id`, `tag_key`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSubNetworkInterfaceTagRequest {
    /// Required path parameter `sub_network_interface_id`.
    pub sub_network_interface_id: ::std::string::String,
    /// Required path parameter `tag_key`.
    pub tag_key: ::std::string::String,
}

impl DeleteSubNetworkInterfaceTagRequest {
    /// Sets the `sub_network_interface_id` field.
    #[must_use]
    pub fn with_sub_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_network_interface_id = value.into();
        self
    }

    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_sub_network_interface_tag`](super::VpcClient::delete_sub_network_interface_tag): `DELETE /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags/{tag_key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSubNetworkInterfaceTagResponse {}

impl json::FromJson for DeleteSubNetworkInterfaceTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_traffic_mirror_filter`](super::VpcClient::delete_traffic_mirror_filter): `DELETE /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
///
/// Required fields: `traffic_mirror_filter_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteTrafficMirrorFilterRequest {
    /// Required path parameter `traffic_mirror_filter_id`.
    pub traffic_mirror_filter_id: ::std::string::String,
}

impl DeleteTrafficMirrorFilterRequest {
    /// Sets the `traffic_mirror_filter_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_traffic_mirror_filter`](super::VpcClient::delete_traffic_mirror_filter): `DELETE /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteTrafficMirrorFilterResponse {}

impl json::FromJson for DeleteTrafficMirrorFilterResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_traffic_mirror_filter_rule`](super::VpcClient::delete_traffic_mirror_filter_rule): `DELETE /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
///
/// Required fields: `traffic_mirror_filter_rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteTrafficMirrorFilterRuleRequest {
    /// Required path parameter `traffic_mirror_filter_rule_id`.
    pub traffic_mirror_filter_rule_id: ::std::string::String,
}

impl DeleteTrafficMirrorFilterRuleRequest {
    /// Sets the `traffic_mirror_filter_rule_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_rule_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_rule_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_traffic_mirror_filter_rule`](super::VpcClient::delete_traffic_mirror_filter_rule): `DELETE /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteTrafficMirrorFilterRuleResponse {}

impl json::FromJson for DeleteTrafficMirrorFilterRuleResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_traffic_mirror_session`](super::VpcClient::delete_traffic_mirror_session): `DELETE /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
///
/// Required fields: `traffic_mirror_session_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteTrafficMirrorSessionRequest {
    /// Required path parameter `traffic_mirror_session_id`.
    pub traffic_mirror_session_id: ::std::string::String,
}

impl DeleteTrafficMirrorSessionRequest {
    /// Sets the `traffic_mirror_session_id` field.
    #[must_use]
    pub fn with_traffic_mirror_session_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_session_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_traffic_mirror_session`](super::VpcClient::delete_traffic_mirror_session): `DELETE /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteTrafficMirrorSessionResponse {}

impl json::FromJson for DeleteTrafficMirrorSessionResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_virsubnet_cidr_reservation`](super::VpcClient::delete_virsubnet_cidr_reservation): `DELETE /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
///
/// Required fields: `virsubnet_cidr_reservation_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVirsubnetCidrReservationRequest {
    /// Required path parameter `virsubnet_cidr_reservation_id`.
    pub virsubnet_cidr_reservation_id: ::std::string::String,
}

impl DeleteVirsubnetCidrReservationRequest {
    /// Sets the `virsubnet_cidr_reservation_id` field.
    #[must_use]
    pub fn with_virsubnet_cidr_reservation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virsubnet_cidr_reservation_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_virsubnet_cidr_reservation`](super::VpcClient::delete_virsubnet_cidr_reservation): `DELETE /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVirsubnetCidrReservationResponse {}

impl json::FromJson for DeleteVirsubnetCidrReservationResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_vpc`](super::VpcClient::delete_vpc): `DELETE /v3/{project_id}/vpc/vpcs/{vpc_id}`.
///
/// Required fields: `vpc_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVpcRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
}

impl DeleteVpcRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_vpc`](super::VpcClient::delete_vpc): `DELETE /v3/{project_id}/vpc/vpcs/{vpc_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVpcResponse {}

impl json::FromJson for DeleteVpcResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Dependency`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Dependency {
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `instance_id`.
    pub instance_id: ::std::string::String,
    /// Required JSON field `instance_name`.
    pub instance_name: ::std::string::String,
}

impl json::FromJson for Dependency {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            r#type: json::take(&mut map, "type")?,
            instance_id: json::take(&mut map, "instance_id")?,
            instance_name: json::take(&mut map, "instance_name")?,
        })
    }
}

/// Request of [`VpcClient::detach_sub_network_interface`](super::VpcClient::detach_sub_network_interface): `POST /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/detach`.
///
/// Required fields: `sub_network_interface_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachSubNetworkInterfaceRequest {
    /// Required path parameter `sub_network_interface_id`.
    pub sub_network_interface_id: ::std::string::String,
}

impl DetachSubNetworkInterfaceRequest {
    /// Sets the `sub_network_interface_id` field.
    #[must_use]
    pub fn with_sub_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_network_interface_id = value.into();
        self
    }
}

/// Response of [`VpcClient::detach_sub_network_interface`](super::VpcClient::detach_sub_network_interface): `POST /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}/detach`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachSubNetworkInterfaceResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_network_interface`.
    pub sub_network_interface: ::std::option::Option<SubNetworkInterface>,
}

impl json::FromJson for DetachSubNetworkInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            sub_network_interface: json::take(&mut map, "sub_network_interface")?,
        })
    }
}

/// Request of [`VpcClient::disassociate_subnet_firewall`](super::VpcClient::disassociate_subnet_firewall): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/disassociate-subnets`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateSubnetFirewallRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<DisassociateSubnetFirewallRequestBody>,
}

impl DisassociateSubnetFirewallRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: DisassociateSubnetFirewallRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `DisassociateSubnetFirewallRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateSubnetFirewallRequestBody {
    /// Required JSON field `subnets`.
    pub subnets: ::std::vec::Vec<FirewallAssociation>,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl DisassociateSubnetFirewallRequestBody {
    /// Sets the `subnets` field.
    #[must_use]
    pub fn with_subnets(mut self, value: ::std::vec::Vec<FirewallAssociation>) -> Self {
        self.subnets = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for DisassociateSubnetFirewallRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnets", &self.subnets);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::disassociate_subnet_firewall`](super::VpcClient::disassociate_subnet_firewall): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/disassociate-subnets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateSubnetFirewallResponse {
    /// JSON field `firewall`.
    pub firewall: ::std::option::Option<FirewallDetail>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DisassociateSubnetFirewallResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall: json::take(&mut map, "firewall")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `FirewallAssociation`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FirewallAssociation {
    /// Required JSON field `virsubnet_id`.
    pub virsubnet_id: ::std::string::String,
}

impl FirewallAssociation {
    /// Sets the `virsubnet_id` field.
    #[must_use]
    pub fn with_virsubnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virsubnet_id = value.into();
        self
    }
}

impl json::ToJson for FirewallAssociation {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "virsubnet_id", &self.virsubnet_id);
        json::Value::Object(map)
    }
}

impl json::FromJson for FirewallAssociation {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            virsubnet_id: json::take(&mut map, "virsubnet_id")?,
        })
    }
}

/// JSON model `FirewallDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FirewallDetail {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `admin_state_up`.
    pub admin_state_up: bool,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
    /// Required JSON field `associations`.
    pub associations: ::std::vec::Vec<FirewallAssociation>,
    /// Required JSON field `ingress_rules`.
    pub ingress_rules: ::std::vec::Vec<FirewallRuleDetail>,
    /// Required JSON field `egress_rules`.
    pub egress_rules: ::std::vec::Vec<FirewallRuleDetail>,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl json::FromJson for FirewallDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            admin_state_up: json::take(&mut map, "admin_state_up")?,
            status: json::take(&mut map, "status")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            tags: json::take(&mut map, "tags")?,
            associations: json::take(&mut map, "associations")?,
            ingress_rules: json::take(&mut map, "ingress_rules")?,
            egress_rules: json::take(&mut map, "egress_rules")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `FirewallInsertRuleItemOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FirewallInsertRuleItemOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `protocol`.
    pub protocol: ::std::string::String,
    /// Required JSON field `ip_version`.
    pub ip_version: i64,
    /// JSON field `source_ip_address`.
    pub source_ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_ip_address`.
    pub destination_ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `source_port`.
    pub source_port: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_port`.
    pub destination_port: ::std::option::Option<::std::string::String>,
    /// JSON field `source_address_group_id`.
    pub source_address_group_id: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_address_group_id`.
    pub destination_address_group_id: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl FirewallInsertRuleItemOption {
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

    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = value.into();
        self
    }

    /// Sets the `ip_version` field.
    #[must_use]
    pub fn with_ip_version(mut self, value: i64) -> Self {
        self.ip_version = value;
        self
    }

    /// Sets the `source_ip_address` field.
    #[must_use]
    pub fn with_source_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_ip_address` field.
    #[must_use]
    pub fn with_destination_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_port` field.
    #[must_use]
    pub fn with_source_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_port = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_port` field.
    #[must_use]
    pub fn with_destination_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_port = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_address_group_id` field.
    #[must_use]
    pub fn with_source_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_address_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_address_group_id` field.
    #[must_use]
    pub fn with_destination_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_address_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for FirewallInsertRuleItemOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "ip_version", &self.ip_version);
        json::put(&mut map, "source_ip_address", &self.source_ip_address);
        json::put(
            &mut map,
            "destination_ip_address",
            &self.destination_ip_address,
        );
        json::put(&mut map, "source_port", &self.source_port);
        json::put(&mut map, "destination_port", &self.destination_port);
        json::put(
            &mut map,
            "source_address_group_id",
            &self.source_address_group_id,
        );
        json::put(
            &mut map,
            "destination_address_group_id",
            &self.destination_address_group_id,
        );
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// JSON model `FirewallInsertRuleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FirewallInsertRuleOption {
    /// JSON field `ingress_rules`.
    pub ingress_rules: ::std::option::Option<::std::vec::Vec<FirewallInsertRuleItemOption>>,
    /// JSON field `egress_rules`.
    pub egress_rules: ::std::option::Option<::std::vec::Vec<FirewallInsertRuleItemOption>>,
    /// JSON field `insert_after_rule`.
    pub insert_after_rule: ::std::option::Option<::std::string::String>,
}

impl FirewallInsertRuleOption {
    /// Sets the `ingress_rules` field.
    #[must_use]
    pub fn with_ingress_rules(
        mut self,
        value: ::std::vec::Vec<FirewallInsertRuleItemOption>,
    ) -> Self {
        self.ingress_rules = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `egress_rules` field.
    #[must_use]
    pub fn with_egress_rules(
        mut self,
        value: ::std::vec::Vec<FirewallInsertRuleItemOption>,
    ) -> Self {
        self.egress_rules = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `insert_after_rule` field.
    #[must_use]
    pub fn with_insert_after_rule(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.insert_after_rule = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for FirewallInsertRuleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "ingress_rules", &self.ingress_rules);
        json::put(&mut map, "egress_rules", &self.egress_rules);
        json::put(&mut map, "insert_after_rule", &self.insert_after_rule);
        json::Value::Object(map)
    }
}

/// JSON model `FirewallRemoveRuleItemOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FirewallRemoveRuleItemOption {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl FirewallRemoveRuleItemOption {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

impl json::ToJson for FirewallRemoveRuleItemOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `FirewallRemoveRuleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FirewallRemoveRuleOption {
    /// JSON field `ingress_rules`.
    pub ingress_rules: ::std::option::Option<::std::vec::Vec<FirewallRemoveRuleItemOption>>,
    /// JSON field `egress_rules`.
    pub egress_rules: ::std::option::Option<::std::vec::Vec<FirewallRemoveRuleItemOption>>,
}

impl FirewallRemoveRuleOption {
    /// Sets the `ingress_rules` field.
    #[must_use]
    pub fn with_ingress_rules(
        mut self,
        value: ::std::vec::Vec<FirewallRemoveRuleItemOption>,
    ) -> Self {
        self.ingress_rules = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `egress_rules` field.
    #[must_use]
    pub fn with_egress_rules(
        mut self,
        value: ::std::vec::Vec<FirewallRemoveRuleItemOption>,
    ) -> Self {
        self.egress_rules = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for FirewallRemoveRuleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "ingress_rules", &self.ingress_rules);
        json::put(&mut map, "egress_rules", &self.egress_rules);
        json::Value::Object(map)
    }
}

/// JSON model `FirewallRuleDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FirewallRuleDetail {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `protocol`.
    pub protocol: ::std::string::String,
    /// Required JSON field `ip_version`.
    pub ip_version: i64,
    /// Required JSON field `source_ip_address`.
    pub source_ip_address: ::std::string::String,
    /// Required JSON field `destination_ip_address`.
    pub destination_ip_address: ::std::string::String,
    /// Required JSON field `source_port`.
    pub source_port: ::std::string::String,
    /// Required JSON field `destination_port`.
    pub destination_port: ::std::string::String,
    /// Required JSON field `source_address_group_id`.
    pub source_address_group_id: ::std::string::String,
    /// Required JSON field `destination_address_group_id`.
    pub destination_address_group_id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
}

impl json::FromJson for FirewallRuleDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            action: json::take(&mut map, "action")?,
            protocol: json::take(&mut map, "protocol")?,
            ip_version: json::take(&mut map, "ip_version")?,
            source_ip_address: json::take(&mut map, "source_ip_address")?,
            destination_ip_address: json::take(&mut map, "destination_ip_address")?,
            source_port: json::take(&mut map, "source_port")?,
            destination_port: json::take(&mut map, "destination_port")?,
            source_address_group_id: json::take(&mut map, "source_address_group_id")?,
            destination_address_group_id: json::take(&mut map, "destination_address_group_id")?,
            enabled: json::take(&mut map, "enabled")?,
        })
    }
}

/// JSON model `FirewallUpdateRuleItemOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FirewallUpdateRuleItemOption {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `action`.
    pub action: ::std::option::Option<::std::string::String>,
    /// JSON field `protocol`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_version`.
    pub ip_version: ::std::option::Option<i64>,
    /// JSON field `source_ip_address`.
    pub source_ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_ip_address`.
    pub destination_ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `source_port`.
    pub source_port: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_port`.
    pub destination_port: ::std::option::Option<::std::string::String>,
    /// JSON field `source_address_group_id`.
    pub source_address_group_id: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_address_group_id`.
    pub destination_address_group_id: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl FirewallUpdateRuleItemOption {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

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

    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip_version` field.
    #[must_use]
    pub fn with_ip_version(mut self, value: i64) -> Self {
        self.ip_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `source_ip_address` field.
    #[must_use]
    pub fn with_source_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_ip_address` field.
    #[must_use]
    pub fn with_destination_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_port` field.
    #[must_use]
    pub fn with_source_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_port = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_port` field.
    #[must_use]
    pub fn with_destination_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_port = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_address_group_id` field.
    #[must_use]
    pub fn with_source_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_address_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_address_group_id` field.
    #[must_use]
    pub fn with_destination_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_address_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for FirewallUpdateRuleItemOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "ip_version", &self.ip_version);
        json::put(&mut map, "source_ip_address", &self.source_ip_address);
        json::put(
            &mut map,
            "destination_ip_address",
            &self.destination_ip_address,
        );
        json::put(&mut map, "source_port", &self.source_port);
        json::put(&mut map, "destination_port", &self.destination_port);
        json::put(
            &mut map,
            "source_address_group_id",
            &self.source_address_group_id,
        );
        json::put(
            &mut map,
            "destination_address_group_id",
            &self.destination_address_group_id,
        );
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// JSON model `FirewallUpdateRuleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FirewallUpdateRuleOption {
    /// JSON field `ingress_rules`.
    pub ingress_rules: ::std::option::Option<::std::vec::Vec<FirewallUpdateRuleItemOption>>,
    /// JSON field `egress_rules`.
    pub egress_rules: ::std::option::Option<::std::vec::Vec<FirewallUpdateRuleItemOption>>,
}

impl FirewallUpdateRuleOption {
    /// Sets the `ingress_rules` field.
    #[must_use]
    pub fn with_ingress_rules(
        mut self,
        value: ::std::vec::Vec<FirewallUpdateRuleItemOption>,
    ) -> Self {
        self.ingress_rules = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `egress_rules` field.
    #[must_use]
    pub fn with_egress_rules(
        mut self,
        value: ::std::vec::Vec<FirewallUpdateRuleItemOption>,
    ) -> Self {
        self.egress_rules = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for FirewallUpdateRuleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "ingress_rules", &self.ingress_rules);
        json::put(&mut map, "egress_rules", &self.egress_rules);
        json::Value::Object(map)
    }
}

/// JSON model `InsertSecurityGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InsertSecurityGroupOption {
    /// Required JSON field `security_groups`.
    pub security_groups: ::std::vec::Vec<::std::string::String>,
    /// JSON field `index`.
    pub index: ::std::option::Option<i64>,
}

impl InsertSecurityGroupOption {
    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = value;
        self
    }

    /// Sets the `index` field.
    #[must_use]
    pub fn with_index(mut self, value: i64) -> Self {
        self.index = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for InsertSecurityGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "index", &self.index);
        json::Value::Object(map)
    }
}

/// JSON model `IpExtraSetOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct IpExtraSetOption {
    /// Required JSON field `ip`.
    pub ip: ::std::string::String,
    /// JSON field `remarks`.
    pub remarks: ::std::option::Option<::std::string::String>,
}

impl IpExtraSetOption {
    /// Sets the `ip` field.
    #[must_use]
    pub fn with_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = value.into();
        self
    }

    /// Sets the `remarks` field.
    #[must_use]
    pub fn with_remarks(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for IpExtraSetOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "ip", &self.ip);
        json::put(&mut map, "remarks", &self.remarks);
        json::Value::Object(map)
    }
}

/// JSON model `IpExtraSetRespOption`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct IpExtraSetRespOption {
    /// Required JSON field `ip`.
    pub ip: ::std::string::String,
    /// Required JSON field `remarks`.
    pub remarks: ::std::string::String,
}

impl json::FromJson for IpExtraSetRespOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            ip: json::take(&mut map, "ip")?,
            remarks: json::take(&mut map, "remarks")?,
        })
    }
}

/// Request of [`VpcClient::list_address_group`](super::VpcClient::list_address_group): `GET /v3/{project_id}/vpc/address-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAddressGroupRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `ip_version`.
    pub ip_version: ::std::option::Option<i64>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
}

impl ListAddressGroupRequest {
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

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `ip_version` field.
    #[must_use]
    pub fn with_ip_version(mut self, value: i64) -> Self {
        self.ip_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::list_address_group`](super::VpcClient::list_address_group): `GET /v3/{project_id}/vpc/address-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAddressGroupResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `address_groups`.
    pub address_groups: ::std::option::Option<::std::vec::Vec<AddressGroup>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListAddressGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            address_groups: json::take(&mut map, "address_groups")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`VpcClient::list_address_groups_dependency`](super::VpcClient::list_address_groups_dependency): `GET /v3/{project_id}/vpc/list-address-groups-dependency`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAddressGroupsDependencyRequest {
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
}

impl ListAddressGroupsDependencyRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::list_address_groups_dependency`](super::VpcClient::list_address_groups_dependency): `GET /v3/{project_id}/vpc/list-address-groups-dependency`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAddressGroupsDependencyResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `address_groups`.
    pub address_groups: ::std::option::Option<::std::vec::Vec<AddressGroupDependency>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListAddressGroupsDependencyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            address_groups: json::take(&mut map, "address_groups")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`VpcClient::list_clouddcn_subnets_count_filter_tags`](super::VpcClient::list_clouddcn_subnets_count_filter_tags): `POST /v3/{project_id}/clouddcn-subnets/resource-instances/count`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListClouddcnSubnetsCountFilterTagsRequest {
    /// Request body.
    pub body: ::std::option::Option<ListResourcesByTagsRequestBody>,
}

impl ListClouddcnSubnetsCountFilterTagsRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ListResourcesByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::list_clouddcn_subnets_count_filter_tags`](super::VpcClient::list_clouddcn_subnets_count_filter_tags): `POST /v3/{project_id}/clouddcn-subnets/resource-instances/count`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListClouddcnSubnetsCountFilterTagsResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for ListClouddcnSubnetsCountFilterTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// Request of [`VpcClient::list_clouddcn_subnets_filter_tags`](super::VpcClient::list_clouddcn_subnets_filter_tags): `POST /v3/{project_id}/clouddcn-subnets/resource-instances/filter`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListClouddcnSubnetsFilterTagsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Request body.
    pub body: ::std::option::Option<ListResourcesByTagsRequestBody>,
}

impl ListClouddcnSubnetsFilterTagsRequest {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ListResourcesByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::list_clouddcn_subnets_filter_tags`](super::VpcClient::list_clouddcn_subnets_filter_tags): `POST /v3/{project_id}/clouddcn-subnets/resource-instances/filter`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListClouddcnSubnetsFilterTagsResponse {
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<ClouddcnResource>>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListClouddcnSubnetsFilterTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
            total_count: json::take(&mut map, "total_count")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::list_clouddcn_subnets`](super::VpcClient::list_clouddcn_subnets): `GET /v3/{project_id}/vpc/clouddcn-subnets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListClouddcnSubnetsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::string::String>,
}

impl ListClouddcnSubnetsRequest {
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

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::list_clouddcn_subnets`](super::VpcClient::list_clouddcn_subnets): `GET /v3/{project_id}/vpc/clouddcn-subnets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListClouddcnSubnetsResponse {
    /// JSON field `clouddcn_subnets`.
    pub clouddcn_subnets: ::std::option::Option<::std::vec::Vec<ClouddcnSubnet>>,
}

impl json::FromJson for ListClouddcnSubnetsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            clouddcn_subnets: json::take(&mut map, "clouddcn_subnets")?,
        })
    }
}

/// Request of [`VpcClient::list_clouddcn_subnets_tags`](super::VpcClient::list_clouddcn_subnets_tags): `GET /v3/{project_id}/clouddcn-subnets/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListClouddcnSubnetsTagsRequest {}

/// Response of [`VpcClient::list_clouddcn_subnets_tags`](super::VpcClient::list_clouddcn_subnets_tags): `GET /v3/{project_id}/clouddcn-subnets/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListClouddcnSubnetsTagsResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTags>>,
}

impl json::FromJson for ListClouddcnSubnetsTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            total_count: json::take(&mut map, "total_count")?,
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `ListFirewallDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFirewallDetail {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `admin_state_up`.
    pub admin_state_up: bool,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
    /// Required JSON field `associations`.
    pub associations: ::std::vec::Vec<FirewallAssociation>,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl json::FromJson for ListFirewallDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            admin_state_up: json::take(&mut map, "admin_state_up")?,
            status: json::take(&mut map, "status")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            tags: json::take(&mut map, "tags")?,
            associations: json::take(&mut map, "associations")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// Request of [`VpcClient::list_firewall`](super::VpcClient::list_firewall): `GET /v3/{project_id}/vpc/firewalls`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFirewallRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ListFirewallRequest {
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

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::list_firewall`](super::VpcClient::list_firewall): `GET /v3/{project_id}/vpc/firewalls`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFirewallResponse {
    /// JSON field `firewalls`.
    pub firewalls: ::std::option::Option<::std::vec::Vec<ListFirewallDetail>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListFirewallResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewalls: json::take(&mut map, "firewalls")?,
            page_info: json::take(&mut map, "page_info")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::list_firewall_tags`](super::VpcClient::list_firewall_tags): `GET /v3/{project_id}/firewalls/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFirewallTagsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
}

impl ListFirewallTagsRequest {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::list_firewall_tags`](super::VpcClient::list_firewall_tags): `GET /v3/{project_id}/firewalls/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFirewallTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for ListFirewallTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
            request_id: json::take(&mut map, "request_id")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// Request of [`VpcClient::list_firewalls_by_tags`](super::VpcClient::list_firewalls_by_tags): `POST /v3/{project_id}/firewalls/resource-instances/filter`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFirewallsByTagsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Request body.
    pub body: ::std::option::Option<ListFirewallsByTagsRequestBody>,
}

impl ListFirewallsByTagsRequest {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ListFirewallsByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ListFirewallsByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFirewallsByTagsRequestBody {
    /// JSON field `matches`.
    pub matches: ::std::option::Option<::std::vec::Vec<Match>>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl ListFirewallsByTagsRequestBody {
    /// Sets the `matches` field.
    #[must_use]
    pub fn with_matches(mut self, value: ::std::vec::Vec<Match>) -> Self {
        self.matches = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ListTag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ListFirewallsByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "matches", &self.matches);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::list_firewalls_by_tags`](super::VpcClient::list_firewalls_by_tags): `POST /v3/{project_id}/firewalls/resource-instances/filter`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFirewallsByTagsResponse {
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<ListResourceResp>>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListFirewallsByTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
            total_count: json::take(&mut map, "total_count")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::list_port_tags`](super::VpcClient::list_port_tags): `GET /v3/{project_id}/ports/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPortTagsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
}

impl ListPortTagsRequest {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::list_port_tags`](super::VpcClient::list_port_tags): `GET /v3/{project_id}/ports/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPortTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for ListPortTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
            request_id: json::take(&mut map, "request_id")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// Request of [`VpcClient::list_ports_by_tags`](super::VpcClient::list_ports_by_tags): `POST /v3/{project_id}/ports/resource-instances/filter`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPortsByTagsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Request body.
    pub body: ::std::option::Option<ListPortsByTagsRequestBody>,
}

impl ListPortsByTagsRequest {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ListPortsByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ListPortsByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPortsByTagsRequestBody {
    /// JSON field `matches`.
    pub matches: ::std::option::Option<::std::vec::Vec<Match>>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl ListPortsByTagsRequestBody {
    /// Sets the `matches` field.
    #[must_use]
    pub fn with_matches(mut self, value: ::std::vec::Vec<Match>) -> Self {
        self.matches = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ListTag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ListPortsByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "matches", &self.matches);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::list_ports_by_tags`](super::VpcClient::list_ports_by_tags): `POST /v3/{project_id}/ports/resource-instances/filter`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPortsByTagsResponse {
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<ListResourceResp>>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListPortsByTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
            total_count: json::take(&mut map, "total_count")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::list_ports`](super::VpcClient::list_ports): `GET /v3/{project_id}/ports`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPortsRequest {
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `virsubnet_id`.
    pub virsubnet_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `device_id`.
    pub device_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `mac_address`.
    pub mac_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `device_owner`.
    pub device_owner: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `device_owner_prefixlike`.
    pub device_owner_prefixlike: ::std::option::Option<::std::string::String>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `binding:host_id`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:host_id"))]
    pub bindinghost_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `private_ips`.
    pub private_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `instance_id`.
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `instance_type`.
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListPortsRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `virsubnet_id` field.
    #[must_use]
    pub fn with_virsubnet_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.virsubnet_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `device_id` field.
    #[must_use]
    pub fn with_device_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.device_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `mac_address` field.
    #[must_use]
    pub fn with_mac_address(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.mac_address = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `device_owner` field.
    #[must_use]
    pub fn with_device_owner(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.device_owner = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `device_owner_prefixlike` field.
    #[must_use]
    pub fn with_device_owner_prefixlike(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_owner_prefixlike = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `bindinghost_id` field.
    #[must_use]
    pub fn with_bindinghost_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.bindinghost_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `private_ips` field.
    #[must_use]
    pub fn with_private_ips(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.private_ips = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allowed_address_pairs` field.
    #[must_use]
    pub fn with_allowed_address_pairs(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.allowed_address_pairs = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `instance_id` field.
    #[must_use]
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `instance_type` field.
    #[must_use]
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
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

/// Response of [`VpcClient::list_ports`](super::VpcClient::list_ports): `GET /v3/{project_id}/ports`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPortsResponse {
    /// JSON field `ports`.
    pub ports: ::std::option::Option<::std::vec::Vec<Port>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListPortsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            ports: json::take(&mut map, "ports")?,
            request_id: json::take(&mut map, "request_id")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// JSON model `ListResourceResp`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListResourceResp {
    /// Required JSON field `resource_id`.
    pub resource_id: ::std::string::String,
    /// Required JSON field `resource_detail`.
    pub resource_detail: ::huaweicloud_sdk_core::json::Value,
    /// Required JSON field `resource_name`.
    pub resource_name: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl json::FromJson for ListResourceResp {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resource_id: json::take(&mut map, "resource_id")?,
            resource_detail: json::take(&mut map, "resource_detail")?,
            resource_name: json::take(&mut map, "resource_name")?,
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `ListResourcesByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListResourcesByTagsRequestBody {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTags>>,
}

impl ListResourcesByTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTags>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ListResourcesByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::list_security_group_rules`](super::VpcClient::list_security_group_rules): `GET /v3/{project_id}/vpc/security-group-rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupRulesRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `security_group_id`.
    pub security_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `protocol`.
    pub protocol: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `remote_group_id`.
    pub remote_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `direction`.
    pub direction: ::std::option::Option<::std::string::String>,
    /// Query parameter `action`.
    pub action: ::std::option::Option<::std::string::String>,
    /// Query parameter `remote_ip_prefix`.
    pub remote_ip_prefix: ::std::option::Option<::std::string::String>,
    /// Query parameter `priority`.
    pub priority: ::std::option::Option<::std::vec::Vec<i64>>,
    /// Query parameter `ethertype`.
    pub ethertype: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `remote_address_group_id`.
    pub remote_address_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl ListSecurityGroupRulesRequest {
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

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_group_id` field.
    #[must_use]
    pub fn with_security_group_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_group_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.protocol = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `remote_group_id` field.
    #[must_use]
    pub fn with_remote_group_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.remote_group_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `direction` field.
    #[must_use]
    pub fn with_direction(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `remote_ip_prefix` field.
    #[must_use]
    pub fn with_remote_ip_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remote_ip_prefix = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `priority` field.
    #[must_use]
    pub fn with_priority(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.priority = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `ethertype` field.
    #[must_use]
    pub fn with_ethertype(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.ethertype = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `remote_address_group_id` field.
    #[must_use]
    pub fn with_remote_address_group_id(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.remote_address_group_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::list_security_group_rules`](super::VpcClient::list_security_group_rules): `GET /v3/{project_id}/vpc/security-group-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupRulesResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `security_group_rules`.
    pub security_group_rules: ::std::option::Option<::std::vec::Vec<SecurityGroupRule>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListSecurityGroupRulesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            security_group_rules: json::take(&mut map, "security_group_rules")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`VpcClient::list_security_groups`](super::VpcClient::list_security_groups): `GET /v3/{project_id}/vpc/security-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
}

impl ListSecurityGroupsRequest {
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

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::list_security_groups`](super::VpcClient::list_security_groups): `GET /v3/{project_id}/vpc/security-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupsResponse {
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<SecurityGroup>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListSecurityGroupsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_groups: json::take(&mut map, "security_groups")?,
            request_id: json::take(&mut map, "request_id")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`VpcClient::list_sub_network_interface_tags`](super::VpcClient::list_sub_network_interface_tags): `GET /v3/{project_id}/sub-network-interfaces/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubNetworkInterfaceTagsRequest {}

/// Response of [`VpcClient::list_sub_network_interface_tags`](super::VpcClient::list_sub_network_interface_tags): `GET /v3/{project_id}/sub-network-interfaces/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubNetworkInterfaceTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for ListSubNetworkInterfaceTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
            request_id: json::take(&mut map, "request_id")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// Request of [`VpcClient::list_sub_network_interfaces_by_tags`](super::VpcClient::list_sub_network_interfaces_by_tags): `POST /v3/{project_id}/sub-network-interfaces/resource-instances/filter`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubNetworkInterfacesByTagsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<::std::string::String>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Request body.
    pub body: ::std::option::Option<ListSubNetworkInterfacesByTagsRequestBody>,
}

impl ListSubNetworkInterfacesByTagsRequest {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ListSubNetworkInterfacesByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ListSubNetworkInterfacesByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubNetworkInterfacesByTagsRequestBody {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl ListSubNetworkInterfacesByTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ListTag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ListSubNetworkInterfacesByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::list_sub_network_interfaces_by_tags`](super::VpcClient::list_sub_network_interfaces_by_tags): `POST /v3/{project_id}/sub-network-interfaces/resource-instances/filter`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubNetworkInterfacesByTagsResponse {
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<ListResourceResp>>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListSubNetworkInterfacesByTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
            total_count: json::take(&mut map, "total_count")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::list_sub_network_interfaces`](super::VpcClient::list_sub_network_interfaces): `GET /v3/{project_id}/vpc/sub-network-interfaces`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubNetworkInterfacesRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `virsubnet_id`.
    pub virsubnet_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `private_ip_address`.
    pub private_ip_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `mac_address`.
    pub mac_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `parent_id`.
    pub parent_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ListSubNetworkInterfacesRequest {
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

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `virsubnet_id` field.
    #[must_use]
    pub fn with_virsubnet_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.virsubnet_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `private_ip_address` field.
    #[must_use]
    pub fn with_private_ip_address(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `mac_address` field.
    #[must_use]
    pub fn with_mac_address(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.mac_address = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `parent_id` field.
    #[must_use]
    pub fn with_parent_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.parent_id = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::list_sub_network_interfaces`](super::VpcClient::list_sub_network_interfaces): `GET /v3/{project_id}/vpc/sub-network-interfaces`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubNetworkInterfacesResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_network_interfaces`.
    pub sub_network_interfaces: ::std::option::Option<::std::vec::Vec<SubNetworkInterface>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListSubNetworkInterfacesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            sub_network_interfaces: json::take(&mut map, "sub_network_interfaces")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// JSON model `ListTag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `values`.
    pub values: ::std::vec::Vec<::std::string::String>,
}

impl ListTag {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `values` field.
    #[must_use]
    pub fn with_values(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.values = value;
        self
    }
}

impl json::ToJson for ListTag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "values", &self.values);
        json::Value::Object(map)
    }
}

impl json::FromJson for ListTag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            values: json::take(&mut map, "values")?,
        })
    }
}

/// Request of [`VpcClient::list_traffic_mirror_filter_rules`](super::VpcClient::list_traffic_mirror_filter_rules): `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListTrafficMirrorFilterRulesRequest {
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Query parameter `traffic_mirror_filter_id`.
    pub traffic_mirror_filter_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `direction`.
    pub direction: ::std::option::Option<::std::string::String>,
    /// Query parameter `protocol`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// Query parameter `source_cidr_block`.
    pub source_cidr_block: ::std::option::Option<::std::string::String>,
    /// Query parameter `destination_cidr_block`.
    pub destination_cidr_block: ::std::option::Option<::std::string::String>,
    /// Query parameter `source_port_range`.
    pub source_port_range: ::std::option::Option<::std::string::String>,
    /// Query parameter `destination_port_range`.
    pub destination_port_range: ::std::option::Option<::std::string::String>,
    /// Query parameter `action`.
    pub action: ::std::option::Option<::std::string::String>,
    /// Query parameter `priority`.
    pub priority: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListTrafficMirrorFilterRulesRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
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

    /// Sets the `traffic_mirror_filter_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `direction` field.
    #[must_use]
    pub fn with_direction(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_cidr_block` field.
    #[must_use]
    pub fn with_source_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_cidr_block = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_cidr_block` field.
    #[must_use]
    pub fn with_destination_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_cidr_block = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_port_range` field.
    #[must_use]
    pub fn with_source_port_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_port_range` field.
    #[must_use]
    pub fn with_destination_port_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `priority` field.
    #[must_use]
    pub fn with_priority(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
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

/// Response of [`VpcClient::list_traffic_mirror_filter_rules`](super::VpcClient::list_traffic_mirror_filter_rules): `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListTrafficMirrorFilterRulesResponse {
    /// JSON field `traffic_mirror_filter_rules`.
    pub traffic_mirror_filter_rules:
        ::std::option::Option<::std::vec::Vec<TrafficMirrorFilterRule>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListTrafficMirrorFilterRulesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_filter_rules: json::take(&mut map, "traffic_mirror_filter_rules")?,
            page_info: json::take(&mut map, "page_info")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::list_traffic_mirror_filters`](super::VpcClient::list_traffic_mirror_filters): `GET /v3/{project_id}/vpc/traffic-mirror-filters`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListTrafficMirrorFiltersRequest {
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Query parameter `created_at`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// Query parameter `updated_at`.
    pub updated_at: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListTrafficMirrorFiltersRequest {
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

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `created_at` field.
    #[must_use]
    pub fn with_created_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `updated_at` field.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value.into());
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

/// Response of [`VpcClient::list_traffic_mirror_filters`](super::VpcClient::list_traffic_mirror_filters): `GET /v3/{project_id}/vpc/traffic-mirror-filters`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListTrafficMirrorFiltersResponse {
    /// JSON field `traffic_mirror_filters`.
    pub traffic_mirror_filters: ::std::option::Option<::std::vec::Vec<TrafficMirrorFilter>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListTrafficMirrorFiltersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_filters: json::take(&mut map, "traffic_mirror_filters")?,
            page_info: json::take(&mut map, "page_info")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::list_traffic_mirror_sessions`](super::VpcClient::list_traffic_mirror_sessions): `GET /v3/{project_id}/vpc/traffic-mirror-sessions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListTrafficMirrorSessionsRequest {
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Query parameter `traffic_mirror_filter_id`.
    pub traffic_mirror_filter_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `traffic_mirror_target_id`.
    pub traffic_mirror_target_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `traffic_mirror_target_type`.
    pub traffic_mirror_target_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `virtual_network_id`.
    pub virtual_network_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `packet_length`.
    pub packet_length: ::std::option::Option<::std::string::String>,
    /// Query parameter `priority`.
    pub priority: ::std::option::Option<::std::string::String>,
    /// Query parameter `enabled`.
    pub enabled: ::std::option::Option<::std::string::String>,
    /// Query parameter `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// Query parameter `created_at`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// Query parameter `updated_at`.
    pub updated_at: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListTrafficMirrorSessionsRequest {
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

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `traffic_mirror_filter_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `traffic_mirror_target_id` field.
    #[must_use]
    pub fn with_traffic_mirror_target_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_target_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `traffic_mirror_target_type` field.
    #[must_use]
    pub fn with_traffic_mirror_target_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_target_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `virtual_network_id` field.
    #[must_use]
    pub fn with_virtual_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virtual_network_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `packet_length` field.
    #[must_use]
    pub fn with_packet_length(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.packet_length = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `priority` field.
    #[must_use]
    pub fn with_priority(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `created_at` field.
    #[must_use]
    pub fn with_created_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `updated_at` field.
    #[must_use]
    pub fn with_updated_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.updated_at = ::std::option::Option::Some(value.into());
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

/// Response of [`VpcClient::list_traffic_mirror_sessions`](super::VpcClient::list_traffic_mirror_sessions): `GET /v3/{project_id}/vpc/traffic-mirror-sessions`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListTrafficMirrorSessionsResponse {
    /// JSON field `traffic_mirror_sessions`.
    pub traffic_mirror_sessions: ::std::option::Option<::std::vec::Vec<TrafficMirrorSession>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListTrafficMirrorSessionsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_sessions: json::take(&mut map, "traffic_mirror_sessions")?,
            page_info: json::take(&mut map, "page_info")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::list_virsubnet_cidr_reservations`](super::VpcClient::list_virsubnet_cidr_reservations): `GET /v3/{project_id}/vpc/virsubnet-cidr-reservations`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVirsubnetCidrReservationsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `virsubnet_id`.
    pub virsubnet_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `cidr`.
    pub cidr: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `ip_version`.
    pub ip_version: ::std::option::Option<::std::vec::Vec<i64>>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
}

impl ListVirsubnetCidrReservationsRequest {
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

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `virsubnet_id` field.
    #[must_use]
    pub fn with_virsubnet_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.virsubnet_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `cidr` field.
    #[must_use]
    pub fn with_cidr(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `ip_version` field.
    #[must_use]
    pub fn with_ip_version(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.ip_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::list_virsubnet_cidr_reservations`](super::VpcClient::list_virsubnet_cidr_reservations): `GET /v3/{project_id}/vpc/virsubnet-cidr-reservations`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVirsubnetCidrReservationsResponse {
    /// JSON field `virsubnet_cidr_reservations`.
    pub virsubnet_cidr_reservations:
        ::std::option::Option<::std::vec::Vec<VirsubnetCidrReservation>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListVirsubnetCidrReservationsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            virsubnet_cidr_reservations: json::take(&mut map, "virsubnet_cidr_reservations")?,
            request_id: json::take(&mut map, "request_id")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`VpcClient::list_virsubnets`](super::VpcClient::list_virsubnets): `GET /v3/{project_id}/vpc/virsubnets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVirsubnetsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `scope`.
    pub scope: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `zone_id`.
    pub zone_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ListVirsubnetsRequest {
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

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `scope` field.
    #[must_use]
    pub fn with_scope(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.scope = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `zone_id` field.
    #[must_use]
    pub fn with_zone_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::list_virsubnets`](super::VpcClient::list_virsubnets): `GET /v3/{project_id}/vpc/virsubnets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVirsubnetsResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `virsubnets`.
    pub virsubnets: ::std::option::Option<::std::vec::Vec<Virsubnet>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListVirsubnetsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            virsubnets: json::take(&mut map, "virsubnets")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// Request of [`VpcClient::list_vpcs`](super::VpcClient::list_vpcs): `GET /v3/{project_id}/vpc/vpcs`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `cidr`.
    pub cidr: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ListVpcsRequest {
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

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `cidr` field.
    #[must_use]
    pub fn with_cidr(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::list_vpcs`](super::VpcClient::list_vpcs): `GET /v3/{project_id}/vpc/vpcs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcsResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `vpcs`.
    pub vpcs: ::std::option::Option<::std::vec::Vec<Vpc>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<PageInfo>,
}

impl json::FromJson for ListVpcsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            vpcs: json::take(&mut map, "vpcs")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// JSON model `Match`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Match {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl Match {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = value.into();
        self
    }
}

impl json::ToJson for Match {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// JSON model `MigrateSubNetworkInterfaceOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MigrateSubNetworkInterfaceOption {
    /// Required JSON field `parent_id`.
    pub parent_id: ::std::string::String,
    /// Required JSON field `sub_network_interfaces`.
    pub sub_network_interfaces:
        ::std::vec::Vec<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

impl MigrateSubNetworkInterfaceOption {
    /// Sets the `parent_id` field.
    #[must_use]
    pub fn with_parent_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_id = value.into();
        self
    }

    /// Sets the `sub_network_interfaces` field.
    #[must_use]
    pub fn with_sub_network_interfaces(
        mut self,
        value: ::std::vec::Vec<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.sub_network_interfaces = value;
        self
    }
}

impl json::ToJson for MigrateSubNetworkInterfaceOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "parent_id", &self.parent_id);
        json::put(
            &mut map,
            "sub_network_interfaces",
            &self.sub_network_interfaces,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::migrate_sub_network_interface`](super::VpcClient::migrate_sub_network_interface): `PUT /v3/{project_id}/vpc/sub-network-interfaces/migrate`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MigrateSubNetworkInterfaceRequest {
    /// Request body.
    pub body: ::std::option::Option<MigrateSubNetworkInterfaceRequestBody>,
}

impl MigrateSubNetworkInterfaceRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: MigrateSubNetworkInterfaceRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `MigrateSubNetworkInterfaceRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MigrateSubNetworkInterfaceRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `migration_info`.
    pub migration_info: MigrateSubNetworkInterfaceOption,
}

impl MigrateSubNetworkInterfaceRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `migration_info` field.
    #[must_use]
    pub fn with_migration_info(mut self, value: MigrateSubNetworkInterfaceOption) -> Self {
        self.migration_info = value;
        self
    }
}

impl json::ToJson for MigrateSubNetworkInterfaceRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "migration_info", &self.migration_info);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::migrate_sub_network_interface`](super::VpcClient::migrate_sub_network_interface): `PUT /v3/{project_id}/vpc/sub-network-interfaces/migrate`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MigrateSubNetworkInterfaceResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_network_interfaces`.
    pub sub_network_interfaces: ::std::option::Option<::std::vec::Vec<SubNetworkInterface>>,
}

impl json::FromJson for MigrateSubNetworkInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            sub_network_interfaces: json::take(&mut map, "sub_network_interfaces")?,
        })
    }
}

/// JSON model `PageInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PageInfo {
    /// Required JSON field `previous_marker`.
    pub previous_marker: ::std::string::String,
    /// Required JSON field `current_count`.
    pub current_count: i64,
    /// JSON field `next_marker`.
    pub next_marker: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for PageInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            previous_marker: json::take(&mut map, "previous_marker")?,
            current_count: json::take(&mut map, "current_count")?,
            next_marker: json::take(&mut map, "next_marker")?,
        })
    }
}

/// JSON model `Port`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Port {
    /// Required JSON field `admin_state_up`.
    pub admin_state_up: bool,
    /// Required JSON field `binding:host_id`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:host_id"))]
    pub bindinghost_id: ::std::string::String,
    /// Required JSON field `binding:profile`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:profile"))]
    pub bindingprofile: ::huaweicloud_sdk_core::json::Value,
    /// Required JSON field `binding:vif_details`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:vif_details"))]
    pub bindingvif_details: BindingVifDetails,
    /// Required JSON field `binding:vif_type`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:vif_type"))]
    pub bindingvif_type: ::std::string::String,
    /// Required JSON field `binding:vnic_type`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:vnic_type"))]
    pub bindingvnic_type: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `device_id`.
    pub device_id: ::std::string::String,
    /// Required JSON field `device_owner`.
    pub device_owner: ::std::string::String,
    /// Required JSON field `ecs_flavor`.
    pub ecs_flavor: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `instance_id`.
    pub instance_id: ::std::string::String,
    /// Required JSON field `instance_type`.
    pub instance_type: ::std::string::String,
    /// Required JSON field `mac_address`.
    pub mac_address: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `port_security_enabled`.
    pub port_security_enabled: bool,
    /// Required JSON field `private_ips`.
    pub private_ips: ::std::vec::Vec<PrivateIpInfo>,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `security_groups`.
    pub security_groups: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `virsubnet_id`.
    pub virsubnet_id: ::std::string::String,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `vpc_tenant_id`.
    pub vpc_tenant_id: ::std::string::String,
    /// Required JSON field `vtep_ip`.
    pub vtep_ip: ::std::string::String,
    /// Required JSON field `enable_efi`.
    pub enable_efi: bool,
    /// Required JSON field `scope`.
    pub scope: ::std::string::String,
    /// Required JSON field `zone_id`.
    pub zone_id: ::std::string::String,
    /// Required JSON field `binding:migration_info`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:migration_info"))]
    pub bindingmigration_info: ::huaweicloud_sdk_core::json::Value,
    /// Required JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::vec::Vec<PortExtraDhcpOpt>,
    /// Required JSON field `position_type`.
    pub position_type: ::std::string::String,
    /// Required JSON field `instance_info`.
    pub instance_info: ::huaweicloud_sdk_core::json::Value,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResponseTag>,
    /// Required JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::vec::Vec<AllowedAddressPair>,
}

impl json::FromJson for Port {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            admin_state_up: json::take(&mut map, "admin_state_up")?,
            bindinghost_id: json::take(&mut map, "binding:host_id")?,
            bindingprofile: json::take(&mut map, "binding:profile")?,
            bindingvif_details: json::take(&mut map, "binding:vif_details")?,
            bindingvif_type: json::take(&mut map, "binding:vif_type")?,
            bindingvnic_type: json::take(&mut map, "binding:vnic_type")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            description: json::take(&mut map, "description")?,
            device_id: json::take(&mut map, "device_id")?,
            device_owner: json::take(&mut map, "device_owner")?,
            ecs_flavor: json::take(&mut map, "ecs_flavor")?,
            id: json::take(&mut map, "id")?,
            instance_id: json::take(&mut map, "instance_id")?,
            instance_type: json::take(&mut map, "instance_type")?,
            mac_address: json::take(&mut map, "mac_address")?,
            name: json::take(&mut map, "name")?,
            port_security_enabled: json::take(&mut map, "port_security_enabled")?,
            private_ips: json::take(&mut map, "private_ips")?,
            project_id: json::take(&mut map, "project_id")?,
            security_groups: json::take(&mut map, "security_groups")?,
            status: json::take(&mut map, "status")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            virsubnet_id: json::take(&mut map, "virsubnet_id")?,
            vpc_id: json::take(&mut map, "vpc_id")?,
            vpc_tenant_id: json::take(&mut map, "vpc_tenant_id")?,
            vtep_ip: json::take(&mut map, "vtep_ip")?,
            enable_efi: json::take(&mut map, "enable_efi")?,
            scope: json::take(&mut map, "scope")?,
            zone_id: json::take(&mut map, "zone_id")?,
            bindingmigration_info: json::take(&mut map, "binding:migration_info")?,
            extra_dhcp_opts: json::take(&mut map, "extra_dhcp_opts")?,
            position_type: json::take(&mut map, "position_type")?,
            instance_info: json::take(&mut map, "instance_info")?,
            tags: json::take(&mut map, "tags")?,
            allowed_address_pairs: json::take(&mut map, "allowed_address_pairs")?,
        })
    }
}

/// JSON model `PortExtraDhcpOpt`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PortExtraDhcpOpt {
    /// Required JSON field `opt_name`.
    pub opt_name: ::std::string::String,
    /// Required JSON field `opt_value`.
    pub opt_value: ::std::string::String,
}

impl json::FromJson for PortExtraDhcpOpt {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            opt_name: json::take(&mut map, "opt_name")?,
            opt_value: json::take(&mut map, "opt_value")?,
        })
    }
}

/// JSON model `PrivateIpInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrivateIpInfo {
    /// Required JSON field `subnet_cidr_id`.
    pub subnet_cidr_id: ::std::string::String,
    /// Required JSON field `ip_address`.
    pub ip_address: ::std::string::String,
}

impl json::FromJson for PrivateIpInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            subnet_cidr_id: json::take(&mut map, "subnet_cidr_id")?,
            ip_address: json::take(&mut map, "ip_address")?,
        })
    }
}

/// JSON model `RemoveExtendCidrOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveExtendCidrOption {
    /// Required JSON field `extend_cidrs`.
    pub extend_cidrs: ::std::vec::Vec<::std::string::String>,
}

impl RemoveExtendCidrOption {
    /// Sets the `extend_cidrs` field.
    #[must_use]
    pub fn with_extend_cidrs(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.extend_cidrs = value;
        self
    }
}

impl json::ToJson for RemoveExtendCidrOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "extend_cidrs", &self.extend_cidrs);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::remove_firewall_rules`](super::VpcClient::remove_firewall_rules): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/remove-rules`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveFirewallRulesRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RemoveFirewallRulesRequestBody>,
}

impl RemoveFirewallRulesRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RemoveFirewallRulesRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `RemoveFirewallRulesRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveFirewallRulesRequestBody {
    /// Required JSON field `firewall`.
    pub firewall: FirewallRemoveRuleOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl RemoveFirewallRulesRequestBody {
    /// Sets the `firewall` field.
    #[must_use]
    pub fn with_firewall(mut self, value: FirewallRemoveRuleOption) -> Self {
        self.firewall = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for RemoveFirewallRulesRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall", &self.firewall);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::remove_firewall_rules`](super::VpcClient::remove_firewall_rules): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/remove-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveFirewallRulesResponse {
    /// JSON field `firewall`.
    pub firewall: ::std::option::Option<FirewallDetail>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RemoveFirewallRulesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall: json::take(&mut map, "firewall")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `RemoveSecurityGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveSecurityGroupOption {
    /// Required JSON field `security_groups`.
    pub security_groups: ::std::vec::Vec<::std::string::String>,
}

impl RemoveSecurityGroupOption {
    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = value;
        self
    }
}

impl json::ToJson for RemoveSecurityGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "security_groups", &self.security_groups);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::remove_security_groups`](super::VpcClient::remove_security_groups): `PUT /v3/{project_id}/ports/{port_id}/remove-security-groups`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveSecurityGroupsRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RemoveSecurityGroupsRequestBody>,
}

impl RemoveSecurityGroupsRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RemoveSecurityGroupsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `RemoveSecurityGroupsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveSecurityGroupsRequestBody {
    /// Required JSON field `port`.
    pub port: RemoveSecurityGroupOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl RemoveSecurityGroupsRequestBody {
    /// Sets the `port` field.
    #[must_use]
    pub fn with_port(mut self, value: RemoveSecurityGroupOption) -> Self {
        self.port = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for RemoveSecurityGroupsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "port", &self.port);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::remove_security_groups`](super::VpcClient::remove_security_groups): `PUT /v3/{project_id}/ports/{port_id}/remove-security-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveSecurityGroupsResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `port`.
    pub port: ::std::option::Option<Port>,
}

impl json::FromJson for RemoveSecurityGroupsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            port: json::take(&mut map, "port")?,
        })
    }
}

/// Request of [`VpcClient::remove_sources_from_traffic_mirror_session`](super::VpcClient::remove_sources_from_traffic_mirror_session): `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/remove-sources`.
///
/// Required fields: `traffic_mirror_session_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveSourcesFromTrafficMirrorSessionRequest {
    /// Required path parameter `traffic_mirror_session_id`.
    pub traffic_mirror_session_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RemoveSourcesFromTrafficMirrorSessionRequestBody>,
}

impl RemoveSourcesFromTrafficMirrorSessionRequest {
    /// Sets the `traffic_mirror_session_id` field.
    #[must_use]
    pub fn with_traffic_mirror_session_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_session_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RemoveSourcesFromTrafficMirrorSessionRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `RemoveSourcesFromTrafficMirrorSessionRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveSourcesFromTrafficMirrorSessionRequestBody {
    /// Required JSON field `traffic_mirror_session`.
    pub traffic_mirror_session: TrafficMirrorSourcesOption,
}

impl RemoveSourcesFromTrafficMirrorSessionRequestBody {
    /// Sets the `traffic_mirror_session` field.
    #[must_use]
    pub fn with_traffic_mirror_session(mut self, value: TrafficMirrorSourcesOption) -> Self {
        self.traffic_mirror_session = value;
        self
    }
}

impl json::ToJson for RemoveSourcesFromTrafficMirrorSessionRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "traffic_mirror_session",
            &self.traffic_mirror_session,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::remove_sources_from_traffic_mirror_session`](super::VpcClient::remove_sources_from_traffic_mirror_session): `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}/remove-sources`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveSourcesFromTrafficMirrorSessionResponse {
    /// JSON field `traffic_mirror_session`.
    pub traffic_mirror_session: ::std::option::Option<TrafficMirrorSession>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RemoveSourcesFromTrafficMirrorSessionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_session: json::take(&mut map, "traffic_mirror_session")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::remove_vpc_extend_cidr`](super::VpcClient::remove_vpc_extend_cidr): `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/remove-extend-cidr`.
///
/// Required fields: `vpc_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveVpcExtendCidrRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RemoveVpcExtendCidrRequestBody>,
}

impl RemoveVpcExtendCidrRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RemoveVpcExtendCidrRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `RemoveVpcExtendCidrRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveVpcExtendCidrRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `vpc`.
    pub vpc: RemoveExtendCidrOption,
}

impl RemoveVpcExtendCidrRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `vpc` field.
    #[must_use]
    pub fn with_vpc(mut self, value: RemoveExtendCidrOption) -> Self {
        self.vpc = value;
        self
    }
}

impl json::ToJson for RemoveVpcExtendCidrRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "vpc", &self.vpc);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::remove_vpc_extend_cidr`](super::VpcClient::remove_vpc_extend_cidr): `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}/remove-extend-cidr`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveVpcExtendCidrResponse {
    /// JSON field `vpc`.
    pub vpc: ::std::option::Option<Vpc>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RemoveVpcExtendCidrResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            vpc: json::take(&mut map, "vpc")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `ResourceTag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResourceTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl ResourceTag {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = value.into();
        self
    }
}

impl json::ToJson for ResourceTag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

impl json::FromJson for ResourceTag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            value: json::take(&mut map, "value")?,
        })
    }
}

/// JSON model `ResourceTags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResourceTags {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `values`.
    pub values: ::std::vec::Vec<::std::string::String>,
}

impl ResourceTags {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `values` field.
    #[must_use]
    pub fn with_values(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.values = value;
        self
    }
}

impl json::ToJson for ResourceTags {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "values", &self.values);
        json::Value::Object(map)
    }
}

impl json::FromJson for ResourceTags {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            values: json::take(&mut map, "values")?,
        })
    }
}

/// JSON model `ResponseTag`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResponseTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl json::FromJson for ResponseTag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            value: json::take(&mut map, "value")?,
        })
    }
}

/// JSON model `SecurityGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SecurityGroup {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl json::FromJson for SecurityGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `SecurityGroupInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SecurityGroupInfo {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
    /// Required JSON field `security_group_rules`.
    pub security_group_rules: ::std::vec::Vec<SecurityGroupRule>,
}

impl json::FromJson for SecurityGroupInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            tags: json::take(&mut map, "tags")?,
            security_group_rules: json::take(&mut map, "security_group_rules")?,
        })
    }
}

/// JSON model `SecurityGroupRule`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SecurityGroupRule {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `security_group_id`.
    pub security_group_id: ::std::string::String,
    /// Required JSON field `direction`.
    pub direction: ::std::string::String,
    /// Required JSON field `protocol`.
    pub protocol: ::std::string::String,
    /// Required JSON field `ethertype`.
    pub ethertype: ::std::string::String,
    /// Required JSON field `multiport`.
    pub multiport: ::std::string::String,
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `priority`.
    pub priority: i64,
    /// Required JSON field `remote_group_id`.
    pub remote_group_id: ::std::string::String,
    /// Required JSON field `remote_ip_prefix`.
    pub remote_ip_prefix: ::std::string::String,
    /// Required JSON field `remote_address_group_id`.
    pub remote_address_group_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `enabled`.
    pub enabled: bool,
}

impl json::FromJson for SecurityGroupRule {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            description: json::take(&mut map, "description")?,
            security_group_id: json::take(&mut map, "security_group_id")?,
            direction: json::take(&mut map, "direction")?,
            protocol: json::take(&mut map, "protocol")?,
            ethertype: json::take(&mut map, "ethertype")?,
            multiport: json::take(&mut map, "multiport")?,
            action: json::take(&mut map, "action")?,
            priority: json::take(&mut map, "priority")?,
            remote_group_id: json::take(&mut map, "remote_group_id")?,
            remote_ip_prefix: json::take(&mut map, "remote_ip_prefix")?,
            remote_address_group_id: json::take(&mut map, "remote_address_group_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            project_id: json::take(&mut map, "project_id")?,
            enabled: json::take(&mut map, "enabled")?,
        })
    }
}

/// Request of [`VpcClient::show_address_group`](super::VpcClient::show_address_group): `GET /v3/{project_id}/vpc/address-groups/{address_group_id}`.
///
/// Required fields: `address_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowAddressGroupRequest {
    /// Required path parameter `address_group_id`.
    pub address_group_id: ::std::string::String,
}

impl ShowAddressGroupRequest {
    /// Sets the `address_group_id` field.
    #[must_use]
    pub fn with_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_group_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_address_group`](super::VpcClient::show_address_group): `GET /v3/{project_id}/vpc/address-groups/{address_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowAddressGroupResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `address_group`.
    pub address_group: ::std::option::Option<AddressGroup>,
}

impl json::FromJson for ShowAddressGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            address_group: json::take(&mut map, "address_group")?,
        })
    }
}

/// Request of [`VpcClient::show_clouddcn_subnet`](super::VpcClient::show_clouddcn_subnet): `GET /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
///
/// Required fields: `clouddcn_subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowClouddcnSubnetRequest {
    /// Required path parameter `clouddcn_subnet_id`.
    pub clouddcn_subnet_id: ::std::string::String,
}

impl ShowClouddcnSubnetRequest {
    /// Sets the `clouddcn_subnet_id` field.
    #[must_use]
    pub fn with_clouddcn_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clouddcn_subnet_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_clouddcn_subnet`](super::VpcClient::show_clouddcn_subnet): `GET /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowClouddcnSubnetResponse {
    /// JSON field `clouddcn_subnet`.
    pub clouddcn_subnet: ::std::option::Option<ClouddcnSubnet>,
}

impl json::FromJson for ShowClouddcnSubnetResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            clouddcn_subnet: json::take(&mut map, "clouddcn_subnet")?,
        })
    }
}

/// Request of [`VpcClient::show_clouddcn_subnets_tags`](super::VpcClient::show_clouddcn_subnets_tags): `GET /v3/{project_id}/clouddcn-subnets/{resource_id}/tags`.
///
/// Required fields: `resource_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowClouddcnSubnetsTagsRequest {
    /// Required path parameter `resource_id`.
    pub resource_id: ::std::string::String,
}

impl ShowClouddcnSubnetsTagsRequest {
    /// Sets the `resource_id` field.
    #[must_use]
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_clouddcn_subnets_tags`](super::VpcClient::show_clouddcn_subnets_tags): `GET /v3/{project_id}/clouddcn-subnets/{resource_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowClouddcnSubnetsTagsResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<TagEntity>>,
    /// JSON field `sys_tags`.
    pub sys_tags: ::std::option::Option<::std::vec::Vec<SysTag>>,
}

impl json::FromJson for ShowClouddcnSubnetsTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            tags: json::take(&mut map, "tags")?,
            sys_tags: json::take(&mut map, "sys_tags")?,
        })
    }
}

/// Request of [`VpcClient::show_firewall`](super::VpcClient::show_firewall): `GET /v3/{project_id}/vpc/firewalls/{firewall_id}`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowFirewallRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
}

impl ShowFirewallRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_firewall`](super::VpcClient::show_firewall): `GET /v3/{project_id}/vpc/firewalls/{firewall_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowFirewallResponse {
    /// JSON field `firewall`.
    pub firewall: ::std::option::Option<FirewallDetail>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowFirewallResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall: json::take(&mut map, "firewall")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::show_firewall_tags`](super::VpcClient::show_firewall_tags): `GET /v3/{project_id}/firewalls/{firewall_id}/tags`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowFirewallTagsRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
}

impl ShowFirewallTagsRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_firewall_tags`](super::VpcClient::show_firewall_tags): `GET /v3/{project_id}/firewalls/{firewall_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowFirewallTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTag>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowFirewallTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::show_port`](super::VpcClient::show_port): `GET /v3/{project_id}/ports/{port_id}`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPortRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
}

impl ShowPortRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_port`](super::VpcClient::show_port): `GET /v3/{project_id}/ports/{port_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPortResponse {
    /// JSON field `port`.
    pub port: ::std::option::Option<Port>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowPortResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port: json::take(&mut map, "port")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::show_port_tags`](super::VpcClient::show_port_tags): `GET /v3/{project_id}/ports/{port_id}/tags`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPortTagsRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
}

impl ShowPortTagsRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_port_tags`](super::VpcClient::show_port_tags): `GET /v3/{project_id}/ports/{port_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPortTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTag>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowPortTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::show_quota`](super::VpcClient::show_quota): `GET /v3/{project_id}/vpc/quotas`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowQuotaRequest {}

/// Response of [`VpcClient::show_quota`](super::VpcClient::show_quota): `GET /v3/{project_id}/vpc/quotas`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowQuotaResponse {
    /// JSON field `quota`.
    pub quota: ::std::option::Option<VpcQuotas>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowQuotaResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            quota: json::take(&mut map, "quota")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::show_security_group`](super::VpcClient::show_security_group): `GET /v3/{project_id}/vpc/security-groups/{security_group_id}`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSecurityGroupRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
}

impl ShowSecurityGroupRequest {
    /// Sets the `security_group_id` field.
    #[must_use]
    pub fn with_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_security_group`](super::VpcClient::show_security_group): `GET /v3/{project_id}/vpc/security-groups/{security_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSecurityGroupResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `security_group`.
    pub security_group: ::std::option::Option<SecurityGroupInfo>,
}

impl json::FromJson for ShowSecurityGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            security_group: json::take(&mut map, "security_group")?,
        })
    }
}

/// Request of [`VpcClient::show_security_group_rule`](super::VpcClient::show_security_group_rule): `GET /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`.
///
/// Required fields: `security_group_rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSecurityGroupRuleRequest {
    /// Required path parameter `security_group_rule_id`.
    pub security_group_rule_id: ::std::string::String,
}

impl ShowSecurityGroupRuleRequest {
    /// Sets the `security_group_rule_id` field.
    #[must_use]
    pub fn with_security_group_rule_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_rule_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_security_group_rule`](super::VpcClient::show_security_group_rule): `GET /v3/{project_id}/vpc/security-group-rules/{security_group_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSecurityGroupRuleResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `security_group_rule`.
    pub security_group_rule: ::std::option::Option<SecurityGroupRule>,
}

impl json::FromJson for ShowSecurityGroupRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            security_group_rule: json::take(&mut map, "security_group_rule")?,
        })
    }
}

/// Request of [`VpcClient::show_sub_network_interface`](super::VpcClient::show_sub_network_interface): `GET /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
///
/// Required fields: `sub_network_interface_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSubNetworkInterfaceRequest {
    /// Required path parameter `sub_network_interface_id`.
    pub sub_network_interface_id: ::std::string::String,
}

impl ShowSubNetworkInterfaceRequest {
    /// Sets the `sub_network_interface_id` field.
    #[must_use]
    pub fn with_sub_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_network_interface_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_sub_network_interface`](super::VpcClient::show_sub_network_interface): `GET /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSubNetworkInterfaceResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_network_interface`.
    pub sub_network_interface: ::std::option::Option<SubNetworkInterface>,
}

impl json::FromJson for ShowSubNetworkInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            sub_network_interface: json::take(&mut map, "sub_network_interface")?,
        })
    }
}

/// Request of [`VpcClient::show_sub_network_interface_tags`](super::VpcClient::show_sub_network_interface_tags): `GET /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags`.
///
/// Required fields: `sub_network_interface_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSubNetworkInterfaceTagsRequest {
    /// Required path parameter `sub_network_interface_id`.
    pub sub_network_interface_id: ::std::string::String,
}

impl ShowSubNetworkInterfaceTagsRequest {
    /// Sets the `sub_network_interface_id` field.
    #[must_use]
    pub fn with_sub_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_network_interface_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_sub_network_interface_tags`](super::VpcClient::show_sub_network_interface_tags): `GET /v3/{project_id}/sub-network-interfaces/{sub_network_interface_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSubNetworkInterfaceTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTag>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowSubNetworkInterfaceTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::show_sub_network_interfaces_quantity`](super::VpcClient::show_sub_network_interfaces_quantity): `GET /v3/{project_id}/vpc/sub-network-interfaces/count`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSubNetworkInterfacesQuantityRequest {}

/// Response of [`VpcClient::show_sub_network_interfaces_quantity`](super::VpcClient::show_sub_network_interfaces_quantity): `GET /v3/{project_id}/vpc/sub-network-interfaces/count`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSubNetworkInterfacesQuantityResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_network_interfaces`.
    pub sub_network_interfaces: ::std::option::Option<i64>,
}

impl json::FromJson for ShowSubNetworkInterfacesQuantityResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            sub_network_interfaces: json::take(&mut map, "sub_network_interfaces")?,
        })
    }
}

/// Request of [`VpcClient::show_traffic_mirror_filter`](super::VpcClient::show_traffic_mirror_filter): `GET /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
///
/// Required fields: `traffic_mirror_filter_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowTrafficMirrorFilterRequest {
    /// Required path parameter `traffic_mirror_filter_id`.
    pub traffic_mirror_filter_id: ::std::string::String,
}

impl ShowTrafficMirrorFilterRequest {
    /// Sets the `traffic_mirror_filter_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_traffic_mirror_filter`](super::VpcClient::show_traffic_mirror_filter): `GET /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowTrafficMirrorFilterResponse {
    /// JSON field `traffic_mirror_filter`.
    pub traffic_mirror_filter: ::std::option::Option<TrafficMirrorFilter>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowTrafficMirrorFilterResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_filter: json::take(&mut map, "traffic_mirror_filter")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::show_traffic_mirror_filter_rule`](super::VpcClient::show_traffic_mirror_filter_rule): `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
///
/// Required fields: `traffic_mirror_filter_rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowTrafficMirrorFilterRuleRequest {
    /// Required path parameter `traffic_mirror_filter_rule_id`.
    pub traffic_mirror_filter_rule_id: ::std::string::String,
}

impl ShowTrafficMirrorFilterRuleRequest {
    /// Sets the `traffic_mirror_filter_rule_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_rule_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_rule_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_traffic_mirror_filter_rule`](super::VpcClient::show_traffic_mirror_filter_rule): `GET /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowTrafficMirrorFilterRuleResponse {
    /// JSON field `traffic_mirror_filter_rule`.
    pub traffic_mirror_filter_rule: ::std::option::Option<TrafficMirrorFilterRule>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowTrafficMirrorFilterRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_filter_rule: json::take(&mut map, "traffic_mirror_filter_rule")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::show_traffic_mirror_session`](super::VpcClient::show_traffic_mirror_session): `GET /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
///
/// Required fields: `traffic_mirror_session_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowTrafficMirrorSessionRequest {
    /// Required path parameter `traffic_mirror_session_id`.
    pub traffic_mirror_session_id: ::std::string::String,
}

impl ShowTrafficMirrorSessionRequest {
    /// Sets the `traffic_mirror_session_id` field.
    #[must_use]
    pub fn with_traffic_mirror_session_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_session_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_traffic_mirror_session`](super::VpcClient::show_traffic_mirror_session): `GET /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowTrafficMirrorSessionResponse {
    /// JSON field `traffic_mirror_session`.
    pub traffic_mirror_session: ::std::option::Option<TrafficMirrorSession>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowTrafficMirrorSessionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_session: json::take(&mut map, "traffic_mirror_session")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::show_virsubnet_cidr_reservation`](super::VpcClient::show_virsubnet_cidr_reservation): `GET /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
///
/// Required fields: `virsubnet_cidr_reservation_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVirsubnetCidrReservationRequest {
    /// Required path parameter `virsubnet_cidr_reservation_id`.
    pub virsubnet_cidr_reservation_id: ::std::string::String,
}

impl ShowVirsubnetCidrReservationRequest {
    /// Sets the `virsubnet_cidr_reservation_id` field.
    #[must_use]
    pub fn with_virsubnet_cidr_reservation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virsubnet_cidr_reservation_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_virsubnet_cidr_reservation`](super::VpcClient::show_virsubnet_cidr_reservation): `GET /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVirsubnetCidrReservationResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `virsubnet_cidr_reservation`.
    pub virsubnet_cidr_reservation: ::std::option::Option<VirsubnetCidrReservation>,
}

impl json::FromJson for ShowVirsubnetCidrReservationResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            virsubnet_cidr_reservation: json::take(&mut map, "virsubnet_cidr_reservation")?,
        })
    }
}

/// Request of [`VpcClient::show_virsubnet`](super::VpcClient::show_virsubnet): `GET /v3/{project_id}/vpc/virsubnets/{virsubnet_id}`.
///
/// Required fields: `virsubnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVirsubnetRequest {
    /// Required path parameter `virsubnet_id`.
    pub virsubnet_id: ::std::string::String,
}

impl ShowVirsubnetRequest {
    /// Sets the `virsubnet_id` field.
    #[must_use]
    pub fn with_virsubnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virsubnet_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_virsubnet`](super::VpcClient::show_virsubnet): `GET /v3/{project_id}/vpc/virsubnets/{virsubnet_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVirsubnetResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `virsubnet`.
    pub virsubnet: ::std::option::Option<Virsubnet>,
}

impl json::FromJson for ShowVirsubnetResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            virsubnet: json::take(&mut map, "virsubnet")?,
        })
    }
}

/// Request of [`VpcClient::show_vpc`](super::VpcClient::show_vpc): `GET /v3/{project_id}/vpc/vpcs/{vpc_id}`.
///
/// Required fields: `vpc_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVpcRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
}

impl ShowVpcRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_vpc`](super::VpcClient::show_vpc): `GET /v3/{project_id}/vpc/vpcs/{vpc_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVpcResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `vpc`.
    pub vpc: ::std::option::Option<Vpc>,
}

impl json::FromJson for ShowVpcResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            vpc: json::take(&mut map, "vpc")?,
        })
    }
}

/// JSON model `SubNetworkInterface`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SubNetworkInterface {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `virsubnet_id`.
    pub virsubnet_id: ::std::string::String,
    /// Required JSON field `private_ip_address`.
    pub private_ip_address: ::std::string::String,
    /// Required JSON field `ipv6_ip_address`.
    pub ipv6_ip_address: ::std::string::String,
    /// Required JSON field `mac_address`.
    pub mac_address: ::std::string::String,
    /// Required JSON field `parent_device_id`.
    pub parent_device_id: ::std::string::String,
    /// Required JSON field `parent_id`.
    pub parent_id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `vlan_id`.
    pub vlan_id: i64,
    /// Required JSON field `security_groups`.
    pub security_groups: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResponseTag>,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::vec::Vec<AllowedAddressPair>,
    /// Required JSON field `state`.
    pub state: ::std::string::String,
    /// Required JSON field `instance_id`.
    pub instance_id: ::std::string::String,
    /// Required JSON field `instance_type`.
    pub instance_type: ::std::string::String,
    /// Required JSON field `scope`.
    pub scope: ::std::string::String,
    /// Required JSON field `security_enabled`.
    pub security_enabled: bool,
}

impl json::FromJson for SubNetworkInterface {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            virsubnet_id: json::take(&mut map, "virsubnet_id")?,
            private_ip_address: json::take(&mut map, "private_ip_address")?,
            ipv6_ip_address: json::take(&mut map, "ipv6_ip_address")?,
            mac_address: json::take(&mut map, "mac_address")?,
            parent_device_id: json::take(&mut map, "parent_device_id")?,
            parent_id: json::take(&mut map, "parent_id")?,
            description: json::take(&mut map, "description")?,
            vpc_id: json::take(&mut map, "vpc_id")?,
            vlan_id: json::take(&mut map, "vlan_id")?,
            security_groups: json::take(&mut map, "security_groups")?,
            tags: json::take(&mut map, "tags")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            allowed_address_pairs: json::take(&mut map, "allowed_address_pairs")?,
            state: json::take(&mut map, "state")?,
            instance_id: json::take(&mut map, "instance_id")?,
            instance_type: json::take(&mut map, "instance_type")?,
            scope: json::take(&mut map, "scope")?,
            security_enabled: json::take(&mut map, "security_enabled")?,
        })
    }
}

/// JSON model `SubnetCidr`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SubnetCidr {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `ip_version`.
    pub ip_version: ::std::string::String,
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// Required JSON field `gateway_ip`.
    pub gateway_ip: ::std::string::String,
    /// Required JSON field `enable_dhcp`.
    pub enable_dhcp: bool,
}

impl json::FromJson for SubnetCidr {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            ip_version: json::take(&mut map, "ip_version")?,
            cidr: json::take(&mut map, "cidr")?,
            gateway_ip: json::take(&mut map, "gateway_ip")?,
            enable_dhcp: json::take(&mut map, "enable_dhcp")?,
        })
    }
}

/// JSON model `SubnetExtraDhcpOpt`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SubnetExtraDhcpOpt {
    /// Required JSON field `opt_name`.
    pub opt_name: ::std::string::String,
    /// Required JSON field `opt_value`.
    pub opt_value: ::std::string::String,
    /// Required JSON field `ip_version`.
    pub ip_version: i64,
}

impl json::FromJson for SubnetExtraDhcpOpt {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            opt_name: json::take(&mut map, "opt_name")?,
            opt_value: json::take(&mut map, "opt_value")?,
            ip_version: json::take(&mut map, "ip_version")?,
        })
    }
}

/// JSON model `SysTag`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SysTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl json::FromJson for SysTag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            value: json::take(&mut map, "value")?,
        })
    }
}

/// JSON model `Tag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Tag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl Tag {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = value.into();
        self
    }
}

impl json::ToJson for Tag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

impl json::FromJson for Tag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            value: json::take(&mut map, "value")?,
        })
    }
}

/// JSON model `TagEntity`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TagEntity {
    /// Required JSON field `key`.
    pub key: ::huaweicloud_sdk_core::json::Value,
    /// Required JSON field `value`.
    pub value: ::huaweicloud_sdk_core::json::Value,
}

impl TagEntity {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: ::huaweicloud_sdk_core::json::Value) -> Self {
        self.key = value;
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: ::huaweicloud_sdk_core::json::Value) -> Self {
        self.value = value;
        self
    }
}

impl json::ToJson for TagEntity {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

impl json::FromJson for TagEntity {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            value: json::take(&mut map, "value")?,
        })
    }
}

/// JSON model `TrafficMirrorFilter`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TrafficMirrorFilter {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `ingress_rules`.
    pub ingress_rules: ::std::vec::Vec<TrafficMirrorFilterRule>,
    /// Required JSON field `egress_rules`.
    pub egress_rules: ::std::vec::Vec<TrafficMirrorFilterRule>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl json::FromJson for TrafficMirrorFilter {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            project_id: json::take(&mut map, "project_id")?,
            description: json::take(&mut map, "description")?,
            name: json::take(&mut map, "name")?,
            ingress_rules: json::take(&mut map, "ingress_rules")?,
            egress_rules: json::take(&mut map, "egress_rules")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `TrafficMirrorFilterRule`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TrafficMirrorFilterRule {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `traffic_mirror_filter_id`.
    pub traffic_mirror_filter_id: ::std::string::String,
    /// Required JSON field `direction`.
    pub direction: ::std::string::String,
    /// Required JSON field `source_cidr_block`.
    pub source_cidr_block: ::std::string::String,
    /// Required JSON field `destination_cidr_block`.
    pub destination_cidr_block: ::std::string::String,
    /// Required JSON field `source_port_range`.
    pub source_port_range: ::std::string::String,
    /// Required JSON field `destination_port_range`.
    pub destination_port_range: ::std::string::String,
    /// Required JSON field `ethertype`.
    pub ethertype: ::std::string::String,
    /// Required JSON field `protocol`.
    pub protocol: ::std::string::String,
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `priority`.
    pub priority: i64,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for TrafficMirrorFilterRule {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            project_id: json::take(&mut map, "project_id")?,
            description: json::take(&mut map, "description")?,
            traffic_mirror_filter_id: json::take(&mut map, "traffic_mirror_filter_id")?,
            direction: json::take(&mut map, "direction")?,
            source_cidr_block: json::take(&mut map, "source_cidr_block")?,
            destination_cidr_block: json::take(&mut map, "destination_cidr_block")?,
            source_port_range: json::take(&mut map, "source_port_range")?,
            destination_port_range: json::take(&mut map, "destination_port_range")?,
            ethertype: json::take(&mut map, "ethertype")?,
            protocol: json::take(&mut map, "protocol")?,
            action: json::take(&mut map, "action")?,
            priority: json::take(&mut map, "priority")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `TrafficMirrorSession`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TrafficMirrorSession {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `traffic_mirror_filter_id`.
    pub traffic_mirror_filter_id: ::std::string::String,
    /// Required JSON field `traffic_mirror_sources`.
    pub traffic_mirror_sources: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `traffic_mirror_target_id`.
    pub traffic_mirror_target_id: ::std::string::String,
    /// Required JSON field `traffic_mirror_target_type`.
    pub traffic_mirror_target_type: ::std::string::String,
    /// Required JSON field `virtual_network_id`.
    pub virtual_network_id: i64,
    /// Required JSON field `packet_length`.
    pub packet_length: i64,
    /// Required JSON field `priority`.
    pub priority: i64,
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for TrafficMirrorSession {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            project_id: json::take(&mut map, "project_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            traffic_mirror_filter_id: json::take(&mut map, "traffic_mirror_filter_id")?,
            traffic_mirror_sources: json::take(&mut map, "traffic_mirror_sources")?,
            traffic_mirror_target_id: json::take(&mut map, "traffic_mirror_target_id")?,
            traffic_mirror_target_type: json::take(&mut map, "traffic_mirror_target_type")?,
            virtual_network_id: json::take(&mut map, "virtual_network_id")?,
            packet_length: json::take(&mut map, "packet_length")?,
            priority: json::take(&mut map, "priority")?,
            enabled: json::take(&mut map, "enabled")?,
            r#type: json::take(&mut map, "type")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `TrafficMirrorSourcesOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TrafficMirrorSourcesOption {
    /// Required JSON field `traffic_mirror_sources`.
    pub traffic_mirror_sources: ::std::vec::Vec<::std::string::String>,
}

impl TrafficMirrorSourcesOption {
    /// Sets the `traffic_mirror_sources` field.
    #[must_use]
    pub fn with_traffic_mirror_sources(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_sources = value;
        self
    }
}

impl json::ToJson for TrafficMirrorSourcesOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "traffic_mirror_sources",
            &self.traffic_mirror_sources,
        );
        json::Value::Object(map)
    }
}

/// JSON model `UpdateAddressGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAddressGroupOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_set`.
    pub ip_set: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `max_capacity`.
    pub max_capacity: ::std::option::Option<i64>,
    /// JSON field `ip_extra_set`.
    pub ip_extra_set: ::std::option::Option<::std::vec::Vec<IpExtraSetOption>>,
}

impl UpdateAddressGroupOption {
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

    /// Sets the `ip_set` field.
    #[must_use]
    pub fn with_ip_set(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.ip_set = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `max_capacity` field.
    #[must_use]
    pub fn with_max_capacity(mut self, value: i64) -> Self {
        self.max_capacity = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `ip_extra_set` field.
    #[must_use]
    pub fn with_ip_extra_set(mut self, value: ::std::vec::Vec<IpExtraSetOption>) -> Self {
        self.ip_extra_set = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateAddressGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "ip_set", &self.ip_set);
        json::put(&mut map, "max_capacity", &self.max_capacity);
        json::put(&mut map, "ip_extra_set", &self.ip_extra_set);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_address_group`](super::VpcClient::update_address_group): `PUT /v3/{project_id}/vpc/address-groups/{address_group_id}`.
///
/// Required fields: `address_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAddressGroupRequest {
    /// Required path parameter `address_group_id`.
    pub address_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateAddressGroupRequestBody>,
}

impl UpdateAddressGroupRequest {
    /// Sets the `address_group_id` field.
    #[must_use]
    pub fn with_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateAddressGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateAddressGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAddressGroupRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `address_group`.
    pub address_group: UpdateAddressGroupOption,
}

impl UpdateAddressGroupRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `address_group` field.
    #[must_use]
    pub fn with_address_group(mut self, value: UpdateAddressGroupOption) -> Self {
        self.address_group = value;
        self
    }
}

impl json::ToJson for UpdateAddressGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "address_group", &self.address_group);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_address_group`](super::VpcClient::update_address_group): `PUT /v3/{project_id}/vpc/address-groups/{address_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAddressGroupResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `address_group`.
    pub address_group: ::std::option::Option<AddressGroup>,
}

impl json::FromJson for UpdateAddressGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            address_group: json::take(&mut map, "address_group")?,
        })
    }
}

/// JSON model `UpdateClouddcnSubnetOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateClouddcnSubnetOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdateClouddcnSubnetOption {
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

impl json::ToJson for UpdateClouddcnSubnetOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_clouddcn_subnet`](super::VpcClient::update_clouddcn_subnet): `PUT /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
///
/// Required fields: `clouddcn_subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateClouddcnSubnetRequest {
    /// Required path parameter `clouddcn_subnet_id`.
    pub clouddcn_subnet_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateClouddcnSubnetRequestBody>,
}

impl UpdateClouddcnSubnetRequest {
    /// Sets the `clouddcn_subnet_id` field.
    #[must_use]
    pub fn with_clouddcn_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clouddcn_subnet_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateClouddcnSubnetRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateClouddcnSubnetRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateClouddcnSubnetRequestBody {
    /// Required JSON field `clouddcn_subnet`.
    pub clouddcn_subnet: UpdateClouddcnSubnetOption,
}

impl UpdateClouddcnSubnetRequestBody {
    /// Sets the `clouddcn_subnet` field.
    #[must_use]
    pub fn with_clouddcn_subnet(mut self, value: UpdateClouddcnSubnetOption) -> Self {
        self.clouddcn_subnet = value;
        self
    }
}

impl json::ToJson for UpdateClouddcnSubnetRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "clouddcn_subnet", &self.clouddcn_subnet);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_clouddcn_subnet`](super::VpcClient::update_clouddcn_subnet): `PUT /v3/{project_id}/vpc/clouddcn-subnets/{clouddcn_subnet_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateClouddcnSubnetResponse {
    /// JSON field `clouddcn_subnet`.
    pub clouddcn_subnet: ::std::option::Option<ClouddcnSubnet>,
}

impl json::FromJson for UpdateClouddcnSubnetResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            clouddcn_subnet: json::take(&mut map, "clouddcn_subnet")?,
        })
    }
}

/// JSON model `UpdateFirewallOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFirewallOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
}

impl UpdateFirewallOption {
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

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateFirewallOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "admin_state_up", &self.admin_state_up);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_firewall`](super::VpcClient::update_firewall): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFirewallRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateFirewallRequestBody>,
}

impl UpdateFirewallRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateFirewallRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateFirewallRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFirewallRequestBody {
    /// Required JSON field `firewall`.
    pub firewall: UpdateFirewallOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl UpdateFirewallRequestBody {
    /// Sets the `firewall` field.
    #[must_use]
    pub fn with_firewall(mut self, value: UpdateFirewallOption) -> Self {
        self.firewall = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateFirewallRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall", &self.firewall);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_firewall`](super::VpcClient::update_firewall): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFirewallResponse {
    /// JSON field `firewall`.
    pub firewall: ::std::option::Option<FirewallDetail>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UpdateFirewallResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall: json::take(&mut map, "firewall")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// Request of [`VpcClient::update_firewall_rules`](super::VpcClient::update_firewall_rules): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/update-rules`.
///
/// Required fields: `firewall_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFirewallRulesRequest {
    /// Required path parameter `firewall_id`.
    pub firewall_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateFirewallRulesRequestBody>,
}

impl UpdateFirewallRulesRequest {
    /// Sets the `firewall_id` field.
    #[must_use]
    pub fn with_firewall_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateFirewallRulesRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateFirewallRulesRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFirewallRulesRequestBody {
    /// Required JSON field `firewall`.
    pub firewall: FirewallUpdateRuleOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl UpdateFirewallRulesRequestBody {
    /// Sets the `firewall` field.
    #[must_use]
    pub fn with_firewall(mut self, value: FirewallUpdateRuleOption) -> Self {
        self.firewall = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateFirewallRulesRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall", &self.firewall);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_firewall_rules`](super::VpcClient::update_firewall_rules): `PUT /v3/{project_id}/vpc/firewalls/{firewall_id}/update-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFirewallRulesResponse {
    /// JSON field `firewall`.
    pub firewall: ::std::option::Option<FirewallDetail>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UpdateFirewallRulesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall: json::take(&mut map, "firewall")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `UpdateSecurityGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSecurityGroupOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdateSecurityGroupOption {
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

impl json::ToJson for UpdateSecurityGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_security_group`](super::VpcClient::update_security_group): `PUT /v3/{project_id}/vpc/security-groups/{security_group_id}`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSecurityGroupRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateSecurityGroupRequestBody>,
}

impl UpdateSecurityGroupRequest {
    /// Sets the `security_group_id` field.
    #[must_use]
    pub fn with_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateSecurityGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateSecurityGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSecurityGroupRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `security_group`.
    pub security_group: UpdateSecurityGroupOption,
}

impl UpdateSecurityGroupRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_group` field.
    #[must_use]
    pub fn with_security_group(mut self, value: UpdateSecurityGroupOption) -> Self {
        self.security_group = value;
        self
    }
}

impl json::ToJson for UpdateSecurityGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "security_group", &self.security_group);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_security_group`](super::VpcClient::update_security_group): `PUT /v3/{project_id}/vpc/security-groups/{security_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSecurityGroupResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `security_group`.
    pub security_group: ::std::option::Option<SecurityGroupInfo>,
}

impl json::FromJson for UpdateSecurityGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            security_group: json::take(&mut map, "security_group")?,
        })
    }
}

/// JSON model `UpdateSubNetworkInterfaceOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSubNetworkInterfaceOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::option::Option<::std::vec::Vec<AllowedAddressPair>>,
}

impl UpdateSubNetworkInterfaceOption {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allowed_address_pairs` field.
    #[must_use]
    pub fn with_allowed_address_pairs(
        mut self,
        value: ::std::vec::Vec<AllowedAddressPair>,
    ) -> Self {
        self.allowed_address_pairs = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateSubNetworkInterfaceOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(
            &mut map,
            "allowed_address_pairs",
            &self.allowed_address_pairs,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_sub_network_interface`](super::VpcClient::update_sub_network_interface): `PUT /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
///
/// Required fields: `sub_network_interface_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSubNetworkInterfaceRequest {
    /// Required path parameter `sub_network_interface_id`.
    pub sub_network_interface_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateSubNetworkInterfaceRequestBody>,
}

impl UpdateSubNetworkInterfaceRequest {
    /// Sets the `sub_network_interface_id` field.
    #[must_use]
    pub fn with_sub_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sub_network_interface_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateSubNetworkInterfaceRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateSubNetworkInterfaceRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSubNetworkInterfaceRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `sub_network_interface`.
    pub sub_network_interface: UpdateSubNetworkInterfaceOption,
}

impl UpdateSubNetworkInterfaceRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `sub_network_interface` field.
    #[must_use]
    pub fn with_sub_network_interface(mut self, value: UpdateSubNetworkInterfaceOption) -> Self {
        self.sub_network_interface = value;
        self
    }
}

impl json::ToJson for UpdateSubNetworkInterfaceRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(
            &mut map,
            "sub_network_interface",
            &self.sub_network_interface,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_sub_network_interface`](super::VpcClient::update_sub_network_interface): `PUT /v3/{project_id}/vpc/sub-network-interfaces/{sub_network_interface_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSubNetworkInterfaceResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_network_interface`.
    pub sub_network_interface: ::std::option::Option<SubNetworkInterface>,
}

impl json::FromJson for UpdateSubNetworkInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            sub_network_interface: json::take(&mut map, "sub_network_interface")?,
        })
    }
}

/// JSON model `UpdateTrafficMirrorFilterOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorFilterOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl UpdateTrafficMirrorFilterOption {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateTrafficMirrorFilterOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_traffic_mirror_filter`](super::VpcClient::update_traffic_mirror_filter): `PUT /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
///
/// Required fields: `traffic_mirror_filter_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorFilterRequest {
    /// Required path parameter `traffic_mirror_filter_id`.
    pub traffic_mirror_filter_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateTrafficMirrorFilterRequestBody>,
}

impl UpdateTrafficMirrorFilterRequest {
    /// Sets the `traffic_mirror_filter_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateTrafficMirrorFilterRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateTrafficMirrorFilterRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorFilterRequestBody {
    /// Required JSON field `traffic_mirror_filter`.
    pub traffic_mirror_filter: UpdateTrafficMirrorFilterOption,
}

impl UpdateTrafficMirrorFilterRequestBody {
    /// Sets the `traffic_mirror_filter` field.
    #[must_use]
    pub fn with_traffic_mirror_filter(mut self, value: UpdateTrafficMirrorFilterOption) -> Self {
        self.traffic_mirror_filter = value;
        self
    }
}

impl json::ToJson for UpdateTrafficMirrorFilterRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "traffic_mirror_filter",
            &self.traffic_mirror_filter,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_traffic_mirror_filter`](super::VpcClient::update_traffic_mirror_filter): `PUT /v3/{project_id}/vpc/traffic-mirror-filters/{traffic_mirror_filter_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorFilterResponse {
    /// JSON field `traffic_mirror_filter`.
    pub traffic_mirror_filter: ::std::option::Option<TrafficMirrorFilter>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UpdateTrafficMirrorFilterResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_filter: json::take(&mut map, "traffic_mirror_filter")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `UpdateTrafficMirrorFilterRuleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorFilterRuleOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `protocol`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// JSON field `ethertype`.
    pub ethertype: ::std::option::Option<::std::string::String>,
    /// JSON field `source_cidr_block`.
    pub source_cidr_block: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_cidr_block`.
    pub destination_cidr_block: ::std::option::Option<::std::string::String>,
    /// JSON field `source_port_range`.
    pub source_port_range: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_port_range`.
    pub destination_port_range: ::std::option::Option<::std::string::String>,
    /// JSON field `priority`.
    pub priority: ::std::option::Option<i64>,
    /// JSON field `action`.
    pub action: ::std::option::Option<::std::string::String>,
}

impl UpdateTrafficMirrorFilterRuleOption {
    /// Sets the `description` field.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ethertype` field.
    #[must_use]
    pub fn with_ethertype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ethertype = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_cidr_block` field.
    #[must_use]
    pub fn with_source_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_cidr_block = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_cidr_block` field.
    #[must_use]
    pub fn with_destination_cidr_block(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_cidr_block = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_port_range` field.
    #[must_use]
    pub fn with_source_port_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination_port_range` field.
    #[must_use]
    pub fn with_destination_port_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `priority` field.
    #[must_use]
    pub fn with_priority(mut self, value: i64) -> Self {
        self.priority = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateTrafficMirrorFilterRuleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "ethertype", &self.ethertype);
        json::put(&mut map, "source_cidr_block", &self.source_cidr_block);
        json::put(
            &mut map,
            "destination_cidr_block",
            &self.destination_cidr_block,
        );
        json::put(&mut map, "source_port_range", &self.source_port_range);
        json::put(
            &mut map,
            "destination_port_range",
            &self.destination_port_range,
        );
        json::put(&mut map, "priority", &self.priority);
        json::put(&mut map, "action", &self.action);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_traffic_mirror_filter_rule`](super::VpcClient::update_traffic_mirror_filter_rule): `PUT /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
///
/// Required fields: `traffic_mirror_filter_rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorFilterRuleRequest {
    /// Required path parameter `traffic_mirror_filter_rule_id`.
    pub traffic_mirror_filter_rule_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateTrafficMirrorFilterRuleRequestBody>,
}

impl UpdateTrafficMirrorFilterRuleRequest {
    /// Sets the `traffic_mirror_filter_rule_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_rule_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_rule_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateTrafficMirrorFilterRuleRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateTrafficMirrorFilterRuleRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorFilterRuleRequestBody {
    /// Required JSON field `traffic_mirror_filter_rule`.
    pub traffic_mirror_filter_rule: UpdateTrafficMirrorFilterRuleOption,
}

impl UpdateTrafficMirrorFilterRuleRequestBody {
    /// Sets the `traffic_mirror_filter_rule` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_rule(
        mut self,
        value: UpdateTrafficMirrorFilterRuleOption,
    ) -> Self {
        self.traffic_mirror_filter_rule = value;
        self
    }
}

impl json::ToJson for UpdateTrafficMirrorFilterRuleRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "traffic_mirror_filter_rule",
            &self.traffic_mirror_filter_rule,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_traffic_mirror_filter_rule`](super::VpcClient::update_traffic_mirror_filter_rule): `PUT /v3/{project_id}/vpc/traffic-mirror-filter-rules/{traffic_mirror_filter_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorFilterRuleResponse {
    /// JSON field `traffic_mirror_filter_rule`.
    pub traffic_mirror_filter_rule: ::std::option::Option<TrafficMirrorFilterRule>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UpdateTrafficMirrorFilterRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_filter_rule: json::take(&mut map, "traffic_mirror_filter_rule")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `UpdateTrafficMirrorSessionOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorSessionOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `traffic_mirror_filter_id`.
    pub traffic_mirror_filter_id: ::std::option::Option<::std::string::String>,
    /// JSON field `traffic_mirror_target_id`.
    pub traffic_mirror_target_id: ::std::option::Option<::std::string::String>,
    /// JSON field `traffic_mirror_target_type`.
    pub traffic_mirror_target_type: ::std::option::Option<::std::string::String>,
    /// JSON field `virtual_network_id`.
    pub virtual_network_id: ::std::option::Option<i64>,
    /// JSON field `packet_length`.
    pub packet_length: ::std::option::Option<i64>,
    /// JSON field `priority`.
    pub priority: ::std::option::Option<i64>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<::std::string::String>,
}

impl UpdateTrafficMirrorSessionOption {
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

    /// Sets the `traffic_mirror_filter_id` field.
    #[must_use]
    pub fn with_traffic_mirror_filter_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_filter_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `traffic_mirror_target_id` field.
    #[must_use]
    pub fn with_traffic_mirror_target_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_target_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `traffic_mirror_target_type` field.
    #[must_use]
    pub fn with_traffic_mirror_target_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_target_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `virtual_network_id` field.
    #[must_use]
    pub fn with_virtual_network_id(mut self, value: i64) -> Self {
        self.virtual_network_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `packet_length` field.
    #[must_use]
    pub fn with_packet_length(mut self, value: i64) -> Self {
        self.packet_length = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `priority` field.
    #[must_use]
    pub fn with_priority(mut self, value: i64) -> Self {
        self.priority = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateTrafficMirrorSessionOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(
            &mut map,
            "traffic_mirror_filter_id",
            &self.traffic_mirror_filter_id,
        );
        json::put(
            &mut map,
            "traffic_mirror_target_id",
            &self.traffic_mirror_target_id,
        );
        json::put(
            &mut map,
            "traffic_mirror_target_type",
            &self.traffic_mirror_target_type,
        );
        json::put(&mut map, "virtual_network_id", &self.virtual_network_id);
        json::put(&mut map, "packet_length", &self.packet_length);
        json::put(&mut map, "priority", &self.priority);
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_traffic_mirror_session`](super::VpcClient::update_traffic_mirror_session): `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
///
/// Required fields: `traffic_mirror_session_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorSessionRequest {
    /// Required path parameter `traffic_mirror_session_id`.
    pub traffic_mirror_session_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateTrafficMirrorSessionRequestBody>,
}

impl UpdateTrafficMirrorSessionRequest {
    /// Sets the `traffic_mirror_session_id` field.
    #[must_use]
    pub fn with_traffic_mirror_session_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_mirror_session_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateTrafficMirrorSessionRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateTrafficMirrorSessionRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorSessionRequestBody {
    /// Required JSON field `traffic_mirror_session`.
    pub traffic_mirror_session: UpdateTrafficMirrorSessionOption,
}

impl UpdateTrafficMirrorSessionRequestBody {
    /// Sets the `traffic_mirror_session` field.
    #[must_use]
    pub fn with_traffic_mirror_session(mut self, value: UpdateTrafficMirrorSessionOption) -> Self {
        self.traffic_mirror_session = value;
        self
    }
}

impl json::ToJson for UpdateTrafficMirrorSessionRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "traffic_mirror_session",
            &self.traffic_mirror_session,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_traffic_mirror_session`](super::VpcClient::update_traffic_mirror_session): `PUT /v3/{project_id}/vpc/traffic-mirror-sessions/{traffic_mirror_session_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTrafficMirrorSessionResponse {
    /// JSON field `traffic_mirror_session`.
    pub traffic_mirror_session: ::std::option::Option<TrafficMirrorSession>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UpdateTrafficMirrorSessionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            traffic_mirror_session: json::take(&mut map, "traffic_mirror_session")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `UpdateVirsubnetCidrReservationOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVirsubnetCidrReservationOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdateVirsubnetCidrReservationOption {
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

impl json::ToJson for UpdateVirsubnetCidrReservationOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_virsubnet_cidr_reservation`](super::VpcClient::update_virsubnet_cidr_reservation): `PUT /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
///
/// Required fields: `virsubnet_cidr_reservation_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVirsubnetCidrReservationRequest {
    /// Required path parameter `virsubnet_cidr_reservation_id`.
    pub virsubnet_cidr_reservation_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateVirsubnetCidrReservationRequestBody>,
}

impl UpdateVirsubnetCidrReservationRequest {
    /// Sets the `virsubnet_cidr_reservation_id` field.
    #[must_use]
    pub fn with_virsubnet_cidr_reservation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virsubnet_cidr_reservation_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateVirsubnetCidrReservationRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateVirsubnetCidrReservationRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVirsubnetCidrReservationRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `virsubnet_cidr_reservation`.
    pub virsubnet_cidr_reservation: UpdateVirsubnetCidrReservationOption,
}

impl UpdateVirsubnetCidrReservationRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `virsubnet_cidr_reservation` field.
    #[must_use]
    pub fn with_virsubnet_cidr_reservation(
        mut self,
        value: UpdateVirsubnetCidrReservationOption,
    ) -> Self {
        self.virsubnet_cidr_reservation = value;
        self
    }
}

impl json::ToJson for UpdateVirsubnetCidrReservationRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(
            &mut map,
            "virsubnet_cidr_reservation",
            &self.virsubnet_cidr_reservation,
        );
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_virsubnet_cidr_reservation`](super::VpcClient::update_virsubnet_cidr_reservation): `PUT /v3/{project_id}/vpc/virsubnet-cidr-reservations/{virsubnet_cidr_reservation_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVirsubnetCidrReservationResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `virsubnet_cidr_reservation`.
    pub virsubnet_cidr_reservation: ::std::option::Option<VirsubnetCidrReservation>,
}

impl json::FromJson for UpdateVirsubnetCidrReservationResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            virsubnet_cidr_reservation: json::take(&mut map, "virsubnet_cidr_reservation")?,
        })
    }
}

/// JSON model `UpdateVpcOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVpcOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdateVpcOption {
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

impl json::ToJson for UpdateVpcOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_vpc`](super::VpcClient::update_vpc): `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}`.
///
/// Required fields: `vpc_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVpcRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateVpcRequestBody>,
}

impl UpdateVpcRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateVpcRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateVpcRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVpcRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `vpc`.
    pub vpc: UpdateVpcOption,
}

impl UpdateVpcRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `vpc` field.
    #[must_use]
    pub fn with_vpc(mut self, value: UpdateVpcOption) -> Self {
        self.vpc = value;
        self
    }
}

impl json::ToJson for UpdateVpcRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "vpc", &self.vpc);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_vpc`](super::VpcClient::update_vpc): `PUT /v3/{project_id}/vpc/vpcs/{vpc_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVpcResponse {
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
    /// JSON field `error_msg`.
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// JSON field `error_code`.
    pub error_code: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UpdateVpcResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            request_id: json::take(&mut map, "request_id")?,
            error_msg: json::take(&mut map, "error_msg")?,
            error_code: json::take(&mut map, "error_code")?,
        })
    }
}

/// JSON model `Virsubnet`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Virsubnet {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `dns_nameservers`.
    pub dns_nameservers: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `zone_id`.
    pub zone_id: ::std::string::String,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `scope`.
    pub scope: ::std::string::String,
    /// Required JSON field `subnet_cidrs`.
    pub subnet_cidrs: ::std::vec::Vec<SubnetCidr>,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResponseTag>,
    /// Required JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::vec::Vec<SubnetExtraDhcpOpt>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for Virsubnet {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            dns_nameservers: json::take(&mut map, "dns_nameservers")?,
            zone_id: json::take(&mut map, "zone_id")?,
            vpc_id: json::take(&mut map, "vpc_id")?,
            status: json::take(&mut map, "status")?,
            project_id: json::take(&mut map, "project_id")?,
            scope: json::take(&mut map, "scope")?,
            subnet_cidrs: json::take(&mut map, "subnet_cidrs")?,
            tags: json::take(&mut map, "tags")?,
            extra_dhcp_opts: json::take(&mut map, "extra_dhcp_opts")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `VirsubnetCidrReservation`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VirsubnetCidrReservation {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `virsubnet_id`.
    pub virsubnet_id: ::std::string::String,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `ip_version`.
    pub ip_version: i64,
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for VirsubnetCidrReservation {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            virsubnet_id: json::take(&mut map, "virsubnet_id")?,
            vpc_id: json::take(&mut map, "vpc_id")?,
            ip_version: json::take(&mut map, "ip_version")?,
            cidr: json::take(&mut map, "cidr")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `Vpc`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Vpc {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// Required JSON field `extend_cidrs`.
    pub extend_cidrs: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `cloud_resources`.
    pub cloud_resources: ::std::vec::Vec<CloudResource>,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<Tag>,
    /// Required JSON field `block_service_endpoint_states`.
    pub block_service_endpoint_states: ::std::string::String,
    /// Required JSON field `enable_network_address_usage_metrics`.
    pub enable_network_address_usage_metrics: bool,
}

impl json::FromJson for Vpc {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            cidr: json::take(&mut map, "cidr")?,
            extend_cidrs: json::take(&mut map, "extend_cidrs")?,
            status: json::take(&mut map, "status")?,
            project_id: json::take(&mut map, "project_id")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            cloud_resources: json::take(&mut map, "cloud_resources")?,
            tags: json::take(&mut map, "tags")?,
            block_service_endpoint_states: json::take(&mut map, "block_service_endpoint_states")?,
            enable_network_address_usage_metrics: json::take(
                &mut map,
                "enable_network_address_usage_metrics",
            )?,
        })
    }
}

/// JSON model `VpcQuotas`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VpcQuotas {
    /// JSON field `acl_policy_contain_rules`.
    pub acl_policy_contain_rules: ::std::option::Option<i64>,
    /// JSON field `address_group`.
    pub address_group: ::std::option::Option<i64>,
    /// JSON field `address_group_contain_ipset`.
    pub address_group_contain_ipset: ::std::option::Option<i64>,
    /// JSON field `clouddcn_firewall_group`.
    pub clouddcn_firewall_group: ::std::option::Option<i64>,
    /// JSON field `clouddcn_acl_policy_contain_rules`.
    pub clouddcn_acl_policy_contain_rules: ::std::option::Option<i64>,
    /// JSON field `edge_gateway`.
    pub edge_gateway: ::std::option::Option<i64>,
    /// JSON field `eni_contain_secgroup`.
    pub eni_contain_secgroup: ::std::option::Option<i64>,
    /// JSON field `firewall_policy_contain_ipv4_composite_rules`.
    pub firewall_policy_contain_ipv4_composite_rules: ::std::option::Option<i64>,
    /// JSON field `firewall_policy_contain_ipv6_composite_rules`.
    pub firewall_policy_contain_ipv6_composite_rules: ::std::option::Option<i64>,
    /// JSON field `forward_policy`.
    pub forward_policy: ::std::option::Option<i64>,
    /// JSON field `forward_policy_contain_ports`.
    pub forward_policy_contain_ports: ::std::option::Option<i64>,
    /// JSON field `forward_rule`.
    pub forward_rule: ::std::option::Option<i64>,
    /// JSON field `peering`.
    pub peering: ::std::option::Option<i64>,
    /// JSON field `roce_cluster_contain_networks`.
    pub roce_cluster_contain_networks: ::std::option::Option<i64>,
    /// JSON field `rtb_allow_sys_cidr_routes`.
    pub rtb_allow_sys_cidr_routes: ::std::option::Option<i64>,
    /// JSON field `shared_bandwidth`.
    pub shared_bandwidth: ::std::option::Option<i64>,
    /// JSON field `shared_bandwidth_contain_publicip`.
    pub shared_bandwidth_contain_publicip: ::std::option::Option<i64>,
    /// JSON field `secgroup_contain_rules`.
    pub secgroup_contain_rules: ::std::option::Option<i64>,
    /// JSON field `secgroup_referred_by_nic`.
    pub secgroup_referred_by_nic: ::std::option::Option<i64>,
    /// JSON field `security_group`.
    pub security_group: ::std::option::Option<i64>,
    /// JSON field `security_group_contain_egress_ipv4_composite_rules`.
    pub security_group_contain_egress_ipv4_composite_rules: ::std::option::Option<i64>,
    /// JSON field `security_group_contain_egress_ipv6_composite_rules`.
    pub security_group_contain_egress_ipv6_composite_rules: ::std::option::Option<i64>,
    /// JSON field `security_group_contain_ingress_ipv4_composite_rules`.
    pub security_group_contain_ingress_ipv4_composite_rules: ::std::option::Option<i64>,
    /// JSON field `security_group_contain_ingress_ipv6_composite_rules`.
    pub security_group_contain_ingress_ipv6_composite_rules: ::std::option::Option<i64>,
    /// JSON field `security_group_rule`.
    pub security_group_rule: ::std::option::Option<i64>,
    /// JSON field `subnet_contain_eni`.
    pub subnet_contain_eni: ::std::option::Option<i64>,
    /// JSON field `traffic_mirror_filter`.
    pub traffic_mirror_filter: ::std::option::Option<i64>,
    /// JSON field `traffic_mirror_filter_referred_by_session`.
    pub traffic_mirror_filter_referred_by_session: ::std::option::Option<i64>,
    /// JSON field `traffic_mirror_filter_contain_rules_each_direction`.
    pub traffic_mirror_filter_contain_rules_each_direction: ::std::option::Option<i64>,
    /// JSON field `traffic_mirror_session`.
    pub traffic_mirror_session: ::std::option::Option<i64>,
    /// JSON field `traffic_mirror_session_contain_sources`.
    pub traffic_mirror_session_contain_sources: ::std::option::Option<i64>,
    /// JSON field `traffic_mirror_source_referred_by_session`.
    pub traffic_mirror_source_referred_by_session: ::std::option::Option<i64>,
    /// JSON field `traffic_mirror_target_elb_referred_by_session`.
    pub traffic_mirror_target_elb_referred_by_session: ::std::option::Option<i64>,
    /// JSON field `traffic_mirror_target_eni_referred_by_session`.
    pub traffic_mirror_target_eni_referred_by_session: ::std::option::Option<i64>,
    /// JSON field `vip`.
    pub vip: ::std::option::Option<i64>,
    /// JSON field `virsubnet`.
    pub virsubnet: ::std::option::Option<i64>,
    /// JSON field `virsubnet_contain_ipv4_cidr_reservations`.
    pub virsubnet_contain_ipv4_cidr_reservations: ::std::option::Option<i64>,
    /// JSON field `virsubnet_contain_ipv6_cidr_reservations`.
    pub virsubnet_contain_ipv6_cidr_reservations: ::std::option::Option<i64>,
    /// JSON field `vpc`.
    pub vpc: ::std::option::Option<i64>,
    /// JSON field `vpc_contain_eni`.
    pub vpc_contain_eni: ::std::option::Option<i64>,
    /// JSON field `vpc_contain_vip`.
    pub vpc_contain_vip: ::std::option::Option<i64>,
    /// JSON field `vpc_contain_virsubnet`.
    pub vpc_contain_virsubnet: ::std::option::Option<i64>,
}

impl json::FromJson for VpcQuotas {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            acl_policy_contain_rules: json::take(&mut map, "acl_policy_contain_rules")?,
            address_group: json::take(&mut map, "address_group")?,
            address_group_contain_ipset: json::take(&mut map, "address_group_contain_ipset")?,
            clouddcn_firewall_group: json::take(&mut map, "clouddcn_firewall_group")?,
            clouddcn_acl_policy_contain_rules: json::take(
                &mut map,
                "clouddcn_acl_policy_contain_rules",
            )?,
            edge_gateway: json::take(&mut map, "edge_gateway")?,
            eni_contain_secgroup: json::take(&mut map, "eni_contain_secgroup")?,
            firewall_policy_contain_ipv4_composite_rules: json::take(
                &mut map,
                "firewall_policy_contain_ipv4_composite_rules",
            )?,
            firewall_policy_contain_ipv6_composite_rules: json::take(
                &mut map,
                "firewall_policy_contain_ipv6_composite_rules",
            )?,
            forward_policy: json::take(&mut map, "forward_policy")?,
            forward_policy_contain_ports: json::take(&mut map, "forward_policy_contain_ports")?,
            forward_rule: json::take(&mut map, "forward_rule")?,
            peering: json::take(&mut map, "peering")?,
            roce_cluster_contain_networks: json::take(&mut map, "roce_cluster_contain_networks")?,
            rtb_allow_sys_cidr_routes: json::take(&mut map, "rtb_allow_sys_cidr_routes")?,
            shared_bandwidth: json::take(&mut map, "shared_bandwidth")?,
            shared_bandwidth_contain_publicip: json::take(
                &mut map,
                "shared_bandwidth_contain_publicip",
            )?,
            secgroup_contain_rules: json::take(&mut map, "secgroup_contain_rules")?,
            secgroup_referred_by_nic: json::take(&mut map, "secgroup_referred_by_nic")?,
            security_group: json::take(&mut map, "security_group")?,
            security_group_contain_egress_ipv4_composite_rules: json::take(
                &mut map,
                "security_group_contain_egress_ipv4_composite_rules",
            )?,
            security_group_contain_egress_ipv6_composite_rules: json::take(
                &mut map,
                "security_group_contain_egress_ipv6_composite_rules",
            )?,
            security_group_contain_ingress_ipv4_composite_rules: json::take(
                &mut map,
                "security_group_contain_ingress_ipv4_composite_rules",
            )?,
            security_group_contain_ingress_ipv6_composite_rules: json::take(
                &mut map,
                "security_group_contain_ingress_ipv6_composite_rules",
            )?,
            security_group_rule: json::take(&mut map, "security_group_rule")?,
            subnet_contain_eni: json::take(&mut map, "subnet_contain_eni")?,
            traffic_mirror_filter: json::take(&mut map, "traffic_mirror_filter")?,
            traffic_mirror_filter_referred_by_session: json::take(
                &mut map,
                "traffic_mirror_filter_referred_by_session",
            )?,
            traffic_mirror_filter_contain_rules_each_direction: json::take(
                &mut map,
                "traffic_mirror_filter_contain_rules_each_direction",
            )?,
            traffic_mirror_session: json::take(&mut map, "traffic_mirror_session")?,
            traffic_mirror_session_contain_sources: json::take(
                &mut map,
                "traffic_mirror_session_contain_sources",
            )?,
            traffic_mirror_source_referred_by_session: json::take(
                &mut map,
                "traffic_mirror_source_referred_by_session",
            )?,
            traffic_mirror_target_elb_referred_by_session: json::take(
                &mut map,
                "traffic_mirror_target_elb_referred_by_session",
            )?,
            traffic_mirror_target_eni_referred_by_session: json::take(
                &mut map,
                "traffic_mirror_target_eni_referred_by_session",
            )?,
            vip: json::take(&mut map, "vip")?,
            virsubnet: json::take(&mut map, "virsubnet")?,
            virsubnet_contain_ipv4_cidr_reservations: json::take(
                &mut map,
                "virsubnet_contain_ipv4_cidr_reservations",
            )?,
            virsubnet_contain_ipv6_cidr_reservations: json::take(
                &mut map,
                "virsubnet_contain_ipv6_cidr_reservations",
            )?,
            vpc: json::take(&mut map, "vpc")?,
            vpc_contain_eni: json::take(&mut map, "vpc_contain_eni")?,
            vpc_contain_vip: json::take(&mut map, "vpc_contain_vip")?,
            vpc_contain_virsubnet: json::take(&mut map, "vpc_contain_virsubnet")?,
        })
    }
}
