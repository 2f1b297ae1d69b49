//! Request, response and data types of the ECS v2 API.
//!
//! Request types and the models inside request bodies implement `Default` and have a
//! `with_*` setter per field. Types without `Default` have a `new` taking their required
//! fields. All types are `#[non_exhaustive]`, so new API fields are not breaking.

use huaweicloud_sdk_core::json;

/// JSON model `ASICAcceleratorInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ASICAcceleratorInfo {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `memory_mb`.
    pub memory_mb: ::std::option::Option<i64>,
}

impl json::FromJson for ASICAcceleratorInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            count: json::take(&mut map, "count")?,
            memory_mb: json::take(&mut map, "memory_mb")?,
        })
    }
}

/// Request of [`EcsClient::accept_scheduled_event`](super::EcsClient::accept_scheduled_event): `POST /v3/{project_id}/instance-scheduled-events/{id}/actions/accept`.
///
/// Required fields: `id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AcceptScheduledEventRequest {
    /// Required path parameter `id`.
    pub id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ScheduledEventAcceptBody>,
}

impl AcceptScheduledEventRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ScheduledEventAcceptBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::accept_scheduled_event`](super::EcsClient::accept_scheduled_event): `POST /v3/{project_id}/instance-scheduled-events/{id}/actions/accept`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AcceptScheduledEventResponse {
    /// Value of the `X-Request-Id` response header.
    #[cfg_attr(feature = "serde", serde(rename = "X-Request-Id"))]
    pub x_request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AcceptScheduledEventResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            x_request_id: json::take(&mut map, "x_request_id")?,
        })
    }
}

/// Request of [`EcsClient::add_server_group_member`](super::EcsClient::add_server_group_member): `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action`.
///
/// Required fields: `server_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddServerGroupMemberRequest {
    /// Required path parameter `server_group_id`.
    pub server_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AddServerGroupMemberRequestBody>,
}

impl AddServerGroupMemberRequest {
    /// Sets the `server_group_id` field.
    #[must_use]
    pub fn with_server_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AddServerGroupMemberRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `AddServerGroupMemberRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddServerGroupMemberRequestBody {
    /// Required JSON field `add_member`.
    pub add_member: ServerGroupMember,
}

impl AddServerGroupMemberRequestBody {
    /// Sets the `add_member` field.
    #[must_use]
    pub fn with_add_member(mut self, value: ServerGroupMember) -> Self {
        self.add_member = value;
        self
    }
}

impl json::ToJson for AddServerGroupMemberRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "add_member", &self.add_member);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::add_server_group_member`](super::EcsClient::add_server_group_member): `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddServerGroupMemberResponse {}

impl json::FromJson for AddServerGroupMemberResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `AssociateServerVirtualIpOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateServerVirtualIpOption {
    /// Required JSON field `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Required JSON field `ip_address`.
    pub ip_address: ::std::string::String,
    /// JSON field `reverse_binding`.
    pub reverse_binding: ::std::option::Option<bool>,
}

impl AssociateServerVirtualIpOption {
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
        self.ip_address = value.into();
        self
    }

    /// Sets the `reverse_binding` field.
    #[must_use]
    pub fn with_reverse_binding(mut self, value: bool) -> Self {
        self.reverse_binding = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AssociateServerVirtualIpOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::put(&mut map, "ip_address", &self.ip_address);
        json::put(&mut map, "reverse_binding", &self.reverse_binding);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::associate_server_virtual_ip`](super::EcsClient::associate_server_virtual_ip): `PUT /v1/{project_id}/cloudservers/nics/{nic_id}`.
///
/// Required fields: `nic_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateServerVirtualIpRequest {
    /// Required path parameter `nic_id`.
    pub nic_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AssociateServerVirtualIpRequestBody>,
}

impl AssociateServerVirtualIpRequest {
    /// Sets the `nic_id` field.
    #[must_use]
    pub fn with_nic_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nic_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AssociateServerVirtualIpRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `AssociateServerVirtualIpRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateServerVirtualIpRequestBody {
    /// Required JSON field `nic`.
    pub nic: AssociateServerVirtualIpOption,
}

impl AssociateServerVirtualIpRequestBody {
    /// Sets the `nic` field.
    #[must_use]
    pub fn with_nic(mut self, value: AssociateServerVirtualIpOption) -> Self {
        self.nic = value;
        self
    }
}

impl json::ToJson for AssociateServerVirtualIpRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "nic", &self.nic);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::associate_server_virtual_ip`](super::EcsClient::associate_server_virtual_ip): `PUT /v1/{project_id}/cloudservers/nics/{nic_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateServerVirtualIpResponse {
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AssociateServerVirtualIpResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port_id: json::take(&mut map, "port_id")?,
        })
    }
}

/// JSON model `Association`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Association {
    /// JSON field `public_ip_address`.
    pub public_ip_address: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for Association {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            public_ip_address: json::take(&mut map, "public_ip_address")?,
        })
    }
}

/// JSON model `AttachServerVolumeOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachServerVolumeOption {
    /// JSON field `device`.
    pub device: ::std::option::Option<::std::string::String>,
    /// Required JSON field `volumeId`.
    #[cfg_attr(feature = "serde", serde(rename = "volumeId"))]
    pub volume_id: ::std::string::String,
    /// JSON field `volume_type`.
    pub volume_type: ::std::option::Option<::std::string::String>,
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `hw:passthrough`.
    #[cfg_attr(feature = "serde", serde(rename = "hw:passthrough"))]
    pub hwpassthrough: ::std::option::Option<::std::string::String>,
}

impl AttachServerVolumeOption {
    /// Sets the `device` field.
    #[must_use]
    pub fn with_device(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.device = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = value.into();
        self
    }

    /// Sets the `volume_type` field.
    #[must_use]
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `count` field.
    #[must_use]
    pub fn with_count(mut self, value: i64) -> Self {
        self.count = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `hwpassthrough` field.
    #[must_use]
    pub fn with_hwpassthrough(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hwpassthrough = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AttachServerVolumeOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "device", &self.device);
        json::put(&mut map, "volumeId", &self.volume_id);
        json::put(&mut map, "volume_type", &self.volume_type);
        json::put(&mut map, "count", &self.count);
        json::put(&mut map, "hw:passthrough", &self.hwpassthrough);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::attach_server_volume`](super::EcsClient::attach_server_volume): `POST /v1/{project_id}/cloudservers/{server_id}/attachvolume`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachServerVolumeRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AttachServerVolumeRequestBody>,
}

impl AttachServerVolumeRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AttachServerVolumeRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `AttachServerVolumeRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachServerVolumeRequestBody {
    /// Required JSON field `volumeAttachment`.
    #[cfg_attr(feature = "serde", serde(rename = "volumeAttachment"))]
    pub volume_attachment: AttachServerVolumeOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl AttachServerVolumeRequestBody {
    /// Sets the `volume_attachment` field.
    #[must_use]
    pub fn with_volume_attachment(mut self, value: AttachServerVolumeOption) -> Self {
        self.volume_attachment = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for AttachServerVolumeRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volumeAttachment", &self.volume_attachment);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::attach_server_volume`](super::EcsClient::attach_server_volume): `POST /v1/{project_id}/cloudservers/{server_id}/attachvolume`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachServerVolumeResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AttachServerVolumeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `AttachableQuantityForNic`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachableQuantityForNic {
    /// JSON field `free_efi_nic`.
    pub free_efi_nic: ::std::option::Option<i64>,
    /// JSON field `free_scsi`.
    pub free_scsi: ::std::option::Option<i64>,
    /// JSON field `free_blk`.
    pub free_blk: ::std::option::Option<i64>,
    /// JSON field `free_disk`.
    pub free_disk: ::std::option::Option<i64>,
    /// JSON field `free_nic`.
    pub free_nic: ::std::option::Option<i64>,
}

impl json::FromJson for AttachableQuantityForNic {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            free_efi_nic: json::take(&mut map, "free_efi_nic")?,
            free_scsi: json::take(&mut map, "free_scsi")?,
            free_blk: json::take(&mut map, "free_blk")?,
            free_disk: json::take(&mut map, "free_disk")?,
            free_nic: json::take(&mut map, "free_nic")?,
        })
    }
}

/// JSON model `BatchAddServerGroupMemberReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAddServerGroupMemberReq {
    /// JSON field `server_ids`.
    pub server_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl BatchAddServerGroupMemberReq {
    /// Sets the `server_ids` field.
    #[must_use]
    pub fn with_server_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.server_ids = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BatchAddServerGroupMemberReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "server_ids", &self.server_ids);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::batch_add_server_group_member`](super::EcsClient::batch_add_server_group_member): `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/add_members`.
///
/// Required fields: `server_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAddServerGroupMemberRequest {
    /// Required path parameter `server_group_id`.
    pub server_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchAddServerGroupMemberReq>,
}

impl BatchAddServerGroupMemberRequest {
    /// Sets the `server_group_id` field.
    #[must_use]
    pub fn with_server_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchAddServerGroupMemberReq) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::batch_add_server_group_member`](super::EcsClient::batch_add_server_group_member): `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/add_members`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAddServerGroupMemberResponse {
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `servers`.
    pub servers: ::std::option::Option<::std::vec::Vec<BatchOperateResultResponse>>,
}

impl json::FromJson for BatchAddServerGroupMemberResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            status: json::take(&mut map, "status")?,
            servers: json::take(&mut map, "servers")?,
        })
    }
}

/// JSON model `BatchAddServerNicOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAddServerNicOption {
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<ServerNicSecurityGroup>>,
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `ipv6_enable`.
    pub ipv6_enable: ::std::option::Option<bool>,
    /// JSON field `ipv6_bandwidth`.
    pub ipv6_bandwidth: ::std::option::Option<Ipv6Bandwidth>,
    /// JSON field `efi_enable`.
    pub efi_enable: ::std::option::Option<bool>,
}

impl BatchAddServerNicOption {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<ServerNicSecurityGroup>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
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

    /// Sets the `ipv6_enable` field.
    #[must_use]
    pub fn with_ipv6_enable(mut self, value: bool) -> Self {
        self.ipv6_enable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `ipv6_bandwidth` field.
    #[must_use]
    pub fn with_ipv6_bandwidth(mut self, value: Ipv6Bandwidth) -> Self {
        self.ipv6_bandwidth = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `efi_enable` field.
    #[must_use]
    pub fn with_efi_enable(mut self, value: bool) -> Self {
        self.efi_enable = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BatchAddServerNicOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::put(&mut map, "port_id", &self.port_id);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "ip_address", &self.ip_address);
        json::put(&mut map, "ipv6_enable", &self.ipv6_enable);
        json::put(&mut map, "ipv6_bandwidth", &self.ipv6_bandwidth);
        json::put(&mut map, "efi_enable", &self.efi_enable);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::batch_add_server_nics`](super::EcsClient::batch_add_server_nics): `POST /v1/{project_id}/cloudservers/{server_id}/nics`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAddServerNicsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchAddServerNicsRequestBody>,
}

impl BatchAddServerNicsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchAddServerNicsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchAddServerNicsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAddServerNicsRequestBody {
    /// Required JSON field `nics`.
    pub nics: ::std::vec::Vec<BatchAddServerNicOption>,
}

impl BatchAddServerNicsRequestBody {
    /// Sets the `nics` field.
    #[must_use]
    pub fn with_nics(mut self, value: ::std::vec::Vec<BatchAddServerNicOption>) -> Self {
        self.nics = value;
        self
    }
}

impl json::ToJson for BatchAddServerNicsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "nics", &self.nics);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::batch_add_server_nics`](super::EcsClient::batch_add_server_nics): `POST /v1/{project_id}/cloudservers/{server_id}/nics`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAddServerNicsResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchAddServerNicsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `BatchAddServerTag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAddServerTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// JSON field `value`.
    pub value: ::std::option::Option<::std::string::String>,
}

impl BatchAddServerTag {
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

impl json::ToJson for BatchAddServerTag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// JSON model `BatchAttachSharableVolumesOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAttachSharableVolumesOption {
    /// Required JSON field `server_id`.
    pub server_id: ::std::string::String,
    /// JSON field `device`.
    pub device: ::std::option::Option<::std::string::String>,
}

impl BatchAttachSharableVolumesOption {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `device` field.
    #[must_use]
    pub fn with_device(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.device = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for BatchAttachSharableVolumesOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "server_id", &self.server_id);
        json::put(&mut map, "device", &self.device);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::batch_attach_sharable_volumes`](super::EcsClient::batch_attach_sharable_volumes): `POST /v1/{project_id}/batchaction/attachvolumes/{volume_id}`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAttachSharableVolumesRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchAttachSharableVolumesRequestBody>,
}

impl BatchAttachSharableVolumesRequest {
    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchAttachSharableVolumesRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchAttachSharableVolumesRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAttachSharableVolumesRequestBody {
    /// Required JSON field `serverinfo`.
    pub serverinfo: ::std::vec::Vec<BatchAttachSharableVolumesOption>,
}

impl BatchAttachSharableVolumesRequestBody {
    /// Sets the `serverinfo` field.
    #[must_use]
    pub fn with_serverinfo(
        mut self,
        value: ::std::vec::Vec<BatchAttachSharableVolumesOption>,
    ) -> Self {
        self.serverinfo = value;
        self
    }
}

impl json::ToJson for BatchAttachSharableVolumesRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "serverinfo", &self.serverinfo);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::batch_attach_sharable_volumes`](super::EcsClient::batch_attach_sharable_volumes): `POST /v1/{project_id}/batchaction/attachvolumes/{volume_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAttachSharableVolumesResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchAttachSharableVolumesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// Request of [`EcsClient::batch_create_server_tags`](super::EcsClient::batch_create_server_tags): `POST /v1/{project_id}/cloudservers/{server_id}/tags/action`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateServerTagsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateServerTagsRequestBody>,
}

impl BatchCreateServerTagsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreateServerTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchCreateServerTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateServerTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<BatchAddServerTag>,
}

impl BatchCreateServerTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<BatchAddServerTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchCreateServerTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::batch_create_server_tags`](super::EcsClient::batch_create_server_tags): `POST /v1/{project_id}/cloudservers/{server_id}/tags/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateServerTagsResponse {}

impl json::FromJson for BatchCreateServerTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `BatchDeleteServerGroupMemberReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteServerGroupMemberReq {
    /// Required JSON field `server_ids`.
    pub server_ids: ::std::vec::Vec<::std::string::String>,
}

impl BatchDeleteServerGroupMemberReq {
    /// Sets the `server_ids` field.
    #[must_use]
    pub fn with_server_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.server_ids = value;
        self
    }
}

impl json::ToJson for BatchDeleteServerGroupMemberReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "server_ids", &self.server_ids);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::batch_delete_server_group_member`](super::EcsClient::batch_delete_server_group_member): `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/remove_members`.
///
/// Required fields: `server_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteServerGroupMemberRequest {
    /// Required path parameter `server_group_id`.
    pub server_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteServerGroupMemberReq>,
}

impl BatchDeleteServerGroupMemberRequest {
    /// Sets the `server_group_id` field.
    #[must_use]
    pub fn with_server_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeleteServerGroupMemberReq) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::batch_delete_server_group_member`](super::EcsClient::batch_delete_server_group_member): `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/remove_members`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteServerGroupMemberResponse {
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `servers`.
    pub servers: ::std::option::Option<::std::vec::Vec<BatchOperateResultResponse>>,
}

impl json::FromJson for BatchDeleteServerGroupMemberResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            status: json::take(&mut map, "status")?,
            servers: json::take(&mut map, "servers")?,
        })
    }
}

/// JSON model `BatchDeleteServerNicOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteServerNicOption {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl BatchDeleteServerNicOption {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

impl json::ToJson for BatchDeleteServerNicOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::batch_delete_server_nics`](super::EcsClient::batch_delete_server_nics): `POST /v1/{project_id}/cloudservers/{server_id}/nics/delete`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteServerNicsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteServerNicsRequestBody>,
}

impl BatchDeleteServerNicsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeleteServerNicsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchDeleteServerNicsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteServerNicsRequestBody {
    /// Required JSON field `nics`.
    pub nics: ::std::vec::Vec<BatchDeleteServerNicOption>,
}

impl BatchDeleteServerNicsRequestBody {
    /// Sets the `nics` field.
    #[must_use]
    pub fn with_nics(mut self, value: ::std::vec::Vec<BatchDeleteServerNicOption>) -> Self {
        self.nics = value;
        self
    }
}

impl json::ToJson for BatchDeleteServerNicsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "nics", &self.nics);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::batch_delete_server_nics`](super::EcsClient::batch_delete_server_nics): `POST /v1/{project_id}/cloudservers/{server_id}/nics/delete`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteServerNicsResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchDeleteServerNicsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// Request of [`EcsClient::batch_delete_server_tags`](super::EcsClient::batch_delete_server_tags): `POST /v1/{project_id}/cloudservers/{server_id}/tags/action`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteServerTagsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteServerTagsRequestBody>,
}

impl BatchDeleteServerTagsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeleteServerTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchDeleteServerTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteServerTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ServerTag>,
}

impl BatchDeleteServerTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ServerTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchDeleteServerTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::batch_delete_server_tags`](super::EcsClient::batch_delete_server_tags): `POST /v1/{project_id}/cloudservers/{server_id}/tags/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteServerTagsResponse {}

impl json::FromJson for BatchDeleteServerTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EcsClient::batch_detach_volumes`](super::EcsClient::batch_detach_volumes): `POST /v1/{project_id}/batchaction/detachvolumes/{volume_id}`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDetachVolumesRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<VolumeBatchDetachRequest>,
}

impl BatchDetachVolumesRequest {
    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: VolumeBatchDetachRequest) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::batch_detach_volumes`](super::EcsClient::batch_detach_volumes): `POST /v1/{project_id}/batchaction/detachvolumes/{volume_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDetachVolumesResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchDetachVolumesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `BatchOperateResultResponse`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchOperateResultResponse {
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `server_id`.
    pub server_id: ::std::option::Option<::std::string::String>,
    /// JSON field `fail_reason`.
    pub fail_reason: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchOperateResultResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            status: json::take(&mut map, "status")?,
            server_id: json::take(&mut map, "server_id")?,
            fail_reason: json::take(&mut map, "fail_reason")?,
        })
    }
}

/// Request of [`EcsClient::batch_reboot_servers`](super::EcsClient::batch_reboot_servers): `POST /v1/{project_id}/cloudservers/action`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchRebootServersRequest {
    /// Request body.
    pub body: ::std::option::Option<BatchRebootServersRequestBody>,
}

impl BatchRebootServersRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchRebootServersRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchRebootServersRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchRebootServersRequestBody {
    /// Required JSON field `reboot`.
    pub reboot: BatchRebootSeversOption,
}

impl BatchRebootServersRequestBody {
    /// Sets the `reboot` field.
    #[must_use]
    pub fn with_reboot(mut self, value: BatchRebootSeversOption) -> Self {
        self.reboot = value;
        self
    }
}

impl json::ToJson for BatchRebootServersRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "reboot", &self.reboot);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::batch_reboot_servers`](super::EcsClient::batch_reboot_servers): `POST /v1/{project_id}/cloudservers/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchRebootServersResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchRebootServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `BatchRebootSeversOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchRebootSeversOption {
    /// Required JSON field `servers`.
    pub servers: ::std::vec::Vec<ServerId>,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl BatchRebootSeversOption {
    /// Sets the `servers` field.
    #[must_use]
    pub fn with_servers(mut self, value: ::std::vec::Vec<ServerId>) -> Self {
        self.servers = value;
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }
}

impl json::ToJson for BatchRebootSeversOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "servers", &self.servers);
        json::put(&mut map, "type", &self.r#type);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::batch_reset_servers_password`](super::EcsClient::batch_reset_servers_password): `PUT /v1/{project_id}/cloudservers/os-reset-passwords`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchResetServersPasswordRequest {
    /// Request body.
    pub body: ::std::option::Option<BatchResetServersPasswordRequestBody>,
}

impl BatchResetServersPasswordRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchResetServersPasswordRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchResetServersPasswordRequestBody`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchResetServersPasswordRequestBody {
    /// Required JSON field `new_password`. Debug output hides its value.
    pub new_password: ::std::string::String,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `servers`.
    pub servers: ::std::vec::Vec<ServerId>,
}

impl ::std::fmt::Debug for BatchResetServersPasswordRequestBody {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("BatchResetServersPasswordRequestBody")
            .field("new_password", &"<redacted>")
            .field("dry_run", &self.dry_run)
            .field("servers", &self.servers)
            .finish()
    }
}

impl BatchResetServersPasswordRequestBody {
    /// Sets the `new_password` field.
    #[must_use]
    pub fn with_new_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new_password = value.into();
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `servers` field.
    #[must_use]
    pub fn with_servers(mut self, value: ::std::vec::Vec<ServerId>) -> Self {
        self.servers = value;
        self
    }
}

impl json::ToJson for BatchResetServersPasswordRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "new_password", &self.new_password);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "servers", &self.servers);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::batch_reset_servers_password`](super::EcsClient::batch_reset_servers_password): `PUT /v1/{project_id}/cloudservers/os-reset-passwords`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchResetServersPasswordResponse {
    /// JSON field `response`.
    pub response: ::std::option::Option<::std::vec::Vec<ServerId>>,
}

impl json::FromJson for BatchResetServersPasswordResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            response: json::take(&mut map, "response")?,
        })
    }
}

/// JSON model `BatchResizeServersOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchResizeServersOption {
    /// Required JSON field `flavorRef`.
    #[cfg_attr(feature = "serde", serde(rename = "flavorRef"))]
    pub flavor_ref: ::std::string::String,
    /// Required JSON field `servers`.
    pub servers: ::std::vec::Vec<ServerId>,
    /// JSON field `cpu_options`.
    pub cpu_options: ::std::option::Option<CpuOptions>,
    /// JSON field `mode`.
    pub mode: ::std::option::Option<::std::string::String>,
    /// JSON field `promotion`.
    pub promotion: ::std::option::Option<Promotion>,
}

impl BatchResizeServersOption {
    /// Sets the `flavor_ref` field.
    #[must_use]
    pub fn with_flavor_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_ref = value.into();
        self
    }

    /// Sets the `servers` field.
    #[must_use]
    pub fn with_servers(mut self, value: ::std::vec::Vec<ServerId>) -> Self {
        self.servers = value;
        self
    }

    /// Sets the `cpu_options` field.
    #[must_use]
    pub fn with_cpu_options(mut self, value: CpuOptions) -> Self {
        self.cpu_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `mode` field.
    #[must_use]
    pub fn with_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `promotion` field.
    #[must_use]
    pub fn with_promotion(mut self, value: Promotion) -> Self {
        self.promotion = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BatchResizeServersOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "flavorRef", &self.flavor_ref);
        json::put(&mut map, "servers", &self.servers);
        json::put(&mut map, "cpu_options", &self.cpu_options);
        json::put(&mut map, "mode", &self.mode);
        json::put(&mut map, "promotion", &self.promotion);
        json::Value::Object(map)
    }
}

/// JSON model `BatchResizeServersReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchResizeServersReq {
    /// Required JSON field `resize`.
    pub resize: BatchResizeServersOption,
}

impl BatchResizeServersReq {
    /// Sets the `resize` field.
    #[must_use]
    pub fn with_resize(mut self, value: BatchResizeServersOption) -> Self {
        self.resize = value;
        self
    }
}

impl json::ToJson for BatchResizeServersReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "resize", &self.resize);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::batch_resize_servers`](super::EcsClient::batch_resize_servers): `POST /v1/{project_id}/cloudservers/batch-resize`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchResizeServersRequest {
    /// Request body.
    pub body: ::std::option::Option<BatchResizeServersReq>,
}

impl BatchResizeServersRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchResizeServersReq) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::batch_resize_servers`](super::EcsClient::batch_resize_servers): `POST /v1/{project_id}/cloudservers/batch-resize`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchResizeServersResponse {
    /// JSON field `order_id`.
    pub order_id: ::std::option::Option<::std::string::String>,
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchResizeServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            order_id: json::take(&mut map, "order_id")?,
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `BatchStartServersOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchStartServersOption {
    /// Required JSON field `servers`.
    pub servers: ::std::vec::Vec<ServerId>,
}

impl BatchStartServersOption {
    /// Sets the `servers` field.
    #[must_use]
    pub fn with_servers(mut self, value: ::std::vec::Vec<ServerId>) -> Self {
        self.servers = value;
        self
    }
}

impl json::ToJson for BatchStartServersOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "servers", &self.servers);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::batch_start_servers`](super::EcsClient::batch_start_servers): `POST /v1/{project_id}/cloudservers/action`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchStartServersRequest {
    /// Request body.
    pub body: ::std::option::Option<BatchStartServersRequestBody>,
}

impl BatchStartServersRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchStartServersRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchStartServersRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchStartServersRequestBody {
    /// Required JSON field `os-start`.
    #[cfg_attr(feature = "serde", serde(rename = "os-start"))]
    pub os_start: BatchStartServersOption,
}

impl BatchStartServersRequestBody {
    /// Sets the `os_start` field.
    #[must_use]
    pub fn with_os_start(mut self, value: BatchStartServersOption) -> Self {
        self.os_start = value;
        self
    }
}

impl json::ToJson for BatchStartServersRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "os-start", &self.os_start);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::batch_start_servers`](super::EcsClient::batch_start_servers): `POST /v1/{project_id}/cloudservers/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchStartServersResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchStartServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `BatchStopServersOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchStopServersOption {
    /// Required JSON field `servers`.
    pub servers: ::std::vec::Vec<ServerId>,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl BatchStopServersOption {
    /// Sets the `servers` field.
    #[must_use]
    pub fn with_servers(mut self, value: ::std::vec::Vec<ServerId>) -> Self {
        self.servers = value;
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for BatchStopServersOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "servers", &self.servers);
        json::put(&mut map, "type", &self.r#type);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::batch_stop_servers`](super::EcsClient::batch_stop_servers): `POST /v1/{project_id}/cloudservers/action`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchStopServersRequest {
    /// Request body.
    pub body: ::std::option::Option<BatchStopServersRequestBody>,
}

impl BatchStopServersRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchStopServersRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchStopServersRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchStopServersRequestBody {
    /// Required JSON field `os-stop`.
    #[cfg_attr(feature = "serde", serde(rename = "os-stop"))]
    pub os_stop: BatchStopServersOption,
}

impl BatchStopServersRequestBody {
    /// Sets the `os_stop` field.
    #[must_use]
    pub fn with_os_stop(mut self, value: BatchStopServersOption) -> Self {
        self.os_stop = value;
        self
    }
}

impl json::ToJson for BatchStopServersRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "os-stop", &self.os_stop);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::batch_stop_servers`](super::EcsClient::batch_stop_servers): `POST /v1/{project_id}/cloudservers/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchStopServersResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchStopServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// Request of [`EcsClient::batch_update_servers_name`](super::EcsClient::batch_update_servers_name): `PUT /v1/{project_id}/cloudservers/server-name`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchUpdateServersNameRequest {
    /// Request body.
    pub body: ::std::option::Option<BatchUpdateServersNameRequestBody>,
}

impl BatchUpdateServersNameRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchUpdateServersNameRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchUpdateServersNameRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchUpdateServersNameRequestBody {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `servers`.
    pub servers: ::std::vec::Vec<ServerId>,
}

impl BatchUpdateServersNameRequestBody {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `servers` field.
    #[must_use]
    pub fn with_servers(mut self, value: ::std::vec::Vec<ServerId>) -> Self {
        self.servers = value;
        self
    }
}

impl json::ToJson for BatchUpdateServersNameRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "servers", &self.servers);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::batch_update_servers_name`](super::EcsClient::batch_update_servers_name): `PUT /v1/{project_id}/cloudservers/server-name`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchUpdateServersNameResponse {
    /// JSON field `response`.
    pub response: ::std::option::Option<::std::vec::Vec<ServerId>>,
}

impl json::FromJson for BatchUpdateServersNameResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            response: json::take(&mut map, "response")?,
        })
    }
}

/// JSON model `BlockDeviceAttachableQuantity`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BlockDeviceAttachableQuantity {
    /// JSON field `free_scsi`.
    pub free_scsi: ::std::option::Option<i64>,
    /// JSON field `free_blk`.
    pub free_blk: ::std::option::Option<i64>,
    /// JSON field `free_disk`.
    pub free_disk: ::std::option::Option<i64>,
}

impl json::FromJson for BlockDeviceAttachableQuantity {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            free_scsi: json::take(&mut map, "free_scsi")?,
            free_blk: json::take(&mut map, "free_blk")?,
            free_disk: json::take(&mut map, "free_disk")?,
        })
    }
}

/// JSON model `CapacityReservationSpecification`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CapacityReservationSpecification {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `preference`.
    pub preference: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CapacityReservationSpecification {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            preference: json::take(&mut map, "preference")?,
        })
    }
}

/// JSON model `ChangeServerChargeModePrepaidOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerChargeModePrepaidOption {
    /// JSON field `include_data_disks`.
    pub include_data_disks: ::std::option::Option<bool>,
    /// JSON field `include_publicips`.
    pub include_publicips: ::std::option::Option<bool>,
    /// Required JSON field `period_type`.
    pub period_type: ::std::string::String,
    /// Required JSON field `period_num`.
    pub period_num: ::std::string::String,
    /// JSON field `auto_pay`.
    pub auto_pay: ::std::option::Option<bool>,
    /// JSON field `auto_renew`.
    pub auto_renew: ::std::option::Option<bool>,
}

impl ChangeServerChargeModePrepaidOption {
    /// Sets the `include_data_disks` field.
    #[must_use]
    pub fn with_include_data_disks(mut self, value: bool) -> Self {
        self.include_data_disks = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `include_publicips` field.
    #[must_use]
    pub fn with_include_publicips(mut self, value: bool) -> Self {
        self.include_publicips = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `period_type` field.
    #[must_use]
    pub fn with_period_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.period_type = value.into();
        self
    }

    /// Sets the `period_num` field.
    #[must_use]
    pub fn with_period_num(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.period_num = value.into();
        self
    }

    /// Sets the `auto_pay` field.
    #[must_use]
    pub fn with_auto_pay(mut self, value: bool) -> Self {
        self.auto_pay = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `auto_renew` field.
    #[must_use]
    pub fn with_auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ChangeServerChargeModePrepaidOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "include_data_disks", &self.include_data_disks);
        json::put(&mut map, "include_publicips", &self.include_publicips);
        json::put(&mut map, "period_type", &self.period_type);
        json::put(&mut map, "period_num", &self.period_num);
        json::put(&mut map, "auto_pay", &self.auto_pay);
        json::put(&mut map, "auto_renew", &self.auto_renew);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::change_server_charge_mode`](super::EcsClient::change_server_charge_mode): `POST /v1/{project_id}/cloudservers/actions/change-charge-mode`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerChargeModeRequest {
    /// Request body.
    pub body: ::std::option::Option<ChangeServerChargeModeRequestBody>,
}

impl ChangeServerChargeModeRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ChangeServerChargeModeRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ChangeServerChargeModeRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerChargeModeRequestBody {
    /// Required JSON field `server_ids`.
    pub server_ids: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `charge_mode`.
    pub charge_mode: ::std::string::String,
    /// JSON field `prepaid_options`.
    pub prepaid_options: ::std::option::Option<ChangeServerChargeModePrepaidOption>,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl ChangeServerChargeModeRequestBody {
    /// Sets the `server_ids` field.
    #[must_use]
    pub fn with_server_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.server_ids = value;
        self
    }

    /// Sets the `charge_mode` field.
    #[must_use]
    pub fn with_charge_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_mode = value.into();
        self
    }

    /// Sets the `prepaid_options` field.
    #[must_use]
    pub fn with_prepaid_options(mut self, value: ChangeServerChargeModePrepaidOption) -> Self {
        self.prepaid_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ChangeServerChargeModeRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "server_ids", &self.server_ids);
        json::put(&mut map, "charge_mode", &self.charge_mode);
        json::put(&mut map, "prepaid_options", &self.prepaid_options);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::change_server_charge_mode`](super::EcsClient::change_server_charge_mode): `POST /v1/{project_id}/cloudservers/actions/change-charge-mode`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerChargeModeResponse {
    /// JSON field `order_id`.
    pub order_id: ::std::option::Option<::std::string::String>,
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ChangeServerChargeModeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            order_id: json::take(&mut map, "order_id")?,
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// Request of [`EcsClient::change_server_network_interface`](super::EcsClient::change_server_network_interface): `POST /v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}/change-network-interface`.
///
/// Required fields: `port_id`, `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerNetworkInterfaceRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ChangeServerNetworkInterfaceRequestBody>,
}

impl ChangeServerNetworkInterfaceRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ChangeServerNetworkInterfaceRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ChangeServerNetworkInterfaceRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerNetworkInterfaceRequestBody {
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `ipv6_address`.
    pub ipv6_address: ::std::option::Option<::std::string::String>,
}

impl ChangeServerNetworkInterfaceRequestBody {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `ipv6_address` field.
    #[must_use]
    pub fn with_ipv6_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_address = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ChangeServerNetworkInterfaceRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::put(&mut map, "ip_address", &self.ip_address);
        json::put(&mut map, "ipv6_address", &self.ipv6_address);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::change_server_network_interface`](super::EcsClient::change_server_network_interface): `POST /v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}/change-network-interface`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerNetworkInterfaceResponse {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `ipv6_address`.
    pub ipv6_address: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ChangeServerNetworkInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            subnet_id: json::take(&mut map, "subnet_id")?,
            ip_address: json::take(&mut map, "ip_address")?,
            ipv6_address: json::take(&mut map, "ipv6_address")?,
        })
    }
}

/// JSON model `ChangeServerOsWithCloudInitOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerOsWithCloudInitOption {
    /// JSON field `adminpass`. Debug output hides its value.
    pub adminpass: ::std::option::Option<::std::string::String>,
    /// JSON field `keyname`.
    pub keyname: ::std::option::Option<::std::string::String>,
    /// JSON field `userid`.
    pub userid: ::std::option::Option<::std::string::String>,
    /// Required JSON field `imageid`.
    pub imageid: ::std::string::String,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<ChangeSeversOsMetadata>,
    /// JSON field `mode`.
    pub mode: ::std::option::Option<::std::string::String>,
    /// JSON field `isAutoPay`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoPay"))]
    pub is_auto_pay: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for ChangeServerOsWithCloudInitOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChangeServerOsWithCloudInitOption")
            .field("adminpass", &self.adminpass.as_ref().map(|_| "<redacted>"))
            .field("keyname", &self.keyname)
            .field("userid", &self.userid)
            .field("imageid", &self.imageid)
            .field("metadata", &self.metadata)
            .field("mode", &self.mode)
            .field("is_auto_pay", &self.is_auto_pay)
            .finish()
    }
}

impl ChangeServerOsWithCloudInitOption {
    /// Sets the `adminpass` field.
    #[must_use]
    pub fn with_adminpass(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.adminpass = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `keyname` field.
    #[must_use]
    pub fn with_keyname(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.keyname = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `userid` field.
    #[must_use]
    pub fn with_userid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.userid = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `imageid` field.
    #[must_use]
    pub fn with_imageid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.imageid = value.into();
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(mut self, value: ChangeSeversOsMetadata) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `mode` field.
    #[must_use]
    pub fn with_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `is_auto_pay` field.
    #[must_use]
    pub fn with_is_auto_pay(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.is_auto_pay = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ChangeServerOsWithCloudInitOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "adminpass", &self.adminpass);
        json::put(&mut map, "keyname", &self.keyname);
        json::put(&mut map, "userid", &self.userid);
        json::put(&mut map, "imageid", &self.imageid);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "mode", &self.mode);
        json::put(&mut map, "isAutoPay", &self.is_auto_pay);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::change_server_os_with_cloud_init`](super::EcsClient::change_server_os_with_cloud_init): `POST /v2/{project_id}/cloudservers/{server_id}/changeos`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerOsWithCloudInitRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ChangeServerOsWithCloudInitRequestBody>,
}

impl ChangeServerOsWithCloudInitRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ChangeServerOsWithCloudInitRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ChangeServerOsWithCloudInitRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerOsWithCloudInitRequestBody {
    /// Required JSON field `os-change`.
    #[cfg_attr(feature = "serde", serde(rename = "os-change"))]
    pub os_change: ChangeServerOsWithCloudInitOption,
}

impl ChangeServerOsWithCloudInitRequestBody {
    /// Sets the `os_change` field.
    #[must_use]
    pub fn with_os_change(mut self, value: ChangeServerOsWithCloudInitOption) -> Self {
        self.os_change = value;
        self
    }
}

impl json::ToJson for ChangeServerOsWithCloudInitRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "os-change", &self.os_change);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::change_server_os_with_cloud_init`](super::EcsClient::change_server_os_with_cloud_init): `POST /v2/{project_id}/cloudservers/{server_id}/changeos`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerOsWithCloudInitResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ChangeServerOsWithCloudInitResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `ChangeServerOsWithoutCloudInitOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerOsWithoutCloudInitOption {
    /// JSON field `adminpass`. Debug output hides its value.
    pub adminpass: ::std::option::Option<::std::string::String>,
    /// JSON field `keyname`.
    pub keyname: ::std::option::Option<::std::string::String>,
    /// JSON field `userid`.
    pub userid: ::std::option::Option<::std::string::String>,
    /// Required JSON field `imageid`.
    pub imageid: ::std::string::String,
    /// JSON field `mode`.
    pub mode: ::std::option::Option<::std::string::String>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<ChangeSeversOsMetadataWithoutCloudInitOption>,
    /// JSON field `isAutoPay`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoPay"))]
    pub is_auto_pay: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for ChangeServerOsWithoutCloudInitOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChangeServerOsWithoutCloudInitOption")
            .field("adminpass", &self.adminpass.as_ref().map(|_| "<redacted>"))
            .field("keyname", &self.keyname)
            .field("userid", &self.userid)
            .field("imageid", &self.imageid)
            .field("mode", &self.mode)
            .field("metadata", &self.metadata)
            .field("is_auto_pay", &self.is_auto_pay)
            .finish()
    }
}

impl ChangeServerOsWithoutCloudInitOption {
    /// Sets the `adminpass` field.
    #[must_use]
    pub fn with_adminpass(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.adminpass = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `keyname` field.
    #[must_use]
    pub fn with_keyname(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.keyname = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `userid` field.
    #[must_use]
    pub fn with_userid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.userid = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `imageid` field.
    #[must_use]
    pub fn with_imageid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.imageid = value.into();
        self
    }

    /// Sets the `mode` field.
    #[must_use]
    pub fn with_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(mut self, value: ChangeSeversOsMetadataWithoutCloudInitOption) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `is_auto_pay` field.
    #[must_use]
    pub fn with_is_auto_pay(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.is_auto_pay = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ChangeServerOsWithoutCloudInitOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "adminpass", &self.adminpass);
        json::put(&mut map, "keyname", &self.keyname);
        json::put(&mut map, "userid", &self.userid);
        json::put(&mut map, "imageid", &self.imageid);
        json::put(&mut map, "mode", &self.mode);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "isAutoPay", &self.is_auto_pay);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::change_server_os_without_cloud_init`](super::EcsClient::change_server_os_without_cloud_init): `POST /v1/{project_id}/cloudservers/{server_id}/changeos`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerOsWithoutCloudInitRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ChangeServerOsWithoutCloudInitRequestBody>,
}

impl ChangeServerOsWithoutCloudInitRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ChangeServerOsWithoutCloudInitRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ChangeServerOsWithoutCloudInitRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerOsWithoutCloudInitRequestBody {
    /// Required JSON field `os-change`.
    #[cfg_attr(feature = "serde", serde(rename = "os-change"))]
    pub os_change: ChangeServerOsWithoutCloudInitOption,
}

impl ChangeServerOsWithoutCloudInitRequestBody {
    /// Sets the `os_change` field.
    #[must_use]
    pub fn with_os_change(mut self, value: ChangeServerOsWithoutCloudInitOption) -> Self {
        self.os_change = value;
        self
    }
}

impl json::ToJson for ChangeServerOsWithoutCloudInitRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "os-change", &self.os_change);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::change_server_os_without_cloud_init`](super::EcsClient::change_server_os_without_cloud_init): `POST /v1/{project_id}/cloudservers/{server_id}/changeos`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeServerOsWithoutCloudInitResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ChangeServerOsWithoutCloudInitResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `ChangeSeversOsMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeSeversOsMetadata {
    /// JSON field `__system__encrypted`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__encrypted"))]
    pub system_encrypted: ::std::option::Option<::std::string::String>,
    /// JSON field `__system__cmkid`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__cmkid"))]
    pub system_cmkid: ::std::option::Option<::std::string::String>,
    /// JSON field `user_data`.
    pub user_data: ::std::option::Option<::std::string::String>,
    /// JSON field `BYOL`.
    #[cfg_attr(feature = "serde", serde(rename = "BYOL"))]
    pub byol: ::std::option::Option<::std::string::String>,
}

impl ChangeSeversOsMetadata {
    /// Sets the `system_encrypted` field.
    #[must_use]
    pub fn with_system_encrypted(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `system_cmkid` field.
    #[must_use]
    pub fn with_system_cmkid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_cmkid = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `user_data` field.
    #[must_use]
    pub fn with_user_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `byol` field.
    #[must_use]
    pub fn with_byol(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.byol = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ChangeSeversOsMetadata {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "__system__encrypted", &self.system_encrypted);
        json::put(&mut map, "__system__cmkid", &self.system_cmkid);
        json::put(&mut map, "user_data", &self.user_data);
        json::put(&mut map, "BYOL", &self.byol);
        json::Value::Object(map)
    }
}

/// JSON model `ChangeSeversOsMetadataWithoutCloudInitOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeSeversOsMetadataWithoutCloudInitOption {
    /// JSON field `__system__encrypted`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__encrypted"))]
    pub system_encrypted: ::std::option::Option<::std::string::String>,
    /// JSON field `__system__cmkid`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__cmkid"))]
    pub system_cmkid: ::std::option::Option<::std::string::String>,
    /// JSON field `BYOL`.
    #[cfg_attr(feature = "serde", serde(rename = "BYOL"))]
    pub byol: ::std::option::Option<::std::string::String>,
}

impl ChangeSeversOsMetadataWithoutCloudInitOption {
    /// Sets the `system_encrypted` field.
    #[must_use]
    pub fn with_system_encrypted(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `system_cmkid` field.
    #[must_use]
    pub fn with_system_cmkid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_cmkid = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `byol` field.
    #[must_use]
    pub fn with_byol(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.byol = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ChangeSeversOsMetadataWithoutCloudInitOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "__system__encrypted", &self.system_encrypted);
        json::put(&mut map, "__system__cmkid", &self.system_cmkid);
        json::put(&mut map, "BYOL", &self.byol);
        json::Value::Object(map)
    }
}

/// JSON model `ChangeVpcNicBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeVpcNicBody {
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<ChangeVpcSecurityGroups>>,
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
}

impl ChangeVpcNicBody {
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

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<ChangeVpcSecurityGroups>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
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

impl json::ToJson for ChangeVpcNicBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "port_id", &self.port_id);
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "ip_address", &self.ip_address);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::change_vpc`](super::EcsClient::change_vpc): `POST /v1/{project_id}/cloudservers/{server_id}/changevpc`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeVpcRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ChangeVpcRequestBody>,
}

impl ChangeVpcRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ChangeVpcRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ChangeVpcRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeVpcRequestBody {
    /// Required JSON field `vpc_id`.
    pub vpc_id: ::std::string::String,
    /// Required JSON field `nic`.
    pub nic: ChangeVpcNicBody,
}

impl ChangeVpcRequestBody {
    /// Sets the `vpc_id` field.
    #[must_use]
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = value.into();
        self
    }

    /// Sets the `nic` field.
    #[must_use]
    pub fn with_nic(mut self, value: ChangeVpcNicBody) -> Self {
        self.nic = value;
        self
    }
}

impl json::ToJson for ChangeVpcRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "vpc_id", &self.vpc_id);
        json::put(&mut map, "nic", &self.nic);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::change_vpc`](super::EcsClient::change_vpc): `POST /v1/{project_id}/cloudservers/{server_id}/changevpc`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeVpcResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ChangeVpcResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `ChangeVpcSecurityGroups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeVpcSecurityGroups {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl ChangeVpcSecurityGroups {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

impl json::ToJson for ChangeVpcSecurityGroups {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `CloudServer`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CloudServer {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// JSON field `market_info`.
    pub market_info: ::std::option::Option<MarketModel>,
    /// Required JSON field `availability_zone`.
    pub availability_zone: ::std::string::String,
    /// Required JSON field `vm_state`.
    pub vm_state: ::std::string::String,
    /// Required JSON field `task_state`.
    pub task_state: ::std::string::String,
    /// JSON field `power_state`.
    pub power_state: ::std::option::Option<i64>,
    /// Required JSON field `created`.
    pub created: ::std::string::String,
    /// Required JSON field `in_recycle_bin`.
    pub in_recycle_bin: bool,
    /// Required JSON field `spod_id`.
    pub spod_id: ::std::string::String,
    /// Required JSON field `updated`.
    pub updated: ::std::string::String,
    /// JSON field `launched_at`.
    pub launched_at: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `key_name`.
    pub key_name: ::std::option::Option<::std::string::String>,
    /// JSON field `locked`.
    pub locked: ::std::option::Option<bool>,
    /// JSON field `root_device_name`.
    pub root_device_name: ::std::option::Option<::std::string::String>,
    /// JSON field `tenancy`.
    pub tenancy: ::std::option::Option<::std::string::String>,
    /// JSON field `dedicated_host_id`.
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `addresses`.
    pub addresses: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::vec::Vec<NetworkAddresses>>,
    >,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<SecurityGroup>>,
    /// JSON field `volumes_attached`.
    pub volumes_attached: ::std::option::Option<::std::vec::Vec<VolumeAttach>>,
    /// JSON field `image`.
    pub image: ::std::option::Option<Image>,
    /// Required JSON field `flavor`.
    pub flavor: FlavorQuasar,
    /// Required JSON field `fault`.
    pub fault: Fault,
    /// JSON field `cpu_options`.
    pub cpu_options: ::std::option::Option<CpuOptions>,
}

impl json::FromJson for CloudServer {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            status: json::take(&mut map, "status")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            user_id: json::take(&mut map, "user_id")?,
            market_info: json::take(&mut map, "market_info")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            vm_state: json::take(&mut map, "vm_state")?,
            task_state: json::take(&mut map, "task_state")?,
            power_state: json::take(&mut map, "power_state")?,
            created: json::take(&mut map, "created")?,
            in_recycle_bin: json::take(&mut map, "in_recycle_bin")?,
            spod_id: json::take(&mut map, "spod_id")?,
            updated: json::take(&mut map, "updated")?,
            launched_at: json::take(&mut map, "launched_at")?,
            description: json::take(&mut map, "description")?,
            key_name: json::take(&mut map, "key_name")?,
            locked: json::take(&mut map, "locked")?,
            root_device_name: json::take(&mut map, "root_device_name")?,
            tenancy: json::take(&mut map, "tenancy")?,
            dedicated_host_id: json::take(&mut map, "dedicated_host_id")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            metadata: json::take(&mut map, "metadata")?,
            tags: json::take(&mut map, "tags")?,
            addresses: json::take(&mut map, "addresses")?,
            security_groups: json::take(&mut map, "security_groups")?,
            volumes_attached: json::take(&mut map, "volumes_attached")?,
            image: json::take(&mut map, "image")?,
            flavor: json::take(&mut map, "flavor")?,
            fault: json::take(&mut map, "fault")?,
            cpu_options: json::take(&mut map, "cpu_options")?,
        })
    }
}

/// JSON model `CpuOptions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CpuOptions {
    /// JSON field `hw:cpu_threads`.
    #[cfg_attr(feature = "serde", serde(rename = "hw:cpu_threads"))]
    pub hwcpu_threads: ::std::option::Option<i64>,
}

impl CpuOptions {
    /// Sets the `hwcpu_threads` field.
    #[must_use]
    pub fn with_hwcpu_threads(mut self, value: i64) -> Self {
        self.hwcpu_threads = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CpuOptions {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "hw:cpu_threads", &self.hwcpu_threads);
        json::Value::Object(map)
    }
}

impl json::FromJson for CpuOptions {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            hwcpu_threads: json::take(&mut map, "hw:cpu_threads")?,
        })
    }
}

/// Request of [`EcsClient::create_launch_template`](super::EcsClient::create_launch_template): `POST /v3/{project_id}/launch-templates`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateLaunchTemplateRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateLaunchTemplateRequestBody>,
}

impl CreateLaunchTemplateRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateLaunchTemplateRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateLaunchTemplateRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateLaunchTemplateRequestBody {
    /// Required JSON field `launch_template`.
    pub launch_template: LaunchTemplateOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl CreateLaunchTemplateRequestBody {
    /// Sets the `launch_template` field.
    #[must_use]
    pub fn with_launch_template(mut self, value: LaunchTemplateOption) -> Self {
        self.launch_template = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateLaunchTemplateRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "launch_template", &self.launch_template);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::create_launch_template`](super::EcsClient::create_launch_template): `POST /v3/{project_id}/launch-templates`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateLaunchTemplateResponse {
    /// JSON field `launch_template_id`.
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// Value of the `X-Request-Id` response header.
    #[cfg_attr(feature = "serde", serde(rename = "X-Request-Id"))]
    pub x_request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateLaunchTemplateResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            launch_template_id: json::take(&mut map, "launch_template_id")?,
            x_request_id: json::take(&mut map, "x_request_id")?,
        })
    }
}

/// Request of [`EcsClient::create_post_paid_servers`](super::EcsClient::create_post_paid_servers): `POST /v1/{project_id}/cloudservers`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePostPaidServersRequest {
    /// Header `X-Client-Token`. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Client-Token"))]
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// Request body.
    pub body: ::std::option::Option<CreatePostPaidServersRequestBody>,
}

impl ::std::fmt::Debug for CreatePostPaidServersRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreatePostPaidServersRequest")
            .field(
                "x_client_token",
                &self.x_client_token.as_ref().map(|_| "<redacted>"),
            )
            .field("body", &self.body)
            .finish()
    }
}

impl CreatePostPaidServersRequest {
    /// Sets the `x_client_token` field.
    #[must_use]
    pub fn with_x_client_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreatePostPaidServersRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreatePostPaidServersRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePostPaidServersRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `server`.
    pub server: PostPaidServer,
}

impl CreatePostPaidServersRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `server` field.
    #[must_use]
    pub fn with_server(mut self, value: PostPaidServer) -> Self {
        self.server = value;
        self
    }
}

impl json::ToJson for CreatePostPaidServersRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "server", &self.server);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::create_post_paid_servers`](super::EcsClient::create_post_paid_servers): `POST /v1/{project_id}/cloudservers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreatePostPaidServersResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `serverIds`.
    #[cfg_attr(feature = "serde", serde(rename = "serverIds"))]
    pub server_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for CreatePostPaidServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
            server_ids: json::take(&mut map, "serverIds")?,
        })
    }
}

/// JSON model `CreateServerGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServerGroupOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `policies`.
    pub policies: ::std::vec::Vec<::std::string::String>,
}

impl CreateServerGroupOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `policies` field.
    #[must_use]
    pub fn with_policies(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.policies = value;
        self
    }
}

impl json::ToJson for CreateServerGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "policies", &self.policies);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::create_server_group`](super::EcsClient::create_server_group): `POST /v1/{project_id}/cloudservers/os-server-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServerGroupRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateServerGroupRequestBody>,
}

impl CreateServerGroupRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateServerGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateServerGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServerGroupRequestBody {
    /// Required JSON field `server_group`.
    pub server_group: CreateServerGroupOption,
}

impl CreateServerGroupRequestBody {
    /// Sets the `server_group` field.
    #[must_use]
    pub fn with_server_group(mut self, value: CreateServerGroupOption) -> Self {
        self.server_group = value;
        self
    }
}

impl json::ToJson for CreateServerGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "server_group", &self.server_group);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::create_server_group`](super::EcsClient::create_server_group): `POST /v1/{project_id}/cloudservers/os-server-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServerGroupResponse {
    /// JSON field `server_group`.
    pub server_group: ::std::option::Option<CreateServerGroupResult>,
}

impl json::FromJson for CreateServerGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            server_group: json::take(&mut map, "server_group")?,
        })
    }
}

/// JSON model `CreateServerGroupResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServerGroupResult {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `members`.
    pub members: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `metadata`.
    pub metadata: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `policies`.
    pub policies: ::std::vec::Vec<::std::string::String>,
}

impl json::FromJson for CreateServerGroupResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            members: json::take(&mut map, "members")?,
            metadata: json::take(&mut map, "metadata")?,
            name: json::take(&mut map, "name")?,
            policies: json::take(&mut map, "policies")?,
        })
    }
}

/// JSON model `CreateServerNicAllowedAddressPairs`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServerNicAllowedAddressPairs {
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `mac_address`.
    pub mac_address: ::std::option::Option<::std::string::String>,
}

impl CreateServerNicAllowedAddressPairs {
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

impl json::ToJson for CreateServerNicAllowedAddressPairs {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "ip_address", &self.ip_address);
        json::put(&mut map, "mac_address", &self.mac_address);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::create_servers`](super::EcsClient::create_servers): `POST /v1.1/{project_id}/cloudservers`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServersRequest {
    /// Header `X-Client-Token`. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Client-Token"))]
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// Request body.
    pub body: ::std::option::Option<CreateServersRequestBody>,
}

impl ::std::fmt::Debug for CreateServersRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateServersRequest")
            .field(
                "x_client_token",
                &self.x_client_token.as_ref().map(|_| "<redacted>"),
            )
            .field("body", &self.body)
            .finish()
    }
}

impl CreateServersRequest {
    /// Sets the `x_client_token` field.
    #[must_use]
    pub fn with_x_client_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.x_client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateServersRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateServersRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServersRequestBody {
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
    /// Required JSON field `server`.
    pub server: PrePaidServer,
}

impl CreateServersRequestBody {
    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `server` field.
    #[must_use]
    pub fn with_server(mut self, value: PrePaidServer) -> Self {
        self.server = value;
        self
    }
}

impl json::ToJson for CreateServersRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dry_run", &self.dry_run);
        json::put(&mut map, "server", &self.server);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::create_servers`](super::EcsClient::create_servers): `POST /v1.1/{project_id}/cloudservers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateServersResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `order_id`.
    pub order_id: ::std::option::Option<::std::string::String>,
    /// JSON field `serverIds`.
    #[cfg_attr(feature = "serde", serde(rename = "serverIds"))]
    pub server_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for CreateServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
            order_id: json::take(&mut map, "order_id")?,
            server_ids: json::take(&mut map, "serverIds")?,
        })
    }
}

/// Request of [`EcsClient::delete_launch_templates`](super::EcsClient::delete_launch_templates): `DELETE /v3/{project_id}/launch-templates/{launch_template_id}`.
///
/// Required fields: `launch_template_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteLaunchTemplatesRequest {
    /// Required path parameter `launch_template_id`.
    pub launch_template_id: ::std::string::String,
}

impl DeleteLaunchTemplatesRequest {
    /// Sets the `launch_template_id` field.
    #[must_use]
    pub fn with_launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_id = value.into();
        self
    }
}

/// Response of [`EcsClient::delete_launch_templates`](super::EcsClient::delete_launch_templates): `DELETE /v3/{project_id}/launch-templates/{launch_template_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteLaunchTemplatesResponse {
    /// Value of the `X-Request-Id` response header.
    #[cfg_attr(feature = "serde", serde(rename = "X-Request-Id"))]
    pub x_request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteLaunchTemplatesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            x_request_id: json::take(&mut map, "x_request_id")?,
        })
    }
}

/// Request of [`EcsClient::delete_recycle_bin_server`](super::EcsClient::delete_recycle_bin_server): `DELETE /v1/{project_id}/recycle-bin/cloudservers/{server_id}`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteRecycleBinServerRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl DeleteRecycleBinServerRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::delete_recycle_bin_server`](super::EcsClient::delete_recycle_bin_server): `DELETE /v1/{project_id}/recycle-bin/cloudservers/{server_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteRecycleBinServerResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteRecycleBinServerResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// Request of [`EcsClient::delete_server_group_member`](super::EcsClient::delete_server_group_member): `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action`.
///
/// Required fields: `server_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServerGroupMemberRequest {
    /// Required path parameter `server_group_id`.
    pub server_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<DeleteServerGroupMemberRequestBody>,
}

impl DeleteServerGroupMemberRequest {
    /// Sets the `server_group_id` field.
    #[must_use]
    pub fn with_server_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: DeleteServerGroupMemberRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `DeleteServerGroupMemberRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServerGroupMemberRequestBody {
    /// Required JSON field `remove_member`.
    pub remove_member: ServerGroupMember,
}

impl DeleteServerGroupMemberRequestBody {
    /// Sets the `remove_member` field.
    #[must_use]
    pub fn with_remove_member(mut self, value: ServerGroupMember) -> Self {
        self.remove_member = value;
        self
    }
}

impl json::ToJson for DeleteServerGroupMemberRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "remove_member", &self.remove_member);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::delete_server_group_member`](super::EcsClient::delete_server_group_member): `POST /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServerGroupMemberResponse {}

impl json::FromJson for DeleteServerGroupMemberResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EcsClient::delete_server_group`](super::EcsClient::delete_server_group): `DELETE /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}`.
///
/// Required fields: `server_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServerGroupRequest {
    /// Required path parameter `server_group_id`.
    pub server_group_id: ::std::string::String,
}

impl DeleteServerGroupRequest {
    /// Sets the `server_group_id` field.
    #[must_use]
    pub fn with_server_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_group_id = value.into();
        self
    }
}

/// Response of [`EcsClient::delete_server_group`](super::EcsClient::delete_server_group): `DELETE /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServerGroupResponse {}

impl json::FromJson for DeleteServerGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EcsClient::delete_server_metadata`](super::EcsClient::delete_server_metadata): `DELETE /v1/{project_id}/cloudservers/{server_id}/metadata/{key}`.
///
/// Required fields: `key`, `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServerMetadataRequest {
    /// Required path parameter `key`.
    pub key: ::std::string::String,
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl DeleteServerMetadataRequest {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }

    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::delete_server_metadata`](super::EcsClient::delete_server_metadata): `DELETE /v1/{project_id}/cloudservers/{server_id}/metadata/{key}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServerMetadataResponse {}

impl json::FromJson for DeleteServerMetadataResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EcsClient::delete_server_password`](super::EcsClient::delete_server_password): `DELETE /v1/{project_id}/cloudservers/{server_id}/os-server-password`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServerPasswordRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl DeleteServerPasswordRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::delete_server_password`](super::EcsClient::delete_server_password): `DELETE /v1/{project_id}/cloudservers/{server_id}/os-server-password`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServerPasswordResponse {}

impl json::FromJson for DeleteServerPasswordResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EcsClient::delete_servers`](super::EcsClient::delete_servers): `POST /v1/{project_id}/cloudservers/delete`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServersRequest {
    /// Request body.
    pub body: ::std::option::Option<DeleteServersRequestBody>,
}

impl DeleteServersRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: DeleteServersRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `DeleteServersRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServersRequestBody {
    /// JSON field `delete_publicip`.
    pub delete_publicip: ::std::option::Option<bool>,
    /// JSON field `delete_volume`.
    pub delete_volume: ::std::option::Option<bool>,
    /// Required JSON field `servers`.
    pub servers: ::std::vec::Vec<ServerId>,
}

impl DeleteServersRequestBody {
    /// Sets the `delete_publicip` field.
    #[must_use]
    pub fn with_delete_publicip(mut self, value: bool) -> Self {
        self.delete_publicip = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `delete_volume` field.
    #[must_use]
    pub fn with_delete_volume(mut self, value: bool) -> Self {
        self.delete_volume = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `servers` field.
    #[must_use]
    pub fn with_servers(mut self, value: ::std::vec::Vec<ServerId>) -> Self {
        self.servers = value;
        self
    }
}

impl json::ToJson for DeleteServersRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "delete_publicip", &self.delete_publicip);
        json::put(&mut map, "delete_volume", &self.delete_volume);
        json::put(&mut map, "servers", &self.servers);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::delete_servers`](super::EcsClient::delete_servers): `POST /v1/{project_id}/cloudservers/delete`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteServersResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// Request of [`EcsClient::detach_server_volume`](super::EcsClient::detach_server_volume): `DELETE /v1/{project_id}/cloudservers/{server_id}/detachvolume/{volume_id}`.
///
/// Required fields: `server_id`, `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachServerVolumeRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
    /// Query parameter `delete_flag`.
    pub delete_flag: ::std::option::Option<::std::string::String>,
}

impl DetachServerVolumeRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = value.into();
        self
    }

    /// Sets the `delete_flag` field.
    #[must_use]
    pub fn with_delete_flag(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.delete_flag = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EcsClient::detach_server_volume`](super::EcsClient::detach_server_volume): `DELETE /v1/{project_id}/cloudservers/{server_id}/detachvolume/{volume_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DetachServerVolumeResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DetachServerVolumeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `DisassociateServerVirtualIpOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateServerVirtualIpOption {
    /// Required JSON field `subnet_id`.
    pub subnet_id: ::std::string::String,
    /// Required JSON field `ip_address`.
    pub ip_address: ::std::string::String,
    /// JSON field `reverse_binding`.
    pub reverse_binding: ::std::option::Option<bool>,
}

impl DisassociateServerVirtualIpOption {
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
        self.ip_address = value.into();
        self
    }

    /// Sets the `reverse_binding` field.
    #[must_use]
    pub fn with_reverse_binding(mut self, value: bool) -> Self {
        self.reverse_binding = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for DisassociateServerVirtualIpOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::put(&mut map, "ip_address", &self.ip_address);
        json::put(&mut map, "reverse_binding", &self.reverse_binding);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::disassociate_server_virtual_ip`](super::EcsClient::disassociate_server_virtual_ip): `PUT /v1/{project_id}/cloudservers/nics/{nic_id}`.
///
/// Required fields: `nic_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateServerVirtualIpRequest {
    /// Required path parameter `nic_id`.
    pub nic_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<DisassociateServerVirtualIpRequestBody>,
}

impl DisassociateServerVirtualIpRequest {
    /// Sets the `nic_id` field.
    #[must_use]
    pub fn with_nic_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nic_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: DisassociateServerVirtualIpRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `DisassociateServerVirtualIpRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateServerVirtualIpRequestBody {
    /// Required JSON field `nic`.
    pub nic: DisassociateServerVirtualIpOption,
}

impl DisassociateServerVirtualIpRequestBody {
    /// Sets the `nic` field.
    #[must_use]
    pub fn with_nic(mut self, value: DisassociateServerVirtualIpOption) -> Self {
        self.nic = value;
        self
    }
}

impl json::ToJson for DisassociateServerVirtualIpRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "nic", &self.nic);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::disassociate_server_virtual_ip`](super::EcsClient::disassociate_server_virtual_ip): `PUT /v1/{project_id}/cloudservers/nics/{nic_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateServerVirtualIpResponse {
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DisassociateServerVirtualIpResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port_id: json::take(&mut map, "port_id")?,
        })
    }
}

/// JSON model `EnclaveOptions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EnclaveOptions {
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl EnclaveOptions {
    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for EnclaveOptions {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

impl json::FromJson for EnclaveOptions {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            enabled: json::take(&mut map, "enabled")?,
        })
    }
}

/// JSON model `EventResponse`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EventResponse {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// JSON field `state`.
    pub state: ::std::option::Option<::std::string::String>,
    /// JSON field `publish_time`.
    pub publish_time: ::std::option::Option<::std::string::String>,
    /// JSON field `start_time`.
    pub start_time: ::std::option::Option<::std::string::String>,
    /// JSON field `finish_time`.
    pub finish_time: ::std::option::Option<::std::string::String>,
    /// JSON field `not_before`.
    pub not_before: ::std::option::Option<::std::string::String>,
    /// JSON field `not_after`.
    pub not_after: ::std::option::Option<::std::string::String>,
    /// JSON field `not_before_deadline`.
    pub not_before_deadline: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `instance_id`.
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// JSON field `execute_options`.
    pub execute_options: ::std::option::Option<EventResponseExecuteOptions>,
    /// JSON field `source`.
    pub source: ::std::option::Option<EventResponseSource>,
}

impl json::FromJson for EventResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            r#type: json::take(&mut map, "type")?,
            state: json::take(&mut map, "state")?,
            publish_time: json::take(&mut map, "publish_time")?,
            start_time: json::take(&mut map, "start_time")?,
            finish_time: json::take(&mut map, "finish_time")?,
            not_before: json::take(&mut map, "not_before")?,
            not_after: json::take(&mut map, "not_after")?,
            not_before_deadline: json::take(&mut map, "not_before_deadline")?,
            description: json::take(&mut map, "description")?,
            instance_id: json::take(&mut map, "instance_id")?,
            execute_options: json::take(&mut map, "execute_options")?,
            source: json::take(&mut map, "source")?,
        })
    }
}

/// JSON model `EventResponseExecuteOptions`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EventResponseExecuteOptions {
    /// JSON field `device`.
    pub device: ::std::option::Option<::std::string::String>,
    /// JSON field `wwn`.
    pub wwn: ::std::option::Option<::std::string::String>,
    /// JSON field `serial_number`.
    pub serial_number: ::std::option::Option<::std::string::String>,
    /// JSON field `resize_target_flavor_id`.
    pub resize_target_flavor_id: ::std::option::Option<::std::string::String>,
    /// JSON field `migrate_policy`.
    pub migrate_policy: ::std::option::Option<::std::string::String>,
    /// JSON field `executor`.
    pub executor: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for EventResponseExecuteOptions {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            device: json::take(&mut map, "device")?,
            wwn: json::take(&mut map, "wwn")?,
            serial_number: json::take(&mut map, "serial_number")?,
            resize_target_flavor_id: json::take(&mut map, "resize_target_flavor_id")?,
            migrate_policy: json::take(&mut map, "migrate_policy")?,
            executor: json::take(&mut map, "executor")?,
        })
    }
}

/// JSON model `EventResponseSource`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EventResponseSource {
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// JSON field `host_scheduled_event_id`.
    pub host_scheduled_event_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for EventResponseSource {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            r#type: json::take(&mut map, "type")?,
            host_scheduled_event_id: json::take(&mut map, "host_scheduled_event_id")?,
        })
    }
}

/// Request of [`EcsClient::execute_server_dump`](super::EcsClient::execute_server_dump): `POST /v1/{project_id}/cloudservers/{server_id}/actions/trigger-crash-dump`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ExecuteServerDumpRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ExecuteServerDumpRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::execute_server_dump`](super::EcsClient::execute_server_dump): `POST /v1/{project_id}/cloudservers/{server_id}/actions/trigger-crash-dump`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ExecuteServerDumpResponse {}

impl json::FromJson for ExecuteServerDumpResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EcsClient::execute_server_redeploy`](super::EcsClient::execute_server_redeploy): `POST /v1/{project_id}/cloudservers/{server_id}/actions/redeploy`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ExecuteServerRedeployRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ExecuteServerRedeployRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::execute_server_redeploy`](super::EcsClient::execute_server_redeploy): `POST /v1/{project_id}/cloudservers/{server_id}/actions/redeploy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ExecuteServerRedeployResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ExecuteServerRedeployResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `Fault`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Fault {
    /// JSON field `code`.
    pub code: ::std::option::Option<i64>,
    /// JSON field `created`.
    pub created: ::std::option::Option<::std::string::String>,
    /// JSON field `message`.
    pub message: ::std::option::Option<::std::string::String>,
    /// JSON field `details`.
    pub details: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for Fault {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            code: json::take(&mut map, "code")?,
            created: json::take(&mut map, "created")?,
            message: json::take(&mut map, "message")?,
            details: json::take(&mut map, "details")?,
        })
    }
}

/// JSON model `FixedIp`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FixedIp {
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for FixedIp {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            subnet_id: json::take(&mut map, "subnet_id")?,
            ip_address: json::take(&mut map, "ip_address")?,
        })
    }
}

/// JSON model `Flavor`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Flavor {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `vcpus`.
    pub vcpus: ::std::string::String,
    /// Required JSON field `ram`.
    pub ram: i64,
    /// Required JSON field `disk`.
    pub disk: ::std::string::String,
    /// Required JSON field `swap`.
    pub swap: ::std::string::String,
    /// Required JSON field `OS-FLV-EXT-DATA:ephemeral`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-FLV-EXT-DATA:ephemeral"))]
    pub os_flv_ext_dat_aephemeral: i64,
    /// Required JSON field `OS-FLV-DISABLED:disabled`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-FLV-DISABLED:disabled"))]
    pub os_flv_disable_ddisabled: bool,
    /// Required JSON field `rxtx_factor`.
    pub rxtx_factor: f64,
    /// Required JSON field `rxtx_quota`.
    pub rxtx_quota: ::std::string::String,
    /// Required JSON field `rxtx_cap`.
    pub rxtx_cap: ::std::string::String,
    /// Required JSON field `os-flavor-access:is_public`.
    #[cfg_attr(feature = "serde", serde(rename = "os-flavor-access:is_public"))]
    pub os_flavor_accessis_public: bool,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<FlavorLink>,
    /// Required JSON field `os_extra_specs`.
    pub os_extra_specs: FlavorExtraSpec,
    /// JSON field `attachableQuantity`.
    #[cfg_attr(feature = "serde", serde(rename = "attachableQuantity"))]
    pub attachable_quantity: ::std::option::Option<ServerAttachableQuantity>,
}

impl json::FromJson for Flavor {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            vcpus: json::take(&mut map, "vcpus")?,
            ram: json::take(&mut map, "ram")?,
            disk: json::take(&mut map, "disk")?,
            swap: json::take(&mut map, "swap")?,
            os_flv_ext_dat_aephemeral: json::take(&mut map, "OS-FLV-EXT-DATA:ephemeral")?,
            os_flv_disable_ddisabled: json::take(&mut map, "OS-FLV-DISABLED:disabled")?,
            rxtx_factor: json::take(&mut map, "rxtx_factor")?,
            rxtx_quota: json::take(&mut map, "rxtx_quota")?,
            rxtx_cap: json::take(&mut map, "rxtx_cap")?,
            os_flavor_accessis_public: json::take(&mut map, "os-flavor-access:is_public")?,
            links: json::take(&mut map, "links")?,
            os_extra_specs: json::take(&mut map, "os_extra_specs")?,
            attachable_quantity: json::take(&mut map, "attachableQuantity")?,
        })
    }
}

/// JSON model `FlavorExtraSpec`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FlavorExtraSpec {
    /// JSON field `ecs:performancetype`.
    #[cfg_attr(feature = "serde", serde(rename = "ecs:performancetype"))]
    pub ecsperformancetype: ::std::option::Option<::std::string::String>,
    /// JSON field `hw:numa_nodes`.
    #[cfg_attr(feature = "serde", serde(rename = "hw:numa_nodes"))]
    pub hwnuma_nodes: ::std::option::Option<::std::string::String>,
    /// JSON field `resource_type`.
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// JSON field `hpet_support`.
    pub hpet_support: ::std::option::Option<::std::string::String>,
    /// JSON field `instance_vnic:type`.
    #[cfg_attr(feature = "serde", serde(rename = "instance_vnic:type"))]
    pub instance_vnictype: ::std::option::Option<::std::string::String>,
    /// JSON field `instance_vnic:instance_bandwidth`.
    #[cfg_attr(feature = "serde", serde(rename = "instance_vnic:instance_bandwidth"))]
    pub instance_vnicinstance_bandwidth: ::std::option::Option<::std::string::String>,
    /// JSON field `instance_vnic:max_count`.
    #[cfg_attr(feature = "serde", serde(rename = "instance_vnic:max_count"))]
    pub instance_vnicmax_count: ::std::option::Option<::std::string::String>,
    /// JSON field `quota:local_disk`.
    #[cfg_attr(feature = "serde", serde(rename = "quota:local_disk"))]
    pub quotalocal_disk: ::std::option::Option<::std::string::String>,
    /// JSON field `quota:nvme_ssd`.
    #[cfg_attr(feature = "serde", serde(rename = "quota:nvme_ssd"))]
    pub quotanvme_ssd: ::std::option::Option<::std::string::String>,
    /// JSON field `extra_spec:io:persistent_grant`.
    #[cfg_attr(feature = "serde", serde(rename = "extra_spec:io:persistent_grant"))]
    pub extra_speciopersistent_grant: ::std::option::Option<::std::string::String>,
    /// JSON field `ecs:generation`.
    #[cfg_attr(feature = "serde", serde(rename = "ecs:generation"))]
    pub ecsgeneration: ::std::option::Option<::std::string::String>,
    /// JSON field `ecs:virtualization_env_types`.
    #[cfg_attr(feature = "serde", serde(rename = "ecs:virtualization_env_types"))]
    pub ecsvirtualization_env_types: ::std::option::Option<::std::string::String>,
    /// JSON field `pci_passthrough:enable_gpu`.
    #[cfg_attr(feature = "serde", serde(rename = "pci_passthrough:enable_gpu"))]
    pub pci_passthroughenable_gpu: ::std::option::Option<::std::string::String>,
    /// JSON field `pci_passthrough:gpu_specs`.
    #[cfg_attr(feature = "serde", serde(rename = "pci_passthrough:gpu_specs"))]
    pub pci_passthroughgpu_specs: ::std::option::Option<::std::string::String>,
    /// JSON field `pci_passthrough:alias`.
    #[cfg_attr(feature = "serde", serde(rename = "pci_passthrough:alias"))]
    pub pci_passthroughalias: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:operation:status`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:operation:status"))]
    pub condoperationstatus: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:operation:az`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:operation:az"))]
    pub condoperationaz: ::std::option::Option<::std::string::String>,
    /// JSON field `quota:max_rate`.
    #[cfg_attr(feature = "serde", serde(rename = "quota:max_rate"))]
    pub quotamax_rate: ::std::option::Option<::std::string::String>,
    /// JSON field `quota:min_rate`.
    #[cfg_attr(feature = "serde", serde(rename = "quota:min_rate"))]
    pub quotamin_rate: ::std::option::Option<::std::string::String>,
    /// JSON field `quota:max_pps`.
    #[cfg_attr(feature = "serde", serde(rename = "quota:max_pps"))]
    pub quotamax_pps: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:operation:charge`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:operation:charge"))]
    pub condoperationcharge: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:operation:charge:stop`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:operation:charge:stop"))]
    pub condoperationchargestop: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:spot:operation:az`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:spot:operation:az"))]
    pub condspotoperationaz: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:operation:roles`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:operation:roles"))]
    pub condoperationroles: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:spot:operation:status`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:spot:operation:status"))]
    pub condspotoperationstatus: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:network`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:network"))]
    pub condnetwork: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:storage`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:storage"))]
    pub condstorage: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:storage:type`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:storage:type"))]
    pub condstoragetype: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:compute:live_resizable`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:compute:live_resizable"))]
    pub condcomputelive_resizable: ::std::option::Option<::std::string::String>,
    /// JSON field `cond:compute`.
    #[cfg_attr(feature = "serde", serde(rename = "cond:compute"))]
    pub condcompute: ::std::option::Option<::std::string::String>,
    /// JSON field `info:gpu:name`.
    #[cfg_attr(feature = "serde", serde(rename = "info:gpu:name"))]
    pub infogpuname: ::std::option::Option<::std::string::String>,
    /// JSON field `info:cpu:name`.
    #[cfg_attr(feature = "serde", serde(rename = "info:cpu:name"))]
    pub infocpuname: ::std::option::Option<::std::string::String>,
    /// JSON field `quota:gpu`.
    #[cfg_attr(feature = "serde", serde(rename = "quota:gpu"))]
    pub quotagpu: ::std::option::Option<::std::string::String>,
    /// JSON field `quota:vif_max_num`.
    #[cfg_attr(feature = "serde", serde(rename = "quota:vif_max_num"))]
    pub quotavif_max_num: ::std::option::Option<::std::string::String>,
    /// JSON field `quota:sub_network_interface_max_num`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "quota:sub_network_interface_max_num")
    )]
    pub quotasub_network_interface_max_num: ::std::option::Option<::std::string::String>,
    /// JSON field `ecs:instance_architecture`.
    #[cfg_attr(feature = "serde", serde(rename = "ecs:instance_architecture"))]
    pub ecsinstance_architecture: ::std::option::Option<::std::string::String>,
    /// JSON field `network_interface:traffic_mirroring_supported`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "network_interface:traffic_mirroring_supported")
    )]
    pub network_interfacetraffic_mirroring_supported: ::std::option::Option<::std::string::String>,
    /// JSON field `security:enclave_supported`.
    #[cfg_attr(feature = "serde", serde(rename = "security:enclave_supported"))]
    pub securityenclave_supported: ::std::option::Option<::std::string::String>,
    /// JSON field `info:gpus`.
    #[cfg_attr(feature = "serde", serde(rename = "info:gpus"))]
    pub infogpus: ::std::option::Option<::std::string::String>,
    /// JSON field `info:asic_accelerators`.
    #[cfg_attr(feature = "serde", serde(rename = "info:asic_accelerators"))]
    pub infoasic_accelerators: ::std::option::Option<::std::string::String>,
    /// JSON field `info:features`.
    #[cfg_attr(feature = "serde", serde(rename = "info:features"))]
    pub infofeatures: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for FlavorExtraSpec {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            ecsperformancetype: json::take(&mut map, "ecs:performancetype")?,
            hwnuma_nodes: json::take(&mut map, "hw:numa_nodes")?,
            resource_type: json::take(&mut map, "resource_type")?,
            hpet_support: json::take(&mut map, "hpet_support")?,
            instance_vnictype: json::take(&mut map, "instance_vnic:type")?,
            instance_vnicinstance_bandwidth: json::take(
                &mut map,
                "instance_vnic:instance_bandwidth",
            )?,
            instance_vnicmax_count: json::take(&mut map, "instance_vnic:max_count")?,
            quotalocal_disk: json::take(&mut map, "quota:local_disk")?,
            quotanvme_ssd: json::take(&mut map, "quota:nvme_ssd")?,
            extra_speciopersistent_grant: json::take(&mut map, "extra_spec:io:persistent_grant")?,
            ecsgeneration: json::take(&mut map, "ecs:generation")?,
            ecsvirtualization_env_types: json::take(&mut map, "ecs:virtualization_env_types")?,
            pci_passthroughenable_gpu: json::take(&mut map, "pci_passthrough:enable_gpu")?,
            pci_passthroughgpu_specs: json::take(&mut map, "pci_passthrough:gpu_specs")?,
            pci_passthroughalias: json::take(&mut map, "pci_passthrough:alias")?,
            condoperationstatus: json::take(&mut map, "cond:operation:status")?,
            condoperationaz: json::take(&mut map, "cond:operation:az")?,
            quotamax_rate: json::take(&mut map, "quota:max_rate")?,
            quotamin_rate: json::take(&mut map, "quota:min_rate")?,
            quotamax_pps: json::take(&mut map, "quota:max_pps")?,
            condoperationcharge: json::take(&mut map, "cond:operation:charge")?,
            condoperationchargestop: json::take(&mut map, "cond:operation:charge:stop")?,
            condspotoperationaz: json::take(&mut map, "cond:spot:operation:az")?,
            condoperationroles: json::take(&mut map, "cond:operation:roles")?,
            condspotoperationstatus: json::take(&mut map, "cond:spot:operation:status")?,
            condnetwork: json::take(&mut map, "cond:network")?,
            condstorage: json::take(&mut map, "cond:storage")?,
            condstoragetype: json::take(&mut map, "cond:storage:type")?,
            condcomputelive_resizable: json::take(&mut map, "cond:compute:live_resizable")?,
            condcompute: json::take(&mut map, "cond:compute")?,
            infogpuname: json::take(&mut map, "info:gpu:name")?,
            infocpuname: json::take(&mut map, "info:cpu:name")?,
            quotagpu: json::take(&mut map, "quota:gpu")?,
            quotavif_max_num: json::take(&mut map, "quota:vif_max_num")?,
            quotasub_network_interface_max_num: json::take(
                &mut map,
                "quota:sub_network_interface_max_num",
            )?,
            ecsinstance_architecture: json::take(&mut map, "ecs:instance_architecture")?,
            network_interfacetraffic_mirroring_supported: json::take(
                &mut map,
                "network_interface:traffic_mirroring_supported",
            )?,
            securityenclave_supported: json::take(&mut map, "security:enclave_supported")?,
            infogpus: json::take(&mut map, "info:gpus")?,
            infoasic_accelerators: json::take(&mut map, "info:asic_accelerators")?,
            infofeatures: json::take(&mut map, "info:features")?,
        })
    }
}

/// JSON model `FlavorLink`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FlavorLink {
    /// Required JSON field `href`.
    pub href: ::std::string::String,
    /// Required JSON field `rel`.
    pub rel: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl json::FromJson for FlavorLink {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            href: json::take(&mut map, "href")?,
            rel: json::take(&mut map, "rel")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `FlavorQuasar`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FlavorQuasar {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `vcpus`.
    pub vcpus: ::std::option::Option<i64>,
    /// JSON field `ram`.
    pub ram: ::std::option::Option<i64>,
    /// JSON field `disk`.
    pub disk: ::std::option::Option<i64>,
    /// JSON field `gpus`.
    pub gpus: ::std::option::Option<::std::vec::Vec<GpuInfo>>,
    /// JSON field `asic_accelerators`.
    pub asic_accelerators: ::std::option::Option<::std::vec::Vec<ASICAcceleratorInfo>>,
}

impl json::FromJson for FlavorQuasar {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            vcpus: json::take(&mut map, "vcpus")?,
            ram: json::take(&mut map, "ram")?,
            disk: json::take(&mut map, "disk")?,
            gpus: json::take(&mut map, "gpus")?,
            asic_accelerators: json::take(&mut map, "asic_accelerators")?,
        })
    }
}

/// JSON model `FlavorSpotOptions`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FlavorSpotOptions {
    /// JSON field `longest_spot_duration_hours`.
    pub longest_spot_duration_hours: ::std::option::Option<i64>,
    /// JSON field `largest_spot_duration_count`.
    pub largest_spot_duration_count: ::std::option::Option<i64>,
    /// JSON field `interruption_policy`.
    pub interruption_policy: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for FlavorSpotOptions {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            longest_spot_duration_hours: json::take(&mut map, "longest_spot_duration_hours")?,
            largest_spot_duration_count: json::take(&mut map, "largest_spot_duration_count")?,
            interruption_policy: json::take(&mut map, "interruption_policy")?,
        })
    }
}

/// JSON model `GetServerRemoteConsoleOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetServerRemoteConsoleOption {
    /// Required JSON field `protocol`.
    pub protocol: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl GetServerRemoteConsoleOption {
    /// Sets the `protocol` field.
    #[must_use]
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = value.into();
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }
}

impl json::ToJson for GetServerRemoteConsoleOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "protocol", &self.protocol);
        json::put(&mut map, "type", &self.r#type);
        json::Value::Object(map)
    }
}

/// JSON model `GpuInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GpuInfo {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `memory_mb`.
    pub memory_mb: ::std::option::Option<i64>,
}

impl json::FromJson for GpuInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            count: json::take(&mut map, "count")?,
            memory_mb: json::take(&mut map, "memory_mb")?,
        })
    }
}

/// JSON model `Hypervisor`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Hypervisor {
    /// JSON field `hypervisor_type`.
    pub hypervisor_type: ::std::option::Option<::std::string::String>,
    /// JSON field `csd_hypervisor`.
    pub csd_hypervisor: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for Hypervisor {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            hypervisor_type: json::take(&mut map, "hypervisor_type")?,
            csd_hypervisor: json::take(&mut map, "csd_hypervisor")?,
        })
    }
}

/// JSON model `Image`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Image {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for Image {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `InterfaceAttachableQuantity`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InterfaceAttachableQuantity {
    /// JSON field `free_nic`.
    pub free_nic: ::std::option::Option<i64>,
}

impl json::FromJson for InterfaceAttachableQuantity {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            free_nic: json::take(&mut map, "free_nic")?,
        })
    }
}

/// JSON model `InterfaceAttachment`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InterfaceAttachment {
    /// JSON field `fixed_ips`.
    pub fixed_ips: ::std::option::Option<::std::vec::Vec<ServerInterfaceFixedIp>>,
    /// JSON field `mac_addr`.
    pub mac_addr: ::std::option::Option<::std::string::String>,
    /// JSON field `net_id`.
    pub net_id: ::std::option::Option<::std::string::String>,
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
    /// JSON field `port_state`.
    pub port_state: ::std::option::Option<::std::string::String>,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
    /// JSON field `driver_mode`.
    pub driver_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `min_rate`.
    pub min_rate: ::std::option::Option<i64>,
    /// JSON field `multiqueue_num`.
    pub multiqueue_num: ::std::option::Option<i64>,
    /// JSON field `pci_address`.
    pub pci_address: ::std::option::Option<::std::string::String>,
}

impl InterfaceAttachment {
    /// Sets the `fixed_ips` field.
    #[must_use]
    pub fn with_fixed_ips(mut self, value: ::std::vec::Vec<ServerInterfaceFixedIp>) -> Self {
        self.fixed_ips = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `mac_addr` field.
    #[must_use]
    pub fn with_mac_addr(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mac_addr = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `net_id` field.
    #[must_use]
    pub fn with_net_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.net_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `port_state` field.
    #[must_use]
    pub fn with_port_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.port_state = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `delete_on_termination` field.
    #[must_use]
    pub fn with_delete_on_termination(mut self, value: bool) -> Self {
        self.delete_on_termination = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `driver_mode` field.
    #[must_use]
    pub fn with_driver_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.driver_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `min_rate` field.
    #[must_use]
    pub fn with_min_rate(mut self, value: i64) -> Self {
        self.min_rate = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `multiqueue_num` field.
    #[must_use]
    pub fn with_multiqueue_num(mut self, value: i64) -> Self {
        self.multiqueue_num = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `pci_address` field.
    #[must_use]
    pub fn with_pci_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pci_address = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for InterfaceAttachment {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "fixed_ips", &self.fixed_ips);
        json::put(&mut map, "mac_addr", &self.mac_addr);
        json::put(&mut map, "net_id", &self.net_id);
        json::put(&mut map, "port_id", &self.port_id);
        json::put(&mut map, "port_state", &self.port_state);
        json::put(
            &mut map,
            "delete_on_termination",
            &self.delete_on_termination,
        );
        json::put(&mut map, "driver_mode", &self.driver_mode);
        json::put(&mut map, "min_rate", &self.min_rate);
        json::put(&mut map, "multiqueue_num", &self.multiqueue_num);
        json::put(&mut map, "pci_address", &self.pci_address);
        json::Value::Object(map)
    }
}

impl json::FromJson for InterfaceAttachment {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            fixed_ips: json::take(&mut map, "fixed_ips")?,
            mac_addr: json::take(&mut map, "mac_addr")?,
            net_id: json::take(&mut map, "net_id")?,
            port_id: json::take(&mut map, "port_id")?,
            port_state: json::take(&mut map, "port_state")?,
            delete_on_termination: json::take(&mut map, "delete_on_termination")?,
            driver_mode: json::take(&mut map, "driver_mode")?,
            min_rate: json::take(&mut map, "min_rate")?,
            multiqueue_num: json::take(&mut map, "multiqueue_num")?,
            pci_address: json::take(&mut map, "pci_address")?,
        })
    }
}

/// JSON model `InterfaceExt`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct InterfaceExt {
    /// JSON field `preserve_on_delete`.
    pub preserve_on_delete: ::std::option::Option<bool>,
    /// JSON field `port_state`.
    pub port_state: ::std::option::Option<::std::string::String>,
    /// JSON field `fixed_ips`.
    pub fixed_ips: ::std::option::Option<::std::vec::Vec<FixedIp>>,
    /// JSON field `net_id`.
    pub net_id: ::std::option::Option<::std::string::String>,
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
    /// JSON field `mac_addr`.
    pub mac_addr: ::std::option::Option<::std::string::String>,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
    /// JSON field `driver_mode`.
    pub driver_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `min_rate`.
    pub min_rate: ::std::option::Option<i64>,
    /// JSON field `multiqueue_num`.
    pub multiqueue_num: ::std::option::Option<i64>,
    /// JSON field `pci_address`.
    pub pci_address: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for InterfaceExt {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            preserve_on_delete: json::take(&mut map, "preserve_on_delete")?,
            port_state: json::take(&mut map, "port_state")?,
            fixed_ips: json::take(&mut map, "fixed_ips")?,
            net_id: json::take(&mut map, "net_id")?,
            port_id: json::take(&mut map, "port_id")?,
            mac_addr: json::take(&mut map, "mac_addr")?,
            delete_on_termination: json::take(&mut map, "delete_on_termination")?,
            driver_mode: json::take(&mut map, "driver_mode")?,
            min_rate: json::take(&mut map, "min_rate")?,
            multiqueue_num: json::take(&mut map, "multiqueue_num")?,
            pci_address: json::take(&mut map, "pci_address")?,
        })
    }
}

/// JSON model `Ipv6Bandwidth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Ipv6Bandwidth {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl Ipv6Bandwidth {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for Ipv6Bandwidth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `JobEntities`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct JobEntities {
    /// JSON field `server_id`.
    pub server_id: ::std::option::Option<::std::string::String>,
    /// JSON field `nic_id`.
    pub nic_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_jobs`.
    pub sub_jobs: ::std::option::Option<::std::vec::Vec<SubJob>>,
    /// JSON field `sub_jobs_total`.
    pub sub_jobs_total: ::std::option::Option<i64>,
}

impl json::FromJson for JobEntities {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            server_id: json::take(&mut map, "server_id")?,
            nic_id: json::take(&mut map, "nic_id")?,
            sub_jobs: json::take(&mut map, "sub_jobs")?,
            sub_jobs_total: json::take(&mut map, "sub_jobs_total")?,
        })
    }
}

/// JSON model `LaunchTemplate`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LaunchTemplate {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `default_version`.
    pub default_version: i64,
    /// Required JSON field `latest_version`.
    pub latest_version: i64,
}

impl json::FromJson for LaunchTemplate {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            default_version: json::take(&mut map, "default_version")?,
            latest_version: json::take(&mut map, "latest_version")?,
        })
    }
}

/// JSON model `LaunchTemplateOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct LaunchTemplateOption {
    /// JSON field `template_data`.
    pub template_data: ::std::option::Option<TemplateData>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `version_description`.
    pub version_description: ::std::option::Option<::std::string::String>,
}

impl LaunchTemplateOption {
    /// Sets the `template_data` field.
    #[must_use]
    pub fn with_template_data(mut self, value: TemplateData) -> Self {
        self.template_data = ::std::option::Option::Some(value);
        self
    }

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

    /// Sets the `version_description` field.
    #[must_use]
    pub fn with_version_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version_description = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for LaunchTemplateOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "template_data", &self.template_data);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "version_description", &self.version_description);
        json::Value::Object(map)
    }
}

/// JSON model `Link`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Link {
    /// Required JSON field `href`.
    pub href: ::std::string::String,
    /// Required JSON field `rel`.
    pub rel: ::std::string::String,
}

impl json::FromJson for Link {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            href: json::take(&mut map, "href")?,
            rel: json::take(&mut map, "rel")?,
        })
    }
}

/// Request of [`EcsClient::list_cloud_servers`](super::EcsClient::list_cloud_servers): `GET /v1.1/{project_id}/cloudservers/detail`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListCloudServersRequest {
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `in_recycle_bin`.
    pub in_recycle_bin: ::std::option::Option<bool>,
    /// Query parameter `spod_id`.
    pub spod_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `flavor_name`.
    pub flavor_name: ::std::option::Option<::std::string::String>,
    /// Query parameter `image_id`.
    pub image_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `metadata`.
    pub metadata: ::std::option::Option<::std::string::String>,
    /// Query parameter `metadata-key`.
    #[cfg_attr(feature = "serde", serde(rename = "metadata-key"))]
    pub metadata_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `not-tags`.
    #[cfg_attr(feature = "serde", serde(rename = "not-tags"))]
    pub not_tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// Query parameter `availability_zone_eq`.
    pub availability_zone_eq: ::std::option::Option<::std::string::String>,
    /// Query parameter `charging_mode`.
    pub charging_mode: ::std::option::Option<::std::string::String>,
    /// Query parameter `key_name`.
    pub key_name: ::std::option::Option<::std::string::String>,
    /// Query parameter `launched_since`.
    pub launched_since: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `expect-fields`.
    #[cfg_attr(feature = "serde", serde(rename = "expect-fields"))]
    pub expect_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListCloudServersRequest {
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

    /// Sets the `in_recycle_bin` field.
    #[must_use]
    pub fn with_in_recycle_bin(mut self, value: bool) -> Self {
        self.in_recycle_bin = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `spod_id` field.
    #[must_use]
    pub fn with_spod_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.spod_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `flavor_name` field.
    #[must_use]
    pub fn with_flavor_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `image_id` field.
    #[must_use]
    pub fn with_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metadata = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `metadata_key` field.
    #[must_use]
    pub fn with_metadata_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metadata_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `not_tags` field.
    #[must_use]
    pub fn with_not_tags(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.not_tags = ::std::option::Option::Some(value.into());
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

    /// Sets the `availability_zone_eq` field.
    #[must_use]
    pub fn with_availability_zone_eq(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.availability_zone_eq = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `charging_mode` field.
    #[must_use]
    pub fn with_charging_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charging_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `key_name` field.
    #[must_use]
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `launched_since` field.
    #[must_use]
    pub fn with_launched_since(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launched_since = ::std::option::Option::Some(value.into());
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

    /// Sets the `expect_fields` field.
    #[must_use]
    pub fn with_expect_fields(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.expect_fields = ::std::option::Option::Some(value);
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

/// Response of [`EcsClient::list_cloud_servers`](super::EcsClient::list_cloud_servers): `GET /v1.1/{project_id}/cloudservers/detail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListCloudServersResponse {
    /// JSON field `servers`.
    pub servers: ::std::option::Option<::std::vec::Vec<CloudServer>>,
    /// JSON field `servers_links`.
    pub servers_links: ::std::option::Option<::std::vec::Vec<PageLink>>,
    /// JSON field `request_id`.
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListCloudServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            servers: json::take(&mut map, "servers")?,
            servers_links: json::take(&mut map, "servers_links")?,
            request_id: json::take(&mut map, "request_id")?,
        })
    }
}

/// JSON model `ListEventsResponsePageInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListEventsResponsePageInfo {
    /// JSON field `next_marker`.
    pub next_marker: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListEventsResponsePageInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            next_marker: json::take(&mut map, "next_marker")?,
        })
    }
}

/// Request of [`EcsClient::list_flavor_sell_policies`](super::EcsClient::list_flavor_sell_policies): `GET /v1/{project_id}/cloudservers/flavor-sell-policies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFlavorSellPoliciesRequest {
    /// Query parameter `flavor_id`.
    pub flavor_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `sell_status`.
    pub sell_status: ::std::option::Option<::std::string::String>,
    /// Query parameter `sell_mode`.
    pub sell_mode: ::std::option::Option<::std::string::String>,
    /// Query parameter `availability_zone_id`.
    pub availability_zone_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `longest_spot_duration_hours_gt`.
    pub longest_spot_duration_hours_gt: ::std::option::Option<i64>,
    /// Query parameter `largest_spot_duration_count_gt`.
    pub largest_spot_duration_count_gt: ::std::option::Option<i64>,
    /// Query parameter `longest_spot_duration_hours`.
    pub longest_spot_duration_hours: ::std::option::Option<i64>,
    /// Query parameter `largest_spot_duration_count`.
    pub largest_spot_duration_count: ::std::option::Option<i64>,
    /// Query parameter `interruption_policy`.
    pub interruption_policy: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListFlavorSellPoliciesRequest {
    /// Sets the `flavor_id` field.
    #[must_use]
    pub fn with_flavor_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `sell_status` field.
    #[must_use]
    pub fn with_sell_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sell_status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `sell_mode` field.
    #[must_use]
    pub fn with_sell_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sell_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `availability_zone_id` field.
    #[must_use]
    pub fn with_availability_zone_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.availability_zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `longest_spot_duration_hours_gt` field.
    #[must_use]
    pub fn with_longest_spot_duration_hours_gt(mut self, value: i64) -> Self {
        self.longest_spot_duration_hours_gt = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `largest_spot_duration_count_gt` field.
    #[must_use]
    pub fn with_largest_spot_duration_count_gt(mut self, value: i64) -> Self {
        self.largest_spot_duration_count_gt = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `longest_spot_duration_hours` field.
    #[must_use]
    pub fn with_longest_spot_duration_hours(mut self, value: i64) -> Self {
        self.longest_spot_duration_hours = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `largest_spot_duration_count` field.
    #[must_use]
    pub fn with_largest_spot_duration_count(mut self, value: i64) -> Self {
        self.largest_spot_duration_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `interruption_policy` field.
    #[must_use]
    pub fn with_interruption_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.interruption_policy = ::std::option::Option::Some(value.into());
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

/// Response of [`EcsClient::list_flavor_sell_policies`](super::EcsClient::list_flavor_sell_policies): `GET /v1/{project_id}/cloudservers/flavor-sell-policies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFlavorSellPoliciesResponse {
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `sell_policies`.
    pub sell_policies: ::std::option::Option<::std::vec::Vec<ListFlavorSellPoliciesResult>>,
}

impl json::FromJson for ListFlavorSellPoliciesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            count: json::take(&mut map, "count")?,
            sell_policies: json::take(&mut map, "sell_policies")?,
        })
    }
}

/// JSON model `ListFlavorSellPoliciesResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFlavorSellPoliciesResult {
    /// Required JSON field `id`.
    pub id: i64,
    /// Required JSON field `flavor_id`.
    pub flavor_id: ::std::string::String,
    /// Required JSON field `sell_status`.
    pub sell_status: ::std::string::String,
    /// Required JSON field `availability_zone_id`.
    pub availability_zone_id: ::std::string::String,
    /// Required JSON field `sell_mode`.
    pub sell_mode: ::std::string::String,
    /// JSON field `spot_options`.
    pub spot_options: ::std::option::Option<FlavorSpotOptions>,
}

impl json::FromJson for ListFlavorSellPoliciesResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            flavor_id: json::take(&mut map, "flavor_id")?,
            sell_status: json::take(&mut map, "sell_status")?,
            availability_zone_id: json::take(&mut map, "availability_zone_id")?,
            sell_mode: json::take(&mut map, "sell_mode")?,
            spot_options: json::take(&mut map, "spot_options")?,
        })
    }
}

/// Request of [`EcsClient::list_flavors`](super::EcsClient::list_flavors): `GET /v1/{project_id}/cloudservers/flavors`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFlavorsRequest {
    /// Query parameter `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// Query parameter `flavor_id`.
    pub flavor_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListFlavorsRequest {
    /// Sets the `availability_zone` field.
    #[must_use]
    pub fn with_availability_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.availability_zone = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `flavor_id` field.
    #[must_use]
    pub fn with_flavor_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_id = ::std::option::Option::Some(value.into());
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

/// Response of [`EcsClient::list_flavors`](super::EcsClient::list_flavors): `GET /v1/{project_id}/cloudservers/flavors`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListFlavorsResponse {
    /// JSON field `flavors`.
    pub flavors: ::std::option::Option<::std::vec::Vec<Flavor>>,
}

impl json::FromJson for ListFlavorsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            flavors: json::take(&mut map, "flavors")?,
        })
    }
}

/// Request of [`EcsClient::list_launch_template_versions`](super::EcsClient::list_launch_template_versions): `GET /v3/{project_id}/launch-template-versions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListLaunchTemplateVersionsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `launch_template_id`.
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `image_id`.
    pub image_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `flavor_id`.
    pub flavor_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `version`.
    pub version: ::std::option::Option<::std::vec::Vec<i64>>,
}

impl ListLaunchTemplateVersionsRequest {
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

    /// Sets the `launch_template_id` field.
    #[must_use]
    pub fn with_launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `image_id` field.
    #[must_use]
    pub fn with_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `flavor_id` field.
    #[must_use]
    pub fn with_flavor_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `version` field.
    #[must_use]
    pub fn with_version(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.version = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::list_launch_template_versions`](super::EcsClient::list_launch_template_versions): `GET /v3/{project_id}/launch-template-versions`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListLaunchTemplateVersionsResponse {
    /// JSON field `launch_template_versions`.
    pub launch_template_versions: ::std::option::Option<::std::vec::Vec<TemplateVersion>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<ResponsePageInfoV3>,
    /// Value of the `X-Request-Id` response header.
    #[cfg_attr(feature = "serde", serde(rename = "X-Request-Id"))]
    pub x_request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListLaunchTemplateVersionsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            launch_template_versions: json::take(&mut map, "launch_template_versions")?,
            page_info: json::take(&mut map, "page_info")?,
            x_request_id: json::take(&mut map, "x_request_id")?,
        })
    }
}

/// Request of [`EcsClient::list_recycle_bin_servers`](super::EcsClient::list_recycle_bin_servers): `GET /v1/{project_id}/recycle-bin/cloudservers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRecycleBinServersRequest {
    /// Query parameter `all_tenants`.
    pub all_tenants: ::std::option::Option<::std::string::String>,
    /// Query parameter `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// Query parameter `expect-fields`.
    #[cfg_attr(feature = "serde", serde(rename = "expect-fields"))]
    pub expect_fields: ::std::option::Option<::std::string::String>,
    /// Query parameter `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `tags_key`.
    pub tags_key: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ListRecycleBinServersRequest {
    /// Sets the `all_tenants` field.
    #[must_use]
    pub fn with_all_tenants(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.all_tenants = ::std::option::Option::Some(value.into());
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

    /// Sets the `expect_fields` field.
    #[must_use]
    pub fn with_expect_fields(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expect_fields = ::std::option::Option::Some(value.into());
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

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.offset = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tags_key` field.
    #[must_use]
    pub fn with_tags_key(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags_key = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::list_recycle_bin_servers`](super::EcsClient::list_recycle_bin_servers): `GET /v1/{project_id}/recycle-bin/cloudservers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRecycleBinServersResponse {
    /// JSON field `servers`.
    pub servers: ::std::option::Option<::std::vec::Vec<ServerDetail>>,
}

impl json::FromJson for ListRecycleBinServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            servers: json::take(&mut map, "servers")?,
        })
    }
}

/// Request of [`EcsClient::list_resize_flavors`](super::EcsClient::list_resize_flavors): `GET /v1/{project_id}/cloudservers/resize_flavors`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListResizeFlavorsRequest {
    /// Query parameter `instance_uuid`.
    pub instance_uuid: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `sort_dir`.
    pub sort_dir: ::std::option::Option<::std::string::String>,
    /// Query parameter `sort_key`.
    pub sort_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `source_flavor_id`.
    pub source_flavor_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `source_flavor_name`.
    pub source_flavor_name: ::std::option::Option<::std::string::String>,
}

impl ListResizeFlavorsRequest {
    /// Sets the `instance_uuid` field.
    #[must_use]
    pub fn with_instance_uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_uuid = ::std::option::Option::Some(value.into());
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

    /// Sets the `sort_dir` field.
    #[must_use]
    pub fn with_sort_dir(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sort_dir = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `sort_key` field.
    #[must_use]
    pub fn with_sort_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sort_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_flavor_id` field.
    #[must_use]
    pub fn with_source_flavor_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_flavor_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_flavor_name` field.
    #[must_use]
    pub fn with_source_flavor_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_flavor_name = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EcsClient::list_resize_flavors`](super::EcsClient::list_resize_flavors): `GET /v1/{project_id}/cloudservers/resize_flavors`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListResizeFlavorsResponse {
    /// JSON field `flavors`.
    pub flavors: ::std::option::Option<::std::vec::Vec<ListResizeFlavorsResult>>,
}

impl json::FromJson for ListResizeFlavorsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            flavors: json::take(&mut map, "flavors")?,
        })
    }
}

/// JSON model `ListResizeFlavorsResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListResizeFlavorsResult {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `vcpus`.
    pub vcpus: ::std::string::String,
    /// Required JSON field `ram`.
    pub ram: i64,
    /// Required JSON field `disk`.
    pub disk: ::std::string::String,
    /// Required JSON field `swap`.
    pub swap: ::std::string::String,
    /// Required JSON field `OS-FLV-EXT-DATA:ephemeral`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-FLV-EXT-DATA:ephemeral"))]
    pub os_flv_ext_dat_aephemeral: i64,
    /// Required JSON field `OS-FLV-DISABLED:disabled`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-FLV-DISABLED:disabled"))]
    pub os_flv_disable_ddisabled: bool,
    /// Required JSON field `rxtx_factor`.
    pub rxtx_factor: f64,
    /// Required JSON field `rxtx_quota`.
    pub rxtx_quota: ::std::string::String,
    /// Required JSON field `rxtx_cap`.
    pub rxtx_cap: ::std::string::String,
    /// Required JSON field `os-flavor-access:is_public`.
    #[cfg_attr(feature = "serde", serde(rename = "os-flavor-access:is_public"))]
    pub os_flavor_accessis_public: bool,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<FlavorLink>,
    /// Required JSON field `extra_specs`.
    pub extra_specs: FlavorExtraSpec,
    /// Required JSON field `instance_quota`.
    pub instance_quota: ::huaweicloud_sdk_core::json::Value,
}

impl json::FromJson for ListResizeFlavorsResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            vcpus: json::take(&mut map, "vcpus")?,
            ram: json::take(&mut map, "ram")?,
            disk: json::take(&mut map, "disk")?,
            swap: json::take(&mut map, "swap")?,
            os_flv_ext_dat_aephemeral: json::take(&mut map, "OS-FLV-EXT-DATA:ephemeral")?,
            os_flv_disable_ddisabled: json::take(&mut map, "OS-FLV-DISABLED:disabled")?,
            rxtx_factor: json::take(&mut map, "rxtx_factor")?,
            rxtx_quota: json::take(&mut map, "rxtx_quota")?,
            rxtx_cap: json::take(&mut map, "rxtx_cap")?,
            os_flavor_accessis_public: json::take(&mut map, "os-flavor-access:is_public")?,
            links: json::take(&mut map, "links")?,
            extra_specs: json::take(&mut map, "extra_specs")?,
            instance_quota: json::take(&mut map, "instance_quota")?,
        })
    }
}

/// Request of [`EcsClient::list_scheduled_events`](super::EcsClient::list_scheduled_events): `GET /v3/{project_id}/instance-scheduled-events`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListScheduledEventsRequest {
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `instance_id`.
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `type`.
    pub r#type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `state`.
    pub state: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `publish_since`.
    pub publish_since: ::std::option::Option<::std::string::String>,
    /// Query parameter `publish_until`.
    pub publish_until: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
}

impl ListScheduledEventsRequest {
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

    /// Sets the `instance_id` field.
    #[must_use]
    pub fn with_instance_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `state` field.
    #[must_use]
    pub fn with_state(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.state = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `publish_since` field.
    #[must_use]
    pub fn with_publish_since(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.publish_since = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `publish_until` field.
    #[must_use]
    pub fn with_publish_until(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.publish_until = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::list_scheduled_events`](super::EcsClient::list_scheduled_events): `GET /v3/{project_id}/instance-scheduled-events`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListScheduledEventsResponse {
    /// JSON field `events`.
    pub events: ::std::option::Option<::std::vec::Vec<EventResponse>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<ListEventsResponsePageInfo>,
}

impl json::FromJson for ListScheduledEventsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            events: json::take(&mut map, "events")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// JSON model `ListServerAzInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerAzInfo {
    /// Required JSON field `availability_zone_id`.
    pub availability_zone_id: ::std::string::String,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// JSON field `mode`.
    pub mode: ::std::option::Option<::std::string::String>,
    /// JSON field `public_border_group`.
    pub public_border_group: ::std::option::Option<::std::string::String>,
    /// JSON field `alias`.
    pub alias: ::std::option::Option<::std::string::String>,
    /// JSON field `az_group_ids`.
    pub az_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `category`.
    pub category: ::std::option::Option<i64>,
}

impl json::FromJson for ListServerAzInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            availability_zone_id: json::take(&mut map, "availability_zone_id")?,
            r#type: json::take(&mut map, "type")?,
            mode: json::take(&mut map, "mode")?,
            public_border_group: json::take(&mut map, "public_border_group")?,
            alias: json::take(&mut map, "alias")?,
            az_group_ids: json::take(&mut map, "az_group_ids")?,
            category: json::take(&mut map, "category")?,
        })
    }
}

/// Request of [`EcsClient::list_server_az_info`](super::EcsClient::list_server_az_info): `GET /v1/{project_id}/availability-zones`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerAzInfoRequest {}

/// Response of [`EcsClient::list_server_az_info`](super::EcsClient::list_server_az_info): `GET /v1/{project_id}/availability-zones`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerAzInfoResponse {
    /// JSON field `availability_zones`.
    pub availability_zones: ::std::option::Option<::std::vec::Vec<ListServerAzInfo>>,
}

impl json::FromJson for ListServerAzInfoResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            availability_zones: json::take(&mut map, "availability_zones")?,
        })
    }
}

/// Request of [`EcsClient::list_server_block_devices`](super::EcsClient::list_server_block_devices): `GET /v1/{project_id}/cloudservers/{server_id}/block_device`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerBlockDevicesRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ListServerBlockDevicesRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::list_server_block_devices`](super::EcsClient::list_server_block_devices): `GET /v1/{project_id}/cloudservers/{server_id}/block_device`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerBlockDevicesResponse {
    /// JSON field `attachableQuantity`.
    #[cfg_attr(feature = "serde", serde(rename = "attachableQuantity"))]
    pub attachable_quantity: ::std::option::Option<BlockDeviceAttachableQuantity>,
    /// JSON field `volumeAttachments`.
    #[cfg_attr(feature = "serde", serde(rename = "volumeAttachments"))]
    pub volume_attachments: ::std::option::Option<::std::vec::Vec<ServerBlockDevice>>,
}

impl json::FromJson for ListServerBlockDevicesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            attachable_quantity: json::take(&mut map, "attachableQuantity")?,
            volume_attachments: json::take(&mut map, "volumeAttachments")?,
        })
    }
}

/// JSON model `ListServerGroupsPageInfoResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerGroupsPageInfoResult {
    /// JSON field `next_marker`.
    pub next_marker: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListServerGroupsPageInfoResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            next_marker: json::take(&mut map, "next_marker")?,
        })
    }
}

/// Request of [`EcsClient::list_server_groups`](super::EcsClient::list_server_groups): `GET /v1/{project_id}/cloudservers/os-server-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerGroupsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListServerGroupsRequest {
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

/// Response of [`EcsClient::list_server_groups`](super::EcsClient::list_server_groups): `GET /v1/{project_id}/cloudservers/os-server-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerGroupsResponse {
    /// JSON field `server_groups`.
    pub server_groups: ::std::option::Option<::std::vec::Vec<ListServerGroupsResult>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<ListServerGroupsPageInfoResult>,
}

impl json::FromJson for ListServerGroupsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            server_groups: json::take(&mut map, "server_groups")?,
            page_info: json::take(&mut map, "page_info")?,
        })
    }
}

/// JSON model `ListServerGroupsResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerGroupsResult {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `members`.
    pub members: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `metadata`.
    pub metadata: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `policies`.
    pub policies: ::std::vec::Vec<::std::string::String>,
}

impl json::FromJson for ListServerGroupsResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            members: json::take(&mut map, "members")?,
            metadata: json::take(&mut map, "metadata")?,
            name: json::take(&mut map, "name")?,
            policies: json::take(&mut map, "policies")?,
        })
    }
}

/// Request of [`EcsClient::list_server_interfaces`](super::EcsClient::list_server_interfaces): `GET /v1/{project_id}/cloudservers/{server_id}/os-interface`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerInterfacesRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ListServerInterfacesRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::list_server_interfaces`](super::EcsClient::list_server_interfaces): `GET /v1/{project_id}/cloudservers/{server_id}/os-interface`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerInterfacesResponse {
    /// JSON field `attachableQuantity`.
    #[cfg_attr(feature = "serde", serde(rename = "attachableQuantity"))]
    pub attachable_quantity: ::std::option::Option<InterfaceAttachableQuantity>,
    /// JSON field `interfaceAttachments`.
    #[cfg_attr(feature = "serde", serde(rename = "interfaceAttachments"))]
    pub interface_attachments: ::std::option::Option<::std::vec::Vec<InterfaceAttachment>>,
}

impl json::FromJson for ListServerInterfacesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            attachable_quantity: json::take(&mut map, "attachableQuantity")?,
            interface_attachments: json::take(&mut map, "interfaceAttachments")?,
        })
    }
}

/// Request of [`EcsClient::list_server_tags`](super::EcsClient::list_server_tags): `GET /v1/{project_id}/cloudservers/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerTagsRequest {}

/// Response of [`EcsClient::list_server_tags`](super::EcsClient::list_server_tags): `GET /v1/{project_id}/cloudservers/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ProjectTag>>,
}

impl json::FromJson for ListServerTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`EcsClient::list_server_volume_attachments`](super::EcsClient::list_server_volume_attachments): `GET /v1/{project_id}/cloudservers/{server_id}/os-volume_attachments`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerVolumeAttachmentsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ListServerVolumeAttachmentsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::list_server_volume_attachments`](super::EcsClient::list_server_volume_attachments): `GET /v1/{project_id}/cloudservers/{server_id}/os-volume_attachments`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServerVolumeAttachmentsResponse {
    /// JSON field `volumeAttachments`.
    #[cfg_attr(feature = "serde", serde(rename = "volumeAttachments"))]
    pub volume_attachments: ::std::option::Option<::std::vec::Vec<ServerVolumeAttachment>>,
}

impl json::FromJson for ListServerVolumeAttachmentsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            volume_attachments: json::take(&mut map, "volumeAttachments")?,
        })
    }
}

/// Request of [`EcsClient::list_servers_by_tag`](super::EcsClient::list_servers_by_tag): `POST /v1/{project_id}/cloudservers/resource_instances/action`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServersByTagRequest {
    /// Request body.
    pub body: ::std::option::Option<ListServersByTagRequestBody>,
}

impl ListServersByTagRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ListServersByTagRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ListServersByTagRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServersByTagRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// JSON field `limit`.
    pub limit: ::std::option::Option<::std::string::String>,
    /// JSON field `offset`.
    pub offset: ::std::option::Option<::std::string::String>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ServerTags>>,
    /// JSON field `not_tags`.
    pub not_tags: ::std::option::Option<::std::vec::Vec<ServerTags>>,
    /// JSON field `matches`.
    pub matches: ::std::option::Option<::std::vec::Vec<ServerTagMatch>>,
}

impl ListServersByTagRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.offset = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<ServerTags>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `not_tags` field.
    #[must_use]
    pub fn with_not_tags(mut self, value: ::std::vec::Vec<ServerTags>) -> Self {
        self.not_tags = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `matches` field.
    #[must_use]
    pub fn with_matches(mut self, value: ::std::vec::Vec<ServerTagMatch>) -> Self {
        self.matches = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ListServersByTagRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "limit", &self.limit);
        json::put(&mut map, "offset", &self.offset);
        json::put(&mut map, "tags", &self.tags);
        json::put(&mut map, "not_tags", &self.not_tags);
        json::put(&mut map, "matches", &self.matches);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::list_servers_by_tag`](super::EcsClient::list_servers_by_tag): `POST /v1/{project_id}/cloudservers/resource_instances/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServersByTagResponse {
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<ServerResource>>,
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
}

impl json::FromJson for ListServersByTagResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
            total_count: json::take(&mut map, "total_count")?,
        })
    }
}

/// Request of [`EcsClient::list_servers_details`](super::EcsClient::list_servers_details): `GET /v1/{project_id}/cloudservers/detail`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServersDetailsRequest {
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `flavor`.
    pub flavor: ::std::option::Option<::std::string::String>,
    /// Query parameter `ip`.
    pub ip: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `not-tags`.
    #[cfg_attr(feature = "serde", serde(rename = "not-tags"))]
    pub not_tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `reservation_id`.
    pub reservation_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `ip_eq`.
    pub ip_eq: ::std::option::Option<::std::string::String>,
    /// Query parameter `server_id`.
    pub server_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ListServersDetailsRequest {
    /// Sets the `enterprise_project_id` field.
    #[must_use]
    pub fn with_enterprise_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enterprise_project_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `flavor` field.
    #[must_use]
    pub fn with_flavor(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.flavor = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip` field.
    #[must_use]
    pub fn with_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `not_tags` field.
    #[must_use]
    pub fn with_not_tags(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.not_tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `reservation_id` field.
    #[must_use]
    pub fn with_reservation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reservation_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip_eq` field.
    #[must_use]
    pub fn with_ip_eq(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip_eq = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EcsClient::list_servers_details`](super::EcsClient::list_servers_details): `GET /v1/{project_id}/cloudservers/detail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListServersDetailsResponse {
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `servers`.
    pub servers: ::std::option::Option<::std::vec::Vec<ServerDetail>>,
}

impl json::FromJson for ListServersDetailsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            count: json::take(&mut map, "count")?,
            servers: json::take(&mut map, "servers")?,
        })
    }
}

/// Request of [`EcsClient::list_templates`](super::EcsClient::list_templates): `GET /v3/{project_id}/launch-templates`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListTemplatesRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `launch_template_id`.
    pub launch_template_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ListTemplatesRequest {
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

    /// Sets the `launch_template_id` field.
    #[must_use]
    pub fn with_launch_template_id(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.launch_template_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::list_templates`](super::EcsClient::list_templates): `GET /v3/{project_id}/launch-templates`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListTemplatesResponse {
    /// JSON field `launch_templates`.
    pub launch_templates: ::std::option::Option<::std::vec::Vec<LaunchTemplate>>,
    /// JSON field `page_info`.
    pub page_info: ::std::option::Option<ResponsePageInfoV3>,
    /// Value of the `X-Request-Id` response header.
    #[cfg_attr(feature = "serde", serde(rename = "X-Request-Id"))]
    pub x_request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListTemplatesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            launch_templates: json::take(&mut map, "launch_templates")?,
            page_info: json::take(&mut map, "page_info")?,
            x_request_id: json::take(&mut map, "x_request_id")?,
        })
    }
}

/// JSON model `MarketModel`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MarketModel {
    /// JSON field `charge_mode`.
    pub charge_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `prepaid_info`.
    pub prepaid_info: ::std::option::Option<MarketModelPrepaidInfo>,
}

impl json::FromJson for MarketModel {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            charge_mode: json::take(&mut map, "charge_mode")?,
            prepaid_info: json::take(&mut map, "prepaid_info")?,
        })
    }
}

/// JSON model `MarketModelPrepaidInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MarketModelPrepaidInfo {
    /// JSON field `expired_time`.
    pub expired_time: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for MarketModelPrepaidInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            expired_time: json::take(&mut map, "expired_time")?,
        })
    }
}

/// JSON model `MigrateServerOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MigrateServerOption {
    /// JSON field `dedicated_host_id`.
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
}

impl MigrateServerOption {
    /// Sets the `dedicated_host_id` field.
    #[must_use]
    pub fn with_dedicated_host_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for MigrateServerOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dedicated_host_id", &self.dedicated_host_id);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::migrate_server`](super::EcsClient::migrate_server): `POST /v1/{project_id}/cloudservers/{server_id}/migrate`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MigrateServerRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<MigrateServerRequestBody>,
}

impl MigrateServerRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: MigrateServerRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `MigrateServerRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MigrateServerRequestBody {
    /// Required JSON field `migrate`.
    pub migrate: MigrateServerOption,
}

impl MigrateServerRequestBody {
    /// Sets the `migrate` field.
    #[must_use]
    pub fn with_migrate(mut self, value: MigrateServerOption) -> Self {
        self.migrate = value;
        self
    }
}

impl json::ToJson for MigrateServerRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "migrate", &self.migrate);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::migrate_server`](super::EcsClient::migrate_server): `POST /v1/{project_id}/cloudservers/{server_id}/migrate`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MigrateServerResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for MigrateServerResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `NetworkAddresses`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NetworkAddresses {
    /// Required JSON field `addr`.
    pub addr: ::std::string::String,
    /// Required JSON field `version`.
    pub version: i64,
    /// Required JSON field `OS-EXT-IPS:port_id`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-IPS:port_id"))]
    pub os_ext_ip_sport_id: ::std::string::String,
    /// Required JSON field `OS-EXT-IPS-MAC:mac_addr`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-IPS-MAC:mac_addr"))]
    pub os_ext_ips_ma_cmac_addr: ::std::string::String,
    /// Required JSON field `OS-EXT-IPS:type`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-IPS:type"))]
    pub os_ext_ip_stype: ::std::string::String,
    /// JSON field `primary`.
    pub primary: ::std::option::Option<bool>,
}

impl json::FromJson for NetworkAddresses {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            addr: json::take(&mut map, "addr")?,
            version: json::take(&mut map, "version")?,
            os_ext_ip_sport_id: json::take(&mut map, "OS-EXT-IPS:port_id")?,
            os_ext_ips_ma_cmac_addr: json::take(&mut map, "OS-EXT-IPS-MAC:mac_addr")?,
            os_ext_ip_stype: json::take(&mut map, "OS-EXT-IPS:type")?,
            primary: json::take(&mut map, "primary")?,
        })
    }
}

/// JSON model `NetworkInterfaces`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NetworkInterfaces {
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
    /// JSON field `primary`.
    pub primary: ::std::option::Option<bool>,
    /// JSON field `ip_addresses`.
    pub ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `ipv6_addresses`.
    pub ipv6_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `association`.
    pub association: ::std::option::Option<Association>,
}

impl json::FromJson for NetworkInterfaces {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            port_id: json::take(&mut map, "port_id")?,
            primary: json::take(&mut map, "primary")?,
            ip_addresses: json::take(&mut map, "ip_addresses")?,
            ipv6_addresses: json::take(&mut map, "ipv6_addresses")?,
            subnet_id: json::take(&mut map, "subnet_id")?,
            association: json::take(&mut map, "association")?,
        })
    }
}

/// JSON model `NovaAddSecurityGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAddSecurityGroupOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl NovaAddSecurityGroupOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }
}

impl json::ToJson for NovaAddSecurityGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::nova_associate_security_group`](super::EcsClient::nova_associate_security_group): `POST /v2.1/{project_id}/servers/{server_id}/action`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAssociateSecurityGroupRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NovaAssociateSecurityGroupRequestBody>,
}

impl NovaAssociateSecurityGroupRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NovaAssociateSecurityGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NovaAssociateSecurityGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAssociateSecurityGroupRequestBody {
    /// Required JSON field `addSecurityGroup`.
    #[cfg_attr(feature = "serde", serde(rename = "addSecurityGroup"))]
    pub add_security_group: NovaAddSecurityGroupOption,
}

impl NovaAssociateSecurityGroupRequestBody {
    /// Sets the `add_security_group` field.
    #[must_use]
    pub fn with_add_security_group(mut self, value: NovaAddSecurityGroupOption) -> Self {
        self.add_security_group = value;
        self
    }
}

impl json::ToJson for NovaAssociateSecurityGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "addSecurityGroup", &self.add_security_group);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::nova_associate_security_group`](super::EcsClient::nova_associate_security_group): `POST /v2.1/{project_id}/servers/{server_id}/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAssociateSecurityGroupResponse {}

impl json::FromJson for NovaAssociateSecurityGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `NovaAttachInterfaceFixedIp`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAttachInterfaceFixedIp {
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
}

impl NovaAttachInterfaceFixedIp {
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

impl json::ToJson for NovaAttachInterfaceFixedIp {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "ip_address", &self.ip_address);
        json::Value::Object(map)
    }
}

/// JSON model `NovaAttachInterfaceOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAttachInterfaceOption {
    /// JSON field `fixed_ips`.
    pub fixed_ips: ::std::option::Option<::std::vec::Vec<NovaAttachInterfaceFixedIp>>,
    /// JSON field `net_id`.
    pub net_id: ::std::option::Option<::std::string::String>,
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
}

impl NovaAttachInterfaceOption {
    /// Sets the `fixed_ips` field.
    #[must_use]
    pub fn with_fixed_ips(mut self, value: ::std::vec::Vec<NovaAttachInterfaceFixedIp>) -> Self {
        self.fixed_ips = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `net_id` field.
    #[must_use]
    pub fn with_net_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.net_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for NovaAttachInterfaceOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "fixed_ips", &self.fixed_ips);
        json::put(&mut map, "net_id", &self.net_id);
        json::put(&mut map, "port_id", &self.port_id);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::nova_attach_interface`](super::EcsClient::nova_attach_interface): `POST /v2.1/{project_id}/servers/{server_id}/os-interface`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAttachInterfaceRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NovaAttachInterfaceRequestBody>,
}

impl NovaAttachInterfaceRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NovaAttachInterfaceRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NovaAttachInterfaceRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAttachInterfaceRequestBody {
    /// Required JSON field `interfaceAttachment`.
    #[cfg_attr(feature = "serde", serde(rename = "interfaceAttachment"))]
    pub interface_attachment: NovaAttachInterfaceOption,
}

impl NovaAttachInterfaceRequestBody {
    /// Sets the `interface_attachment` field.
    #[must_use]
    pub fn with_interface_attachment(mut self, value: NovaAttachInterfaceOption) -> Self {
        self.interface_attachment = value;
        self
    }
}

impl json::ToJson for NovaAttachInterfaceRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "interfaceAttachment", &self.interface_attachment);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::nova_attach_interface`](super::EcsClient::nova_attach_interface): `POST /v2.1/{project_id}/servers/{server_id}/os-interface`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAttachInterfaceResponse {
    /// JSON field `interfaceAttachment`.
    #[cfg_attr(feature = "serde", serde(rename = "interfaceAttachment"))]
    pub interface_attachment: ::std::option::Option<NovaServerInterfaceDetail>,
}

impl json::FromJson for NovaAttachInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            interface_attachment: json::take(&mut map, "interfaceAttachment")?,
        })
    }
}

/// JSON model `NovaAvailabilityZone`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAvailabilityZone {
    /// Required JSON field `hosts`.
    pub hosts: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `zoneName`.
    #[cfg_attr(feature = "serde", serde(rename = "zoneName"))]
    pub zone_name: ::std::string::String,
    /// Required JSON field `zoneState`.
    #[cfg_attr(feature = "serde", serde(rename = "zoneState"))]
    pub zone_state: NovaAvailabilityZoneState,
}

impl json::FromJson for NovaAvailabilityZone {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            hosts: json::take(&mut map, "hosts")?,
            zone_name: json::take(&mut map, "zoneName")?,
            zone_state: json::take(&mut map, "zoneState")?,
        })
    }
}

/// JSON model `NovaAvailabilityZoneState`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaAvailabilityZoneState {
    /// Required JSON field `available`.
    pub available: bool,
}

impl json::FromJson for NovaAvailabilityZoneState {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            available: json::take(&mut map, "available")?,
        })
    }
}

/// JSON model `NovaCreateKeypairOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaCreateKeypairOption {
    /// JSON field `public_key`.
    pub public_key: ::std::option::Option<::std::string::String>,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `user_id`.
    pub user_id: ::std::option::Option<::std::string::String>,
}

impl NovaCreateKeypairOption {
    /// Sets the `public_key` field.
    #[must_use]
    pub fn with_public_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `user_id` field.
    #[must_use]
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for NovaCreateKeypairOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "public_key", &self.public_key);
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "user_id", &self.user_id);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::nova_create_keypair`](super::EcsClient::nova_create_keypair): `POST /v2.1/{project_id}/os-keypairs`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaCreateKeypairRequest {
    /// Header `OpenStack-API-Version`.
    #[cfg_attr(feature = "serde", serde(rename = "OpenStack-API-Version"))]
    pub open_stack_api_version: ::std::option::Option<::std::string::String>,
    /// Request body.
    pub body: ::std::option::Option<NovaCreateKeypairRequestBody>,
}

impl NovaCreateKeypairRequest {
    /// Sets the `open_stack_api_version` field.
    #[must_use]
    pub fn with_open_stack_api_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.open_stack_api_version = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NovaCreateKeypairRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NovaCreateKeypairRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaCreateKeypairRequestBody {
    /// Required JSON field `keypair`.
    pub keypair: NovaCreateKeypairOption,
}

impl NovaCreateKeypairRequestBody {
    /// Sets the `keypair` field.
    #[must_use]
    pub fn with_keypair(mut self, value: NovaCreateKeypairOption) -> Self {
        self.keypair = value;
        self
    }
}

impl json::ToJson for NovaCreateKeypairRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "keypair", &self.keypair);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::nova_create_keypair`](super::EcsClient::nova_create_keypair): `POST /v2.1/{project_id}/os-keypairs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaCreateKeypairResponse {
    /// JSON field `keypair`.
    pub keypair: ::std::option::Option<NovaKeypair>,
}

impl json::FromJson for NovaCreateKeypairResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            keypair: json::take(&mut map, "keypair")?,
        })
    }
}

/// JSON model `NovaCreateServersOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaCreateServersOption {
    /// JSON field `auto_terminate_time`.
    pub auto_terminate_time: ::std::option::Option<::std::string::String>,
    /// JSON field `imageRef`.
    #[cfg_attr(feature = "serde", serde(rename = "imageRef"))]
    pub image_ref: ::std::option::Option<::std::string::String>,
    /// Required JSON field `flavorRef`.
    #[cfg_attr(feature = "serde", serde(rename = "flavorRef"))]
    pub flavor_ref: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `adminPass`. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "adminPass"))]
    pub admin_pass: ::std::option::Option<::std::string::String>,
    /// JSON field `block_device_mapping_v2`.
    pub block_device_mapping_v2:
        ::std::option::Option<::std::vec::Vec<NovaServerBlockDeviceMapping>>,
    /// JSON field `config_drive`.
    pub config_drive: ::std::option::Option<::std::string::String>,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<NovaServerSecurityGroup>>,
    /// Required JSON field `networks`.
    pub networks: ::std::vec::Vec<NovaServerNetwork>,
    /// JSON field `key_name`.
    pub key_name: ::std::option::Option<::std::string::String>,
    /// JSON field `user_data`.
    pub user_data: ::std::option::Option<::std::string::String>,
    /// JSON field `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `return_reservation_id`.
    pub return_reservation_id: ::std::option::Option<bool>,
    /// JSON field `min_count`.
    pub min_count: ::std::option::Option<i64>,
    /// JSON field `max_count`.
    pub max_count: ::std::option::Option<i64>,
    /// JSON field `OS-DCF:diskConfig`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-DCF:diskConfig"))]
    pub os_dc_fdisk_config: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for NovaCreateServersOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NovaCreateServersOption")
            .field("auto_terminate_time", &self.auto_terminate_time)
            .field("image_ref", &self.image_ref)
            .field("flavor_ref", &self.flavor_ref)
            .field("name", &self.name)
            .field("metadata", &self.metadata)
            .field(
                "admin_pass",
                &self.admin_pass.as_ref().map(|_| "<redacted>"),
            )
            .field("block_device_mapping_v2", &self.block_device_mapping_v2)
            .field("config_drive", &self.config_drive)
            .field("security_groups", &self.security_groups)
            .field("networks", &self.networks)
            .field("key_name", &self.key_name)
            .field("user_data", &self.user_data)
            .field("availability_zone", &self.availability_zone)
            .field("return_reservation_id", &self.return_reservation_id)
            .field("min_count", &self.min_count)
            .field("max_count", &self.max_count)
            .field("os_dc_fdisk_config", &self.os_dc_fdisk_config)
            .field("description", &self.description)
            .finish()
    }
}

impl NovaCreateServersOption {
    /// Sets the `auto_terminate_time` field.
    #[must_use]
    pub fn with_auto_terminate_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_terminate_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `image_ref` field.
    #[must_use]
    pub fn with_image_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_ref = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `flavor_ref` field.
    #[must_use]
    pub fn with_flavor_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_ref = value.into();
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(
        mut self,
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `admin_pass` field.
    #[must_use]
    pub fn with_admin_pass(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.admin_pass = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `block_device_mapping_v2` field.
    #[must_use]
    pub fn with_block_device_mapping_v2(
        mut self,
        value: ::std::vec::Vec<NovaServerBlockDeviceMapping>,
    ) -> Self {
        self.block_device_mapping_v2 = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `config_drive` field.
    #[must_use]
    pub fn with_config_drive(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.config_drive = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(mut self, value: ::std::vec::Vec<NovaServerSecurityGroup>) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `networks` field.
    #[must_use]
    pub fn with_networks(mut self, value: ::std::vec::Vec<NovaServerNetwork>) -> Self {
        self.networks = value;
        self
    }

    /// Sets the `key_name` field.
    #[must_use]
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `user_data` field.
    #[must_use]
    pub fn with_user_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
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

    /// Sets the `return_reservation_id` field.
    #[must_use]
    pub fn with_return_reservation_id(mut self, value: bool) -> Self {
        self.return_reservation_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `min_count` field.
    #[must_use]
    pub fn with_min_count(mut self, value: i64) -> Self {
        self.min_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `max_count` field.
    #[must_use]
    pub fn with_max_count(mut self, value: i64) -> Self {
        self.max_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `os_dc_fdisk_config` field.
    #[must_use]
    pub fn with_os_dc_fdisk_config(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.os_dc_fdisk_config = ::std::option::Option::Some(value.into());
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

impl json::ToJson for NovaCreateServersOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auto_terminate_time", &self.auto_terminate_time);
        json::put(&mut map, "imageRef", &self.image_ref);
        json::put(&mut map, "flavorRef", &self.flavor_ref);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "adminPass", &self.admin_pass);
        json::put(
            &mut map,
            "block_device_mapping_v2",
            &self.block_device_mapping_v2,
        );
        json::put(&mut map, "config_drive", &self.config_drive);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "networks", &self.networks);
        json::put(&mut map, "key_name", &self.key_name);
        json::put(&mut map, "user_data", &self.user_data);
        json::put(&mut map, "availability_zone", &self.availability_zone);
        json::put(
            &mut map,
            "return_reservation_id",
            &self.return_reservation_id,
        );
        json::put(&mut map, "min_count", &self.min_count);
        json::put(&mut map, "max_count", &self.max_count);
        json::put(&mut map, "OS-DCF:diskConfig", &self.os_dc_fdisk_config);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::nova_create_servers`](super::EcsClient::nova_create_servers): `POST /v2.1/{project_id}/servers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaCreateServersRequest {
    /// Header `OpenStack-API-Version`.
    #[cfg_attr(feature = "serde", serde(rename = "OpenStack-API-Version"))]
    pub open_stack_api_version: ::std::option::Option<::std::string::String>,
    /// Request body.
    pub body: ::std::option::Option<NovaCreateServersRequestBody>,
}

impl NovaCreateServersRequest {
    /// Sets the `open_stack_api_version` field.
    #[must_use]
    pub fn with_open_stack_api_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.open_stack_api_version = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NovaCreateServersRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NovaCreateServersRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaCreateServersRequestBody {
    /// Required JSON field `server`.
    pub server: NovaCreateServersOption,
    /// JSON field `os:scheduler_hints`.
    #[cfg_attr(feature = "serde", serde(rename = "os:scheduler_hints"))]
    pub osscheduler_hints: ::std::option::Option<NovaCreateServersSchedulerHint>,
}

impl NovaCreateServersRequestBody {
    /// Sets the `server` field.
    #[must_use]
    pub fn with_server(mut self, value: NovaCreateServersOption) -> Self {
        self.server = value;
        self
    }

    /// Sets the `osscheduler_hints` field.
    #[must_use]
    pub fn with_osscheduler_hints(mut self, value: NovaCreateServersSchedulerHint) -> Self {
        self.osscheduler_hints = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for NovaCreateServersRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "server", &self.server);
        json::put(&mut map, "os:scheduler_hints", &self.osscheduler_hints);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::nova_create_servers`](super::EcsClient::nova_create_servers): `POST /v2.1/{project_id}/servers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaCreateServersResponse {
    /// JSON field `server`.
    pub server: ::std::option::Option<NovaCreateServersResult>,
}

impl json::FromJson for NovaCreateServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            server: json::take(&mut map, "server")?,
        })
    }
}

/// JSON model `NovaCreateServersResult`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaCreateServersResult {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<NovaLink>,
    /// Required JSON field `security_groups`.
    pub security_groups: ::std::vec::Vec<NovaServerSecurityGroup>,
    /// Required JSON field `OS-DCF:diskConfig`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-DCF:diskConfig"))]
    pub os_dc_fdisk_config: ::std::string::String,
    /// JSON field `reservation_id`.
    pub reservation_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `adminPass`. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "adminPass"))]
    pub admin_pass: ::std::string::String,
}

impl ::std::fmt::Debug for NovaCreateServersResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NovaCreateServersResult")
            .field("id", &self.id)
            .field("links", &self.links)
            .field("security_groups", &self.security_groups)
            .field("os_dc_fdisk_config", &self.os_dc_fdisk_config)
            .field("reservation_id", &self.reservation_id)
            .field("admin_pass", &"<redacted>")
            .finish()
    }
}

impl json::FromJson for NovaCreateServersResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            security_groups: json::take(&mut map, "security_groups")?,
            os_dc_fdisk_config: json::take(&mut map, "OS-DCF:diskConfig")?,
            reservation_id: json::take(&mut map, "reservation_id")?,
            admin_pass: json::take(&mut map, "adminPass")?,
        })
    }
}

/// JSON model `NovaCreateServersSchedulerHint`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaCreateServersSchedulerHint {
    /// JSON field `group`.
    pub group: ::std::option::Option<::std::string::String>,
    /// JSON field `different_host`.
    pub different_host: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `same_host`.
    pub same_host: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `cidr`.
    pub cidr: ::std::option::Option<::std::string::String>,
    /// JSON field `build_near_host_ip`.
    pub build_near_host_ip: ::std::option::Option<::std::string::String>,
    /// JSON field `tenancy`.
    pub tenancy: ::std::option::Option<::std::string::String>,
    /// JSON field `dedicated_host_id`.
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
}

impl NovaCreateServersSchedulerHint {
    /// Sets the `group` field.
    #[must_use]
    pub fn with_group(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.group = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `different_host` field.
    #[must_use]
    pub fn with_different_host(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.different_host = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `same_host` field.
    #[must_use]
    pub fn with_same_host(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.same_host = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `cidr` field.
    #[must_use]
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `build_near_host_ip` field.
    #[must_use]
    pub fn with_build_near_host_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.build_near_host_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tenancy` field.
    #[must_use]
    pub fn with_tenancy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tenancy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `dedicated_host_id` field.
    #[must_use]
    pub fn with_dedicated_host_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for NovaCreateServersSchedulerHint {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "group", &self.group);
        json::put(&mut map, "different_host", &self.different_host);
        json::put(&mut map, "same_host", &self.same_host);
        json::put(&mut map, "cidr", &self.cidr);
        json::put(&mut map, "build_near_host_ip", &self.build_near_host_ip);
        json::put(&mut map, "tenancy", &self.tenancy);
        json::put(&mut map, "dedicated_host_id", &self.dedicated_host_id);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::nova_delete_keypair`](super::EcsClient::nova_delete_keypair): `DELETE /v2.1/{project_id}/os-keypairs/{keypair_name}`.
///
/// Required fields: `keypair_name`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaDeleteKeypairRequest {
    /// Required path parameter `keypair_name`.
    pub keypair_name: ::std::string::String,
}

impl NovaDeleteKeypairRequest {
    /// Sets the `keypair_name` field.
    #[must_use]
    pub fn with_keypair_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.keypair_name = value.into();
        self
    }
}

/// Response of [`EcsClient::nova_delete_keypair`](super::EcsClient::nova_delete_keypair): `DELETE /v2.1/{project_id}/os-keypairs/{keypair_name}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaDeleteKeypairResponse {}

impl json::FromJson for NovaDeleteKeypairResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EcsClient::nova_delete_server`](super::EcsClient::nova_delete_server): `DELETE /v2.1/{project_id}/servers/{server_id}`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaDeleteServerRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl NovaDeleteServerRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::nova_delete_server`](super::EcsClient::nova_delete_server): `DELETE /v2.1/{project_id}/servers/{server_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaDeleteServerResponse {}

impl json::FromJson for NovaDeleteServerResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EcsClient::nova_disassociate_security_group`](super::EcsClient::nova_disassociate_security_group): `POST /v2.1/{project_id}/servers/{server_id}/action`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaDisassociateSecurityGroupRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<NovaDisassociateSecurityGroupRequestBody>,
}

impl NovaDisassociateSecurityGroupRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: NovaDisassociateSecurityGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `NovaDisassociateSecurityGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaDisassociateSecurityGroupRequestBody {
    /// Required JSON field `removeSecurityGroup`.
    #[cfg_attr(feature = "serde", serde(rename = "removeSecurityGroup"))]
    pub remove_security_group: NovaRemoveSecurityGroupOption,
}

impl NovaDisassociateSecurityGroupRequestBody {
    /// Sets the `remove_security_group` field.
    #[must_use]
    pub fn with_remove_security_group(mut self, value: NovaRemoveSecurityGroupOption) -> Self {
        self.remove_security_group = value;
        self
    }
}

impl json::ToJson for NovaDisassociateSecurityGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "removeSecurityGroup", &self.remove_security_group);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::nova_disassociate_security_group`](super::EcsClient::nova_disassociate_security_group): `POST /v2.1/{project_id}/servers/{server_id}/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaDisassociateSecurityGroupResponse {}

impl json::FromJson for NovaDisassociateSecurityGroupResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `NovaKeypair`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaKeypair {
    /// Required JSON field `fingerprint`.
    pub fingerprint: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `public_key`.
    pub public_key: ::std::string::String,
    /// Required JSON field `private_key`. Debug output hides its value.
    pub private_key: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for NovaKeypair {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NovaKeypair")
            .field("fingerprint", &self.fingerprint)
            .field("name", &self.name)
            .field("public_key", &self.public_key)
            .field("private_key", &"<redacted>")
            .field("user_id", &self.user_id)
            .field("type", &self.r#type)
            .finish()
    }
}

impl json::FromJson for NovaKeypair {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            fingerprint: json::take(&mut map, "fingerprint")?,
            name: json::take(&mut map, "name")?,
            public_key: json::take(&mut map, "public_key")?,
            private_key: json::take(&mut map, "private_key")?,
            user_id: json::take(&mut map, "user_id")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `NovaKeypairDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaKeypairDetail {
    /// Required JSON field `public_key`.
    pub public_key: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `fingerprint`.
    pub fingerprint: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `deleted`.
    pub deleted: bool,
    /// Required JSON field `deleted_at`.
    pub deleted_at: ::std::string::String,
    /// Required JSON field `id`.
    pub id: i64,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for NovaKeypairDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            public_key: json::take(&mut map, "public_key")?,
            name: json::take(&mut map, "name")?,
            fingerprint: json::take(&mut map, "fingerprint")?,
            created_at: json::take(&mut map, "created_at")?,
            deleted: json::take(&mut map, "deleted")?,
            deleted_at: json::take(&mut map, "deleted_at")?,
            id: json::take(&mut map, "id")?,
            updated_at: json::take(&mut map, "updated_at")?,
            user_id: json::take(&mut map, "user_id")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `NovaLink`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaLink {
    /// Required JSON field `href`.
    pub href: ::std::string::String,
    /// Required JSON field `rel`.
    pub rel: ::std::string::String,
}

impl json::FromJson for NovaLink {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            href: json::take(&mut map, "href")?,
            rel: json::take(&mut map, "rel")?,
        })
    }
}

/// Request of [`EcsClient::nova_list_availability_zones`](super::EcsClient::nova_list_availability_zones): `GET /v2.1/{project_id}/os-availability-zone`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListAvailabilityZonesRequest {}

/// Response of [`EcsClient::nova_list_availability_zones`](super::EcsClient::nova_list_availability_zones): `GET /v2.1/{project_id}/os-availability-zone`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListAvailabilityZonesResponse {
    /// JSON field `availabilityZoneInfo`.
    #[cfg_attr(feature = "serde", serde(rename = "availabilityZoneInfo"))]
    pub availability_zone_info: ::std::option::Option<::std::vec::Vec<NovaAvailabilityZone>>,
}

impl json::FromJson for NovaListAvailabilityZonesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            availability_zone_info: json::take(&mut map, "availabilityZoneInfo")?,
        })
    }
}

/// Request of [`EcsClient::nova_list_keypairs`](super::EcsClient::nova_list_keypairs): `GET /v2.1/{project_id}/os-keypairs`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListKeypairsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Header `OpenStack-API-Version`.
    #[cfg_attr(feature = "serde", serde(rename = "OpenStack-API-Version"))]
    pub open_stack_api_version: ::std::option::Option<::std::string::String>,
}

impl NovaListKeypairsRequest {
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

    /// Sets the `open_stack_api_version` field.
    #[must_use]
    pub fn with_open_stack_api_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.open_stack_api_version = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EcsClient::nova_list_keypairs`](super::EcsClient::nova_list_keypairs): `GET /v2.1/{project_id}/os-keypairs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListKeypairsResponse {
    /// JSON field `keypairs`.
    pub keypairs: ::std::option::Option<::std::vec::Vec<NovaListKeypairsResult>>,
}

impl json::FromJson for NovaListKeypairsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            keypairs: json::take(&mut map, "keypairs")?,
        })
    }
}

/// JSON model `NovaListKeypairsResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListKeypairsResult {
    /// Required JSON field `keypair`.
    pub keypair: NovaSimpleKeypair,
}

impl json::FromJson for NovaListKeypairsResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            keypair: json::take(&mut map, "keypair")?,
        })
    }
}

/// Request of [`EcsClient::nova_list_server_security_groups`](super::EcsClient::nova_list_server_security_groups): `GET /v2.1/{project_id}/servers/{server_id}/os-security-groups`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListServerSecurityGroupsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl NovaListServerSecurityGroupsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::nova_list_server_security_groups`](super::EcsClient::nova_list_server_security_groups): `GET /v2.1/{project_id}/servers/{server_id}/os-security-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListServerSecurityGroupsResponse {
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<NovaSecurityGroup>>,
}

impl json::FromJson for NovaListServerSecurityGroupsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            security_groups: json::take(&mut map, "security_groups")?,
        })
    }
}

/// Request of [`EcsClient::nova_list_servers_details`](super::EcsClient::nova_list_servers_details): `GET /v2.1/{project_id}/servers/detail`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListServersDetailsRequest {
    /// Query parameter `changes-since`.
    #[cfg_attr(feature = "serde", serde(rename = "changes-since"))]
    pub changes_since: ::std::option::Option<::std::string::String>,
    /// Query parameter `flavor`.
    pub flavor: ::std::option::Option<::std::string::String>,
    /// Query parameter `image`.
    pub image: ::std::option::Option<::std::string::String>,
    /// Query parameter `ip`.
    pub ip: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `not-tags`.
    #[cfg_attr(feature = "serde", serde(rename = "not-tags"))]
    pub not_tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `reservation_id`.
    pub reservation_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `sort_key`.
    pub sort_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::string::String>,
    /// Header `OpenStack-API-Version`.
    #[cfg_attr(feature = "serde", serde(rename = "OpenStack-API-Version"))]
    pub open_stack_api_version: ::std::option::Option<::std::string::String>,
}

impl NovaListServersDetailsRequest {
    /// Sets the `changes_since` field.
    #[must_use]
    pub fn with_changes_since(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.changes_since = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `flavor` field.
    #[must_use]
    pub fn with_flavor(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.flavor = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `image` field.
    #[must_use]
    pub fn with_image(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip` field.
    #[must_use]
    pub fn with_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
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

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `not_tags` field.
    #[must_use]
    pub fn with_not_tags(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.not_tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `reservation_id` field.
    #[must_use]
    pub fn with_reservation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reservation_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `sort_key` field.
    #[must_use]
    pub fn with_sort_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sort_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `open_stack_api_version` field.
    #[must_use]
    pub fn with_open_stack_api_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.open_stack_api_version = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EcsClient::nova_list_servers_details`](super::EcsClient::nova_list_servers_details): `GET /v2.1/{project_id}/servers/detail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListServersDetailsResponse {
    /// JSON field `servers`.
    pub servers: ::std::option::Option<::std::vec::Vec<NovaServer>>,
    /// JSON field `servers_links`.
    pub servers_links: ::std::option::Option<::std::vec::Vec<PageLink>>,
}

impl json::FromJson for NovaListServersDetailsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            servers: json::take(&mut map, "servers")?,
            servers_links: json::take(&mut map, "servers_links")?,
        })
    }
}

/// Request of [`EcsClient::nova_list_servers`](super::EcsClient::nova_list_servers): `GET /v2.1/{project_id}/servers`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListServersRequest {
    /// Query parameter `changes-since`.
    #[cfg_attr(feature = "serde", serde(rename = "changes-since"))]
    pub changes_since: ::std::option::Option<::std::string::String>,
    /// Query parameter `flavor`.
    pub flavor: ::std::option::Option<::std::string::String>,
    /// Query parameter `host`.
    pub host: ::std::option::Option<::std::string::String>,
    /// Query parameter `image`.
    pub image: ::std::option::Option<::std::string::String>,
    /// Query parameter `ip`.
    pub ip: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `not-tags`.
    #[cfg_attr(feature = "serde", serde(rename = "not-tags"))]
    pub not_tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `reservation_id`.
    pub reservation_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `sort_key`.
    pub sort_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::string::String>,
    /// Header `OpenStack-API-Version`.
    #[cfg_attr(feature = "serde", serde(rename = "OpenStack-API-Version"))]
    pub open_stack_api_version: ::std::option::Option<::std::string::String>,
}

impl NovaListServersRequest {
    /// Sets the `changes_since` field.
    #[must_use]
    pub fn with_changes_since(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.changes_since = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `flavor` field.
    #[must_use]
    pub fn with_flavor(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.flavor = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `host` field.
    #[must_use]
    pub fn with_host(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `image` field.
    #[must_use]
    pub fn with_image(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ip` field.
    #[must_use]
    pub fn with_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
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

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `not_tags` field.
    #[must_use]
    pub fn with_not_tags(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.not_tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `reservation_id` field.
    #[must_use]
    pub fn with_reservation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reservation_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `sort_key` field.
    #[must_use]
    pub fn with_sort_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sort_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `open_stack_api_version` field.
    #[must_use]
    pub fn with_open_stack_api_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.open_stack_api_version = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EcsClient::nova_list_servers`](super::EcsClient::nova_list_servers): `GET /v2.1/{project_id}/servers`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListServersResponse {
    /// JSON field `servers`.
    pub servers: ::std::option::Option<::std::vec::Vec<NovaSimpleServer>>,
    /// JSON field `servers_links`.
    pub servers_links: ::std::option::Option<::std::vec::Vec<PageLink>>,
}

impl json::FromJson for NovaListServersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            servers: json::take(&mut map, "servers")?,
            servers_links: json::take(&mut map, "servers_links")?,
        })
    }
}

/// Request of [`EcsClient::nova_list_versions`](super::EcsClient::nova_list_versions): `GET /`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListVersionsRequest {}

/// Response of [`EcsClient::nova_list_versions`](super::EcsClient::nova_list_versions): `GET /`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaListVersionsResponse {
    /// JSON field `versions`.
    pub versions: ::std::option::Option<::std::vec::Vec<NovaVersion>>,
}

impl json::FromJson for NovaListVersionsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            versions: json::take(&mut map, "versions")?,
        })
    }
}

/// JSON model `NovaNetwork`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaNetwork {
    /// Required JSON field `addr`.
    pub addr: ::std::string::String,
    /// Required JSON field `version`.
    pub version: i64,
    /// Required JSON field `OS-EXT-IPS-MAC:mac_addr`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-IPS-MAC:mac_addr"))]
    pub os_ext_ips_ma_cmac_addr: ::std::string::String,
    /// Required JSON field `OS-EXT-IPS:type`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-IPS:type"))]
    pub os_ext_ip_stype: ::std::string::String,
}

impl json::FromJson for NovaNetwork {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            addr: json::take(&mut map, "addr")?,
            version: json::take(&mut map, "version")?,
            os_ext_ips_ma_cmac_addr: json::take(&mut map, "OS-EXT-IPS-MAC:mac_addr")?,
            os_ext_ip_stype: json::take(&mut map, "OS-EXT-IPS:type")?,
        })
    }
}

/// JSON model `NovaRemoveSecurityGroupOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaRemoveSecurityGroupOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
}

impl NovaRemoveSecurityGroupOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }
}

impl json::ToJson for NovaRemoveSecurityGroupOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `NovaSecurityGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaSecurityGroup {
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `rules`.
    pub rules: ::std::vec::Vec<NovaSecurityGroupCommonRule>,
}

impl json::FromJson for NovaSecurityGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            description: json::take(&mut map, "description")?,
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            rules: json::take(&mut map, "rules")?,
        })
    }
}

/// JSON model `NovaSecurityGroupCommonGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaSecurityGroupCommonGroup {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `tenant_id`.
    pub tenant_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for NovaSecurityGroupCommonGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
        })
    }
}

/// JSON model `NovaSecurityGroupCommonIpRange`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaSecurityGroupCommonIpRange {
    /// JSON field `cidr`.
    pub cidr: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for NovaSecurityGroupCommonIpRange {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            cidr: json::take(&mut map, "cidr")?,
        })
    }
}

/// JSON model `NovaSecurityGroupCommonRule`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaSecurityGroupCommonRule {
    /// Required JSON field `from_port`.
    pub from_port: i64,
    /// Required JSON field `group`.
    pub group: NovaSecurityGroupCommonGroup,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `ip_protocol`.
    pub ip_protocol: ::std::string::String,
    /// Required JSON field `ip_range`.
    pub ip_range: NovaSecurityGroupCommonIpRange,
    /// Required JSON field `parent_group_id`.
    pub parent_group_id: ::std::string::String,
    /// Required JSON field `to_port`.
    pub to_port: i64,
}

impl json::FromJson for NovaSecurityGroupCommonRule {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            from_port: json::take(&mut map, "from_port")?,
            group: json::take(&mut map, "group")?,
            id: json::take(&mut map, "id")?,
            ip_protocol: json::take(&mut map, "ip_protocol")?,
            ip_range: json::take(&mut map, "ip_range")?,
            parent_group_id: json::take(&mut map, "parent_group_id")?,
            to_port: json::take(&mut map, "to_port")?,
        })
    }
}

/// JSON model `NovaServer`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServer {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `created`.
    pub created: ::std::string::String,
    /// Required JSON field `updated`.
    pub updated: ::std::string::String,
    /// Required JSON field `flavor`.
    pub flavor: NovaServerFlavor,
    /// Required JSON field `image`.
    pub image: NovaServerImage,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `key_name`.
    pub key_name: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `metadata`.
    pub metadata: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// Required JSON field `hostId`.
    #[cfg_attr(feature = "serde", serde(rename = "hostId"))]
    pub host_id: ::std::string::String,
    /// Required JSON field `addresses`.
    pub addresses: ::std::collections::HashMap<::std::string::String, ::std::vec::Vec<NovaNetwork>>,
    /// Required JSON field `security_groups`.
    pub security_groups: ::std::vec::Vec<NovaServerSecurityGroup>,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<NovaLink>,
    /// Required JSON field `OS-DCF:diskConfig`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-DCF:diskConfig"))]
    pub os_dc_fdisk_config: ::std::string::String,
    /// Required JSON field `OS-EXT-AZ:availability_zone`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-AZ:availability_zone"))]
    pub os_ext_a_zavailability_zone: ::std::string::String,
    /// Required JSON field `OS-EXT-SRV-ATTR:host`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:host"))]
    pub os_ext_srv_att_rhost: ::std::string::String,
    /// Required JSON field `OS-EXT-SRV-ATTR:hypervisor_hostname`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "OS-EXT-SRV-ATTR:hypervisor_hostname")
    )]
    pub os_ext_srv_att_rhypervisor_hostname: ::std::string::String,
    /// Required JSON field `OS-EXT-SRV-ATTR:instance_name`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:instance_name"))]
    pub os_ext_srv_att_rinstance_name: ::std::string::String,
    /// Required JSON field `OS-EXT-STS:power_state`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-STS:power_state"))]
    pub os_ext_st_spower_state: i64,
    /// Required JSON field `OS-EXT-STS:task_state`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-STS:task_state"))]
    pub os_ext_st_stask_state: ::std::string::String,
    /// Required JSON field `OS-EXT-STS:vm_state`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-STS:vm_state"))]
    pub os_ext_st_svm_state: ::std::string::String,
    /// Required JSON field `OS-SRV-USG:launched_at`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-SRV-USG:launched_at"))]
    pub os_srv_us_glaunched_at: ::std::string::String,
    /// Required JSON field `OS-SRV-USG:terminated_at`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-SRV-USG:terminated_at"))]
    pub os_srv_us_gterminated_at: ::std::string::String,
    /// Required JSON field `os-extended-volumes:volumes_attached`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "os-extended-volumes:volumes_attached")
    )]
    pub os_extended_volumesvolumes_attached: ::std::vec::Vec<NovaServerVolume>,
    /// JSON field `fault`.
    pub fault: ::std::option::Option<NovaServerFault>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `host_status`.
    pub host_status: ::std::string::String,
    /// JSON field `OS-EXT-SRV-ATTR:hostname`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:hostname"))]
    pub os_ext_srv_att_rhostname: ::std::option::Option<::std::string::String>,
    /// JSON field `OS-EXT-SRV-ATTR:reservation_id`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:reservation_id"))]
    pub os_ext_srv_att_rreservation_id: ::std::option::Option<::std::string::String>,
    /// JSON field `OS-EXT-SRV-ATTR:launch_index`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:launch_index"))]
    pub os_ext_srv_att_rlaunch_index: ::std::option::Option<i64>,
    /// JSON field `OS-EXT-SRV-ATTR:kernel_id`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:kernel_id"))]
    pub os_ext_srv_att_rkernel_id: ::std::option::Option<::std::string::String>,
    /// JSON field `OS-EXT-SRV-ATTR:ramdisk_id`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:ramdisk_id"))]
    pub os_ext_srv_att_rramdisk_id: ::std::option::Option<::std::string::String>,
    /// JSON field `OS-EXT-SRV-ATTR:root_device_name`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:root_device_name"))]
    pub os_ext_srv_att_rroot_device_name: ::std::option::Option<::std::string::String>,
    /// JSON field `OS-EXT-SRV-ATTR:user_data`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:user_data"))]
    pub os_ext_srv_att_ruser_data: ::std::option::Option<::std::string::String>,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// JSON field `locked`.
    pub locked: ::std::option::Option<bool>,
    /// Required JSON field `accessIPv4`.
    #[cfg_attr(feature = "serde", serde(rename = "accessIPv4"))]
    pub access_i_pv4: ::std::string::String,
    /// Required JSON field `accessIPv6`.
    #[cfg_attr(feature = "serde", serde(rename = "accessIPv6"))]
    pub access_i_pv6: ::std::string::String,
    /// Required JSON field `config_drive`.
    pub config_drive: ::std::string::String,
    /// Required JSON field `progress`.
    pub progress: i64,
    /// JSON field `os:scheduler_hints`.
    #[cfg_attr(feature = "serde", serde(rename = "os:scheduler_hints"))]
    pub osscheduler_hints: ::std::option::Option<NovaServerSchedulerHints>,
}

impl json::FromJson for NovaServer {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
            status: json::take(&mut map, "status")?,
            created: json::take(&mut map, "created")?,
            updated: json::take(&mut map, "updated")?,
            flavor: json::take(&mut map, "flavor")?,
            image: json::take(&mut map, "image")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            key_name: json::take(&mut map, "key_name")?,
            user_id: json::take(&mut map, "user_id")?,
            metadata: json::take(&mut map, "metadata")?,
            host_id: json::take(&mut map, "hostId")?,
            addresses: json::take(&mut map, "addresses")?,
            security_groups: json::take(&mut map, "security_groups")?,
            links: json::take(&mut map, "links")?,
            os_dc_fdisk_config: json::take(&mut map, "OS-DCF:diskConfig")?,
            os_ext_a_zavailability_zone: json::take(&mut map, "OS-EXT-AZ:availability_zone")?,
            os_ext_srv_att_rhost: json::take(&mut map, "OS-EXT-SRV-ATTR:host")?,
            os_ext_srv_att_rhypervisor_hostname: json::take(
                &mut map,
                "OS-EXT-SRV-ATTR:hypervisor_hostname",
            )?,
            os_ext_srv_att_rinstance_name: json::take(&mut map, "OS-EXT-SRV-ATTR:instance_name")?,
            os_ext_st_spower_state: json::take(&mut map, "OS-EXT-STS:power_state")?,
            os_ext_st_stask_state: json::take(&mut map, "OS-EXT-STS:task_state")?,
            os_ext_st_svm_state: json::take(&mut map, "OS-EXT-STS:vm_state")?,
            os_srv_us_glaunched_at: json::take(&mut map, "OS-SRV-USG:launched_at")?,
            os_srv_us_gterminated_at: json::take(&mut map, "OS-SRV-USG:terminated_at")?,
            os_extended_volumesvolumes_attached: json::take(
                &mut map,
                "os-extended-volumes:volumes_attached",
            )?,
            fault: json::take(&mut map, "fault")?,
            description: json::take(&mut map, "description")?,
            host_status: json::take(&mut map, "host_status")?,
            os_ext_srv_att_rhostname: json::take(&mut map, "OS-EXT-SRV-ATTR:hostname")?,
            os_ext_srv_att_rreservation_id: json::take(&mut map, "OS-EXT-SRV-ATTR:reservation_id")?,
            os_ext_srv_att_rlaunch_index: json::take(&mut map, "OS-EXT-SRV-ATTR:launch_index")?,
            os_ext_srv_att_rkernel_id: json::take(&mut map, "OS-EXT-SRV-ATTR:kernel_id")?,
            os_ext_srv_att_rramdisk_id: json::take(&mut map, "OS-EXT-SRV-ATTR:ramdisk_id")?,
            os_ext_srv_att_rroot_device_name: json::take(
                &mut map,
                "OS-EXT-SRV-ATTR:root_device_name",
            )?,
            os_ext_srv_att_ruser_data: json::take(&mut map, "OS-EXT-SRV-ATTR:user_data")?,
            tags: json::take(&mut map, "tags")?,
            locked: json::take(&mut map, "locked")?,
            access_i_pv4: json::take(&mut map, "accessIPv4")?,
            access_i_pv6: json::take(&mut map, "accessIPv6")?,
            config_drive: json::take(&mut map, "config_drive")?,
            progress: json::take(&mut map, "progress")?,
            osscheduler_hints: json::take(&mut map, "os:scheduler_hints")?,
        })
    }
}

/// JSON model `NovaServerBlockDeviceMapping`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServerBlockDeviceMapping {
    /// Required JSON field `source_type`.
    pub source_type: ::std::string::String,
    /// JSON field `destination_type`.
    pub destination_type: ::std::option::Option<::std::string::String>,
    /// JSON field `guest_format`.
    pub guest_format: ::std::option::Option<::std::string::String>,
    /// JSON field `device_name`.
    pub device_name: ::std::option::Option<::std::string::String>,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
    /// JSON field `boot_index`.
    pub boot_index: ::std::option::Option<::std::string::String>,
    /// JSON field `uuid`.
    pub uuid: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_size`.
    pub volume_size: ::std::option::Option<i64>,
    /// JSON field `volume_type`.
    pub volume_type: ::std::option::Option<::std::string::String>,
}

impl NovaServerBlockDeviceMapping {
    /// Sets the `source_type` field.
    #[must_use]
    pub fn with_source_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_type = value.into();
        self
    }

    /// Sets the `destination_type` field.
    #[must_use]
    pub fn with_destination_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.destination_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `guest_format` field.
    #[must_use]
    pub fn with_guest_format(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.guest_format = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `device_name` field.
    #[must_use]
    pub fn with_device_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `delete_on_termination` field.
    #[must_use]
    pub fn with_delete_on_termination(mut self, value: bool) -> Self {
        self.delete_on_termination = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `boot_index` field.
    #[must_use]
    pub fn with_boot_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.boot_index = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `uuid` field.
    #[must_use]
    pub fn with_uuid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.uuid = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `volume_size` field.
    #[must_use]
    pub fn with_volume_size(mut self, value: i64) -> Self {
        self.volume_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `volume_type` field.
    #[must_use]
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for NovaServerBlockDeviceMapping {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "source_type", &self.source_type);
        json::put(&mut map, "destination_type", &self.destination_type);
        json::put(&mut map, "guest_format", &self.guest_format);
        json::put(&mut map, "device_name", &self.device_name);
        json::put(
            &mut map,
            "delete_on_termination",
            &self.delete_on_termination,
        );
        json::put(&mut map, "boot_index", &self.boot_index);
        json::put(&mut map, "uuid", &self.uuid);
        json::put(&mut map, "volume_size", &self.volume_size);
        json::put(&mut map, "volume_type", &self.volume_type);
        json::Value::Object(map)
    }
}

/// JSON model `NovaServerFault`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServerFault {
    /// JSON field `code`.
    pub code: ::std::option::Option<i64>,
    /// JSON field `created`.
    pub created: ::std::option::Option<::std::string::String>,
    /// JSON field `message`.
    pub message: ::std::option::Option<::std::string::String>,
    /// JSON field `details`.
    pub details: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for NovaServerFault {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            code: json::take(&mut map, "code")?,
            created: json::take(&mut map, "created")?,
            message: json::take(&mut map, "message")?,
            details: json::take(&mut map, "details")?,
        })
    }
}

/// JSON model `NovaServerFlavor`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServerFlavor {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `links`.
    pub links: ::std::option::Option<::std::vec::Vec<NovaLink>>,
    /// JSON field `vcpus`.
    pub vcpus: ::std::option::Option<i64>,
    /// JSON field `ram`.
    pub ram: ::std::option::Option<i64>,
    /// JSON field `disk`.
    pub disk: ::std::option::Option<i64>,
    /// JSON field `ephemeral`.
    pub ephemeral: ::std::option::Option<i64>,
    /// JSON field `swap`.
    pub swap: ::std::option::Option<i64>,
    /// JSON field `original_name`.
    pub original_name: ::std::option::Option<::std::string::String>,
    /// JSON field `extra_specs`.
    pub extra_specs: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}

impl json::FromJson for NovaServerFlavor {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            vcpus: json::take(&mut map, "vcpus")?,
            ram: json::take(&mut map, "ram")?,
            disk: json::take(&mut map, "disk")?,
            ephemeral: json::take(&mut map, "ephemeral")?,
            swap: json::take(&mut map, "swap")?,
            original_name: json::take(&mut map, "original_name")?,
            extra_specs: json::take(&mut map, "extra_specs")?,
        })
    }
}

/// JSON model `NovaServerImage`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServerImage {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<NovaLink>,
}

impl json::FromJson for NovaServerImage {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// JSON model `NovaServerInterfaceDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServerInterfaceDetail {
    /// Required JSON field `fixed_ips`.
    pub fixed_ips: ::std::vec::Vec<NovaServerInterfaceFixedIp>,
    /// Required JSON field `mac_addr`.
    pub mac_addr: ::std::string::String,
    /// Required JSON field `net_id`.
    pub net_id: ::std::string::String,
    /// Required JSON field `port_id`.
    pub port_id: ::std::string::String,
    /// Required JSON field `port_state`.
    pub port_state: ::std::string::String,
}

impl json::FromJson for NovaServerInterfaceDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            fixed_ips: json::take(&mut map, "fixed_ips")?,
            mac_addr: json::take(&mut map, "mac_addr")?,
            net_id: json::take(&mut map, "net_id")?,
            port_id: json::take(&mut map, "port_id")?,
            port_state: json::take(&mut map, "port_state")?,
        })
    }
}

/// JSON model `NovaServerInterfaceFixedIp`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServerInterfaceFixedIp {
    /// Required JSON field `ip_address`.
    pub ip_address: ::std::string::String,
    /// Required JSON field `subnet_id`.
    pub subnet_id: ::std::string::String,
}

impl json::FromJson for NovaServerInterfaceFixedIp {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            ip_address: json::take(&mut map, "ip_address")?,
            subnet_id: json::take(&mut map, "subnet_id")?,
        })
    }
}

/// JSON model `NovaServerNetwork`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServerNetwork {
    /// JSON field `port`.
    pub port: ::std::option::Option<::std::string::String>,
    /// JSON field `uuid`.
    pub uuid: ::std::option::Option<::std::string::String>,
    /// JSON field `fixed_ip`.
    pub fixed_ip: ::std::option::Option<::std::string::String>,
}

impl NovaServerNetwork {
    /// Sets the `port` field.
    #[must_use]
    pub fn with_port(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `uuid` field.
    #[must_use]
    pub fn with_uuid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.uuid = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `fixed_ip` field.
    #[must_use]
    pub fn with_fixed_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fixed_ip = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for NovaServerNetwork {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "port", &self.port);
        json::put(&mut map, "uuid", &self.uuid);
        json::put(&mut map, "fixed_ip", &self.fixed_ip);
        json::Value::Object(map)
    }
}

/// JSON model `NovaServerSchedulerHints`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServerSchedulerHints {
    /// JSON field `tenancy`.
    pub tenancy: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `dedicated_host_id`.
    pub dedicated_host_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for NovaServerSchedulerHints {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tenancy: json::take(&mut map, "tenancy")?,
            dedicated_host_id: json::take(&mut map, "dedicated_host_id")?,
        })
    }
}

/// JSON model `NovaServerSecurityGroup`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServerSecurityGroup {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl NovaServerSecurityGroup {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for NovaServerSecurityGroup {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

impl json::FromJson for NovaServerSecurityGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
        })
    }
}

/// JSON model `NovaServerVolume`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaServerVolume {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
}

impl json::FromJson for NovaServerVolume {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            delete_on_termination: json::take(&mut map, "delete_on_termination")?,
        })
    }
}

/// Request of [`EcsClient::nova_show_flavor_extra_specs`](super::EcsClient::nova_show_flavor_extra_specs): `GET /v2.1/{project_id}/flavors/{flavor_id}/os-extra_specs`.
///
/// Required fields: `flavor_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaShowFlavorExtraSpecsRequest {
    /// Required path parameter `flavor_id`.
    pub flavor_id: ::std::string::String,
}

impl NovaShowFlavorExtraSpecsRequest {
    /// Sets the `flavor_id` field.
    #[must_use]
    pub fn with_flavor_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_id = value.into();
        self
    }
}

/// Response of [`EcsClient::nova_show_flavor_extra_specs`](super::EcsClient::nova_show_flavor_extra_specs): `GET /v2.1/{project_id}/flavors/{flavor_id}/os-extra_specs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaShowFlavorExtraSpecsResponse {
    /// JSON field `extra_specs`.
    pub extra_specs: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}

impl json::FromJson for NovaShowFlavorExtraSpecsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            extra_specs: json::take(&mut map, "extra_specs")?,
        })
    }
}

/// Request of [`EcsClient::nova_show_keypair`](super::EcsClient::nova_show_keypair): `GET /v2.1/{project_id}/os-keypairs/{keypair_name}`.
///
/// Required fields: `keypair_name`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaShowKeypairRequest {
    /// Required path parameter `keypair_name`.
    pub keypair_name: ::std::string::String,
    /// Header `OpenStack-API-Version`.
    #[cfg_attr(feature = "serde", serde(rename = "OpenStack-API-Version"))]
    pub open_stack_api_version: ::std::option::Option<::std::string::String>,
}

impl NovaShowKeypairRequest {
    /// Sets the `keypair_name` field.
    #[must_use]
    pub fn with_keypair_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.keypair_name = value.into();
        self
    }

    /// Sets the `open_stack_api_version` field.
    #[must_use]
    pub fn with_open_stack_api_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.open_stack_api_version = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EcsClient::nova_show_keypair`](super::EcsClient::nova_show_keypair): `GET /v2.1/{project_id}/os-keypairs/{keypair_name}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaShowKeypairResponse {
    /// JSON field `keypair`.
    pub keypair: ::std::option::Option<NovaKeypairDetail>,
}

impl json::FromJson for NovaShowKeypairResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            keypair: json::take(&mut map, "keypair")?,
        })
    }
}

/// Request of [`EcsClient::nova_show_server_interface`](super::EcsClient::nova_show_server_interface): `GET /v2.1/{project_id}/servers/{server_id}/os-interface/{port_id}`.
///
/// Required fields: `port_id`, `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaShowServerInterfaceRequest {
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl NovaShowServerInterfaceRequest {
    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::nova_show_server_interface`](super::EcsClient::nova_show_server_interface): `GET /v2.1/{project_id}/servers/{server_id}/os-interface/{port_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaShowServerInterfaceResponse {
    /// JSON field `interfaceAttachment`.
    #[cfg_attr(feature = "serde", serde(rename = "interfaceAttachment"))]
    pub interface_attachment: ::std::option::Option<NovaServerInterfaceDetail>,
}

impl json::FromJson for NovaShowServerInterfaceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            interface_attachment: json::take(&mut map, "interfaceAttachment")?,
        })
    }
}

/// Request of [`EcsClient::nova_show_server`](super::EcsClient::nova_show_server): `GET /v2.1/{project_id}/servers/{server_id}`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaShowServerRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Header `OpenStack-API-Version`.
    #[cfg_attr(feature = "serde", serde(rename = "OpenStack-API-Version"))]
    pub open_stack_api_version: ::std::option::Option<::std::string::String>,
}

impl NovaShowServerRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `open_stack_api_version` field.
    #[must_use]
    pub fn with_open_stack_api_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.open_stack_api_version = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EcsClient::nova_show_server`](super::EcsClient::nova_show_server): `GET /v2.1/{project_id}/servers/{server_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaShowServerResponse {
    /// JSON field `server`.
    pub server: ::std::option::Option<NovaServer>,
}

impl json::FromJson for NovaShowServerResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            server: json::take(&mut map, "server")?,
        })
    }
}

/// Request of [`EcsClient::nova_show_version`](super::EcsClient::nova_show_version): `GET /{api_version}`.
///
/// Required fields: `api_version`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaShowVersionRequest {
    /// Required path parameter `api_version`.
    pub api_version: ::std::string::String,
}

impl NovaShowVersionRequest {
    /// Sets the `api_version` field.
    #[must_use]
    pub fn with_api_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_version = value.into();
        self
    }
}

/// Response of [`EcsClient::nova_show_version`](super::EcsClient::nova_show_version): `GET /{api_version}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaShowVersionResponse {
    /// JSON field `version`.
    pub version: ::std::option::Option<NovaVersionDetail>,
}

impl json::FromJson for NovaShowVersionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            version: json::take(&mut map, "version")?,
        })
    }
}

/// JSON model `NovaSimpleKeypair`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaSimpleKeypair {
    /// Required JSON field `fingerprint`.
    pub fingerprint: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `public_key`.
    pub public_key: ::std::string::String,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for NovaSimpleKeypair {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            fingerprint: json::take(&mut map, "fingerprint")?,
            name: json::take(&mut map, "name")?,
            public_key: json::take(&mut map, "public_key")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `NovaSimpleServer`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaSimpleServer {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<NovaLink>,
}

impl json::FromJson for NovaSimpleServer {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// JSON model `NovaVersion`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaVersion {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<NovaLink>,
    /// Required JSON field `min_version`.
    pub min_version: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `version`.
    pub version: ::std::string::String,
    /// Required JSON field `updated`.
    pub updated: ::std::string::String,
}

impl json::FromJson for NovaVersion {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            min_version: json::take(&mut map, "min_version")?,
            status: json::take(&mut map, "status")?,
            version: json::take(&mut map, "version")?,
            updated: json::take(&mut map, "updated")?,
        })
    }
}

/// JSON model `NovaVersionDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaVersionDetail {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<NovaLink>,
    /// Required JSON field `media-types`.
    #[cfg_attr(feature = "serde", serde(rename = "media-types"))]
    pub media_types: ::std::vec::Vec<NovaVersionMediaType>,
    /// Required JSON field `min_version`.
    pub min_version: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `updated`.
    pub updated: ::std::string::String,
    /// Required JSON field `version`.
    pub version: ::std::string::String,
}

impl json::FromJson for NovaVersionDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            media_types: json::take(&mut map, "media-types")?,
            min_version: json::take(&mut map, "min_version")?,
            status: json::take(&mut map, "status")?,
            updated: json::take(&mut map, "updated")?,
            version: json::take(&mut map, "version")?,
        })
    }
}

/// JSON model `NovaVersionMediaType`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NovaVersionMediaType {
    /// Required JSON field `base`.
    pub base: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl json::FromJson for NovaVersionMediaType {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            base: json::take(&mut map, "base")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `PageLink`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PageLink {
    /// Required JSON field `href`.
    pub href: ::std::string::String,
    /// Required JSON field `rel`.
    pub rel: ::std::string::String,
}

impl json::FromJson for PageLink {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            href: json::take(&mut map, "href")?,
            rel: json::take(&mut map, "rel")?,
        })
    }
}

/// JSON model `PostPaidServer`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServer {
    /// JSON field `auto_terminate_time`.
    pub auto_terminate_time: ::std::option::Option<::std::string::String>,
    /// JSON field `adminPass`. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "adminPass"))]
    pub admin_pass: ::std::option::Option<::std::string::String>,
    /// JSON field `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `batch_create_in_multi_az`.
    pub batch_create_in_multi_az: ::std::option::Option<bool>,
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `data_volumes`.
    pub data_volumes: ::std::option::Option<::std::vec::Vec<PostPaidServerDataVolume>>,
    /// JSON field `extendparam`.
    pub extendparam: ::std::option::Option<PostPaidServerExtendParam>,
    /// Required JSON field `flavorRef`.
    #[cfg_attr(feature = "serde", serde(rename = "flavorRef"))]
    pub flavor_ref: ::std::string::String,
    /// Required JSON field `imageRef`.
    #[cfg_attr(feature = "serde", serde(rename = "imageRef"))]
    pub image_ref: ::std::string::String,
    /// JSON field `isAutoRename`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoRename"))]
    pub is_auto_rename: ::std::option::Option<bool>,
    /// JSON field `key_name`.
    pub key_name: ::std::option::Option<::std::string::String>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `nics`.
    pub nics: ::std::vec::Vec<PostPaidServerNic>,
    /// JSON field `os:scheduler_hints`.
    #[cfg_attr(feature = "serde", serde(rename = "os:scheduler_hints"))]
    pub osscheduler_hints: ::std::option::Option<PostPaidServerSchedulerHints>,
    /// JSON field `publicip`.
    pub publicip: ::std::option::Option<PostPaidServerPublicip>,
    /// Required JSON field `root_volume`.
    pub root_volume: PostPaidServerRootVolume,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<PostPaidServerSecurityGroup>>,
    /// JSON field `server_tags`.
    pub server_tags: ::std::option::Option<::std::vec::Vec<PostPaidServerTag>>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `user_data`.
    pub user_data: ::std::option::Option<::std::string::String>,
    /// Required JSON field `vpcid`.
    pub vpcid: ::std::string::String,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `cpu_options`.
    pub cpu_options: ::std::option::Option<CpuOptions>,
    /// JSON field `security_options`.
    pub security_options: ::std::option::Option<SecurityOptions>,
    /// JSON field `serial_console_options`.
    pub serial_console_options: ::std::option::Option<SerialConsoleOptions>,
    /// JSON field `metadata_options`.
    pub metadata_options: ::std::option::Option<UpdateServerMetadataOptionsRequestBody>,
    /// JSON field `enclave_options`.
    pub enclave_options: ::std::option::Option<EnclaveOptions>,
}

impl ::std::fmt::Debug for PostPaidServer {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PostPaidServer")
            .field("auto_terminate_time", &self.auto_terminate_time)
            .field(
                "admin_pass",
                &self.admin_pass.as_ref().map(|_| "<redacted>"),
            )
            .field("availability_zone", &self.availability_zone)
            .field("batch_create_in_multi_az", &self.batch_create_in_multi_az)
            .field("count", &self.count)
            .field("data_volumes", &self.data_volumes)
            .field("extendparam", &self.extendparam)
            .field("flavor_ref", &self.flavor_ref)
            .field("image_ref", &self.image_ref)
            .field("is_auto_rename", &self.is_auto_rename)
            .field("key_name", &self.key_name)
            .field("metadata", &self.metadata)
            .field("name", &self.name)
            .field("nics", &self.nics)
            .field("osscheduler_hints", &self.osscheduler_hints)
            .field("publicip", &self.publicip)
            .field("root_volume", &self.root_volume)
            .field("security_groups", &self.security_groups)
            .field("server_tags", &self.server_tags)
            .field("tags", &self.tags)
            .field("user_data", &self.user_data)
            .field("vpcid", &self.vpcid)
            .field("description", &self.description)
            .field("cpu_options", &self.cpu_options)
            .field("security_options", &self.security_options)
            .field("serial_console_options", &self.serial_console_options)
            .field("metadata_options", &self.metadata_options)
            .field("enclave_options", &self.enclave_options)
            .finish()
    }
}

impl PostPaidServer {
    /// Sets the `auto_terminate_time` field.
    #[must_use]
    pub fn with_auto_terminate_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_terminate_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `admin_pass` field.
    #[must_use]
    pub fn with_admin_pass(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.admin_pass = ::std::option::Option::Some(value.into());
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

    /// Sets the `batch_create_in_multi_az` field.
    #[must_use]
    pub fn with_batch_create_in_multi_az(mut self, value: bool) -> Self {
        self.batch_create_in_multi_az = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `count` field.
    #[must_use]
    pub fn with_count(mut self, value: i64) -> Self {
        self.count = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `data_volumes` field.
    #[must_use]
    pub fn with_data_volumes(mut self, value: ::std::vec::Vec<PostPaidServerDataVolume>) -> Self {
        self.data_volumes = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `extendparam` field.
    #[must_use]
    pub fn with_extendparam(mut self, value: PostPaidServerExtendParam) -> Self {
        self.extendparam = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `flavor_ref` field.
    #[must_use]
    pub fn with_flavor_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_ref = value.into();
        self
    }

    /// Sets the `image_ref` field.
    #[must_use]
    pub fn with_image_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_ref = value.into();
        self
    }

    /// Sets the `is_auto_rename` field.
    #[must_use]
    pub fn with_is_auto_rename(mut self, value: bool) -> Self {
        self.is_auto_rename = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `key_name` field.
    #[must_use]
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(
        mut self,
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `nics` field.
    #[must_use]
    pub fn with_nics(mut self, value: ::std::vec::Vec<PostPaidServerNic>) -> Self {
        self.nics = value;
        self
    }

    /// Sets the `osscheduler_hints` field.
    #[must_use]
    pub fn with_osscheduler_hints(mut self, value: PostPaidServerSchedulerHints) -> Self {
        self.osscheduler_hints = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `publicip` field.
    #[must_use]
    pub fn with_publicip(mut self, value: PostPaidServerPublicip) -> Self {
        self.publicip = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `root_volume` field.
    #[must_use]
    pub fn with_root_volume(mut self, value: PostPaidServerRootVolume) -> Self {
        self.root_volume = value;
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(
        mut self,
        value: ::std::vec::Vec<PostPaidServerSecurityGroup>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `server_tags` field.
    #[must_use]
    pub fn with_server_tags(mut self, value: ::std::vec::Vec<PostPaidServerTag>) -> Self {
        self.server_tags = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `user_data` field.
    #[must_use]
    pub fn with_user_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `vpcid` field.
    #[must_use]
    pub fn with_vpcid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpcid = value.into();
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

    /// Sets the `cpu_options` field.
    #[must_use]
    pub fn with_cpu_options(mut self, value: CpuOptions) -> Self {
        self.cpu_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_options` field.
    #[must_use]
    pub fn with_security_options(mut self, value: SecurityOptions) -> Self {
        self.security_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `serial_console_options` field.
    #[must_use]
    pub fn with_serial_console_options(mut self, value: SerialConsoleOptions) -> Self {
        self.serial_console_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `metadata_options` field.
    #[must_use]
    pub fn with_metadata_options(mut self, value: UpdateServerMetadataOptionsRequestBody) -> Self {
        self.metadata_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enclave_options` field.
    #[must_use]
    pub fn with_enclave_options(mut self, value: EnclaveOptions) -> Self {
        self.enclave_options = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PostPaidServer {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auto_terminate_time", &self.auto_terminate_time);
        json::put(&mut map, "adminPass", &self.admin_pass);
        json::put(&mut map, "availability_zone", &self.availability_zone);
        json::put(
            &mut map,
            "batch_create_in_multi_az",
            &self.batch_create_in_multi_az,
        );
        json::put(&mut map, "count", &self.count);
        json::put(&mut map, "data_volumes", &self.data_volumes);
        json::put(&mut map, "extendparam", &self.extendparam);
        json::put(&mut map, "flavorRef", &self.flavor_ref);
        json::put(&mut map, "imageRef", &self.image_ref);
        json::put(&mut map, "isAutoRename", &self.is_auto_rename);
        json::put(&mut map, "key_name", &self.key_name);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "nics", &self.nics);
        json::put(&mut map, "os:scheduler_hints", &self.osscheduler_hints);
        json::put(&mut map, "publicip", &self.publicip);
        json::put(&mut map, "root_volume", &self.root_volume);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "server_tags", &self.server_tags);
        json::put(&mut map, "tags", &self.tags);
        json::put(&mut map, "user_data", &self.user_data);
        json::put(&mut map, "vpcid", &self.vpcid);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "cpu_options", &self.cpu_options);
        json::put(&mut map, "security_options", &self.security_options);
        json::put(
            &mut map,
            "serial_console_options",
            &self.serial_console_options,
        );
        json::put(&mut map, "metadata_options", &self.metadata_options);
        json::put(&mut map, "enclave_options", &self.enclave_options);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerDataVolume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerDataVolume {
    /// Required JSON field `volumetype`.
    pub volumetype: ::std::string::String,
    /// Required JSON field `size`.
    pub size: i64,
    /// JSON field `iops`.
    pub iops: ::std::option::Option<i64>,
    /// JSON field `throughput`.
    pub throughput: ::std::option::Option<i64>,
    /// JSON field `shareable`.
    pub shareable: ::std::option::Option<bool>,
    /// JSON field `multiattach`.
    pub multiattach: ::std::option::Option<bool>,
    /// JSON field `hw:passthrough`.
    #[cfg_attr(feature = "serde", serde(rename = "hw:passthrough"))]
    pub hwpassthrough: ::std::option::Option<bool>,
    /// JSON field `extendparam`.
    pub extendparam: ::std::option::Option<PostPaidServerDataVolumeExtendParam>,
    /// JSON field `cluster_type`.
    pub cluster_type: ::std::option::Option<::std::string::String>,
    /// JSON field `cluster_id`.
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<PostPaidServerDataVolumeMetadata>,
    /// JSON field `data_image_id`.
    pub data_image_id: ::std::option::Option<::std::string::String>,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
}

impl PostPaidServerDataVolume {
    /// Sets the `volumetype` field.
    #[must_use]
    pub fn with_volumetype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volumetype = value.into();
        self
    }

    /// Sets the `size` field.
    #[must_use]
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = value;
        self
    }

    /// Sets the `iops` field.
    #[must_use]
    pub fn with_iops(mut self, value: i64) -> Self {
        self.iops = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `throughput` field.
    #[must_use]
    pub fn with_throughput(mut self, value: i64) -> Self {
        self.throughput = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `shareable` field.
    #[must_use]
    pub fn with_shareable(mut self, value: bool) -> Self {
        self.shareable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `multiattach` field.
    #[must_use]
    pub fn with_multiattach(mut self, value: bool) -> Self {
        self.multiattach = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `hwpassthrough` field.
    #[must_use]
    pub fn with_hwpassthrough(mut self, value: bool) -> Self {
        self.hwpassthrough = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `extendparam` field.
    #[must_use]
    pub fn with_extendparam(mut self, value: PostPaidServerDataVolumeExtendParam) -> Self {
        self.extendparam = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `cluster_type` field.
    #[must_use]
    pub fn with_cluster_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `cluster_id` field.
    #[must_use]
    pub fn with_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(mut self, value: PostPaidServerDataVolumeMetadata) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `data_image_id` field.
    #[must_use]
    pub fn with_data_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data_image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `delete_on_termination` field.
    #[must_use]
    pub fn with_delete_on_termination(mut self, value: bool) -> Self {
        self.delete_on_termination = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PostPaidServerDataVolume {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volumetype", &self.volumetype);
        json::put(&mut map, "size", &self.size);
        json::put(&mut map, "iops", &self.iops);
        json::put(&mut map, "throughput", &self.throughput);
        json::put(&mut map, "shareable", &self.shareable);
        json::put(&mut map, "multiattach", &self.multiattach);
        json::put(&mut map, "hw:passthrough", &self.hwpassthrough);
        json::put(&mut map, "extendparam", &self.extendparam);
        json::put(&mut map, "cluster_type", &self.cluster_type);
        json::put(&mut map, "cluster_id", &self.cluster_id);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "data_image_id", &self.data_image_id);
        json::put(
            &mut map,
            "delete_on_termination",
            &self.delete_on_termination,
        );
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerDataVolumeExtendParam`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerDataVolumeExtendParam {
    /// JSON field `resourceSpecCode`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceSpecCode"))]
    pub resource_spec_code: ::std::option::Option<::std::string::String>,
    /// JSON field `resourceType`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceType"))]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// JSON field `snapshotId`.
    #[cfg_attr(feature = "serde", serde(rename = "snapshotId"))]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}

impl PostPaidServerDataVolumeExtendParam {
    /// Sets the `resource_spec_code` field.
    #[must_use]
    pub fn with_resource_spec_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_spec_code = ::std::option::Option::Some(value.into());
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

    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PostPaidServerDataVolumeExtendParam {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "resourceSpecCode", &self.resource_spec_code);
        json::put(&mut map, "resourceType", &self.resource_type);
        json::put(&mut map, "snapshotId", &self.snapshot_id);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerDataVolumeMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerDataVolumeMetadata {
    /// JSON field `__system__encrypted`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__encrypted"))]
    pub system_encrypted: ::std::option::Option<::std::string::String>,
    /// JSON field `__system__cmkid`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__cmkid"))]
    pub system_cmkid: ::std::option::Option<::std::string::String>,
}

impl PostPaidServerDataVolumeMetadata {
    /// Sets the `system_encrypted` field.
    #[must_use]
    pub fn with_system_encrypted(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `system_cmkid` field.
    #[must_use]
    pub fn with_system_cmkid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_cmkid = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PostPaidServerDataVolumeMetadata {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "__system__encrypted", &self.system_encrypted);
        json::put(&mut map, "__system__cmkid", &self.system_cmkid);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerEip`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerEip {
    /// Required JSON field `iptype`.
    pub iptype: ::std::string::String,
    /// Required JSON field `bandwidth`.
    pub bandwidth: PostPaidServerEipBandwidth,
    /// JSON field `extendparam`.
    pub extendparam: ::std::option::Option<PostPaidServerEipExtendParam>,
}

impl PostPaidServerEip {
    /// Sets the `iptype` field.
    #[must_use]
    pub fn with_iptype(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.iptype = value.into();
        self
    }

    /// Sets the `bandwidth` field.
    #[must_use]
    pub fn with_bandwidth(mut self, value: PostPaidServerEipBandwidth) -> Self {
        self.bandwidth = value;
        self
    }

    /// Sets the `extendparam` field.
    #[must_use]
    pub fn with_extendparam(mut self, value: PostPaidServerEipExtendParam) -> Self {
        self.extendparam = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PostPaidServerEip {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "iptype", &self.iptype);
        json::put(&mut map, "bandwidth", &self.bandwidth);
        json::put(&mut map, "extendparam", &self.extendparam);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerEipBandwidth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerEipBandwidth {
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// Required JSON field `sharetype`.
    pub sharetype: ::std::string::String,
    /// JSON field `chargemode`.
    pub chargemode: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl PostPaidServerEipBandwidth {
    /// Sets the `size` field.
    #[must_use]
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `sharetype` field.
    #[must_use]
    pub fn with_sharetype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sharetype = value.into();
        self
    }

    /// Sets the `chargemode` field.
    #[must_use]
    pub fn with_chargemode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.chargemode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PostPaidServerEipBandwidth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "size", &self.size);
        json::put(&mut map, "sharetype", &self.sharetype);
        json::put(&mut map, "chargemode", &self.chargemode);
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerEipExtendParam`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerEipExtendParam {
    /// JSON field `chargingMode`.
    #[cfg_attr(feature = "serde", serde(rename = "chargingMode"))]
    pub charging_mode: ::std::option::Option<::std::string::String>,
}

impl PostPaidServerEipExtendParam {
    /// Sets the `charging_mode` field.
    #[must_use]
    pub fn with_charging_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charging_mode = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PostPaidServerEipExtendParam {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "chargingMode", &self.charging_mode);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerExtendParam`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerExtendParam {
    /// JSON field `chargingMode`.
    #[cfg_attr(feature = "serde", serde(rename = "chargingMode"))]
    pub charging_mode: ::std::option::Option<i64>,
    /// JSON field `regionID`.
    #[cfg_attr(feature = "serde", serde(rename = "regionID"))]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// JSON field `support_auto_recovery`.
    pub support_auto_recovery: ::std::option::Option<bool>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `marketType`.
    #[cfg_attr(feature = "serde", serde(rename = "marketType"))]
    pub market_type: ::std::option::Option<::std::string::String>,
    /// JSON field `spotPrice`.
    #[cfg_attr(feature = "serde", serde(rename = "spotPrice"))]
    pub spot_price: ::std::option::Option<::std::string::String>,
    /// JSON field `diskPrior`.
    #[cfg_attr(feature = "serde", serde(rename = "diskPrior"))]
    pub disk_prior: ::std::option::Option<::std::string::String>,
    /// JSON field `spot_duration_hours`.
    pub spot_duration_hours: ::std::option::Option<i64>,
    /// JSON field `interruption_policy`.
    pub interruption_policy: ::std::option::Option<::std::string::String>,
    /// JSON field `spot_duration_count`.
    pub spot_duration_count: ::std::option::Option<i64>,
    /// JSON field `CB_CSBS_BACKUP`.
    #[cfg_attr(feature = "serde", serde(rename = "CB_CSBS_BACKUP"))]
    pub cb_csbs_backup: ::std::option::Option<::std::string::String>,
}

impl PostPaidServerExtendParam {
    /// Sets the `charging_mode` field.
    #[must_use]
    pub fn with_charging_mode(mut self, value: i64) -> Self {
        self.charging_mode = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `region_id` field.
    #[must_use]
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `support_auto_recovery` field.
    #[must_use]
    pub fn with_support_auto_recovery(mut self, value: bool) -> Self {
        self.support_auto_recovery = ::std::option::Option::Some(value);
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

    /// Sets the `market_type` field.
    #[must_use]
    pub fn with_market_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.market_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `spot_price` field.
    #[must_use]
    pub fn with_spot_price(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spot_price = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `disk_prior` field.
    #[must_use]
    pub fn with_disk_prior(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_prior = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `spot_duration_hours` field.
    #[must_use]
    pub fn with_spot_duration_hours(mut self, value: i64) -> Self {
        self.spot_duration_hours = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `interruption_policy` field.
    #[must_use]
    pub fn with_interruption_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.interruption_policy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `spot_duration_count` field.
    #[must_use]
    pub fn with_spot_duration_count(mut self, value: i64) -> Self {
        self.spot_duration_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `cb_csbs_backup` field.
    #[must_use]
    pub fn with_cb_csbs_backup(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cb_csbs_backup = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PostPaidServerExtendParam {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "chargingMode", &self.charging_mode);
        json::put(&mut map, "regionID", &self.region_id);
        json::put(
            &mut map,
            "support_auto_recovery",
            &self.support_auto_recovery,
        );
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "marketType", &self.market_type);
        json::put(&mut map, "spotPrice", &self.spot_price);
        json::put(&mut map, "diskPrior", &self.disk_prior);
        json::put(&mut map, "spot_duration_hours", &self.spot_duration_hours);
        json::put(&mut map, "interruption_policy", &self.interruption_policy);
        json::put(&mut map, "spot_duration_count", &self.spot_duration_count);
        json::put(&mut map, "CB_CSBS_BACKUP", &self.cb_csbs_backup);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerIpv6Bandwidth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerIpv6Bandwidth {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl PostPaidServerIpv6Bandwidth {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PostPaidServerIpv6Bandwidth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerNic`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerNic {
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `ipv6_enable`.
    pub ipv6_enable: ::std::option::Option<bool>,
    /// JSON field `ipv6_bandwidth`.
    pub ipv6_bandwidth: ::std::option::Option<PostPaidServerIpv6Bandwidth>,
    /// JSON field `allowed_address_pairs`.
    pub allowed_address_pairs:
        ::std::option::Option<::std::vec::Vec<CreateServerNicAllowedAddressPairs>>,
    /// JSON field `efi_enable`.
    pub efi_enable: ::std::option::Option<bool>,
}

impl PostPaidServerNic {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `ipv6_enable` field.
    #[must_use]
    pub fn with_ipv6_enable(mut self, value: bool) -> Self {
        self.ipv6_enable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `ipv6_bandwidth` field.
    #[must_use]
    pub fn with_ipv6_bandwidth(mut self, value: PostPaidServerIpv6Bandwidth) -> Self {
        self.ipv6_bandwidth = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allowed_address_pairs` field.
    #[must_use]
    pub fn with_allowed_address_pairs(
        mut self,
        value: ::std::vec::Vec<CreateServerNicAllowedAddressPairs>,
    ) -> Self {
        self.allowed_address_pairs = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `efi_enable` field.
    #[must_use]
    pub fn with_efi_enable(mut self, value: bool) -> Self {
        self.efi_enable = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PostPaidServerNic {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::put(&mut map, "port_id", &self.port_id);
        json::put(&mut map, "ip_address", &self.ip_address);
        json::put(&mut map, "ipv6_enable", &self.ipv6_enable);
        json::put(&mut map, "ipv6_bandwidth", &self.ipv6_bandwidth);
        json::put(
            &mut map,
            "allowed_address_pairs",
            &self.allowed_address_pairs,
        );
        json::put(&mut map, "efi_enable", &self.efi_enable);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerPublicip`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerPublicip {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `eip`.
    pub eip: ::std::option::Option<PostPaidServerEip>,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
}

impl PostPaidServerPublicip {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `eip` field.
    #[must_use]
    pub fn with_eip(mut self, value: PostPaidServerEip) -> Self {
        self.eip = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `delete_on_termination` field.
    #[must_use]
    pub fn with_delete_on_termination(mut self, value: bool) -> Self {
        self.delete_on_termination = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PostPaidServerPublicip {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "eip", &self.eip);
        json::put(
            &mut map,
            "delete_on_termination",
            &self.delete_on_termination,
        );
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerRootVolume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerRootVolume {
    /// Required JSON field `volumetype`.
    pub volumetype: ::std::string::String,
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// JSON field `iops`.
    pub iops: ::std::option::Option<i64>,
    /// JSON field `throughput`.
    pub throughput: ::std::option::Option<i64>,
    /// JSON field `hw:passthrough`.
    #[cfg_attr(feature = "serde", serde(rename = "hw:passthrough"))]
    pub hwpassthrough: ::std::option::Option<bool>,
    /// JSON field `cluster_type`.
    pub cluster_type: ::std::option::Option<::std::string::String>,
    /// JSON field `cluster_id`.
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// JSON field `extendparam`.
    pub extendparam: ::std::option::Option<PostPaidServerRootVolumeExtendParam>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<PostPaidServerRootVolumeMetadata>,
}

impl PostPaidServerRootVolume {
    /// Sets the `volumetype` field.
    #[must_use]
    pub fn with_volumetype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volumetype = value.into();
        self
    }

    /// Sets the `size` field.
    #[must_use]
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `iops` field.
    #[must_use]
    pub fn with_iops(mut self, value: i64) -> Self {
        self.iops = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `throughput` field.
    #[must_use]
    pub fn with_throughput(mut self, value: i64) -> Self {
        self.throughput = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `hwpassthrough` field.
    #[must_use]
    pub fn with_hwpassthrough(mut self, value: bool) -> Self {
        self.hwpassthrough = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `cluster_type` field.
    #[must_use]
    pub fn with_cluster_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `cluster_id` field.
    #[must_use]
    pub fn with_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `extendparam` field.
    #[must_use]
    pub fn with_extendparam(mut self, value: PostPaidServerRootVolumeExtendParam) -> Self {
        self.extendparam = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(mut self, value: PostPaidServerRootVolumeMetadata) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PostPaidServerRootVolume {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volumetype", &self.volumetype);
        json::put(&mut map, "size", &self.size);
        json::put(&mut map, "iops", &self.iops);
        json::put(&mut map, "throughput", &self.throughput);
        json::put(&mut map, "hw:passthrough", &self.hwpassthrough);
        json::put(&mut map, "cluster_type", &self.cluster_type);
        json::put(&mut map, "cluster_id", &self.cluster_id);
        json::put(&mut map, "extendparam", &self.extendparam);
        json::put(&mut map, "metadata", &self.metadata);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerRootVolumeExtendParam`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerRootVolumeExtendParam {
    /// JSON field `resourceSpecCode`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceSpecCode"))]
    pub resource_spec_code: ::std::option::Option<::std::string::String>,
    /// JSON field `resourceType`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceType"))]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// JSON field `snapshotId`.
    #[cfg_attr(feature = "serde", serde(rename = "snapshotId"))]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}

impl PostPaidServerRootVolumeExtendParam {
    /// Sets the `resource_spec_code` field.
    #[must_use]
    pub fn with_resource_spec_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_spec_code = ::std::option::Option::Some(value.into());
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

    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PostPaidServerRootVolumeExtendParam {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "resourceSpecCode", &self.resource_spec_code);
        json::put(&mut map, "resourceType", &self.resource_type);
        json::put(&mut map, "snapshotId", &self.snapshot_id);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerRootVolumeMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerRootVolumeMetadata {
    /// JSON field `__system__encrypted`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__encrypted"))]
    pub system_encrypted: ::std::option::Option<::std::string::String>,
    /// JSON field `__system__cmkid`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__cmkid"))]
    pub system_cmkid: ::std::option::Option<::std::string::String>,
}

impl PostPaidServerRootVolumeMetadata {
    /// Sets the `system_encrypted` field.
    #[must_use]
    pub fn with_system_encrypted(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `system_cmkid` field.
    #[must_use]
    pub fn with_system_cmkid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_cmkid = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PostPaidServerRootVolumeMetadata {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "__system__encrypted", &self.system_encrypted);
        json::put(&mut map, "__system__cmkid", &self.system_cmkid);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerSchedulerHints`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerSchedulerHints {
    /// JSON field `group`.
    pub group: ::std::option::Option<::std::string::String>,
    /// JSON field `dedicated_host_id`.
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
    /// JSON field `tenancy`.
    pub tenancy: ::std::option::Option<::std::string::String>,
}

impl PostPaidServerSchedulerHints {
    /// Sets the `group` field.
    #[must_use]
    pub fn with_group(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.group = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `dedicated_host_id` field.
    #[must_use]
    pub fn with_dedicated_host_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tenancy` field.
    #[must_use]
    pub fn with_tenancy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tenancy = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PostPaidServerSchedulerHints {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "group", &self.group);
        json::put(&mut map, "dedicated_host_id", &self.dedicated_host_id);
        json::put(&mut map, "tenancy", &self.tenancy);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerSecurityGroup`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerSecurityGroup {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl PostPaidServerSecurityGroup {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PostPaidServerSecurityGroup {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `PostPaidServerTag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PostPaidServerTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl PostPaidServerTag {
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

impl json::ToJson for PostPaidServerTag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServer`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServer {
    /// JSON field `auto_terminate_time`.
    pub auto_terminate_time: ::std::option::Option<::std::string::String>,
    /// Required JSON field `imageRef`.
    #[cfg_attr(feature = "serde", serde(rename = "imageRef"))]
    pub image_ref: ::std::string::String,
    /// Required JSON field `flavorRef`.
    #[cfg_attr(feature = "serde", serde(rename = "flavorRef"))]
    pub flavor_ref: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `user_data`.
    pub user_data: ::std::option::Option<::std::string::String>,
    /// JSON field `adminPass`. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "adminPass"))]
    pub admin_pass: ::std::option::Option<::std::string::String>,
    /// JSON field `key_name`.
    pub key_name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `vpcid`.
    pub vpcid: ::std::string::String,
    /// Required JSON field `nics`.
    pub nics: ::std::vec::Vec<PrePaidServerNic>,
    /// JSON field `publicip`.
    pub publicip: ::std::option::Option<PrePaidServerPublicip>,
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `isAutoRename`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoRename"))]
    pub is_auto_rename: ::std::option::Option<bool>,
    /// Required JSON field `root_volume`.
    pub root_volume: PrePaidServerRootVolume,
    /// JSON field `data_volumes`.
    pub data_volumes: ::std::option::Option<::std::vec::Vec<PrePaidServerDataVolume>>,
    /// JSON field `security_groups`.
    pub security_groups: ::std::option::Option<::std::vec::Vec<PrePaidServerSecurityGroup>>,
    /// JSON field `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `batch_create_in_multi_az`.
    pub batch_create_in_multi_az: ::std::option::Option<bool>,
    /// JSON field `extendparam`.
    pub extendparam: ::std::option::Option<PrePaidServerExtendParam>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `os:scheduler_hints`.
    #[cfg_attr(feature = "serde", serde(rename = "os:scheduler_hints"))]
    pub osscheduler_hints: ::std::option::Option<PrePaidServerSchedulerHints>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `server_tags`.
    pub server_tags: ::std::option::Option<::std::vec::Vec<PrePaidServerTag>>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `cpu_options`.
    pub cpu_options: ::std::option::Option<CpuOptions>,
    /// JSON field `security_options`.
    pub security_options: ::std::option::Option<SecurityOptions>,
    /// JSON field `serial_console_options`.
    pub serial_console_options: ::std::option::Option<SerialConsoleOptions>,
    /// JSON field `metadata_options`.
    pub metadata_options: ::std::option::Option<UpdateServerMetadataOptionsRequestBody>,
    /// JSON field `enclave_options`.
    pub enclave_options: ::std::option::Option<EnclaveOptions>,
}

impl ::std::fmt::Debug for PrePaidServer {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PrePaidServer")
            .field("auto_terminate_time", &self.auto_terminate_time)
            .field("image_ref", &self.image_ref)
            .field("flavor_ref", &self.flavor_ref)
            .field("name", &self.name)
            .field("user_data", &self.user_data)
            .field(
                "admin_pass",
                &self.admin_pass.as_ref().map(|_| "<redacted>"),
            )
            .field("key_name", &self.key_name)
            .field("vpcid", &self.vpcid)
            .field("nics", &self.nics)
            .field("publicip", &self.publicip)
            .field("count", &self.count)
            .field("is_auto_rename", &self.is_auto_rename)
            .field("root_volume", &self.root_volume)
            .field("data_volumes", &self.data_volumes)
            .field("security_groups", &self.security_groups)
            .field("availability_zone", &self.availability_zone)
            .field("batch_create_in_multi_az", &self.batch_create_in_multi_az)
            .field("extendparam", &self.extendparam)
            .field("metadata", &self.metadata)
            .field("osscheduler_hints", &self.osscheduler_hints)
            .field("tags", &self.tags)
            .field("server_tags", &self.server_tags)
            .field("description", &self.description)
            .field("cpu_options", &self.cpu_options)
            .field("security_options", &self.security_options)
            .field("serial_console_options", &self.serial_console_options)
            .field("metadata_options", &self.metadata_options)
            .field("enclave_options", &self.enclave_options)
            .finish()
    }
}

impl PrePaidServer {
    /// Sets the `auto_terminate_time` field.
    #[must_use]
    pub fn with_auto_terminate_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_terminate_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `image_ref` field.
    #[must_use]
    pub fn with_image_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_ref = value.into();
        self
    }

    /// Sets the `flavor_ref` field.
    #[must_use]
    pub fn with_flavor_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_ref = value.into();
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `user_data` field.
    #[must_use]
    pub fn with_user_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `admin_pass` field.
    #[must_use]
    pub fn with_admin_pass(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.admin_pass = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `key_name` field.
    #[must_use]
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `vpcid` field.
    #[must_use]
    pub fn with_vpcid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpcid = value.into();
        self
    }

    /// Sets the `nics` field.
    #[must_use]
    pub fn with_nics(mut self, value: ::std::vec::Vec<PrePaidServerNic>) -> Self {
        self.nics = value;
        self
    }

    /// Sets the `publicip` field.
    #[must_use]
    pub fn with_publicip(mut self, value: PrePaidServerPublicip) -> Self {
        self.publicip = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `count` field.
    #[must_use]
    pub fn with_count(mut self, value: i64) -> Self {
        self.count = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `is_auto_rename` field.
    #[must_use]
    pub fn with_is_auto_rename(mut self, value: bool) -> Self {
        self.is_auto_rename = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `root_volume` field.
    #[must_use]
    pub fn with_root_volume(mut self, value: PrePaidServerRootVolume) -> Self {
        self.root_volume = value;
        self
    }

    /// Sets the `data_volumes` field.
    #[must_use]
    pub fn with_data_volumes(mut self, value: ::std::vec::Vec<PrePaidServerDataVolume>) -> Self {
        self.data_volumes = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_groups` field.
    #[must_use]
    pub fn with_security_groups(
        mut self,
        value: ::std::vec::Vec<PrePaidServerSecurityGroup>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value);
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

    /// Sets the `batch_create_in_multi_az` field.
    #[must_use]
    pub fn with_batch_create_in_multi_az(mut self, value: bool) -> Self {
        self.batch_create_in_multi_az = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `extendparam` field.
    #[must_use]
    pub fn with_extendparam(mut self, value: PrePaidServerExtendParam) -> Self {
        self.extendparam = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(
        mut self,
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `osscheduler_hints` field.
    #[must_use]
    pub fn with_osscheduler_hints(mut self, value: PrePaidServerSchedulerHints) -> Self {
        self.osscheduler_hints = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `server_tags` field.
    #[must_use]
    pub fn with_server_tags(mut self, value: ::std::vec::Vec<PrePaidServerTag>) -> Self {
        self.server_tags = ::std::option::Option::Some(value);
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

    /// Sets the `cpu_options` field.
    #[must_use]
    pub fn with_cpu_options(mut self, value: CpuOptions) -> Self {
        self.cpu_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_options` field.
    #[must_use]
    pub fn with_security_options(mut self, value: SecurityOptions) -> Self {
        self.security_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `serial_console_options` field.
    #[must_use]
    pub fn with_serial_console_options(mut self, value: SerialConsoleOptions) -> Self {
        self.serial_console_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `metadata_options` field.
    #[must_use]
    pub fn with_metadata_options(mut self, value: UpdateServerMetadataOptionsRequestBody) -> Self {
        self.metadata_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `enclave_options` field.
    #[must_use]
    pub fn with_enclave_options(mut self, value: EnclaveOptions) -> Self {
        self.enclave_options = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PrePaidServer {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auto_terminate_time", &self.auto_terminate_time);
        json::put(&mut map, "imageRef", &self.image_ref);
        json::put(&mut map, "flavorRef", &self.flavor_ref);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "user_data", &self.user_data);
        json::put(&mut map, "adminPass", &self.admin_pass);
        json::put(&mut map, "key_name", &self.key_name);
        json::put(&mut map, "vpcid", &self.vpcid);
        json::put(&mut map, "nics", &self.nics);
        json::put(&mut map, "publicip", &self.publicip);
        json::put(&mut map, "count", &self.count);
        json::put(&mut map, "isAutoRename", &self.is_auto_rename);
        json::put(&mut map, "root_volume", &self.root_volume);
        json::put(&mut map, "data_volumes", &self.data_volumes);
        json::put(&mut map, "security_groups", &self.security_groups);
        json::put(&mut map, "availability_zone", &self.availability_zone);
        json::put(
            &mut map,
            "batch_create_in_multi_az",
            &self.batch_create_in_multi_az,
        );
        json::put(&mut map, "extendparam", &self.extendparam);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "os:scheduler_hints", &self.osscheduler_hints);
        json::put(&mut map, "tags", &self.tags);
        json::put(&mut map, "server_tags", &self.server_tags);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "cpu_options", &self.cpu_options);
        json::put(&mut map, "security_options", &self.security_options);
        json::put(
            &mut map,
            "serial_console_options",
            &self.serial_console_options,
        );
        json::put(&mut map, "metadata_options", &self.metadata_options);
        json::put(&mut map, "enclave_options", &self.enclave_options);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerDataVolume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerDataVolume {
    /// Required JSON field `volumetype`.
    pub volumetype: ::std::string::String,
    /// Required JSON field `size`.
    pub size: i64,
    /// JSON field `iops`.
    pub iops: ::std::option::Option<i64>,
    /// JSON field `throughput`.
    pub throughput: ::std::option::Option<i64>,
    /// JSON field `shareable`.
    pub shareable: ::std::option::Option<bool>,
    /// JSON field `multiattach`.
    pub multiattach: ::std::option::Option<bool>,
    /// JSON field `hw:passthrough`.
    #[cfg_attr(feature = "serde", serde(rename = "hw:passthrough"))]
    pub hwpassthrough: ::std::option::Option<bool>,
    /// JSON field `extendparam`.
    pub extendparam: ::std::option::Option<PrePaidServerDataVolumeExtendParam>,
    /// JSON field `cluster_type`.
    pub cluster_type: ::std::option::Option<::std::string::String>,
    /// JSON field `cluster_id`.
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<PrePaidServerDataVolumeMetadata>,
    /// JSON field `data_image_id`.
    pub data_image_id: ::std::option::Option<::std::string::String>,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
}

impl PrePaidServerDataVolume {
    /// Sets the `volumetype` field.
    #[must_use]
    pub fn with_volumetype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volumetype = value.into();
        self
    }

    /// Sets the `size` field.
    #[must_use]
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = value;
        self
    }

    /// Sets the `iops` field.
    #[must_use]
    pub fn with_iops(mut self, value: i64) -> Self {
        self.iops = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `throughput` field.
    #[must_use]
    pub fn with_throughput(mut self, value: i64) -> Self {
        self.throughput = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `shareable` field.
    #[must_use]
    pub fn with_shareable(mut self, value: bool) -> Self {
        self.shareable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `multiattach` field.
    #[must_use]
    pub fn with_multiattach(mut self, value: bool) -> Self {
        self.multiattach = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `hwpassthrough` field.
    #[must_use]
    pub fn with_hwpassthrough(mut self, value: bool) -> Self {
        self.hwpassthrough = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `extendparam` field.
    #[must_use]
    pub fn with_extendparam(mut self, value: PrePaidServerDataVolumeExtendParam) -> Self {
        self.extendparam = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `cluster_type` field.
    #[must_use]
    pub fn with_cluster_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `cluster_id` field.
    #[must_use]
    pub fn with_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(mut self, value: PrePaidServerDataVolumeMetadata) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `data_image_id` field.
    #[must_use]
    pub fn with_data_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data_image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `delete_on_termination` field.
    #[must_use]
    pub fn with_delete_on_termination(mut self, value: bool) -> Self {
        self.delete_on_termination = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PrePaidServerDataVolume {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volumetype", &self.volumetype);
        json::put(&mut map, "size", &self.size);
        json::put(&mut map, "iops", &self.iops);
        json::put(&mut map, "throughput", &self.throughput);
        json::put(&mut map, "shareable", &self.shareable);
        json::put(&mut map, "multiattach", &self.multiattach);
        json::put(&mut map, "hw:passthrough", &self.hwpassthrough);
        json::put(&mut map, "extendparam", &self.extendparam);
        json::put(&mut map, "cluster_type", &self.cluster_type);
        json::put(&mut map, "cluster_id", &self.cluster_id);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "data_image_id", &self.data_image_id);
        json::put(
            &mut map,
            "delete_on_termination",
            &self.delete_on_termination,
        );
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerDataVolumeExtendParam`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerDataVolumeExtendParam {
    /// JSON field `resourceSpecCode`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceSpecCode"))]
    pub resource_spec_code: ::std::option::Option<::std::string::String>,
    /// JSON field `resourceType`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceType"))]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// JSON field `snapshotId`.
    #[cfg_attr(feature = "serde", serde(rename = "snapshotId"))]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}

impl PrePaidServerDataVolumeExtendParam {
    /// Sets the `resource_spec_code` field.
    #[must_use]
    pub fn with_resource_spec_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_spec_code = ::std::option::Option::Some(value.into());
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

    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PrePaidServerDataVolumeExtendParam {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "resourceSpecCode", &self.resource_spec_code);
        json::put(&mut map, "resourceType", &self.resource_type);
        json::put(&mut map, "snapshotId", &self.snapshot_id);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerDataVolumeMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerDataVolumeMetadata {
    /// JSON field `__system__encrypted`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__encrypted"))]
    pub system_encrypted: ::std::option::Option<::std::string::String>,
    /// JSON field `__system__cmkid`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__cmkid"))]
    pub system_cmkid: ::std::option::Option<::std::string::String>,
}

impl PrePaidServerDataVolumeMetadata {
    /// Sets the `system_encrypted` field.
    #[must_use]
    pub fn with_system_encrypted(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `system_cmkid` field.
    #[must_use]
    pub fn with_system_cmkid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_cmkid = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PrePaidServerDataVolumeMetadata {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "__system__encrypted", &self.system_encrypted);
        json::put(&mut map, "__system__cmkid", &self.system_cmkid);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerEip`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerEip {
    /// Required JSON field `iptype`.
    pub iptype: ::std::string::String,
    /// Required JSON field `bandwidth`.
    pub bandwidth: PrePaidServerEipBandwidth,
    /// JSON field `extendparam`.
    pub extendparam: ::std::option::Option<PrePaidServerEipExtendParam>,
}

impl PrePaidServerEip {
    /// Sets the `iptype` field.
    #[must_use]
    pub fn with_iptype(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.iptype = value.into();
        self
    }

    /// Sets the `bandwidth` field.
    #[must_use]
    pub fn with_bandwidth(mut self, value: PrePaidServerEipBandwidth) -> Self {
        self.bandwidth = value;
        self
    }

    /// Sets the `extendparam` field.
    #[must_use]
    pub fn with_extendparam(mut self, value: PrePaidServerEipExtendParam) -> Self {
        self.extendparam = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PrePaidServerEip {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "iptype", &self.iptype);
        json::put(&mut map, "bandwidth", &self.bandwidth);
        json::put(&mut map, "extendparam", &self.extendparam);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerEipBandwidth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerEipBandwidth {
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// Required JSON field `sharetype`.
    pub sharetype: ::std::string::String,
    /// JSON field `chargemode`.
    pub chargemode: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl PrePaidServerEipBandwidth {
    /// Sets the `size` field.
    #[must_use]
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `sharetype` field.
    #[must_use]
    pub fn with_sharetype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sharetype = value.into();
        self
    }

    /// Sets the `chargemode` field.
    #[must_use]
    pub fn with_chargemode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.chargemode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PrePaidServerEipBandwidth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "size", &self.size);
        json::put(&mut map, "sharetype", &self.sharetype);
        json::put(&mut map, "chargemode", &self.chargemode);
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerEipExtendParam`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerEipExtendParam {
    /// JSON field `chargingMode`.
    #[cfg_attr(feature = "serde", serde(rename = "chargingMode"))]
    pub charging_mode: ::std::option::Option<::std::string::String>,
}

impl PrePaidServerEipExtendParam {
    /// Sets the `charging_mode` field.
    #[must_use]
    pub fn with_charging_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charging_mode = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PrePaidServerEipExtendParam {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "chargingMode", &self.charging_mode);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerExtendParam`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerExtendParam {
    /// JSON field `chargingMode`.
    #[cfg_attr(feature = "serde", serde(rename = "chargingMode"))]
    pub charging_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `regionID`.
    #[cfg_attr(feature = "serde", serde(rename = "regionID"))]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// JSON field `periodType`.
    #[cfg_attr(feature = "serde", serde(rename = "periodType"))]
    pub period_type: ::std::option::Option<::std::string::String>,
    /// JSON field `periodNum`.
    #[cfg_attr(feature = "serde", serde(rename = "periodNum"))]
    pub period_num: ::std::option::Option<i64>,
    /// JSON field `isAutoRenew`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoRenew"))]
    pub is_auto_renew: ::std::option::Option<::std::string::String>,
    /// JSON field `isAutoPay`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoPay"))]
    pub is_auto_pay: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `support_auto_recovery`.
    pub support_auto_recovery: ::std::option::Option<bool>,
    /// JSON field `marketType`.
    #[cfg_attr(feature = "serde", serde(rename = "marketType"))]
    pub market_type: ::std::option::Option<::std::string::String>,
    /// JSON field `spotPrice`.
    #[cfg_attr(feature = "serde", serde(rename = "spotPrice"))]
    pub spot_price: ::std::option::Option<::std::string::String>,
    /// JSON field `diskPrior`.
    #[cfg_attr(feature = "serde", serde(rename = "diskPrior"))]
    pub disk_prior: ::std::option::Option<::std::string::String>,
    /// JSON field `spot_duration_hours`.
    pub spot_duration_hours: ::std::option::Option<i64>,
    /// JSON field `interruption_policy`.
    pub interruption_policy: ::std::option::Option<::std::string::String>,
    /// JSON field `CB_CSBS_BACKUP`.
    #[cfg_attr(feature = "serde", serde(rename = "CB_CSBS_BACKUP"))]
    pub cb_csbs_backup: ::std::option::Option<::std::string::String>,
    /// JSON field `spot_duration_count`.
    pub spot_duration_count: ::std::option::Option<i64>,
}

impl PrePaidServerExtendParam {
    /// Sets the `charging_mode` field.
    #[must_use]
    pub fn with_charging_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charging_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `region_id` field.
    #[must_use]
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `period_type` field.
    #[must_use]
    pub fn with_period_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.period_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `period_num` field.
    #[must_use]
    pub fn with_period_num(mut self, value: i64) -> Self {
        self.period_num = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `is_auto_renew` field.
    #[must_use]
    pub fn with_is_auto_renew(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.is_auto_renew = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `is_auto_pay` field.
    #[must_use]
    pub fn with_is_auto_pay(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.is_auto_pay = ::std::option::Option::Some(value.into());
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

    /// Sets the `support_auto_recovery` field.
    #[must_use]
    pub fn with_support_auto_recovery(mut self, value: bool) -> Self {
        self.support_auto_recovery = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `market_type` field.
    #[must_use]
    pub fn with_market_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.market_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `spot_price` field.
    #[must_use]
    pub fn with_spot_price(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spot_price = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `disk_prior` field.
    #[must_use]
    pub fn with_disk_prior(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_prior = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `spot_duration_hours` field.
    #[must_use]
    pub fn with_spot_duration_hours(mut self, value: i64) -> Self {
        self.spot_duration_hours = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `interruption_policy` field.
    #[must_use]
    pub fn with_interruption_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.interruption_policy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `cb_csbs_backup` field.
    #[must_use]
    pub fn with_cb_csbs_backup(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cb_csbs_backup = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `spot_duration_count` field.
    #[must_use]
    pub fn with_spot_duration_count(mut self, value: i64) -> Self {
        self.spot_duration_count = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PrePaidServerExtendParam {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "chargingMode", &self.charging_mode);
        json::put(&mut map, "regionID", &self.region_id);
        json::put(&mut map, "periodType", &self.period_type);
        json::put(&mut map, "periodNum", &self.period_num);
        json::put(&mut map, "isAutoRenew", &self.is_auto_renew);
        json::put(&mut map, "isAutoPay", &self.is_auto_pay);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(
            &mut map,
            "support_auto_recovery",
            &self.support_auto_recovery,
        );
        json::put(&mut map, "marketType", &self.market_type);
        json::put(&mut map, "spotPrice", &self.spot_price);
        json::put(&mut map, "diskPrior", &self.disk_prior);
        json::put(&mut map, "spot_duration_hours", &self.spot_duration_hours);
        json::put(&mut map, "interruption_policy", &self.interruption_policy);
        json::put(&mut map, "CB_CSBS_BACKUP", &self.cb_csbs_backup);
        json::put(&mut map, "spot_duration_count", &self.spot_duration_count);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerIpv6Bandwidth`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerIpv6Bandwidth {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl PrePaidServerIpv6Bandwidth {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PrePaidServerIpv6Bandwidth {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerNic`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerNic {
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `port_id`.
    pub port_id: ::std::option::Option<::std::string::String>,
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `ipv6_enable`.
    pub ipv6_enable: ::std::option::Option<bool>,
    /// JSON field `ipv6_bandwidth`.
    pub ipv6_bandwidth: ::std::option::Option<PrePaidServerIpv6Bandwidth>,
    /// JSON field `allowed_address_pairs`.
    pub allowed_address_pairs:
        ::std::option::Option<::std::vec::Vec<CreateServerNicAllowedAddressPairs>>,
    /// JSON field `efi_enable`.
    pub efi_enable: ::std::option::Option<bool>,
}

impl PrePaidServerNic {
    /// Sets the `subnet_id` field.
    #[must_use]
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `ipv6_enable` field.
    #[must_use]
    pub fn with_ipv6_enable(mut self, value: bool) -> Self {
        self.ipv6_enable = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `ipv6_bandwidth` field.
    #[must_use]
    pub fn with_ipv6_bandwidth(mut self, value: PrePaidServerIpv6Bandwidth) -> Self {
        self.ipv6_bandwidth = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `allowed_address_pairs` field.
    #[must_use]
    pub fn with_allowed_address_pairs(
        mut self,
        value: ::std::vec::Vec<CreateServerNicAllowedAddressPairs>,
    ) -> Self {
        self.allowed_address_pairs = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `efi_enable` field.
    #[must_use]
    pub fn with_efi_enable(mut self, value: bool) -> Self {
        self.efi_enable = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PrePaidServerNic {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::put(&mut map, "port_id", &self.port_id);
        json::put(&mut map, "ip_address", &self.ip_address);
        json::put(&mut map, "ipv6_enable", &self.ipv6_enable);
        json::put(&mut map, "ipv6_bandwidth", &self.ipv6_bandwidth);
        json::put(
            &mut map,
            "allowed_address_pairs",
            &self.allowed_address_pairs,
        );
        json::put(&mut map, "efi_enable", &self.efi_enable);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerPublicip`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerPublicip {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `eip`.
    pub eip: ::std::option::Option<PrePaidServerEip>,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
}

impl PrePaidServerPublicip {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `eip` field.
    #[must_use]
    pub fn with_eip(mut self, value: PrePaidServerEip) -> Self {
        self.eip = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `delete_on_termination` field.
    #[must_use]
    pub fn with_delete_on_termination(mut self, value: bool) -> Self {
        self.delete_on_termination = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PrePaidServerPublicip {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "eip", &self.eip);
        json::put(
            &mut map,
            "delete_on_termination",
            &self.delete_on_termination,
        );
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerRootVolume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerRootVolume {
    /// Required JSON field `volumetype`.
    pub volumetype: ::std::string::String,
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// JSON field `iops`.
    pub iops: ::std::option::Option<i64>,
    /// JSON field `throughput`.
    pub throughput: ::std::option::Option<i64>,
    /// JSON field `extendparam`.
    pub extendparam: ::std::option::Option<PrePaidServerRootVolumeExtendParam>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<PrePaidServerRootVolumeMetadata>,
    /// JSON field `cluster_type`.
    pub cluster_type: ::std::option::Option<::std::string::String>,
    /// JSON field `cluster_id`.
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// JSON field `hw:passthrough`.
    #[cfg_attr(feature = "serde", serde(rename = "hw:passthrough"))]
    pub hwpassthrough: ::std::option::Option<bool>,
}

impl PrePaidServerRootVolume {
    /// Sets the `volumetype` field.
    #[must_use]
    pub fn with_volumetype(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volumetype = value.into();
        self
    }

    /// Sets the `size` field.
    #[must_use]
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `iops` field.
    #[must_use]
    pub fn with_iops(mut self, value: i64) -> Self {
        self.iops = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `throughput` field.
    #[must_use]
    pub fn with_throughput(mut self, value: i64) -> Self {
        self.throughput = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `extendparam` field.
    #[must_use]
    pub fn with_extendparam(mut self, value: PrePaidServerRootVolumeExtendParam) -> Self {
        self.extendparam = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(mut self, value: PrePaidServerRootVolumeMetadata) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `cluster_type` field.
    #[must_use]
    pub fn with_cluster_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `cluster_id` field.
    #[must_use]
    pub fn with_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `hwpassthrough` field.
    #[must_use]
    pub fn with_hwpassthrough(mut self, value: bool) -> Self {
        self.hwpassthrough = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for PrePaidServerRootVolume {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volumetype", &self.volumetype);
        json::put(&mut map, "size", &self.size);
        json::put(&mut map, "iops", &self.iops);
        json::put(&mut map, "throughput", &self.throughput);
        json::put(&mut map, "extendparam", &self.extendparam);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "cluster_type", &self.cluster_type);
        json::put(&mut map, "cluster_id", &self.cluster_id);
        json::put(&mut map, "hw:passthrough", &self.hwpassthrough);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerRootVolumeExtendParam`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerRootVolumeExtendParam {
    /// JSON field `resourceSpecCode`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceSpecCode"))]
    pub resource_spec_code: ::std::option::Option<::std::string::String>,
    /// JSON field `resourceType`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceType"))]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// JSON field `snapshotId`.
    #[cfg_attr(feature = "serde", serde(rename = "snapshotId"))]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}

impl PrePaidServerRootVolumeExtendParam {
    /// Sets the `resource_spec_code` field.
    #[must_use]
    pub fn with_resource_spec_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_spec_code = ::std::option::Option::Some(value.into());
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

    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PrePaidServerRootVolumeExtendParam {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "resourceSpecCode", &self.resource_spec_code);
        json::put(&mut map, "resourceType", &self.resource_type);
        json::put(&mut map, "snapshotId", &self.snapshot_id);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerRootVolumeMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerRootVolumeMetadata {
    /// JSON field `__system__encrypted`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__encrypted"))]
    pub system_encrypted: ::std::option::Option<::std::string::String>,
    /// JSON field `__system__cmkid`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__cmkid"))]
    pub system_cmkid: ::std::option::Option<::std::string::String>,
}

impl PrePaidServerRootVolumeMetadata {
    /// Sets the `system_encrypted` field.
    #[must_use]
    pub fn with_system_encrypted(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `system_cmkid` field.
    #[must_use]
    pub fn with_system_cmkid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_cmkid = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PrePaidServerRootVolumeMetadata {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "__system__encrypted", &self.system_encrypted);
        json::put(&mut map, "__system__cmkid", &self.system_cmkid);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerSchedulerHints`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerSchedulerHints {
    /// JSON field `group`.
    pub group: ::std::option::Option<::std::string::String>,
    /// JSON field `tenancy`.
    pub tenancy: ::std::option::Option<::std::string::String>,
    /// JSON field `dedicated_host_id`.
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
}

impl PrePaidServerSchedulerHints {
    /// Sets the `group` field.
    #[must_use]
    pub fn with_group(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.group = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tenancy` field.
    #[must_use]
    pub fn with_tenancy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tenancy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `dedicated_host_id` field.
    #[must_use]
    pub fn with_dedicated_host_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PrePaidServerSchedulerHints {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "group", &self.group);
        json::put(&mut map, "tenancy", &self.tenancy);
        json::put(&mut map, "dedicated_host_id", &self.dedicated_host_id);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerSecurityGroup`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerSecurityGroup {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl PrePaidServerSecurityGroup {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for PrePaidServerSecurityGroup {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `PrePaidServerTag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrePaidServerTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl PrePaidServerTag {
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

impl json::ToJson for PrePaidServerTag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// JSON model `ProjectFlavorLimit`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProjectFlavorLimit {}

impl json::FromJson for ProjectFlavorLimit {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `ProjectTag`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProjectTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// JSON field `values`.
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for ProjectTag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            values: json::take(&mut map, "values")?,
        })
    }
}

/// JSON model `Promotion`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Promotion {
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl Promotion {
    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

impl json::ToJson for Promotion {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `QueryFlavorCapacityAzInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QueryFlavorCapacityAzInfo {
    /// JSON field `region_id`.
    pub region_id: ::std::option::Option<::std::string::String>,
    /// JSON field `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `prefer`.
    pub prefer: ::std::option::Option<bool>,
}

impl json::FromJson for QueryFlavorCapacityAzInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            region_id: json::take(&mut map, "region_id")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            prefer: json::take(&mut map, "prefer")?,
        })
    }
}

/// JSON model `RecycleBinPolicys`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RecycleBinPolicys {
    /// Required JSON field `recycle_threshold_day`.
    pub recycle_threshold_day: i64,
    /// JSON field `retention_hour`.
    pub retention_hour: ::std::option::Option<i64>,
}

impl json::FromJson for RecycleBinPolicys {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            recycle_threshold_day: json::take(&mut map, "recycle_threshold_day")?,
            retention_hour: json::take(&mut map, "retention_hour")?,
        })
    }
}

/// Request of [`EcsClient::register_server_monitor`](super::EcsClient::register_server_monitor): `POST /v1.0/servers/{server_id}/action`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RegisterServerMonitorRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RegisterServerMonitorRequestBody>,
}

impl RegisterServerMonitorRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RegisterServerMonitorRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `RegisterServerMonitorRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RegisterServerMonitorRequestBody {
    /// Required JSON field `monitorMetrics`.
    #[cfg_attr(feature = "serde", serde(rename = "monitorMetrics"))]
    pub monitor_metrics: ::std::string::String,
}

impl RegisterServerMonitorRequestBody {
    /// Sets the `monitor_metrics` field.
    #[must_use]
    pub fn with_monitor_metrics(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.monitor_metrics = value.into();
        self
    }
}

impl json::ToJson for RegisterServerMonitorRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "monitorMetrics", &self.monitor_metrics);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::register_server_monitor`](super::EcsClient::register_server_monitor): `POST /v1.0/servers/{server_id}/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RegisterServerMonitorResponse {}

impl json::FromJson for RegisterServerMonitorResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `ReinstallServerWithCloudInitOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReinstallServerWithCloudInitOption {
    /// JSON field `adminpass`. Debug output hides its value.
    pub adminpass: ::std::option::Option<::std::string::String>,
    /// JSON field `keyname`.
    pub keyname: ::std::option::Option<::std::string::String>,
    /// JSON field `userid`.
    pub userid: ::std::option::Option<::std::string::String>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<ReinstallSeverMetadata>,
    /// JSON field `mode`.
    pub mode: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for ReinstallServerWithCloudInitOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReinstallServerWithCloudInitOption")
            .field("adminpass", &self.adminpass.as_ref().map(|_| "<redacted>"))
            .field("keyname", &self.keyname)
            .field("userid", &self.userid)
            .field("metadata", &self.metadata)
            .field("mode", &self.mode)
            .finish()
    }
}

impl ReinstallServerWithCloudInitOption {
    /// Sets the `adminpass` field.
    #[must_use]
    pub fn with_adminpass(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.adminpass = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `keyname` field.
    #[must_use]
    pub fn with_keyname(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.keyname = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `userid` field.
    #[must_use]
    pub fn with_userid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.userid = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(mut self, value: ReinstallSeverMetadata) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `mode` field.
    #[must_use]
    pub fn with_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.mode = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ReinstallServerWithCloudInitOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "adminpass", &self.adminpass);
        json::put(&mut map, "keyname", &self.keyname);
        json::put(&mut map, "userid", &self.userid);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "mode", &self.mode);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::reinstall_server_with_cloud_init`](super::EcsClient::reinstall_server_with_cloud_init): `POST /v2/{project_id}/cloudservers/{server_id}/reinstallos`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReinstallServerWithCloudInitRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ReinstallServerWithCloudInitRequestBody>,
}

impl ReinstallServerWithCloudInitRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ReinstallServerWithCloudInitRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ReinstallServerWithCloudInitRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReinstallServerWithCloudInitRequestBody {
    /// Required JSON field `os-reinstall`.
    #[cfg_attr(feature = "serde", serde(rename = "os-reinstall"))]
    pub os_reinstall: ReinstallServerWithCloudInitOption,
}

impl ReinstallServerWithCloudInitRequestBody {
    /// Sets the `os_reinstall` field.
    #[must_use]
    pub fn with_os_reinstall(mut self, value: ReinstallServerWithCloudInitOption) -> Self {
        self.os_reinstall = value;
        self
    }
}

impl json::ToJson for ReinstallServerWithCloudInitRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "os-reinstall", &self.os_reinstall);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::reinstall_server_with_cloud_init`](super::EcsClient::reinstall_server_with_cloud_init): `POST /v2/{project_id}/cloudservers/{server_id}/reinstallos`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReinstallServerWithCloudInitResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ReinstallServerWithCloudInitResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `ReinstallServerWithoutCloudInitOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReinstallServerWithoutCloudInitOption {
    /// JSON field `adminpass`. Debug output hides its value.
    pub adminpass: ::std::option::Option<::std::string::String>,
    /// JSON field `keyname`.
    pub keyname: ::std::option::Option<::std::string::String>,
    /// JSON field `userid`.
    pub userid: ::std::option::Option<::std::string::String>,
    /// JSON field `mode`.
    pub mode: ::std::option::Option<::std::string::String>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<ReinstallSeverMetadataWithoutCloudInitOption>,
}

impl ::std::fmt::Debug for ReinstallServerWithoutCloudInitOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReinstallServerWithoutCloudInitOption")
            .field("adminpass", &self.adminpass.as_ref().map(|_| "<redacted>"))
            .field("keyname", &self.keyname)
            .field("userid", &self.userid)
            .field("mode", &self.mode)
            .field("metadata", &self.metadata)
            .finish()
    }
}

impl ReinstallServerWithoutCloudInitOption {
    /// Sets the `adminpass` field.
    #[must_use]
    pub fn with_adminpass(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.adminpass = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `keyname` field.
    #[must_use]
    pub fn with_keyname(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.keyname = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `userid` field.
    #[must_use]
    pub fn with_userid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.userid = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `mode` field.
    #[must_use]
    pub fn with_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(mut self, value: ReinstallSeverMetadataWithoutCloudInitOption) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ReinstallServerWithoutCloudInitOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "adminpass", &self.adminpass);
        json::put(&mut map, "keyname", &self.keyname);
        json::put(&mut map, "userid", &self.userid);
        json::put(&mut map, "mode", &self.mode);
        json::put(&mut map, "metadata", &self.metadata);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::reinstall_server_without_cloud_init`](super::EcsClient::reinstall_server_without_cloud_init): `POST /v1/{project_id}/cloudservers/{server_id}/reinstallos`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReinstallServerWithoutCloudInitRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ReinstallServerWithoutCloudInitRequestBody>,
}

impl ReinstallServerWithoutCloudInitRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ReinstallServerWithoutCloudInitRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ReinstallServerWithoutCloudInitRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReinstallServerWithoutCloudInitRequestBody {
    /// Required JSON field `os-reinstall`.
    #[cfg_attr(feature = "serde", serde(rename = "os-reinstall"))]
    pub os_reinstall: ReinstallServerWithoutCloudInitOption,
}

impl ReinstallServerWithoutCloudInitRequestBody {
    /// Sets the `os_reinstall` field.
    #[must_use]
    pub fn with_os_reinstall(mut self, value: ReinstallServerWithoutCloudInitOption) -> Self {
        self.os_reinstall = value;
        self
    }
}

impl json::ToJson for ReinstallServerWithoutCloudInitRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "os-reinstall", &self.os_reinstall);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::reinstall_server_without_cloud_init`](super::EcsClient::reinstall_server_without_cloud_init): `POST /v1/{project_id}/cloudservers/{server_id}/reinstallos`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReinstallServerWithoutCloudInitResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ReinstallServerWithoutCloudInitResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `ReinstallSeverMetadata`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReinstallSeverMetadata {
    /// JSON field `__system__encrypted`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__encrypted"))]
    pub system_encrypted: ::std::option::Option<::std::string::String>,
    /// JSON field `__system__cmkid`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__cmkid"))]
    pub system_cmkid: ::std::option::Option<::std::string::String>,
    /// JSON field `user_data`.
    pub user_data: ::std::option::Option<::std::string::String>,
    /// JSON field `BYOL`.
    #[cfg_attr(feature = "serde", serde(rename = "BYOL"))]
    pub byol: ::std::option::Option<::std::string::String>,
}

impl ReinstallSeverMetadata {
    /// Sets the `system_encrypted` field.
    #[must_use]
    pub fn with_system_encrypted(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `system_cmkid` field.
    #[must_use]
    pub fn with_system_cmkid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_cmkid = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `user_data` field.
    #[must_use]
    pub fn with_user_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `byol` field.
    #[must_use]
    pub fn with_byol(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.byol = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ReinstallSeverMetadata {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "__system__encrypted", &self.system_encrypted);
        json::put(&mut map, "__system__cmkid", &self.system_cmkid);
        json::put(&mut map, "user_data", &self.user_data);
        json::put(&mut map, "BYOL", &self.byol);
        json::Value::Object(map)
    }
}

/// JSON model `ReinstallSeverMetadataWithoutCloudInitOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ReinstallSeverMetadataWithoutCloudInitOption {
    /// JSON field `__system__encrypted`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__encrypted"))]
    pub system_encrypted: ::std::option::Option<::std::string::String>,
    /// JSON field `__system__cmkid`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__cmkid"))]
    pub system_cmkid: ::std::option::Option<::std::string::String>,
    /// JSON field `BYOL`.
    #[cfg_attr(feature = "serde", serde(rename = "BYOL"))]
    pub byol: ::std::option::Option<::std::string::String>,
}

impl ReinstallSeverMetadataWithoutCloudInitOption {
    /// Sets the `system_encrypted` field.
    #[must_use]
    pub fn with_system_encrypted(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `system_cmkid` field.
    #[must_use]
    pub fn with_system_cmkid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_cmkid = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `byol` field.
    #[must_use]
    pub fn with_byol(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.byol = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ReinstallSeverMetadataWithoutCloudInitOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "__system__encrypted", &self.system_encrypted);
        json::put(&mut map, "__system__cmkid", &self.system_cmkid);
        json::put(&mut map, "BYOL", &self.byol);
        json::Value::Object(map)
    }
}

/// JSON model `ResetServerPasswordOption`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResetServerPasswordOption {
    /// Required JSON field `new_password`. Debug output hides its value.
    pub new_password: ::std::string::String,
    /// JSON field `is_check_password`.
    pub is_check_password: ::std::option::Option<bool>,
}

impl ::std::fmt::Debug for ResetServerPasswordOption {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResetServerPasswordOption")
            .field("new_password", &"<redacted>")
            .field("is_check_password", &self.is_check_password)
            .finish()
    }
}

impl ResetServerPasswordOption {
    /// Sets the `new_password` field.
    #[must_use]
    pub fn with_new_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new_password = value.into();
        self
    }

    /// Sets the `is_check_password` field.
    #[must_use]
    pub fn with_is_check_password(mut self, value: bool) -> Self {
        self.is_check_password = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ResetServerPasswordOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "new_password", &self.new_password);
        json::put(&mut map, "is_check_password", &self.is_check_password);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::reset_server_password`](super::EcsClient::reset_server_password): `PUT /v1/{project_id}/cloudservers/{server_id}/os-reset-password`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResetServerPasswordRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ResetServerPasswordRequestBody>,
}

impl ResetServerPasswordRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ResetServerPasswordRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ResetServerPasswordRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResetServerPasswordRequestBody {
    /// Required JSON field `reset-password`.
    #[cfg_attr(feature = "serde", serde(rename = "reset-password"))]
    pub reset_password: ResetServerPasswordOption,
}

impl ResetServerPasswordRequestBody {
    /// Sets the `reset_password` field.
    #[must_use]
    pub fn with_reset_password(mut self, value: ResetServerPasswordOption) -> Self {
        self.reset_password = value;
        self
    }
}

impl json::ToJson for ResetServerPasswordRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "reset-password", &self.reset_password);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::reset_server_password`](super::EcsClient::reset_server_password): `PUT /v1/{project_id}/cloudservers/{server_id}/os-reset-password`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResetServerPasswordResponse {}

impl json::FromJson for ResetServerPasswordResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `ResizePostPaidServerOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizePostPaidServerOption {
    /// Required JSON field `flavorRef`.
    #[cfg_attr(feature = "serde", serde(rename = "flavorRef"))]
    pub flavor_ref: ::std::string::String,
    /// JSON field `mode`.
    pub mode: ::std::option::Option<::std::string::String>,
    /// JSON field `cpu_options`.
    pub cpu_options: ::std::option::Option<CpuOptions>,
}

impl ResizePostPaidServerOption {
    /// Sets the `flavor_ref` field.
    #[must_use]
    pub fn with_flavor_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_ref = value.into();
        self
    }

    /// Sets the `mode` field.
    #[must_use]
    pub fn with_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `cpu_options` field.
    #[must_use]
    pub fn with_cpu_options(mut self, value: CpuOptions) -> Self {
        self.cpu_options = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ResizePostPaidServerOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "flavorRef", &self.flavor_ref);
        json::put(&mut map, "mode", &self.mode);
        json::put(&mut map, "cpu_options", &self.cpu_options);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::resize_post_paid_server`](super::EcsClient::resize_post_paid_server): `POST /v1/{project_id}/cloudservers/{server_id}/resize`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizePostPaidServerRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ResizePostPaidServerRequestBody>,
}

impl ResizePostPaidServerRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ResizePostPaidServerRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ResizePostPaidServerRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizePostPaidServerRequestBody {
    /// Required JSON field `resize`.
    pub resize: ResizePostPaidServerOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl ResizePostPaidServerRequestBody {
    /// Sets the `resize` field.
    #[must_use]
    pub fn with_resize(mut self, value: ResizePostPaidServerOption) -> Self {
        self.resize = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ResizePostPaidServerRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "resize", &self.resize);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::resize_post_paid_server`](super::EcsClient::resize_post_paid_server): `POST /v1/{project_id}/cloudservers/{server_id}/resize`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizePostPaidServerResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ResizePostPaidServerResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `ResizePrePaidServerOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizePrePaidServerOption {
    /// Required JSON field `flavorRef`.
    #[cfg_attr(feature = "serde", serde(rename = "flavorRef"))]
    pub flavor_ref: ::std::string::String,
    /// JSON field `dedicated_host_id`.
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
    /// JSON field `extendparam`.
    pub extendparam: ::std::option::Option<ResizeServerExtendParam>,
    /// JSON field `mode`.
    pub mode: ::std::option::Option<::std::string::String>,
    /// JSON field `cpu_options`.
    pub cpu_options: ::std::option::Option<CpuOptions>,
}

impl ResizePrePaidServerOption {
    /// Sets the `flavor_ref` field.
    #[must_use]
    pub fn with_flavor_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_ref = value.into();
        self
    }

    /// Sets the `dedicated_host_id` field.
    #[must_use]
    pub fn with_dedicated_host_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `extendparam` field.
    #[must_use]
    pub fn with_extendparam(mut self, value: ResizeServerExtendParam) -> Self {
        self.extendparam = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `mode` field.
    #[must_use]
    pub fn with_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `cpu_options` field.
    #[must_use]
    pub fn with_cpu_options(mut self, value: CpuOptions) -> Self {
        self.cpu_options = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ResizePrePaidServerOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "flavorRef", &self.flavor_ref);
        json::put(&mut map, "dedicated_host_id", &self.dedicated_host_id);
        json::put(&mut map, "extendparam", &self.extendparam);
        json::put(&mut map, "mode", &self.mode);
        json::put(&mut map, "cpu_options", &self.cpu_options);
        json::Value::Object(map)
    }
}

/// JSON model `ResizeServerExtendParam`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizeServerExtendParam {
    /// JSON field `isAutoPay`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoPay"))]
    pub is_auto_pay: ::std::option::Option<::std::string::String>,
}

impl ResizeServerExtendParam {
    /// Sets the `is_auto_pay` field.
    #[must_use]
    pub fn with_is_auto_pay(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.is_auto_pay = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ResizeServerExtendParam {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "isAutoPay", &self.is_auto_pay);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::resize_server`](super::EcsClient::resize_server): `POST /v1.1/{project_id}/cloudservers/{server_id}/resize`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizeServerRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ResizeServerRequestBody>,
}

impl ResizeServerRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ResizeServerRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ResizeServerRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizeServerRequestBody {
    /// Required JSON field `resize`.
    pub resize: ResizePrePaidServerOption,
    /// JSON field `dry_run`.
    pub dry_run: ::std::option::Option<bool>,
}

impl ResizeServerRequestBody {
    /// Sets the `resize` field.
    #[must_use]
    pub fn with_resize(mut self, value: ResizePrePaidServerOption) -> Self {
        self.resize = value;
        self
    }

    /// Sets the `dry_run` field.
    #[must_use]
    pub fn with_dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ResizeServerRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "resize", &self.resize);
        json::put(&mut map, "dry_run", &self.dry_run);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::resize_server`](super::EcsClient::resize_server): `POST /v1.1/{project_id}/cloudservers/{server_id}/resize`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizeServerResponse {
    /// JSON field `order_id`.
    pub order_id: ::std::option::Option<::std::string::String>,
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ResizeServerResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            order_id: json::take(&mut map, "order_id")?,
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `ResourceTag`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResourceTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
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

/// JSON model `ResponsePageInfoV3`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResponsePageInfoV3 {
    /// JSON field `next_marker`.
    pub next_marker: ::std::option::Option<::std::string::String>,
    /// JSON field `previous_marker`.
    pub previous_marker: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ResponsePageInfoV3 {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            next_marker: json::take(&mut map, "next_marker")?,
            previous_marker: json::take(&mut map, "previous_marker")?,
        })
    }
}

/// Request of [`EcsClient::revert_recycle_bin_server`](super::EcsClient::revert_recycle_bin_server): `POST /v1/{project_id}/recycle-bin/cloudservers/{server_id}/actions/revert`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RevertRecycleBinServerRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl RevertRecycleBinServerRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::revert_recycle_bin_server`](super::EcsClient::revert_recycle_bin_server): `POST /v1/{project_id}/recycle-bin/cloudservers/{server_id}/actions/revert`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RevertRecycleBinServerResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RevertRecycleBinServerResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `ScheduledEventAcceptBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScheduledEventAcceptBody {
    /// JSON field `not_before`.
    pub not_before: ::std::option::Option<::std::string::String>,
}

impl ScheduledEventAcceptBody {
    /// Sets the `not_before` field.
    #[must_use]
    pub fn with_not_before(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.not_before = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ScheduledEventAcceptBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "not_before", &self.not_before);
        json::Value::Object(map)
    }
}

/// JSON model `ScheduledEventUpdateBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScheduledEventUpdateBody {
    /// Required JSON field `not_before`.
    pub not_before: ::std::string::String,
}

impl ScheduledEventUpdateBody {
    /// Sets the `not_before` field.
    #[must_use]
    pub fn with_not_before(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.not_before = value.into();
        self
    }
}

impl json::ToJson for ScheduledEventUpdateBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "not_before", &self.not_before);
        json::Value::Object(map)
    }
}

/// JSON model `SecurityGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SecurityGroup {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for SecurityGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `SecurityOptions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SecurityOptions {
    /// JSON field `secure_boot_enabled`.
    pub secure_boot_enabled: ::std::option::Option<bool>,
    /// JSON field `tpm_enabled`.
    pub tpm_enabled: ::std::option::Option<bool>,
}

impl SecurityOptions {
    /// Sets the `secure_boot_enabled` field.
    #[must_use]
    pub fn with_secure_boot_enabled(mut self, value: bool) -> Self {
        self.secure_boot_enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tpm_enabled` field.
    #[must_use]
    pub fn with_tpm_enabled(mut self, value: bool) -> Self {
        self.tpm_enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for SecurityOptions {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "secure_boot_enabled", &self.secure_boot_enabled);
        json::put(&mut map, "tpm_enabled", &self.tpm_enabled);
        json::Value::Object(map)
    }
}

impl json::FromJson for SecurityOptions {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            secure_boot_enabled: json::take(&mut map, "secure_boot_enabled")?,
            tpm_enabled: json::take(&mut map, "tpm_enabled")?,
        })
    }
}

/// JSON model `SerialConsoleOptions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SerialConsoleOptions {
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl SerialConsoleOptions {
    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for SerialConsoleOptions {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// JSON model `ServerAddress`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerAddress {
    /// Required JSON field `version`.
    pub version: ::std::string::String,
    /// JSON field `primary`.
    pub primary: ::std::option::Option<bool>,
    /// Required JSON field `addr`.
    pub addr: ::std::string::String,
    /// JSON field `OS-EXT-IPS:type`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-IPS:type"))]
    pub os_ext_ip_stype: ::std::option::Option<::std::string::String>,
    /// JSON field `OS-EXT-IPS-MAC:mac_addr`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-IPS-MAC:mac_addr"))]
    pub os_ext_ips_ma_cmac_addr: ::std::option::Option<::std::string::String>,
    /// JSON field `OS-EXT-IPS:port_id`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-IPS:port_id"))]
    pub os_ext_ip_sport_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ServerAddress {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            version: json::take(&mut map, "version")?,
            primary: json::take(&mut map, "primary")?,
            addr: json::take(&mut map, "addr")?,
            os_ext_ip_stype: json::take(&mut map, "OS-EXT-IPS:type")?,
            os_ext_ips_ma_cmac_addr: json::take(&mut map, "OS-EXT-IPS-MAC:mac_addr")?,
            os_ext_ip_sport_id: json::take(&mut map, "OS-EXT-IPS:port_id")?,
        })
    }
}

/// JSON model `ServerAttachableQuantity`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerAttachableQuantity {
    /// Required JSON field `free_scsi`.
    pub free_scsi: i64,
    /// Required JSON field `free_blk`.
    pub free_blk: i64,
    /// Required JSON field `free_disk`.
    pub free_disk: i64,
    /// Required JSON field `free_nic`.
    pub free_nic: i64,
}

impl json::FromJson for ServerAttachableQuantity {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            free_scsi: json::take(&mut map, "free_scsi")?,
            free_blk: json::take(&mut map, "free_blk")?,
            free_disk: json::take(&mut map, "free_disk")?,
            free_nic: json::take(&mut map, "free_nic")?,
        })
    }
}

/// JSON model `ServerBlockDevice`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerBlockDevice {
    /// JSON field `bootIndex`.
    #[cfg_attr(feature = "serde", serde(rename = "bootIndex"))]
    pub boot_index: ::std::option::Option<i64>,
    /// JSON field `pciAddress`.
    #[cfg_attr(feature = "serde", serde(rename = "pciAddress"))]
    pub pci_address: ::std::option::Option<::std::string::String>,
    /// JSON field `volumeId`.
    #[cfg_attr(feature = "serde", serde(rename = "volumeId"))]
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// JSON field `device`.
    pub device: ::std::option::Option<::std::string::String>,
    /// JSON field `serverId`.
    #[cfg_attr(feature = "serde", serde(rename = "serverId"))]
    pub server_id: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// JSON field `bus`.
    pub bus: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ServerBlockDevice {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            boot_index: json::take(&mut map, "bootIndex")?,
            pci_address: json::take(&mut map, "pciAddress")?,
            volume_id: json::take(&mut map, "volumeId")?,
            device: json::take(&mut map, "device")?,
            server_id: json::take(&mut map, "serverId")?,
            id: json::take(&mut map, "id")?,
            size: json::take(&mut map, "size")?,
            bus: json::take(&mut map, "bus")?,
        })
    }
}

/// JSON model `ServerDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerDetail {
    /// Required JSON field `capacity_reservation_id`.
    pub capacity_reservation_id: ::std::string::String,
    /// Required JSON field `capacity_reservation_specification`.
    pub capacity_reservation_specification: CapacityReservationSpecification,
    /// Required JSON field `spod_id`.
    pub spod_id: ::std::string::String,
    /// Required JSON field `enclave_options`.
    pub enclave_options: EnclaveOptions,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `updated`.
    pub updated: ::std::string::String,
    /// Required JSON field `auto_terminate_time`.
    pub auto_terminate_time: ::std::string::String,
    /// Required JSON field `hostId`.
    #[cfg_attr(feature = "serde", serde(rename = "hostId"))]
    pub host_id: ::std::string::String,
    /// Required JSON field `OS-EXT-SRV-ATTR:host`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:host"))]
    pub os_ext_srv_att_rhost: ::std::string::String,
    /// Required JSON field `addresses`.
    pub addresses:
        ::std::collections::HashMap<::std::string::String, ::std::vec::Vec<ServerAddress>>,
    /// Required JSON field `key_name`.
    pub key_name: ::std::string::String,
    /// Required JSON field `image`.
    pub image: ServerImage,
    /// Required JSON field `OS-EXT-STS:task_state`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-STS:task_state"))]
    pub os_ext_st_stask_state: ::std::string::String,
    /// Required JSON field `OS-EXT-STS:vm_state`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-STS:vm_state"))]
    pub os_ext_st_svm_state: ::std::string::String,
    /// Required JSON field `OS-EXT-SRV-ATTR:instance_name`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:instance_name"))]
    pub os_ext_srv_att_rinstance_name: ::std::string::String,
    /// Required JSON field `OS-EXT-SRV-ATTR:hypervisor_hostname`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "OS-EXT-SRV-ATTR:hypervisor_hostname")
    )]
    pub os_ext_srv_att_rhypervisor_hostname: ::std::string::String,
    /// Required JSON field `flavor`.
    pub flavor: ServerFlavor,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `security_groups`.
    pub security_groups: ::std::vec::Vec<ServerSecurityGroup>,
    /// Required JSON field `OS-EXT-AZ:availability_zone`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-AZ:availability_zone"))]
    pub os_ext_a_zavailability_zone: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `created`.
    pub created: ::std::string::String,
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// JSON field `OS-DCF:diskConfig`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-DCF:diskConfig"))]
    pub os_dc_fdisk_config: ::std::option::Option<::std::string::String>,
    /// Required JSON field `accessIPv4`.
    #[cfg_attr(feature = "serde", serde(rename = "accessIPv4"))]
    pub access_i_pv4: ::std::string::String,
    /// Required JSON field `accessIPv6`.
    #[cfg_attr(feature = "serde", serde(rename = "accessIPv6"))]
    pub access_i_pv6: ::std::string::String,
    /// JSON field `fault`.
    pub fault: ::std::option::Option<::huaweicloud_sdk_core::json::Value>,
    /// JSON field `progress`.
    pub progress: ::std::option::Option<i64>,
    /// Required JSON field `OS-EXT-STS:power_state`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-STS:power_state"))]
    pub os_ext_st_spower_state: i64,
    /// Required JSON field `config_drive`.
    pub config_drive: ::std::string::String,
    /// Required JSON field `metadata`.
    pub metadata: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// Required JSON field `OS-SRV-USG:launched_at`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-SRV-USG:launched_at"))]
    pub os_srv_us_glaunched_at: ::std::string::String,
    /// Required JSON field `OS-SRV-USG:terminated_at`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-SRV-USG:terminated_at"))]
    pub os_srv_us_gterminated_at: ::std::string::String,
    /// Required JSON field `os-extended-volumes:volumes_attached`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "os-extended-volumes:volumes_attached")
    )]
    pub os_extended_volumesvolumes_attached: ::std::vec::Vec<ServerExtendVolumeAttachment>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `host_status`.
    pub host_status: ::std::string::String,
    /// Required JSON field `OS-EXT-SRV-ATTR:hostname`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:hostname"))]
    pub os_ext_srv_att_rhostname: ::std::string::String,
    /// JSON field `OS-EXT-SRV-ATTR:reservation_id`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:reservation_id"))]
    pub os_ext_srv_att_rreservation_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `OS-EXT-SRV-ATTR:launch_index`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:launch_index"))]
    pub os_ext_srv_att_rlaunch_index: i64,
    /// Required JSON field `OS-EXT-SRV-ATTR:kernel_id`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:kernel_id"))]
    pub os_ext_srv_att_rkernel_id: ::std::string::String,
    /// Required JSON field `OS-EXT-SRV-ATTR:ramdisk_id`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:ramdisk_id"))]
    pub os_ext_srv_att_rramdisk_id: ::std::string::String,
    /// Required JSON field `OS-EXT-SRV-ATTR:root_device_name`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:root_device_name"))]
    pub os_ext_srv_att_rroot_device_name: ::std::string::String,
    /// JSON field `OS-EXT-SRV-ATTR:user_data`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:user_data"))]
    pub os_ext_srv_att_ruser_data: ::std::option::Option<::std::string::String>,
    /// Required JSON field `locked`.
    pub locked: bool,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `os:scheduler_hints`.
    #[cfg_attr(feature = "serde", serde(rename = "os:scheduler_hints"))]
    pub osscheduler_hints: ::std::option::Option<ServerSchedulerHints>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `sys_tags`.
    pub sys_tags: ::std::option::Option<::std::vec::Vec<ServerSystemTag>>,
    /// JSON field `cpu_options`.
    pub cpu_options: ::std::option::Option<CpuOptions>,
    /// JSON field `security_options`.
    pub security_options: ::std::option::Option<SecurityOptions>,
    /// JSON field `hypervisor`.
    pub hypervisor: ::std::option::Option<Hypervisor>,
    /// JSON field `network_interfaces`.
    pub network_interfaces: ::std::option::Option<::std::vec::Vec<NetworkInterfaces>>,
}

impl json::FromJson for ServerDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            capacity_reservation_id: json::take(&mut map, "capacity_reservation_id")?,
            capacity_reservation_specification: json::take(
                &mut map,
                "capacity_reservation_specification",
            )?,
            spod_id: json::take(&mut map, "spod_id")?,
            enclave_options: json::take(&mut map, "enclave_options")?,
            status: json::take(&mut map, "status")?,
            updated: json::take(&mut map, "updated")?,
            auto_terminate_time: json::take(&mut map, "auto_terminate_time")?,
            host_id: json::take(&mut map, "hostId")?,
            os_ext_srv_att_rhost: json::take(&mut map, "OS-EXT-SRV-ATTR:host")?,
            addresses: json::take(&mut map, "addresses")?,
            key_name: json::take(&mut map, "key_name")?,
            image: json::take(&mut map, "image")?,
            os_ext_st_stask_state: json::take(&mut map, "OS-EXT-STS:task_state")?,
            os_ext_st_svm_state: json::take(&mut map, "OS-EXT-STS:vm_state")?,
            os_ext_srv_att_rinstance_name: json::take(&mut map, "OS-EXT-SRV-ATTR:instance_name")?,
            os_ext_srv_att_rhypervisor_hostname: json::take(
                &mut map,
                "OS-EXT-SRV-ATTR:hypervisor_hostname",
            )?,
            flavor: json::take(&mut map, "flavor")?,
            id: json::take(&mut map, "id")?,
            security_groups: json::take(&mut map, "security_groups")?,
            os_ext_a_zavailability_zone: json::take(&mut map, "OS-EXT-AZ:availability_zone")?,
            user_id: json::take(&mut map, "user_id")?,
            name: json::take(&mut map, "name")?,
            created: json::take(&mut map, "created")?,
            tenant_id: json::take(&mut map, "tenant_id")?,
            os_dc_fdisk_config: json::take(&mut map, "OS-DCF:diskConfig")?,
            access_i_pv4: json::take(&mut map, "accessIPv4")?,
            access_i_pv6: json::take(&mut map, "accessIPv6")?,
            fault: json::take(&mut map, "fault")?,
            progress: json::take(&mut map, "progress")?,
            os_ext_st_spower_state: json::take(&mut map, "OS-EXT-STS:power_state")?,
            config_drive: json::take(&mut map, "config_drive")?,
            metadata: json::take(&mut map, "metadata")?,
            os_srv_us_glaunched_at: json::take(&mut map, "OS-SRV-USG:launched_at")?,
            os_srv_us_gterminated_at: json::take(&mut map, "OS-SRV-USG:terminated_at")?,
            os_extended_volumesvolumes_attached: json::take(
                &mut map,
                "os-extended-volumes:volumes_attached",
            )?,
            description: json::take(&mut map, "description")?,
            host_status: json::take(&mut map, "host_status")?,
            os_ext_srv_att_rhostname: json::take(&mut map, "OS-EXT-SRV-ATTR:hostname")?,
            os_ext_srv_att_rreservation_id: json::take(&mut map, "OS-EXT-SRV-ATTR:reservation_id")?,
            os_ext_srv_att_rlaunch_index: json::take(&mut map, "OS-EXT-SRV-ATTR:launch_index")?,
            os_ext_srv_att_rkernel_id: json::take(&mut map, "OS-EXT-SRV-ATTR:kernel_id")?,
            os_ext_srv_att_rramdisk_id: json::take(&mut map, "OS-EXT-SRV-ATTR:ramdisk_id")?,
            os_ext_srv_att_rroot_device_name: json::take(
                &mut map,
                "OS-EXT-SRV-ATTR:root_device_name",
            )?,
            os_ext_srv_att_ruser_data: json::take(&mut map, "OS-EXT-SRV-ATTR:user_data")?,
            locked: json::take(&mut map, "locked")?,
            tags: json::take(&mut map, "tags")?,
            osscheduler_hints: json::take(&mut map, "os:scheduler_hints")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            sys_tags: json::take(&mut map, "sys_tags")?,
            cpu_options: json::take(&mut map, "cpu_options")?,
            security_options: json::take(&mut map, "security_options")?,
            hypervisor: json::take(&mut map, "hypervisor")?,
            network_interfaces: json::take(&mut map, "network_interfaces")?,
        })
    }
}

/// JSON model `ServerExtendVolumeAttachment`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerExtendVolumeAttachment {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::string::String,
    /// JSON field `bootIndex`.
    #[cfg_attr(feature = "serde", serde(rename = "bootIndex"))]
    pub boot_index: ::std::option::Option<::std::string::String>,
    /// Required JSON field `device`.
    pub device: ::std::string::String,
}

impl json::FromJson for ServerExtendVolumeAttachment {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            delete_on_termination: json::take(&mut map, "delete_on_termination")?,
            boot_index: json::take(&mut map, "bootIndex")?,
            device: json::take(&mut map, "device")?,
        })
    }
}

/// JSON model `ServerFlavor`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerFlavor {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `disk`.
    pub disk: ::std::string::String,
    /// Required JSON field `vcpus`.
    pub vcpus: ::std::string::String,
    /// Required JSON field `ram`.
    pub ram: ::std::string::String,
    /// Required JSON field `gpus`.
    pub gpus: ::std::vec::Vec<GpuInfo>,
    /// Required JSON field `asic_accelerators`.
    pub asic_accelerators: ::std::vec::Vec<ASICAcceleratorInfo>,
}

impl json::FromJson for ServerFlavor {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            disk: json::take(&mut map, "disk")?,
            vcpus: json::take(&mut map, "vcpus")?,
            ram: json::take(&mut map, "ram")?,
            gpus: json::take(&mut map, "gpus")?,
            asic_accelerators: json::take(&mut map, "asic_accelerators")?,
        })
    }
}

/// JSON model `ServerGroupMember`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerGroupMember {
    /// Required JSON field `instance_uuid`.
    pub instance_uuid: ::std::string::String,
}

impl ServerGroupMember {
    /// Sets the `instance_uuid` field.
    #[must_use]
    pub fn with_instance_uuid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_uuid = value.into();
        self
    }
}

impl json::ToJson for ServerGroupMember {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "instance_uuid", &self.instance_uuid);
        json::Value::Object(map)
    }
}

/// JSON model `ServerId`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerId {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl ServerId {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

impl json::ToJson for ServerId {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

impl json::FromJson for ServerId {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `ServerImage`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerImage {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for ServerImage {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `ServerInterfaceFixedIp`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerInterfaceFixedIp {
    /// JSON field `ip_address`.
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// JSON field `subnet_id`.
    pub subnet_id: ::std::option::Option<::std::string::String>,
}

impl ServerInterfaceFixedIp {
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

impl json::ToJson for ServerInterfaceFixedIp {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "ip_address", &self.ip_address);
        json::put(&mut map, "subnet_id", &self.subnet_id);
        json::Value::Object(map)
    }
}

impl json::FromJson for ServerInterfaceFixedIp {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            ip_address: json::take(&mut map, "ip_address")?,
            subnet_id: json::take(&mut map, "subnet_id")?,
        })
    }
}

/// JSON model `ServerLimits`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerLimits {
    /// Required JSON field `maxImageMeta`.
    #[cfg_attr(feature = "serde", serde(rename = "maxImageMeta"))]
    pub max_image_meta: i64,
    /// Required JSON field `maxPersonality`.
    #[cfg_attr(feature = "serde", serde(rename = "maxPersonality"))]
    pub max_personality: i64,
    /// Required JSON field `maxPersonalitySize`.
    #[cfg_attr(feature = "serde", serde(rename = "maxPersonalitySize"))]
    pub max_personality_size: i64,
    /// Required JSON field `maxSecurityGroupRules`.
    #[cfg_attr(feature = "serde", serde(rename = "maxSecurityGroupRules"))]
    pub max_security_group_rules: i64,
    /// Required JSON field `maxSecurityGroups`.
    #[cfg_attr(feature = "serde", serde(rename = "maxSecurityGroups"))]
    pub max_security_groups: i64,
    /// Required JSON field `maxServerGroupMembers`.
    #[cfg_attr(feature = "serde", serde(rename = "maxServerGroupMembers"))]
    pub max_server_group_members: i64,
    /// Required JSON field `maxServerGroups`.
    #[cfg_attr(feature = "serde", serde(rename = "maxServerGroups"))]
    pub max_server_groups: i64,
    /// Required JSON field `maxServerMeta`.
    #[cfg_attr(feature = "serde", serde(rename = "maxServerMeta"))]
    pub max_server_meta: i64,
    /// Required JSON field `maxTotalCores`.
    #[cfg_attr(feature = "serde", serde(rename = "maxTotalCores"))]
    pub max_total_cores: i64,
    /// Required JSON field `maxTotalFloatingIps`.
    #[cfg_attr(feature = "serde", serde(rename = "maxTotalFloatingIps"))]
    pub max_total_floating_ips: i64,
    /// Required JSON field `maxTotalInstances`.
    #[cfg_attr(feature = "serde", serde(rename = "maxTotalInstances"))]
    pub max_total_instances: i64,
    /// Required JSON field `maxTotalKeypairs`.
    #[cfg_attr(feature = "serde", serde(rename = "maxTotalKeypairs"))]
    pub max_total_keypairs: i64,
    /// Required JSON field `maxTotalRAMSize`.
    #[cfg_attr(feature = "serde", serde(rename = "maxTotalRAMSize"))]
    pub max_total_ram_size: i64,
    /// Required JSON field `totalCoresUsed`.
    #[cfg_attr(feature = "serde", serde(rename = "totalCoresUsed"))]
    pub total_cores_used: i64,
    /// Required JSON field `totalFloatingIpsUsed`.
    #[cfg_attr(feature = "serde", serde(rename = "totalFloatingIpsUsed"))]
    pub total_floating_ips_used: i64,
    /// Required JSON field `totalInstancesUsed`.
    #[cfg_attr(feature = "serde", serde(rename = "totalInstancesUsed"))]
    pub total_instances_used: i64,
    /// Required JSON field `totalRAMUsed`.
    #[cfg_attr(feature = "serde", serde(rename = "totalRAMUsed"))]
    pub total_ram_used: i64,
    /// Required JSON field `totalSecurityGroupsUsed`.
    #[cfg_attr(feature = "serde", serde(rename = "totalSecurityGroupsUsed"))]
    pub total_security_groups_used: i64,
    /// Required JSON field `totalServerGroupsUsed`.
    #[cfg_attr(feature = "serde", serde(rename = "totalServerGroupsUsed"))]
    pub total_server_groups_used: i64,
    /// JSON field `maxTotalSpotInstances`.
    #[cfg_attr(feature = "serde", serde(rename = "maxTotalSpotInstances"))]
    pub max_total_spot_instances: ::std::option::Option<i64>,
    /// JSON field `maxTotalSpotCores`.
    #[cfg_attr(feature = "serde", serde(rename = "maxTotalSpotCores"))]
    pub max_total_spot_cores: ::std::option::Option<i64>,
    /// JSON field `maxTotalSpotRAMSize`.
    #[cfg_attr(feature = "serde", serde(rename = "maxTotalSpotRAMSize"))]
    pub max_total_spot_ram_size: ::std::option::Option<i64>,
    /// JSON field `totalSpotInstancesUsed`.
    #[cfg_attr(feature = "serde", serde(rename = "totalSpotInstancesUsed"))]
    pub total_spot_instances_used: ::std::option::Option<i64>,
    /// JSON field `totalSpotCoresUsed`.
    #[cfg_attr(feature = "serde", serde(rename = "totalSpotCoresUsed"))]
    pub total_spot_cores_used: ::std::option::Option<i64>,
    /// JSON field `totalSpotRAMUsed`.
    #[cfg_attr(feature = "serde", serde(rename = "totalSpotRAMUsed"))]
    pub total_spot_ram_used: ::std::option::Option<i64>,
    /// JSON field `limit_by_flavor`.
    pub limit_by_flavor: ::std::option::Option<::std::vec::Vec<ProjectFlavorLimit>>,
}

impl json::FromJson for ServerLimits {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            max_image_meta: json::take(&mut map, "maxImageMeta")?,
            max_personality: json::take(&mut map, "maxPersonality")?,
            max_personality_size: json::take(&mut map, "maxPersonalitySize")?,
            max_security_group_rules: json::take(&mut map, "maxSecurityGroupRules")?,
            max_security_groups: json::take(&mut map, "maxSecurityGroups")?,
            max_server_group_members: json::take(&mut map, "maxServerGroupMembers")?,
            max_server_groups: json::take(&mut map, "maxServerGroups")?,
            max_server_meta: json::take(&mut map, "maxServerMeta")?,
            max_total_cores: json::take(&mut map, "maxTotalCores")?,
            max_total_floating_ips: json::take(&mut map, "maxTotalFloatingIps")?,
            max_total_instances: json::take(&mut map, "maxTotalInstances")?,
            max_total_keypairs: json::take(&mut map, "maxTotalKeypairs")?,
            max_total_ram_size: json::take(&mut map, "maxTotalRAMSize")?,
            total_cores_used: json::take(&mut map, "totalCoresUsed")?,
            total_floating_ips_used: json::take(&mut map, "totalFloatingIpsUsed")?,
            total_instances_used: json::take(&mut map, "totalInstancesUsed")?,
            total_ram_used: json::take(&mut map, "totalRAMUsed")?,
            total_security_groups_used: json::take(&mut map, "totalSecurityGroupsUsed")?,
            total_server_groups_used: json::take(&mut map, "totalServerGroupsUsed")?,
            max_total_spot_instances: json::take(&mut map, "maxTotalSpotInstances")?,
            max_total_spot_cores: json::take(&mut map, "maxTotalSpotCores")?,
            max_total_spot_ram_size: json::take(&mut map, "maxTotalSpotRAMSize")?,
            total_spot_instances_used: json::take(&mut map, "totalSpotInstancesUsed")?,
            total_spot_cores_used: json::take(&mut map, "totalSpotCoresUsed")?,
            total_spot_ram_used: json::take(&mut map, "totalSpotRAMUsed")?,
            limit_by_flavor: json::take(&mut map, "limit_by_flavor")?,
        })
    }
}

/// JSON model `ServerNicSecurityGroup`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerNicSecurityGroup {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl ServerNicSecurityGroup {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }
}

impl json::ToJson for ServerNicSecurityGroup {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

/// JSON model `ServerRemoteConsole`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerRemoteConsole {
    /// Required JSON field `protocol`.
    pub protocol: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `url`.
    pub url: ::std::string::String,
}

impl json::FromJson for ServerRemoteConsole {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            protocol: json::take(&mut map, "protocol")?,
            r#type: json::take(&mut map, "type")?,
            url: json::take(&mut map, "url")?,
        })
    }
}

/// JSON model `ServerResource`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerResource {
    /// Required JSON field `resource_id`.
    pub resource_id: ::std::string::String,
    /// Required JSON field `resource_detail`.
    pub resource_detail: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<ResourceTag>,
    /// Required JSON field `resource_name`.
    pub resource_name: ::std::string::String,
}

impl json::FromJson for ServerResource {
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

/// JSON model `ServerSchedulerHints`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerSchedulerHints {
    /// JSON field `group`.
    pub group: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `tenancy`.
    pub tenancy: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `dedicated_host_id`.
    pub dedicated_host_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for ServerSchedulerHints {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            group: json::take(&mut map, "group")?,
            tenancy: json::take(&mut map, "tenancy")?,
            dedicated_host_id: json::take(&mut map, "dedicated_host_id")?,
        })
    }
}

/// JSON model `ServerSecurityGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerSecurityGroup {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
}

impl json::FromJson for ServerSecurityGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `ServerSystemTag`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerSystemTag {
    /// JSON field `key`.
    pub key: ::std::option::Option<::std::string::String>,
    /// JSON field `value`.
    pub value: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ServerSystemTag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            value: json::take(&mut map, "value")?,
        })
    }
}

/// JSON model `ServerTag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// JSON field `value`.
    pub value: ::std::option::Option<::std::string::String>,
}

impl ServerTag {
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

impl json::ToJson for ServerTag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

impl json::FromJson for ServerTag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            value: json::take(&mut map, "value")?,
        })
    }
}

/// JSON model `ServerTagMatch`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerTagMatch {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl ServerTagMatch {
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

impl json::ToJson for ServerTagMatch {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// JSON model `ServerTags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerTags {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `values`.
    pub values: ::std::vec::Vec<::std::string::String>,
}

impl ServerTags {
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

impl json::ToJson for ServerTags {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "values", &self.values);
        json::Value::Object(map)
    }
}

/// JSON model `ServerVolumeAttachment`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ServerVolumeAttachment {
    /// JSON field `device`.
    pub device: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `serverId`.
    #[cfg_attr(feature = "serde", serde(rename = "serverId"))]
    pub server_id: ::std::option::Option<::std::string::String>,
    /// JSON field `volumeId`.
    #[cfg_attr(feature = "serde", serde(rename = "volumeId"))]
    pub volume_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ServerVolumeAttachment {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            device: json::take(&mut map, "device")?,
            id: json::take(&mut map, "id")?,
            server_id: json::take(&mut map, "serverId")?,
            volume_id: json::take(&mut map, "volumeId")?,
        })
    }
}

/// Request of [`EcsClient::show_appendable_volume_quota`](super::EcsClient::show_appendable_volume_quota): `GET /v1/{project_id}/cloudservers/{server_id}/appendvolumequota`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowAppendableVolumeQuotaRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ShowAppendableVolumeQuotaRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_appendable_volume_quota`](super::EcsClient::show_appendable_volume_quota): `GET /v1/{project_id}/cloudservers/{server_id}/appendvolumequota`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowAppendableVolumeQuotaResponse {
    /// JSON field `free_scsi`.
    pub free_scsi: ::std::option::Option<i64>,
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `free_blk`.
    pub free_blk: ::std::option::Option<i64>,
}

impl json::FromJson for ShowAppendableVolumeQuotaResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            free_scsi: json::take(&mut map, "free_scsi")?,
            count: json::take(&mut map, "count")?,
            free_blk: json::take(&mut map, "free_blk")?,
        })
    }
}

/// Request of [`EcsClient::show_flavor_capacity`](super::EcsClient::show_flavor_capacity): `GET /v1/{project_id}/cloudservers/flavors/{flavor_id}/resources`.
///
/// Required fields: `flavor_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowFlavorCapacityRequest {
    /// Required path parameter `flavor_id`.
    pub flavor_id: ::std::string::String,
    /// Query parameter `count`.
    pub count: ::std::option::Option<::std::string::String>,
    /// Query parameter `region_ids`.
    pub region_ids: ::std::option::Option<::std::string::String>,
}

impl ShowFlavorCapacityRequest {
    /// Sets the `flavor_id` field.
    #[must_use]
    pub fn with_flavor_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_id = value.into();
        self
    }

    /// Sets the `count` field.
    #[must_use]
    pub fn with_count(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.count = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `region_ids` field.
    #[must_use]
    pub fn with_region_ids(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_ids = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EcsClient::show_flavor_capacity`](super::EcsClient::show_flavor_capacity): `GET /v1/{project_id}/cloudservers/flavors/{flavor_id}/resources`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowFlavorCapacityResponse {
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<QueryFlavorCapacityAzInfo>>,
}

impl json::FromJson for ShowFlavorCapacityResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resources: json::take(&mut map, "resources")?,
        })
    }
}

/// Request of [`EcsClient::show_job`](super::EcsClient::show_job): `GET /v1/{project_id}/jobs/{job_id}`.
///
/// Required fields: `job_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowJobRequest {
    /// Required path parameter `job_id`.
    pub job_id: ::std::string::String,
}

impl ShowJobRequest {
    /// Sets the `job_id` field.
    #[must_use]
    pub fn with_job_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.job_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_job`](super::EcsClient::show_job): `GET /v1/{project_id}/jobs/{job_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowJobResponse {
    /// JSON field `begin_time`.
    pub begin_time: ::std::option::Option<::std::string::String>,
    /// JSON field `code`.
    pub code: ::std::option::Option<::std::string::String>,
    /// JSON field `end_time`.
    pub end_time: ::std::option::Option<::std::string::String>,
    /// JSON field `entities`.
    pub entities: ::std::option::Option<JobEntities>,
    /// JSON field `error_code`.
    pub error_code: ::std::option::Option<::std::string::String>,
    /// JSON field `fail_reason`.
    pub fail_reason: ::std::option::Option<::std::string::String>,
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `job_type`.
    pub job_type: ::std::option::Option<::std::string::String>,
    /// JSON field `message`.
    pub message: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowJobResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            begin_time: json::take(&mut map, "begin_time")?,
            code: json::take(&mut map, "code")?,
            end_time: json::take(&mut map, "end_time")?,
            entities: json::take(&mut map, "entities")?,
            error_code: json::take(&mut map, "error_code")?,
            fail_reason: json::take(&mut map, "fail_reason")?,
            job_id: json::take(&mut map, "job_id")?,
            job_type: json::take(&mut map, "job_type")?,
            message: json::take(&mut map, "message")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// Request of [`EcsClient::show_metadata_options`](super::EcsClient::show_metadata_options): `GET /v1/{project_id}/cloudservers/{server_id}/metadata-options`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowMetadataOptionsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ShowMetadataOptionsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_metadata_options`](super::EcsClient::show_metadata_options): `GET /v1/{project_id}/cloudservers/{server_id}/metadata-options`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowMetadataOptionsResponse {
    /// JSON field `http_endpoint`.
    pub http_endpoint: ::std::option::Option<::std::string::String>,
    /// JSON field `http_tokens`.
    pub http_tokens: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowMetadataOptionsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            http_endpoint: json::take(&mut map, "http_endpoint")?,
            http_tokens: json::take(&mut map, "http_tokens")?,
        })
    }
}

/// Request of [`EcsClient::show_recycle_bin`](super::EcsClient::show_recycle_bin): `GET /v1/{project_id}/recycle-bin`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowRecycleBinRequest {}

/// Response of [`EcsClient::show_recycle_bin`](super::EcsClient::show_recycle_bin): `GET /v1/{project_id}/recycle-bin`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowRecycleBinResponse {
    /// JSON field `project_id`.
    pub project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `switch`.
    pub switch: ::std::option::Option<::std::string::String>,
    /// JSON field `policy`.
    pub policy: ::std::option::Option<RecycleBinPolicys>,
}

impl json::FromJson for ShowRecycleBinResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            project_id: json::take(&mut map, "project_id")?,
            switch: json::take(&mut map, "switch")?,
            policy: json::take(&mut map, "policy")?,
        })
    }
}

/// Request of [`EcsClient::show_reset_password_flag`](super::EcsClient::show_reset_password_flag): `GET /v1/{project_id}/cloudservers/{server_id}/os-resetpwd-flag`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowResetPasswordFlagRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ShowResetPasswordFlagRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_reset_password_flag`](super::EcsClient::show_reset_password_flag): `GET /v1/{project_id}/cloudservers/{server_id}/os-resetpwd-flag`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowResetPasswordFlagResponse {
    /// JSON field `resetpwd_flag`.
    pub resetpwd_flag: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowResetPasswordFlagResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resetpwd_flag: json::take(&mut map, "resetpwd_flag")?,
        })
    }
}

/// JSON model `ShowSerialConsoleActionsOption`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSerialConsoleActionsOption {
    /// JSON field `url`.
    pub url: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowSerialConsoleActionsOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            url: json::take(&mut map, "url")?,
        })
    }
}

/// Request of [`EcsClient::show_serial_console_actions`](super::EcsClient::show_serial_console_actions): `POST /v1/{project_id}/cloudservers/{server_id}/actions/serial-console`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSerialConsoleActionsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ShowSerialConsoleActionsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_serial_console_actions`](super::EcsClient::show_serial_console_actions): `POST /v1/{project_id}/cloudservers/{server_id}/actions/serial-console`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSerialConsoleActionsResponse {
    /// JSON field `serial_console`.
    pub serial_console: ::std::option::Option<ShowSerialConsoleActionsOption>,
}

impl json::FromJson for ShowSerialConsoleActionsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            serial_console: json::take(&mut map, "serial_console")?,
        })
    }
}

/// Request of [`EcsClient::show_server_attachable_nic_num`](super::EcsClient::show_server_attachable_nic_num): `GET /v1/{project_id}/cloudservers/{server_id}/os-interface_extension`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerAttachableNicNumRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ShowServerAttachableNicNumRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_server_attachable_nic_num`](super::EcsClient::show_server_attachable_nic_num): `GET /v1/{project_id}/cloudservers/{server_id}/os-interface_extension`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerAttachableNicNumResponse {
    /// JSON field `attachableQuantity`.
    #[cfg_attr(feature = "serde", serde(rename = "attachableQuantity"))]
    pub attachable_quantity: ::std::option::Option<AttachableQuantityForNic>,
    /// JSON field `interfaceAttachments`.
    #[cfg_attr(feature = "serde", serde(rename = "interfaceAttachments"))]
    pub interface_attachments: ::std::option::Option<::std::vec::Vec<InterfaceExt>>,
}

impl json::FromJson for ShowServerAttachableNicNumResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            attachable_quantity: json::take(&mut map, "attachableQuantity")?,
            interface_attachments: json::take(&mut map, "interfaceAttachments")?,
        })
    }
}

/// Request of [`EcsClient::show_server_block_device`](super::EcsClient::show_server_block_device): `GET /v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}`.
///
/// Required fields: `server_id`, `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerBlockDeviceRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
}

impl ShowServerBlockDeviceRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_server_block_device`](super::EcsClient::show_server_block_device): `GET /v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerBlockDeviceResponse {
    /// JSON field `volumeAttachment`.
    #[cfg_attr(feature = "serde", serde(rename = "volumeAttachment"))]
    pub volume_attachment: ::std::option::Option<ServerBlockDevice>,
}

impl json::FromJson for ShowServerBlockDeviceResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            volume_attachment: json::take(&mut map, "volumeAttachment")?,
        })
    }
}

/// Request of [`EcsClient::show_server_console_output`](super::EcsClient::show_server_console_output): `GET /v1/{project_id}/cloudservers/{server_id}/console-output`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerConsoleOutputRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Query parameter `length`.
    pub length: ::std::option::Option<i64>,
}

impl ShowServerConsoleOutputRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `length` field.
    #[must_use]
    pub fn with_length(mut self, value: i64) -> Self {
        self.length = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::show_server_console_output`](super::EcsClient::show_server_console_output): `GET /v1/{project_id}/cloudservers/{server_id}/console-output`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerConsoleOutputResponse {
    /// JSON field `output`.
    pub output: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowServerConsoleOutputResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            output: json::take(&mut map, "output")?,
        })
    }
}

/// Request of [`EcsClient::show_server_group`](super::EcsClient::show_server_group): `GET /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}`.
///
/// Required fields: `server_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerGroupRequest {
    /// Required path parameter `server_group_id`.
    pub server_group_id: ::std::string::String,
}

impl ShowServerGroupRequest {
    /// Sets the `server_group_id` field.
    #[must_use]
    pub fn with_server_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_group_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_server_group`](super::EcsClient::show_server_group): `GET /v1/{project_id}/cloudservers/os-server-groups/{server_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerGroupResponse {
    /// JSON field `server_group`.
    pub server_group: ::std::option::Option<ShowServerGroupResult>,
}

impl json::FromJson for ShowServerGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            server_group: json::take(&mut map, "server_group")?,
        })
    }
}

/// JSON model `ShowServerGroupResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerGroupResult {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `members`.
    pub members: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `metadata`.
    pub metadata: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `policies`.
    pub policies: ::std::vec::Vec<::std::string::String>,
}

impl json::FromJson for ShowServerGroupResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            members: json::take(&mut map, "members")?,
            metadata: json::take(&mut map, "metadata")?,
            name: json::take(&mut map, "name")?,
            policies: json::take(&mut map, "policies")?,
        })
    }
}

/// Request of [`EcsClient::show_server_limits`](super::EcsClient::show_server_limits): `GET /v1/{project_id}/cloudservers/limits`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerLimitsRequest {}

/// Response of [`EcsClient::show_server_limits`](super::EcsClient::show_server_limits): `GET /v1/{project_id}/cloudservers/limits`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerLimitsResponse {
    /// JSON field `absolute`.
    pub absolute: ::std::option::Option<ServerLimits>,
}

impl json::FromJson for ShowServerLimitsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            absolute: json::take(&mut map, "absolute")?,
        })
    }
}

/// Request of [`EcsClient::show_server_password`](super::EcsClient::show_server_password): `GET /v1/{project_id}/cloudservers/{server_id}/os-server-password`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerPasswordRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ShowServerPasswordRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_server_password`](super::EcsClient::show_server_password): `GET /v1/{project_id}/cloudservers/{server_id}/os-server-password`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerPasswordResponse {
    /// JSON field `password`. Debug output hides its value.
    pub password: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for ShowServerPasswordResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ShowServerPasswordResponse")
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl json::FromJson for ShowServerPasswordResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            password: json::take(&mut map, "password")?,
        })
    }
}

/// Request of [`EcsClient::show_server_remote_console`](super::EcsClient::show_server_remote_console): `POST /v1/{project_id}/cloudservers/{server_id}/remote_console`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerRemoteConsoleRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ShowServerRemoteConsoleRequestBody>,
}

impl ShowServerRemoteConsoleRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ShowServerRemoteConsoleRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ShowServerRemoteConsoleRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerRemoteConsoleRequestBody {
    /// Required JSON field `remote_console`.
    pub remote_console: GetServerRemoteConsoleOption,
}

impl ShowServerRemoteConsoleRequestBody {
    /// Sets the `remote_console` field.
    #[must_use]
    pub fn with_remote_console(mut self, value: GetServerRemoteConsoleOption) -> Self {
        self.remote_console = value;
        self
    }
}

impl json::ToJson for ShowServerRemoteConsoleRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "remote_console", &self.remote_console);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::show_server_remote_console`](super::EcsClient::show_server_remote_console): `POST /v1/{project_id}/cloudservers/{server_id}/remote_console`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerRemoteConsoleResponse {
    /// JSON field `remote_console`.
    pub remote_console: ::std::option::Option<ServerRemoteConsole>,
}

impl json::FromJson for ShowServerRemoteConsoleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            remote_console: json::take(&mut map, "remote_console")?,
        })
    }
}

/// Request of [`EcsClient::show_server`](super::EcsClient::show_server): `GET /v1/{project_id}/cloudservers/{server_id}`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ShowServerRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_server`](super::EcsClient::show_server): `GET /v1/{project_id}/cloudservers/{server_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerResponse {
    /// JSON field `server`.
    pub server: ::std::option::Option<ServerDetail>,
}

impl json::FromJson for ShowServerResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            server: json::take(&mut map, "server")?,
        })
    }
}

/// Request of [`EcsClient::show_server_tags`](super::EcsClient::show_server_tags): `GET /v1/{project_id}/cloudservers/{server_id}/tags`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerTagsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
}

impl ShowServerTagsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }
}

/// Response of [`EcsClient::show_server_tags`](super::EcsClient::show_server_tags): `GET /v1/{project_id}/cloudservers/{server_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowServerTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ServerTag>>,
}

impl json::FromJson for ShowServerTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `SimpleFlavor`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SimpleFlavor {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<Link>,
}

impl json::FromJson for SimpleFlavor {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
        })
    }
}

/// JSON model `SubJob`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SubJob {
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `entities`.
    pub entities: ::std::option::Option<SubJobEntities>,
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `job_type`.
    pub job_type: ::std::option::Option<::std::string::String>,
    /// JSON field `begin_time`.
    pub begin_time: ::std::option::Option<::std::string::String>,
    /// JSON field `end_time`.
    pub end_time: ::std::option::Option<::std::string::String>,
    /// JSON field `error_code`.
    pub error_code: ::std::option::Option<::std::string::String>,
    /// JSON field `fail_reason`.
    pub fail_reason: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for SubJob {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            status: json::take(&mut map, "status")?,
            entities: json::take(&mut map, "entities")?,
            job_id: json::take(&mut map, "job_id")?,
            job_type: json::take(&mut map, "job_type")?,
            begin_time: json::take(&mut map, "begin_time")?,
            end_time: json::take(&mut map, "end_time")?,
            error_code: json::take(&mut map, "error_code")?,
            fail_reason: json::take(&mut map, "fail_reason")?,
        })
    }
}

/// JSON model `SubJobEntities`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SubJobEntities {
    /// JSON field `server_id`.
    pub server_id: ::std::option::Option<::std::string::String>,
    /// JSON field `nic_id`.
    pub nic_id: ::std::option::Option<::std::string::String>,
    /// JSON field `errorcode_message`.
    pub errorcode_message: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for SubJobEntities {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            server_id: json::take(&mut map, "server_id")?,
            nic_id: json::take(&mut map, "nic_id")?,
            errorcode_message: json::take(&mut map, "errorcode_message")?,
        })
    }
}

/// JSON model `TemplateBandwidthOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateBandwidthOption {
    /// JSON field `share_type`.
    pub share_type: ::std::option::Option<::std::string::String>,
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// JSON field `charge_mode`.
    pub charge_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl TemplateBandwidthOption {
    /// Sets the `share_type` field.
    #[must_use]
    pub fn with_share_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `size` field.
    #[must_use]
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `charge_mode` field.
    #[must_use]
    pub fn with_charge_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for TemplateBandwidthOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "share_type", &self.share_type);
        json::put(&mut map, "size", &self.size);
        json::put(&mut map, "charge_mode", &self.charge_mode);
        json::put(&mut map, "id", &self.id);
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateBandwidthOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            share_type: json::take(&mut map, "share_type")?,
            size: json::take(&mut map, "size")?,
            charge_mode: json::take(&mut map, "charge_mode")?,
            id: json::take(&mut map, "id")?,
        })
    }
}

/// JSON model `TemplateBlockDeviceMappingAttachmentOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateBlockDeviceMappingAttachmentOption {
    /// JSON field `boot_index`.
    pub boot_index: ::std::option::Option<i64>,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
}

impl TemplateBlockDeviceMappingAttachmentOption {
    /// Sets the `boot_index` field.
    #[must_use]
    pub fn with_boot_index(mut self, value: i64) -> Self {
        self.boot_index = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `delete_on_termination` field.
    #[must_use]
    pub fn with_delete_on_termination(mut self, value: bool) -> Self {
        self.delete_on_termination = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TemplateBlockDeviceMappingAttachmentOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "boot_index", &self.boot_index);
        json::put(
            &mut map,
            "delete_on_termination",
            &self.delete_on_termination,
        );
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateBlockDeviceMappingAttachmentOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            boot_index: json::take(&mut map, "boot_index")?,
            delete_on_termination: json::take(&mut map, "delete_on_termination")?,
        })
    }
}

/// JSON model `TemplateBlockDeviceMappingOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateBlockDeviceMappingOption {
    /// JSON field `source_id`.
    pub source_id: ::std::option::Option<::std::string::String>,
    /// JSON field `source_type`.
    pub source_type: ::std::option::Option<::std::string::String>,
    /// JSON field `encrypted`.
    pub encrypted: ::std::option::Option<bool>,
    /// JSON field `cmk_id`.
    pub cmk_id: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_type`.
    pub volume_type: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_size`.
    pub volume_size: ::std::option::Option<i64>,
    /// JSON field `attachment`.
    pub attachment: ::std::option::Option<TemplateBlockDeviceMappingAttachmentOption>,
}

impl TemplateBlockDeviceMappingOption {
    /// Sets the `source_id` field.
    #[must_use]
    pub fn with_source_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `source_type` field.
    #[must_use]
    pub fn with_source_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `encrypted` field.
    #[must_use]
    pub fn with_encrypted(mut self, value: bool) -> Self {
        self.encrypted = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `cmk_id` field.
    #[must_use]
    pub fn with_cmk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cmk_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `volume_type` field.
    #[must_use]
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `volume_size` field.
    #[must_use]
    pub fn with_volume_size(mut self, value: i64) -> Self {
        self.volume_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `attachment` field.
    #[must_use]
    pub fn with_attachment(mut self, value: TemplateBlockDeviceMappingAttachmentOption) -> Self {
        self.attachment = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TemplateBlockDeviceMappingOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "source_id", &self.source_id);
        json::put(&mut map, "source_type", &self.source_type);
        json::put(&mut map, "encrypted", &self.encrypted);
        json::put(&mut map, "cmk_id", &self.cmk_id);
        json::put(&mut map, "volume_type", &self.volume_type);
        json::put(&mut map, "volume_size", &self.volume_size);
        json::put(&mut map, "attachment", &self.attachment);
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateBlockDeviceMappingOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            source_id: json::take(&mut map, "source_id")?,
            source_type: json::take(&mut map, "source_type")?,
            encrypted: json::take(&mut map, "encrypted")?,
            cmk_id: json::take(&mut map, "cmk_id")?,
            volume_type: json::take(&mut map, "volume_type")?,
            volume_size: json::take(&mut map, "volume_size")?,
            attachment: json::take(&mut map, "attachment")?,
        })
    }
}

/// JSON model `TemplateData`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateData {
    /// JSON field `flavor_id`.
    pub flavor_id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `availability_zone_id`.
    pub availability_zone_id: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `auto_recovery`.
    pub auto_recovery: ::std::option::Option<bool>,
    /// JSON field `os_profile`.
    pub os_profile: ::std::option::Option<TemplateOsProfile>,
    /// JSON field `security_group_ids`.
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `network_interfaces`.
    pub network_interfaces: ::std::option::Option<::std::vec::Vec<TemplateNetworkInterfaceOption>>,
    /// JSON field `block_device_mappings`.
    pub block_device_mappings:
        ::std::option::Option<::std::vec::Vec<TemplateBlockDeviceMappingOption>>,
    /// JSON field `market_options`.
    pub market_options: ::std::option::Option<TemplateMarketOptions>,
    /// JSON field `internet_access`.
    pub internet_access: ::std::option::Option<TemplateInternetAccessOption>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `tag_options`.
    pub tag_options: ::std::option::Option<::std::vec::Vec<TemplateTagOptions>>,
}

impl TemplateData {
    /// Sets the `flavor_id` field.
    #[must_use]
    pub fn with_flavor_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.flavor_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `availability_zone_id` field.
    #[must_use]
    pub fn with_availability_zone_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.availability_zone_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `auto_recovery` field.
    #[must_use]
    pub fn with_auto_recovery(mut self, value: bool) -> Self {
        self.auto_recovery = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `os_profile` field.
    #[must_use]
    pub fn with_os_profile(mut self, value: TemplateOsProfile) -> Self {
        self.os_profile = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `security_group_ids` field.
    #[must_use]
    pub fn with_security_group_ids(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.security_group_ids = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `network_interfaces` field.
    #[must_use]
    pub fn with_network_interfaces(
        mut self,
        value: ::std::vec::Vec<TemplateNetworkInterfaceOption>,
    ) -> Self {
        self.network_interfaces = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `block_device_mappings` field.
    #[must_use]
    pub fn with_block_device_mappings(
        mut self,
        value: ::std::vec::Vec<TemplateBlockDeviceMappingOption>,
    ) -> Self {
        self.block_device_mappings = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `market_options` field.
    #[must_use]
    pub fn with_market_options(mut self, value: TemplateMarketOptions) -> Self {
        self.market_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `internet_access` field.
    #[must_use]
    pub fn with_internet_access(mut self, value: TemplateInternetAccessOption) -> Self {
        self.internet_access = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(
        mut self,
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tag_options` field.
    #[must_use]
    pub fn with_tag_options(mut self, value: ::std::vec::Vec<TemplateTagOptions>) -> Self {
        self.tag_options = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TemplateData {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "flavor_id", &self.flavor_id);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "availability_zone_id", &self.availability_zone_id);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "auto_recovery", &self.auto_recovery);
        json::put(&mut map, "os_profile", &self.os_profile);
        json::put(&mut map, "security_group_ids", &self.security_group_ids);
        json::put(&mut map, "network_interfaces", &self.network_interfaces);
        json::put(
            &mut map,
            "block_device_mappings",
            &self.block_device_mappings,
        );
        json::put(&mut map, "market_options", &self.market_options);
        json::put(&mut map, "internet_access", &self.internet_access);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "tag_options", &self.tag_options);
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateData {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            flavor_id: json::take(&mut map, "flavor_id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            availability_zone_id: json::take(&mut map, "availability_zone_id")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            auto_recovery: json::take(&mut map, "auto_recovery")?,
            os_profile: json::take(&mut map, "os_profile")?,
            security_group_ids: json::take(&mut map, "security_group_ids")?,
            network_interfaces: json::take(&mut map, "network_interfaces")?,
            block_device_mappings: json::take(&mut map, "block_device_mappings")?,
            market_options: json::take(&mut map, "market_options")?,
            internet_access: json::take(&mut map, "internet_access")?,
            metadata: json::take(&mut map, "metadata")?,
            tag_options: json::take(&mut map, "tag_options")?,
        })
    }
}

/// JSON model `TemplateInternetAccessOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateInternetAccessOption {
    /// JSON field `publicip`.
    pub publicip: ::std::option::Option<TemplatePublicIpOption>,
}

impl TemplateInternetAccessOption {
    /// Sets the `publicip` field.
    #[must_use]
    pub fn with_publicip(mut self, value: TemplatePublicIpOption) -> Self {
        self.publicip = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TemplateInternetAccessOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "publicip", &self.publicip);
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateInternetAccessOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            publicip: json::take(&mut map, "publicip")?,
        })
    }
}

/// JSON model `TemplateMarketOptions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateMarketOptions {
    /// JSON field `market_type`.
    pub market_type: ::std::option::Option<::std::string::String>,
    /// JSON field `spot_options`.
    pub spot_options: ::std::option::Option<TemplateSpotOptions>,
}

impl TemplateMarketOptions {
    /// Sets the `market_type` field.
    #[must_use]
    pub fn with_market_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.market_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `spot_options` field.
    #[must_use]
    pub fn with_spot_options(mut self, value: TemplateSpotOptions) -> Self {
        self.spot_options = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TemplateMarketOptions {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "market_type", &self.market_type);
        json::put(&mut map, "spot_options", &self.spot_options);
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateMarketOptions {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            market_type: json::take(&mut map, "market_type")?,
            spot_options: json::take(&mut map, "spot_options")?,
        })
    }
}

/// JSON model `TemplateNetworkInterfaceAttachmentOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateNetworkInterfaceAttachmentOption {
    /// JSON field `device_index`.
    pub device_index: ::std::option::Option<i64>,
}

impl TemplateNetworkInterfaceAttachmentOption {
    /// Sets the `device_index` field.
    #[must_use]
    pub fn with_device_index(mut self, value: i64) -> Self {
        self.device_index = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TemplateNetworkInterfaceAttachmentOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "device_index", &self.device_index);
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateNetworkInterfaceAttachmentOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            device_index: json::take(&mut map, "device_index")?,
        })
    }
}

/// JSON model `TemplateNetworkInterfaceOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateNetworkInterfaceOption {
    /// JSON field `virsubnet_id`.
    pub virsubnet_id: ::std::option::Option<::std::string::String>,
    /// JSON field `attachment`.
    pub attachment: ::std::option::Option<TemplateNetworkInterfaceAttachmentOption>,
}

impl TemplateNetworkInterfaceOption {
    /// Sets the `virsubnet_id` field.
    #[must_use]
    pub fn with_virsubnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virsubnet_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `attachment` field.
    #[must_use]
    pub fn with_attachment(mut self, value: TemplateNetworkInterfaceAttachmentOption) -> Self {
        self.attachment = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TemplateNetworkInterfaceOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "virsubnet_id", &self.virsubnet_id);
        json::put(&mut map, "attachment", &self.attachment);
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateNetworkInterfaceOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            virsubnet_id: json::take(&mut map, "virsubnet_id")?,
            attachment: json::take(&mut map, "attachment")?,
        })
    }
}

/// JSON model `TemplateOsProfile`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateOsProfile {
    /// JSON field `key_name`. Debug output hides its value.
    pub key_name: ::std::option::Option<::std::string::String>,
    /// JSON field `user_data`. Debug output hides its value.
    pub user_data: ::std::option::Option<::std::string::String>,
    /// JSON field `iam_agency_name`.
    pub iam_agency_name: ::std::option::Option<::std::string::String>,
    /// JSON field `enable_monitoring_service`.
    pub enable_monitoring_service: ::std::option::Option<bool>,
}

impl ::std::fmt::Debug for TemplateOsProfile {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TemplateOsProfile")
            .field("key_name", &self.key_name.as_ref().map(|_| "<redacted>"))
            .field("user_data", &self.user_data.as_ref().map(|_| "<redacted>"))
            .field("iam_agency_name", &self.iam_agency_name)
            .field("enable_monitoring_service", &self.enable_monitoring_service)
            .finish()
    }
}

impl TemplateOsProfile {
    /// Sets the `key_name` field.
    #[must_use]
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `user_data` field.
    #[must_use]
    pub fn with_user_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `iam_agency_name` field.
    #[must_use]
    pub fn with_iam_agency_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.iam_agency_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `enable_monitoring_service` field.
    #[must_use]
    pub fn with_enable_monitoring_service(mut self, value: bool) -> Self {
        self.enable_monitoring_service = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TemplateOsProfile {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key_name", &self.key_name);
        json::put(&mut map, "user_data", &self.user_data);
        json::put(&mut map, "iam_agency_name", &self.iam_agency_name);
        json::put(
            &mut map,
            "enable_monitoring_service",
            &self.enable_monitoring_service,
        );
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateOsProfile {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key_name: json::take(&mut map, "key_name")?,
            user_data: json::take(&mut map, "user_data")?,
            iam_agency_name: json::take(&mut map, "iam_agency_name")?,
            enable_monitoring_service: json::take(&mut map, "enable_monitoring_service")?,
        })
    }
}

/// JSON model `TemplatePublicIpOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplatePublicIpOption {
    /// JSON field `publicip_type`.
    pub publicip_type: ::std::option::Option<::std::string::String>,
    /// JSON field `charging_mode`.
    pub charging_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `bandwidth`.
    pub bandwidth: ::std::option::Option<TemplateBandwidthOption>,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
}

impl TemplatePublicIpOption {
    /// Sets the `publicip_type` field.
    #[must_use]
    pub fn with_publicip_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.publicip_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `charging_mode` field.
    #[must_use]
    pub fn with_charging_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charging_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `bandwidth` field.
    #[must_use]
    pub fn with_bandwidth(mut self, value: TemplateBandwidthOption) -> Self {
        self.bandwidth = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `delete_on_termination` field.
    #[must_use]
    pub fn with_delete_on_termination(mut self, value: bool) -> Self {
        self.delete_on_termination = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TemplatePublicIpOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "publicip_type", &self.publicip_type);
        json::put(&mut map, "charging_mode", &self.charging_mode);
        json::put(&mut map, "bandwidth", &self.bandwidth);
        json::put(
            &mut map,
            "delete_on_termination",
            &self.delete_on_termination,
        );
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplatePublicIpOption {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            publicip_type: json::take(&mut map, "publicip_type")?,
            charging_mode: json::take(&mut map, "charging_mode")?,
            bandwidth: json::take(&mut map, "bandwidth")?,
            delete_on_termination: json::take(&mut map, "delete_on_termination")?,
        })
    }
}

/// JSON model `TemplateSpotOptions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateSpotOptions {
    /// JSON field `spot_price`.
    pub spot_price: ::std::option::Option<f64>,
    /// JSON field `block_duration_minutes`.
    pub block_duration_minutes: ::std::option::Option<i64>,
    /// JSON field `instance_interruption_behavior`.
    pub instance_interruption_behavior: ::std::option::Option<::std::string::String>,
}

impl TemplateSpotOptions {
    /// Sets the `spot_price` field.
    #[must_use]
    pub fn with_spot_price(mut self, value: f64) -> Self {
        self.spot_price = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `block_duration_minutes` field.
    #[must_use]
    pub fn with_block_duration_minutes(mut self, value: i64) -> Self {
        self.block_duration_minutes = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `instance_interruption_behavior` field.
    #[must_use]
    pub fn with_instance_interruption_behavior(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_interruption_behavior = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for TemplateSpotOptions {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "spot_price", &self.spot_price);
        json::put(
            &mut map,
            "block_duration_minutes",
            &self.block_duration_minutes,
        );
        json::put(
            &mut map,
            "instance_interruption_behavior",
            &self.instance_interruption_behavior,
        );
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateSpotOptions {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            spot_price: json::take(&mut map, "spot_price")?,
            block_duration_minutes: json::take(&mut map, "block_duration_minutes")?,
            instance_interruption_behavior: json::take(&mut map, "instance_interruption_behavior")?,
        })
    }
}

/// JSON model `TemplateTag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateTag {
    /// JSON field `key`.
    pub key: ::std::option::Option<::std::string::String>,
    /// JSON field `value`.
    pub value: ::std::option::Option<::std::string::String>,
}

impl TemplateTag {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `value` field.
    #[must_use]
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for TemplateTag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateTag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            value: json::take(&mut map, "value")?,
        })
    }
}

/// JSON model `TemplateTagOptions`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateTagOptions {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<TemplateTag>>,
}

impl TemplateTagOptions {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<TemplateTag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for TemplateTagOptions {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

impl json::FromJson for TemplateTagOptions {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `TemplateVersion`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TemplateVersion {
    /// JSON field `template_data`.
    pub template_data: ::std::option::Option<TemplateData>,
    /// JSON field `version_number`.
    pub version_number: ::std::option::Option<i64>,
    /// JSON field `version_id`.
    pub version_id: ::std::option::Option<::std::string::String>,
    /// JSON field `version_description`.
    pub version_description: ::std::option::Option<::std::string::String>,
    /// JSON field `created_at`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// JSON field `launch_template_id`.
    pub launch_template_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for TemplateVersion {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            template_data: json::take(&mut map, "template_data")?,
            version_number: json::take(&mut map, "version_number")?,
            version_id: json::take(&mut map, "version_id")?,
            version_description: json::take(&mut map, "version_description")?,
            created_at: json::take(&mut map, "created_at")?,
            launch_template_id: json::take(&mut map, "launch_template_id")?,
        })
    }
}

/// Request of [`EcsClient::update_metadata_options`](super::EcsClient::update_metadata_options): `PUT /v1/{project_id}/cloudservers/{server_id}/metadata-options`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateMetadataOptionsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateServerMetadataOptionsRequestBody>,
}

impl UpdateMetadataOptionsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateServerMetadataOptionsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::update_metadata_options`](super::EcsClient::update_metadata_options): `PUT /v1/{project_id}/cloudservers/{server_id}/metadata-options`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateMetadataOptionsResponse {}

impl json::FromJson for UpdateMetadataOptionsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateNicInfoRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateNicInfoRequestBody {
    /// Required JSON field `interface_attachment`.
    pub interface_attachment: InterfaceAttachment,
}

impl UpdateNicInfoRequestBody {
    /// Sets the `interface_attachment` field.
    #[must_use]
    pub fn with_interface_attachment(mut self, value: InterfaceAttachment) -> Self {
        self.interface_attachment = value;
        self
    }
}

impl json::ToJson for UpdateNicInfoRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "interface_attachment", &self.interface_attachment);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateRecycleBinOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRecycleBinOption {
    /// Required JSON field `switch`.
    pub switch: ::std::string::String,
}

impl UpdateRecycleBinOption {
    /// Sets the `switch` field.
    #[must_use]
    pub fn with_switch(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.switch = value.into();
        self
    }
}

impl json::ToJson for UpdateRecycleBinOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "switch", &self.switch);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateRecycleBinPolicyOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRecycleBinPolicyOption {
    /// Required JSON field `retention_hour`.
    pub retention_hour: i64,
    /// Required JSON field `recycle_threshold_day`.
    pub recycle_threshold_day: i64,
}

impl UpdateRecycleBinPolicyOption {
    /// Sets the `retention_hour` field.
    #[must_use]
    pub fn with_retention_hour(mut self, value: i64) -> Self {
        self.retention_hour = value;
        self
    }

    /// Sets the `recycle_threshold_day` field.
    #[must_use]
    pub fn with_recycle_threshold_day(mut self, value: i64) -> Self {
        self.recycle_threshold_day = value;
        self
    }
}

impl json::ToJson for UpdateRecycleBinPolicyOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "retention_hour", &self.retention_hour);
        json::put(
            &mut map,
            "recycle_threshold_day",
            &self.recycle_threshold_day,
        );
        json::Value::Object(map)
    }
}

/// JSON model `UpdateRecycleBinPolicyReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRecycleBinPolicyReq {
    /// Required JSON field `policy`.
    pub policy: UpdateRecycleBinPolicyOption,
}

impl UpdateRecycleBinPolicyReq {
    /// Sets the `policy` field.
    #[must_use]
    pub fn with_policy(mut self, value: UpdateRecycleBinPolicyOption) -> Self {
        self.policy = value;
        self
    }
}

impl json::ToJson for UpdateRecycleBinPolicyReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "policy", &self.policy);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::update_recycle_bin_policy`](super::EcsClient::update_recycle_bin_policy): `PUT /v1/{project_id}/recycle-bin/policy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRecycleBinPolicyRequest {
    /// Request body.
    pub body: ::std::option::Option<UpdateRecycleBinPolicyReq>,
}

impl UpdateRecycleBinPolicyRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateRecycleBinPolicyReq) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::update_recycle_bin_policy`](super::EcsClient::update_recycle_bin_policy): `PUT /v1/{project_id}/recycle-bin/policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRecycleBinPolicyResponse {}

impl json::FromJson for UpdateRecycleBinPolicyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateRecycleBinReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRecycleBinReq {
    /// Required JSON field `recycle_bin`.
    pub recycle_bin: UpdateRecycleBinOption,
}

impl UpdateRecycleBinReq {
    /// Sets the `recycle_bin` field.
    #[must_use]
    pub fn with_recycle_bin(mut self, value: UpdateRecycleBinOption) -> Self {
        self.recycle_bin = value;
        self
    }
}

impl json::ToJson for UpdateRecycleBinReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "recycle_bin", &self.recycle_bin);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::update_recycle_bin`](super::EcsClient::update_recycle_bin): `PUT /v1/{project_id}/recycle-bin`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRecycleBinRequest {
    /// Request body.
    pub body: ::std::option::Option<UpdateRecycleBinReq>,
}

impl UpdateRecycleBinRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateRecycleBinReq) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::update_recycle_bin`](super::EcsClient::update_recycle_bin): `PUT /v1/{project_id}/recycle-bin`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRecycleBinResponse {}

impl json::FromJson for UpdateRecycleBinResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EcsClient::update_scheduled_event`](super::EcsClient::update_scheduled_event): `PUT /v3/{project_id}/instance-scheduled-events/{id}`.
///
/// Required fields: `id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateScheduledEventRequest {
    /// Required path parameter `id`.
    pub id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ScheduledEventUpdateBody>,
}

impl UpdateScheduledEventRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ScheduledEventUpdateBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::update_scheduled_event`](super::EcsClient::update_scheduled_event): `PUT /v3/{project_id}/instance-scheduled-events/{id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateScheduledEventResponse {
    /// Value of the `X-Request-Id` response header.
    #[cfg_attr(feature = "serde", serde(rename = "X-Request-Id"))]
    pub x_request_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UpdateScheduledEventResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            x_request_id: json::take(&mut map, "x_request_id")?,
        })
    }
}

/// JSON model `UpdateSerialConsoleOptionsOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSerialConsoleOptionsOption {
    /// JSON field `enabled`.
    pub enabled: ::std::option::Option<bool>,
}

impl UpdateSerialConsoleOptionsOption {
    /// Sets the `enabled` field.
    #[must_use]
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateSerialConsoleOptionsOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "enabled", &self.enabled);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::update_serial_console_options`](super::EcsClient::update_serial_console_options): `PUT /v1/{project_id}/cloudservers/{server_id}/serial-console-options`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSerialConsoleOptionsRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateSerialConsoleOptionsRequestBody>,
}

impl UpdateSerialConsoleOptionsRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateSerialConsoleOptionsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateSerialConsoleOptionsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSerialConsoleOptionsRequestBody {
    /// JSON field `serial_console_options`.
    pub serial_console_options: ::std::option::Option<UpdateSerialConsoleOptionsOption>,
}

impl UpdateSerialConsoleOptionsRequestBody {
    /// Sets the `serial_console_options` field.
    #[must_use]
    pub fn with_serial_console_options(mut self, value: UpdateSerialConsoleOptionsOption) -> Self {
        self.serial_console_options = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateSerialConsoleOptionsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "serial_console_options",
            &self.serial_console_options,
        );
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::update_serial_console_options`](super::EcsClient::update_serial_console_options): `PUT /v1/{project_id}/cloudservers/{server_id}/serial-console-options`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSerialConsoleOptionsResponse {}

impl json::FromJson for UpdateSerialConsoleOptionsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateServerAddress`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerAddress {
    /// Required JSON field `version`.
    pub version: i64,
    /// Required JSON field `addr`.
    pub addr: ::std::string::String,
}

impl json::FromJson for UpdateServerAddress {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            version: json::take(&mut map, "version")?,
            addr: json::take(&mut map, "addr")?,
        })
    }
}

/// Request of [`EcsClient::update_server_auto_terminate_time`](super::EcsClient::update_server_auto_terminate_time): `POST /v1/{project_id}/cloudservers/{server_id}/actions/update-auto-terminate-time`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerAutoTerminateTimeRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateServerAutoTerminateTimeRequestBody>,
}

impl UpdateServerAutoTerminateTimeRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateServerAutoTerminateTimeRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateServerAutoTerminateTimeRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerAutoTerminateTimeRequestBody {
    /// Required JSON field `auto_terminate_time`.
    pub auto_terminate_time: ::std::string::String,
}

impl UpdateServerAutoTerminateTimeRequestBody {
    /// Sets the `auto_terminate_time` field.
    #[must_use]
    pub fn with_auto_terminate_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_terminate_time = value.into();
        self
    }
}

impl json::ToJson for UpdateServerAutoTerminateTimeRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auto_terminate_time", &self.auto_terminate_time);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::update_server_auto_terminate_time`](super::EcsClient::update_server_auto_terminate_time): `POST /v1/{project_id}/cloudservers/{server_id}/actions/update-auto-terminate-time`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerAutoTerminateTimeResponse {}

impl json::FromJson for UpdateServerAutoTerminateTimeResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateServerBlockDeviceOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerBlockDeviceOption {
    /// Required JSON field `delete_on_termination`.
    pub delete_on_termination: bool,
}

impl UpdateServerBlockDeviceOption {
    /// Sets the `delete_on_termination` field.
    #[must_use]
    pub fn with_delete_on_termination(mut self, value: bool) -> Self {
        self.delete_on_termination = value;
        self
    }
}

impl json::ToJson for UpdateServerBlockDeviceOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(
            &mut map,
            "delete_on_termination",
            &self.delete_on_termination,
        );
        json::Value::Object(map)
    }
}

/// JSON model `UpdateServerBlockDeviceReq`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerBlockDeviceReq {
    /// Required JSON field `block_device`.
    pub block_device: UpdateServerBlockDeviceOption,
}

impl UpdateServerBlockDeviceReq {
    /// Sets the `block_device` field.
    #[must_use]
    pub fn with_block_device(mut self, value: UpdateServerBlockDeviceOption) -> Self {
        self.block_device = value;
        self
    }
}

impl json::ToJson for UpdateServerBlockDeviceReq {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "block_device", &self.block_device);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::update_server_block_device`](super::EcsClient::update_server_block_device): `PUT /v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}`.
///
/// Required fields: `server_id`, `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerBlockDeviceRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateServerBlockDeviceReq>,
}

impl UpdateServerBlockDeviceRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateServerBlockDeviceReq) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::update_server_block_device`](super::EcsClient::update_server_block_device): `PUT /v1/{project_id}/cloudservers/{server_id}/block_device/{volume_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerBlockDeviceResponse {}

impl json::FromJson for UpdateServerBlockDeviceResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EcsClient::update_server_interface`](super::EcsClient::update_server_interface): `PUT /v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}`.
///
/// Required fields: `server_id`, `port_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerInterfaceRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Required path parameter `port_id`.
    pub port_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateNicInfoRequestBody>,
}

impl UpdateServerInterfaceRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `port_id` field.
    #[must_use]
    pub fn with_port_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateNicInfoRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EcsClient::update_server_interface`](super::EcsClient::update_server_interface): `PUT /v1/{project_id}/cloudservers/{server_id}/os-interface/{port_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerInterfaceResponse {}

impl json::FromJson for UpdateServerInterfaceResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `UpdateServerMetadataOptionsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerMetadataOptionsRequestBody {
    /// JSON field `http_endpoint`.
    pub http_endpoint: ::std::option::Option<::std::string::String>,
    /// JSON field `http_tokens`.
    pub http_tokens: ::std::option::Option<::std::string::String>,
}

impl UpdateServerMetadataOptionsRequestBody {
    /// Sets the `http_endpoint` field.
    #[must_use]
    pub fn with_http_endpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_endpoint = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `http_tokens` field.
    #[must_use]
    pub fn with_http_tokens(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_tokens = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateServerMetadataOptionsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "http_endpoint", &self.http_endpoint);
        json::put(&mut map, "http_tokens", &self.http_tokens);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::update_server_metadata`](super::EcsClient::update_server_metadata): `POST /v1/{project_id}/cloudservers/{server_id}/metadata`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerMetadataRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateServerMetadataRequestBody>,
}

impl UpdateServerMetadataRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateServerMetadataRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateServerMetadataRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerMetadataRequestBody {
    /// Required JSON field `metadata`.
    pub metadata: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
}

impl UpdateServerMetadataRequestBody {
    /// Sets the `metadata` field.
    #[must_use]
    pub fn with_metadata(
        mut self,
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.metadata = value;
        self
    }
}

impl json::ToJson for UpdateServerMetadataRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "metadata", &self.metadata);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::update_server_metadata`](super::EcsClient::update_server_metadata): `POST /v1/{project_id}/cloudservers/{server_id}/metadata`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerMetadataResponse {
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}

impl json::FromJson for UpdateServerMetadataResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            metadata: json::take(&mut map, "metadata")?,
        })
    }
}

/// JSON model `UpdateServerOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `hostname`.
    pub hostname: ::std::option::Option<::std::string::String>,
    /// JSON field `security_options`.
    pub security_options: ::std::option::Option<SecurityOptions>,
    /// JSON field `user_data`.
    pub user_data: ::std::option::Option<::std::string::String>,
}

impl UpdateServerOption {
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

    /// Sets the `hostname` field.
    #[must_use]
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `security_options` field.
    #[must_use]
    pub fn with_security_options(mut self, value: SecurityOptions) -> Self {
        self.security_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `user_data` field.
    #[must_use]
    pub fn with_user_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for UpdateServerOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "hostname", &self.hostname);
        json::put(&mut map, "security_options", &self.security_options);
        json::put(&mut map, "user_data", &self.user_data);
        json::Value::Object(map)
    }
}

/// Request of [`EcsClient::update_server`](super::EcsClient::update_server): `PUT /v1/{project_id}/cloudservers/{server_id}`.
///
/// Required fields: `server_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerRequest {
    /// Required path parameter `server_id`.
    pub server_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateServerRequestBody>,
}

impl UpdateServerRequest {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateServerRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateServerRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerRequestBody {
    /// Required JSON field `server`.
    pub server: UpdateServerOption,
}

impl UpdateServerRequestBody {
    /// Sets the `server` field.
    #[must_use]
    pub fn with_server(mut self, value: UpdateServerOption) -> Self {
        self.server = value;
        self
    }
}

impl json::ToJson for UpdateServerRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "server", &self.server);
        json::Value::Object(map)
    }
}

/// Response of [`EcsClient::update_server`](super::EcsClient::update_server): `PUT /v1/{project_id}/cloudservers/{server_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerResponse {
    /// JSON field `server`.
    pub server: ::std::option::Option<UpdateServerResult>,
}

impl json::FromJson for UpdateServerResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            server: json::take(&mut map, "server")?,
        })
    }
}

/// JSON model `UpdateServerResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateServerResult {
    /// Required JSON field `tenant_id`.
    pub tenant_id: ::std::string::String,
    /// Required JSON field `image`.
    pub image: ::std::string::String,
    /// Required JSON field `accessIPv4`.
    #[cfg_attr(feature = "serde", serde(rename = "accessIPv4"))]
    pub access_i_pv4: ::std::string::String,
    /// Required JSON field `accessIPv6`.
    #[cfg_attr(feature = "serde", serde(rename = "accessIPv6"))]
    pub access_i_pv6: ::std::string::String,
    /// Required JSON field `metadata`.
    pub metadata: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// Required JSON field `addresses`.
    pub addresses:
        ::std::collections::HashMap<::std::string::String, ::std::vec::Vec<UpdateServerAddress>>,
    /// Required JSON field `created`.
    pub created: ::std::string::String,
    /// Required JSON field `hostId`.
    #[cfg_attr(feature = "serde", serde(rename = "hostId"))]
    pub host_id: ::std::string::String,
    /// Required JSON field `flavor`.
    pub flavor: SimpleFlavor,
    /// JSON field `OS-DCF:diskConfig`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-DCF:diskConfig"))]
    pub os_dc_fdisk_config: ::std::option::Option<::std::string::String>,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `progress`.
    pub progress: i64,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<Link>,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `updated`.
    pub updated: ::std::string::String,
    /// JSON field `locked`.
    pub locked: ::std::option::Option<bool>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// JSON field `OS-EXT-SRV-ATTR:user_data`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:user_data"))]
    pub os_ext_srv_att_ruser_data: ::std::option::Option<::std::string::String>,
    /// Required JSON field `OS-EXT-SRV-ATTR:hostname`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-EXT-SRV-ATTR:hostname"))]
    pub os_ext_srv_att_rhostname: ::std::string::String,
}

impl json::FromJson for UpdateServerResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tenant_id: json::take(&mut map, "tenant_id")?,
            image: json::take(&mut map, "image")?,
            access_i_pv4: json::take(&mut map, "accessIPv4")?,
            access_i_pv6: json::take(&mut map, "accessIPv6")?,
            metadata: json::take(&mut map, "metadata")?,
            addresses: json::take(&mut map, "addresses")?,
            created: json::take(&mut map, "created")?,
            host_id: json::take(&mut map, "hostId")?,
            flavor: json::take(&mut map, "flavor")?,
            os_dc_fdisk_config: json::take(&mut map, "OS-DCF:diskConfig")?,
            user_id: json::take(&mut map, "user_id")?,
            name: json::take(&mut map, "name")?,
            progress: json::take(&mut map, "progress")?,
            links: json::take(&mut map, "links")?,
            id: json::take(&mut map, "id")?,
            updated: json::take(&mut map, "updated")?,
            locked: json::take(&mut map, "locked")?,
            description: json::take(&mut map, "description")?,
            tags: json::take(&mut map, "tags")?,
            status: json::take(&mut map, "status")?,
            os_ext_srv_att_ruser_data: json::take(&mut map, "OS-EXT-SRV-ATTR:user_data")?,
            os_ext_srv_att_rhostname: json::take(&mut map, "OS-EXT-SRV-ATTR:hostname")?,
        })
    }
}

/// JSON model `VolumeAttach`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VolumeAttach {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// JSON field `delete_on_termination`.
    pub delete_on_termination: ::std::option::Option<bool>,
    /// JSON field `device`.
    pub device: ::std::option::Option<::std::string::String>,
    /// JSON field `bootIndex`.
    #[cfg_attr(feature = "serde", serde(rename = "bootIndex"))]
    pub boot_index: ::std::option::Option<::std::string::String>,
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
}

impl json::FromJson for VolumeAttach {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            delete_on_termination: json::take(&mut map, "delete_on_termination")?,
            device: json::take(&mut map, "device")?,
            boot_index: json::take(&mut map, "bootIndex")?,
            size: json::take(&mut map, "size")?,
        })
    }
}

/// JSON model `VolumeBatchDetachRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VolumeBatchDetachRequest {
    /// Required JSON field `serverinfo`.
    pub serverinfo: ::std::vec::Vec<::std::string::String>,
}

impl VolumeBatchDetachRequest {
    /// Sets the `serverinfo` field.
    #[must_use]
    pub fn with_serverinfo(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.serverinfo = value;
        self
    }
}

impl json::ToJson for VolumeBatchDetachRequest {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "serverinfo", &self.serverinfo);
        json::Value::Object(map)
    }
}
