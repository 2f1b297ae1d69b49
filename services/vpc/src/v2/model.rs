//! Request, response and data types of the VPC v2 API.
//!
//! Request types and the models inside request bodies implement `Default` and have a
//! `with_*` setter per field. Types without `Default` have a `new` taking their required
//! fields. All types are `#[non_exhaustive]`, so new API fields are not breaking.

use huaweicloud_sdk_core::json;

/// Request of [`VpcClient::accept_vpc_peering`](super::VpcClient::accept_vpc_peering): `PUT /v2.0/vpc/peerings/{peering_id}/accept`.
///
/// Required fields: `peering_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AcceptVpcPeeringRequest {
    /// Required path parameter `peering_id`.
    pub peering_id: ::std::string::String,
}

impl AcceptVpcPeeringRequest {
    /// Sets the `peering_id` field.
    #[must_use]
    pub fn with_peering_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.peering_id = value.into();
        self
    }
}

/// Response of [`VpcClient::accept_vpc_peering`](super::VpcClient::accept_vpc_peering): `PUT /v2.0/vpc/peerings/{peering_id}/accept`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AcceptVpcPeeringResponse {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `request_vpc_info`.
    pub request_vpc_info: ::std::option::Option<VpcInfo>,
    /// JSON field `accept_vpc_info`.
    pub accept_vpc_info: ::std::option::Option<VpcInfo>,
    /// JSON field `created_at`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// JSON field `updated_at`.
    pub updated_at: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AcceptVpcPeeringResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            status: json::take(&mut map, "status")?,
            request_vpc_info: json::take(&mut map, "request_vpc_info")?,
            accept_vpc_info: json::take(&mut map, "accept_vpc_info")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `AddRouteTableRoute`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddRouteTableRoute {
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `destination`.
    pub destination: ::std::string::String,
    /// Required JSON field `nexthop`.
    pub nexthop: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl AddRouteTableRoute {
    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets the `destination` field.
    #[must_use]
    pub fn with_destination(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination = value.into();
        self
    }

    /// Sets the `nexthop` field.
    #[must_use]
    pub fn with_nexthop(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nexthop = value.into();
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

impl json::ToJson for AddRouteTableRoute {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "destination", &self.destination);
        json::put(&mut map, "nexthop", &self.nexthop);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// JSON model `AllocationPool`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllocationPool {
    /// JSON field `end`.
    pub end: ::std::option::Option<::std::string::String>,
    /// JSON field `start`.
    pub start: ::std::option::Option<::std::string::String>,
}

impl AllocationPool {
    /// Sets the `end` field.
    #[must_use]
    pub fn with_end(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `start` field.
    #[must_use]
    pub fn with_start(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AllocationPool {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "end", &self.end);
        json::put(&mut map, "start", &self.start);
        json::Value::Object(map)
    }
}

impl json::FromJson for AllocationPool {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            end: json::take(&mut map, "end")?,
            start: json::take(&mut map, "start")?,
        })
    }
}

/// JSON model `AllowedAddressPair`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AllowedAddressPair {
    /// Required JSON field `ip_address`.
    pub ip_address: ::std::string::String,
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
        self.ip_address = value.into();
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

/// JSON model `AsscoiateReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AsscoiateReq {
    /// Required JSON field `subnets`.
    pub subnets: AssociateRouteTableAndSubnetReq,
}

impl AsscoiateReq {
    /// Sets the `subnets` field.
    #[must_use]
    pub fn with_subnets(mut self, value: AssociateRouteTableAndSubnetReq) -> Self {
        self.subnets = value;
        self
    }
}

impl json::ToJson for AsscoiateReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnets", &self.subnets);
        json::Value::Object(map)
    }
}

/// JSON model `AssociateRouteTableAndSubnetReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateRouteTableAndSubnetReq {
    /// JSON field `associate`.
    pub associate: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `disassociate`.
    pub disassociate: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl AssociateRouteTableAndSubnetReq {
    /// Sets the `associate` field.
    #[must_use]
    pub fn with_associate(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.associate = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `disassociate` field.
    #[must_use]
    pub fn with_disassociate(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.disassociate = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AssociateRouteTableAndSubnetReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "associate", &self.associate);
        json::put(&mut map, "disassociate", &self.disassociate);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::associate_route_table`](super::VpcClient::associate_route_table): `POST /v1/{project_id}/routetables/{routetable_id}/action`.
///
/// Required fields: `routetable_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateRouteTableRequest {
    /// Required path parameter `routetable_id`.
    pub routetable_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RoutetableAssociateReqbody>,
}

impl AssociateRouteTableRequest {
    /// Sets the `routetable_id` field.
    #[must_use]
    pub fn with_routetable_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.routetable_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RoutetableAssociateReqbody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::associate_route_table`](super::VpcClient::associate_route_table): `POST /v1/{project_id}/routetables/{routetable_id}/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateRouteTableResponse {
    /// JSON field `routetable`.
    pub routetable: ::std::option::Option<RouteTableResp>,
}

impl json::FromJson for AssociateRouteTableResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            routetable: json::take(&mut map, "routetable")?,
        })
    }
}

/// Request of [`VpcClient::batch_create_security_group_tags`](super::VpcClient::batch_create_security_group_tags): `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags/action`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSecurityGroupTagsRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateSecurityGroupTagsRequestBody>,
}

impl BatchCreateSecurityGroupTagsRequest {
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
    pub fn with_body(mut self, value: BatchCreateSecurityGroupTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchCreateSecurityGroupTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSecurityGroupTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl BatchCreateSecurityGroupTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchCreateSecurityGroupTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_create_security_group_tags`](super::VpcClient::batch_create_security_group_tags): `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSecurityGroupTagsResponse {}

impl json::FromJson for BatchCreateSecurityGroupTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::batch_create_subnet_tags`](super::VpcClient::batch_create_subnet_tags): `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`.
///
/// Required fields: `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSubnetTagsRequest {
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateSubnetTagsRequestBody>,
}

impl BatchCreateSubnetTagsRequest {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreateSubnetTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchCreateSubnetTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSubnetTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl BatchCreateSubnetTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchCreateSubnetTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_create_subnet_tags`](super::VpcClient::batch_create_subnet_tags): `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSubnetTagsResponse {}

impl json::FromJson for BatchCreateSubnetTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::batch_create_vpc_tags`](super::VpcClient::batch_create_vpc_tags): `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`.
///
/// Required fields: `vpc_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateVpcTagsRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateVpcTagsRequestBody>,
}

impl BatchCreateVpcTagsRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreateVpcTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchCreateVpcTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateVpcTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl BatchCreateVpcTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchCreateVpcTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_create_vpc_tags`](super::VpcClient::batch_create_vpc_tags): `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateVpcTagsResponse {}

impl json::FromJson for BatchCreateVpcTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::batch_delete_security_group_tags`](super::VpcClient::batch_delete_security_group_tags): `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags/action`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSecurityGroupTagsRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteSecurityGroupTagsRequestBody>,
}

impl BatchDeleteSecurityGroupTagsRequest {
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
    pub fn with_body(mut self, value: BatchDeleteSecurityGroupTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchDeleteSecurityGroupTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSecurityGroupTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl BatchDeleteSecurityGroupTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchDeleteSecurityGroupTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_delete_security_group_tags`](super::VpcClient::batch_delete_security_group_tags): `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSecurityGroupTagsResponse {}

impl json::FromJson for BatchDeleteSecurityGroupTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::batch_delete_subnet_tags`](super::VpcClient::batch_delete_subnet_tags): `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`.
///
/// Required fields: `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSubnetTagsRequest {
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteSubnetTagsRequestBody>,
}

impl BatchDeleteSubnetTagsRequest {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeleteSubnetTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchDeleteSubnetTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSubnetTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl BatchDeleteSubnetTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchDeleteSubnetTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_delete_subnet_tags`](super::VpcClient::batch_delete_subnet_tags): `POST /v2.0/{project_id}/subnets/{subnet_id}/tags/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSubnetTagsResponse {}

impl json::FromJson for BatchDeleteSubnetTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::batch_delete_vpc_tags`](super::VpcClient::batch_delete_vpc_tags): `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`.
///
/// Required fields: `vpc_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteVpcTagsRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteVpcTagsRequestBody>,
}

impl BatchDeleteVpcTagsRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeleteVpcTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchDeleteVpcTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteVpcTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
}

impl BatchDeleteVpcTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchDeleteVpcTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::batch_delete_vpc_tags`](super::VpcClient::batch_delete_vpc_tags): `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteVpcTagsResponse {}

impl json::FromJson for BatchDeleteVpcTagsResponse {
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

/// JSON model `CreateFlowLogReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFlowLogReq {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `resource_type`.
    pub resource_type: ::std::string::String,
    /// Required JSON field `resource_id`.
    pub resource_id: ::std::string::String,
    /// Required JSON field `traffic_type`.
    pub traffic_type: ::std::string::String,
    /// Required JSON field `log_group_id`.
    pub log_group_id: ::std::string::String,
    /// Required JSON field `log_topic_id`.
    pub log_topic_id: ::std::string::String,
    /// JSON field `index_enabled`.
    pub index_enabled: ::std::option::Option<bool>,
}

impl CreateFlowLogReq {
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

    /// Sets the `resource_type` field.
    #[must_use]
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = value.into();
        self
    }

    /// Sets the `resource_id` field.
    #[must_use]
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = value.into();
        self
    }

    /// Sets the `traffic_type` field.
    #[must_use]
    pub fn with_traffic_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_type = value.into();
        self
    }

    /// Sets the `log_group_id` field.
    #[must_use]
    pub fn with_log_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_id = value.into();
        self
    }

    /// Sets the `log_topic_id` field.
    #[must_use]
    pub fn with_log_topic_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_topic_id = value.into();
        self
    }

    /// Sets the `index_enabled` field.
    #[must_use]
    pub fn with_index_enabled(mut self, value: bool) -> Self {
        self.index_enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateFlowLogReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "resource_type", &self.resource_type);
        json::put(&mut map, "resource_id", &self.resource_id);
        json::put(&mut map, "traffic_type", &self.traffic_type);
        json::put(&mut map, "log_group_id", &self.log_group_id);
        json::put(&mut map, "log_topic_id", &self.log_topic_id);
        json::put(&mut map, "index_enabled", &self.index_enabled);
        json::Value::Object(map)
    }
}

/// JSON model `CreateFlowLogReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFlowLogReqBody {
    /// Required JSON field `flow_log`.
    pub flow_log: CreateFlowLogReq,
}

impl CreateFlowLogReqBody {
    /// Sets the `flow_log` field.
    #[must_use]
    pub fn with_flow_log(mut self, value: CreateFlowLogReq) -> Self {
        self.flow_log = value;
        self
    }
}

impl json::ToJson for CreateFlowLogReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "flow_log", &self.flow_log);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_flow_log`](super::VpcClient::create_flow_log): `POST /v1/{project_id}/fl/flow_logs`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFlowLogRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateFlowLogReqBody>,
}

impl CreateFlowLogRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateFlowLogReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::create_flow_log`](super::VpcClient::create_flow_log): `POST /v1/{project_id}/fl/flow_logs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateFlowLogResponse {
    /// JSON field `flow_log`.
    pub flow_log: ::std::option::Option<FlowLogResp>,
}

impl json::FromJson for CreateFlowLogResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            flow_log: json::take(&mut map, "flow_log")?,
        })
    }
}

/// JSON model `CreatePortOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePortOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `network_id`.
    pub network_id: ::std::string::String,
    /// JSON field `fixed_ips`.
    pub fixed_ips: ::std::option::Option<::std::vec::Vec<FixedIp>>,
    /// JSON field `device_owner`.
    pub device_owner: ::std::option::Option<::std::string::String>,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::option::Option<::std::vec::Vec<AllowedAddressPair>>,
    /// JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::option::Option<::std::vec::Vec<ExtraDhcpOpt>>,
    /// JSON field `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl CreatePortOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = value.into();
        self
    }

    /// Sets the `fixed_ips` field.
    #[must_use]
    pub fn with_fixed_ips(mut self, value: ::std::vec::Vec<FixedIp>) -> Self {
        self.fixed_ips = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `device_owner` field.
    #[must_use]
    pub fn with_device_owner(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_owner = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
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

    /// Sets the `extra_dhcp_opts` field.
    #[must_use]
    pub fn with_extra_dhcp_opts(mut self, value: ::std::vec::Vec<ExtraDhcpOpt>) -> Self {
        self.extra_dhcp_opts = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreatePortOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "network_id", &self.network_id);
        json::put(&mut map, "fixed_ips", &self.fixed_ips);
        json::put(&mut map, "device_owner", &self.device_owner);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "admin_state_up", &self.admin_state_up);
        json::put(
            &mut map,
            "allowed_address_pairs",
            &self.allowed_address_pairs,
        );
        json::put(&mut map, "extra_dhcp_opts", &self.extra_dhcp_opts);
        json::put(&mut map, "tenant_id", &self.tenant_id);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_port`](super::VpcClient::create_port): `POST /v1/{project_id}/ports`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePortRequest {
    /// Request body.
    pub body: ::std::option::Option<CreatePortRequestBody>,
}

impl CreatePortRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreatePortRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreatePortRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePortRequestBody {
    /// Required JSON field `port`.
    pub port: CreatePortOption,
}

impl CreatePortRequestBody {
    /// Sets the `port` field.
    #[must_use]
    pub fn with_port(mut self, value: CreatePortOption) -> Self {
        self.port = value;
        self
    }
}

impl json::ToJson for CreatePortRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "port", &self.port);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_port`](super::VpcClient::create_port): `POST /v1/{project_id}/ports`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePortResponse {
    /// JSON field `port`.
    pub port: ::std::option::Option<Port>,
}

impl json::FromJson for CreatePortResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port: json::take(&mut map, "port")?,
        })
    }
}

/// JSON model `CreatePrivateipOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePrivateipOption {
    /// Required JSON field `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
}

impl CreatePrivateipOption {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }

    /// Sets the `ip_address` field.
    #[must_use]
    pub fn with_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_address = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreatePrivateipOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::put(&mut map, "ip_address", &self.ip_address);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_privateip`](super::VpcClient::create_privateip): `POST /v1/{project_id}/privateips`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePrivateipRequest {
    /// Request body.
    pub body: ::std::option::Option<CreatePrivateipRequestBody>,
}

impl CreatePrivateipRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreatePrivateipRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreatePrivateipRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePrivateipRequestBody {
    /// Required JSON field `privateips`.
    pub privateips: ::std::vec::Vec<CreatePrivateipOption>,
}

impl CreatePrivateipRequestBody {
    /// Sets the `privateips` field.
    #[must_use]
    pub fn with_privateips(mut self, value: ::std::vec::Vec<CreatePrivateipOption>) -> Self {
        self.privateips = value;
        self
    }
}

impl json::ToJson for CreatePrivateipRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "privateips", &self.privateips);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_privateip`](super::VpcClient::create_privateip): `POST /v1/{project_id}/privateips`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePrivateipResponse {
    /// JSON field `privateips`.
    pub privateips: ::std::option::Option<::std::vec::Vec<Privateip>>,
}

impl json::FromJson for CreatePrivateipResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            privateips: json::take(&mut map, "privateips")?,
        })
    }
}

/// JSON model `CreateRouteTableReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateRouteTableReq {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `routes`.
    pub routes: ::std::option::Option<::std::vec::Vec<RouteTableRoute>>,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl CreateRouteTableReq {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `routes` field.
    #[must_use]
    pub fn with_routes(mut self, value: ::std::vec::Vec<RouteTableRoute>) -> Self {
        self.routes = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
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

impl json::ToJson for CreateRouteTableReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "routes", &self.routes);
        json::put(&mut map, "vpc_id", &self.vpc_id);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_route_table`](super::VpcClient::create_route_table): `POST /v1/{project_id}/routetables`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateRouteTableRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateRoutetableReqBody>,
}

impl CreateRouteTableRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateRoutetableReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::create_route_table`](super::VpcClient::create_route_table): `POST /v1/{project_id}/routetables`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateRouteTableResponse {
    /// JSON field `routetable`.
    pub routetable: ::std::option::Option<RouteTableResp>,
}

impl json::FromJson for CreateRouteTableResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            routetable: json::take(&mut map, "routetable")?,
        })
    }
}

/// JSON model `CreateRoutetableReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateRoutetableReqBody {
    /// Required JSON field `routetable`.
    pub routetable: CreateRouteTableReq,
}

impl CreateRoutetableReqBody {
    /// Sets the `routetable` field.
    #[must_use]
    pub fn with_routetable(mut self, value: CreateRouteTableReq) -> Self {
        self.routetable = value;
        self
    }
}

impl json::ToJson for CreateRoutetableReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "routetable", &self.routetable);
        json::Value::Object(map)
    }
}

/// JSON model `CreateSecurityGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
}

impl CreateSecurityGroupOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
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

impl json::ToJson for CreateSecurityGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "vpc_id", &self.vpc_id);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_security_group`](super::VpcClient::create_security_group): `POST /v1/{project_id}/security-groups`.
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
    /// Required JSON field `security_group`.
    pub security_group: CreateSecurityGroupOption,
}

impl CreateSecurityGroupRequestBody {
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
        json::put(&mut map, "security_group", &self.security_group);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_security_group`](super::VpcClient::create_security_group): `POST /v1/{project_id}/security-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupResponse {
    /// JSON field `security_group`.
    pub security_group: ::std::option::Option<SecurityGroup>,
}

impl json::FromJson for CreateSecurityGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
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
    /// JSON field `port_range_min`.
    pub port_range_min: ::std::option::Option<i64>,
    /// JSON field `port_range_max`.
    pub port_range_max: ::std::option::Option<i64>,
    /// JSON field `remote_ip_prefix`.
    pub remote_ip_prefix: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_group_id`.
    pub remote_group_id: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_address_group_id`.
    pub remote_address_group_id: ::std::option::Option<::std::string::String>,
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

    /// Sets the `port_range_min` field.
    #[must_use]
    pub fn with_port_range_min(mut self, value: i64) -> Self {
        self.port_range_min = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `port_range_max` field.
    #[must_use]
    pub fn with_port_range_max(mut self, value: i64) -> Self {
        self.port_range_max = ::std::option::Option::Some(value);
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
}

impl json::ToJson for CreateSecurityGroupRuleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "security_group_id", &self.security_group_id);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "direction", &self.direction);
        json::put(&mut map, "ethertype", &self.ethertype);
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "port_range_min", &self.port_range_min);
        json::put(&mut map, "port_range_max", &self.port_range_max);
        json::put(&mut map, "remote_ip_prefix", &self.remote_ip_prefix);
        json::put(&mut map, "remote_group_id", &self.remote_group_id);
        json::put(
            &mut map,
            "remote_address_group_id",
            &self.remote_address_group_id,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_security_group_rule`](super::VpcClient::create_security_group_rule): `POST /v1/{project_id}/security-group-rules`.
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
    /// Required JSON field `security_group_rule`.
    pub security_group_rule: CreateSecurityGroupRuleOption,
}

impl CreateSecurityGroupRuleRequestBody {
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
        json::put(&mut map, "security_group_rule", &self.security_group_rule);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_security_group_rule`](super::VpcClient::create_security_group_rule): `POST /v1/{project_id}/security-group-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupRuleResponse {
    /// JSON field `security_group_rule`.
    pub security_group_rule: ::std::option::Option<SecurityGroupRule>,
}

impl json::FromJson for CreateSecurityGroupRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group_rule: json::take(&mut map, "security_group_rule")?,
        })
    }
}

/// Request of [`VpcClient::create_security_group_tag`](super::VpcClient::create_security_group_tag): `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupTagRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreateSecurityGroupTagRequestBody>,
}

impl CreateSecurityGroupTagRequest {
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
    pub fn with_body(mut self, value: CreateSecurityGroupTagRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateSecurityGroupTagRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupTagRequestBody {
    /// Required JSON field `tag`.
    pub tag: ResourceTag,
}

impl CreateSecurityGroupTagRequestBody {
    /// Sets the `tag` field.
    #[must_use]
    pub fn with_tag(mut self, value: ResourceTag) -> Self {
        self.tag = value;
        self
    }
}

impl json::ToJson for CreateSecurityGroupTagRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tag", &self.tag);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_security_group_tag`](super::VpcClient::create_security_group_tag): `POST /v2.0/{project_id}/security-groups/{security_group_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSecurityGroupTagResponse {}

impl json::FromJson for CreateSecurityGroupTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `CreateSubnetOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubnetOption {
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
    /// JSON field `ipv6_enable`.
    pub ipv6_enable: ::std::option::Option<bool>,
    /// JSON field `dhcp_enable`.
    pub dhcp_enable: ::std::option::Option<bool>,
    /// JSON field `primary_dns`.
    pub primary_dns: ::std::option::Option<::std::string::String>,
    /// JSON field `secondary_dns`.
    pub secondary_dns: ::std::option::Option<::std::string::String>,
    /// JSON field `dnsList`.
    #[cfg_attr(feature = "serde", serde(rename = "dnsList"))]
    pub dns_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::option::Option<::std::vec::Vec<ExtraDhcpOption>>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `enable_network_address_usage_metrics`.
    pub enable_network_address_usage_metrics: ::std::option::Option<bool>,
}

impl CreateSubnetOption {
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

    /// Sets the `ipv6_enable` field.
    #[must_use]
    pub fn with_ipv6_enable(mut self, value: bool) -> Self {
        self.ipv6_enable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `dhcp_enable` field.
    #[must_use]
    pub fn with_dhcp_enable(mut self, value: bool) -> Self {
        self.dhcp_enable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `primary_dns` field.
    #[must_use]
    pub fn with_primary_dns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.primary_dns = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `secondary_dns` field.
    #[must_use]
    pub fn with_secondary_dns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secondary_dns = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `dns_list` field.
    #[must_use]
    pub fn with_dns_list(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.dns_list = ::std::option::Option::Some(value);
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

    /// Sets the `extra_dhcp_opts` field.
    #[must_use]
    pub fn with_extra_dhcp_opts(mut self, value: ::std::vec::Vec<ExtraDhcpOption>) -> Self {
        self.extra_dhcp_opts = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enable_network_address_usage_metrics` field.
    #[must_use]
    pub fn with_enable_network_address_usage_metrics(mut self, value: bool) -> Self {
        self.enable_network_address_usage_metrics = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateSubnetOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "cidr", &self.cidr);
        json::put(&mut map, "vpc_id", &self.vpc_id);
        json::put(&mut map, "gateway_ip", &self.gateway_ip);
        json::put(&mut map, "ipv6_enable", &self.ipv6_enable);
        json::put(&mut map, "dhcp_enable", &self.dhcp_enable);
        json::put(&mut map, "primary_dns", &self.primary_dns);
        json::put(&mut map, "secondary_dns", &self.secondary_dns);
        json::put(&mut map, "dnsList", &self.dns_list);
        json::put(&mut map, "availability_zone", &self.availability_zone);
        json::put(&mut map, "extra_dhcp_opts", &self.extra_dhcp_opts);
        json::put(&mut map, "tags", &self.tags);
        json::put(
            &mut map,
            "enable_network_address_usage_metrics",
            &self.enable_network_address_usage_metrics,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_subnet`](super::VpcClient::create_subnet): `POST /v1/{project_id}/subnets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubnetRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateSubnetRequestBody>,
}

impl CreateSubnetRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateSubnetRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateSubnetRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubnetRequestBody {
    /// Required JSON field `subnet`.
    pub subnet: CreateSubnetOption,
}

impl CreateSubnetRequestBody {
    /// Sets the `subnet` field.
    #[must_use]
    pub fn with_subnet(mut self, value: CreateSubnetOption) -> Self {
        self.subnet = value;
        self
    }
}

impl json::ToJson for CreateSubnetRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet", &self.subnet);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_subnet`](super::VpcClient::create_subnet): `POST /v1/{project_id}/subnets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubnetResponse {
    /// JSON field `subnet`.
    pub subnet: ::std::option::Option<Subnet>,
}

impl json::FromJson for CreateSubnetResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            subnet: json::take(&mut map, "subnet")?,
        })
    }
}

/// Request of [`VpcClient::create_subnet_tag`](super::VpcClient::create_subnet_tag): `POST /v2.0/{project_id}/subnets/{subnet_id}/tags`.
///
/// Required fields: `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubnetTagRequest {
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreateSubnetTagRequestBody>,
}

impl CreateSubnetTagRequest {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateSubnetTagRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateSubnetTagRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubnetTagRequestBody {
    /// Required JSON field `tag`.
    pub tag: ResourceTag,
}

impl CreateSubnetTagRequestBody {
    /// Sets the `tag` field.
    #[must_use]
    pub fn with_tag(mut self, value: ResourceTag) -> Self {
        self.tag = value;
        self
    }
}

impl json::ToJson for CreateSubnetTagRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tag", &self.tag);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_subnet_tag`](super::VpcClient::create_subnet_tag): `POST /v2.0/{project_id}/subnets/{subnet_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSubnetTagResponse {}

impl json::FromJson for CreateSubnetTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `CreateVpcOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcOption {
    /// JSON field `cidr`.
    pub cidr: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `block_service_endpoint_states`.
    pub block_service_endpoint_states: ::std::option::Option<::std::string::String>,
    /// JSON field `enable_network_address_usage_metrics`.
    pub enable_network_address_usage_metrics: ::std::option::Option<bool>,
}

impl CreateVpcOption {
    /// Sets the `cidr` field.
    #[must_use]
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value.into());
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
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `block_service_endpoint_states` field.
    #[must_use]
    pub fn with_block_service_endpoint_states(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.block_service_endpoint_states = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enable_network_address_usage_metrics` field.
    #[must_use]
    pub fn with_enable_network_address_usage_metrics(mut self, value: bool) -> Self {
        self.enable_network_address_usage_metrics = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateVpcOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "cidr", &self.cidr);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "tags", &self.tags);
        json::put(
            &mut map,
            "block_service_endpoint_states",
            &self.block_service_endpoint_states,
        );
        json::put(
            &mut map,
            "enable_network_address_usage_metrics",
            &self.enable_network_address_usage_metrics,
        );
        json::Value::Object(map)
    }
}

/// JSON model `CreateVpcPeeringOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcPeeringOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `request_vpc_info`.
    pub request_vpc_info: VpcInfo,
    /// Required JSON field `accept_vpc_info`.
    pub accept_vpc_info: VpcInfo,
}

impl CreateVpcPeeringOption {
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

    /// Sets the `request_vpc_info` field.
    #[must_use]
    pub fn with_request_vpc_info(mut self, value: VpcInfo) -> Self {
        self.request_vpc_info = value;
        self
    }

    /// Sets the `accept_vpc_info` field.
    #[must_use]
    pub fn with_accept_vpc_info(mut self, value: VpcInfo) -> Self {
        self.accept_vpc_info = value;
        self
    }
}

impl json::ToJson for CreateVpcPeeringOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "request_vpc_info", &self.request_vpc_info);
        json::put(&mut map, "accept_vpc_info", &self.accept_vpc_info);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_vpc_peering`](super::VpcClient::create_vpc_peering): `POST /v2.0/vpc/peerings`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcPeeringRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateVpcPeeringRequestBody>,
}

impl CreateVpcPeeringRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateVpcPeeringRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateVpcPeeringRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcPeeringRequestBody {
    /// Required JSON field `peering`.
    pub peering: CreateVpcPeeringOption,
}

impl CreateVpcPeeringRequestBody {
    /// Sets the `peering` field.
    #[must_use]
    pub fn with_peering(mut self, value: CreateVpcPeeringOption) -> Self {
        self.peering = value;
        self
    }
}

impl json::ToJson for CreateVpcPeeringRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "peering", &self.peering);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_vpc_peering`](super::VpcClient::create_vpc_peering): `POST /v2.0/vpc/peerings`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcPeeringResponse {
    /// JSON field `peering`.
    pub peering: ::std::option::Option<VpcPeering>,
}

impl json::FromJson for CreateVpcPeeringResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            peering: json::take(&mut map, "peering")?,
        })
    }
}

/// Request of [`VpcClient::create_vpc`](super::VpcClient::create_vpc): `POST /v1/{project_id}/vpcs`.
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
    /// Required JSON field `vpc`.
    pub vpc: CreateVpcOption,
}

impl CreateVpcRequestBody {
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
        json::put(&mut map, "vpc", &self.vpc);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_vpc_resource_tag`](super::VpcClient::create_vpc_resource_tag): `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags`.
///
/// Required fields: `vpc_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcResourceTagRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CreateVpcResourceTagRequestBody>,
}

impl CreateVpcResourceTagRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateVpcResourceTagRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateVpcResourceTagRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcResourceTagRequestBody {
    /// Required JSON field `tag`.
    pub tag: ResourceTag,
}

impl CreateVpcResourceTagRequestBody {
    /// Sets the `tag` field.
    #[must_use]
    pub fn with_tag(mut self, value: ResourceTag) -> Self {
        self.tag = value;
        self
    }
}

impl json::ToJson for CreateVpcResourceTagRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tag", &self.tag);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_vpc_resource_tag`](super::VpcClient::create_vpc_resource_tag): `POST /v2.0/{project_id}/vpcs/{vpc_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcResourceTagResponse {}

impl json::FromJson for CreateVpcResourceTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Response of [`VpcClient::create_vpc`](super::VpcClient::create_vpc): `POST /v1/{project_id}/vpcs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcResponse {
    /// JSON field `vpc`.
    pub vpc: ::std::option::Option<Vpc>,
}

impl json::FromJson for CreateVpcResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            vpc: json::take(&mut map, "vpc")?,
        })
    }
}

/// JSON model `CreateVpcRouteOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcRouteOption {
    /// Required JSON field `destination`.
    pub destination: ::std::string::String,
    /// Required JSON field `nexthop`.
    pub nexthop: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
}

impl CreateVpcRouteOption {
    /// Sets the `destination` field.
    #[must_use]
    pub fn with_destination(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination = value.into();
        self
    }

    /// Sets the `nexthop` field.
    #[must_use]
    pub fn with_nexthop(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nexthop = value.into();
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }
}

impl json::ToJson for CreateVpcRouteOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "destination", &self.destination);
        json::put(&mut map, "nexthop", &self.nexthop);
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "vpc_id", &self.vpc_id);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::create_vpc_route`](super::VpcClient::create_vpc_route): `POST /v2.0/vpc/routes`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcRouteRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateVpcRouteRequestBody>,
}

impl CreateVpcRouteRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateVpcRouteRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateVpcRouteRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcRouteRequestBody {
    /// Required JSON field `route`.
    pub route: CreateVpcRouteOption,
}

impl CreateVpcRouteRequestBody {
    /// Sets the `route` field.
    #[must_use]
    pub fn with_route(mut self, value: CreateVpcRouteOption) -> Self {
        self.route = value;
        self
    }
}

impl json::ToJson for CreateVpcRouteRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "route", &self.route);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::create_vpc_route`](super::VpcClient::create_vpc_route): `POST /v2.0/vpc/routes`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVpcRouteResponse {
    /// JSON field `route`.
    pub route: ::std::option::Option<VpcRoute>,
}

impl json::FromJson for CreateVpcRouteResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            route: json::take(&mut map, "route")?,
        })
    }
}

/// JSON model `DelRouteTableRoute`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DelRouteTableRoute {
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// Required JSON field `destination`.
    pub destination: ::std::string::String,
    /// JSON field `nexthop`.
    pub nexthop: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl DelRouteTableRoute {
    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination` field.
    #[must_use]
    pub fn with_destination(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination = value.into();
        self
    }

    /// Sets the `nexthop` field.
    #[must_use]
    pub fn with_nexthop(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nexthop = ::std::option::Option::Some(value.into());
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

impl json::ToJson for DelRouteTableRoute {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "destination", &self.destination);
        json::put(&mut map, "nexthop", &self.nexthop);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::delete_flow_log`](super::VpcClient::delete_flow_log): `DELETE /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
///
/// Required fields: `flowlog_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteFlowLogRequest {
    /// Required path parameter `flowlog_id`.
    pub flowlog_id: ::std::string::String,
}

impl DeleteFlowLogRequest {
    /// Sets the `flowlog_id` field.
    #[must_use]
    pub fn with_flowlog_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flowlog_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_flow_log`](super::VpcClient::delete_flow_log): `DELETE /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteFlowLogResponse {}

impl json::FromJson for DeleteFlowLogResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_port`](super::VpcClient::delete_port): `DELETE /v1/{project_id}/ports/{port_id}`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePortRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
}

impl DeletePortRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_port`](super::VpcClient::delete_port): `DELETE /v1/{project_id}/ports/{port_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePortResponse {}

impl json::FromJson for DeletePortResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_privateip`](super::VpcClient::delete_privateip): `DELETE /v1/{project_id}/privateips/{privateip_id}`.
///
/// Required fields: `privateip_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePrivateipRequest {
    /// Required path parameter `privateip_id`.
    pub privateip_id: ::std::string::String,
}

impl DeletePrivateipRequest {
    /// Sets the `privateip_id` field.
    #[must_use]
    pub fn with_privateip_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.privateip_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_privateip`](super::VpcClient::delete_privateip): `DELETE /v1/{project_id}/privateips/{privateip_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePrivateipResponse {}

impl json::FromJson for DeletePrivateipResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_route_table`](super::VpcClient::delete_route_table): `DELETE /v1/{project_id}/routetables/{routetable_id}`.
///
/// Required fields: `routetable_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteRouteTableRequest {
    /// Required path parameter `routetable_id`.
    pub routetable_id: ::std::string::String,
}

impl DeleteRouteTableRequest {
    /// Sets the `routetable_id` field.
    #[must_use]
    pub fn with_routetable_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.routetable_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_route_table`](super::VpcClient::delete_route_table): `DELETE /v1/{project_id}/routetables/{routetable_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteRouteTableResponse {}

impl json::FromJson for DeleteRouteTableResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_security_group`](super::VpcClient::delete_security_group): `DELETE /v1/{project_id}/security-groups/{security_group_id}`.
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

/// Response of [`VpcClient::delete_security_group`](super::VpcClient::delete_security_group): `DELETE /v1/{project_id}/security-groups/{security_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSecurityGroupResponse {}

impl json::FromJson for DeleteSecurityGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_security_group_rule`](super::VpcClient::delete_security_group_rule): `DELETE /v1/{project_id}/security-group-rules/{security_group_rule_id}`.
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

/// Response of [`VpcClient::delete_security_group_rule`](super::VpcClient::delete_security_group_rule): `DELETE /v1/{project_id}/security-group-rules/{security_group_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSecurityGroupRuleResponse {}

impl json::FromJson for DeleteSecurityGroupRuleResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_security_group_tag`](super::VpcClient::delete_security_group_tag): `DELETE /v2.0/{project_id}/security-groups/{security_group_id}/tags/{key}`.
///
/// Required fields: `key`, `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSecurityGroupTagRequest {
    /// Required path parameter `key`.
    pub key: ::std::string::String,
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
}

impl DeleteSecurityGroupTagRequest {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

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

/// Response of [`VpcClient::delete_security_group_tag`](super::VpcClient::delete_security_group_tag): `DELETE /v2.0/{project_id}/security-groups/{security_group_id}/tags/{key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSecurityGroupTagResponse {}

impl json::FromJson for DeleteSecurityGroupTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_subnet`](super::VpcClient::delete_subnet): `DELETE /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`.
///
/// Required fields: `vpc_id`, `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSubnetRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
}

impl DeleteSubnetRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_subnet`](super::VpcClient::delete_subnet): `DELETE /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSubnetResponse {}

impl json::FromJson for DeleteSubnetResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_subnet_tag`](super::VpcClient::delete_subnet_tag): `DELETE /v2.0/{project_id}/subnets/{subnet_id}/tags/{key}`.
///
/// Required fields: `subnet_id`, `key`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSubnetTagRequest {
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Required path parameter `key`.
    pub key: ::std::string::String,
}

impl DeleteSubnetTagRequest {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }

    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_subnet_tag`](super::VpcClient::delete_subnet_tag): `DELETE /v2.0/{project_id}/subnets/{subnet_id}/tags/{key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSubnetTagResponse {}

impl json::FromJson for DeleteSubnetTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_vpc_peering`](super::VpcClient::delete_vpc_peering): `DELETE /v2.0/vpc/peerings/{peering_id}`.
///
/// Required fields: `peering_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVpcPeeringRequest {
    /// Required path parameter `peering_id`.
    pub peering_id: ::std::string::String,
}

impl DeleteVpcPeeringRequest {
    /// Sets the `peering_id` field.
    #[must_use]
    pub fn with_peering_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.peering_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_vpc_peering`](super::VpcClient::delete_vpc_peering): `DELETE /v2.0/vpc/peerings/{peering_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVpcPeeringResponse {}

impl json::FromJson for DeleteVpcPeeringResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_vpc`](super::VpcClient::delete_vpc): `DELETE /v1/{project_id}/vpcs/{vpc_id}`.
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

/// Response of [`VpcClient::delete_vpc`](super::VpcClient::delete_vpc): `DELETE /v1/{project_id}/vpcs/{vpc_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVpcResponse {}

impl json::FromJson for DeleteVpcResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_vpc_route`](super::VpcClient::delete_vpc_route): `DELETE /v2.0/vpc/routes/{route_id}`.
///
/// Required fields: `route_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVpcRouteRequest {
    /// Required path parameter `route_id`.
    pub route_id: ::std::string::String,
}

impl DeleteVpcRouteRequest {
    /// Sets the `route_id` field.
    #[must_use]
    pub fn with_route_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_id = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_vpc_route`](super::VpcClient::delete_vpc_route): `DELETE /v2.0/vpc/routes/{route_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVpcRouteResponse {}

impl json::FromJson for DeleteVpcRouteResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::delete_vpc_tag`](super::VpcClient::delete_vpc_tag): `DELETE /v2.0/{project_id}/vpcs/{vpc_id}/tags/{key}`.
///
/// Required fields: `vpc_id`, `key`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVpcTagRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required path parameter `key`.
    pub key: ::std::string::String,
}

impl DeleteVpcTagRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }
}

/// Response of [`VpcClient::delete_vpc_tag`](super::VpcClient::delete_vpc_tag): `DELETE /v2.0/{project_id}/vpcs/{vpc_id}/tags/{key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVpcTagResponse {}

impl json::FromJson for DeleteVpcTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::disassociate_route_table`](super::VpcClient::disassociate_route_table): `POST /v1/{project_id}/routetables/{routetable_id}/action`.
///
/// Required fields: `routetable_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateRouteTableRequest {
    /// Required path parameter `routetable_id`.
    pub routetable_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RoutetableAssociateReqbody>,
}

impl DisassociateRouteTableRequest {
    /// Sets the `routetable_id` field.
    #[must_use]
    pub fn with_routetable_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.routetable_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RoutetableAssociateReqbody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::disassociate_route_table`](super::VpcClient::disassociate_route_table): `POST /v1/{project_id}/routetables/{routetable_id}/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateRouteTableResponse {
    /// JSON field `routetable`.
    pub routetable: ::std::option::Option<RouteTableResp>,
}

impl json::FromJson for DisassociateRouteTableResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            routetable: json::take(&mut map, "routetable")?,
        })
    }
}

/// JSON model `DnsAssignMent`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DnsAssignMent {
    /// JSON field `hostname`.
    pub hostname: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `fqdn`.
    pub fqdn: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DnsAssignMent {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            hostname: json::take(&mut map, "hostname")?,
            ip_address: json::take(&mut map, "ip_address")?,
            fqdn: json::take(&mut map, "fqdn")?,
        })
    }
}

/// JSON model `ExternalGatewayInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ExternalGatewayInfo {
    /// JSON field `enable_snat`.
    pub enable_snat: ::std::option::Option<bool>,
    /// JSON field `network_id`.
    pub network_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ExternalGatewayInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            enable_snat: json::take(&mut map, "enable_snat")?,
            network_id: json::take(&mut map, "network_id")?,
        })
    }
}

/// JSON model `ExternalGatewayInfoOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ExternalGatewayInfoOption {
    /// JSON field `network_id`.
    pub network_id: ::std::option::Option<::std::string::String>,
}

impl ExternalGatewayInfoOption {
    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ExternalGatewayInfoOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "network_id", &self.network_id);
        json::Value::Object(map)
    }
}

/// JSON model `ExtraDhcpOpt`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ExtraDhcpOpt {
    /// JSON field `opt_name`.
    pub opt_name: ::std::option::Option<::std::string::String>,
    /// JSON field `opt_value`.
    pub opt_value: ::std::option::Option<::std::string::String>,
}

impl ExtraDhcpOpt {
    /// Sets the `opt_name` field.
    #[must_use]
    pub fn with_opt_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.opt_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `opt_value` field.
    #[must_use]
    pub fn with_opt_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.opt_value = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ExtraDhcpOpt {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "opt_name", &self.opt_name);
        json::put(&mut map, "opt_value", &self.opt_value);
        json::Value::Object(map)
    }
}

impl json::FromJson for ExtraDhcpOpt {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            opt_name: json::take(&mut map, "opt_name")?,
            opt_value: json::take(&mut map, "opt_value")?,
        })
    }
}

/// JSON model `ExtraDhcpOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ExtraDhcpOption {
    /// Required JSON field `opt_name`.
    pub opt_name: ::std::string::String,
    /// JSON field `opt_value`.
    pub opt_value: ::std::option::Option<::std::string::String>,
}

impl ExtraDhcpOption {
    /// Sets the `opt_name` field.
    #[must_use]
    pub fn with_opt_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.opt_name = value.into();
        self
    }

    /// Sets the `opt_value` field.
    #[must_use]
    pub fn with_opt_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.opt_value = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ExtraDhcpOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "opt_name", &self.opt_name);
        json::put(&mut map, "opt_value", &self.opt_value);
        json::Value::Object(map)
    }
}

impl json::FromJson for ExtraDhcpOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            opt_name: json::take(&mut map, "opt_name")?,
            opt_value: json::take(&mut map, "opt_value")?,
        })
    }
}

/// JSON model `FixedIp`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FixedIp {
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
}

impl FixedIp {
    /// Sets the `ip_address` field.
    #[must_use]
    pub fn with_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for FixedIp {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "ip_address", &self.ip_address);
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::Value::Object(map)
    }
}

impl json::FromJson for FixedIp {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            ip_address: json::take(&mut map, "ip_address")?,
            subnet_id: json::take(&mut map, "subnet_id")?,
        })
    }
}

/// JSON model `FlowLogResp`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FlowLogResp {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `resource_type`.
    pub resource_type: ::std::string::String,
    /// Required JSON field `resource_id`.
    pub resource_id: ::std::string::String,
    /// Required JSON field `traffic_type`.
    pub traffic_type: ::std::string::String,
    /// Required JSON field `log_group_id`.
    pub log_group_id: ::std::string::String,
    /// Required JSON field `log_topic_id`.
    pub log_topic_id: ::std::string::String,
    /// Required JSON field `log_store_type`.
    pub log_store_type: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `admin_state`.
    pub admin_state: bool,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
}

impl json::FromJson for FlowLogResp {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            description: json::take(&mut map, "description")?,
            resource_type: json::take(&mut map, "resource_type")?,
            resource_id: json::take(&mut map, "resource_id")?,
            traffic_type: json::take(&mut map, "traffic_type")?,
            log_group_id: json::take(&mut map, "log_group_id")?,
            log_topic_id: json::take(&mut map, "log_topic_id")?,
            log_store_type: json::take(&mut map, "log_store_type")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            admin_state: json::take(&mut map, "admin_state")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// JSON model `HostRoute`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct HostRoute {
    /// JSON field `destination`.
    pub destination: ::std::option::Option<::std::string::String>,
    /// JSON field `nexthop`.
    pub nexthop: ::std::option::Option<::std::string::String>,
}

impl HostRoute {
    /// Sets the `destination` field.
    #[must_use]
    pub fn with_destination(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `nexthop` field.
    #[must_use]
    pub fn with_nexthop(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nexthop = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for HostRoute {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "destination", &self.destination);
        json::put(&mut map, "nexthop", &self.nexthop);
        json::Value::Object(map)
    }
}

impl json::FromJson for HostRoute {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            destination: json::take(&mut map, "destination")?,
            nexthop: json::take(&mut map, "nexthop")?,
        })
    }
}

/// Request of [`VpcClient::list_api_version`](super::VpcClient::list_api_version): `GET /`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListApiVersionRequest {}

/// Response of [`VpcClient::list_api_version`](super::VpcClient::list_api_version): `GET /`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListApiVersionResponse {
    /// JSON field `versions`.
    pub versions: ::std::option::Option<::std::vec::Vec<VersionResult>>,
}

impl json::FromJson for ListApiVersionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            versions: json::take(&mut map, "versions")?,
        })
    }
}

/// Request of [`VpcClient::list_flow_logs`](super::VpcClient::list_flow_logs): `GET /v1/{project_id}/fl/flow_logs`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFlowLogsRequest {
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Query parameter `resource_type`.
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `resource_id`.
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `traffic_type`.
    pub traffic_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `log_group_id`.
    pub log_group_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `log_topic_id`.
    pub log_topic_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `log_store_type`.
    pub log_store_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<::std::string::String>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListFlowLogsRequest {
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

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `resource_type` field.
    #[must_use]
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `resource_id` field.
    #[must_use]
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `traffic_type` field.
    #[must_use]
    pub fn with_traffic_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.traffic_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `log_group_id` field.
    #[must_use]
    pub fn with_log_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `log_topic_id` field.
    #[must_use]
    pub fn with_log_topic_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_topic_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `log_store_type` field.
    #[must_use]
    pub fn with_log_store_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_store_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::list_flow_logs`](super::VpcClient::list_flow_logs): `GET /v1/{project_id}/fl/flow_logs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFlowLogsResponse {
    /// JSON field `flow_logs`.
    pub flow_logs: ::std::option::Option<::std::vec::Vec<FlowLogResp>>,
}

impl json::FromJson for ListFlowLogsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            flow_logs: json::take(&mut map, "flow_logs")?,
        })
    }
}

/// Request of [`VpcClient::list_ports`](super::VpcClient::list_ports): `GET /v1/{project_id}/ports`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPortsRequest {
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// Query parameter `network_id`.
    pub network_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `mac_address`.
    pub mac_address: ::std::option::Option<::std::string::String>,
    /// Query parameter `device_id`.
    pub device_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `device_owner`.
    pub device_owner: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `fixed_ips`.
    pub fixed_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `enable_efi`.
    pub enable_efi: ::std::option::Option<bool>,
}

impl ListPortsRequest {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `device_id` field.
    #[must_use]
    pub fn with_device_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `device_owner` field.
    #[must_use]
    pub fn with_device_owner(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_owner = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `fixed_ips` field.
    #[must_use]
    pub fn with_fixed_ips(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.fixed_ips = ::std::option::Option::Some(value);
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

    /// Sets the `enable_efi` field.
    #[must_use]
    pub fn with_enable_efi(mut self, value: bool) -> Self {
        self.enable_efi = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::list_ports`](super::VpcClient::list_ports): `GET /v1/{project_id}/ports`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPortsResponse {
    /// JSON field `ports`.
    pub ports: ::std::option::Option<::std::vec::Vec<Port>>,
}

impl json::FromJson for ListPortsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            ports: json::take(&mut map, "ports")?,
        })
    }
}

/// Request of [`VpcClient::list_privateips`](super::VpcClient::list_privateips): `GET /v1/{project_id}/subnets/{subnet_id}/privateips`.
///
/// Required fields: `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPrivateipsRequest {
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListPrivateipsRequest {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
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

/// Response of [`VpcClient::list_privateips`](super::VpcClient::list_privateips): `GET /v1/{project_id}/subnets/{subnet_id}/privateips`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListPrivateipsResponse {
    /// JSON field `privateips`.
    pub privateips: ::std::option::Option<::std::vec::Vec<Privateip>>,
}

impl json::FromJson for ListPrivateipsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            privateips: json::take(&mut map, "privateips")?,
        })
    }
}

/// JSON model `ListResourceResp`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListResourceResp {
    /// Required JSON field `resource_detail`.
    pub resource_detail: ::huaweicloud_sdk_core::json::Value,
    /// Required JSON field `resource_id`.
    pub resource_id: ::std::string::String,
    /// Required JSON field `resource_name`.
    pub resource_name: ::std::string::String,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTag>>,
}

impl json::FromJson for ListResourceResp {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resource_detail: json::take(&mut map, "resource_detail")?,
            resource_id: json::take(&mut map, "resource_id")?,
            resource_name: json::take(&mut map, "resource_name")?,
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`VpcClient::list_route_tables`](super::VpcClient::list_route_tables): `GET /v1/{project_id}/routetables`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRouteTablesRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
}

impl ListRouteTablesRequest {
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
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::list_route_tables`](super::VpcClient::list_route_tables): `GET /v1/{project_id}/routetables`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRouteTablesResponse {
    /// JSON field `routetables`.
    pub routetables: ::std::option::Option<::std::vec::Vec<RouteTableListResp>>,
}

impl json::FromJson for ListRouteTablesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            routetables: json::take(&mut map, "routetables")?,
        })
    }
}

/// Request of [`VpcClient::list_security_group_rules`](super::VpcClient::list_security_group_rules): `GET /v1/{project_id}/security-group-rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupRulesRequest {
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `security_group_id`.
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `remote_ip_prefix`.
    pub remote_ip_prefix: ::std::option::Option<::std::string::String>,
}

impl ListSecurityGroupRulesRequest {
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

    /// Sets the `security_group_id` field.
    #[must_use]
    pub fn with_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = ::std::option::Option::Some(value.into());
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
}

/// Response of [`VpcClient::list_security_group_rules`](super::VpcClient::list_security_group_rules): `GET /v1/{project_id}/security-group-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupRulesResponse {
    /// JSON field `security_group_rules`.
    pub security_group_rules: ::std::option::Option<::std::vec::Vec<SecurityGroupRule>>,
}

impl json::FromJson for ListSecurityGroupRulesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group_rules: json::take(&mut map, "security_group_rules")?,
        })
    }
}

/// Request of [`VpcClient::list_security_group_tags`](super::VpcClient::list_security_group_tags): `GET /v2.0/{project_id}/security-groups/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupTagsRequest {}

/// Response of [`VpcClient::list_security_group_tags`](super::VpcClient::list_security_group_tags): `GET /v2.0/{project_id}/security-groups/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl json::FromJson for ListSecurityGroupTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`VpcClient::list_security_groups_by_tags`](super::VpcClient::list_security_groups_by_tags): `POST /v2.0/{project_id}/security-groups/resource_instances/action`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupsByTagsRequest {
    /// Request body.
    pub body: ::std::option::Option<ListSecurityGroupsByTagsRequestBody>,
}

impl ListSecurityGroupsByTagsRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ListSecurityGroupsByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ListSecurityGroupsByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupsByTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// JSON field `limit`.
    pub limit: ::std::option::Option<i64>,
    /// JSON field `offset`.
    pub offset: ::std::option::Option<i64>,
    /// JSON field `matches`.
    pub matches: ::std::option::Option<::std::vec::Vec<Match>>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl ListSecurityGroupsByTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

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

impl json::ToJson for ListSecurityGroupsByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "limit", &self.limit);
        json::put(&mut map, "offset", &self.offset);
        json::put(&mut map, "matches", &self.matches);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::list_security_groups_by_tags`](super::VpcClient::list_security_groups_by_tags): `POST /v2.0/{project_id}/security-groups/resource_instances/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupsByTagsResponse {
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<ListResourceResp>>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for ListSecurityGroupsByTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// Request of [`VpcClient::list_security_groups`](super::VpcClient::list_security_groups): `GET /v1/{project_id}/security-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::string::String>,
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

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
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

/// Response of [`VpcClient::list_security_groups`](super::VpcClient::list_security_groups): `GET /v1/{project_id}/security-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSecurityGroupsResponse {
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<SecurityGroup>>,
}

impl json::FromJson for ListSecurityGroupsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_groups: json::take(&mut map, "security_groups")?,
        })
    }
}

/// Request of [`VpcClient::list_subnet_tags`](super::VpcClient::list_subnet_tags): `GET /v2.0/{project_id}/subnets/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubnetTagsRequest {}

/// Response of [`VpcClient::list_subnet_tags`](super::VpcClient::list_subnet_tags): `GET /v2.0/{project_id}/subnets/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubnetTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl json::FromJson for ListSubnetTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`VpcClient::list_subnets_by_tags`](super::VpcClient::list_subnets_by_tags): `POST /v2.0/{project_id}/subnets/resource_instances/action`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubnetsByTagsRequest {
    /// Request body.
    pub body: ::std::option::Option<ListSubnetsByTagsRequestBody>,
}

impl ListSubnetsByTagsRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ListSubnetsByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ListSubnetsByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubnetsByTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// JSON field `limit`.
    pub limit: ::std::option::Option<i64>,
    /// JSON field `offset`.
    pub offset: ::std::option::Option<i64>,
    /// JSON field `matches`.
    pub matches: ::std::option::Option<::std::vec::Vec<Match>>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl ListSubnetsByTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

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

impl json::ToJson for ListSubnetsByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "limit", &self.limit);
        json::put(&mut map, "offset", &self.offset);
        json::put(&mut map, "matches", &self.matches);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::list_subnets_by_tags`](super::VpcClient::list_subnets_by_tags): `POST /v2.0/{project_id}/subnets/resource_instances/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubnetsByTagsResponse {
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<ListResourceResp>>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for ListSubnetsByTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// Request of [`VpcClient::list_subnets`](super::VpcClient::list_subnets): `GET /v1/{project_id}/subnets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubnetsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::string::String>,
}

impl ListSubnetsRequest {
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

/// Response of [`VpcClient::list_subnets`](super::VpcClient::list_subnets): `GET /v1/{project_id}/subnets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSubnetsResponse {
    /// JSON field `subnets`.
    pub subnets: ::std::option::Option<::std::vec::Vec<Subnet>>,
}

impl json::FromJson for ListSubnetsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            subnets: json::take(&mut map, "subnets")?,
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

/// Request of [`VpcClient::list_vpc_peerings`](super::VpcClient::list_vpc_peerings): `GET /v2.0/vpc/peerings`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcPeeringsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::string::String>,
}

impl ListVpcPeeringsRequest {
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

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::list_vpc_peerings`](super::VpcClient::list_vpc_peerings): `GET /v2.0/vpc/peerings`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcPeeringsResponse {
    /// JSON field `peerings`.
    pub peerings: ::std::option::Option<::std::vec::Vec<VpcPeering>>,
    /// JSON field `peerings_links`.
    pub peerings_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for ListVpcPeeringsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            peerings: json::take(&mut map, "peerings")?,
            peerings_links: json::take(&mut map, "peerings_links")?,
        })
    }
}

/// Request of [`VpcClient::list_vpc_routes`](super::VpcClient::list_vpc_routes): `GET /v2.0/vpc/routes`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcRoutesRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// Query parameter `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `destination`.
    pub destination: ::std::option::Option<::std::string::String>,
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl ListVpcRoutesRequest {
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
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `destination` field.
    #[must_use]
    pub fn with_destination(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::list_vpc_routes`](super::VpcClient::list_vpc_routes): `GET /v2.0/vpc/routes`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcRoutesResponse {
    /// JSON field `routes`.
    pub routes: ::std::option::Option<::std::vec::Vec<VpcRoute>>,
    /// JSON field `routes_links`.
    pub routes_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for ListVpcRoutesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            routes: json::take(&mut map, "routes")?,
            routes_links: json::take(&mut map, "routes_links")?,
        })
    }
}

/// Request of [`VpcClient::list_vpc_tags`](super::VpcClient::list_vpc_tags): `GET /v2.0/{project_id}/vpcs/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcTagsRequest {}

/// Response of [`VpcClient::list_vpc_tags`](super::VpcClient::list_vpc_tags): `GET /v2.0/{project_id}/vpcs/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl json::FromJson for ListVpcTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`VpcClient::list_vpcs_by_tags`](super::VpcClient::list_vpcs_by_tags): `POST /v2.0/{project_id}/vpcs/resource_instances/action`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcsByTagsRequest {
    /// Request body.
    pub body: ::std::option::Option<ListVpcsByTagsRequestBody>,
}

impl ListVpcsByTagsRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ListVpcsByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ListVpcsByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcsByTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// JSON field `limit`.
    pub limit: ::std::option::Option<i64>,
    /// JSON field `offset`.
    pub offset: ::std::option::Option<i64>,
    /// JSON field `matches`.
    pub matches: ::std::option::Option<::std::vec::Vec<Match>>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListTag>>,
}

impl ListVpcsByTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

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

impl json::ToJson for ListVpcsByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "limit", &self.limit);
        json::put(&mut map, "offset", &self.offset);
        json::put(&mut map, "matches", &self.matches);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::list_vpcs_by_tags`](super::VpcClient::list_vpcs_by_tags): `POST /v2.0/{project_id}/vpcs/resource_instances/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcsByTagsResponse {
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<ListResourceResp>>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for ListVpcsByTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// Request of [`VpcClient::list_vpcs`](super::VpcClient::list_vpcs): `GET /v1/{project_id}/vpcs`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
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

/// Response of [`VpcClient::list_vpcs`](super::VpcClient::list_vpcs): `GET /v1/{project_id}/vpcs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVpcsResponse {
    /// JSON field `vpcs`.
    pub vpcs: ::std::option::Option<::std::vec::Vec<Vpc>>,
}

impl json::FromJson for ListVpcsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            vpcs: json::take(&mut map, "vpcs")?,
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

/// JSON model `ModRouteTableRoute`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ModRouteTableRoute {
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `destination`.
    pub destination: ::std::string::String,
    /// Required JSON field `nexthop`.
    pub nexthop: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl ModRouteTableRoute {
    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets the `destination` field.
    #[must_use]
    pub fn with_destination(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination = value.into();
        self
    }

    /// Sets the `nexthop` field.
    #[must_use]
    pub fn with_nexthop(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nexthop = value.into();
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

impl json::ToJson for ModRouteTableRoute {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "destination", &self.destination);
        json::put(&mut map, "nexthop", &self.nexthop);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// JSON model `NetworkIpAvailability`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NetworkIpAvailability {
    /// Required JSON field `network_id`.
    pub network_id: ::std::string::String,
    /// Required JSON field `network_name`.
    pub network_name: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `total_ips`.
    pub total_ips: i64,
    /// Required JSON field `used_ips`.
    pub used_ips: i64,
    /// Required JSON field `subnet_ip_availability`.
    pub subnet_ip_availability: ::std::vec::Vec<SubnetIpAvailability>,
}

impl json::FromJson for NetworkIpAvailability {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            network_id: json::take(&mut map, "network_id")?,
            network_name: json::take(&mut map, "network_name")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            total_ips: json::take(&mut map, "total_ips")?,
            used_ips: json::take(&mut map, "used_ips")?,
            subnet_ip_availability: json::take(&mut map, "subnet_ip_availability")?,
        })
    }
}

/// Request of [`VpcClient::neutron_add_firewall_rule`](super::VpcClient::neutron_add_firewall_rule): `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/insert_rule`.
///
/// Required fields: `firewall_policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronAddFirewallRuleRequest {
    /// Required path parameter `firewall_policy_id`.
    pub firewall_policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NeutronInsertFirewallRuleRequestBody>,
}

impl NeutronAddFirewallRuleRequest {
    /// Sets the `firewall_policy_id` field.
    #[must_use]
    pub fn with_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronInsertFirewallRuleRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::neutron_add_firewall_rule`](super::VpcClient::neutron_add_firewall_rule): `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/insert_rule`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronAddFirewallRuleResponse {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `firewall_rules`.
    pub firewall_rules: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `audited`.
    pub audited: ::std::option::Option<bool>,
    /// JSON field `public`.
    pub public: ::std::option::Option<bool>,
    /// JSON field `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// JSON field `project_id`.
    pub project_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for NeutronAddFirewallRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            firewall_rules: json::take(&mut map, "firewall_rules")?,
            audited: json::take(&mut map, "audited")?,
            public: json::take(&mut map, "public")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
        })
    }
}

/// Request of [`VpcClient::neutron_add_router_interface`](super::VpcClient::neutron_add_router_interface): `PUT /v2.0/routers/{router_id}/add_router_interface`.
///
/// Required fields: `router_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronAddRouterInterfaceRequest {
    /// Required path parameter `router_id`.
    pub router_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RouterInterfaceRequestBody>,
}

impl NeutronAddRouterInterfaceRequest {
    /// Sets the `router_id` field.
    #[must_use]
    pub fn with_router_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.router_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RouterInterfaceRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::neutron_add_router_interface`](super::VpcClient::neutron_add_router_interface): `PUT /v2.0/routers/{router_id}/add_router_interface`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronAddRouterInterfaceResponse {
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// JSON field `project_id`.
    pub project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for NeutronAddRouterInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port_id: json::take(&mut map, "port_id")?,
            subnet_id: json::take(&mut map, "subnet_id")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `NeutronCreateFirewallGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallGroupOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `ingress_firewall_policy_id`.
    pub ingress_firewall_policy_id: ::std::option::Option<::std::string::String>,
    /// JSON field `egress_firewall_policy_id`.
    pub egress_firewall_policy_id: ::std::option::Option<::std::string::String>,
    /// JSON field `ports`.
    pub ports: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
}

impl NeutronCreateFirewallGroupOption {
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

    /// Sets the `ingress_firewall_policy_id` field.
    #[must_use]
    pub fn with_ingress_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ingress_firewall_policy_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `egress_firewall_policy_id` field.
    #[must_use]
    pub fn with_egress_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.egress_firewall_policy_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ports` field.
    #[must_use]
    pub fn with_ports(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.ports = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NeutronCreateFirewallGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(
            &mut map,
            "ingress_firewall_policy_id",
            &self.ingress_firewall_policy_id,
        );
        json::put(
            &mut map,
            "egress_firewall_policy_id",
            &self.egress_firewall_policy_id,
        );
        json::put(&mut map, "ports", &self.ports);
        json::put(&mut map, "admin_state_up", &self.admin_state_up);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_create_firewall_group`](super::VpcClient::neutron_create_firewall_group): `POST /v2.0/fwaas/firewall_groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallGroupRequest {
    /// Request body.
    pub body: ::std::option::Option<NeutronCreateFirewallGroupRequestBody>,
}

impl NeutronCreateFirewallGroupRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronCreateFirewallGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronCreateFirewallGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallGroupRequestBody {
    /// Required JSON field `firewall_group`.
    pub firewall_group: NeutronCreateFirewallGroupOption,
}

impl NeutronCreateFirewallGroupRequestBody {
    /// Sets the `firewall_group` field.
    #[must_use]
    pub fn with_firewall_group(mut self, value: NeutronCreateFirewallGroupOption) -> Self {
        self.firewall_group = value;
        self
    }
}

impl json::ToJson for NeutronCreateFirewallGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall_group", &self.firewall_group);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_create_firewall_group`](super::VpcClient::neutron_create_firewall_group): `POST /v2.0/fwaas/firewall_groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallGroupResponse {
    /// JSON field `firewall_group`.
    pub firewall_group: ::std::option::Option<NeutronFirewallGroup>,
}

impl json::FromJson for NeutronCreateFirewallGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_group: json::take(&mut map, "firewall_group")?,
        })
    }
}

/// JSON model `NeutronCreateFirewallPolicyOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallPolicyOption {
    /// JSON field `audited`.
    pub audited: ::std::option::Option<bool>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `firewall_rules`.
    pub firewall_rules: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl NeutronCreateFirewallPolicyOption {
    /// Sets the `audited` field.
    #[must_use]
    pub fn with_audited(mut self, value: bool) -> Self {
        self.audited = ::std::option::Option::Some(value);
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

    /// Sets the `firewall_rules` field.
    #[must_use]
    pub fn with_firewall_rules(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.firewall_rules = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for NeutronCreateFirewallPolicyOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "audited", &self.audited);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "firewall_rules", &self.firewall_rules);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_create_firewall_policy`](super::VpcClient::neutron_create_firewall_policy): `POST /v2.0/fwaas/firewall_policies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallPolicyRequest {
    /// Request body.
    pub body: ::std::option::Option<NeutronCreateFirewallPolicyRequestBody>,
}

impl NeutronCreateFirewallPolicyRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronCreateFirewallPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronCreateFirewallPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallPolicyRequestBody {
    /// Required JSON field `firewall_policy`.
    pub firewall_policy: NeutronCreateFirewallPolicyOption,
}

impl NeutronCreateFirewallPolicyRequestBody {
    /// Sets the `firewall_policy` field.
    #[must_use]
    pub fn with_firewall_policy(mut self, value: NeutronCreateFirewallPolicyOption) -> Self {
        self.firewall_policy = value;
        self
    }
}

impl json::ToJson for NeutronCreateFirewallPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall_policy", &self.firewall_policy);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_create_firewall_policy`](super::VpcClient::neutron_create_firewall_policy): `POST /v2.0/fwaas/firewall_policies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallPolicyResponse {
    /// JSON field `firewall_policy`.
    pub firewall_policy: ::std::option::Option<NeutronFirewallPolicy>,
}

impl json::FromJson for NeutronCreateFirewallPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_policy: json::take(&mut map, "firewall_policy")?,
        })
    }
}

/// JSON model `NeutronCreateFirewallRuleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallRuleOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `protocol`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// JSON field `action`.
    pub action: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_version`.
    pub ip_version: ::std::option::Option<i64>,
    /// JSON field `destination_ip_address`.
    pub destination_ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_port`.
    pub destination_port: ::std::option::Option<::std::string::String>,
    /// JSON field `source_ip_address`.
    pub source_ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `source_port`.
    pub source_port: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl NeutronCreateFirewallRuleOption {
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

    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip_version` field.
    #[must_use]
    pub fn with_ip_version(mut self, value: i64) -> Self {
        self.ip_version = ::std::option::Option::Some(value);
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

    /// Sets the `destination_port` field.
    #[must_use]
    pub fn with_destination_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_port = ::std::option::Option::Some(value.into());
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

    /// Sets the `source_port` field.
    #[must_use]
    pub fn with_source_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_port = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NeutronCreateFirewallRuleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "ip_version", &self.ip_version);
        json::put(
            &mut map,
            "destination_ip_address",
            &self.destination_ip_address,
        );
        json::put(&mut map, "destination_port", &self.destination_port);
        json::put(&mut map, "source_ip_address", &self.source_ip_address);
        json::put(&mut map, "source_port", &self.source_port);
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_create_firewall_rule`](super::VpcClient::neutron_create_firewall_rule): `POST /v2.0/fwaas/firewall_rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallRuleRequest {
    /// Request body.
    pub body: ::std::option::Option<NeutronCreateFirewallRuleRequestBody>,
}

impl NeutronCreateFirewallRuleRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronCreateFirewallRuleRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronCreateFirewallRuleRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallRuleRequestBody {
    /// Required JSON field `firewall_rule`.
    pub firewall_rule: NeutronCreateFirewallRuleOption,
}

impl NeutronCreateFirewallRuleRequestBody {
    /// Sets the `firewall_rule` field.
    #[must_use]
    pub fn with_firewall_rule(mut self, value: NeutronCreateFirewallRuleOption) -> Self {
        self.firewall_rule = value;
        self
    }
}

impl json::ToJson for NeutronCreateFirewallRuleRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall_rule", &self.firewall_rule);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_create_firewall_rule`](super::VpcClient::neutron_create_firewall_rule): `POST /v2.0/fwaas/firewall_rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateFirewallRuleResponse {
    /// JSON field `firewall_rule`.
    pub firewall_rule: ::std::option::Option<NeutronFirewallRule>,
}

impl json::FromJson for NeutronCreateFirewallRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_rule: json::take(&mut map, "firewall_rule")?,
        })
    }
}

/// JSON model `NeutronCreateNetworkOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateNetworkOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// JSON field `shared`.
    pub shared: ::std::option::Option<bool>,
    /// JSON field `provider:network_type`.
    #[cfg_attr(feature = "serde", serde(rename = "provider:network_type"))]
    pub providernetwork_type: ::std::option::Option<::std::string::String>,
    /// JSON field `port_security_enabled`.
    pub port_security_enabled: ::std::option::Option<bool>,
}

impl NeutronCreateNetworkOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `shared` field.
    #[must_use]
    pub fn with_shared(mut self, value: bool) -> Self {
        self.shared = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `providernetwork_type` field.
    #[must_use]
    pub fn with_providernetwork_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.providernetwork_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `port_security_enabled` field.
    #[must_use]
    pub fn with_port_security_enabled(mut self, value: bool) -> Self {
        self.port_security_enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NeutronCreateNetworkOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "admin_state_up", &self.admin_state_up);
        json::put(&mut map, "shared", &self.shared);
        json::put(
            &mut map,
            "provider:network_type",
            &self.providernetwork_type,
        );
        json::put(
            &mut map,
            "port_security_enabled",
            &self.port_security_enabled,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_create_network`](super::VpcClient::neutron_create_network): `POST /v2.0/networks`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateNetworkRequest {
    /// Request body.
    pub body: ::std::option::Option<NeutronCreateNetworkRequestBody>,
}

impl NeutronCreateNetworkRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronCreateNetworkRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronCreateNetworkRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateNetworkRequestBody {
    /// Required JSON field `network`.
    pub network: NeutronCreateNetworkOption,
}

impl NeutronCreateNetworkRequestBody {
    /// Sets the `network` field.
    #[must_use]
    pub fn with_network(mut self, value: NeutronCreateNetworkOption) -> Self {
        self.network = value;
        self
    }
}

impl json::ToJson for NeutronCreateNetworkRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "network", &self.network);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_create_network`](super::VpcClient::neutron_create_network): `POST /v2.0/networks`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateNetworkResponse {
    /// JSON field `network`.
    pub network: ::std::option::Option<NeutronNetwork>,
}

impl json::FromJson for NeutronCreateNetworkResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            network: json::take(&mut map, "network")?,
        })
    }
}

/// JSON model `NeutronCreatePortOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreatePortOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `network_id`.
    pub network_id: ::std::string::String,
    /// JSON field `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// JSON field `fixed_ips`.
    pub fixed_ips: ::std::option::Option<::std::vec::Vec<FixedIp>>,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `device_owner`.
    pub device_owner: ::std::option::Option<::std::string::String>,
    /// JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::option::Option<::std::vec::Vec<AllowedAddressPair>>,
    /// JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::option::Option<::std::vec::Vec<ExtraDhcpOpt>>,
    /// JSON field `binding:profile`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:profile"))]
    pub bindingprofile: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    >,
    /// JSON field `port_security_enabled`.
    pub port_security_enabled: ::std::option::Option<bool>,
    /// JSON field `binding:vnic_type`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:vnic_type"))]
    pub bindingvnic_type: ::std::option::Option<::std::string::String>,
}

impl NeutronCreatePortOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = value.into();
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `fixed_ips` field.
    #[must_use]
    pub fn with_fixed_ips(mut self, value: ::std::vec::Vec<FixedIp>) -> Self {
        self.fixed_ips = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `device_owner` field.
    #[must_use]
    pub fn with_device_owner(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_owner = ::std::option::Option::Some(value.into());
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

    /// Sets the `extra_dhcp_opts` field.
    #[must_use]
    pub fn with_extra_dhcp_opts(mut self, value: ::std::vec::Vec<ExtraDhcpOpt>) -> Self {
        self.extra_dhcp_opts = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `bindingprofile` field.
    #[must_use]
    pub fn with_bindingprofile(
        mut self,
        value: ::std::collections::HashMap<
            ::std::string::String,
            ::huaweicloud_sdk_core::json::Value,
        >,
    ) -> Self {
        self.bindingprofile = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `port_security_enabled` field.
    #[must_use]
    pub fn with_port_security_enabled(mut self, value: bool) -> Self {
        self.port_security_enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `bindingvnic_type` field.
    #[must_use]
    pub fn with_bindingvnic_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bindingvnic_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for NeutronCreatePortOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "network_id", &self.network_id);
        json::put(&mut map, "admin_state_up", &self.admin_state_up);
        json::put(&mut map, "fixed_ips", &self.fixed_ips);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "device_owner", &self.device_owner);
        json::put(
            &mut map,
            "allowed_address_pairs",
            &self.allowed_address_pairs,
        );
        json::put(&mut map, "extra_dhcp_opts", &self.extra_dhcp_opts);
        json::put(&mut map, "binding:profile", &self.bindingprofile);
        json::put(
            &mut map,
            "port_security_enabled",
            &self.port_security_enabled,
        );
        json::put(&mut map, "binding:vnic_type", &self.bindingvnic_type);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_create_port`](super::VpcClient::neutron_create_port): `POST /v2.0/ports`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreatePortRequest {
    /// Request body.
    pub body: ::std::option::Option<NeutronCreatePortRequestBody>,
}

impl NeutronCreatePortRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronCreatePortRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronCreatePortRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreatePortRequestBody {
    /// Required JSON field `port`.
    pub port: NeutronCreatePortOption,
}

impl NeutronCreatePortRequestBody {
    /// Sets the `port` field.
    #[must_use]
    pub fn with_port(mut self, value: NeutronCreatePortOption) -> Self {
        self.port = value;
        self
    }
}

impl json::ToJson for NeutronCreatePortRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "port", &self.port);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_create_port`](super::VpcClient::neutron_create_port): `POST /v2.0/ports`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreatePortResponse {
    /// JSON field `port`.
    pub port: ::std::option::Option<NeutronPort>,
}

impl json::FromJson for NeutronCreatePortResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port: json::take(&mut map, "port")?,
        })
    }
}

/// JSON model `NeutronCreateRouterOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateRouterOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// JSON field `external_gateway_info`.
    pub external_gateway_info: ::std::option::Option<ExternalGatewayInfoOption>,
}

impl NeutronCreateRouterOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `external_gateway_info` field.
    #[must_use]
    pub fn with_external_gateway_info(mut self, value: ExternalGatewayInfoOption) -> Self {
        self.external_gateway_info = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NeutronCreateRouterOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "admin_state_up", &self.admin_state_up);
        json::put(
            &mut map,
            "external_gateway_info",
            &self.external_gateway_info,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_create_router`](super::VpcClient::neutron_create_router): `POST /v2.0/routers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateRouterRequest {
    /// Request body.
    pub body: ::std::option::Option<NeutronCreateRouterRequestBody>,
}

impl NeutronCreateRouterRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronCreateRouterRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronCreateRouterRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateRouterRequestBody {
    /// Required JSON field `router`.
    pub router: NeutronCreateRouterOption,
}

impl NeutronCreateRouterRequestBody {
    /// Sets the `router` field.
    #[must_use]
    pub fn with_router(mut self, value: NeutronCreateRouterOption) -> Self {
        self.router = value;
        self
    }
}

impl json::ToJson for NeutronCreateRouterRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "router", &self.router);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_create_router`](super::VpcClient::neutron_create_router): `POST /v2.0/routers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateRouterResponse {
    /// JSON field `router`.
    pub router: ::std::option::Option<NeutronRouter>,
}

impl json::FromJson for NeutronCreateRouterResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            router: json::take(&mut map, "router")?,
        })
    }
}

/// JSON model `NeutronCreateSecurityGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSecurityGroupOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl NeutronCreateSecurityGroupOption {
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

impl json::ToJson for NeutronCreateSecurityGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_create_security_group`](super::VpcClient::neutron_create_security_group): `POST /v2.0/security-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSecurityGroupRequest {
    /// Request body.
    pub body: ::std::option::Option<NeutronCreateSecurityGroupRequestBody>,
}

impl NeutronCreateSecurityGroupRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronCreateSecurityGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronCreateSecurityGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSecurityGroupRequestBody {
    /// Required JSON field `security_group`.
    pub security_group: NeutronCreateSecurityGroupOption,
}

impl NeutronCreateSecurityGroupRequestBody {
    /// Sets the `security_group` field.
    #[must_use]
    pub fn with_security_group(mut self, value: NeutronCreateSecurityGroupOption) -> Self {
        self.security_group = value;
        self
    }
}

impl json::ToJson for NeutronCreateSecurityGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "security_group", &self.security_group);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_create_security_group`](super::VpcClient::neutron_create_security_group): `POST /v2.0/security-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSecurityGroupResponse {
    /// JSON field `security_group`.
    pub security_group: ::std::option::Option<NeutronSecurityGroup>,
}

impl json::FromJson for NeutronCreateSecurityGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group: json::take(&mut map, "security_group")?,
        })
    }
}

/// JSON model `NeutronCreateSecurityGroupRuleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSecurityGroupRuleOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `direction`.
    pub direction: ::std::string::String,
    /// JSON field `ethertype`.
    pub ethertype: ::std::option::Option<::std::string::String>,
    /// JSON field `port_range_max`.
    pub port_range_max: ::std::option::Option<i64>,
    /// JSON field `port_range_min`.
    pub port_range_min: ::std::option::Option<i64>,
    /// JSON field `protocol`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_group_id`.
    pub remote_group_id: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_ip_prefix`.
    pub remote_ip_prefix: ::std::option::Option<::std::string::String>,
    /// JSON field `remote_address_group_id`.
    pub remote_address_group_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `security_group_id`.
    pub security_group_id: ::std::string::String,
}

impl NeutronCreateSecurityGroupRuleOption {
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

    /// Sets the `port_range_max` field.
    #[must_use]
    pub fn with_port_range_max(mut self, value: i64) -> Self {
        self.port_range_max = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `port_range_min` field.
    #[must_use]
    pub fn with_port_range_min(mut self, value: i64) -> Self {
        self.port_range_min = ::std::option::Option::Some(value);
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

    /// Sets the `remote_group_id` field.
    #[must_use]
    pub fn with_remote_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remote_group_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `remote_address_group_id` field.
    #[must_use]
    pub fn with_remote_address_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remote_address_group_id = ::std::option::Option::Some(value.into());
        self
    }

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

impl json::ToJson for NeutronCreateSecurityGroupRuleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "direction", &self.direction);
        json::put(&mut map, "ethertype", &self.ethertype);
        json::put(&mut map, "port_range_max", &self.port_range_max);
        json::put(&mut map, "port_range_min", &self.port_range_min);
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "remote_group_id", &self.remote_group_id);
        json::put(&mut map, "remote_ip_prefix", &self.remote_ip_prefix);
        json::put(
            &mut map,
            "remote_address_group_id",
            &self.remote_address_group_id,
        );
        json::put(&mut map, "security_group_id", &self.security_group_id);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_create_security_group_rule`](super::VpcClient::neutron_create_security_group_rule): `POST /v2.0/security-group-rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSecurityGroupRuleRequest {
    /// Request body.
    pub body: ::std::option::Option<NeutronCreateSecurityGroupRuleRequestBody>,
}

impl NeutronCreateSecurityGroupRuleRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronCreateSecurityGroupRuleRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronCreateSecurityGroupRuleRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSecurityGroupRuleRequestBody {
    /// Required JSON field `security_group_rule`.
    pub security_group_rule: NeutronCreateSecurityGroupRuleOption,
}

impl NeutronCreateSecurityGroupRuleRequestBody {
    /// Sets the `security_group_rule` field.
    #[must_use]
    pub fn with_security_group_rule(mut self, value: NeutronCreateSecurityGroupRuleOption) -> Self {
        self.security_group_rule = value;
        self
    }
}

impl json::ToJson for NeutronCreateSecurityGroupRuleRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "security_group_rule", &self.security_group_rule);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_create_security_group_rule`](super::VpcClient::neutron_create_security_group_rule): `POST /v2.0/security-group-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSecurityGroupRuleResponse {
    /// JSON field `security_group_rule`.
    pub security_group_rule: ::std::option::Option<NeutronSecurityGroupRule>,
}

impl json::FromJson for NeutronCreateSecurityGroupRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group_rule: json::take(&mut map, "security_group_rule")?,
        })
    }
}

/// JSON model `NeutronCreateSubnetOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSubnetOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// Required JSON field `network_id`.
    pub network_id: ::std::string::String,
    /// JSON field `gateway_ip`.
    pub gateway_ip: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_version`.
    pub ip_version: ::std::option::Option<i64>,
    /// JSON field `allocation_pools`.
    pub allocation_pools: ::std::option::Option<::std::vec::Vec<AllocationPool>>,
    /// JSON field `dns_nameservers`.
    pub dns_nameservers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `host_routes`.
    pub host_routes: ::std::option::Option<::std::vec::Vec<HostRoute>>,
    /// JSON field `enable_dhcp`.
    pub enable_dhcp: ::std::option::Option<bool>,
    /// JSON field `ipv6_address_mode`.
    pub ipv6_address_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `ipv6_ra_mode`.
    pub ipv6_ra_mode: ::std::option::Option<::std::string::String>,
}

impl NeutronCreateSubnetOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `cidr` field.
    #[must_use]
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = value.into();
        self
    }

    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = value.into();
        self
    }

    /// Sets the `gateway_ip` field.
    #[must_use]
    pub fn with_gateway_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gateway_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip_version` field.
    #[must_use]
    pub fn with_ip_version(mut self, value: i64) -> Self {
        self.ip_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allocation_pools` field.
    #[must_use]
    pub fn with_allocation_pools(mut self, value: ::std::vec::Vec<AllocationPool>) -> Self {
        self.allocation_pools = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `dns_nameservers` field.
    #[must_use]
    pub fn with_dns_nameservers(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.dns_nameservers = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `host_routes` field.
    #[must_use]
    pub fn with_host_routes(mut self, value: ::std::vec::Vec<HostRoute>) -> Self {
        self.host_routes = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enable_dhcp` field.
    #[must_use]
    pub fn with_enable_dhcp(mut self, value: bool) -> Self {
        self.enable_dhcp = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `ipv6_address_mode` field.
    #[must_use]
    pub fn with_ipv6_address_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_address_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ipv6_ra_mode` field.
    #[must_use]
    pub fn with_ipv6_ra_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_ra_mode = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for NeutronCreateSubnetOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "cidr", &self.cidr);
        json::put(&mut map, "network_id", &self.network_id);
        json::put(&mut map, "gateway_ip", &self.gateway_ip);
        json::put(&mut map, "ip_version", &self.ip_version);
        json::put(&mut map, "allocation_pools", &self.allocation_pools);
        json::put(&mut map, "dns_nameservers", &self.dns_nameservers);
        json::put(&mut map, "host_routes", &self.host_routes);
        json::put(&mut map, "enable_dhcp", &self.enable_dhcp);
        json::put(&mut map, "ipv6_address_mode", &self.ipv6_address_mode);
        json::put(&mut map, "ipv6_ra_mode", &self.ipv6_ra_mode);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_create_subnet`](super::VpcClient::neutron_create_subnet): `POST /v2.0/subnets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSubnetRequest {
    /// Request body.
    pub body: ::std::option::Option<NeutronCreateSubnetRequestBody>,
}

impl NeutronCreateSubnetRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronCreateSubnetRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronCreateSubnetRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSubnetRequestBody {
    /// Required JSON field `subnet`.
    pub subnet: NeutronCreateSubnetOption,
}

impl NeutronCreateSubnetRequestBody {
    /// Sets the `subnet` field.
    #[must_use]
    pub fn with_subnet(mut self, value: NeutronCreateSubnetOption) -> Self {
        self.subnet = value;
        self
    }
}

impl json::ToJson for NeutronCreateSubnetRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet", &self.subnet);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_create_subnet`](super::VpcClient::neutron_create_subnet): `POST /v2.0/subnets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronCreateSubnetResponse {
    /// JSON field `subnet`.
    pub subnet: ::std::option::Option<NeutronSubnet>,
}

impl json::FromJson for NeutronCreateSubnetResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            subnet: json::take(&mut map, "subnet")?,
        })
    }
}

/// Request of [`VpcClient::neutron_delete_firewall_group`](super::VpcClient::neutron_delete_firewall_group): `DELETE /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
///
/// Required fields: `firewall_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteFirewallGroupRequest {
    /// Required path parameter `firewall_group_id`.
    pub firewall_group_id: ::std::string::String,
}

impl NeutronDeleteFirewallGroupRequest {
    /// Sets the `firewall_group_id` field.
    #[must_use]
    pub fn with_firewall_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_group_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_delete_firewall_group`](super::VpcClient::neutron_delete_firewall_group): `DELETE /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteFirewallGroupResponse {}

impl json::FromJson for NeutronDeleteFirewallGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::neutron_delete_firewall_policy`](super::VpcClient::neutron_delete_firewall_policy): `DELETE /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
///
/// Required fields: `firewall_policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteFirewallPolicyRequest {
    /// Required path parameter `firewall_policy_id`.
    pub firewall_policy_id: ::std::string::String,
}

impl NeutronDeleteFirewallPolicyRequest {
    /// Sets the `firewall_policy_id` field.
    #[must_use]
    pub fn with_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_policy_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_delete_firewall_policy`](super::VpcClient::neutron_delete_firewall_policy): `DELETE /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteFirewallPolicyResponse {}

impl json::FromJson for NeutronDeleteFirewallPolicyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::neutron_delete_firewall_rule`](super::VpcClient::neutron_delete_firewall_rule): `DELETE /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
///
/// Required fields: `firewall_rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteFirewallRuleRequest {
    /// Required path parameter `firewall_rule_id`.
    pub firewall_rule_id: ::std::string::String,
}

impl NeutronDeleteFirewallRuleRequest {
    /// Sets the `firewall_rule_id` field.
    #[must_use]
    pub fn with_firewall_rule_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_rule_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_delete_firewall_rule`](super::VpcClient::neutron_delete_firewall_rule): `DELETE /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteFirewallRuleResponse {}

impl json::FromJson for NeutronDeleteFirewallRuleResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::neutron_delete_network`](super::VpcClient::neutron_delete_network): `DELETE /v2.0/networks/{network_id}`.
///
/// Required fields: `network_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteNetworkRequest {
    /// Required path parameter `network_id`.
    pub network_id: ::std::string::String,
}

impl NeutronDeleteNetworkRequest {
    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_delete_network`](super::VpcClient::neutron_delete_network): `DELETE /v2.0/networks/{network_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteNetworkResponse {}

impl json::FromJson for NeutronDeleteNetworkResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::neutron_delete_port`](super::VpcClient::neutron_delete_port): `DELETE /v2.0/ports/{port_id}`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeletePortRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
}

impl NeutronDeletePortRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_delete_port`](super::VpcClient::neutron_delete_port): `DELETE /v2.0/ports/{port_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeletePortResponse {}

impl json::FromJson for NeutronDeletePortResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::neutron_delete_router`](super::VpcClient::neutron_delete_router): `DELETE /v2.0/routers/{router_id}`.
///
/// Required fields: `router_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteRouterRequest {
    /// Required path parameter `router_id`.
    pub router_id: ::std::string::String,
}

impl NeutronDeleteRouterRequest {
    /// Sets the `router_id` field.
    #[must_use]
    pub fn with_router_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.router_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_delete_router`](super::VpcClient::neutron_delete_router): `DELETE /v2.0/routers/{router_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteRouterResponse {}

impl json::FromJson for NeutronDeleteRouterResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::neutron_delete_security_group`](super::VpcClient::neutron_delete_security_group): `DELETE /v2.0/security-groups/{security_group_id}`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteSecurityGroupRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
}

impl NeutronDeleteSecurityGroupRequest {
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

/// Response of [`VpcClient::neutron_delete_security_group`](super::VpcClient::neutron_delete_security_group): `DELETE /v2.0/security-groups/{security_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteSecurityGroupResponse {}

impl json::FromJson for NeutronDeleteSecurityGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::neutron_delete_security_group_rule`](super::VpcClient::neutron_delete_security_group_rule): `DELETE /v2.0/security-group-rules/{security_group_rule_id}`.
///
/// Required fields: `security_group_rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteSecurityGroupRuleRequest {
    /// Required path parameter `security_group_rule_id`.
    pub security_group_rule_id: ::std::string::String,
}

impl NeutronDeleteSecurityGroupRuleRequest {
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

/// Response of [`VpcClient::neutron_delete_security_group_rule`](super::VpcClient::neutron_delete_security_group_rule): `DELETE /v2.0/security-group-rules/{security_group_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteSecurityGroupRuleResponse {}

impl json::FromJson for NeutronDeleteSecurityGroupRuleResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`VpcClient::neutron_delete_subnet`](super::VpcClient::neutron_delete_subnet): `DELETE /v2.0/subnets/{subnet_id}`.
///
/// Required fields: `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteSubnetRequest {
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
}

impl NeutronDeleteSubnetRequest {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_delete_subnet`](super::VpcClient::neutron_delete_subnet): `DELETE /v2.0/subnets/{subnet_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronDeleteSubnetResponse {}

impl json::FromJson for NeutronDeleteSubnetResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `NeutronFirewallGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronFirewallGroup {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `admin_state_up`.
    pub admin_state_up: bool,
    /// Required JSON field `egress_firewall_policy_id`.
    pub egress_firewall_policy_id: ::std::string::String,
    /// Required JSON field `ingress_firewall_policy_id`.
    pub ingress_firewall_policy_id: ::std::string::String,
    /// Required JSON field `ports`.
    pub ports: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `public`.
    pub public: bool,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for NeutronFirewallGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            admin_state_up: json::take(&mut map, "admin_state_up")?,
            egress_firewall_policy_id: json::take(&mut map, "egress_firewall_policy_id")?,
            ingress_firewall_policy_id: json::take(&mut map, "ingress_firewall_policy_id")?,
            ports: json::take(&mut map, "ports")?,
            public: json::take(&mut map, "public")?,
            status: json::take(&mut map, "status")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `NeutronFirewallPolicy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronFirewallPolicy {
    /// Required JSON field `audited`.
    pub audited: bool,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `firewall_rules`.
    pub firewall_rules: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `public`.
    pub public: bool,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
}

impl json::FromJson for NeutronFirewallPolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            audited: json::take(&mut map, "audited")?,
            description: json::take(&mut map, "description")?,
            firewall_rules: json::take(&mut map, "firewall_rules")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            public: json::take(&mut map, "public")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
        })
    }
}

/// JSON model `NeutronFirewallRule`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronFirewallRule {
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
    /// Required JSON field `enabled`.
    pub enabled: bool,
    /// Required JSON field `public`.
    pub public: bool,
    /// Required JSON field `destination_ip_address`.
    pub destination_ip_address: ::std::string::String,
    /// Required JSON field `destination_port`.
    pub destination_port: ::std::string::String,
    /// Required JSON field `source_ip_address`.
    pub source_ip_address: ::std::string::String,
    /// Required JSON field `source_port`.
    pub source_port: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
}

impl json::FromJson for NeutronFirewallRule {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            action: json::take(&mut map, "action")?,
            protocol: json::take(&mut map, "protocol")?,
            ip_version: json::take(&mut map, "ip_version")?,
            enabled: json::take(&mut map, "enabled")?,
            public: json::take(&mut map, "public")?,
            destination_ip_address: json::take(&mut map, "destination_ip_address")?,
            destination_port: json::take(&mut map, "destination_port")?,
            source_ip_address: json::take(&mut map, "source_ip_address")?,
            source_port: json::take(&mut map, "source_port")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
        })
    }
}

/// JSON model `NeutronInsertFirewallRuleRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronInsertFirewallRuleRequestBody {
    /// Required JSON field `firewall_rule_id`.
    pub firewall_rule_id: ::std::string::String,
    /// JSON field `insert_after`.
    pub insert_after: ::std::option::Option<::std::string::String>,
    /// JSON field `insert_before`.
    pub insert_before: ::std::option::Option<::std::string::String>,
}

impl NeutronInsertFirewallRuleRequestBody {
    /// Sets the `firewall_rule_id` field.
    #[must_use]
    pub fn with_firewall_rule_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_rule_id = value.into();
        self
    }

    /// Sets the `insert_after` field.
    #[must_use]
    pub fn with_insert_after(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.insert_after = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `insert_before` field.
    #[must_use]
    pub fn with_insert_before(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.insert_before = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for NeutronInsertFirewallRuleRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall_rule_id", &self.firewall_rule_id);
        json::put(&mut map, "insert_after", &self.insert_after);
        json::put(&mut map, "insert_before", &self.insert_before);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_list_firewall_groups`](super::VpcClient::neutron_list_firewall_groups): `GET /v2.0/fwaas/firewall_groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListFirewallGroupsRequest {
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `ingress_firewall_policy_id`.
    pub ingress_firewall_policy_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `egress_firewall_policy_id`.
    pub egress_firewall_policy_id: ::std::option::Option<::std::string::String>,
}

impl NeutronListFirewallGroupsRequest {
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

    /// Sets the `ingress_firewall_policy_id` field.
    #[must_use]
    pub fn with_ingress_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ingress_firewall_policy_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `egress_firewall_policy_id` field.
    #[must_use]
    pub fn with_egress_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.egress_firewall_policy_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::neutron_list_firewall_groups`](super::VpcClient::neutron_list_firewall_groups): `GET /v2.0/fwaas/firewall_groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListFirewallGroupsResponse {
    /// JSON field `firewall_groups`.
    pub firewall_groups: ::std::option::Option<::std::vec::Vec<NeutronFirewallGroup>>,
    /// JSON field `firewall_groups_links`.
    pub firewall_groups_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for NeutronListFirewallGroupsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_groups: json::take(&mut map, "firewall_groups")?,
            firewall_groups_links: json::take(&mut map, "firewall_groups_links")?,
        })
    }
}

/// Request of [`VpcClient::neutron_list_firewall_policies`](super::VpcClient::neutron_list_firewall_policies): `GET /v2.0/fwaas/firewall_policies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListFirewallPoliciesRequest {
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
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl NeutronListFirewallPoliciesRequest {
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

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::neutron_list_firewall_policies`](super::VpcClient::neutron_list_firewall_policies): `GET /v2.0/fwaas/firewall_policies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListFirewallPoliciesResponse {
    /// JSON field `firewall_policies`.
    pub firewall_policies: ::std::option::Option<::std::vec::Vec<NeutronFirewallPolicy>>,
    /// JSON field `firewall_policies_links`.
    pub firewall_policies_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for NeutronListFirewallPoliciesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_policies: json::take(&mut map, "firewall_policies")?,
            firewall_policies_links: json::take(&mut map, "firewall_policies_links")?,
        })
    }
}

/// Request of [`VpcClient::neutron_list_firewall_rules`](super::VpcClient::neutron_list_firewall_rules): `GET /v2.0/fwaas/firewall_rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListFirewallRulesRequest {
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `action`.
    pub action: ::std::option::Option<::std::string::String>,
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl NeutronListFirewallRulesRequest {
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

    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::neutron_list_firewall_rules`](super::VpcClient::neutron_list_firewall_rules): `GET /v2.0/fwaas/firewall_rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListFirewallRulesResponse {
    /// JSON field `firewall_rules`.
    pub firewall_rules: ::std::option::Option<::std::vec::Vec<NeutronFirewallRule>>,
    /// JSON field `firewall_rules_links`.
    pub firewall_rules_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for NeutronListFirewallRulesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_rules: json::take(&mut map, "firewall_rules")?,
            firewall_rules_links: json::take(&mut map, "firewall_rules_links")?,
        })
    }
}

/// Request of [`VpcClient::neutron_list_networks`](super::VpcClient::neutron_list_networks): `GET /v2.0/networks`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListNetworksRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `shared`.
    pub shared: ::std::option::Option<bool>,
    /// Query parameter `router:external`.
    #[cfg_attr(feature = "serde", serde(rename = "router:external"))]
    pub routerexternal: ::std::option::Option<bool>,
    /// Query parameter `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// Query parameter `provider:network_type`.
    #[cfg_attr(feature = "serde", serde(rename = "provider:network_type"))]
    pub providernetwork_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl NeutronListNetworksRequest {
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

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `shared` field.
    #[must_use]
    pub fn with_shared(mut self, value: bool) -> Self {
        self.shared = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `routerexternal` field.
    #[must_use]
    pub fn with_routerexternal(mut self, value: bool) -> Self {
        self.routerexternal = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `providernetwork_type` field.
    #[must_use]
    pub fn with_providernetwork_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.providernetwork_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::neutron_list_networks`](super::VpcClient::neutron_list_networks): `GET /v2.0/networks`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListNetworksResponse {
    /// JSON field `networks`.
    pub networks: ::std::option::Option<::std::vec::Vec<NeutronNetwork>>,
    /// JSON field `networks_links`.
    pub networks_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for NeutronListNetworksResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            networks: json::take(&mut map, "networks")?,
            networks_links: json::take(&mut map, "networks_links")?,
        })
    }
}

/// Request of [`VpcClient::neutron_list_ports`](super::VpcClient::neutron_list_ports): `GET /v2.0/ports`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListPortsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// Query parameter `network_id`.
    pub network_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `mac_address`.
    pub mac_address: ::std::option::Option<::std::string::String>,
    /// Query parameter `device_id`.
    pub device_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `device_owner`.
    pub device_owner: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `fixed_ips`.
    pub fixed_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl NeutronListPortsRequest {
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

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `device_id` field.
    #[must_use]
    pub fn with_device_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `device_owner` field.
    #[must_use]
    pub fn with_device_owner(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_owner = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `fixed_ips` field.
    #[must_use]
    pub fn with_fixed_ips(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.fixed_ips = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::neutron_list_ports`](super::VpcClient::neutron_list_ports): `GET /v2.0/ports`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListPortsResponse {
    /// JSON field `ports`.
    pub ports: ::std::option::Option<::std::vec::Vec<NeutronPort>>,
    /// JSON field `ports_links`.
    pub ports_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for NeutronListPortsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            ports: json::take(&mut map, "ports")?,
            ports_links: json::take(&mut map, "ports_links")?,
        })
    }
}

/// Request of [`VpcClient::neutron_list_routers`](super::VpcClient::neutron_list_routers): `GET /v2.0/routers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListRoutersRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
}

impl NeutronListRoutersRequest {
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
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::neutron_list_routers`](super::VpcClient::neutron_list_routers): `GET /v2.0/routers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListRoutersResponse {
    /// JSON field `routers`.
    pub routers: ::std::option::Option<::std::vec::Vec<NeutronRouter>>,
    /// JSON field `routers_links`.
    pub routers_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for NeutronListRoutersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            routers: json::take(&mut map, "routers")?,
            routers_links: json::take(&mut map, "routers_links")?,
        })
    }
}

/// Request of [`VpcClient::neutron_list_security_group_rules`](super::VpcClient::neutron_list_security_group_rules): `GET /v2.0/security-group-rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListSecurityGroupRulesRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `direction`.
    pub direction: ::std::option::Option<::std::string::String>,
    /// Query parameter `protocol`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// Query parameter `ethertype`.
    pub ethertype: ::std::option::Option<::std::string::String>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Query parameter `remote_ip_prefix`.
    pub remote_ip_prefix: ::std::option::Option<::std::string::String>,
    /// Query parameter `remote_group_id`.
    pub remote_group_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `security_group_id`.
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `port_range_max`.
    pub port_range_max: ::std::option::Option<::std::string::String>,
    /// Query parameter `port_range_min`.
    pub port_range_min: ::std::option::Option<::std::string::String>,
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl NeutronListSecurityGroupRulesRequest {
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
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
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

    /// Sets the `ethertype` field.
    #[must_use]
    pub fn with_ethertype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ethertype = ::std::option::Option::Some(value.into());
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

    /// Sets the `security_group_id` field.
    #[must_use]
    pub fn with_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `port_range_max` field.
    #[must_use]
    pub fn with_port_range_max(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.port_range_max = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `port_range_min` field.
    #[must_use]
    pub fn with_port_range_min(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.port_range_min = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::neutron_list_security_group_rules`](super::VpcClient::neutron_list_security_group_rules): `GET /v2.0/security-group-rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListSecurityGroupRulesResponse {
    /// JSON field `security_group_rules`.
    pub security_group_rules: ::std::option::Option<::std::vec::Vec<NeutronSecurityGroupRule>>,
    /// JSON field `security_group_rules_links`.
    pub security_group_rules_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for NeutronListSecurityGroupRulesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group_rules: json::take(&mut map, "security_group_rules")?,
            security_group_rules_links: json::take(&mut map, "security_group_rules_links")?,
        })
    }
}

/// Request of [`VpcClient::neutron_list_security_groups`](super::VpcClient::neutron_list_security_groups): `GET /v2.0/security-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListSecurityGroupsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl NeutronListSecurityGroupsRequest {
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

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::neutron_list_security_groups`](super::VpcClient::neutron_list_security_groups): `GET /v2.0/security-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListSecurityGroupsResponse {
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<NeutronSecurityGroup>>,
    /// JSON field `security_groups_links`.
    pub security_groups_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for NeutronListSecurityGroupsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_groups: json::take(&mut map, "security_groups")?,
            security_groups_links: json::take(&mut map, "security_groups_links")?,
        })
    }
}

/// Request of [`VpcClient::neutron_list_subnets`](super::VpcClient::neutron_list_subnets): `GET /v2.0/subnets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListSubnetsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `cidr`.
    pub cidr: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `enable_dhcp`.
    pub enable_dhcp: ::std::option::Option<bool>,
    /// Query parameter `network_id`.
    pub network_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `ip_version`.
    pub ip_version: ::std::option::Option<i64>,
    /// Query parameter `gateway_ip`.
    pub gateway_ip: ::std::option::Option<::std::string::String>,
    /// Query parameter `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl NeutronListSubnetsRequest {
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
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `cidr` field.
    #[must_use]
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enable_dhcp` field.
    #[must_use]
    pub fn with_enable_dhcp(mut self, value: bool) -> Self {
        self.enable_dhcp = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip_version` field.
    #[must_use]
    pub fn with_ip_version(mut self, value: i64) -> Self {
        self.ip_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `gateway_ip` field.
    #[must_use]
    pub fn with_gateway_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gateway_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::neutron_list_subnets`](super::VpcClient::neutron_list_subnets): `GET /v2.0/subnets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronListSubnetsResponse {
    /// JSON field `subnets`.
    pub subnets: ::std::option::Option<::std::vec::Vec<NeutronSubnet>>,
    /// JSON field `subnets_links`.
    pub subnets_links: ::std::option::Option<::std::vec::Vec<NeutronPageLink>>,
}

impl json::FromJson for NeutronListSubnetsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            subnets: json::take(&mut map, "subnets")?,
            subnets_links: json::take(&mut map, "subnets_links")?,
        })
    }
}

/// JSON model `NeutronNetwork`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronNetwork {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `subnets`.
    pub subnets: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `router:external`.
    #[cfg_attr(feature = "serde", serde(rename = "router:external"))]
    pub routerexternal: bool,
    /// Required JSON field `admin_state_up`.
    pub admin_state_up: bool,
    /// Required JSON field `shared`.
    pub shared: bool,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `provider:network_type`.
    #[cfg_attr(feature = "serde", serde(rename = "provider:network_type"))]
    pub providernetwork_type: ::std::string::String,
    /// Required JSON field `availability_zone_hints`.
    pub availability_zone_hints: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `availability_zones`.
    pub availability_zones: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `port_security_enabled`.
    pub port_security_enabled: bool,
    /// Required JSON field `dns_domain`.
    pub dns_domain: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for NeutronNetwork {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            status: json::take(&mut map, "status")?,
            name: json::take(&mut map, "name")?,
            subnets: json::take(&mut map, "subnets")?,
            routerexternal: json::take(&mut map, "router:external")?,
            admin_state_up: json::take(&mut map, "admin_state_up")?,
            shared: json::take(&mut map, "shared")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            providernetwork_type: json::take(&mut map, "provider:network_type")?,
            availability_zone_hints: json::take(&mut map, "availability_zone_hints")?,
            availability_zones: json::take(&mut map, "availability_zones")?,
            port_security_enabled: json::take(&mut map, "port_security_enabled")?,
            dns_domain: json::take(&mut map, "dns_domain")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `NeutronPageLink`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronPageLink {
    /// Required JSON field `href`.
    pub href: ::std::string::String,
    /// Required JSON field `rel`.
    pub rel: ::std::string::String,
}

impl json::FromJson for NeutronPageLink {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            href: json::take(&mut map, "href")?,
            rel: json::take(&mut map, "rel")?,
        })
    }
}

/// JSON model `NeutronPort`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronPort {
    /// Required JSON field `admin_state_up`.
    pub admin_state_up: bool,
    /// Required JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::vec::Vec<AllowedAddressPair>,
    /// Required JSON field `binding:profile`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:profile"))]
    pub bindingprofile: ::huaweicloud_sdk_core::json::Value,
    /// Required JSON field `binding:vif_details`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:vif_details"))]
    pub bindingvif_details: BindingVifDetails,
    /// Required JSON field `binding:vnic_type`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:vnic_type"))]
    pub bindingvnic_type: ::std::string::String,
    /// Required JSON field `device_id`.
    pub device_id: ::std::string::String,
    /// Required JSON field `device_owner`.
    pub device_owner: ::std::string::String,
    /// Required JSON field `dns_assignment`.
    pub dns_assignment: ::std::vec::Vec<DnsAssignMent>,
    /// Required JSON field `dns_name`.
    pub dns_name: ::std::string::String,
    /// Required JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::vec::Vec<ExtraDhcpOpt>,
    /// Required JSON field `fixed_ips`.
    pub fixed_ips: ::std::vec::Vec<FixedIp>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `mac_address`.
    pub mac_address: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `network_id`.
    pub network_id: ::std::string::String,
    /// Required JSON field `port_security_enabled`.
    pub port_security_enabled: bool,
    /// Required JSON field `security_groups`.
    pub security_groups: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for NeutronPort {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            admin_state_up: json::take(&mut map, "admin_state_up")?,
            allowed_address_pairs: json::take(&mut map, "allowed_address_pairs")?,
            bindingprofile: json::take(&mut map, "binding:profile")?,
            bindingvif_details: json::take(&mut map, "binding:vif_details")?,
            bindingvnic_type: json::take(&mut map, "binding:vnic_type")?,
            device_id: json::take(&mut map, "device_id")?,
            device_owner: json::take(&mut map, "device_owner")?,
            dns_assignment: json::take(&mut map, "dns_assignment")?,
            dns_name: json::take(&mut map, "dns_name")?,
            extra_dhcp_opts: json::take(&mut map, "extra_dhcp_opts")?,
            fixed_ips: json::take(&mut map, "fixed_ips")?,
            id: json::take(&mut map, "id")?,
            mac_address: json::take(&mut map, "mac_address")?,
            name: json::take(&mut map, "name")?,
            network_id: json::take(&mut map, "network_id")?,
            port_security_enabled: json::take(&mut map, "port_security_enabled")?,
            security_groups: json::take(&mut map, "security_groups")?,
            status: json::take(&mut map, "status")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// Request of [`VpcClient::neutron_remove_firewall_rule`](super::VpcClient::neutron_remove_firewall_rule): `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/remove_rule`.
///
/// Required fields: `firewall_policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronRemoveFirewallRuleRequest {
    /// Required path parameter `firewall_policy_id`.
    pub firewall_policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NeutronRemoveFirewallRuleRequestBody>,
}

impl NeutronRemoveFirewallRuleRequest {
    /// Sets the `firewall_policy_id` field.
    #[must_use]
    pub fn with_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronRemoveFirewallRuleRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronRemoveFirewallRuleRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronRemoveFirewallRuleRequestBody {
    /// Required JSON field `firewall_rule_id`.
    pub firewall_rule_id: ::std::string::String,
}

impl NeutronRemoveFirewallRuleRequestBody {
    /// Sets the `firewall_rule_id` field.
    #[must_use]
    pub fn with_firewall_rule_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_rule_id = value.into();
        self
    }
}

impl json::ToJson for NeutronRemoveFirewallRuleRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall_rule_id", &self.firewall_rule_id);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_remove_firewall_rule`](super::VpcClient::neutron_remove_firewall_rule): `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}/remove_rule`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronRemoveFirewallRuleResponse {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `firewall_rules`.
    pub firewall_rules: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `audited`.
    pub audited: ::std::option::Option<bool>,
    /// JSON field `public`.
    pub public: ::std::option::Option<bool>,
    /// JSON field `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// JSON field `project_id`.
    pub project_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for NeutronRemoveFirewallRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            firewall_rules: json::take(&mut map, "firewall_rules")?,
            audited: json::take(&mut map, "audited")?,
            public: json::take(&mut map, "public")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
        })
    }
}

/// Request of [`VpcClient::neutron_remove_router_interface`](super::VpcClient::neutron_remove_router_interface): `PUT /v2.0/routers/{router_id}/remove_router_interface`.
///
/// Required fields: `router_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronRemoveRouterInterfaceRequest {
    /// Required path parameter `router_id`.
    pub router_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RouterInterfaceRequestBody>,
}

impl NeutronRemoveRouterInterfaceRequest {
    /// Sets the `router_id` field.
    #[must_use]
    pub fn with_router_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.router_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RouterInterfaceRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::neutron_remove_router_interface`](super::VpcClient::neutron_remove_router_interface): `PUT /v2.0/routers/{router_id}/remove_router_interface`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronRemoveRouterInterfaceResponse {
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// JSON field `project_id`.
    pub project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for NeutronRemoveRouterInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port_id: json::take(&mut map, "port_id")?,
            subnet_id: json::take(&mut map, "subnet_id")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `NeutronRouter`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronRouter {
    /// Required JSON field `admin_state_up`.
    pub admin_state_up: bool,
    /// Required JSON field `external_gateway_info`.
    pub external_gateway_info: ExternalGatewayInfo,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `routes`.
    pub routes: ::std::vec::Vec<Route>,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for NeutronRouter {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            admin_state_up: json::take(&mut map, "admin_state_up")?,
            external_gateway_info: json::take(&mut map, "external_gateway_info")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            routes: json::take(&mut map, "routes")?,
            status: json::take(&mut map, "status")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `NeutronSecurityGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronSecurityGroup {
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `security_group_rules`.
    pub security_group_rules: ::std::vec::Vec<NeutronSecurityGroupRule>,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for NeutronSecurityGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            security_group_rules: json::take(&mut map, "security_group_rules")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `NeutronSecurityGroupRule`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronSecurityGroupRule {
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `direction`.
    pub direction: ::std::string::String,
    /// Required JSON field `ethertype`.
    pub ethertype: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `port_range_max`.
    pub port_range_max: i64,
    /// Required JSON field `port_range_min`.
    pub port_range_min: i64,
    /// Required JSON field `protocol`.
    pub protocol: ::std::string::String,
    /// Required JSON field `remote_group_id`.
    pub remote_group_id: ::std::string::String,
    /// Required JSON field `remote_ip_prefix`.
    pub remote_ip_prefix: ::std::string::String,
    /// Required JSON field `remote_address_group_id`.
    pub remote_address_group_id: ::std::string::String,
    /// Required JSON field `security_group_id`.
    pub security_group_id: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for NeutronSecurityGroupRule {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            direction: json::take(&mut map, "direction")?,
            ethertype: json::take(&mut map, "ethertype")?,
            id: json::take(&mut map, "id")?,
            port_range_max: json::take(&mut map, "port_range_max")?,
            port_range_min: json::take(&mut map, "port_range_min")?,
            protocol: json::take(&mut map, "protocol")?,
            remote_group_id: json::take(&mut map, "remote_group_id")?,
            remote_ip_prefix: json::take(&mut map, "remote_ip_prefix")?,
            remote_address_group_id: json::take(&mut map, "remote_address_group_id")?,
            security_group_id: json::take(&mut map, "security_group_id")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// Request of [`VpcClient::neutron_show_firewall_group`](super::VpcClient::neutron_show_firewall_group): `GET /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
///
/// Required fields: `firewall_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowFirewallGroupRequest {
    /// Required path parameter `firewall_group_id`.
    pub firewall_group_id: ::std::string::String,
}

impl NeutronShowFirewallGroupRequest {
    /// Sets the `firewall_group_id` field.
    #[must_use]
    pub fn with_firewall_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_group_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_show_firewall_group`](super::VpcClient::neutron_show_firewall_group): `GET /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowFirewallGroupResponse {
    /// JSON field `firewall_group`.
    pub firewall_group: ::std::option::Option<NeutronFirewallGroup>,
}

impl json::FromJson for NeutronShowFirewallGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_group: json::take(&mut map, "firewall_group")?,
        })
    }
}

/// Request of [`VpcClient::neutron_show_firewall_policy`](super::VpcClient::neutron_show_firewall_policy): `GET /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
///
/// Required fields: `firewall_policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowFirewallPolicyRequest {
    /// Required path parameter `firewall_policy_id`.
    pub firewall_policy_id: ::std::string::String,
}

impl NeutronShowFirewallPolicyRequest {
    /// Sets the `firewall_policy_id` field.
    #[must_use]
    pub fn with_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_policy_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_show_firewall_policy`](super::VpcClient::neutron_show_firewall_policy): `GET /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowFirewallPolicyResponse {
    /// JSON field `firewall_policy`.
    pub firewall_policy: ::std::option::Option<NeutronFirewallPolicy>,
}

impl json::FromJson for NeutronShowFirewallPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_policy: json::take(&mut map, "firewall_policy")?,
        })
    }
}

/// Request of [`VpcClient::neutron_show_firewall_rule`](super::VpcClient::neutron_show_firewall_rule): `GET /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
///
/// Required fields: `firewall_rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowFirewallRuleRequest {
    /// Required path parameter `firewall_rule_id`.
    pub firewall_rule_id: ::std::string::String,
}

impl NeutronShowFirewallRuleRequest {
    /// Sets the `firewall_rule_id` field.
    #[must_use]
    pub fn with_firewall_rule_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_rule_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_show_firewall_rule`](super::VpcClient::neutron_show_firewall_rule): `GET /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowFirewallRuleResponse {
    /// JSON field `firewall_rule`.
    pub firewall_rule: ::std::option::Option<NeutronFirewallRule>,
}

impl json::FromJson for NeutronShowFirewallRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_rule: json::take(&mut map, "firewall_rule")?,
        })
    }
}

/// Request of [`VpcClient::neutron_show_network`](super::VpcClient::neutron_show_network): `GET /v2.0/networks/{network_id}`.
///
/// Required fields: `network_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowNetworkRequest {
    /// Required path parameter `network_id`.
    pub network_id: ::std::string::String,
}

impl NeutronShowNetworkRequest {
    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_show_network`](super::VpcClient::neutron_show_network): `GET /v2.0/networks/{network_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowNetworkResponse {
    /// JSON field `network`.
    pub network: ::std::option::Option<NeutronNetwork>,
}

impl json::FromJson for NeutronShowNetworkResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            network: json::take(&mut map, "network")?,
        })
    }
}

/// Request of [`VpcClient::neutron_show_port`](super::VpcClient::neutron_show_port): `GET /v2.0/ports/{port_id}`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowPortRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
}

impl NeutronShowPortRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_show_port`](super::VpcClient::neutron_show_port): `GET /v2.0/ports/{port_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowPortResponse {
    /// JSON field `port`.
    pub port: ::std::option::Option<NeutronPort>,
}

impl json::FromJson for NeutronShowPortResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port: json::take(&mut map, "port")?,
        })
    }
}

/// Request of [`VpcClient::neutron_show_router`](super::VpcClient::neutron_show_router): `GET /v2.0/routers/{router_id}`.
///
/// Required fields: `router_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowRouterRequest {
    /// Required path parameter `router_id`.
    pub router_id: ::std::string::String,
}

impl NeutronShowRouterRequest {
    /// Sets the `router_id` field.
    #[must_use]
    pub fn with_router_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.router_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_show_router`](super::VpcClient::neutron_show_router): `GET /v2.0/routers/{router_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowRouterResponse {
    /// JSON field `router`.
    pub router: ::std::option::Option<NeutronRouter>,
}

impl json::FromJson for NeutronShowRouterResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            router: json::take(&mut map, "router")?,
        })
    }
}

/// Request of [`VpcClient::neutron_show_security_group`](super::VpcClient::neutron_show_security_group): `GET /v2.0/security-groups/{security_group_id}`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowSecurityGroupRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
}

impl NeutronShowSecurityGroupRequest {
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

/// Response of [`VpcClient::neutron_show_security_group`](super::VpcClient::neutron_show_security_group): `GET /v2.0/security-groups/{security_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowSecurityGroupResponse {
    /// JSON field `security_group`.
    pub security_group: ::std::option::Option<NeutronSecurityGroup>,
}

impl json::FromJson for NeutronShowSecurityGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group: json::take(&mut map, "security_group")?,
        })
    }
}

/// Request of [`VpcClient::neutron_show_security_group_rule`](super::VpcClient::neutron_show_security_group_rule): `GET /v2.0/security-group-rules/{security_group_rule_id}`.
///
/// Required fields: `security_group_rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowSecurityGroupRuleRequest {
    /// Required path parameter `security_group_rule_id`.
    pub security_group_rule_id: ::std::string::String,
}

impl NeutronShowSecurityGroupRuleRequest {
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

/// Response of [`VpcClient::neutron_show_security_group_rule`](super::VpcClient::neutron_show_security_group_rule): `GET /v2.0/security-group-rules/{security_group_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowSecurityGroupRuleResponse {
    /// JSON field `security_group_rule`.
    pub security_group_rule: ::std::option::Option<NeutronSecurityGroupRule>,
}

impl json::FromJson for NeutronShowSecurityGroupRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group_rule: json::take(&mut map, "security_group_rule")?,
        })
    }
}

/// Request of [`VpcClient::neutron_show_subnet`](super::VpcClient::neutron_show_subnet): `GET /v2.0/subnets/{subnet_id}`.
///
/// Required fields: `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowSubnetRequest {
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
}

impl NeutronShowSubnetRequest {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }
}

/// Response of [`VpcClient::neutron_show_subnet`](super::VpcClient::neutron_show_subnet): `GET /v2.0/subnets/{subnet_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronShowSubnetResponse {
    /// JSON field `subnet`.
    pub subnet: ::std::option::Option<NeutronSubnet>,
}

impl json::FromJson for NeutronShowSubnetResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            subnet: json::take(&mut map, "subnet")?,
        })
    }
}

/// JSON model `NeutronSubnet`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronSubnet {
    /// Required JSON field `allocation_pools`.
    pub allocation_pools: ::std::vec::Vec<AllocationPool>,
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// Required JSON field `dns_nameservers`.
    pub dns_nameservers: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `enable_dhcp`.
    pub enable_dhcp: bool,
    /// Required JSON field `gateway_ip`.
    pub gateway_ip: ::std::string::String,
    /// Required JSON field `host_routes`.
    pub host_routes: ::std::vec::Vec<HostRoute>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `ip_version`.
    pub ip_version: i64,
    /// Required JSON field `ipv6_address_mode`.
    pub ipv6_address_mode: ::std::string::String,
    /// Required JSON field `ipv6_ra_mode`.
    pub ipv6_ra_mode: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `network_id`.
    pub network_id: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// JSON field `subnetpool_id`.
    pub subnetpool_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for NeutronSubnet {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            allocation_pools: json::take(&mut map, "allocation_pools")?,
            cidr: json::take(&mut map, "cidr")?,
            dns_nameservers: json::take(&mut map, "dns_nameservers")?,
            enable_dhcp: json::take(&mut map, "enable_dhcp")?,
            gateway_ip: json::take(&mut map, "gateway_ip")?,
            host_routes: json::take(&mut map, "host_routes")?,
            id: json::take(&mut map, "id")?,
            ip_version: json::take(&mut map, "ip_version")?,
            ipv6_address_mode: json::take(&mut map, "ipv6_address_mode")?,
            ipv6_ra_mode: json::take(&mut map, "ipv6_ra_mode")?,
            name: json::take(&mut map, "name")?,
            network_id: json::take(&mut map, "network_id")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            subnetpool_id: json::take(&mut map, "subnetpool_id")?,
        })
    }
}

/// JSON model `NeutronUpdateFirewallGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallGroupOption {
    /// JSON field `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `egress_firewall_policy_id`.
    pub egress_firewall_policy_id: ::std::option::Option<::std::string::String>,
    /// JSON field `ingress_firewall_policy_id`.
    pub ingress_firewall_policy_id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `ports`.
    pub ports: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl NeutronUpdateFirewallGroupOption {
    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
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

    /// Sets the `egress_firewall_policy_id` field.
    #[must_use]
    pub fn with_egress_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.egress_firewall_policy_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ingress_firewall_policy_id` field.
    #[must_use]
    pub fn with_ingress_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ingress_firewall_policy_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ports` field.
    #[must_use]
    pub fn with_ports(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.ports = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NeutronUpdateFirewallGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "admin_state_up", &self.admin_state_up);
        json::put(&mut map, "description", &self.description);
        json::put(
            &mut map,
            "egress_firewall_policy_id",
            &self.egress_firewall_policy_id,
        );
        json::put(
            &mut map,
            "ingress_firewall_policy_id",
            &self.ingress_firewall_policy_id,
        );
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "ports", &self.ports);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_update_firewall_group`](super::VpcClient::neutron_update_firewall_group): `PUT /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
///
/// Required fields: `firewall_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallGroupRequest {
    /// Required path parameter `firewall_group_id`.
    pub firewall_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NeutronUpdateFirewallGroupRequestBody>,
}

impl NeutronUpdateFirewallGroupRequest {
    /// Sets the `firewall_group_id` field.
    #[must_use]
    pub fn with_firewall_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronUpdateFirewallGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronUpdateFirewallGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallGroupRequestBody {
    /// Required JSON field `firewall_group`.
    pub firewall_group: NeutronUpdateFirewallGroupOption,
}

impl NeutronUpdateFirewallGroupRequestBody {
    /// Sets the `firewall_group` field.
    #[must_use]
    pub fn with_firewall_group(mut self, value: NeutronUpdateFirewallGroupOption) -> Self {
        self.firewall_group = value;
        self
    }
}

impl json::ToJson for NeutronUpdateFirewallGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall_group", &self.firewall_group);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_update_firewall_group`](super::VpcClient::neutron_update_firewall_group): `PUT /v2.0/fwaas/firewall_groups/{firewall_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallGroupResponse {
    /// JSON field `firewall_group`.
    pub firewall_group: ::std::option::Option<NeutronFirewallGroup>,
}

impl json::FromJson for NeutronUpdateFirewallGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_group: json::take(&mut map, "firewall_group")?,
        })
    }
}

/// JSON model `NeutronUpdateFirewallPolicyOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallPolicyOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `firewall_rules`.
    pub firewall_rules: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `audited`.
    pub audited: ::std::option::Option<bool>,
}

impl NeutronUpdateFirewallPolicyOption {
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

    /// Sets the `firewall_rules` field.
    #[must_use]
    pub fn with_firewall_rules(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.firewall_rules = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `audited` field.
    #[must_use]
    pub fn with_audited(mut self, value: bool) -> Self {
        self.audited = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NeutronUpdateFirewallPolicyOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "firewall_rules", &self.firewall_rules);
        json::put(&mut map, "audited", &self.audited);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_update_firewall_policy`](super::VpcClient::neutron_update_firewall_policy): `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
///
/// Required fields: `firewall_policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallPolicyRequest {
    /// Required path parameter `firewall_policy_id`.
    pub firewall_policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NeutronUpdateFirewallPolicyRequestBody>,
}

impl NeutronUpdateFirewallPolicyRequest {
    /// Sets the `firewall_policy_id` field.
    #[must_use]
    pub fn with_firewall_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronUpdateFirewallPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronUpdateFirewallPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallPolicyRequestBody {
    /// Required JSON field `firewall_policy`.
    pub firewall_policy: NeutronUpdateFirewallPolicyOption,
}

impl NeutronUpdateFirewallPolicyRequestBody {
    /// Sets the `firewall_policy` field.
    #[must_use]
    pub fn with_firewall_policy(mut self, value: NeutronUpdateFirewallPolicyOption) -> Self {
        self.firewall_policy = value;
        self
    }
}

impl json::ToJson for NeutronUpdateFirewallPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall_policy", &self.firewall_policy);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_update_firewall_policy`](super::VpcClient::neutron_update_firewall_policy): `PUT /v2.0/fwaas/firewall_policies/{firewall_policy_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallPolicyResponse {
    /// JSON field `firewall_policy`.
    pub firewall_policy: ::std::option::Option<NeutronFirewallPolicy>,
}

impl json::FromJson for NeutronUpdateFirewallPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_policy: json::take(&mut map, "firewall_policy")?,
        })
    }
}

/// JSON model `NeutronUpdateFirewallRuleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallRuleOption {
    /// JSON field `action`.
    pub action: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_ip_address`.
    pub destination_ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `destination_port`.
    pub destination_port: ::std::option::Option<::std::string::String>,
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
    /// JSON field `ip_version`.
    pub ip_version: ::std::option::Option<i64>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `protocol`.
    pub protocol: ::std::option::Option<::std::string::String>,
    /// JSON field `source_ip_address`.
    pub source_ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `source_port`.
    pub source_port: ::std::option::Option<::std::string::String>,
}

impl NeutronUpdateFirewallRuleOption {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = ::std::option::Option::Some(value.into());
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

    /// Sets the `destination_ip_address` field.
    #[must_use]
    pub fn with_destination_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_ip_address = ::std::option::Option::Some(value.into());
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

    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `ip_version` field.
    #[must_use]
    pub fn with_ip_version(mut self, value: i64) -> Self {
        self.ip_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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

    /// Sets the `source_ip_address` field.
    #[must_use]
    pub fn with_source_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_ip_address = ::std::option::Option::Some(value.into());
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
}

impl json::ToJson for NeutronUpdateFirewallRuleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "description", &self.description);
        json::put(
            &mut map,
            "destination_ip_address",
            &self.destination_ip_address,
        );
        json::put(&mut map, "destination_port", &self.destination_port);
        json::put(&mut map, "enabled", &self.enabled);
        json::put(&mut map, "ip_version", &self.ip_version);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "source_ip_address", &self.source_ip_address);
        json::put(&mut map, "source_port", &self.source_port);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_update_firewall_rule`](super::VpcClient::neutron_update_firewall_rule): `PUT /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
///
/// Required fields: `firewall_rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallRuleRequest {
    /// Required path parameter `firewall_rule_id`.
    pub firewall_rule_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NeutronUpdateFirewallRuleRequestBody>,
}

impl NeutronUpdateFirewallRuleRequest {
    /// Sets the `firewall_rule_id` field.
    #[must_use]
    pub fn with_firewall_rule_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.firewall_rule_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronUpdateFirewallRuleRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronUpdateFirewallRuleRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallRuleRequestBody {
    /// Required JSON field `firewall_rule`.
    pub firewall_rule: NeutronUpdateFirewallRuleOption,
}

impl NeutronUpdateFirewallRuleRequestBody {
    /// Sets the `firewall_rule` field.
    #[must_use]
    pub fn with_firewall_rule(mut self, value: NeutronUpdateFirewallRuleOption) -> Self {
        self.firewall_rule = value;
        self
    }
}

impl json::ToJson for NeutronUpdateFirewallRuleRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "firewall_rule", &self.firewall_rule);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_update_firewall_rule`](super::VpcClient::neutron_update_firewall_rule): `PUT /v2.0/fwaas/firewall_rules/{firewall_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateFirewallRuleResponse {
    /// JSON field `firewall_rule`.
    pub firewall_rule: ::std::option::Option<NeutronFirewallRule>,
}

impl json::FromJson for NeutronUpdateFirewallRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            firewall_rule: json::take(&mut map, "firewall_rule")?,
        })
    }
}

/// JSON model `NeutronUpdateNetworkOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateNetworkOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// JSON field `port_security_enabled`.
    pub port_security_enabled: ::std::option::Option<bool>,
}

impl NeutronUpdateNetworkOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `port_security_enabled` field.
    #[must_use]
    pub fn with_port_security_enabled(mut self, value: bool) -> Self {
        self.port_security_enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NeutronUpdateNetworkOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "admin_state_up", &self.admin_state_up);
        json::put(
            &mut map,
            "port_security_enabled",
            &self.port_security_enabled,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_update_network`](super::VpcClient::neutron_update_network): `PUT /v2.0/networks/{network_id}`.
///
/// Required fields: `network_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateNetworkRequest {
    /// Required path parameter `network_id`.
    pub network_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NeutronUpdateNetworkRequestBody>,
}

impl NeutronUpdateNetworkRequest {
    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronUpdateNetworkRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronUpdateNetworkRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateNetworkRequestBody {
    /// Required JSON field `network`.
    pub network: NeutronUpdateNetworkOption,
}

impl NeutronUpdateNetworkRequestBody {
    /// Sets the `network` field.
    #[must_use]
    pub fn with_network(mut self, value: NeutronUpdateNetworkOption) -> Self {
        self.network = value;
        self
    }
}

impl json::ToJson for NeutronUpdateNetworkRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "network", &self.network);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_update_network`](super::VpcClient::neutron_update_network): `PUT /v2.0/networks/{network_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateNetworkResponse {
    /// JSON field `network`.
    pub network: ::std::option::Option<NeutronNetwork>,
}

impl json::FromJson for NeutronUpdateNetworkResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            network: json::take(&mut map, "network")?,
        })
    }
}

/// JSON model `NeutronUpdatePortOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdatePortOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::option::Option<::std::vec::Vec<AllowedAddressPair>>,
    /// JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::option::Option<::std::vec::Vec<ExtraDhcpOpt>>,
    /// JSON field `port_security_enabled`.
    pub port_security_enabled: ::std::option::Option<bool>,
    /// JSON field `binding:vnic_type`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:vnic_type"))]
    pub bindingvnic_type: ::std::option::Option<::std::string::String>,
    /// JSON field `binding:profile`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:profile"))]
    pub bindingprofile: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    >,
}

impl NeutronUpdatePortOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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

    /// Sets the `extra_dhcp_opts` field.
    #[must_use]
    pub fn with_extra_dhcp_opts(mut self, value: ::std::vec::Vec<ExtraDhcpOpt>) -> Self {
        self.extra_dhcp_opts = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `port_security_enabled` field.
    #[must_use]
    pub fn with_port_security_enabled(mut self, value: bool) -> Self {
        self.port_security_enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `bindingvnic_type` field.
    #[must_use]
    pub fn with_bindingvnic_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bindingvnic_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `bindingprofile` field.
    #[must_use]
    pub fn with_bindingprofile(
        mut self,
        value: ::std::collections::HashMap<
            ::std::string::String,
            ::huaweicloud_sdk_core::json::Value,
        >,
    ) -> Self {
        self.bindingprofile = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NeutronUpdatePortOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(
            &mut map,
            "allowed_address_pairs",
            &self.allowed_address_pairs,
        );
        json::put(&mut map, "extra_dhcp_opts", &self.extra_dhcp_opts);
        json::put(
            &mut map,
            "port_security_enabled",
            &self.port_security_enabled,
        );
        json::put(&mut map, "binding:vnic_type", &self.bindingvnic_type);
        json::put(&mut map, "binding:profile", &self.bindingprofile);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_update_port`](super::VpcClient::neutron_update_port): `PUT /v2.0/ports/{port_id}`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdatePortRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NeutronUpdatePortRequestBody>,
}

impl NeutronUpdatePortRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronUpdatePortRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronUpdatePortRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdatePortRequestBody {
    /// Required JSON field `port`.
    pub port: NeutronUpdatePortOption,
}

impl NeutronUpdatePortRequestBody {
    /// Sets the `port` field.
    #[must_use]
    pub fn with_port(mut self, value: NeutronUpdatePortOption) -> Self {
        self.port = value;
        self
    }
}

impl json::ToJson for NeutronUpdatePortRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "port", &self.port);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_update_port`](super::VpcClient::neutron_update_port): `PUT /v2.0/ports/{port_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdatePortResponse {
    /// JSON field `port`.
    pub port: ::std::option::Option<NeutronPort>,
}

impl json::FromJson for NeutronUpdatePortResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port: json::take(&mut map, "port")?,
        })
    }
}

/// JSON model `NeutronUpdateRouterOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateRouterOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `admin_state_up`.
    pub admin_state_up: ::std::option::Option<bool>,
    /// JSON field `external_gateway_info`.
    pub external_gateway_info: ::std::option::Option<ExternalGatewayInfoOption>,
    /// JSON field `routes`.
    pub routes: ::std::option::Option<::std::vec::Vec<Route>>,
}

impl NeutronUpdateRouterOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `admin_state_up` field.
    #[must_use]
    pub fn with_admin_state_up(mut self, value: bool) -> Self {
        self.admin_state_up = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `external_gateway_info` field.
    #[must_use]
    pub fn with_external_gateway_info(mut self, value: ExternalGatewayInfoOption) -> Self {
        self.external_gateway_info = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `routes` field.
    #[must_use]
    pub fn with_routes(mut self, value: ::std::vec::Vec<Route>) -> Self {
        self.routes = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NeutronUpdateRouterOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "admin_state_up", &self.admin_state_up);
        json::put(
            &mut map,
            "external_gateway_info",
            &self.external_gateway_info,
        );
        json::put(&mut map, "routes", &self.routes);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_update_router`](super::VpcClient::neutron_update_router): `PUT /v2.0/routers/{router_id}`.
///
/// Required fields: `router_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateRouterRequest {
    /// Required path parameter `router_id`.
    pub router_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NeutronUpdateRouterRequestBody>,
}

impl NeutronUpdateRouterRequest {
    /// Sets the `router_id` field.
    #[must_use]
    pub fn with_router_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.router_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronUpdateRouterRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronUpdateRouterRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateRouterRequestBody {
    /// Required JSON field `router`.
    pub router: NeutronUpdateRouterOption,
}

impl NeutronUpdateRouterRequestBody {
    /// Sets the `router` field.
    #[must_use]
    pub fn with_router(mut self, value: NeutronUpdateRouterOption) -> Self {
        self.router = value;
        self
    }
}

impl json::ToJson for NeutronUpdateRouterRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "router", &self.router);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_update_router`](super::VpcClient::neutron_update_router): `PUT /v2.0/routers/{router_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateRouterResponse {
    /// JSON field `router`.
    pub router: ::std::option::Option<NeutronRouter>,
}

impl json::FromJson for NeutronUpdateRouterResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            router: json::take(&mut map, "router")?,
        })
    }
}

/// JSON model `NeutronUpdateSecurityGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateSecurityGroupOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl NeutronUpdateSecurityGroupOption {
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

impl json::ToJson for NeutronUpdateSecurityGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_update_security_group`](super::VpcClient::neutron_update_security_group): `PUT /v2.0/security-groups/{security_group_id}`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateSecurityGroupRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NeutronUpdateSecurityGroupRequestBody>,
}

impl NeutronUpdateSecurityGroupRequest {
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
    pub fn with_body(mut self, value: NeutronUpdateSecurityGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronUpdateSecurityGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateSecurityGroupRequestBody {
    /// Required JSON field `security_group`.
    pub security_group: NeutronUpdateSecurityGroupOption,
}

impl NeutronUpdateSecurityGroupRequestBody {
    /// Sets the `security_group` field.
    #[must_use]
    pub fn with_security_group(mut self, value: NeutronUpdateSecurityGroupOption) -> Self {
        self.security_group = value;
        self
    }
}

impl json::ToJson for NeutronUpdateSecurityGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "security_group", &self.security_group);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_update_security_group`](super::VpcClient::neutron_update_security_group): `PUT /v2.0/security-groups/{security_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateSecurityGroupResponse {
    /// JSON field `security_group`.
    pub security_group: ::std::option::Option<NeutronSecurityGroup>,
}

impl json::FromJson for NeutronUpdateSecurityGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group: json::take(&mut map, "security_group")?,
        })
    }
}

/// JSON model `NeutronUpdateSubnetOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateSubnetOption {
    /// JSON field `dns_nameservers`.
    pub dns_nameservers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `enable_dhcp`.
    pub enable_dhcp: ::std::option::Option<bool>,
    /// JSON field `host_routes`.
    pub host_routes: ::std::option::Option<::std::vec::Vec<HostRoute>>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `allocation_pools`.
    pub allocation_pools: ::std::option::Option<::std::vec::Vec<AllocationPool>>,
}

impl NeutronUpdateSubnetOption {
    /// Sets the `dns_nameservers` field.
    #[must_use]
    pub fn with_dns_nameservers(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.dns_nameservers = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enable_dhcp` field.
    #[must_use]
    pub fn with_enable_dhcp(mut self, value: bool) -> Self {
        self.enable_dhcp = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `host_routes` field.
    #[must_use]
    pub fn with_host_routes(mut self, value: ::std::vec::Vec<HostRoute>) -> Self {
        self.host_routes = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `allocation_pools` field.
    #[must_use]
    pub fn with_allocation_pools(mut self, value: ::std::vec::Vec<AllocationPool>) -> Self {
        self.allocation_pools = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NeutronUpdateSubnetOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dns_nameservers", &self.dns_nameservers);
        json::put(&mut map, "enable_dhcp", &self.enable_dhcp);
        json::put(&mut map, "host_routes", &self.host_routes);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "allocation_pools", &self.allocation_pools);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::neutron_update_subnet`](super::VpcClient::neutron_update_subnet): `PUT /v2.0/subnets/{subnet_id}`.
///
/// Required fields: `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateSubnetRequest {
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NeutronUpdateSubnetRequestBody>,
}

impl NeutronUpdateSubnetRequest {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NeutronUpdateSubnetRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NeutronUpdateSubnetRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateSubnetRequestBody {
    /// Required JSON field `subnet`.
    pub subnet: NeutronUpdateSubnetOption,
}

impl NeutronUpdateSubnetRequestBody {
    /// Sets the `subnet` field.
    #[must_use]
    pub fn with_subnet(mut self, value: NeutronUpdateSubnetOption) -> Self {
        self.subnet = value;
        self
    }
}

impl json::ToJson for NeutronUpdateSubnetRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet", &self.subnet);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::neutron_update_subnet`](super::VpcClient::neutron_update_subnet): `PUT /v2.0/subnets/{subnet_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NeutronUpdateSubnetResponse {
    /// JSON field `subnet`.
    pub subnet: ::std::option::Option<NeutronSubnet>,
}

impl json::FromJson for NeutronUpdateSubnetResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            subnet: json::take(&mut map, "subnet")?,
        })
    }
}

/// JSON model `Port`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Port {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `network_id`.
    pub network_id: ::std::string::String,
    /// Required JSON field `admin_state_up`.
    pub admin_state_up: bool,
    /// Required JSON field `mac_address`.
    pub mac_address: ::std::string::String,
    /// Required JSON field `fixed_ips`.
    pub fixed_ips: ::std::vec::Vec<FixedIp>,
    /// Required JSON field `device_id`.
    pub device_id: ::std::string::String,
    /// Required JSON field `device_owner`.
    pub device_owner: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `security_groups`.
    pub security_groups: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::vec::Vec<AllowedAddressPair>,
    /// Required JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::vec::Vec<ExtraDhcpOpt>,
    /// Required JSON field `binding:vnic_type`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:vnic_type"))]
    pub bindingvnic_type: ::std::string::String,
    /// Required JSON field `dns_assignment`.
    pub dns_assignment: ::std::vec::Vec<DnsAssignMent>,
    /// Required JSON field `dns_name`.
    pub dns_name: ::std::string::String,
    /// Required JSON field `binding:vif_details`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:vif_details"))]
    pub bindingvif_details: BindingVifDetails,
    /// Required JSON field `binding:profile`.
    #[cfg_attr(feature = "serde", serde(rename = "binding:profile"))]
    pub bindingprofile: ::huaweicloud_sdk_core::json::Value,
    /// Required JSON field `instance_id`.
    pub instance_id: ::std::string::String,
    /// Required JSON field `instance_type`.
    pub instance_type: ::std::string::String,
    /// Required JSON field `port_security_enabled`.
    pub port_security_enabled: bool,
    /// Required JSON field `zone_id`.
    pub zone_id: ::std::string::String,
    /// Required JSON field `enable_efi`.
    pub enable_efi: bool,
    /// Required JSON field `ipv6_bandwidth_id`.
    pub ipv6_bandwidth_id: ::std::string::String,
}

impl json::FromJson for Port {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            network_id: json::take(&mut map, "network_id")?,
            admin_state_up: json::take(&mut map, "admin_state_up")?,
            mac_address: json::take(&mut map, "mac_address")?,
            fixed_ips: json::take(&mut map, "fixed_ips")?,
            device_id: json::take(&mut map, "device_id")?,
            device_owner: json::take(&mut map, "device_owner")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            status: json::take(&mut map, "status")?,
            security_groups: json::take(&mut map, "security_groups")?,
            allowed_address_pairs: json::take(&mut map, "allowed_address_pairs")?,
            extra_dhcp_opts: json::take(&mut map, "extra_dhcp_opts")?,
            bindingvnic_type: json::take(&mut map, "binding:vnic_type")?,
            dns_assignment: json::take(&mut map, "dns_assignment")?,
            dns_name: json::take(&mut map, "dns_name")?,
            bindingvif_details: json::take(&mut map, "binding:vif_details")?,
            bindingprofile: json::take(&mut map, "binding:profile")?,
            instance_id: json::take(&mut map, "instance_id")?,
            instance_type: json::take(&mut map, "instance_type")?,
            port_security_enabled: json::take(&mut map, "port_security_enabled")?,
            zone_id: json::take(&mut map, "zone_id")?,
            enable_efi: json::take(&mut map, "enable_efi")?,
            ipv6_bandwidth_id: json::take(&mut map, "ipv6_bandwidth_id")?,
        })
    }
}

/// JSON model `Privateip`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Privateip {
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `device_owner`.
    pub device_owner: ::std::string::String,
    /// Required JSON field `ip_address`.
    pub ip_address: ::std::string::String,
}

impl json::FromJson for Privateip {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            status: json::take(&mut map, "status")?,
            id: json::take(&mut map, "id")?,
            subnet_id: json::take(&mut map, "subnet_id")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            device_owner: json::take(&mut map, "device_owner")?,
            ip_address: json::take(&mut map, "ip_address")?,
        })
    }
}

/// JSON model `Quota`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quota {
    /// Required JSON field `resources`.
    pub resources: ::std::vec::Vec<ResourceResult>,
}

impl json::FromJson for Quota {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
        })
    }
}

/// Request of [`VpcClient::reject_vpc_peering`](super::VpcClient::reject_vpc_peering): `PUT /v2.0/vpc/peerings/{peering_id}/reject`.
///
/// Required fields: `peering_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RejectVpcPeeringRequest {
    /// Required path parameter `peering_id`.
    pub peering_id: ::std::string::String,
}

impl RejectVpcPeeringRequest {
    /// Sets the `peering_id` field.
    #[must_use]
    pub fn with_peering_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.peering_id = value.into();
        self
    }
}

/// Response of [`VpcClient::reject_vpc_peering`](super::VpcClient::reject_vpc_peering): `PUT /v2.0/vpc/peerings/{peering_id}/reject`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RejectVpcPeeringResponse {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `request_vpc_info`.
    pub request_vpc_info: ::std::option::Option<VpcInfo>,
    /// JSON field `accept_vpc_info`.
    pub accept_vpc_info: ::std::option::Option<VpcInfo>,
    /// JSON field `created_at`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// JSON field `updated_at`.
    pub updated_at: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RejectVpcPeeringResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            status: json::take(&mut map, "status")?,
            request_vpc_info: json::take(&mut map, "request_vpc_info")?,
            accept_vpc_info: json::take(&mut map, "accept_vpc_info")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `ResourceResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResourceResult {
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `used`.
    pub used: i64,
    /// Required JSON field `quota`.
    pub quota: i64,
    /// Required JSON field `min`.
    pub min: i64,
}

impl json::FromJson for ResourceResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            r#type: json::take(&mut map, "type")?,
            used: json::take(&mut map, "used")?,
            quota: json::take(&mut map, "quota")?,
            min: json::take(&mut map, "min")?,
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

/// JSON model `Route`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Route {
    /// JSON field `destination`.
    pub destination: ::std::option::Option<::std::string::String>,
    /// JSON field `nexthop`.
    pub nexthop: ::std::option::Option<::std::string::String>,
}

impl Route {
    /// Sets the `destination` field.
    #[must_use]
    pub fn with_destination(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `nexthop` field.
    #[must_use]
    pub fn with_nexthop(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nexthop = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for Route {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "destination", &self.destination);
        json::put(&mut map, "nexthop", &self.nexthop);
        json::Value::Object(map)
    }
}

impl json::FromJson for Route {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            destination: json::take(&mut map, "destination")?,
            nexthop: json::take(&mut map, "nexthop")?,
        })
    }
}

/// JSON model `RouteTableListResp`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RouteTableListResp {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `default`.
    pub default: bool,
    /// Required JSON field `subnets`.
    pub subnets: ::std::vec::Vec<SubnetList>,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for RouteTableListResp {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            default: json::take(&mut map, "default")?,
            subnets: json::take(&mut map, "subnets")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            vpc_id: json::take(&mut map, "vpc_id")?,
            description: json::take(&mut map, "description")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `RouteTableResp`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RouteTableResp {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `default`.
    pub default: bool,
    /// Required JSON field `routes`.
    pub routes: ::std::vec::Vec<RouteTableRoute>,
    /// Required JSON field `subnets`.
    pub subnets: ::std::vec::Vec<SubnetList>,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
}

impl json::FromJson for RouteTableResp {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            default: json::take(&mut map, "default")?,
            routes: json::take(&mut map, "routes")?,
            subnets: json::take(&mut map, "subnets")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            vpc_id: json::take(&mut map, "vpc_id")?,
            description: json::take(&mut map, "description")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `RouteTableRoute`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RouteTableRoute {
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `destination`.
    pub destination: ::std::string::String,
    /// Required JSON field `nexthop`.
    pub nexthop: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl RouteTableRoute {
    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets the `destination` field.
    #[must_use]
    pub fn with_destination(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination = value.into();
        self
    }

    /// Sets the `nexthop` field.
    #[must_use]
    pub fn with_nexthop(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nexthop = value.into();
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

impl json::ToJson for RouteTableRoute {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "destination", &self.destination);
        json::put(&mut map, "nexthop", &self.nexthop);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

impl json::FromJson for RouteTableRoute {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            r#type: json::take(&mut map, "type")?,
            destination: json::take(&mut map, "destination")?,
            nexthop: json::take(&mut map, "nexthop")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `RouteTableRouteAction`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RouteTableRouteAction {
    /// JSON field `add`.
    pub add: ::std::option::Option<::std::vec::Vec<AddRouteTableRoute>>,
    /// JSON field `mod`.
    pub r#mod: ::std::option::Option<::std::vec::Vec<ModRouteTableRoute>>,
    /// JSON field `del`.
    pub del: ::std::option::Option<::std::vec::Vec<DelRouteTableRoute>>,
}

impl RouteTableRouteAction {
    /// Sets the `add` field.
    #[must_use]
    pub fn with_add(mut self, value: ::std::vec::Vec<AddRouteTableRoute>) -> Self {
        self.add = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `mod` field.
    #[must_use]
    pub fn with_mod(mut self, value: ::std::vec::Vec<ModRouteTableRoute>) -> Self {
        self.r#mod = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `del` field.
    #[must_use]
    pub fn with_del(mut self, value: ::std::vec::Vec<DelRouteTableRoute>) -> Self {
        self.del = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for RouteTableRouteAction {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "add", &self.add);
        json::put(&mut map, "mod", &self.r#mod);
        json::put(&mut map, "del", &self.del);
        json::Value::Object(map)
    }
}

/// JSON model `RouterInterfaceRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RouterInterfaceRequestBody {
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
}

impl RouterInterfaceRequestBody {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for RouterInterfaceRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "port_id", &self.port_id);
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::Value::Object(map)
    }
}

/// JSON model `RoutetableAssociateReqbody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RoutetableAssociateReqbody {
    /// Required JSON field `routetable`.
    pub routetable: AsscoiateReq,
}

impl RoutetableAssociateReqbody {
    /// Sets the `routetable` field.
    #[must_use]
    pub fn with_routetable(mut self, value: AsscoiateReq) -> Self {
        self.routetable = value;
        self
    }
}

impl json::ToJson for RoutetableAssociateReqbody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "routetable", &self.routetable);
        json::Value::Object(map)
    }
}

/// JSON model `SecurityGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SecurityGroup {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// JSON field `vpc_id`.
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `security_group_rules`.
    pub security_group_rules: ::std::vec::Vec<SecurityGroupRule>,
}

impl json::FromJson for SecurityGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            id: json::take(&mut map, "id")?,
            vpc_id: json::take(&mut map, "vpc_id")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
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
    /// Required JSON field `ethertype`.
    pub ethertype: ::std::string::String,
    /// Required JSON field `protocol`.
    pub protocol: ::std::string::String,
    /// Required JSON field `port_range_min`.
    pub port_range_min: i64,
    /// Required JSON field `port_range_max`.
    pub port_range_max: i64,
    /// Required JSON field `remote_ip_prefix`.
    pub remote_ip_prefix: ::std::string::String,
    /// Required JSON field `remote_group_id`.
    pub remote_group_id: ::std::string::String,
    /// Required JSON field `remote_address_group_id`.
    pub remote_address_group_id: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
}

impl json::FromJson for SecurityGroupRule {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            description: json::take(&mut map, "description")?,
            security_group_id: json::take(&mut map, "security_group_id")?,
            direction: json::take(&mut map, "direction")?,
            ethertype: json::take(&mut map, "ethertype")?,
            protocol: json::take(&mut map, "protocol")?,
            port_range_min: json::take(&mut map, "port_range_min")?,
            port_range_max: json::take(&mut map, "port_range_max")?,
            remote_ip_prefix: json::take(&mut map, "remote_ip_prefix")?,
            remote_group_id: json::take(&mut map, "remote_group_id")?,
            remote_address_group_id: json::take(&mut map, "remote_address_group_id")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
        })
    }
}

/// Request of [`VpcClient::show_flow_log`](super::VpcClient::show_flow_log): `GET /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
///
/// Required fields: `flowlog_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowFlowLogRequest {
    /// Required path parameter `flowlog_id`.
    pub flowlog_id: ::std::string::String,
}

impl ShowFlowLogRequest {
    /// Sets the `flowlog_id` field.
    #[must_use]
    pub fn with_flowlog_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flowlog_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_flow_log`](super::VpcClient::show_flow_log): `GET /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowFlowLogResponse {
    /// JSON field `flow_log`.
    pub flow_log: ::std::option::Option<FlowLogResp>,
}

impl json::FromJson for ShowFlowLogResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            flow_log: json::take(&mut map, "flow_log")?,
        })
    }
}

/// Request of [`VpcClient::show_network_ip_availabilities`](super::VpcClient::show_network_ip_availabilities): `GET /v2.0/network-ip-availabilities/{network_id}`.
///
/// Required fields: `network_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowNetworkIpAvailabilitiesRequest {
    /// Required path parameter `network_id`.
    pub network_id: ::std::string::String,
}

impl ShowNetworkIpAvailabilitiesRequest {
    /// Sets the `network_id` field.
    #[must_use]
    pub fn with_network_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_network_ip_availabilities`](super::VpcClient::show_network_ip_availabilities): `GET /v2.0/network-ip-availabilities/{network_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowNetworkIpAvailabilitiesResponse {
    /// JSON field `network_ip_availability`.
    pub network_ip_availability: ::std::option::Option<NetworkIpAvailability>,
}

impl json::FromJson for ShowNetworkIpAvailabilitiesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            network_ip_availability: json::take(&mut map, "network_ip_availability")?,
        })
    }
}

/// Request of [`VpcClient::show_port`](super::VpcClient::show_port): `GET /v1/{project_id}/ports/{port_id}`.
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

/// Response of [`VpcClient::show_port`](super::VpcClient::show_port): `GET /v1/{project_id}/ports/{port_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPortResponse {
    /// JSON field `port`.
    pub port: ::std::option::Option<Port>,
}

impl json::FromJson for ShowPortResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port: json::take(&mut map, "port")?,
        })
    }
}

/// Request of [`VpcClient::show_privateip`](super::VpcClient::show_privateip): `GET /v1/{project_id}/privateips/{privateip_id}`.
///
/// Required fields: `privateip_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPrivateipRequest {
    /// Required path parameter `privateip_id`.
    pub privateip_id: ::std::string::String,
}

impl ShowPrivateipRequest {
    /// Sets the `privateip_id` field.
    #[must_use]
    pub fn with_privateip_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.privateip_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_privateip`](super::VpcClient::show_privateip): `GET /v1/{project_id}/privateips/{privateip_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowPrivateipResponse {
    /// JSON field `privateip`.
    pub privateip: ::std::option::Option<Privateip>,
}

impl json::FromJson for ShowPrivateipResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            privateip: json::take(&mut map, "privateip")?,
        })
    }
}

/// Request of [`VpcClient::show_quota`](super::VpcClient::show_quota): `GET /v1/{project_id}/quotas`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowQuotaRequest {
    /// Query parameter `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl ShowQuotaRequest {
    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`VpcClient::show_quota`](super::VpcClient::show_quota): `GET /v1/{project_id}/quotas`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowQuotaResponse {
    /// JSON field `quotas`.
    pub quotas: ::std::option::Option<Quota>,
}

impl json::FromJson for ShowQuotaResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            quotas: json::take(&mut map, "quotas")?,
        })
    }
}

/// Request of [`VpcClient::show_route_table`](super::VpcClient::show_route_table): `GET /v1/{project_id}/routetables/{routetable_id}`.
///
/// Required fields: `routetable_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowRouteTableRequest {
    /// Required path parameter `routetable_id`.
    pub routetable_id: ::std::string::String,
}

impl ShowRouteTableRequest {
    /// Sets the `routetable_id` field.
    #[must_use]
    pub fn with_routetable_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.routetable_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_route_table`](super::VpcClient::show_route_table): `GET /v1/{project_id}/routetables/{routetable_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowRouteTableResponse {
    /// JSON field `routetable`.
    pub routetable: ::std::option::Option<RouteTableResp>,
}

impl json::FromJson for ShowRouteTableResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            routetable: json::take(&mut map, "routetable")?,
        })
    }
}

/// Request of [`VpcClient::show_security_group`](super::VpcClient::show_security_group): `GET /v1/{project_id}/security-groups/{security_group_id}`.
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

/// Response of [`VpcClient::show_security_group`](super::VpcClient::show_security_group): `GET /v1/{project_id}/security-groups/{security_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSecurityGroupResponse {
    /// JSON field `security_group`.
    pub security_group: ::std::option::Option<SecurityGroup>,
}

impl json::FromJson for ShowSecurityGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group: json::take(&mut map, "security_group")?,
        })
    }
}

/// Request of [`VpcClient::show_security_group_rule`](super::VpcClient::show_security_group_rule): `GET /v1/{project_id}/security-group-rules/{security_group_rule_id}`.
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

/// Response of [`VpcClient::show_security_group_rule`](super::VpcClient::show_security_group_rule): `GET /v1/{project_id}/security-group-rules/{security_group_rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSecurityGroupRuleResponse {
    /// JSON field `security_group_rule`.
    pub security_group_rule: ::std::option::Option<SecurityGroupRule>,
}

impl json::FromJson for ShowSecurityGroupRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_group_rule: json::take(&mut map, "security_group_rule")?,
        })
    }
}

/// Request of [`VpcClient::show_security_group_tags`](super::VpcClient::show_security_group_tags): `GET /v2.0/{project_id}/security-groups/{security_group_id}/tags`.
///
/// Required fields: `security_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSecurityGroupTagsRequest {
    /// Required path parameter `security_group_id`.
    pub security_group_id: ::std::string::String,
}

impl ShowSecurityGroupTagsRequest {
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

/// Response of [`VpcClient::show_security_group_tags`](super::VpcClient::show_security_group_tags): `GET /v2.0/{project_id}/security-groups/{security_group_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSecurityGroupTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTag>>,
}

impl json::FromJson for ShowSecurityGroupTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`VpcClient::show_subnet`](super::VpcClient::show_subnet): `GET /v1/{project_id}/subnets/{subnet_id}`.
///
/// Required fields: `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSubnetRequest {
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
}

impl ShowSubnetRequest {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_subnet`](super::VpcClient::show_subnet): `GET /v1/{project_id}/subnets/{subnet_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSubnetResponse {
    /// JSON field `subnet`.
    pub subnet: ::std::option::Option<Subnet>,
}

impl json::FromJson for ShowSubnetResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            subnet: json::take(&mut map, "subnet")?,
        })
    }
}

/// Request of [`VpcClient::show_subnet_tags`](super::VpcClient::show_subnet_tags): `GET /v2.0/{project_id}/subnets/{subnet_id}/tags`.
///
/// Required fields: `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSubnetTagsRequest {
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
}

impl ShowSubnetTagsRequest {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_subnet_tags`](super::VpcClient::show_subnet_tags): `GET /v2.0/{project_id}/subnets/{subnet_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSubnetTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTag>>,
}

impl json::FromJson for ShowSubnetTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`VpcClient::show_vpc_peering`](super::VpcClient::show_vpc_peering): `GET /v2.0/vpc/peerings/{peering_id}`.
///
/// Required fields: `peering_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVpcPeeringRequest {
    /// Required path parameter `peering_id`.
    pub peering_id: ::std::string::String,
}

impl ShowVpcPeeringRequest {
    /// Sets the `peering_id` field.
    #[must_use]
    pub fn with_peering_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.peering_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_vpc_peering`](super::VpcClient::show_vpc_peering): `GET /v2.0/vpc/peerings/{peering_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVpcPeeringResponse {
    /// JSON field `peering`.
    pub peering: ::std::option::Option<VpcPeering>,
}

impl json::FromJson for ShowVpcPeeringResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            peering: json::take(&mut map, "peering")?,
        })
    }
}

/// Request of [`VpcClient::show_vpc`](super::VpcClient::show_vpc): `GET /v1/{project_id}/vpcs/{vpc_id}`.
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

/// Response of [`VpcClient::show_vpc`](super::VpcClient::show_vpc): `GET /v1/{project_id}/vpcs/{vpc_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVpcResponse {
    /// JSON field `vpc`.
    pub vpc: ::std::option::Option<Vpc>,
}

impl json::FromJson for ShowVpcResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            vpc: json::take(&mut map, "vpc")?,
        })
    }
}

/// Request of [`VpcClient::show_vpc_route`](super::VpcClient::show_vpc_route): `GET /v2.0/vpc/routes/{route_id}`.
///
/// Required fields: `route_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVpcRouteRequest {
    /// Required path parameter `route_id`.
    pub route_id: ::std::string::String,
}

impl ShowVpcRouteRequest {
    /// Sets the `route_id` field.
    #[must_use]
    pub fn with_route_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_vpc_route`](super::VpcClient::show_vpc_route): `GET /v2.0/vpc/routes/{route_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVpcRouteResponse {
    /// JSON field `route`.
    pub route: ::std::option::Option<VpcRoute>,
}

impl json::FromJson for ShowVpcRouteResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            route: json::take(&mut map, "route")?,
        })
    }
}

/// Request of [`VpcClient::show_vpc_tags`](super::VpcClient::show_vpc_tags): `GET /v2.0/{project_id}/vpcs/{vpc_id}/tags`.
///
/// Required fields: `vpc_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVpcTagsRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
}

impl ShowVpcTagsRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }
}

/// Response of [`VpcClient::show_vpc_tags`](super::VpcClient::show_vpc_tags): `GET /v2.0/{project_id}/vpcs/{vpc_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVpcTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ResourceTag>>,
}

impl json::FromJson for ShowVpcTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `Subnet`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Subnet {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// Required JSON field `gateway_ip`.
    pub gateway_ip: ::std::string::String,
    /// Required JSON field `ipv6_enable`.
    pub ipv6_enable: bool,
    /// Required JSON field `cidr_v6`.
    pub cidr_v6: ::std::string::String,
    /// Required JSON field `gateway_ip_v6`.
    pub gateway_ip_v6: ::std::string::String,
    /// Required JSON field `dhcp_enable`.
    pub dhcp_enable: bool,
    /// Required JSON field `primary_dns`.
    pub primary_dns: ::std::string::String,
    /// Required JSON field `secondary_dns`.
    pub secondary_dns: ::std::string::String,
    /// Required JSON field `dnsList`.
    #[cfg_attr(feature = "serde", serde(rename = "dnsList"))]
    pub dns_list: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `availability_zone`.
    pub availability_zone: ::std::string::String,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `neutron_network_id`.
    pub neutron_network_id: ::std::string::String,
    /// Required JSON field `neutron_subnet_id`.
    pub neutron_subnet_id: ::std::string::String,
    /// Required JSON field `neutron_subnet_id_v6`.
    pub neutron_subnet_id_v6: ::std::string::String,
    /// Required JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::vec::Vec<ExtraDhcpOption>,
    /// JSON field `scope`.
    pub scope: ::std::option::Option<::std::string::String>,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `enable_network_address_usage_metrics`.
    pub enable_network_address_usage_metrics: bool,
    /// Required JSON field `available_ip_address_count`.
    pub available_ip_address_count: i64,
}

impl json::FromJson for Subnet {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            cidr: json::take(&mut map, "cidr")?,
            gateway_ip: json::take(&mut map, "gateway_ip")?,
            ipv6_enable: json::take(&mut map, "ipv6_enable")?,
            cidr_v6: json::take(&mut map, "cidr_v6")?,
            gateway_ip_v6: json::take(&mut map, "gateway_ip_v6")?,
            dhcp_enable: json::take(&mut map, "dhcp_enable")?,
            primary_dns: json::take(&mut map, "primary_dns")?,
            secondary_dns: json::take(&mut map, "secondary_dns")?,
            dns_list: json::take(&mut map, "dnsList")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            vpc_id: json::take(&mut map, "vpc_id")?,
            status: json::take(&mut map, "status")?,
            neutron_network_id: json::take(&mut map, "neutron_network_id")?,
            neutron_subnet_id: json::take(&mut map, "neutron_subnet_id")?,
            neutron_subnet_id_v6: json::take(&mut map, "neutron_subnet_id_v6")?,
            extra_dhcp_opts: json::take(&mut map, "extra_dhcp_opts")?,
            scope: json::take(&mut map, "scope")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            enable_network_address_usage_metrics: json::take(
                &mut map,
                "enable_network_address_usage_metrics",
            )?,
            available_ip_address_count: json::take(&mut map, "available_ip_address_count")?,
        })
    }
}

/// JSON model `SubnetIpAvailability`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SubnetIpAvailability {
    /// Required JSON field `used_ips`.
    pub used_ips: i64,
    /// Required JSON field `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Required JSON field `subnet_name`.
    pub subnet_name: ::std::string::String,
    /// Required JSON field `ip_version`.
    pub ip_version: i64,
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// Required JSON field `total_ips`.
    pub total_ips: i64,
}

impl json::FromJson for SubnetIpAvailability {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            used_ips: json::take(&mut map, "used_ips")?,
            subnet_id: json::take(&mut map, "subnet_id")?,
            subnet_name: json::take(&mut map, "subnet_name")?,
            ip_version: json::take(&mut map, "ip_version")?,
            cidr: json::take(&mut map, "cidr")?,
            total_ips: json::take(&mut map, "total_ips")?,
        })
    }
}

/// JSON model `SubnetList`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SubnetList {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for SubnetList {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `SubnetResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SubnetResult {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
}

impl json::FromJson for SubnetResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// JSON model `UpdateFlowLogReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFlowLogReq {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `admin_state`.
    pub admin_state: ::std::option::Option<bool>,
}

impl UpdateFlowLogReq {
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

    /// Sets the `admin_state` field.
    #[must_use]
    pub fn with_admin_state(mut self, value: bool) -> Self {
        self.admin_state = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateFlowLogReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "admin_state", &self.admin_state);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateFlowLogReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFlowLogReqBody {
    /// Required JSON field `flow_log`.
    pub flow_log: UpdateFlowLogReq,
}

impl UpdateFlowLogReqBody {
    /// Sets the `flow_log` field.
    #[must_use]
    pub fn with_flow_log(mut self, value: UpdateFlowLogReq) -> Self {
        self.flow_log = value;
        self
    }
}

impl json::ToJson for UpdateFlowLogReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "flow_log", &self.flow_log);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_flow_log`](super::VpcClient::update_flow_log): `PUT /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
///
/// Required fields: `flowlog_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFlowLogRequest {
    /// Required path parameter `flowlog_id`.
    pub flowlog_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateFlowLogReqBody>,
}

impl UpdateFlowLogRequest {
    /// Sets the `flowlog_id` field.
    #[must_use]
    pub fn with_flowlog_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flowlog_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateFlowLogReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::update_flow_log`](super::VpcClient::update_flow_log): `PUT /v1/{project_id}/fl/flow_logs/{flowlog_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateFlowLogResponse {
    /// JSON field `flow_log`.
    pub flow_log: ::std::option::Option<FlowLogResp>,
}

impl json::FromJson for UpdateFlowLogResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            flow_log: json::take(&mut map, "flow_log")?,
        })
    }
}

/// JSON model `UpdatePortOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePortOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `allowed_address_pairs`.
    pub allowed_address_pairs: ::std::option::Option<::std::vec::Vec<AllowedAddressPair>>,
    /// JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::option::Option<::std::vec::Vec<ExtraDhcpOpt>>,
}

impl UpdatePortOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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

    /// Sets the `extra_dhcp_opts` field.
    #[must_use]
    pub fn with_extra_dhcp_opts(mut self, value: ::std::vec::Vec<ExtraDhcpOpt>) -> Self {
        self.extra_dhcp_opts = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdatePortOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(
            &mut map,
            "allowed_address_pairs",
            &self.allowed_address_pairs,
        );
        json::put(&mut map, "extra_dhcp_opts", &self.extra_dhcp_opts);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_port`](super::VpcClient::update_port): `PUT /v1/{project_id}/ports/{port_id}`.
///
/// Required fields: `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePortRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdatePortRequestBody>,
}

impl UpdatePortRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdatePortRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdatePortRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePortRequestBody {
    /// Required JSON field `port`.
    pub port: UpdatePortOption,
}

impl UpdatePortRequestBody {
    /// Sets the `port` field.
    #[must_use]
    pub fn with_port(mut self, value: UpdatePortOption) -> Self {
        self.port = value;
        self
    }
}

impl json::ToJson for UpdatePortRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "port", &self.port);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_port`](super::VpcClient::update_port): `PUT /v1/{project_id}/ports/{port_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdatePortResponse {
    /// JSON field `port`.
    pub port: ::std::option::Option<Port>,
}

impl json::FromJson for UpdatePortResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port: json::take(&mut map, "port")?,
        })
    }
}

/// JSON model `UpdateRouteTableReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRouteTableReq {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `routes`.
    pub routes: ::std::option::Option<RouteTableRouteAction>,
}

impl UpdateRouteTableReq {
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

    /// Sets the `routes` field.
    #[must_use]
    pub fn with_routes(mut self, value: RouteTableRouteAction) -> Self {
        self.routes = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateRouteTableReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "routes", &self.routes);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_route_table`](super::VpcClient::update_route_table): `PUT /v1/{project_id}/routetables/{routetable_id}`.
///
/// Required fields: `routetable_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRouteTableRequest {
    /// Required path parameter `routetable_id`.
    pub routetable_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateRoutetableReqBody>,
}

impl UpdateRouteTableRequest {
    /// Sets the `routetable_id` field.
    #[must_use]
    pub fn with_routetable_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.routetable_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateRoutetableReqBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`VpcClient::update_route_table`](super::VpcClient::update_route_table): `PUT /v1/{project_id}/routetables/{routetable_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRouteTableResponse {
    /// JSON field `routetable`.
    pub routetable: ::std::option::Option<RouteTableResp>,
}

impl json::FromJson for UpdateRouteTableResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            routetable: json::take(&mut map, "routetable")?,
        })
    }
}

/// JSON model `UpdateRoutetableReqBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRoutetableReqBody {
    /// Required JSON field `routetable`.
    pub routetable: UpdateRouteTableReq,
}

impl UpdateRoutetableReqBody {
    /// Sets the `routetable` field.
    #[must_use]
    pub fn with_routetable(mut self, value: UpdateRouteTableReq) -> Self {
        self.routetable = value;
        self
    }
}

impl json::ToJson for UpdateRoutetableReqBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "routetable", &self.routetable);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateSubnetOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSubnetOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `ipv6_enable`.
    pub ipv6_enable: ::std::option::Option<bool>,
    /// JSON field `dhcp_enable`.
    pub dhcp_enable: ::std::option::Option<bool>,
    /// JSON field `primary_dns`.
    pub primary_dns: ::std::option::Option<::std::string::String>,
    /// JSON field `secondary_dns`.
    pub secondary_dns: ::std::option::Option<::std::string::String>,
    /// JSON field `dnsList`.
    #[cfg_attr(feature = "serde", serde(rename = "dnsList"))]
    pub dns_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `extra_dhcp_opts`.
    pub extra_dhcp_opts: ::std::option::Option<::std::vec::Vec<ExtraDhcpOption>>,
    /// JSON field `enable_network_address_usage_metrics`.
    pub enable_network_address_usage_metrics: ::std::option::Option<bool>,
}

impl UpdateSubnetOption {
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

    /// Sets the `ipv6_enable` field.
    #[must_use]
    pub fn with_ipv6_enable(mut self, value: bool) -> Self {
        self.ipv6_enable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `dhcp_enable` field.
    #[must_use]
    pub fn with_dhcp_enable(mut self, value: bool) -> Self {
        self.dhcp_enable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `primary_dns` field.
    #[must_use]
    pub fn with_primary_dns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.primary_dns = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `secondary_dns` field.
    #[must_use]
    pub fn with_secondary_dns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secondary_dns = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `dns_list` field.
    #[must_use]
    pub fn with_dns_list(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.dns_list = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `extra_dhcp_opts` field.
    #[must_use]
    pub fn with_extra_dhcp_opts(mut self, value: ::std::vec::Vec<ExtraDhcpOption>) -> Self {
        self.extra_dhcp_opts = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enable_network_address_usage_metrics` field.
    #[must_use]
    pub fn with_enable_network_address_usage_metrics(mut self, value: bool) -> Self {
        self.enable_network_address_usage_metrics = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateSubnetOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "ipv6_enable", &self.ipv6_enable);
        json::put(&mut map, "dhcp_enable", &self.dhcp_enable);
        json::put(&mut map, "primary_dns", &self.primary_dns);
        json::put(&mut map, "secondary_dns", &self.secondary_dns);
        json::put(&mut map, "dnsList", &self.dns_list);
        json::put(&mut map, "extra_dhcp_opts", &self.extra_dhcp_opts);
        json::put(
            &mut map,
            "enable_network_address_usage_metrics",
            &self.enable_network_address_usage_metrics,
        );
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_subnet`](super::VpcClient::update_subnet): `PUT /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`.
///
/// Required fields: `vpc_id`, `subnet_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSubnetRequest {
    /// Required path parameter `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required path parameter `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateSubnetRequestBody>,
}

impl UpdateSubnetRequest {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateSubnetRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateSubnetRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSubnetRequestBody {
    /// Required JSON field `subnet`.
    pub subnet: UpdateSubnetOption,
}

impl UpdateSubnetRequestBody {
    /// Sets the `subnet` field.
    #[must_use]
    pub fn with_subnet(mut self, value: UpdateSubnetOption) -> Self {
        self.subnet = value;
        self
    }
}

impl json::ToJson for UpdateSubnetRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet", &self.subnet);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_subnet`](super::VpcClient::update_subnet): `PUT /v1/{project_id}/vpcs/{vpc_id}/subnets/{subnet_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSubnetResponse {
    /// JSON field `subnet`.
    pub subnet: ::std::option::Option<SubnetResult>,
}

impl json::FromJson for UpdateSubnetResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            subnet: json::take(&mut map, "subnet")?,
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
    /// JSON field `cidr`.
    pub cidr: ::std::option::Option<::std::string::String>,
    /// JSON field `routes`.
    pub routes: ::std::option::Option<::std::vec::Vec<Route>>,
    /// JSON field `enable_network_address_usage_metrics`.
    pub enable_network_address_usage_metrics: ::std::option::Option<bool>,
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

    /// Sets the `cidr` field.
    #[must_use]
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `routes` field.
    #[must_use]
    pub fn with_routes(mut self, value: ::std::vec::Vec<Route>) -> Self {
        self.routes = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enable_network_address_usage_metrics` field.
    #[must_use]
    pub fn with_enable_network_address_usage_metrics(mut self, value: bool) -> Self {
        self.enable_network_address_usage_metrics = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateVpcOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "cidr", &self.cidr);
        json::put(&mut map, "routes", &self.routes);
        json::put(
            &mut map,
            "enable_network_address_usage_metrics",
            &self.enable_network_address_usage_metrics,
        );
        json::Value::Object(map)
    }
}

/// JSON model `UpdateVpcPeeringOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVpcPeeringOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdateVpcPeeringOption {
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

impl json::ToJson for UpdateVpcPeeringOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`VpcClient::update_vpc_peering`](super::VpcClient::update_vpc_peering): `PUT /v2.0/vpc/peerings/{peering_id}`.
///
/// Required fields: `peering_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVpcPeeringRequest {
    /// Required path parameter `peering_id`.
    pub peering_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateVpcPeeringRequestBody>,
}

impl UpdateVpcPeeringRequest {
    /// Sets the `peering_id` field.
    #[must_use]
    pub fn with_peering_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.peering_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateVpcPeeringRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateVpcPeeringRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVpcPeeringRequestBody {
    /// Required JSON field `peering`.
    pub peering: UpdateVpcPeeringOption,
}

impl UpdateVpcPeeringRequestBody {
    /// Sets the `peering` field.
    #[must_use]
    pub fn with_peering(mut self, value: UpdateVpcPeeringOption) -> Self {
        self.peering = value;
        self
    }
}

impl json::ToJson for UpdateVpcPeeringRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "peering", &self.peering);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_vpc_peering`](super::VpcClient::update_vpc_peering): `PUT /v2.0/vpc/peerings/{peering_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVpcPeeringResponse {
    /// JSON field `peering`.
    pub peering: ::std::option::Option<VpcPeering>,
}

impl json::FromJson for UpdateVpcPeeringResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            peering: json::take(&mut map, "peering")?,
        })
    }
}

/// Request of [`VpcClient::update_vpc`](super::VpcClient::update_vpc): `PUT /v1/{project_id}/vpcs/{vpc_id}`.
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
    /// Required JSON field `vpc`.
    pub vpc: UpdateVpcOption,
}

impl UpdateVpcRequestBody {
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
        json::put(&mut map, "vpc", &self.vpc);
        json::Value::Object(map)
    }
}

/// Response of [`VpcClient::update_vpc`](super::VpcClient::update_vpc): `PUT /v1/{project_id}/vpcs/{vpc_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVpcResponse {
    /// JSON field `vpc`.
    pub vpc: ::std::option::Option<Vpc>,
}

impl json::FromJson for UpdateVpcResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            vpc: json::take(&mut map, "vpc")?,
        })
    }
}

/// JSON model `VersionResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VersionResult {
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<NeutronPageLink>,
}

impl json::FromJson for VersionResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            status: json::take(&mut map, "status")?,
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
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
    /// Required JSON field `cidr`.
    pub cidr: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `routes`.
    pub routes: ::std::vec::Vec<Route>,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
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
            cidr: json::take(&mut map, "cidr")?,
            description: json::take(&mut map, "description")?,
            routes: json::take(&mut map, "routes")?,
            status: json::take(&mut map, "status")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            block_service_endpoint_states: json::take(&mut map, "block_service_endpoint_states")?,
            enable_network_address_usage_metrics: json::take(
                &mut map,
                "enable_network_address_usage_metrics",
            )?,
        })
    }
}

/// JSON model `VpcInfo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VpcInfo {
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// JSON field `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl VpcInfo {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `tenant_id` field.
    #[must_use]
    pub fn with_tenant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenant_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for VpcInfo {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "vpc_id", &self.vpc_id);
        json::put(&mut map, "tenant_id", &self.tenant_id);
        json::Value::Object(map)
    }
}

impl json::FromJson for VpcInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            vpc_id: json::take(&mut map, "vpc_id")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
        })
    }
}

/// JSON model `VpcPeering`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VpcPeering {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `request_vpc_info`.
    pub request_vpc_info: VpcInfo,
    /// Required JSON field `accept_vpc_info`.
    pub accept_vpc_info: VpcInfo,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
}

impl json::FromJson for VpcPeering {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            status: json::take(&mut map, "status")?,
            request_vpc_info: json::take(&mut map, "request_vpc_info")?,
            accept_vpc_info: json::take(&mut map, "accept_vpc_info")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            description: json::take(&mut map, "description")?,
        })
    }
}

/// JSON model `VpcRoute`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VpcRoute {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `destination`.
    pub destination: ::std::string::String,
    /// Required JSON field `nexthop`.
    pub nexthop: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
}

impl json::FromJson for VpcRoute {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            destination: json::take(&mut map, "destination")?,
            nexthop: json::take(&mut map, "nexthop")?,
            r#type: json::take(&mut map, "type")?,
            vpc_id: json::take(&mut map, "vpc_id")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
        })
    }
}
