//! Request, response and data types of the EVS v2 API.
//!
//! Request types and the models inside request bodies implement `Default` and have a
//! `with_*` setter per field. Types without `Default` have a `new` taking their required
//! fields. All types are `#[non_exhaustive]`, so new API fields are not breaking.

use huaweicloud_sdk_core::json;

/// Request of [`EvsClient::associate_auto_snapshot_policy`](super::EvsClient::associate_auto_snapshot_policy): `POST /v5/{project_id}/snapshot-policies/{snapshot_policy_id}/associate`.
///
/// Required fields: `snapshot_policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateAutoSnapshotPolicyRequest {
    /// Required path parameter `snapshot_policy_id`.
    pub snapshot_policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl AssociateAutoSnapshotPolicyRequest {
    /// Sets the `snapshot_policy_id` field.
    #[must_use]
    pub fn with_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::associate_auto_snapshot_policy`](super::EvsClient::associate_auto_snapshot_policy): `POST /v5/{project_id}/snapshot-policies/{snapshot_policy_id}/associate`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssociateAutoSnapshotPolicyResponse {}

impl json::FromJson for AssociateAutoSnapshotPolicyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `Attachment`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Attachment {
    /// Required JSON field `attached_at`.
    pub attached_at: ::std::string::String,
    /// Required JSON field `attachment_id`.
    pub attachment_id: ::std::string::String,
    /// Required JSON field `device`.
    pub device: ::std::string::String,
    /// Required JSON field `host_name`.
    pub host_name: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `server_id`.
    pub server_id: ::std::string::String,
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
}

impl json::FromJson for Attachment {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            attached_at: json::take(&mut map, "attached_at")?,
            attachment_id: json::take(&mut map, "attachment_id")?,
            device: json::take(&mut map, "device")?,
            host_name: json::take(&mut map, "host_name")?,
            id: json::take(&mut map, "id")?,
            server_id: json::take(&mut map, "server_id")?,
            volume_id: json::take(&mut map, "volume_id")?,
        })
    }
}

/// JSON model `AzInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AzInfo {
    /// Required JSON field `zoneName`.
    #[cfg_attr(feature = "serde", serde(rename = "zoneName"))]
    pub zone_name: ::std::string::String,
    /// Required JSON field `zoneState`.
    #[cfg_attr(feature = "serde", serde(rename = "zoneState"))]
    pub zone_state: ZoneState,
}

impl json::FromJson for AzInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            zone_name: json::take(&mut map, "zoneName")?,
            zone_state: json::take(&mut map, "zoneState")?,
        })
    }
}

/// JSON model `BatchCreateResourceTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateResourceTagsRequestBody {
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<CreateResourceTag>,
}

impl BatchCreateResourceTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<CreateResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchCreateResourceTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::batch_create_snapshot_group_tag`](super::EvsClient::batch_create_snapshot_group_tag): `POST /v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/create`.
///
/// Required fields: `snapshot_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSnapshotGroupTagRequest {
    /// Required path parameter `snapshot_group_id`.
    pub snapshot_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateResourceTagsRequestBody>,
}

impl BatchCreateSnapshotGroupTagRequest {
    /// Sets the `snapshot_group_id` field.
    #[must_use]
    pub fn with_snapshot_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreateResourceTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::batch_create_snapshot_group_tag`](super::EvsClient::batch_create_snapshot_group_tag): `POST /v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/create`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSnapshotGroupTagResponse {}

impl json::FromJson for BatchCreateSnapshotGroupTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EvsClient::batch_create_snapshot_tags`](super::EvsClient::batch_create_snapshot_tags): `POST /v5/{project_id}/snapshots/{snapshot_id}/tags/create`.
///
/// Required fields: `snapshot_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSnapshotTagsRequest {
    /// Required path parameter `snapshot_id`.
    pub snapshot_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateResourceTagsRequestBody>,
}

impl BatchCreateSnapshotTagsRequest {
    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchCreateResourceTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::batch_create_snapshot_tags`](super::EvsClient::batch_create_snapshot_tags): `POST /v5/{project_id}/snapshots/{snapshot_id}/tags/create`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateSnapshotTagsResponse {}

impl json::FromJson for BatchCreateSnapshotTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EvsClient::batch_create_volume_tags`](super::EvsClient::batch_create_volume_tags): `POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateVolumeTagsRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchCreateVolumeTagsRequestBody>,
}

impl BatchCreateVolumeTagsRequest {
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
    pub fn with_body(mut self, value: BatchCreateVolumeTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchCreateVolumeTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateVolumeTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<Tag>,
}

impl BatchCreateVolumeTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchCreateVolumeTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::batch_create_volume_tags`](super::EvsClient::batch_create_volume_tags): `POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchCreateVolumeTagsResponse {}

impl json::FromJson for BatchCreateVolumeTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `BatchDeleteResourceTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteResourceTagsRequestBody {
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<DeleteResourceTag>,
}

impl BatchDeleteResourceTagsRequestBody {
    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<DeleteResourceTag>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchDeleteResourceTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::batch_delete_snapshot_group_tag`](super::EvsClient::batch_delete_snapshot_group_tag): `POST /v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/delete`.
///
/// Required fields: `snapshot_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSnapshotGroupTagRequest {
    /// Required path parameter `snapshot_group_id`.
    pub snapshot_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteResourceTagsRequestBody>,
}

impl BatchDeleteSnapshotGroupTagRequest {
    /// Sets the `snapshot_group_id` field.
    #[must_use]
    pub fn with_snapshot_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeleteResourceTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::batch_delete_snapshot_group_tag`](super::EvsClient::batch_delete_snapshot_group_tag): `POST /v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/delete`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSnapshotGroupTagResponse {}

impl json::FromJson for BatchDeleteSnapshotGroupTagResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EvsClient::batch_delete_snapshot_tags`](super::EvsClient::batch_delete_snapshot_tags): `POST /v5/{project_id}/snapshots/{snapshot_id}/tags/delete`.
///
/// Required fields: `snapshot_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSnapshotTagsRequest {
    /// Required path parameter `snapshot_id`.
    pub snapshot_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteResourceTagsRequestBody>,
}

impl BatchDeleteSnapshotTagsRequest {
    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchDeleteResourceTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::batch_delete_snapshot_tags`](super::EvsClient::batch_delete_snapshot_tags): `POST /v5/{project_id}/snapshots/{snapshot_id}/tags/delete`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteSnapshotTagsResponse {}

impl json::FromJson for BatchDeleteSnapshotTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EvsClient::batch_delete_volume_tags`](super::EvsClient::batch_delete_volume_tags): `POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteVolumeTagsRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<BatchDeleteVolumeTagsRequestBody>,
}

impl BatchDeleteVolumeTagsRequest {
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
    pub fn with_body(mut self, value: BatchDeleteVolumeTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `BatchDeleteVolumeTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteVolumeTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<DeleteTagsOption>,
}

impl BatchDeleteVolumeTagsRequestBody {
    /// Sets the `action` field.
    #[must_use]
    pub fn with_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<DeleteTagsOption>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for BatchDeleteVolumeTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::batch_delete_volume_tags`](super::EvsClient::batch_delete_volume_tags): `POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchDeleteVolumeTagsResponse {}

impl json::FromJson for BatchDeleteVolumeTagsResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `BatchResizeVolumeRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchResizeVolumeRequestBody {
    /// Required JSON field `volumes`.
    pub volumes: ::std::vec::Vec<VolumesForBatchResizeVolume>,
    /// JSON field `bss_param`.
    pub bss_param: ::std::option::Option<PrepaidParamForBatchResizeVolume>,
}

impl BatchResizeVolumeRequestBody {
    /// Sets the `volumes` field.
    #[must_use]
    pub fn with_volumes(mut self, value: ::std::vec::Vec<VolumesForBatchResizeVolume>) -> Self {
        self.volumes = value;
        self
    }

    /// Sets the `bss_param` field.
    #[must_use]
    pub fn with_bss_param(mut self, value: PrepaidParamForBatchResizeVolume) -> Self {
        self.bss_param = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BatchResizeVolumeRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volumes", &self.volumes);
        json::put(&mut map, "bss_param", &self.bss_param);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::batch_resize_volumes`](super::EvsClient::batch_resize_volumes): `POST /v5/{project_id}/volumes/batch-extend`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchResizeVolumesRequest {
    /// Request body.
    pub body: ::std::option::Option<BatchResizeVolumeRequestBody>,
}

impl BatchResizeVolumesRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BatchResizeVolumeRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::batch_resize_volumes`](super::EvsClient::batch_resize_volumes): `POST /v5/{project_id}/volumes/batch-extend`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchResizeVolumesResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `order_id`.
    pub order_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for BatchResizeVolumesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
            order_id: json::take(&mut map, "order_id")?,
        })
    }
}

/// JSON model `BssParam2`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BssParam2 {
    /// JSON field `is_auto_pay`.
    pub is_auto_pay: ::std::option::Option<bool>,
}

impl BssParam2 {
    /// Sets the `is_auto_pay` field.
    #[must_use]
    pub fn with_is_auto_pay(mut self, value: bool) -> Self {
        self.is_auto_pay = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BssParam2 {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "is_auto_pay", &self.is_auto_pay);
        json::Value::Object(map)
    }
}

/// JSON model `BssParamForCreateVolume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BssParamForCreateVolume {
    /// JSON field `chargingMode`.
    #[cfg_attr(feature = "serde", serde(rename = "chargingMode"))]
    pub charging_mode: ::std::option::Option<::std::string::String>,
    /// JSON field `isAutoPay`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoPay"))]
    pub is_auto_pay: ::std::option::Option<::std::string::String>,
    /// JSON field `isAutoRenew`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoRenew"))]
    pub is_auto_renew: ::std::option::Option<::std::string::String>,
    /// JSON field `periodNum`.
    #[cfg_attr(feature = "serde", serde(rename = "periodNum"))]
    pub period_num: ::std::option::Option<i64>,
    /// JSON field `periodType`.
    #[cfg_attr(feature = "serde", serde(rename = "periodType"))]
    pub period_type: ::std::option::Option<::std::string::String>,
}

impl BssParamForCreateVolume {
    /// Sets the `charging_mode` field.
    #[must_use]
    pub fn with_charging_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charging_mode = ::std::option::Option::Some(value.into());
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

    /// Sets the `is_auto_renew` field.
    #[must_use]
    pub fn with_is_auto_renew(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.is_auto_renew = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `period_num` field.
    #[must_use]
    pub fn with_period_num(mut self, value: i64) -> Self {
        self.period_num = ::std::option::Option::Some(value);
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
}

impl json::ToJson for BssParamForCreateVolume {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "chargingMode", &self.charging_mode);
        json::put(&mut map, "isAutoPay", &self.is_auto_pay);
        json::put(&mut map, "isAutoRenew", &self.is_auto_renew);
        json::put(&mut map, "periodNum", &self.period_num);
        json::put(&mut map, "periodType", &self.period_type);
        json::Value::Object(map)
    }
}

/// JSON model `BssParamForResizeVolume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BssParamForResizeVolume {
    /// JSON field `isAutoPay`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoPay"))]
    pub is_auto_pay: ::std::option::Option<::std::string::String>,
}

impl BssParamForResizeVolume {
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

impl json::ToJson for BssParamForResizeVolume {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "isAutoPay", &self.is_auto_pay);
        json::Value::Object(map)
    }
}

/// JSON model `BssParamForRetypeVolume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BssParamForRetypeVolume {
    /// JSON field `isAutoPay`.
    #[cfg_attr(feature = "serde", serde(rename = "isAutoPay"))]
    pub is_auto_pay: ::std::option::Option<::std::string::String>,
}

impl BssParamForRetypeVolume {
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

impl json::ToJson for BssParamForRetypeVolume {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "isAutoPay", &self.is_auto_pay);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::change_volume_charge_mode`](super::EvsClient::change_volume_charge_mode): `POST /v2/{project_id}/cloudvolumes/change-charge-mode`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeVolumeChargeModeRequest {
    /// Request body.
    pub body: ::std::option::Option<ChangeVolumeChargeModeRequestBody>,
}

impl ChangeVolumeChargeModeRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ChangeVolumeChargeModeRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ChangeVolumeChargeModeRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeVolumeChargeModeRequestBody {
    /// Required JSON field `volume_ids`.
    pub volume_ids: ::std::vec::Vec<::std::string::String>,
    /// JSON field `server_id`.
    pub server_id: ::std::option::Option<::std::string::String>,
    /// JSON field `bss_param`.
    pub bss_param: ::std::option::Option<BssParam2>,
}

impl ChangeVolumeChargeModeRequestBody {
    /// Sets the `volume_ids` field.
    #[must_use]
    pub fn with_volume_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.volume_ids = value;
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

    /// Sets the `bss_param` field.
    #[must_use]
    pub fn with_bss_param(mut self, value: BssParam2) -> Self {
        self.bss_param = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ChangeVolumeChargeModeRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volume_ids", &self.volume_ids);
        json::put(&mut map, "server_id", &self.server_id);
        json::put(&mut map, "bss_param", &self.bss_param);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::change_volume_charge_mode`](super::EvsClient::change_volume_charge_mode): `POST /v2/{project_id}/cloudvolumes/change-charge-mode`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeVolumeChargeModeResponse {
    /// JSON field `body`.
    pub body: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ChangeVolumeChargeModeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            body: json::take(&mut map, "body")?,
        })
    }
}

/// JSON model `CinderAcceptVolumeTransferOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderAcceptVolumeTransferOption {
    /// Required JSON field `auth_key`.
    pub auth_key: ::std::string::String,
}

impl CinderAcceptVolumeTransferOption {
    /// Sets the `auth_key` field.
    #[must_use]
    pub fn with_auth_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auth_key = value.into();
        self
    }
}

impl json::ToJson for CinderAcceptVolumeTransferOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "auth_key", &self.auth_key);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::cinder_accept_volume_transfer`](super::EvsClient::cinder_accept_volume_transfer): `POST /v2/{project_id}/os-volume-transfer/{transfer_id}/accept`.
///
/// Required fields: `transfer_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderAcceptVolumeTransferRequest {
    /// Required path parameter `transfer_id`.
    pub transfer_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<CinderAcceptVolumeTransferRequestBody>,
}

impl CinderAcceptVolumeTransferRequest {
    /// Sets the `transfer_id` field.
    #[must_use]
    pub fn with_transfer_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CinderAcceptVolumeTransferRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CinderAcceptVolumeTransferRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderAcceptVolumeTransferRequestBody {
    /// Required JSON field `accept`.
    pub accept: CinderAcceptVolumeTransferOption,
}

impl CinderAcceptVolumeTransferRequestBody {
    /// Sets the `accept` field.
    #[must_use]
    pub fn with_accept(mut self, value: CinderAcceptVolumeTransferOption) -> Self {
        self.accept = value;
        self
    }
}

impl json::ToJson for CinderAcceptVolumeTransferRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "accept", &self.accept);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::cinder_accept_volume_transfer`](super::EvsClient::cinder_accept_volume_transfer): `POST /v2/{project_id}/os-volume-transfer/{transfer_id}/accept`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderAcceptVolumeTransferResponse {
    /// JSON field `transfer`.
    pub transfer: ::std::option::Option<VolumeTransferSummary>,
}

impl json::FromJson for CinderAcceptVolumeTransferResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            transfer: json::take(&mut map, "transfer")?,
        })
    }
}

/// Request of [`EvsClient::cinder_create_volume_transfer`](super::EvsClient::cinder_create_volume_transfer): `POST /v2/{project_id}/os-volume-transfer`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderCreateVolumeTransferRequest {
    /// Request body.
    pub body: ::std::option::Option<CinderCreateVolumeTransferRequestBody>,
}

impl CinderCreateVolumeTransferRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CinderCreateVolumeTransferRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CinderCreateVolumeTransferRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderCreateVolumeTransferRequestBody {
    /// Required JSON field `transfer`.
    pub transfer: CreateVolumeTransferOption,
}

impl CinderCreateVolumeTransferRequestBody {
    /// Sets the `transfer` field.
    #[must_use]
    pub fn with_transfer(mut self, value: CreateVolumeTransferOption) -> Self {
        self.transfer = value;
        self
    }
}

impl json::ToJson for CinderCreateVolumeTransferRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "transfer", &self.transfer);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::cinder_create_volume_transfer`](super::EvsClient::cinder_create_volume_transfer): `POST /v2/{project_id}/os-volume-transfer`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderCreateVolumeTransferResponse {
    /// JSON field `transfer`.
    pub transfer: ::std::option::Option<CreateVolumeTransferDetail>,
}

impl json::FromJson for CinderCreateVolumeTransferResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            transfer: json::take(&mut map, "transfer")?,
        })
    }
}

/// Request of [`EvsClient::cinder_delete_volume_transfer`](super::EvsClient::cinder_delete_volume_transfer): `DELETE /v2/{project_id}/os-volume-transfer/{transfer_id}`.
///
/// Required fields: `transfer_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderDeleteVolumeTransferRequest {
    /// Required path parameter `transfer_id`.
    pub transfer_id: ::std::string::String,
}

impl CinderDeleteVolumeTransferRequest {
    /// Sets the `transfer_id` field.
    #[must_use]
    pub fn with_transfer_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_id = value.into();
        self
    }
}

/// Response of [`EvsClient::cinder_delete_volume_transfer`](super::EvsClient::cinder_delete_volume_transfer): `DELETE /v2/{project_id}/os-volume-transfer/{transfer_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderDeleteVolumeTransferResponse {}

impl json::FromJson for CinderDeleteVolumeTransferResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EvsClient::cinder_list_availability_zones`](super::EvsClient::cinder_list_availability_zones): `GET /v2/{project_id}/os-availability-zone`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderListAvailabilityZonesRequest {}

/// Response of [`EvsClient::cinder_list_availability_zones`](super::EvsClient::cinder_list_availability_zones): `GET /v2/{project_id}/os-availability-zone`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderListAvailabilityZonesResponse {
    /// JSON field `availabilityZoneInfo`.
    #[cfg_attr(feature = "serde", serde(rename = "availabilityZoneInfo"))]
    pub availability_zone_info: ::std::option::Option<::std::vec::Vec<AzInfo>>,
}

impl json::FromJson for CinderListAvailabilityZonesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            availability_zone_info: json::take(&mut map, "availabilityZoneInfo")?,
        })
    }
}

/// Request of [`EvsClient::cinder_list_quotas`](super::EvsClient::cinder_list_quotas): `GET /v2/{project_id}/os-quota-sets/{target_project_id}`.
///
/// Required fields: `target_project_id`, `usage`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderListQuotasRequest {
    /// Required path parameter `target_project_id`.
    pub target_project_id: ::std::string::String,
    /// Required query parameter `usage`.
    pub usage: ::std::string::String,
}

impl CinderListQuotasRequest {
    /// Sets the `target_project_id` field.
    #[must_use]
    pub fn with_target_project_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_project_id = value.into();
        self
    }

    /// Sets the `usage` field.
    #[must_use]
    pub fn with_usage(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.usage = value.into();
        self
    }
}

/// Response of [`EvsClient::cinder_list_quotas`](super::EvsClient::cinder_list_quotas): `GET /v2/{project_id}/os-quota-sets/{target_project_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderListQuotasResponse {
    /// JSON field `quota_set`.
    pub quota_set: ::std::option::Option<QuotaList>,
}

impl json::FromJson for CinderListQuotasResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            quota_set: json::take(&mut map, "quota_set")?,
        })
    }
}

/// Request of [`EvsClient::cinder_list_volume_transfers`](super::EvsClient::cinder_list_volume_transfers): `GET /v2/{project_id}/os-volume-transfer`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderListVolumeTransfersRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
}

impl CinderListVolumeTransfersRequest {
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

/// Response of [`EvsClient::cinder_list_volume_transfers`](super::EvsClient::cinder_list_volume_transfers): `GET /v2/{project_id}/os-volume-transfer`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderListVolumeTransfersResponse {
    /// JSON field `transfers`.
    pub transfers: ::std::option::Option<::std::vec::Vec<VolumeTransferSummary>>,
}

impl json::FromJson for CinderListVolumeTransfersResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            transfers: json::take(&mut map, "transfers")?,
        })
    }
}

/// Request of [`EvsClient::cinder_list_volume_types`](super::EvsClient::cinder_list_volume_types): `GET /v2/{project_id}/types`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderListVolumeTypesRequest {}

/// Response of [`EvsClient::cinder_list_volume_types`](super::EvsClient::cinder_list_volume_types): `GET /v2/{project_id}/types`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderListVolumeTypesResponse {
    /// JSON field `volume_types`.
    pub volume_types: ::std::option::Option<::std::vec::Vec<VolumeType>>,
}

impl json::FromJson for CinderListVolumeTypesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            volume_types: json::take(&mut map, "volume_types")?,
        })
    }
}

/// Request of [`EvsClient::cinder_show_volume_transfer`](super::EvsClient::cinder_show_volume_transfer): `GET /v2/{project_id}/os-volume-transfer/{transfer_id}`.
///
/// Required fields: `transfer_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderShowVolumeTransferRequest {
    /// Required path parameter `transfer_id`.
    pub transfer_id: ::std::string::String,
}

impl CinderShowVolumeTransferRequest {
    /// Sets the `transfer_id` field.
    #[must_use]
    pub fn with_transfer_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transfer_id = value.into();
        self
    }
}

/// Response of [`EvsClient::cinder_show_volume_transfer`](super::EvsClient::cinder_show_volume_transfer): `GET /v2/{project_id}/os-volume-transfer/{transfer_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderShowVolumeTransferResponse {
    /// JSON field `transfer`.
    pub transfer: ::std::option::Option<VolumeTransfer>,
}

impl json::FromJson for CinderShowVolumeTransferResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            transfer: json::take(&mut map, "transfer")?,
        })
    }
}

/// JSON model `CinderUpdateSnapshotOptionV5`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CinderUpdateSnapshotOptionV5 {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `instant_access`.
    pub instant_access: ::std::option::Option<bool>,
}

impl CinderUpdateSnapshotOptionV5 {
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

    /// Sets the `instant_access` field.
    #[must_use]
    pub fn with_instant_access(mut self, value: bool) -> Self {
        self.instant_access = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CinderUpdateSnapshotOptionV5 {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "instant_access", &self.instant_access);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::count_auto_snapshot_policies`](super::EvsClient::count_auto_snapshot_policies): `GET /v5/{project_id}/snapshot-policies/count`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountAutoSnapshotPoliciesRequest {
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `tag_key`.
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
}

impl CountAutoSnapshotPoliciesRequest {
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

    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
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

/// Response of [`EvsClient::count_auto_snapshot_policies`](super::EvsClient::count_auto_snapshot_policies): `GET /v5/{project_id}/snapshot-policies/count`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountAutoSnapshotPoliciesResponse {
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
}

impl json::FromJson for CountAutoSnapshotPoliciesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            count: json::take(&mut map, "count")?,
        })
    }
}

/// Request of [`EvsClient::count_snapshot_chains`](super::EvsClient::count_snapshot_chains): `GET /v5/{project_id}/snapshot-chains/count`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountSnapshotChainsRequest {
    /// Query parameter `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// Query parameter `category`.
    pub category: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
}

impl CountSnapshotChainsRequest {
    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `category` field.
    #[must_use]
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EvsClient::count_snapshot_chains`](super::EvsClient::count_snapshot_chains): `GET /v5/{project_id}/snapshot-chains/count`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountSnapshotChainsResponse {
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
}

impl json::FromJson for CountSnapshotChainsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            count: json::take(&mut map, "count")?,
        })
    }
}

/// Request of [`EvsClient::count_snapshots_group`](super::EvsClient::count_snapshots_group): `GET /v5/{project_id}/snapshot-groups/count`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountSnapshotsGroupRequest {
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `tag_key`.
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::string::String>,
}

impl CountSnapshotsGroupRequest {
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

    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EvsClient::count_snapshots_group`](super::EvsClient::count_snapshots_group): `GET /v5/{project_id}/snapshot-groups/count`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountSnapshotsGroupResponse {
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
}

impl json::FromJson for CountSnapshotsGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            count: json::take(&mut map, "count")?,
        })
    }
}

/// Request of [`EvsClient::count_snapshots`](super::EvsClient::count_snapshots): `GET /v5/{project_id}/snapshots/count`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountSnapshotsRequest {
    /// Query parameter `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `snapshot_type`.
    pub snapshot_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `tag_key`.
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `snapshot_chain_id`.
    pub snapshot_chain_id: ::std::option::Option<::std::string::String>,
}

impl CountSnapshotsRequest {
    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `snapshot_type` field.
    #[must_use]
    pub fn with_snapshot_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_type = ::std::option::Option::Some(value.into());
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

    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `snapshot_chain_id` field.
    #[must_use]
    pub fn with_snapshot_chain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_chain_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EvsClient::count_snapshots`](super::EvsClient::count_snapshots): `GET /v5/{project_id}/snapshots/count`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CountSnapshotsResponse {
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
}

impl json::FromJson for CountSnapshotsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            count: json::take(&mut map, "count")?,
        })
    }
}

/// Request of [`EvsClient::create_auto_snapshot_policy`](super::EvsClient::create_auto_snapshot_policy): `POST /v5/{project_id}/snapshot-policies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAutoSnapshotPolicyRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateSnapshotPolicyRequestBody>,
}

impl CreateAutoSnapshotPolicyRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateSnapshotPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::create_auto_snapshot_policy`](super::EvsClient::create_auto_snapshot_policy): `POST /v5/{project_id}/snapshot-policies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAutoSnapshotPolicyResponse {
    /// JSON field `snapshot_policy`.
    pub snapshot_policy: ::std::option::Option<GetSnapshotPolicy>,
}

impl json::FromJson for CreateAutoSnapshotPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot_policy: json::take(&mut map, "snapshot_policy")?,
        })
    }
}

/// JSON model `CreateResourceTag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateResourceTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `value`.
    pub value: ::std::string::String,
}

impl CreateResourceTag {
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

impl json::ToJson for CreateResourceTag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::create_snapshot_group`](super::EvsClient::create_snapshot_group): `POST /v5/{project_id}/snapshot-groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSnapshotGroupRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateSnapshotGroupRequestBody>,
}

impl CreateSnapshotGroupRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateSnapshotGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateSnapshotGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSnapshotGroupRequestBody {
    /// Required JSON field `snapshot_group`.
    pub snapshot_group: SnapshotGroup,
}

impl CreateSnapshotGroupRequestBody {
    /// Sets the `snapshot_group` field.
    #[must_use]
    pub fn with_snapshot_group(mut self, value: SnapshotGroup) -> Self {
        self.snapshot_group = value;
        self
    }
}

impl json::ToJson for CreateSnapshotGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "snapshot_group", &self.snapshot_group);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::create_snapshot_group`](super::EvsClient::create_snapshot_group): `POST /v5/{project_id}/snapshot-groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSnapshotGroupResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `snapshot_group_id`.
    pub snapshot_group_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateSnapshotGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
            snapshot_group_id: json::take(&mut map, "snapshot_group_id")?,
        })
    }
}

/// JSON model `CreateSnapshotOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSnapshotOption {
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
    /// JSON field `force`.
    pub force: ::std::option::Option<bool>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl CreateSnapshotOption {
    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = value.into();
        self
    }

    /// Sets the `force` field.
    #[must_use]
    pub fn with_force(mut self, value: bool) -> Self {
        self.force = ::std::option::Option::Some(value);
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

impl json::ToJson for CreateSnapshotOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volume_id", &self.volume_id);
        json::put(&mut map, "force", &self.force);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `CreateSnapshotPolicy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSnapshotPolicy {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `repeat_weekdays`.
    pub repeat_weekdays: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `repeat_interval_days`.
    pub repeat_interval_days: ::std::option::Option<i64>,
    /// Required JSON field `time_points`.
    pub time_points: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `retention_days`.
    pub retention_days: i64,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
}

impl CreateSnapshotPolicy {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `repeat_weekdays` field.
    #[must_use]
    pub fn with_repeat_weekdays(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.repeat_weekdays = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `repeat_interval_days` field.
    #[must_use]
    pub fn with_repeat_interval_days(mut self, value: i64) -> Self {
        self.repeat_interval_days = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `time_points` field.
    #[must_use]
    pub fn with_time_points(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.time_points = value;
        self
    }

    /// Sets the `retention_days` field.
    #[must_use]
    pub fn with_retention_days(mut self, value: i64) -> Self {
        self.retention_days = value;
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(
        mut self,
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value);
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

impl json::ToJson for CreateSnapshotPolicy {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "repeat_weekdays", &self.repeat_weekdays);
        json::put(&mut map, "repeat_interval_days", &self.repeat_interval_days);
        json::put(&mut map, "time_points", &self.time_points);
        json::put(&mut map, "retention_days", &self.retention_days);
        json::put(&mut map, "tags", &self.tags);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::Value::Object(map)
    }
}

/// JSON model `CreateSnapshotPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSnapshotPolicyRequestBody {
    /// Required JSON field `snapshot_policy`.
    pub snapshot_policy: CreateSnapshotPolicy,
}

impl CreateSnapshotPolicyRequestBody {
    /// Sets the `snapshot_policy` field.
    #[must_use]
    pub fn with_snapshot_policy(mut self, value: CreateSnapshotPolicy) -> Self {
        self.snapshot_policy = value;
        self
    }
}

impl json::ToJson for CreateSnapshotPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "snapshot_policy", &self.snapshot_policy);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::create_snapshot`](super::EvsClient::create_snapshot): `POST /v2/{project_id}/cloudsnapshots`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSnapshotRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateSnapshotRequestBody>,
}

impl CreateSnapshotRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateSnapshotRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateSnapshotRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSnapshotRequestBody {
    /// Required JSON field `snapshot`.
    pub snapshot: CreateSnapshotOption,
}

impl CreateSnapshotRequestBody {
    /// Sets the `snapshot` field.
    #[must_use]
    pub fn with_snapshot(mut self, value: CreateSnapshotOption) -> Self {
        self.snapshot = value;
        self
    }
}

impl json::ToJson for CreateSnapshotRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "snapshot", &self.snapshot);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::create_snapshot`](super::EvsClient::create_snapshot): `POST /v2/{project_id}/cloudsnapshots`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSnapshotResponse {
    /// JSON field `snapshot`.
    pub snapshot: ::std::option::Option<SnapshotDetails>,
}

impl json::FromJson for CreateSnapshotResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot: json::take(&mut map, "snapshot")?,
        })
    }
}

/// JSON model `CreateStandardSnapshot`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateStandardSnapshot {
    /// JSON field `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `instant_access`.
    pub instant_access: ::std::option::Option<bool>,
    /// JSON field `incremental`.
    pub incremental: ::std::option::Option<bool>,
    /// JSON field `retention_days`.
    pub retention_days: ::std::option::Option<i64>,
}

impl CreateStandardSnapshot {
    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(
        mut self,
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value);
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

    /// Sets the `instant_access` field.
    #[must_use]
    pub fn with_instant_access(mut self, value: bool) -> Self {
        self.instant_access = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `incremental` field.
    #[must_use]
    pub fn with_incremental(mut self, value: bool) -> Self {
        self.incremental = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `retention_days` field.
    #[must_use]
    pub fn with_retention_days(mut self, value: i64) -> Self {
        self.retention_days = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateStandardSnapshot {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volume_id", &self.volume_id);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "tags", &self.tags);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "instant_access", &self.instant_access);
        json::put(&mut map, "incremental", &self.incremental);
        json::put(&mut map, "retention_days", &self.retention_days);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::create_standard_snapshot`](super::EvsClient::create_standard_snapshot): `POST /v5/{project_id}/snapshots`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateStandardSnapshotRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateStandardSnapshotRequestBody>,
}

impl CreateStandardSnapshotRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateStandardSnapshotRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateStandardSnapshotRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateStandardSnapshotRequestBody {
    /// Required JSON field `snapshot`.
    pub snapshot: CreateStandardSnapshot,
}

impl CreateStandardSnapshotRequestBody {
    /// Sets the `snapshot` field.
    #[must_use]
    pub fn with_snapshot(mut self, value: CreateStandardSnapshot) -> Self {
        self.snapshot = value;
        self
    }
}

impl json::ToJson for CreateStandardSnapshotRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "snapshot", &self.snapshot);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::create_standard_snapshot`](super::EvsClient::create_standard_snapshot): `POST /v5/{project_id}/snapshots`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateStandardSnapshotResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `snapshot_id`.
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateStandardSnapshotResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
            snapshot_id: json::take(&mut map, "snapshot_id")?,
        })
    }
}

/// JSON model `CreateVolumeOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVolumeOption {
    /// Required JSON field `availability_zone`.
    pub availability_zone: ::std::string::String,
    /// JSON field `backup_id`.
    pub backup_id: ::std::option::Option<::std::string::String>,
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `imageRef`.
    #[cfg_attr(feature = "serde", serde(rename = "imageRef"))]
    pub image_ref: ::std::option::Option<::std::string::String>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `multiattach`.
    pub multiattach: ::std::option::Option<bool>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `size`.
    pub size: i64,
    /// JSON field `snapshot_id`.
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `volume_type`.
    pub volume_type: ::std::string::String,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `iops`.
    pub iops: ::std::option::Option<i64>,
    /// JSON field `throughput`.
    pub throughput: ::std::option::Option<i64>,
}

impl CreateVolumeOption {
    /// Sets the `availability_zone` field.
    #[must_use]
    pub fn with_availability_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.availability_zone = value.into();
        self
    }

    /// Sets the `backup_id` field.
    #[must_use]
    pub fn with_backup_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `count` field.
    #[must_use]
    pub fn with_count(mut self, value: i64) -> Self {
        self.count = ::std::option::Option::Some(value);
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

    /// Sets the `image_ref` field.
    #[must_use]
    pub fn with_image_ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_ref = ::std::option::Option::Some(value.into());
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

    /// Sets the `multiattach` field.
    #[must_use]
    pub fn with_multiattach(mut self, value: bool) -> Self {
        self.multiattach = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `size` field.
    #[must_use]
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = value;
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

    /// Sets the `volume_type` field.
    #[must_use]
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = value.into();
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(
        mut self,
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value);
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
}

impl json::ToJson for CreateVolumeOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "availability_zone", &self.availability_zone);
        json::put(&mut map, "backup_id", &self.backup_id);
        json::put(&mut map, "count", &self.count);
        json::put(&mut map, "description", &self.description);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "imageRef", &self.image_ref);
        json::put(&mut map, "metadata", &self.metadata);
        json::put(&mut map, "multiattach", &self.multiattach);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "size", &self.size);
        json::put(&mut map, "snapshot_id", &self.snapshot_id);
        json::put(&mut map, "volume_type", &self.volume_type);
        json::put(&mut map, "tags", &self.tags);
        json::put(&mut map, "iops", &self.iops);
        json::put(&mut map, "throughput", &self.throughput);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::create_volume`](super::EvsClient::create_volume): `POST /v2.1/{project_id}/cloudvolumes`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVolumeRequest {
    /// Header `X-Client-Token`. Debug output hides its value.
    #[cfg_attr(feature = "serde", serde(rename = "X-Client-Token"))]
    pub x_client_token: ::std::option::Option<::std::string::String>,
    /// Request body.
    pub body: ::std::option::Option<CreateVolumeRequestBody>,
}

impl ::std::fmt::Debug for CreateVolumeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateVolumeRequest")
            .field(
                "x_client_token",
                &self.x_client_token.as_ref().map(|_| "<redacted>"),
            )
            .field("body", &self.body)
            .finish()
    }
}

impl CreateVolumeRequest {
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
    pub fn with_body(mut self, value: CreateVolumeRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateVolumeRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVolumeRequestBody {
    /// JSON field `bssParam`.
    #[cfg_attr(feature = "serde", serde(rename = "bssParam"))]
    pub bss_param: ::std::option::Option<BssParamForCreateVolume>,
    /// Required JSON field `volume`.
    pub volume: CreateVolumeOption,
    /// JSON field `server_id`.
    pub server_id: ::std::option::Option<::std::string::String>,
    /// JSON field `OS-SCH-HNT:scheduler_hints`.
    #[cfg_attr(feature = "serde", serde(rename = "OS-SCH-HNT:scheduler_hints"))]
    pub os_sch_hn_tscheduler_hints: ::std::option::Option<CreateVolumeSchedulerHints>,
}

impl CreateVolumeRequestBody {
    /// Sets the `bss_param` field.
    #[must_use]
    pub fn with_bss_param(mut self, value: BssParamForCreateVolume) -> Self {
        self.bss_param = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `volume` field.
    #[must_use]
    pub fn with_volume(mut self, value: CreateVolumeOption) -> Self {
        self.volume = value;
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

    /// Sets the `os_sch_hn_tscheduler_hints` field.
    #[must_use]
    pub fn with_os_sch_hn_tscheduler_hints(mut self, value: CreateVolumeSchedulerHints) -> Self {
        self.os_sch_hn_tscheduler_hints = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateVolumeRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "bssParam", &self.bss_param);
        json::put(&mut map, "volume", &self.volume);
        json::put(&mut map, "server_id", &self.server_id);
        json::put(
            &mut map,
            "OS-SCH-HNT:scheduler_hints",
            &self.os_sch_hn_tscheduler_hints,
        );
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::create_volume`](super::EvsClient::create_volume): `POST /v2.1/{project_id}/cloudvolumes`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVolumeResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `order_id`.
    pub order_id: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_ids`.
    pub volume_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for CreateVolumeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
            order_id: json::take(&mut map, "order_id")?,
            volume_ids: json::take(&mut map, "volume_ids")?,
        })
    }
}

/// JSON model `CreateVolumeSchedulerHints`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVolumeSchedulerHints {
    /// JSON field `dedicated_storage_id`.
    pub dedicated_storage_id: ::std::option::Option<::std::string::String>,
}

impl CreateVolumeSchedulerHints {
    /// Sets the `dedicated_storage_id` field.
    #[must_use]
    pub fn with_dedicated_storage_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_storage_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreateVolumeSchedulerHints {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "dedicated_storage_id", &self.dedicated_storage_id);
        json::Value::Object(map)
    }
}

/// JSON model `CreateVolumeTransferDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVolumeTransferDetail {
    /// Required JSON field `auth_key`.
    pub auth_key: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<Link>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
}

impl json::FromJson for CreateVolumeTransferDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            auth_key: json::take(&mut map, "auth_key")?,
            created_at: json::take(&mut map, "created_at")?,
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            name: json::take(&mut map, "name")?,
            volume_id: json::take(&mut map, "volume_id")?,
        })
    }
}

/// JSON model `CreateVolumeTransferOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVolumeTransferOption {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
}

impl CreateVolumeTransferOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
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

impl json::ToJson for CreateVolumeTransferOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "volume_id", &self.volume_id);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::delete_auto_snapshot_policy`](super::EvsClient::delete_auto_snapshot_policy): `DELETE /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
///
/// Required fields: `snapshot_policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteAutoSnapshotPolicyRequest {
    /// Required path parameter `snapshot_policy_id`.
    pub snapshot_policy_id: ::std::string::String,
}

impl DeleteAutoSnapshotPolicyRequest {
    /// Sets the `snapshot_policy_id` field.
    #[must_use]
    pub fn with_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_policy_id = value.into();
        self
    }
}

/// Response of [`EvsClient::delete_auto_snapshot_policy`](super::EvsClient::delete_auto_snapshot_policy): `DELETE /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteAutoSnapshotPolicyResponse {
    /// JSON field `body`.
    pub body: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteAutoSnapshotPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            body: json::take(&mut map, "body")?,
        })
    }
}

/// JSON model `DeleteResourceTag`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteResourceTag {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// JSON field `value`.
    pub value: ::std::option::Option<::std::string::String>,
}

impl DeleteResourceTag {
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

impl json::ToJson for DeleteResourceTag {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "value", &self.value);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::delete_snapshot_group`](super::EvsClient::delete_snapshot_group): `DELETE /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
///
/// Required fields: `snapshot_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSnapshotGroupRequest {
    /// Required path parameter `snapshot_group_id`.
    pub snapshot_group_id: ::std::string::String,
}

impl DeleteSnapshotGroupRequest {
    /// Sets the `snapshot_group_id` field.
    #[must_use]
    pub fn with_snapshot_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_group_id = value.into();
        self
    }
}

/// Response of [`EvsClient::delete_snapshot_group`](super::EvsClient::delete_snapshot_group): `DELETE /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSnapshotGroupResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteSnapshotGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// Request of [`EvsClient::delete_snapshot`](super::EvsClient::delete_snapshot): `DELETE /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
///
/// Required fields: `snapshot_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSnapshotRequest {
    /// Required path parameter `snapshot_id`.
    pub snapshot_id: ::std::string::String,
}

impl DeleteSnapshotRequest {
    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = value.into();
        self
    }
}

/// Response of [`EvsClient::delete_snapshot`](super::EvsClient::delete_snapshot): `DELETE /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteSnapshotResponse {}

impl json::FromJson for DeleteSnapshotResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EvsClient::delete_standard_snapshot`](super::EvsClient::delete_standard_snapshot): `DELETE /v5/{project_id}/snapshots/{snapshot_id}`.
///
/// Required fields: `snapshot_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteStandardSnapshotRequest {
    /// Required path parameter `snapshot_id`.
    pub snapshot_id: ::std::string::String,
}

impl DeleteStandardSnapshotRequest {
    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = value.into();
        self
    }
}

/// Response of [`EvsClient::delete_standard_snapshot`](super::EvsClient::delete_standard_snapshot): `DELETE /v5/{project_id}/snapshots/{snapshot_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteStandardSnapshotResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteStandardSnapshotResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `DeleteTagsOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteTagsOption {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
}

impl DeleteTagsOption {
    /// Sets the `key` field.
    #[must_use]
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = value.into();
        self
    }
}

impl json::ToJson for DeleteTagsOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::delete_volume_in_recycle`](super::EvsClient::delete_volume_in_recycle): `DELETE /v3/{project_id}/recycle-bin-volumes/{volume_id}`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVolumeInRecycleRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
}

impl DeleteVolumeInRecycleRequest {
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

/// Response of [`EvsClient::delete_volume_in_recycle`](super::EvsClient::delete_volume_in_recycle): `DELETE /v3/{project_id}/recycle-bin-volumes/{volume_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVolumeInRecycleResponse {}

impl json::FromJson for DeleteVolumeInRecycleResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EvsClient::delete_volume`](super::EvsClient::delete_volume): `DELETE /v2/{project_id}/cloudvolumes/{volume_id}`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVolumeRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
}

impl DeleteVolumeRequest {
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

/// Response of [`EvsClient::delete_volume`](super::EvsClient::delete_volume): `DELETE /v2/{project_id}/cloudvolumes/{volume_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteVolumeResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteVolumeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// Request of [`EvsClient::disassociate_auto_snapshot_policy`](super::EvsClient::disassociate_auto_snapshot_policy): `POST /v5/{project_id}/snapshot-policies/{snapshot_policy_id}/disassociate`.
///
/// Required fields: `snapshot_policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateAutoSnapshotPolicyRequest {
    /// Required path parameter `snapshot_policy_id`.
    pub snapshot_policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DisassociateAutoSnapshotPolicyRequest {
    /// Sets the `snapshot_policy_id` field.
    #[must_use]
    pub fn with_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::disassociate_auto_snapshot_policy`](super::EvsClient::disassociate_auto_snapshot_policy): `POST /v5/{project_id}/snapshot-policies/{snapshot_policy_id}/disassociate`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DisassociateAutoSnapshotPolicyResponse {}

impl json::FromJson for DisassociateAutoSnapshotPolicyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `GetSnapshotPolicy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GetSnapshotPolicy {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `repeat_weekdays`.
    pub repeat_weekdays: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `repeat_interval_days`.
    pub repeat_interval_days: i64,
    /// Required JSON field `time_points`.
    pub time_points: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `retention_days`.
    pub retention_days: i64,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
}

impl json::FromJson for GetSnapshotPolicy {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            repeat_weekdays: json::take(&mut map, "repeat_weekdays")?,
            repeat_interval_days: json::take(&mut map, "repeat_interval_days")?,
            time_points: json::take(&mut map, "time_points")?,
            retention_days: json::take(&mut map, "retention_days")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            tags: json::take(&mut map, "tags")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
        })
    }
}

/// JSON model `Iops`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Iops {
    /// Required JSON field `frozened`.
    pub frozened: bool,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `total_val`.
    pub total_val: i64,
}

impl json::FromJson for Iops {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            frozened: json::take(&mut map, "frozened")?,
            id: json::take(&mut map, "id")?,
            total_val: json::take(&mut map, "total_val")?,
        })
    }
}

/// JSON model `JobEntities`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct JobEntities {
    /// JSON field `volume_type`.
    pub volume_type: ::std::option::Option<::std::string::String>,
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// JSON field `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `sub_jobs`.
    pub sub_jobs: ::std::option::Option<::std::vec::Vec<SubJob>>,
}

impl json::FromJson for JobEntities {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            volume_type: json::take(&mut map, "volume_type")?,
            size: json::take(&mut map, "size")?,
            volume_id: json::take(&mut map, "volume_id")?,
            name: json::take(&mut map, "name")?,
            sub_jobs: json::take(&mut map, "sub_jobs")?,
        })
    }
}

/// JSON model `Link`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Link {
    /// JSON field `href`.
    pub href: ::std::option::Option<::std::string::String>,
    /// JSON field `rel`.
    pub rel: ::std::option::Option<::std::string::String>,
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

/// Request of [`EvsClient::list_auto_snapshot_policy`](super::EvsClient::list_auto_snapshot_policy): `GET /v5/{project_id}/snapshot-policies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAutoSnapshotPolicyRequest {
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `tag_key`.
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `sort_key`.
    pub sort_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `sort_dir`.
    pub sort_dir: ::std::option::Option<::std::string::String>,
}

impl ListAutoSnapshotPolicyRequest {
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

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = ::std::option::Option::Some(value.into());
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

    /// Sets the `sort_key` field.
    #[must_use]
    pub fn with_sort_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sort_key = ::std::option::Option::Some(value.into());
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
}

/// Response of [`EvsClient::list_auto_snapshot_policy`](super::EvsClient::list_auto_snapshot_policy): `GET /v5/{project_id}/snapshot-policies`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListAutoSnapshotPolicyResponse {
    /// JSON field `snapshot_policies`.
    pub snapshot_policies: ::std::option::Option<::std::vec::Vec<GetSnapshotPolicy>>,
}

impl json::FromJson for ListAutoSnapshotPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot_policies: json::take(&mut map, "snapshot_policies")?,
        })
    }
}

/// JSON model `ListResourceTagsResponseBodyTags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListResourceTagsResponseBodyTags {
    /// JSON field `key`.
    pub key: ::std::option::Option<::std::string::String>,
    /// JSON field `value`.
    pub value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for ListResourceTagsResponseBodyTags {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            key: json::take(&mut map, "key")?,
            value: json::take(&mut map, "value")?,
        })
    }
}

/// Request of [`EvsClient::list_snapshot_chains`](super::EvsClient::list_snapshot_chains): `GET /v5/{project_id}/snapshot-chains`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotChainsRequest {
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `category`.
    pub category: ::std::option::Option<::std::string::String>,
}

impl ListSnapshotChainsRequest {
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
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `category` field.
    #[must_use]
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EvsClient::list_snapshot_chains`](super::EvsClient::list_snapshot_chains): `GET /v5/{project_id}/snapshot-chains`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotChainsResponse {
    /// JSON field `snapshot_chains`.
    pub snapshot_chains:
        ::std::option::Option<::std::vec::Vec<ListSnapshotChainsResponseBodySnapshotChains>>,
}

impl json::FromJson for ListSnapshotChainsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot_chains: json::take(&mut map, "snapshot_chains")?,
        })
    }
}

/// JSON model `ListSnapshotChainsResponseBodySnapshotChains`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotChainsResponseBodySnapshotChains {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `snapshot_count`.
    pub snapshot_count: ::std::option::Option<i64>,
    /// JSON field `capacity`.
    pub capacity: ::std::option::Option<f64>,
    /// JSON field `project_id`.
    pub project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// JSON field `category`.
    pub category: ::std::option::Option<::std::string::String>,
    /// JSON field `created_at`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// JSON field `updated_at`.
    pub updated_at: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ListSnapshotChainsResponseBodySnapshotChains {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            snapshot_count: json::take(&mut map, "snapshot_count")?,
            capacity: json::take(&mut map, "capacity")?,
            project_id: json::take(&mut map, "project_id")?,
            volume_id: json::take(&mut map, "volume_id")?,
            category: json::take(&mut map, "category")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// Request of [`EvsClient::list_snapshot_group`](super::EvsClient::list_snapshot_group): `GET /v5/{project_id}/snapshot-groups/detail`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotGroupRequest {
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `tag_key`.
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `sort_key`.
    pub sort_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `sort_dir`.
    pub sort_dir: ::std::option::Option<::std::string::String>,
    /// Query parameter `server_id`.
    pub server_id: ::std::option::Option<::std::string::String>,
}

impl ListSnapshotGroupRequest {
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

    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
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

    /// Sets the `sort_key` field.
    #[must_use]
    pub fn with_sort_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sort_key = ::std::option::Option::Some(value.into());
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

    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EvsClient::list_snapshot_group`](super::EvsClient::list_snapshot_group): `GET /v5/{project_id}/snapshot-groups/detail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotGroupResponse {
    /// JSON field `snapshot_groups`.
    pub snapshot_groups: ::std::option::Option<::std::vec::Vec<SnapshotGroupDetail>>,
}

impl json::FromJson for ListSnapshotGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot_groups: json::take(&mut map, "snapshot_groups")?,
        })
    }
}

/// Request of [`EvsClient::list_snapshot_group_tags`](super::EvsClient::list_snapshot_group_tags): `GET /v5/{project_id}/snapshot-groups/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotGroupTagsRequest {}

/// Response of [`EvsClient::list_snapshot_group_tags`](super::EvsClient::list_snapshot_group_tags): `GET /v5/{project_id}/snapshot-groups/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotGroupTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListResourceTagsResponseBodyTags>>,
}

impl json::FromJson for ListSnapshotGroupTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`EvsClient::list_snapshot_tags`](super::EvsClient::list_snapshot_tags): `GET /v5/{project_id}/snapshots/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotTagsRequest {}

/// Response of [`EvsClient::list_snapshot_tags`](super::EvsClient::list_snapshot_tags): `GET /v5/{project_id}/snapshots/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<ListResourceTagsResponseBodyTags>>,
}

impl json::FromJson for ListSnapshotTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`EvsClient::list_snapshots_details`](super::EvsClient::list_snapshots_details): `GET /v5/{project_id}/snapshots/detail`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotsDetailsRequest {
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `sort_key`.
    pub sort_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `sort_dir`.
    pub sort_dir: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `ids`.
    pub ids: ::std::option::Option<::std::string::String>,
    /// Query parameter `snapshot_type`.
    pub snapshot_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `tag_key`.
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `tags`.
    pub tags: ::std::option::Option<::std::string::String>,
    /// Query parameter `snapshot_chain_id`.
    pub snapshot_chain_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `snapshot_group_id`.
    pub snapshot_group_id: ::std::option::Option<::std::string::String>,
}

impl ListSnapshotsDetailsRequest {
    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
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

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
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

    /// Sets the `sort_dir` field.
    #[must_use]
    pub fn with_sort_dir(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sort_dir = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ids` field.
    #[must_use]
    pub fn with_ids(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `snapshot_type` field.
    #[must_use]
    pub fn with_snapshot_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_type = ::std::option::Option::Some(value.into());
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

    /// Sets the `tag_key` field.
    #[must_use]
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `snapshot_chain_id` field.
    #[must_use]
    pub fn with_snapshot_chain_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_chain_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `snapshot_group_id` field.
    #[must_use]
    pub fn with_snapshot_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_group_id = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EvsClient::list_snapshots_details`](super::EvsClient::list_snapshots_details): `GET /v5/{project_id}/snapshots/detail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotsDetailsResponse {
    /// JSON field `snapshots`.
    pub snapshots: ::std::option::Option<::std::vec::Vec<SnapshotDetailV5>>,
}

impl json::FromJson for ListSnapshotsDetailsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshots: json::take(&mut map, "snapshots")?,
        })
    }
}

/// Request of [`EvsClient::list_snapshots`](super::EvsClient::list_snapshots): `GET /v2/{project_id}/cloudsnapshots/detail`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotsRequest {
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `dedicated_storage_name`.
    pub dedicated_storage_name: ::std::option::Option<::std::string::String>,
    /// Query parameter `dedicated_storage_id`.
    pub dedicated_storage_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `service_type`.
    pub service_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
}

impl ListSnapshotsRequest {
    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
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

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `volume_id` field.
    #[must_use]
    pub fn with_volume_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_id = ::std::option::Option::Some(value.into());
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

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `dedicated_storage_name` field.
    #[must_use]
    pub fn with_dedicated_storage_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_storage_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `dedicated_storage_id` field.
    #[must_use]
    pub fn with_dedicated_storage_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_storage_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `service_type` field.
    #[must_use]
    pub fn with_service_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_type = ::std::option::Option::Some(value.into());
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

/// Response of [`EvsClient::list_snapshots`](super::EvsClient::list_snapshots): `GET /v2/{project_id}/cloudsnapshots/detail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListSnapshotsResponse {
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `snapshots`.
    pub snapshots: ::std::option::Option<::std::vec::Vec<SnapshotList>>,
    /// JSON field `snapshots_links`.
    pub snapshots_links: ::std::option::Option<::std::vec::Vec<Link>>,
}

impl json::FromJson for ListSnapshotsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            count: json::take(&mut map, "count")?,
            snapshots: json::take(&mut map, "snapshots")?,
            snapshots_links: json::take(&mut map, "snapshots_links")?,
        })
    }
}

/// Request of [`EvsClient::list_versions`](super::EvsClient::list_versions): `GET /`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVersionsRequest {}

/// Response of [`EvsClient::list_versions`](super::EvsClient::list_versions): `GET /`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVersionsResponse {
    /// JSON field `versions`.
    pub versions: ::std::option::Option<::std::vec::Vec<Versions>>,
}

impl json::FromJson for ListVersionsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            versions: json::take(&mut map, "versions")?,
        })
    }
}

/// Request of [`EvsClient::list_volume_tags`](super::EvsClient::list_volume_tags): `GET /v2/{project_id}/cloudvolumes/tags`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVolumeTagsRequest {}

/// Response of [`EvsClient::list_volume_tags`](super::EvsClient::list_volume_tags): `GET /v2/{project_id}/cloudvolumes/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVolumeTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::vec::Vec<::std::string::String>>,
    >,
}

impl json::FromJson for ListVolumeTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// Request of [`EvsClient::list_volumes_by_tags`](super::EvsClient::list_volumes_by_tags): `POST /v2/{project_id}/cloudvolumes/resource_instances/action`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVolumesByTagsRequest {
    /// Request body.
    pub body: ::std::option::Option<ListVolumesByTagsRequestBody>,
}

impl ListVolumesByTagsRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ListVolumesByTagsRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ListVolumesByTagsRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVolumesByTagsRequestBody {
    /// Required JSON field `action`.
    pub action: ::std::string::String,
    /// JSON field `limit`.
    pub limit: ::std::option::Option<i64>,
    /// JSON field `matches`.
    pub matches: ::std::option::Option<::std::vec::Vec<Match>>,
    /// JSON field `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Required JSON field `tags`.
    pub tags: ::std::vec::Vec<TagsForListVolumes>,
}

impl ListVolumesByTagsRequestBody {
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

    /// Sets the `matches` field.
    #[must_use]
    pub fn with_matches(mut self, value: ::std::vec::Vec<Match>) -> Self {
        self.matches = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(mut self, value: ::std::vec::Vec<TagsForListVolumes>) -> Self {
        self.tags = value;
        self
    }
}

impl json::ToJson for ListVolumesByTagsRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "action", &self.action);
        json::put(&mut map, "limit", &self.limit);
        json::put(&mut map, "matches", &self.matches);
        json::put(&mut map, "offset", &self.offset);
        json::put(&mut map, "tags", &self.tags);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::list_volumes_by_tags`](super::EvsClient::list_volumes_by_tags): `POST /v2/{project_id}/cloudvolumes/resource_instances/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVolumesByTagsResponse {
    /// JSON field `total_count`.
    pub total_count: ::std::option::Option<i64>,
    /// JSON field `resources`.
    pub resources: ::std::option::Option<::std::vec::Vec<Resource>>,
}

impl json::FromJson for ListVolumesByTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            total_count: json::take(&mut map, "total_count")?,
            resources: json::take(&mut map, "resources")?,
        })
    }
}

/// Request of [`EvsClient::list_volumes_in_recycle`](super::EvsClient::list_volumes_in_recycle): `GET /v3/{project_id}/recycle-bin-volumes/detail`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVolumesInRecycleRequest {
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// Query parameter `service_type`.
    pub service_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
}

impl ListVolumesInRecycleRequest {
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

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
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

    /// Sets the `service_type` field.
    #[must_use]
    pub fn with_service_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::list_volumes_in_recycle`](super::EvsClient::list_volumes_in_recycle): `GET /v3/{project_id}/recycle-bin-volumes/detail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVolumesInRecycleResponse {
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `volumes`.
    pub volumes: ::std::option::Option<::std::vec::Vec<RecycleBinVolume>>,
}

impl json::FromJson for ListVolumesInRecycleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            count: json::take(&mut map, "count")?,
            volumes: json::take(&mut map, "volumes")?,
        })
    }
}

/// Request of [`EvsClient::list_volumes`](super::EvsClient::list_volumes): `GET /v2/{project_id}/cloudvolumes/detail`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVolumesRequest {
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
    /// Query parameter `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `sort_key`.
    pub sort_key: ::std::option::Option<::std::string::String>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `sort_dir`.
    pub sort_dir: ::std::option::Option<::std::string::String>,
    /// Query parameter `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// Query parameter `metadata`.
    pub metadata: ::std::option::Option<::std::string::String>,
    /// Query parameter `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// Query parameter `multiattach`.
    pub multiattach: ::std::option::Option<bool>,
    /// Query parameter `service_type`.
    pub service_type: ::std::option::Option<::std::string::String>,
    /// Query parameter `dedicated_storage_id`.
    pub dedicated_storage_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `dedicated_storage_name`.
    pub dedicated_storage_name: ::std::option::Option<::std::string::String>,
    /// Query parameter `volume_type_id`.
    pub volume_type_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Query parameter `ids`.
    pub ids: ::std::option::Option<::std::string::String>,
    /// Query parameter `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `server_id`.
    pub server_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `not_metadata`.
    pub not_metadata: ::std::option::Option<::std::string::String>,
}

impl ListVolumesRequest {
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

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
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

    /// Sets the `offset` field.
    #[must_use]
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
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

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
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

    /// Sets the `availability_zone` field.
    #[must_use]
    pub fn with_availability_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.availability_zone = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `multiattach` field.
    #[must_use]
    pub fn with_multiattach(mut self, value: bool) -> Self {
        self.multiattach = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `service_type` field.
    #[must_use]
    pub fn with_service_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `dedicated_storage_id` field.
    #[must_use]
    pub fn with_dedicated_storage_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_storage_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `dedicated_storage_name` field.
    #[must_use]
    pub fn with_dedicated_storage_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_storage_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `volume_type_id` field.
    #[must_use]
    pub fn with_volume_type_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `ids` field.
    #[must_use]
    pub fn with_ids(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ids = ::std::option::Option::Some(value.into());
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

    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `not_metadata` field.
    #[must_use]
    pub fn with_not_metadata(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.not_metadata = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`EvsClient::list_volumes`](super::EvsClient::list_volumes): `GET /v2/{project_id}/cloudvolumes/detail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListVolumesResponse {
    /// JSON field `count`.
    pub count: ::std::option::Option<i64>,
    /// JSON field `volumes_links`.
    pub volumes_links: ::std::option::Option<::std::vec::Vec<Link>>,
    /// JSON field `volumes`.
    pub volumes: ::std::option::Option<::std::vec::Vec<VolumeDetail>>,
}

impl json::FromJson for ListVolumesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            count: json::take(&mut map, "count")?,
            volumes_links: json::take(&mut map, "volumes_links")?,
            volumes: json::take(&mut map, "volumes")?,
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

/// JSON model `MediaTypes`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MediaTypes {
    /// Required JSON field `base`.
    pub base: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
}

impl json::FromJson for MediaTypes {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            base: json::take(&mut map, "base")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `ModifyRecycleBinPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyRecycleBinPolicyRequestBody {
    /// JSON field `switch`.
    pub switch: ::std::option::Option<bool>,
    /// JSON field `threshold_time`.
    pub threshold_time: ::std::option::Option<i64>,
    /// JSON field `keep_time`.
    pub keep_time: ::std::option::Option<i64>,
}

impl ModifyRecycleBinPolicyRequestBody {
    /// Sets the `switch` field.
    #[must_use]
    pub fn with_switch(mut self, value: bool) -> Self {
        self.switch = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `threshold_time` field.
    #[must_use]
    pub fn with_threshold_time(mut self, value: i64) -> Self {
        self.threshold_time = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `keep_time` field.
    #[must_use]
    pub fn with_keep_time(mut self, value: i64) -> Self {
        self.keep_time = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ModifyRecycleBinPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "switch", &self.switch);
        json::put(&mut map, "threshold_time", &self.threshold_time);
        json::put(&mut map, "keep_time", &self.keep_time);
        json::Value::Object(map)
    }
}

/// JSON model `ModifyVolumeQoSOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyVolumeQoSOption {
    /// Required JSON field `iops`.
    pub iops: i64,
    /// JSON field `throughput`.
    pub throughput: ::std::option::Option<i64>,
}

impl ModifyVolumeQoSOption {
    /// Sets the `iops` field.
    #[must_use]
    pub fn with_iops(mut self, value: i64) -> Self {
        self.iops = value;
        self
    }

    /// Sets the `throughput` field.
    #[must_use]
    pub fn with_throughput(mut self, value: i64) -> Self {
        self.throughput = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ModifyVolumeQoSOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "iops", &self.iops);
        json::put(&mut map, "throughput", &self.throughput);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::modify_volume_qo_s`](super::EvsClient::modify_volume_qo_s): `PUT /v5/{project_id}/cloudvolumes/{volume_id}/qos`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyVolumeQoSRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ModifyVolumeQoSRequestBody>,
}

impl ModifyVolumeQoSRequest {
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
    pub fn with_body(mut self, value: ModifyVolumeQoSRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ModifyVolumeQoSRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyVolumeQoSRequestBody {
    /// Required JSON field `qos_modify`.
    pub qos_modify: ModifyVolumeQoSOption,
}

impl ModifyVolumeQoSRequestBody {
    /// Sets the `qos_modify` field.
    #[must_use]
    pub fn with_qos_modify(mut self, value: ModifyVolumeQoSOption) -> Self {
        self.qos_modify = value;
        self
    }
}

impl json::ToJson for ModifyVolumeQoSRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "qos_modify", &self.qos_modify);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::modify_volume_qo_s`](super::EvsClient::modify_volume_qo_s): `PUT /v5/{project_id}/cloudvolumes/{volume_id}/qos`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyVolumeQoSResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ModifyVolumeQoSResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// JSON model `OsExtend`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct OsExtend {
    /// Required JSON field `new_size`.
    pub new_size: i64,
}

impl OsExtend {
    /// Sets the `new_size` field.
    #[must_use]
    pub fn with_new_size(mut self, value: i64) -> Self {
        self.new_size = value;
        self
    }
}

impl json::ToJson for OsExtend {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "new_size", &self.new_size);
        json::Value::Object(map)
    }
}

/// JSON model `PrepaidParamForBatchResizeVolume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PrepaidParamForBatchResizeVolume {
    /// JSON field `is_auto_pay`.
    pub is_auto_pay: ::std::option::Option<::std::string::String>,
}

impl PrepaidParamForBatchResizeVolume {
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

impl json::ToJson for PrepaidParamForBatchResizeVolume {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "is_auto_pay", &self.is_auto_pay);
        json::Value::Object(map)
    }
}

/// JSON model `QuotaDetail`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetail {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl QuotaDetail {
    /// Sets the `in_use` field.
    #[must_use]
    pub fn with_in_use(mut self, value: i64) -> Self {
        self.in_use = value;
        self
    }

    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = value;
        self
    }

    /// Sets the `reserved` field.
    #[must_use]
    pub fn with_reserved(mut self, value: i64) -> Self {
        self.reserved = value;
        self
    }
}

impl json::ToJson for QuotaDetail {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "in_use", &self.in_use);
        json::put(&mut map, "limit", &self.limit);
        json::put(&mut map, "reserved", &self.reserved);
        json::Value::Object(map)
    }
}

impl json::FromJson for QuotaDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailBackupGigabytes`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailBackupGigabytes {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailBackupGigabytes {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailBackups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailBackups {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailBackups {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailGigabytes`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailGigabytes {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailGigabytes {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailGigabytesSAS`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailGigabytesSAS {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailGigabytesSAS {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailGigabytesSATA`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailGigabytesSATA {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailGigabytesSATA {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailGigabytesSSD`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailGigabytesSSD {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailGigabytesSSD {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailPerVolumeGigabytes`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailPerVolumeGigabytes {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailPerVolumeGigabytes {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailSnapshots`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailSnapshots {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailSnapshots {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailSnapshotsSAS`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailSnapshotsSAS {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailSnapshotsSAS {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailSnapshotsSATA`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailSnapshotsSATA {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailSnapshotsSATA {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailSnapshotsSSD`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailSnapshotsSSD {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailSnapshotsSSD {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailVolumes`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailVolumes {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailVolumes {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailVolumesSAS`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailVolumesSAS {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailVolumesSAS {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailVolumesSATA`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailVolumesSATA {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailVolumesSATA {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaDetailVolumesSSD`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaDetailVolumesSSD {
    /// Required JSON field `in_use`.
    pub in_use: i64,
    /// Required JSON field `limit`.
    pub limit: i64,
    /// Required JSON field `reserved`.
    pub reserved: i64,
}

impl json::FromJson for QuotaDetailVolumesSSD {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            in_use: json::take(&mut map, "in_use")?,
            limit: json::take(&mut map, "limit")?,
            reserved: json::take(&mut map, "reserved")?,
        })
    }
}

/// JSON model `QuotaList`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct QuotaList {
    /// Required JSON field `backup_gigabytes`.
    pub backup_gigabytes: QuotaDetailBackupGigabytes,
    /// Required JSON field `backups`.
    pub backups: QuotaDetailBackups,
    /// Required JSON field `gigabytes`.
    pub gigabytes: QuotaDetailGigabytes,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `snapshots`.
    pub snapshots: QuotaDetailSnapshots,
    /// Required JSON field `volumes`.
    pub volumes: QuotaDetailVolumes,
    /// JSON field `gigabytes_SATA`.
    #[cfg_attr(feature = "serde", serde(rename = "gigabytes_SATA"))]
    pub gigabytes_sata: ::std::option::Option<QuotaDetailGigabytesSATA>,
    /// JSON field `snapshots_SATA`.
    #[cfg_attr(feature = "serde", serde(rename = "snapshots_SATA"))]
    pub snapshots_sata: ::std::option::Option<QuotaDetailSnapshotsSATA>,
    /// JSON field `volumes_SATA`.
    #[cfg_attr(feature = "serde", serde(rename = "volumes_SATA"))]
    pub volumes_sata: ::std::option::Option<QuotaDetailVolumesSATA>,
    /// JSON field `gigabytes_SAS`.
    #[cfg_attr(feature = "serde", serde(rename = "gigabytes_SAS"))]
    pub gigabytes_sas: ::std::option::Option<QuotaDetailGigabytesSAS>,
    /// JSON field `snapshots_SAS`.
    #[cfg_attr(feature = "serde", serde(rename = "snapshots_SAS"))]
    pub snapshots_sas: ::std::option::Option<QuotaDetailSnapshotsSAS>,
    /// JSON field `volumes_SAS`.
    #[cfg_attr(feature = "serde", serde(rename = "volumes_SAS"))]
    pub volumes_sas: ::std::option::Option<QuotaDetailVolumesSAS>,
    /// JSON field `gigabytes_SSD`.
    #[cfg_attr(feature = "serde", serde(rename = "gigabytes_SSD"))]
    pub gigabytes_ssd: ::std::option::Option<QuotaDetailGigabytesSSD>,
    /// JSON field `snapshots_SSD`.
    #[cfg_attr(feature = "serde", serde(rename = "snapshots_SSD"))]
    pub snapshots_ssd: ::std::option::Option<QuotaDetailSnapshotsSSD>,
    /// JSON field `volumes_SSD`.
    #[cfg_attr(feature = "serde", serde(rename = "volumes_SSD"))]
    pub volumes_ssd: ::std::option::Option<QuotaDetailVolumesSSD>,
    /// JSON field `per_volume_gigabytes`.
    pub per_volume_gigabytes: ::std::option::Option<QuotaDetailPerVolumeGigabytes>,
}

impl json::FromJson for QuotaList {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            backup_gigabytes: json::take(&mut map, "backup_gigabytes")?,
            backups: json::take(&mut map, "backups")?,
            gigabytes: json::take(&mut map, "gigabytes")?,
            id: json::take(&mut map, "id")?,
            snapshots: json::take(&mut map, "snapshots")?,
            volumes: json::take(&mut map, "volumes")?,
            gigabytes_sata: json::take(&mut map, "gigabytes_SATA")?,
            snapshots_sata: json::take(&mut map, "snapshots_SATA")?,
            volumes_sata: json::take(&mut map, "volumes_SATA")?,
            gigabytes_sas: json::take(&mut map, "gigabytes_SAS")?,
            snapshots_sas: json::take(&mut map, "snapshots_SAS")?,
            volumes_sas: json::take(&mut map, "volumes_SAS")?,
            gigabytes_ssd: json::take(&mut map, "gigabytes_SSD")?,
            snapshots_ssd: json::take(&mut map, "snapshots_SSD")?,
            volumes_ssd: json::take(&mut map, "volumes_SSD")?,
            per_volume_gigabytes: json::take(&mut map, "per_volume_gigabytes")?,
        })
    }
}

/// JSON model `RecycleBinVolume`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RecycleBinVolume {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `attachments`.
    pub attachments: ::std::option::Option<::std::vec::Vec<Attachment>>,
    /// JSON field `multiattach`.
    pub multiattach: ::std::option::Option<bool>,
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    >,
    /// JSON field `bootable`.
    pub bootable: ::std::option::Option<::std::string::String>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `created_at`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// JSON field `service_type`.
    pub service_type: ::std::option::Option<::std::string::String>,
    /// JSON field `updated_at`.
    pub updated_at: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_type`.
    pub volume_type: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `plan_delete_at`.
    pub plan_delete_at: ::std::option::Option<::std::string::String>,
    /// JSON field `pre_deleted_at`.
    pub pre_deleted_at: ::std::option::Option<::std::string::String>,
    /// JSON field `dedicated_storage_id`.
    pub dedicated_storage_id: ::std::option::Option<::std::string::String>,
    /// JSON field `dedicated_storage_name`.
    pub dedicated_storage_name: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_image_metadata`.
    pub volume_image_metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    >,
    /// JSON field `wwn`.
    pub wwn: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RecycleBinVolume {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            status: json::take(&mut map, "status")?,
            attachments: json::take(&mut map, "attachments")?,
            multiattach: json::take(&mut map, "multiattach")?,
            size: json::take(&mut map, "size")?,
            metadata: json::take(&mut map, "metadata")?,
            bootable: json::take(&mut map, "bootable")?,
            tags: json::take(&mut map, "tags")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            created_at: json::take(&mut map, "created_at")?,
            service_type: json::take(&mut map, "service_type")?,
            updated_at: json::take(&mut map, "updated_at")?,
            volume_type: json::take(&mut map, "volume_type")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            plan_delete_at: json::take(&mut map, "plan_delete_at")?,
            pre_deleted_at: json::take(&mut map, "pre_deleted_at")?,
            dedicated_storage_id: json::take(&mut map, "dedicated_storage_id")?,
            dedicated_storage_name: json::take(&mut map, "dedicated_storage_name")?,
            volume_image_metadata: json::take(&mut map, "volume_image_metadata")?,
            wwn: json::take(&mut map, "wwn")?,
        })
    }
}

/// Request of [`EvsClient::resize_volume`](super::EvsClient::resize_volume): `POST /v2.1/{project_id}/cloudvolumes/{volume_id}/action`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizeVolumeRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<ResizeVolumeRequestBody>,
}

impl ResizeVolumeRequest {
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
    pub fn with_body(mut self, value: ResizeVolumeRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ResizeVolumeRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizeVolumeRequestBody {
    /// JSON field `bssParam`.
    #[cfg_attr(feature = "serde", serde(rename = "bssParam"))]
    pub bss_param: ::std::option::Option<BssParamForResizeVolume>,
    /// Required JSON field `os-extend`.
    #[cfg_attr(feature = "serde", serde(rename = "os-extend"))]
    pub os_extend: OsExtend,
}

impl ResizeVolumeRequestBody {
    /// Sets the `bss_param` field.
    #[must_use]
    pub fn with_bss_param(mut self, value: BssParamForResizeVolume) -> Self {
        self.bss_param = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `os_extend` field.
    #[must_use]
    pub fn with_os_extend(mut self, value: OsExtend) -> Self {
        self.os_extend = value;
        self
    }
}

impl json::ToJson for ResizeVolumeRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "bssParam", &self.bss_param);
        json::put(&mut map, "os-extend", &self.os_extend);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::resize_volume`](super::EvsClient::resize_volume): `POST /v2.1/{project_id}/cloudvolumes/{volume_id}/action`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResizeVolumeResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `order_id`.
    pub order_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ResizeVolumeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
            order_id: json::take(&mut map, "order_id")?,
        })
    }
}

/// JSON model `Resource`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Resource {
    /// Required JSON field `resource_id`.
    pub resource_id: ::std::string::String,
    /// JSON field `resource_name`.
    pub resource_name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `resource_detail`.
    pub resource_detail: VolumeDetailForTag,
    /// Required JSON field `tags`.
    pub tags:
        ::std::vec::Vec<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

impl json::FromJson for Resource {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            resource_id: json::take(&mut map, "resource_id")?,
            resource_name: json::take(&mut map, "resource_name")?,
            resource_detail: json::take(&mut map, "resource_detail")?,
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `RetypeVolume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RetypeVolume {
    /// Required JSON field `new_type`.
    pub new_type: ::std::string::String,
    /// JSON field `iops`.
    pub iops: ::std::option::Option<i64>,
    /// JSON field `throughput`.
    pub throughput: ::std::option::Option<i64>,
}

impl RetypeVolume {
    /// Sets the `new_type` field.
    #[must_use]
    pub fn with_new_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new_type = value.into();
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
}

impl json::ToJson for RetypeVolume {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "new_type", &self.new_type);
        json::put(&mut map, "iops", &self.iops);
        json::put(&mut map, "throughput", &self.throughput);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::retype_volume`](super::EvsClient::retype_volume): `POST /v2/{project_id}/volumes/{volume_id}/retype`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RetypeVolumeRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RetypeVolumeRequestBody>,
}

impl RetypeVolumeRequest {
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
    pub fn with_body(mut self, value: RetypeVolumeRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `RetypeVolumeRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RetypeVolumeRequestBody {
    /// JSON field `bssParam`.
    #[cfg_attr(feature = "serde", serde(rename = "bssParam"))]
    pub bss_param: ::std::option::Option<BssParamForRetypeVolume>,
    /// Required JSON field `os-retype`.
    #[cfg_attr(feature = "serde", serde(rename = "os-retype"))]
    pub os_retype: RetypeVolume,
}

impl RetypeVolumeRequestBody {
    /// Sets the `bss_param` field.
    #[must_use]
    pub fn with_bss_param(mut self, value: BssParamForRetypeVolume) -> Self {
        self.bss_param = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `os_retype` field.
    #[must_use]
    pub fn with_os_retype(mut self, value: RetypeVolume) -> Self {
        self.os_retype = value;
        self
    }
}

impl json::ToJson for RetypeVolumeRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "bssParam", &self.bss_param);
        json::put(&mut map, "os-retype", &self.os_retype);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::retype_volume`](super::EvsClient::retype_volume): `POST /v2/{project_id}/volumes/{volume_id}/retype`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RetypeVolumeResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `order_id`.
    pub order_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RetypeVolumeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
            order_id: json::take(&mut map, "order_id")?,
        })
    }
}

/// Request of [`EvsClient::revert_volume_in_recycle`](super::EvsClient::revert_volume_in_recycle): `POST /v3/{project_id}/recycle-bin-volumes/{volume_id}/revert`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RevertVolumeInRecycleRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
}

impl RevertVolumeInRecycleRequest {
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

/// Response of [`EvsClient::revert_volume_in_recycle`](super::EvsClient::revert_volume_in_recycle): `POST /v3/{project_id}/recycle-bin-volumes/{volume_id}/revert`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RevertVolumeInRecycleResponse {}

impl json::FromJson for RevertVolumeInRecycleResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// JSON model `RollbackInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RollbackInfo {
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
}

impl json::FromJson for RollbackInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            volume_id: json::take(&mut map, "volume_id")?,
        })
    }
}

/// JSON model `RollbackSnapshotOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RollbackSnapshotOption {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
}

impl RollbackSnapshotOption {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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

impl json::ToJson for RollbackSnapshotOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "volume_id", &self.volume_id);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::rollback_snapshot`](super::EvsClient::rollback_snapshot): `POST /v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback`.
///
/// Required fields: `snapshot_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RollbackSnapshotRequest {
    /// Required path parameter `snapshot_id`.
    pub snapshot_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RollbackSnapshotRequestBody>,
}

impl RollbackSnapshotRequest {
    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RollbackSnapshotRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `RollbackSnapshotRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RollbackSnapshotRequestBody {
    /// Required JSON field `rollback`.
    pub rollback: RollbackSnapshotOption,
}

impl RollbackSnapshotRequestBody {
    /// Sets the `rollback` field.
    #[must_use]
    pub fn with_rollback(mut self, value: RollbackSnapshotOption) -> Self {
        self.rollback = value;
        self
    }
}

impl json::ToJson for RollbackSnapshotRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "rollback", &self.rollback);
        json::Value::Object(map)
    }
}

/// JSON model `RollbackSnapshotRequestBodyNew`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RollbackSnapshotRequestBodyNew {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
}

impl RollbackSnapshotRequestBodyNew {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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

impl json::ToJson for RollbackSnapshotRequestBodyNew {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "volume_id", &self.volume_id);
        json::Value::Object(map)
    }
}

/// JSON model `RollbackSnapshotRequestBodyV5`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RollbackSnapshotRequestBodyV5 {
    /// Required JSON field `rollback`.
    pub rollback: RollbackSnapshotRequestBodyNew,
}

impl RollbackSnapshotRequestBodyV5 {
    /// Sets the `rollback` field.
    #[must_use]
    pub fn with_rollback(mut self, value: RollbackSnapshotRequestBodyNew) -> Self {
        self.rollback = value;
        self
    }
}

impl json::ToJson for RollbackSnapshotRequestBodyV5 {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "rollback", &self.rollback);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::rollback_snapshot`](super::EvsClient::rollback_snapshot): `POST /v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RollbackSnapshotResponse {
    /// JSON field `rollback`.
    pub rollback: ::std::option::Option<RollbackInfo>,
}

impl json::FromJson for RollbackSnapshotResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            rollback: json::take(&mut map, "rollback")?,
        })
    }
}

/// Request of [`EvsClient::rollback_standard_snapshot`](super::EvsClient::rollback_standard_snapshot): `POST /v5/{project_id}/snapshots/{snapshot_id}/rollback`.
///
/// Required fields: `snapshot_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RollbackStandardSnapshotRequest {
    /// Required path parameter `snapshot_id`.
    pub snapshot_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<RollbackSnapshotRequestBodyV5>,
}

impl RollbackStandardSnapshotRequest {
    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RollbackSnapshotRequestBodyV5) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::rollback_standard_snapshot`](super::EvsClient::rollback_standard_snapshot): `POST /v5/{project_id}/snapshots/{snapshot_id}/rollback`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RollbackStandardSnapshotResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for RollbackStandardSnapshotResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
        })
    }
}

/// Request of [`EvsClient::show_auto_snapshot_policy`](super::EvsClient::show_auto_snapshot_policy): `GET /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
///
/// Required fields: `snapshot_policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowAutoSnapshotPolicyRequest {
    /// Required path parameter `snapshot_policy_id`.
    pub snapshot_policy_id: ::std::string::String,
}

impl ShowAutoSnapshotPolicyRequest {
    /// Sets the `snapshot_policy_id` field.
    #[must_use]
    pub fn with_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_policy_id = value.into();
        self
    }
}

/// Response of [`EvsClient::show_auto_snapshot_policy`](super::EvsClient::show_auto_snapshot_policy): `GET /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowAutoSnapshotPolicyResponse {
    /// JSON field `snapshot_policy`.
    pub snapshot_policy: ::std::option::Option<GetSnapshotPolicy>,
}

impl json::FromJson for ShowAutoSnapshotPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot_policy: json::take(&mut map, "snapshot_policy")?,
        })
    }
}

/// Request of [`EvsClient::show_job`](super::EvsClient::show_job): `GET /v1/{project_id}/jobs/{job_id}`.
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

/// Response of [`EvsClient::show_job`](super::EvsClient::show_job): `GET /v1/{project_id}/jobs/{job_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowJobResponse {
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `entities`.
    pub entities: ::std::option::Option<JobEntities>,
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

impl json::FromJson for ShowJobResponse {
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

/// Request of [`EvsClient::show_recycle_policy`](super::EvsClient::show_recycle_policy): `GET /v3/{project_id}/recycle-bin-volumes/policy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowRecyclePolicyRequest {}

/// Response of [`EvsClient::show_recycle_policy`](super::EvsClient::show_recycle_policy): `GET /v3/{project_id}/recycle-bin-volumes/policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowRecyclePolicyResponse {
    /// JSON field `switch`.
    pub switch: ::std::option::Option<bool>,
    /// JSON field `threshold_time`.
    pub threshold_time: ::std::option::Option<i64>,
    /// JSON field `keep_time`.
    pub keep_time: ::std::option::Option<i64>,
}

impl json::FromJson for ShowRecyclePolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            switch: json::take(&mut map, "switch")?,
            threshold_time: json::take(&mut map, "threshold_time")?,
            keep_time: json::take(&mut map, "keep_time")?,
        })
    }
}

/// Request of [`EvsClient::show_snapshot_group`](super::EvsClient::show_snapshot_group): `GET /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
///
/// Required fields: `snapshot_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSnapshotGroupRequest {
    /// Required path parameter `snapshot_group_id`.
    pub snapshot_group_id: ::std::string::String,
}

impl ShowSnapshotGroupRequest {
    /// Sets the `snapshot_group_id` field.
    #[must_use]
    pub fn with_snapshot_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_group_id = value.into();
        self
    }
}

/// Response of [`EvsClient::show_snapshot_group`](super::EvsClient::show_snapshot_group): `GET /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSnapshotGroupResponse {
    /// JSON field `snapshot_group`.
    pub snapshot_group: ::std::option::Option<SnapshotGroupDetail>,
}

impl json::FromJson for ShowSnapshotGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot_group: json::take(&mut map, "snapshot_group")?,
        })
    }
}

/// Request of [`EvsClient::show_snapshot`](super::EvsClient::show_snapshot): `GET /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
///
/// Required fields: `snapshot_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSnapshotRequest {
    /// Required path parameter `snapshot_id`.
    pub snapshot_id: ::std::string::String,
}

impl ShowSnapshotRequest {
    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = value.into();
        self
    }
}

/// Response of [`EvsClient::show_snapshot`](super::EvsClient::show_snapshot): `GET /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSnapshotResponse {
    /// JSON field `snapshot`.
    pub snapshot: ::std::option::Option<SnapshotDetails>,
}

impl json::FromJson for ShowSnapshotResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot: json::take(&mut map, "snapshot")?,
        })
    }
}

/// Request of [`EvsClient::show_standard_snapshot`](super::EvsClient::show_standard_snapshot): `GET /v5/{project_id}/snapshots/{snapshot_id}`.
///
/// Required fields: `snapshot_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowStandardSnapshotRequest {
    /// Required path parameter `snapshot_id`.
    pub snapshot_id: ::std::string::String,
}

impl ShowStandardSnapshotRequest {
    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = value.into();
        self
    }
}

/// Response of [`EvsClient::show_standard_snapshot`](super::EvsClient::show_standard_snapshot): `GET /v5/{project_id}/snapshots/{snapshot_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowStandardSnapshotResponse {
    /// JSON field `snapshot`.
    pub snapshot: ::std::option::Option<SnapshotDetailV5>,
}

impl json::FromJson for ShowStandardSnapshotResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot: json::take(&mut map, "snapshot")?,
        })
    }
}

/// Request of [`EvsClient::show_version`](super::EvsClient::show_version): `GET /{version}`.
///
/// Required fields: `version`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVersionRequest {
    /// Required path parameter `version`.
    pub version: ::std::string::String,
}

impl ShowVersionRequest {
    /// Sets the `version` field.
    #[must_use]
    pub fn with_version(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.version = value.into();
        self
    }
}

/// Response of [`EvsClient::show_version`](super::EvsClient::show_version): `GET /{version}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVersionResponse {
    /// JSON field `versions`.
    pub versions: ::std::option::Option<::std::vec::Vec<Versions>>,
}

impl json::FromJson for ShowVersionResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            versions: json::take(&mut map, "versions")?,
        })
    }
}

/// Request of [`EvsClient::show_volume_in_recycle`](super::EvsClient::show_volume_in_recycle): `GET /v3/{project_id}/recycle-bin-volumes/{volume_id}`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVolumeInRecycleRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
}

impl ShowVolumeInRecycleRequest {
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

/// Response of [`EvsClient::show_volume_in_recycle`](super::EvsClient::show_volume_in_recycle): `GET /v3/{project_id}/recycle-bin-volumes/{volume_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVolumeInRecycleResponse {
    /// JSON field `volume`.
    pub volume: ::std::option::Option<RecycleBinVolume>,
}

impl json::FromJson for ShowVolumeInRecycleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            volume: json::take(&mut map, "volume")?,
        })
    }
}

/// Request of [`EvsClient::show_volume`](super::EvsClient::show_volume): `GET /v2/{project_id}/cloudvolumes/{volume_id}`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVolumeRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
}

impl ShowVolumeRequest {
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

/// Response of [`EvsClient::show_volume`](super::EvsClient::show_volume): `GET /v2/{project_id}/cloudvolumes/{volume_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVolumeResponse {
    /// JSON field `volume`.
    pub volume: ::std::option::Option<VolumeDetail>,
}

impl json::FromJson for ShowVolumeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            volume: json::take(&mut map, "volume")?,
        })
    }
}

/// Request of [`EvsClient::show_volume_tags`](super::EvsClient::show_volume_tags): `GET /v2/{project_id}/cloudvolumes/{volume_id}/tags`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVolumeTagsRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
}

impl ShowVolumeTagsRequest {
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

/// Response of [`EvsClient::show_volume_tags`](super::EvsClient::show_volume_tags): `GET /v2/{project_id}/cloudvolumes/{volume_id}/tags`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowVolumeTagsResponse {
    /// JSON field `tags`.
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl json::FromJson for ShowVolumeTagsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tags: json::take(&mut map, "tags")?,
        })
    }
}

/// JSON model `SnapshotChains`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SnapshotChains {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `snapshot_count`.
    pub snapshot_count: ::std::option::Option<i64>,
    /// JSON field `capacity`.
    pub capacity: ::std::option::Option<f64>,
    /// JSON field `project_id`.
    pub project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// JSON field `category`.
    pub category: ::std::option::Option<::std::string::String>,
    /// JSON field `created_at`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// JSON field `updated_at`.
    pub updated_at: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for SnapshotChains {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            snapshot_count: json::take(&mut map, "snapshot_count")?,
            capacity: json::take(&mut map, "capacity")?,
            project_id: json::take(&mut map, "project_id")?,
            volume_id: json::take(&mut map, "volume_id")?,
            category: json::take(&mut map, "category")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
        })
    }
}

/// JSON model `SnapshotDetailV5`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SnapshotDetailV5 {
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
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
    /// Required JSON field `size`.
    pub size: i64,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `encrypted`.
    pub encrypted: bool,
    /// Required JSON field `cmk_id`.
    pub cmk_id: ::std::string::String,
    /// Required JSON field `category`.
    pub category: ::std::string::String,
    /// Required JSON field `availability_zone`.
    pub availability_zone: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// Required JSON field `instant_access`.
    pub instant_access: bool,
    /// Required JSON field `retention_at`.
    pub retention_at: ::std::string::String,
    /// Required JSON field `instant_access_retention_at`.
    pub instant_access_retention_at: ::std::string::String,
    /// Required JSON field `incremental`.
    pub incremental: bool,
    /// Required JSON field `snapshot_type`.
    pub snapshot_type: ::std::string::String,
    /// Required JSON field `progress`.
    pub progress: ::std::string::String,
    /// Required JSON field `encrypt_algorithm`.
    pub encrypt_algorithm: ::std::string::String,
    /// Required JSON field `snapshot_chains`.
    pub snapshot_chains: ::std::vec::Vec<SnapshotChains>,
    /// JSON field `snapshot_group_id`.
    pub snapshot_group_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for SnapshotDetailV5 {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            volume_id: json::take(&mut map, "volume_id")?,
            size: json::take(&mut map, "size")?,
            status: json::take(&mut map, "status")?,
            project_id: json::take(&mut map, "project_id")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            encrypted: json::take(&mut map, "encrypted")?,
            cmk_id: json::take(&mut map, "cmk_id")?,
            category: json::take(&mut map, "category")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            tags: json::take(&mut map, "tags")?,
            instant_access: json::take(&mut map, "instant_access")?,
            retention_at: json::take(&mut map, "retention_at")?,
            instant_access_retention_at: json::take(&mut map, "instant_access_retention_at")?,
            incremental: json::take(&mut map, "incremental")?,
            snapshot_type: json::take(&mut map, "snapshot_type")?,
            progress: json::take(&mut map, "progress")?,
            encrypt_algorithm: json::take(&mut map, "encrypt_algorithm")?,
            snapshot_chains: json::take(&mut map, "snapshot_chains")?,
            snapshot_group_id: json::take(&mut map, "snapshot_group_id")?,
        })
    }
}

/// JSON model `SnapshotDetails`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SnapshotDetails {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `created_at`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// JSON field `updated_at`.
    pub updated_at: ::std::option::Option<::std::string::String>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<::huaweicloud_sdk_core::json::Value>,
    /// JSON field `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// JSON field `os-extended-snapshot-attributes:project_id`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "os-extended-snapshot-attributes:project_id")
    )]
    pub os_extended_snapshot_attributesproject_id: ::std::option::Option<::std::string::String>,
    /// JSON field `os-extended-snapshot-attributes:progress`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "os-extended-snapshot-attributes:progress")
    )]
    pub os_extended_snapshot_attributesprogress: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for SnapshotDetails {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            status: json::take(&mut map, "status")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            metadata: json::take(&mut map, "metadata")?,
            volume_id: json::take(&mut map, "volume_id")?,
            size: json::take(&mut map, "size")?,
            os_extended_snapshot_attributesproject_id: json::take(
                &mut map,
                "os-extended-snapshot-attributes:project_id",
            )?,
            os_extended_snapshot_attributesprogress: json::take(
                &mut map,
                "os-extended-snapshot-attributes:progress",
            )?,
        })
    }
}

/// JSON model `SnapshotGroup`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SnapshotGroup {
    /// JSON field `server_id`.
    pub server_id: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_ids`.
    pub volume_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `instant_access`.
    pub instant_access: ::std::option::Option<bool>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `tags`.
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `incremental`.
    pub incremental: ::std::option::Option<bool>,
}

impl SnapshotGroup {
    /// Sets the `server_id` field.
    #[must_use]
    pub fn with_server_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `volume_ids` field.
    #[must_use]
    pub fn with_volume_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.volume_ids = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `instant_access` field.
    #[must_use]
    pub fn with_instant_access(mut self, value: bool) -> Self {
        self.instant_access = ::std::option::Option::Some(value);
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

    /// Sets the `tags` field.
    #[must_use]
    pub fn with_tags(
        mut self,
        value: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value);
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

    /// Sets the `incremental` field.
    #[must_use]
    pub fn with_incremental(mut self, value: bool) -> Self {
        self.incremental = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for SnapshotGroup {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "server_id", &self.server_id);
        json::put(&mut map, "volume_ids", &self.volume_ids);
        json::put(&mut map, "instant_access", &self.instant_access);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "tags", &self.tags);
        json::put(
            &mut map,
            "enterprise_project_id",
            &self.enterprise_project_id,
        );
        json::put(&mut map, "incremental", &self.incremental);
        json::Value::Object(map)
    }
}

/// JSON model `SnapshotGroupDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SnapshotGroupDetail {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `project_id`.
    pub project_id: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::string::String,
    /// Required JSON field `tags`.
    pub tags: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// Required JSON field `server_id`.
    pub server_id: ::std::string::String,
}

impl json::FromJson for SnapshotGroupDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            project_id: json::take(&mut map, "project_id")?,
            created_at: json::take(&mut map, "created_at")?,
            status: json::take(&mut map, "status")?,
            updated_at: json::take(&mut map, "updated_at")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            tags: json::take(&mut map, "tags")?,
            server_id: json::take(&mut map, "server_id")?,
        })
    }
}

/// JSON model `SnapshotList`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SnapshotList {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// JSON field `updated_at`.
    pub updated_at: ::std::option::Option<::std::string::String>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
    /// Required JSON field `size`.
    pub size: i64,
    /// Required JSON field `os-extended-snapshot-attributes:project_id`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "os-extended-snapshot-attributes:project_id")
    )]
    pub os_extended_snapshot_attributesproject_id: ::std::string::String,
    /// Required JSON field `os-extended-snapshot-attributes:progress`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "os-extended-snapshot-attributes:progress")
    )]
    pub os_extended_snapshot_attributesprogress: ::std::string::String,
    /// JSON field `dedicated_storage_id`.
    pub dedicated_storage_id: ::std::option::Option<::std::string::String>,
    /// JSON field `dedicated_storage_name`.
    pub dedicated_storage_name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `service_type`.
    pub service_type: ::std::string::String,
}

impl json::FromJson for SnapshotList {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            status: json::take(&mut map, "status")?,
            name: json::take(&mut map, "name")?,
            description: json::take(&mut map, "description")?,
            created_at: json::take(&mut map, "created_at")?,
            updated_at: json::take(&mut map, "updated_at")?,
            metadata: json::take(&mut map, "metadata")?,
            volume_id: json::take(&mut map, "volume_id")?,
            size: json::take(&mut map, "size")?,
            os_extended_snapshot_attributesproject_id: json::take(
                &mut map,
                "os-extended-snapshot-attributes:project_id",
            )?,
            os_extended_snapshot_attributesprogress: json::take(
                &mut map,
                "os-extended-snapshot-attributes:progress",
            )?,
            dedicated_storage_id: json::take(&mut map, "dedicated_storage_id")?,
            dedicated_storage_name: json::take(&mut map, "dedicated_storage_name")?,
            service_type: json::take(&mut map, "service_type")?,
        })
    }
}

/// JSON model `SubJob`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct SubJob {
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `entities`.
    pub entities: SubJobEntities,
    /// Required JSON field `job_id`.
    pub job_id: ::std::string::String,
    /// Required JSON field `job_type`.
    pub job_type: ::std::string::String,
    /// Required JSON field `begin_time`.
    pub begin_time: ::std::string::String,
    /// Required JSON field `end_time`.
    pub end_time: ::std::string::String,
    /// Required JSON field `error_code`.
    pub error_code: ::std::string::String,
    /// Required JSON field `fail_reason`.
    pub fail_reason: ::std::string::String,
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
    /// JSON field `volume_type`.
    pub volume_type: ::std::option::Option<::std::string::String>,
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// JSON field `volume_id`.
    pub volume_id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for SubJobEntities {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            volume_type: json::take(&mut map, "volume_type")?,
            size: json::take(&mut map, "size")?,
            volume_id: json::take(&mut map, "volume_id")?,
            name: json::take(&mut map, "name")?,
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

/// JSON model `TagsForListVolumes`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TagsForListVolumes {
    /// Required JSON field `key`.
    pub key: ::std::string::String,
    /// Required JSON field `values`.
    pub values: ::std::vec::Vec<::std::string::String>,
}

impl TagsForListVolumes {
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

impl json::ToJson for TagsForListVolumes {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "key", &self.key);
        json::put(&mut map, "values", &self.values);
        json::Value::Object(map)
    }
}

/// JSON model `Throughput`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Throughput {
    /// Required JSON field `frozened`.
    pub frozened: bool,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `total_val`.
    pub total_val: i64,
}

impl json::FromJson for Throughput {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            frozened: json::take(&mut map, "frozened")?,
            id: json::take(&mut map, "id")?,
            total_val: json::take(&mut map, "total_val")?,
        })
    }
}

/// Request of [`EvsClient::unsubscribe_postpaid_volume`](super::EvsClient::unsubscribe_postpaid_volume): `POST /v2/{project_id}/cloudvolumes/unsubscribe`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UnsubscribePostpaidVolumeRequest {
    /// Request body.
    pub body: ::std::option::Option<UnsubscribeVolumeRequestBody>,
}

impl UnsubscribePostpaidVolumeRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UnsubscribeVolumeRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::unsubscribe_postpaid_volume`](super::EvsClient::unsubscribe_postpaid_volume): `POST /v2/{project_id}/cloudvolumes/unsubscribe`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UnsubscribePostpaidVolumeResponse {
    /// JSON field `body`.
    pub body: ::std::option::Option<::huaweicloud_sdk_core::json::Value>,
}

impl json::FromJson for UnsubscribePostpaidVolumeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            body: json::take(&mut map, "body")?,
        })
    }
}

/// JSON model `UnsubscribeVolumeRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UnsubscribeVolumeRequestBody {
    /// Required JSON field `volume_ids`.
    pub volume_ids: ::std::vec::Vec<::std::string::String>,
}

impl UnsubscribeVolumeRequestBody {
    /// Sets the `volume_ids` field.
    #[must_use]
    pub fn with_volume_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.volume_ids = value;
        self
    }
}

impl json::ToJson for UnsubscribeVolumeRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volume_ids", &self.volume_ids);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::update_auto_snapshot_policy`](super::EvsClient::update_auto_snapshot_policy): `PUT /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
///
/// Required fields: `snapshot_policy_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAutoSnapshotPolicyRequest {
    /// Required path parameter `snapshot_policy_id`.
    pub snapshot_policy_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateSnapshotPolicyRequestBody>,
}

impl UpdateAutoSnapshotPolicyRequest {
    /// Sets the `snapshot_policy_id` field.
    #[must_use]
    pub fn with_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_policy_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateSnapshotPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::update_auto_snapshot_policy`](super::EvsClient::update_auto_snapshot_policy): `PUT /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAutoSnapshotPolicyResponse {
    /// JSON field `snapshot_policy`.
    pub snapshot_policy: ::std::option::Option<GetSnapshotPolicy>,
}

impl json::FromJson for UpdateAutoSnapshotPolicyResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot_policy: json::take(&mut map, "snapshot_policy")?,
        })
    }
}

/// Request of [`EvsClient::update_recycle_policy`](super::EvsClient::update_recycle_policy): `PUT /v3/{project_id}/recycle-bin-volumes/policy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRecyclePolicyRequest {
    /// Request body.
    pub body: ::std::option::Option<ModifyRecycleBinPolicyRequestBody>,
}

impl UpdateRecyclePolicyRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ModifyRecycleBinPolicyRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::update_recycle_policy`](super::EvsClient::update_recycle_policy): `PUT /v3/{project_id}/recycle-bin-volumes/policy`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateRecyclePolicyResponse {}

impl json::FromJson for UpdateRecyclePolicyResponse {
    fn from_json(_value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        ::std::result::Result::Ok(Self {})
    }
}

/// Request of [`EvsClient::update_snapshot_group`](super::EvsClient::update_snapshot_group): `PUT /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
///
/// Required fields: `snapshot_group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotGroupRequest {
    /// Required path parameter `snapshot_group_id`.
    pub snapshot_group_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateSnapshotGroupRequestBody>,
}

impl UpdateSnapshotGroupRequest {
    /// Sets the `snapshot_group_id` field.
    #[must_use]
    pub fn with_snapshot_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_group_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateSnapshotGroupRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateSnapshotGroupRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotGroupRequestBody {
    /// Required JSON field `snapshot_group`.
    pub snapshot_group: UpdateSnapshotGroupResponseBody,
}

impl UpdateSnapshotGroupRequestBody {
    /// Sets the `snapshot_group` field.
    #[must_use]
    pub fn with_snapshot_group(mut self, value: UpdateSnapshotGroupResponseBody) -> Self {
        self.snapshot_group = value;
        self
    }
}

impl json::ToJson for UpdateSnapshotGroupRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "snapshot_group", &self.snapshot_group);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::update_snapshot_group`](super::EvsClient::update_snapshot_group): `PUT /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotGroupResponse {
    /// JSON field `snapshot_group`.
    pub snapshot_group: ::std::option::Option<SnapshotGroupDetail>,
}

impl json::FromJson for UpdateSnapshotGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot_group: json::take(&mut map, "snapshot_group")?,
        })
    }
}

/// JSON model `UpdateSnapshotGroupResponseBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotGroupResponseBody {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
}

impl UpdateSnapshotGroupResponseBody {
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

impl json::ToJson for UpdateSnapshotGroupResponseBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "description", &self.description);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateSnapshotOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl UpdateSnapshotOption {
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

impl json::ToJson for UpdateSnapshotOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateSnapshotPolicy`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotPolicy {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `repeat_weekdays`.
    pub repeat_weekdays: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `repeat_interval_days`.
    pub repeat_interval_days: ::std::option::Option<i64>,
    /// JSON field `time_points`.
    pub time_points: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `retention_days`.
    pub retention_days: ::std::option::Option<i64>,
}

impl UpdateSnapshotPolicy {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `repeat_weekdays` field.
    #[must_use]
    pub fn with_repeat_weekdays(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.repeat_weekdays = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `repeat_interval_days` field.
    #[must_use]
    pub fn with_repeat_interval_days(mut self, value: i64) -> Self {
        self.repeat_interval_days = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `time_points` field.
    #[must_use]
    pub fn with_time_points(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.time_points = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `retention_days` field.
    #[must_use]
    pub fn with_retention_days(mut self, value: i64) -> Self {
        self.retention_days = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateSnapshotPolicy {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "repeat_weekdays", &self.repeat_weekdays);
        json::put(&mut map, "repeat_interval_days", &self.repeat_interval_days);
        json::put(&mut map, "time_points", &self.time_points);
        json::put(&mut map, "retention_days", &self.retention_days);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateSnapshotPolicyRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotPolicyRequestBody {
    /// JSON field `snapshot_policy`.
    pub snapshot_policy: ::std::option::Option<UpdateSnapshotPolicy>,
}

impl UpdateSnapshotPolicyRequestBody {
    /// Sets the `snapshot_policy` field.
    #[must_use]
    pub fn with_snapshot_policy(mut self, value: UpdateSnapshotPolicy) -> Self {
        self.snapshot_policy = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for UpdateSnapshotPolicyRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "snapshot_policy", &self.snapshot_policy);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::update_snapshot`](super::EvsClient::update_snapshot): `PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
///
/// Required fields: `snapshot_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotRequest {
    /// Required path parameter `snapshot_id`.
    pub snapshot_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateSnapshotRequestBody>,
}

impl UpdateSnapshotRequest {
    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateSnapshotRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateSnapshotRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotRequestBody {
    /// Required JSON field `snapshot`.
    pub snapshot: UpdateSnapshotOption,
}

impl UpdateSnapshotRequestBody {
    /// Sets the `snapshot` field.
    #[must_use]
    pub fn with_snapshot(mut self, value: UpdateSnapshotOption) -> Self {
        self.snapshot = value;
        self
    }
}

impl json::ToJson for UpdateSnapshotRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "snapshot", &self.snapshot);
        json::Value::Object(map)
    }
}

/// JSON model `UpdateSnapshotRequestBodyV5`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotRequestBodyV5 {
    /// Required JSON field `snapshot`.
    pub snapshot: CinderUpdateSnapshotOptionV5,
}

impl UpdateSnapshotRequestBodyV5 {
    /// Sets the `snapshot` field.
    #[must_use]
    pub fn with_snapshot(mut self, value: CinderUpdateSnapshotOptionV5) -> Self {
        self.snapshot = value;
        self
    }
}

impl json::ToJson for UpdateSnapshotRequestBodyV5 {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "snapshot", &self.snapshot);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::update_snapshot`](super::EvsClient::update_snapshot): `PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateSnapshotResponse {
    /// JSON field `snapshot`.
    pub snapshot: ::std::option::Option<SnapshotDetails>,
}

impl json::FromJson for UpdateSnapshotResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot: json::take(&mut map, "snapshot")?,
        })
    }
}

/// Request of [`EvsClient::update_standard_snapshot`](super::EvsClient::update_standard_snapshot): `PUT /v5/{project_id}/snapshots/{snapshot_id}`.
///
/// Required fields: `snapshot_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateStandardSnapshotRequest {
    /// Required path parameter `snapshot_id`.
    pub snapshot_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateSnapshotRequestBodyV5>,
}

impl UpdateStandardSnapshotRequest {
    /// Sets the `snapshot_id` field.
    #[must_use]
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: UpdateSnapshotRequestBodyV5) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`EvsClient::update_standard_snapshot`](super::EvsClient::update_standard_snapshot): `PUT /v5/{project_id}/snapshots/{snapshot_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateStandardSnapshotResponse {
    /// JSON field `snapshot`.
    pub snapshot: ::std::option::Option<SnapshotDetailV5>,
}

impl json::FromJson for UpdateStandardSnapshotResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            snapshot: json::take(&mut map, "snapshot")?,
        })
    }
}

/// JSON model `UpdateVolumeOption`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVolumeOption {
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl UpdateVolumeOption {
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

impl json::ToJson for UpdateVolumeOption {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "description", &self.description);
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// Request of [`EvsClient::update_volume`](super::EvsClient::update_volume): `PUT /v2/{project_id}/cloudvolumes/{volume_id}`.
///
/// Required fields: `volume_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVolumeRequest {
    /// Required path parameter `volume_id`.
    pub volume_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<UpdateVolumeRequestBody>,
}

impl UpdateVolumeRequest {
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
    pub fn with_body(mut self, value: UpdateVolumeRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `UpdateVolumeRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVolumeRequestBody {
    /// Required JSON field `volume`.
    pub volume: UpdateVolumeOption,
}

impl UpdateVolumeRequestBody {
    /// Sets the `volume` field.
    #[must_use]
    pub fn with_volume(mut self, value: UpdateVolumeOption) -> Self {
        self.volume = value;
        self
    }
}

impl json::ToJson for UpdateVolumeRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "volume", &self.volume);
        json::Value::Object(map)
    }
}

/// Response of [`EvsClient::update_volume`](super::EvsClient::update_volume): `PUT /v2/{project_id}/cloudvolumes/{volume_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateVolumeResponse {
    /// JSON field `attachments`.
    pub attachments: ::std::option::Option<::std::vec::Vec<Attachment>>,
    /// JSON field `availability_zone`.
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `bootable`.
    pub bootable: ::std::option::Option<::std::string::String>,
    /// JSON field `created_at`.
    pub created_at: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `links`.
    pub links: ::std::option::Option<::std::vec::Vec<Link>>,
    /// JSON field `metadata`.
    pub metadata: ::std::option::Option<VolumeMetadata>,
    /// JSON field `multiattach`.
    pub multiattach: ::std::option::Option<bool>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `os-vol-host-attr:host`.
    #[cfg_attr(feature = "serde", serde(rename = "os-vol-host-attr:host"))]
    pub os_vol_host_attrhost: ::std::option::Option<::std::string::String>,
    /// JSON field `os-vol-tenant-attr:tenant_id`.
    #[cfg_attr(feature = "serde", serde(rename = "os-vol-tenant-attr:tenant_id"))]
    pub os_vol_tenant_attrtenant_id: ::std::option::Option<::std::string::String>,
    /// JSON field `shareable`.
    pub shareable: ::std::option::Option<::std::string::String>,
    /// JSON field `size`.
    pub size: ::std::option::Option<i64>,
    /// JSON field `snapshot_id`.
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// JSON field `source_volid`.
    pub source_volid: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_image_metadata`.
    pub volume_image_metadata: ::std::option::Option<::huaweicloud_sdk_core::json::Value>,
    /// JSON field `volume_type`.
    pub volume_type: ::std::option::Option<::std::string::String>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `os-volume-replication:extended_status`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "os-volume-replication:extended_status")
    )]
    pub os_volume_replicationextended_status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UpdateVolumeResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            attachments: json::take(&mut map, "attachments")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            bootable: json::take(&mut map, "bootable")?,
            created_at: json::take(&mut map, "created_at")?,
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            metadata: json::take(&mut map, "metadata")?,
            multiattach: json::take(&mut map, "multiattach")?,
            name: json::take(&mut map, "name")?,
            os_vol_host_attrhost: json::take(&mut map, "os-vol-host-attr:host")?,
            os_vol_tenant_attrtenant_id: json::take(&mut map, "os-vol-tenant-attr:tenant_id")?,
            shareable: json::take(&mut map, "shareable")?,
            size: json::take(&mut map, "size")?,
            snapshot_id: json::take(&mut map, "snapshot_id")?,
            source_volid: json::take(&mut map, "source_volid")?,
            status: json::take(&mut map, "status")?,
            volume_image_metadata: json::take(&mut map, "volume_image_metadata")?,
            volume_type: json::take(&mut map, "volume_type")?,
            description: json::take(&mut map, "description")?,
            os_volume_replicationextended_status: json::take(
                &mut map,
                "os-volume-replication:extended_status",
            )?,
        })
    }
}

/// JSON model `Versions`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Versions {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<Link>,
    /// Required JSON field `media-types`.
    #[cfg_attr(feature = "serde", serde(rename = "media-types"))]
    pub media_types: ::std::vec::Vec<MediaTypes>,
    /// JSON field `min_version`.
    pub min_version: ::std::option::Option<::std::string::String>,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `updated`.
    pub updated: ::std::string::String,
    /// Required JSON field `version`.
    pub version: ::std::string::String,
}

impl json::FromJson for Versions {
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

/// JSON model `VolumeDetail`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VolumeDetail {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<Link>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `attachments`.
    pub attachments: ::std::vec::Vec<Attachment>,
    /// Required JSON field `availability_zone`.
    pub availability_zone: ::std::string::String,
    /// Required JSON field `os-vol-host-attr:host`.
    #[cfg_attr(feature = "serde", serde(rename = "os-vol-host-attr:host"))]
    pub os_vol_host_attrhost: ::std::string::String,
    /// JSON field `source_volid`.
    pub source_volid: ::std::option::Option<::std::string::String>,
    /// Required JSON field `snapshot_id`.
    pub snapshot_id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `os-vol-tenant-attr:tenant_id`.
    #[cfg_attr(feature = "serde", serde(rename = "os-vol-tenant-attr:tenant_id"))]
    pub os_vol_tenant_attrtenant_id: ::std::string::String,
    /// Required JSON field `volume_image_metadata`.
    pub volume_image_metadata:
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    /// Required JSON field `volume_type`.
    pub volume_type: ::std::string::String,
    /// Required JSON field `size`.
    pub size: i64,
    /// JSON field `consistencygroup_id`.
    pub consistencygroup_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `bootable`.
    pub bootable: ::std::string::String,
    /// Required JSON field `metadata`.
    pub metadata:
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// JSON field `encrypted`.
    pub encrypted: ::std::option::Option<bool>,
    /// Required JSON field `replication_status`.
    pub replication_status: ::std::string::String,
    /// Required JSON field `os-volume-replication:extended_status`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "os-volume-replication:extended_status")
    )]
    pub os_volume_replicationextended_status: ::std::string::String,
    /// Required JSON field `os-vol-mig-status-attr:migstat`.
    #[cfg_attr(feature = "serde", serde(rename = "os-vol-mig-status-attr:migstat"))]
    pub os_vol_mig_status_attrmigstat: ::std::string::String,
    /// Required JSON field `os-vol-mig-status-attr:name_id`.
    #[cfg_attr(feature = "serde", serde(rename = "os-vol-mig-status-attr:name_id"))]
    pub os_vol_mig_status_attrname_id: ::std::string::String,
    /// Required JSON field `shareable`.
    pub shareable: ::std::string::String,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `service_type`.
    pub service_type: ::std::string::String,
    /// Required JSON field `multiattach`.
    pub multiattach: bool,
    /// JSON field `dedicated_storage_id`.
    pub dedicated_storage_id: ::std::option::Option<::std::string::String>,
    /// JSON field `dedicated_storage_name`.
    pub dedicated_storage_name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `tags`.
    pub tags: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// JSON field `wwn`.
    pub wwn: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `serial_number`.
    pub serial_number: ::std::option::Option<::std::string::String>,
    /// JSON field `iops`.
    pub iops: ::std::option::Option<Iops>,
    /// JSON field `throughput`.
    pub throughput: ::std::option::Option<Throughput>,
}

impl json::FromJson for VolumeDetail {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            name: json::take(&mut map, "name")?,
            status: json::take(&mut map, "status")?,
            attachments: json::take(&mut map, "attachments")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            os_vol_host_attrhost: json::take(&mut map, "os-vol-host-attr:host")?,
            source_volid: json::take(&mut map, "source_volid")?,
            snapshot_id: json::take(&mut map, "snapshot_id")?,
            description: json::take(&mut map, "description")?,
            created_at: json::take(&mut map, "created_at")?,
            os_vol_tenant_attrtenant_id: json::take(&mut map, "os-vol-tenant-attr:tenant_id")?,
            volume_image_metadata: json::take(&mut map, "volume_image_metadata")?,
            volume_type: json::take(&mut map, "volume_type")?,
            size: json::take(&mut map, "size")?,
            consistencygroup_id: json::take(&mut map, "consistencygroup_id")?,
            bootable: json::take(&mut map, "bootable")?,
            metadata: json::take(&mut map, "metadata")?,
            updated_at: json::take(&mut map, "updated_at")?,
            encrypted: json::take(&mut map, "encrypted")?,
            replication_status: json::take(&mut map, "replication_status")?,
            os_volume_replicationextended_status: json::take(
                &mut map,
                "os-volume-replication:extended_status",
            )?,
            os_vol_mig_status_attrmigstat: json::take(&mut map, "os-vol-mig-status-attr:migstat")?,
            os_vol_mig_status_attrname_id: json::take(&mut map, "os-vol-mig-status-attr:name_id")?,
            shareable: json::take(&mut map, "shareable")?,
            user_id: json::take(&mut map, "user_id")?,
            service_type: json::take(&mut map, "service_type")?,
            multiattach: json::take(&mut map, "multiattach")?,
            dedicated_storage_id: json::take(&mut map, "dedicated_storage_id")?,
            dedicated_storage_name: json::take(&mut map, "dedicated_storage_name")?,
            tags: json::take(&mut map, "tags")?,
            wwn: json::take(&mut map, "wwn")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
            serial_number: json::take(&mut map, "serial_number")?,
            iops: json::take(&mut map, "iops")?,
            throughput: json::take(&mut map, "throughput")?,
        })
    }
}

/// JSON model `VolumeDetailForTag`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VolumeDetailForTag {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<Link>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `status`.
    pub status: ::std::string::String,
    /// Required JSON field `attachments`.
    pub attachments: ::std::vec::Vec<Attachment>,
    /// Required JSON field `availability_zone`.
    pub availability_zone: ::std::string::String,
    /// Required JSON field `os-vol-host-attr:host`.
    #[cfg_attr(feature = "serde", serde(rename = "os-vol-host-attr:host"))]
    pub os_vol_host_attrhost: ::std::string::String,
    /// JSON field `source_volid`.
    pub source_volid: ::std::option::Option<::std::string::String>,
    /// Required JSON field `snapshot_id`.
    pub snapshot_id: ::std::string::String,
    /// Required JSON field `description`.
    pub description: ::std::string::String,
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `os-vol-tenant-attr:tenant_id`.
    #[cfg_attr(feature = "serde", serde(rename = "os-vol-tenant-attr:tenant_id"))]
    pub os_vol_tenant_attrtenant_id: ::std::string::String,
    /// Required JSON field `volume_image_metadata`.
    pub volume_image_metadata:
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    /// Required JSON field `volume_type`.
    pub volume_type: ::std::string::String,
    /// Required JSON field `size`.
    pub size: i64,
    /// JSON field `consistencygroup_id`.
    pub consistencygroup_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `bootable`.
    pub bootable: ::std::string::String,
    /// Required JSON field `metadata`.
    pub metadata: VolumeMetadata,
    /// Required JSON field `updated_at`.
    pub updated_at: ::std::string::String,
    /// JSON field `encrypted`.
    pub encrypted: ::std::option::Option<bool>,
    /// Required JSON field `replication_status`.
    pub replication_status: ::std::string::String,
    /// Required JSON field `os-volume-replication:extended_status`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "os-volume-replication:extended_status")
    )]
    pub os_volume_replicationextended_status: ::std::string::String,
    /// Required JSON field `os-vol-mig-status-attr:migstat`.
    #[cfg_attr(feature = "serde", serde(rename = "os-vol-mig-status-attr:migstat"))]
    pub os_vol_mig_status_attrmigstat: ::std::string::String,
    /// Required JSON field `os-vol-mig-status-attr:name_id`.
    #[cfg_attr(feature = "serde", serde(rename = "os-vol-mig-status-attr:name_id"))]
    pub os_vol_mig_status_attrname_id: ::std::string::String,
    /// Required JSON field `shareable`.
    pub shareable: bool,
    /// Required JSON field `user_id`.
    pub user_id: ::std::string::String,
    /// Required JSON field `service_type`.
    pub service_type: ::std::string::String,
    /// Required JSON field `multiattach`.
    pub multiattach: bool,
    /// JSON field `dedicated_storage_id`.
    pub dedicated_storage_id: ::std::option::Option<::std::string::String>,
    /// JSON field `dedicated_storage_name`.
    pub dedicated_storage_name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `tags`.
    pub tags: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    /// JSON field `wwn`.
    pub wwn: ::std::option::Option<::std::string::String>,
    /// JSON field `enterprise_project_id`.
    pub enterprise_project_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for VolumeDetailForTag {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            name: json::take(&mut map, "name")?,
            status: json::take(&mut map, "status")?,
            attachments: json::take(&mut map, "attachments")?,
            availability_zone: json::take(&mut map, "availability_zone")?,
            os_vol_host_attrhost: json::take(&mut map, "os-vol-host-attr:host")?,
            source_volid: json::take(&mut map, "source_volid")?,
            snapshot_id: json::take(&mut map, "snapshot_id")?,
            description: json::take(&mut map, "description")?,
            created_at: json::take(&mut map, "created_at")?,
            os_vol_tenant_attrtenant_id: json::take(&mut map, "os-vol-tenant-attr:tenant_id")?,
            volume_image_metadata: json::take(&mut map, "volume_image_metadata")?,
            volume_type: json::take(&mut map, "volume_type")?,
            size: json::take(&mut map, "size")?,
            consistencygroup_id: json::take(&mut map, "consistencygroup_id")?,
            bootable: json::take(&mut map, "bootable")?,
            metadata: json::take(&mut map, "metadata")?,
            updated_at: json::take(&mut map, "updated_at")?,
            encrypted: json::take(&mut map, "encrypted")?,
            replication_status: json::take(&mut map, "replication_status")?,
            os_volume_replicationextended_status: json::take(
                &mut map,
                "os-volume-replication:extended_status",
            )?,
            os_vol_mig_status_attrmigstat: json::take(&mut map, "os-vol-mig-status-attr:migstat")?,
            os_vol_mig_status_attrname_id: json::take(&mut map, "os-vol-mig-status-attr:name_id")?,
            shareable: json::take(&mut map, "shareable")?,
            user_id: json::take(&mut map, "user_id")?,
            service_type: json::take(&mut map, "service_type")?,
            multiattach: json::take(&mut map, "multiattach")?,
            dedicated_storage_id: json::take(&mut map, "dedicated_storage_id")?,
            dedicated_storage_name: json::take(&mut map, "dedicated_storage_name")?,
            tags: json::take(&mut map, "tags")?,
            wwn: json::take(&mut map, "wwn")?,
            enterprise_project_id: json::take(&mut map, "enterprise_project_id")?,
        })
    }
}

/// JSON model `VolumeMetadata`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VolumeMetadata {
    /// JSON field `__system__cmkid`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__cmkid"))]
    pub system_cmkid: ::std::option::Option<::std::string::String>,
    /// JSON field `__system__encrypted`.
    #[cfg_attr(feature = "serde", serde(rename = "__system__encrypted"))]
    pub system_encrypted: ::std::option::Option<::std::string::String>,
    /// JSON field `hw:passthrough`.
    #[cfg_attr(feature = "serde", serde(rename = "hw:passthrough"))]
    pub hwpassthrough: ::std::option::Option<::std::string::String>,
    /// JSON field `orderID`.
    #[cfg_attr(feature = "serde", serde(rename = "orderID"))]
    pub order_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for VolumeMetadata {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            system_cmkid: json::take(&mut map, "__system__cmkid")?,
            system_encrypted: json::take(&mut map, "__system__encrypted")?,
            hwpassthrough: json::take(&mut map, "hw:passthrough")?,
            order_id: json::take(&mut map, "orderID")?,
        })
    }
}

/// JSON model `VolumeTransfer`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VolumeTransfer {
    /// Required JSON field `created_at`.
    pub created_at: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<Link>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
}

impl json::FromJson for VolumeTransfer {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            created_at: json::take(&mut map, "created_at")?,
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            name: json::take(&mut map, "name")?,
            volume_id: json::take(&mut map, "volume_id")?,
        })
    }
}

/// JSON model `VolumeTransferSummary`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VolumeTransferSummary {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `links`.
    pub links: ::std::vec::Vec<Link>,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `volume_id`.
    pub volume_id: ::std::string::String,
}

impl json::FromJson for VolumeTransferSummary {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            links: json::take(&mut map, "links")?,
            name: json::take(&mut map, "name")?,
            volume_id: json::take(&mut map, "volume_id")?,
        })
    }
}

/// JSON model `VolumeType`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VolumeType {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `extra_specs`.
    pub extra_specs: ::std::option::Option<VolumeTypeExtraSpecs>,
    /// JSON field `description`.
    pub description: ::std::option::Option<::std::string::String>,
    /// JSON field `qos_specs_id`.
    pub qos_specs_id: ::std::option::Option<::std::string::String>,
    /// JSON field `is_public`.
    pub is_public: ::std::option::Option<bool>,
}

impl json::FromJson for VolumeType {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            extra_specs: json::take(&mut map, "extra_specs")?,
            description: json::take(&mut map, "description")?,
            qos_specs_id: json::take(&mut map, "qos_specs_id")?,
            is_public: json::take(&mut map, "is_public")?,
        })
    }
}

/// JSON model `VolumeTypeExtraSpecs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VolumeTypeExtraSpecs {
    /// JSON field `RESKEY:availability_zones`.
    #[cfg_attr(feature = "serde", serde(rename = "RESKEY:availability_zones"))]
    pub reske_yavailability_zones: ::std::option::Option<::std::string::String>,
    /// JSON field `availability-zone`.
    #[cfg_attr(feature = "serde", serde(rename = "availability-zone"))]
    pub availability_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `os-vendor-extended:sold_out_availability_zones`.
    #[cfg_attr(
        feature = "serde",
        serde(rename = "os-vendor-extended:sold_out_availability_zones")
    )]
    pub os_vendor_extendedsold_out_availability_zones: ::std::option::Option<::std::string::String>,
    /// JSON field `volume_backend_name`.
    pub volume_backend_name: ::std::option::Option<::std::string::String>,
    /// JSON field `HW:availability_zone`.
    #[cfg_attr(feature = "serde", serde(rename = "HW:availability_zone"))]
    pub h_wavailability_zone: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for VolumeTypeExtraSpecs {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            reske_yavailability_zones: json::take(&mut map, "RESKEY:availability_zones")?,
            availability_zone: json::take(&mut map, "availability-zone")?,
            os_vendor_extendedsold_out_availability_zones: json::take(
                &mut map,
                "os-vendor-extended:sold_out_availability_zones",
            )?,
            volume_backend_name: json::take(&mut map, "volume_backend_name")?,
            h_wavailability_zone: json::take(&mut map, "HW:availability_zone")?,
        })
    }
}

/// JSON model `VolumesForBatchResizeVolume`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct VolumesForBatchResizeVolume {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `new_size`.
    pub new_size: i64,
}

impl VolumesForBatchResizeVolume {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets the `new_size` field.
    #[must_use]
    pub fn with_new_size(mut self, value: i64) -> Self {
        self.new_size = value;
        self
    }
}

impl json::ToJson for VolumesForBatchResizeVolume {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "new_size", &self.new_size);
        json::Value::Object(map)
    }
}

/// JSON model `ZoneState`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ZoneState {
    /// JSON field `available`.
    pub available: ::std::option::Option<bool>,
}

impl json::FromJson for ZoneState {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            available: json::take(&mut map, "available")?,
        })
    }
}
