//! Request, response and data types of the DSC v1 API.
//!
//! Request types and the models inside request bodies implement `Default` and have a
//! `with_*` setter per field. Types without `Default` have a `new` taking their required
//! fields. All types are `#[non_exhaustive]`, so new API fields are not breaking.

use huaweicloud_sdk_core::json;

/// Request of [`DscClient::add_buckets`](super::DscClient::add_buckets): `POST /v1/{project_id}/sdg/asset/obs/buckets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddBucketsRequest {
    /// Query parameter `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// Request body.
    pub body: ::std::option::Option<BucketsRequest>,
}

impl AddBucketsRequest {
    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: BucketsRequest) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::add_buckets`](super::DscClient::add_buckets): `POST /v1/{project_id}/sdg/asset/obs/buckets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddBucketsResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AddBucketsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// Request of [`DscClient::add_rule_group`](super::DscClient::add_rule_group): `POST /v1/{project_id}/sdg/server/scan/groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddRuleGroupRequest {
    /// Request body.
    pub body: ::std::option::Option<RuleGroupRequest>,
}

impl AddRuleGroupRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RuleGroupRequest) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::add_rule_group`](super::DscClient::add_rule_group): `POST /v1/{project_id}/sdg/server/scan/groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddRuleGroupResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AddRuleGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// Request of [`DscClient::add_rule`](super::DscClient::add_rule): `POST /v1/{project_id}/sdg/server/scan/rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddRuleRequest {
    /// Request body.
    pub body: ::std::option::Option<RuleRequest>,
}

impl AddRuleRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RuleRequest) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::add_rule`](super::DscClient::add_rule): `POST /v1/{project_id}/sdg/server/scan/rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddRuleResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AddRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// Request of [`DscClient::add_scan_job`](super::DscClient::add_scan_job): `POST /v1/{project_id}/sdg/scan/job`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddScanJobRequest {
    /// Request body.
    pub body: ::std::option::Option<ScanJobRequest>,
}

impl AddScanJobRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ScanJobRequest) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::add_scan_job`](super::DscClient::add_scan_job): `POST /v1/{project_id}/sdg/scan/job`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AddScanJobResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for AddScanJobResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// JSON model `AssetNameRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AssetNameRequest {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
}

impl AssetNameRequest {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for AssetNameRequest {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::Value::Object(map)
    }
}

/// Request of [`DscClient::batch_add_data_mask`](super::DscClient::batch_add_data_mask): `POST /v1/{project_id}/data/mask`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAddDataMaskRequest {
    /// Request body.
    pub body: ::std::option::Option<DynamicDataMask>,
}

impl BatchAddDataMaskRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: DynamicDataMask) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::batch_add_data_mask`](super::DscClient::batch_add_data_mask): `POST /v1/{project_id}/data/mask`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BatchAddDataMaskResponse {
    /// JSON field `masked_data`.
    pub masked_data: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
        >,
    >,
}

impl json::FromJson for BatchAddDataMaskResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            masked_data: json::take(&mut map, "masked_data")?,
        })
    }
}

/// JSON model `Bucket`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Bucket {
    /// JSON field `asset_name`.
    pub asset_name: ::std::option::Option<::std::string::String>,
    /// JSON field `bucket_location`.
    pub bucket_location: ::std::option::Option<::std::string::String>,
    /// JSON field `bucket_name`.
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// JSON field `bucket_policy`.
    pub bucket_policy: ::std::option::Option<::std::string::String>,
    /// JSON field `create_time`.
    pub create_time: ::std::option::Option<i64>,
    /// JSON field `deleted`.
    pub deleted: ::std::option::Option<bool>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `is_deleted`.
    pub is_deleted: ::std::option::Option<bool>,
}

impl json::FromJson for Bucket {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            asset_name: json::take(&mut map, "asset_name")?,
            bucket_location: json::take(&mut map, "bucket_location")?,
            bucket_name: json::take(&mut map, "bucket_name")?,
            bucket_policy: json::take(&mut map, "bucket_policy")?,
            create_time: json::take(&mut map, "create_time")?,
            deleted: json::take(&mut map, "deleted")?,
            id: json::take(&mut map, "id")?,
            is_deleted: json::take(&mut map, "is_deleted")?,
        })
    }
}

/// JSON model `BucketBean`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BucketBean {
    /// JSON field `asset_name`.
    pub asset_name: ::std::option::Option<::std::string::String>,
    /// JSON field `location`.
    pub location: ::std::option::Option<::std::string::String>,
    /// JSON field `bucket_name`.
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// JSON field `bucket_policy`.
    pub bucket_policy: ::std::option::Option<::std::string::String>,
}

impl BucketBean {
    /// Sets the `asset_name` field.
    #[must_use]
    pub fn with_asset_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.asset_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `location` field.
    #[must_use]
    pub fn with_location(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `bucket_name` field.
    #[must_use]
    pub fn with_bucket_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bucket_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `bucket_policy` field.
    #[must_use]
    pub fn with_bucket_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bucket_policy = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for BucketBean {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "asset_name", &self.asset_name);
        json::put(&mut map, "location", &self.location);
        json::put(&mut map, "bucket_name", &self.bucket_name);
        json::put(&mut map, "bucket_policy", &self.bucket_policy);
        json::Value::Object(map)
    }
}

/// JSON model `BucketsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct BucketsRequest {
    /// JSON field `buckets`.
    pub buckets: ::std::option::Option<::std::vec::Vec<BucketBean>>,
}

impl BucketsRequest {
    /// Sets the `buckets` field.
    #[must_use]
    pub fn with_buckets(mut self, value: ::std::vec::Vec<BucketBean>) -> Self {
        self.buckets = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for BucketsRequest {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "buckets", &self.buckets);
        json::Value::Object(map)
    }
}

/// Request of [`DscClient::change_db_template_operation`](super::DscClient::change_db_template_operation): `POST /v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/operation`.
///
/// Required fields: `template_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeDbTemplateOperationRequest {
    /// Required path parameter `template_id`.
    pub template_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<MaskSwitchRequest>,
}

impl ChangeDbTemplateOperationRequest {
    /// Sets the `template_id` field.
    #[must_use]
    pub fn with_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: MaskSwitchRequest) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::change_db_template_operation`](super::DscClient::change_db_template_operation): `POST /v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/operation`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeDbTemplateOperationResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ChangeDbTemplateOperationResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// Request of [`DscClient::change_rule`](super::DscClient::change_rule): `PUT /v1/{project_id}/sdg/server/scan/rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeRuleRequest {
    /// Request body.
    pub body: ::std::option::Option<RuleChangeRequest>,
}

impl ChangeRuleRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: RuleChangeRequest) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::change_rule`](super::DscClient::change_rule): `PUT /v1/{project_id}/sdg/server/scan/rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeRuleResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ChangeRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// JSON model `Columns`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Columns {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `type`.
    pub r#type: ::std::string::String,
    /// Required JSON field `primary_key`.
    pub primary_key: bool,
}

impl Columns {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = value.into();
        self
    }

    /// Sets the `primary_key` field.
    #[must_use]
    pub fn with_primary_key(mut self, value: bool) -> Self {
        self.primary_key = value;
        self
    }
}

impl json::ToJson for Columns {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "type", &self.r#type);
        json::put(&mut map, "primary_key", &self.primary_key);
        json::Value::Object(map)
    }
}

/// Request of [`DscClient::create_database_water_mark`](super::DscClient::create_database_water_mark): `POST /v1/{project_id}/sdg/database/watermark/embed`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateDatabaseWaterMarkRequest {
    /// Request body.
    pub body: ::std::option::Option<EmbeddedDatabaseWatermark>,
}

impl CreateDatabaseWaterMarkRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: EmbeddedDatabaseWatermark) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::create_database_water_mark`](super::DscClient::create_database_water_mark): `POST /v1/{project_id}/sdg/database/watermark/embed`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateDatabaseWaterMarkResponse {
    /// JSON field `marked_data`.
    pub marked_data: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
        >,
    >,
}

impl json::FromJson for CreateDatabaseWaterMarkResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            marked_data: json::take(&mut map, "marked_data")?,
        })
    }
}

/// Request of [`DscClient::create_doc_watermark_by_address`](super::DscClient::create_doc_watermark_by_address): `POST /v1/{project_id}/doc-address/watermark/embed`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateDocWatermarkByAddressRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateDocWatermarkByAddressRequestBody>,
}

impl CreateDocWatermarkByAddressRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateDocWatermarkByAddressRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateDocWatermarkByAddressRequestBody`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateDocWatermarkByAddressRequestBody {
    /// Required JSON field `region_id`.
    pub region_id: ::std::string::String,
    /// Required JSON field `src_file`.
    pub src_file: ::std::string::String,
    /// Required JSON field `doc_type`.
    pub doc_type: ::std::string::String,
    /// JSON field `dst_file`.
    pub dst_file: ::std::option::Option<::std::string::String>,
    /// JSON field `blind_watermark`.
    pub blind_watermark: ::std::option::Option<::std::string::String>,
    /// JSON field `visible_watermark`.
    pub visible_watermark: ::std::option::Option<::std::string::String>,
    /// JSON field `image_mark`.
    pub image_mark: ::std::option::Option<::std::string::String>,
    /// JSON field `visible_type`.
    pub visible_type: ::std::option::Option<::std::string::String>,
    /// JSON field `file_password`. Debug output hides its value.
    pub file_password: ::std::option::Option<::std::string::String>,
    /// JSON field `marked_file_password`. Debug output hides its value.
    pub marked_file_password: ::std::option::Option<::std::string::String>,
    /// JSON field `readonly_password`. Debug output hides its value.
    pub readonly_password: ::std::option::Option<::std::string::String>,
    /// JSON field `front`.
    pub front: ::std::option::Option<i64>,
    /// JSON field `rotation`.
    pub rotation: ::std::option::Option<i64>,
    /// JSON field `opacity`.
    pub opacity: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for CreateDocWatermarkByAddressRequestBody {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateDocWatermarkByAddressRequestBody")
            .field("region_id", &self.region_id)
            .field("src_file", &self.src_file)
            .field("doc_type", &self.doc_type)
            .field("dst_file", &self.dst_file)
            .field("blind_watermark", &self.blind_watermark)
            .field("visible_watermark", &self.visible_watermark)
            .field("image_mark", &self.image_mark)
            .field("visible_type", &self.visible_type)
            .field(
                "file_password",
                &self.file_password.as_ref().map(|_| "<redacted>"),
            )
            .field(
                "marked_file_password",
                &self.marked_file_password.as_ref().map(|_| "<redacted>"),
            )
            .field(
                "readonly_password",
                &self.readonly_password.as_ref().map(|_| "<redacted>"),
            )
            .field("front", &self.front)
            .field("rotation", &self.rotation)
            .field("opacity", &self.opacity)
            .finish()
    }
}

impl CreateDocWatermarkByAddressRequestBody {
    /// Sets the `region_id` field.
    #[must_use]
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = value.into();
        self
    }

    /// Sets the `src_file` field.
    #[must_use]
    pub fn with_src_file(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.src_file = value.into();
        self
    }

    /// Sets the `doc_type` field.
    #[must_use]
    pub fn with_doc_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.doc_type = value.into();
        self
    }

    /// Sets the `dst_file` field.
    #[must_use]
    pub fn with_dst_file(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dst_file = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `blind_watermark` field.
    #[must_use]
    pub fn with_blind_watermark(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.blind_watermark = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `visible_watermark` field.
    #[must_use]
    pub fn with_visible_watermark(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.visible_watermark = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `image_mark` field.
    #[must_use]
    pub fn with_image_mark(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_mark = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `visible_type` field.
    #[must_use]
    pub fn with_visible_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.visible_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `file_password` field.
    #[must_use]
    pub fn with_file_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.file_password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `marked_file_password` field.
    #[must_use]
    pub fn with_marked_file_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marked_file_password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `readonly_password` field.
    #[must_use]
    pub fn with_readonly_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.readonly_password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `front` field.
    #[must_use]
    pub fn with_front(mut self, value: i64) -> Self {
        self.front = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `rotation` field.
    #[must_use]
    pub fn with_rotation(mut self, value: i64) -> Self {
        self.rotation = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `opacity` field.
    #[must_use]
    pub fn with_opacity(mut self, value: f64) -> Self {
        self.opacity = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for CreateDocWatermarkByAddressRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "region_id", &self.region_id);
        json::put(&mut map, "src_file", &self.src_file);
        json::put(&mut map, "doc_type", &self.doc_type);
        json::put(&mut map, "dst_file", &self.dst_file);
        json::put(&mut map, "blind_watermark", &self.blind_watermark);
        json::put(&mut map, "visible_watermark", &self.visible_watermark);
        json::put(&mut map, "image_mark", &self.image_mark);
        json::put(&mut map, "visible_type", &self.visible_type);
        json::put(&mut map, "file_password", &self.file_password);
        json::put(&mut map, "marked_file_password", &self.marked_file_password);
        json::put(&mut map, "readonly_password", &self.readonly_password);
        json::put(&mut map, "front", &self.front);
        json::put(&mut map, "rotation", &self.rotation);
        json::put(&mut map, "opacity", &self.opacity);
        json::Value::Object(map)
    }
}

/// Response of [`DscClient::create_doc_watermark_by_address`](super::DscClient::create_doc_watermark_by_address): `POST /v1/{project_id}/doc-address/watermark/embed`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateDocWatermarkByAddressResponse {
    /// JSON field `region_id`.
    pub region_id: ::std::option::Option<::std::string::String>,
    /// JSON field `watermarked_file`.
    pub watermarked_file: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateDocWatermarkByAddressResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            region_id: json::take(&mut map, "region_id")?,
            watermarked_file: json::take(&mut map, "watermarked_file")?,
        })
    }
}

/// Request of [`DscClient::create_doc_watermark`](super::DscClient::create_doc_watermark): `POST /v1/{project_id}/sdg/doc/watermark/embed`.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct CreateDocWatermarkRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateDocWatermarkRequestBody>,
}

impl CreateDocWatermarkRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateDocWatermarkRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Form body `CreateDocWatermarkRequestBody`: each field is sent as one form part.
#[derive(Clone)]
#[non_exhaustive]
pub struct CreateDocWatermarkRequestBody {
    /// Required form part `doc_type`.
    pub doc_type: ::std::string::String,
    /// Form part `file_password`. Debug output hides its value.
    pub file_password: ::std::option::Option<::std::string::String>,
    /// Form part `marked_file_password`. Debug output hides its value.
    pub marked_file_password: ::std::option::Option<::std::string::String>,
    /// Form part `readonly_password`. Debug output hides its value.
    pub readonly_password: ::std::option::Option<::std::string::String>,
    /// Form part `visible_watermark`.
    pub visible_watermark: ::std::option::Option<::std::string::String>,
    /// Form part `font_size`.
    pub font_size: ::std::option::Option<::std::string::String>,
    /// Form part `rotation`.
    pub rotation: ::std::option::Option<::std::string::String>,
    /// Form part `opacity`.
    pub opacity: ::std::option::Option<::std::string::String>,
    /// Form part `blind_watermark`.
    pub blind_watermark: ::std::option::Option<::std::string::String>,
    /// Required form part `file`.
    pub file: ::huaweicloud_sdk_core::FormFile,
    /// Form part `image_mark`.
    pub image_mark: ::std::option::Option<::huaweicloud_sdk_core::FormFile>,
    /// Form part `visible_type`.
    pub visible_type: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateDocWatermarkRequestBody {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateDocWatermarkRequestBody")
            .field("doc_type", &self.doc_type)
            .field(
                "file_password",
                &self.file_password.as_ref().map(|_| "<redacted>"),
            )
            .field(
                "marked_file_password",
                &self.marked_file_password.as_ref().map(|_| "<redacted>"),
            )
            .field(
                "readonly_password",
                &self.readonly_password.as_ref().map(|_| "<redacted>"),
            )
            .field("visible_watermark", &self.visible_watermark)
            .field("font_size", &self.font_size)
            .field("rotation", &self.rotation)
            .field("opacity", &self.opacity)
            .field("blind_watermark", &self.blind_watermark)
            .field("file", &self.file)
            .field("image_mark", &self.image_mark)
            .field("visible_type", &self.visible_type)
            .finish()
    }
}

impl CreateDocWatermarkRequestBody {
    /// Creates a value from its required fields; the optional fields start unset.
    pub fn new(doc_type: ::std::string::String, file: ::huaweicloud_sdk_core::FormFile) -> Self {
        Self {
            doc_type,
            file_password: ::std::option::Option::None,
            marked_file_password: ::std::option::Option::None,
            readonly_password: ::std::option::Option::None,
            visible_watermark: ::std::option::Option::None,
            font_size: ::std::option::Option::None,
            rotation: ::std::option::Option::None,
            opacity: ::std::option::Option::None,
            blind_watermark: ::std::option::Option::None,
            file,
            image_mark: ::std::option::Option::None,
            visible_type: ::std::option::Option::None,
        }
    }

    /// Sets the `doc_type` field.
    #[must_use]
    pub fn with_doc_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.doc_type = value.into();
        self
    }

    /// Sets the `file_password` field.
    #[must_use]
    pub fn with_file_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.file_password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `marked_file_password` field.
    #[must_use]
    pub fn with_marked_file_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marked_file_password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `readonly_password` field.
    #[must_use]
    pub fn with_readonly_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.readonly_password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `visible_watermark` field.
    #[must_use]
    pub fn with_visible_watermark(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.visible_watermark = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `font_size` field.
    #[must_use]
    pub fn with_font_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.font_size = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `rotation` field.
    #[must_use]
    pub fn with_rotation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rotation = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `opacity` field.
    #[must_use]
    pub fn with_opacity(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.opacity = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `blind_watermark` field.
    #[must_use]
    pub fn with_blind_watermark(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.blind_watermark = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `file` field.
    #[must_use]
    pub fn with_file(mut self, value: ::huaweicloud_sdk_core::FormFile) -> Self {
        self.file = value;
        self
    }

    /// Sets the `image_mark` field.
    #[must_use]
    pub fn with_image_mark(mut self, value: ::huaweicloud_sdk_core::FormFile) -> Self {
        self.image_mark = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `visible_type` field.
    #[must_use]
    pub fn with_visible_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.visible_type = ::std::option::Option::Some(value.into());
        self
    }
}

/// Request of [`DscClient::create_image_watermark_by_address`](super::DscClient::create_image_watermark_by_address): `POST /v1/{project_id}/image-address/watermark/embed`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateImageWatermarkByAddressRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateImageWatermarkByAddressRequestBody>,
}

impl CreateImageWatermarkByAddressRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateImageWatermarkByAddressRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `CreateImageWatermarkByAddressRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateImageWatermarkByAddressRequestBody {
    /// Required JSON field `region_id`.
    pub region_id: ::std::string::String,
    /// Required JSON field `src_file`.
    pub src_file: ::std::string::String,
    /// JSON field `blind_watermark`.
    pub blind_watermark: ::std::option::Option<::std::string::String>,
    /// JSON field `image_watermark`.
    pub image_watermark: ::std::option::Option<::std::string::String>,
    /// JSON field `dst_file`.
    pub dst_file: ::std::option::Option<::std::string::String>,
}

impl CreateImageWatermarkByAddressRequestBody {
    /// Sets the `region_id` field.
    #[must_use]
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = value.into();
        self
    }

    /// Sets the `src_file` field.
    #[must_use]
    pub fn with_src_file(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.src_file = value.into();
        self
    }

    /// Sets the `blind_watermark` field.
    #[must_use]
    pub fn with_blind_watermark(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.blind_watermark = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `image_watermark` field.
    #[must_use]
    pub fn with_image_watermark(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_watermark = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `dst_file` field.
    #[must_use]
    pub fn with_dst_file(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dst_file = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for CreateImageWatermarkByAddressRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "region_id", &self.region_id);
        json::put(&mut map, "src_file", &self.src_file);
        json::put(&mut map, "blind_watermark", &self.blind_watermark);
        json::put(&mut map, "image_watermark", &self.image_watermark);
        json::put(&mut map, "dst_file", &self.dst_file);
        json::Value::Object(map)
    }
}

/// Response of [`DscClient::create_image_watermark_by_address`](super::DscClient::create_image_watermark_by_address): `POST /v1/{project_id}/image-address/watermark/embed`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateImageWatermarkByAddressResponse {
    /// JSON field `region_id`.
    pub region_id: ::std::option::Option<::std::string::String>,
    /// JSON field `watermarked_file`.
    pub watermarked_file: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateImageWatermarkByAddressResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            region_id: json::take(&mut map, "region_id")?,
            watermarked_file: json::take(&mut map, "watermarked_file")?,
        })
    }
}

/// Request of [`DscClient::create_image_watermark`](super::DscClient::create_image_watermark): `POST /v1/{project_id}/image/watermark/embed`.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct CreateImageWatermarkRequest {
    /// Request body.
    pub body: ::std::option::Option<CreateImageWatermarkRequestBody>,
}

impl CreateImageWatermarkRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: CreateImageWatermarkRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Form body `CreateImageWatermarkRequestBody`: each field is sent as one form part.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct CreateImageWatermarkRequestBody {
    /// Required form part `file`.
    pub file: ::huaweicloud_sdk_core::FormFile,
    /// Form part `blind_watermark`.
    pub blind_watermark: ::std::option::Option<::std::string::String>,
    /// Form part `image_watermark`.
    pub image_watermark: ::std::option::Option<::huaweicloud_sdk_core::FormFile>,
}

impl CreateImageWatermarkRequestBody {
    /// Creates a value from its required fields; the optional fields start unset.
    pub fn new(file: ::huaweicloud_sdk_core::FormFile) -> Self {
        Self {
            file,
            blind_watermark: ::std::option::Option::None,
            image_watermark: ::std::option::Option::None,
        }
    }

    /// Sets the `file` field.
    #[must_use]
    pub fn with_file(mut self, value: ::huaweicloud_sdk_core::FormFile) -> Self {
        self.file = value;
        self
    }

    /// Sets the `blind_watermark` field.
    #[must_use]
    pub fn with_blind_watermark(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.blind_watermark = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `image_watermark` field.
    #[must_use]
    pub fn with_image_watermark(mut self, value: ::huaweicloud_sdk_core::FormFile) -> Self {
        self.image_watermark = ::std::option::Option::Some(value);
        self
    }
}

/// Request of [`DscClient::create_product_order`](super::DscClient::create_product_order): `POST /v1/{project_id}/period/order`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateProductOrderRequest {
    /// Request body.
    pub body: ::std::option::Option<PeriodOrderRequest>,
}

impl CreateProductOrderRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: PeriodOrderRequest) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::create_product_order`](super::DscClient::create_product_order): `POST /v1/{project_id}/period/order`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct CreateProductOrderResponse {
    /// JSON field `order_id`.
    pub order_id: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for CreateProductOrderResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            order_id: json::take(&mut map, "order_id")?,
        })
    }
}

/// JSON model `DBMaskTaskInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DBMaskTaskInfo {
    /// JSON field `db_type`.
    pub db_type: ::std::option::Option<::std::string::String>,
    /// JSON field `end_time`.
    pub end_time: ::std::option::Option<i64>,
    /// JSON field `execute_line`.
    pub execute_line: ::std::option::Option<i64>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `progress`.
    pub progress: ::std::option::Option<i64>,
    /// JSON field `run_status`.
    pub run_status: ::std::option::Option<::std::string::String>,
    /// JSON field `start_time`.
    pub start_time: ::std::option::Option<i64>,
    /// JSON field `task_template_id`.
    pub task_template_id: ::std::option::Option<::std::string::String>,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DBMaskTaskInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            db_type: json::take(&mut map, "db_type")?,
            end_time: json::take(&mut map, "end_time")?,
            execute_line: json::take(&mut map, "execute_line")?,
            id: json::take(&mut map, "id")?,
            progress: json::take(&mut map, "progress")?,
            run_status: json::take(&mut map, "run_status")?,
            start_time: json::take(&mut map, "start_time")?,
            task_template_id: json::take(&mut map, "task_template_id")?,
            r#type: json::take(&mut map, "type")?,
        })
    }
}

/// JSON model `DbMatchInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DbMatchInfo {
    /// JSON field `column_name`.
    pub column_name: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_name`.
    pub rule_name: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_id`.
    pub rule_id: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_risk_level`.
    pub rule_risk_level: ::std::option::Option<i64>,
    /// JSON field `column_line`.
    pub column_line: ::std::option::Option<::std::vec::Vec<i64>>,
}

impl json::FromJson for DbMatchInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            column_name: json::take(&mut map, "column_name")?,
            rule_name: json::take(&mut map, "rule_name")?,
            rule_id: json::take(&mut map, "rule_id")?,
            rule_risk_level: json::take(&mut map, "rule_risk_level")?,
            column_line: json::take(&mut map, "column_line")?,
        })
    }
}

/// JSON model `DbScanResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DbScanResult {
    /// JSON field `total`.
    pub total: ::std::option::Option<i64>,
    /// JSON field `db_scan_results`.
    pub db_scan_results: ::std::option::Option<::std::vec::Vec<DbScanResultInfo>>,
}

impl json::FromJson for DbScanResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            total: json::take(&mut map, "total")?,
            db_scan_results: json::take(&mut map, "db_scan_results")?,
        })
    }
}

/// JSON model `DbScanResultInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DbScanResultInfo {
    /// JSON field `task_id`.
    pub task_id: ::std::option::Option<::std::string::String>,
    /// JSON field `db_name`.
    pub db_name: ::std::option::Option<::std::string::String>,
    /// JSON field `table_id`.
    pub table_id: ::std::option::Option<::std::string::String>,
    /// JSON field `table_name`.
    pub table_name: ::std::option::Option<::std::string::String>,
    /// JSON field `risk_level`.
    pub risk_level: ::std::option::Option<i64>,
    /// JSON field `sensitive_data_type`.
    pub sensitive_data_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `match_info`.
    pub match_info: ::std::option::Option<::std::vec::Vec<DbMatchInfo>>,
}

impl json::FromJson for DbScanResultInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            task_id: json::take(&mut map, "task_id")?,
            db_name: json::take(&mut map, "db_name")?,
            table_id: json::take(&mut map, "table_id")?,
            table_name: json::take(&mut map, "table_name")?,
            risk_level: json::take(&mut map, "risk_level")?,
            sensitive_data_type: json::take(&mut map, "sensitive_data_type")?,
            match_info: json::take(&mut map, "match_info")?,
        })
    }
}

/// JSON model `DefaultTopicRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DefaultTopicRequest {
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// JSON field `project_id`.
    pub project_id: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<i64>,
    /// Required JSON field `topic_urn`.
    pub topic_urn: ::std::string::String,
}

impl DefaultTopicRequest {
    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
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

    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: i64) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `topic_urn` field.
    #[must_use]
    pub fn with_topic_urn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_urn = value.into();
        self
    }
}

impl json::ToJson for DefaultTopicRequest {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "project_id", &self.project_id);
        json::put(&mut map, "status", &self.status);
        json::put(&mut map, "topic_urn", &self.topic_urn);
        json::Value::Object(map)
    }
}

/// Request of [`DscClient::delete_bucket`](super::DscClient::delete_bucket): `DELETE /v1/{project_id}/sdg/asset/obs/bucket/{bucket_id}`.
///
/// Required fields: `bucket_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteBucketRequest {
    /// Required path parameter `bucket_id`.
    pub bucket_id: ::std::string::String,
}

impl DeleteBucketRequest {
    /// Sets the `bucket_id` field.
    #[must_use]
    pub fn with_bucket_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bucket_id = value.into();
        self
    }
}

/// Response of [`DscClient::delete_bucket`](super::DscClient::delete_bucket): `DELETE /v1/{project_id}/sdg/asset/obs/bucket/{bucket_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteBucketResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteBucketResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// Request of [`DscClient::delete_rule_group`](super::DscClient::delete_rule_group): `DELETE /v1/{project_id}/sdg/server/scan/groups/{group_id}`.
///
/// Required fields: `group_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteRuleGroupRequest {
    /// Required path parameter `group_id`.
    pub group_id: ::std::string::String,
}

impl DeleteRuleGroupRequest {
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

/// Response of [`DscClient::delete_rule_group`](super::DscClient::delete_rule_group): `DELETE /v1/{project_id}/sdg/server/scan/groups/{group_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteRuleGroupResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteRuleGroupResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// Request of [`DscClient::delete_rule`](super::DscClient::delete_rule): `DELETE /v1/{project_id}/sdg/server/scan/rules/{rule_id}`.
///
/// Required fields: `rule_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteRuleRequest {
    /// Required path parameter `rule_id`.
    pub rule_id: ::std::string::String,
}

impl DeleteRuleRequest {
    /// Sets the `rule_id` field.
    #[must_use]
    pub fn with_rule_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.rule_id = value.into();
        self
    }
}

/// Response of [`DscClient::delete_rule`](super::DscClient::delete_rule): `DELETE /v1/{project_id}/sdg/server/scan/rules/{rule_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteRuleResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteRuleResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// Request of [`DscClient::delete_scan_job`](super::DscClient::delete_scan_job): `DELETE /v1/{project_id}/sdg/scan/job/{job_id}`.
///
/// Required fields: `job_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteScanJobRequest {
    /// Required path parameter `job_id`.
    pub job_id: ::std::string::String,
}

impl DeleteScanJobRequest {
    /// Sets the `job_id` field.
    #[must_use]
    pub fn with_job_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.job_id = value.into();
        self
    }
}

/// Response of [`DscClient::delete_scan_job`](super::DscClient::delete_scan_job): `DELETE /v1/{project_id}/sdg/scan/job/{job_id}`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteScanJobResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for DeleteScanJobResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// JSON model `DynamicDataMask`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DynamicDataMask {
    /// Required JSON field `mask_strategies`.
    pub mask_strategies: ::std::vec::Vec<MaskStrategies>,
    /// Required JSON field `data`.
    pub data: ::std::vec::Vec<
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    >,
}

impl DynamicDataMask {
    /// Sets the `mask_strategies` field.
    #[must_use]
    pub fn with_mask_strategies(mut self, value: ::std::vec::Vec<MaskStrategies>) -> Self {
        self.mask_strategies = value;
        self
    }

    /// Sets the `data` field.
    #[must_use]
    pub fn with_data(
        mut self,
        value: ::std::vec::Vec<
            ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
        >,
    ) -> Self {
        self.data = value;
        self
    }
}

impl json::ToJson for DynamicDataMask {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "mask_strategies", &self.mask_strategies);
        json::put(&mut map, "data", &self.data);
        json::Value::Object(map)
    }
}

/// JSON model `EmbeddedDatabaseWatermark`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EmbeddedDatabaseWatermark {
    /// Required JSON field `watermark_content`.
    pub watermark_content: ::std::string::String,
    /// Required JSON field `watermark_key`.
    pub watermark_key: ::std::string::String,
    /// Required JSON field `columns`.
    pub columns: ::std::vec::Vec<Columns>,
    /// Required JSON field `data`.
    pub data: ::std::vec::Vec<
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    >,
}

impl EmbeddedDatabaseWatermark {
    /// Sets the `watermark_content` field.
    #[must_use]
    pub fn with_watermark_content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.watermark_content = value.into();
        self
    }

    /// Sets the `watermark_key` field.
    #[must_use]
    pub fn with_watermark_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.watermark_key = value.into();
        self
    }

    /// Sets the `columns` field.
    #[must_use]
    pub fn with_columns(mut self, value: ::std::vec::Vec<Columns>) -> Self {
        self.columns = value;
        self
    }

    /// Sets the `data` field.
    #[must_use]
    pub fn with_data(
        mut self,
        value: ::std::vec::Vec<
            ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
        >,
    ) -> Self {
        self.data = value;
        self
    }
}

impl json::ToJson for EmbeddedDatabaseWatermark {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "watermark_content", &self.watermark_content);
        json::put(&mut map, "watermark_key", &self.watermark_key);
        json::put(&mut map, "columns", &self.columns);
        json::put(&mut map, "data", &self.data);
        json::Value::Object(map)
    }
}

/// JSON model `EsMatchInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EsMatchInfo {
    /// JSON field `field_name`.
    pub field_name: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_name`.
    pub rule_name: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_id`.
    pub rule_id: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_risk_level`.
    pub rule_risk_level: ::std::option::Option<i64>,
}

impl json::FromJson for EsMatchInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            field_name: json::take(&mut map, "field_name")?,
            rule_name: json::take(&mut map, "rule_name")?,
            rule_id: json::take(&mut map, "rule_id")?,
            rule_risk_level: json::take(&mut map, "rule_risk_level")?,
        })
    }
}

/// JSON model `EsScanResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EsScanResult {
    /// JSON field `total`.
    pub total: ::std::option::Option<i64>,
    /// JSON field `db_scan_results`.
    pub db_scan_results: ::std::option::Option<::std::vec::Vec<EsScanResultInfo>>,
}

impl json::FromJson for EsScanResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            total: json::take(&mut map, "total")?,
            db_scan_results: json::take(&mut map, "db_scan_results")?,
        })
    }
}

/// JSON model `EsScanResultInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct EsScanResultInfo {
    /// JSON field `task_id`.
    pub task_id: ::std::option::Option<::std::string::String>,
    /// JSON field `index_name`.
    pub index_name: ::std::option::Option<::std::string::String>,
    /// JSON field `type_id`.
    pub type_id: ::std::option::Option<::std::string::String>,
    /// JSON field `type_name`.
    pub type_name: ::std::option::Option<::std::string::String>,
    /// JSON field `risk_level`.
    pub risk_level: ::std::option::Option<i64>,
    /// JSON field `sensitive_data_type`.
    pub sensitive_data_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `match_info`.
    pub match_info: ::std::option::Option<::std::vec::Vec<EsMatchInfo>>,
}

impl json::FromJson for EsScanResultInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            task_id: json::take(&mut map, "task_id")?,
            index_name: json::take(&mut map, "index_name")?,
            type_id: json::take(&mut map, "type_id")?,
            type_name: json::take(&mut map, "type_name")?,
            risk_level: json::take(&mut map, "risk_level")?,
            sensitive_data_type: json::take(&mut map, "sensitive_data_type")?,
            match_info: json::take(&mut map, "match_info")?,
        })
    }
}

/// JSON model `ExtractedDatabaseWatermark`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ExtractedDatabaseWatermark {
    /// Required JSON field `watermark_key`.
    pub watermark_key: ::std::string::String,
    /// Required JSON field `columns`.
    pub columns: ::std::vec::Vec<Columns>,
    /// Required JSON field `data`.
    pub data: ::std::vec::Vec<
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    >,
}

impl ExtractedDatabaseWatermark {
    /// Sets the `watermark_key` field.
    #[must_use]
    pub fn with_watermark_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.watermark_key = value.into();
        self
    }

    /// Sets the `columns` field.
    #[must_use]
    pub fn with_columns(mut self, value: ::std::vec::Vec<Columns>) -> Self {
        self.columns = value;
        self
    }

    /// Sets the `data` field.
    #[must_use]
    pub fn with_data(
        mut self,
        value: ::std::vec::Vec<
            ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
        >,
    ) -> Self {
        self.data = value;
        self
    }
}

impl json::ToJson for ExtractedDatabaseWatermark {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "watermark_key", &self.watermark_key);
        json::put(&mut map, "columns", &self.columns);
        json::put(&mut map, "data", &self.data);
        json::Value::Object(map)
    }
}

/// Request of [`DscClient::list_buckets`](super::DscClient::list_buckets): `GET /v1/{project_id}/sdg/asset/obs/buckets`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListBucketsRequest {
    /// Query parameter `added`.
    pub added: ::std::option::Option<bool>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
}

impl ListBucketsRequest {
    /// Sets the `added` field.
    #[must_use]
    pub fn with_added(mut self, value: bool) -> Self {
        self.added = ::std::option::Option::Some(value);
        self
    }

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
}

/// Response of [`DscClient::list_buckets`](super::DscClient::list_buckets): `GET /v1/{project_id}/sdg/asset/obs/buckets`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListBucketsResponse {
    /// JSON field `buckets`.
    pub buckets: ::std::option::Option<::std::vec::Vec<Bucket>>,
    /// JSON field `total`.
    pub total: ::std::option::Option<i64>,
}

impl json::FromJson for ListBucketsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            buckets: json::take(&mut map, "buckets")?,
            total: json::take(&mut map, "total")?,
        })
    }
}

/// Request of [`DscClient::list_db_mask_task`](super::DscClient::list_db_mask_task): `GET /v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/tasks`.
///
/// Required fields: `template_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListDbMaskTaskRequest {
    /// Required path parameter `template_id`.
    pub template_id: ::std::string::String,
    /// Query parameter `workspace_id`.
    pub workspace_id: ::std::option::Option<::std::string::String>,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
}

impl ListDbMaskTaskRequest {
    /// Sets the `template_id` field.
    #[must_use]
    pub fn with_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_id = value.into();
        self
    }

    /// Sets the `workspace_id` field.
    #[must_use]
    pub fn with_workspace_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.workspace_id = ::std::option::Option::Some(value.into());
        self
    }

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
}

/// Response of [`DscClient::list_db_mask_task`](super::DscClient::list_db_mask_task): `GET /v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/tasks`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListDbMaskTaskResponse {
    /// JSON field `tasks`.
    pub tasks: ::std::option::Option<::std::vec::Vec<DBMaskTaskInfo>>,
    /// JSON field `total`.
    pub total: ::std::option::Option<i64>,
}

impl json::FromJson for ListDbMaskTaskResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tasks: json::take(&mut map, "tasks")?,
            total: json::take(&mut map, "total")?,
        })
    }
}

/// Request of [`DscClient::list_rule_groups`](super::DscClient::list_rule_groups): `GET /v1/{project_id}/sdg/server/scan/groups`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRuleGroupsRequest {
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
}

impl ListRuleGroupsRequest {
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
}

/// Response of [`DscClient::list_rule_groups`](super::DscClient::list_rule_groups): `GET /v1/{project_id}/sdg/server/scan/groups`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListRuleGroupsResponse {
    /// JSON field `total`.
    pub total: ::std::option::Option<i64>,
    /// JSON field `groups`.
    pub groups: ::std::option::Option<::std::vec::Vec<ResponseGroup>>,
}

impl json::FromJson for ListRuleGroupsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            total: json::take(&mut map, "total")?,
            groups: json::take(&mut map, "groups")?,
        })
    }
}

/// JSON model `MaskStrategies`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MaskStrategies {
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// Required JSON field `algorithm`.
    pub algorithm: ::std::string::String,
    /// JSON field `parameters`.
    pub parameters: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::huaweicloud_sdk_core::json::Value>,
    >,
}

impl MaskStrategies {
    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `algorithm` field.
    #[must_use]
    pub fn with_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.algorithm = value.into();
        self
    }

    /// Sets the `parameters` field.
    #[must_use]
    pub fn with_parameters(
        mut self,
        value: ::std::collections::HashMap<
            ::std::string::String,
            ::huaweicloud_sdk_core::json::Value,
        >,
    ) -> Self {
        self.parameters = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for MaskStrategies {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "algorithm", &self.algorithm);
        json::put(&mut map, "parameters", &self.parameters);
        json::Value::Object(map)
    }
}

/// JSON model `MaskSwitchRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct MaskSwitchRequest {
    /// Required JSON field `status`.
    pub status: i64,
}

impl MaskSwitchRequest {
    /// Sets the `status` field.
    #[must_use]
    pub fn with_status(mut self, value: i64) -> Self {
        self.status = value;
        self
    }
}

impl json::ToJson for MaskSwitchRequest {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "status", &self.status);
        json::Value::Object(map)
    }
}

/// JSON model `ObsScanResult`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ObsScanResult {
    /// JSON field `total`.
    pub total: ::std::option::Option<i64>,
    /// JSON field `db_scan_results`.
    pub db_scan_results: ::std::option::Option<::std::vec::Vec<ObsScanResultInfo>>,
}

impl json::FromJson for ObsScanResult {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            total: json::take(&mut map, "total")?,
            db_scan_results: json::take(&mut map, "db_scan_results")?,
        })
    }
}

/// JSON model `ObsScanResultInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ObsScanResultInfo {
    /// JSON field `task_id`.
    pub task_id: ::std::option::Option<::std::string::String>,
    /// JSON field `bucket_id`.
    pub bucket_id: ::std::option::Option<::std::string::String>,
    /// JSON field `bucket_name`.
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// JSON field `file_path`.
    pub file_path: ::std::option::Option<::std::string::String>,
    /// JSON field `file_name`.
    pub file_name: ::std::option::Option<::std::string::String>,
    /// JSON field `md5`.
    pub md5: ::std::option::Option<::std::string::String>,
    /// JSON field `risk_level`.
    pub risk_level: ::std::option::Option<i64>,
    /// JSON field `sensitive_data_type`.
    pub sensitive_data_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for ObsScanResultInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            task_id: json::take(&mut map, "task_id")?,
            bucket_id: json::take(&mut map, "bucket_id")?,
            bucket_name: json::take(&mut map, "bucket_name")?,
            file_path: json::take(&mut map, "file_path")?,
            file_name: json::take(&mut map, "file_name")?,
            md5: json::take(&mut map, "md5")?,
            risk_level: json::take(&mut map, "risk_level")?,
            sensitive_data_type: json::take(&mut map, "sensitive_data_type")?,
        })
    }
}

/// JSON model `OpenApiCalledRecord`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct OpenApiCalledRecord {
    /// JSON field `user_name`.
    pub user_name: ::std::option::Option<::std::string::String>,
    /// JSON field `user_id`.
    pub user_id: ::std::option::Option<::std::string::String>,
    /// JSON field `domain_name`.
    pub domain_name: ::std::option::Option<::std::string::String>,
    /// JSON field `domain_id`.
    pub domain_id: ::std::option::Option<::std::string::String>,
    /// JSON field `request_url`.
    pub request_url: ::std::option::Option<::std::string::String>,
    /// JSON field `request_method`.
    pub request_method: ::std::option::Option<::std::string::String>,
    /// JSON field `response_code`.
    pub response_code: ::std::option::Option<::std::string::String>,
    /// JSON field `fail_reason`.
    pub fail_reason: ::std::option::Option<::std::string::String>,
    /// JSON field `timestamp`.
    pub timestamp: ::std::option::Option<i64>,
}

impl json::FromJson for OpenApiCalledRecord {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            user_name: json::take(&mut map, "user_name")?,
            user_id: json::take(&mut map, "user_id")?,
            domain_name: json::take(&mut map, "domain_name")?,
            domain_id: json::take(&mut map, "domain_id")?,
            request_url: json::take(&mut map, "request_url")?,
            request_method: json::take(&mut map, "request_method")?,
            response_code: json::take(&mut map, "response_code")?,
            fail_reason: json::take(&mut map, "fail_reason")?,
            timestamp: json::take(&mut map, "timestamp")?,
        })
    }
}

/// JSON model `PeriodOrderRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PeriodOrderRequest {
    /// Required JSON field `charging_mode`.
    pub charging_mode: i64,
    /// Required JSON field `cloud_service_type`.
    pub cloud_service_type: ::std::string::String,
    /// JSON field `composite_product_id`.
    pub composite_product_id: ::std::option::Option<::std::string::String>,
    /// JSON field `discount_id`.
    pub discount_id: ::std::option::Option<::std::string::String>,
    /// JSON field `is_auto_renew`.
    pub is_auto_renew: ::std::option::Option<i64>,
    /// Required JSON field `period_num`.
    pub period_num: i64,
    /// Required JSON field `period_type`.
    pub period_type: i64,
    /// Required JSON field `product_infos`.
    pub product_infos: ::std::vec::Vec<ProductInfoBean>,
    /// JSON field `promotion_activity_id`.
    pub promotion_activity_id: ::std::option::Option<::std::string::String>,
    /// JSON field `promotion_info`.
    pub promotion_info: ::std::option::Option<::std::string::String>,
    /// Required JSON field `region_id`.
    pub region_id: ::std::string::String,
    /// Required JSON field `zone`.
    pub zone: ::std::string::String,
}

impl PeriodOrderRequest {
    /// Sets the `charging_mode` field.
    #[must_use]
    pub fn with_charging_mode(mut self, value: i64) -> Self {
        self.charging_mode = value;
        self
    }

    /// Sets the `cloud_service_type` field.
    #[must_use]
    pub fn with_cloud_service_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_service_type = value.into();
        self
    }

    /// Sets the `composite_product_id` field.
    #[must_use]
    pub fn with_composite_product_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.composite_product_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `discount_id` field.
    #[must_use]
    pub fn with_discount_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.discount_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `is_auto_renew` field.
    #[must_use]
    pub fn with_is_auto_renew(mut self, value: i64) -> Self {
        self.is_auto_renew = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `period_num` field.
    #[must_use]
    pub fn with_period_num(mut self, value: i64) -> Self {
        self.period_num = value;
        self
    }

    /// Sets the `period_type` field.
    #[must_use]
    pub fn with_period_type(mut self, value: i64) -> Self {
        self.period_type = value;
        self
    }

    /// Sets the `product_infos` field.
    #[must_use]
    pub fn with_product_infos(mut self, value: ::std::vec::Vec<ProductInfoBean>) -> Self {
        self.product_infos = value;
        self
    }

    /// Sets the `promotion_activity_id` field.
    #[must_use]
    pub fn with_promotion_activity_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.promotion_activity_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `promotion_info` field.
    #[must_use]
    pub fn with_promotion_info(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.promotion_info = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `region_id` field.
    #[must_use]
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = value.into();
        self
    }

    /// Sets the `zone` field.
    #[must_use]
    pub fn with_zone(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone = value.into();
        self
    }
}

impl json::ToJson for PeriodOrderRequest {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "charging_mode", &self.charging_mode);
        json::put(&mut map, "cloud_service_type", &self.cloud_service_type);
        json::put(&mut map, "composite_product_id", &self.composite_product_id);
        json::put(&mut map, "discount_id", &self.discount_id);
        json::put(&mut map, "is_auto_renew", &self.is_auto_renew);
        json::put(&mut map, "period_num", &self.period_num);
        json::put(&mut map, "period_type", &self.period_type);
        json::put(&mut map, "product_infos", &self.product_infos);
        json::put(
            &mut map,
            "promotion_activity_id",
            &self.promotion_activity_id,
        );
        json::put(&mut map, "promotion_info", &self.promotion_info);
        json::put(&mut map, "region_id", &self.region_id);
        json::put(&mut map, "zone", &self.zone);
        json::Value::Object(map)
    }
}

/// JSON model `ProductInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProductInfo {
    /// JSON field `allResourceNames`.
    #[cfg_attr(feature = "serde", serde(rename = "allResourceNames"))]
    pub all_resource_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `cloudServiceType`.
    #[cfg_attr(feature = "serde", serde(rename = "cloudServiceType"))]
    pub cloud_service_type: ::std::option::Option<::std::string::String>,
    /// JSON field `displayId`.
    #[cfg_attr(feature = "serde", serde(rename = "displayId"))]
    pub display_id: ::std::option::Option<::std::string::String>,
    /// JSON field `productId`.
    #[cfg_attr(feature = "serde", serde(rename = "productId"))]
    pub product_id: ::std::option::Option<::std::string::String>,
    /// JSON field `productSpecDesc`.
    #[cfg_attr(feature = "serde", serde(rename = "productSpecDesc"))]
    pub product_spec_desc: ::std::option::Option<::std::string::String>,
    /// JSON field `resourceName`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceName"))]
    pub resource_name: ::std::option::Option<::std::string::String>,
    /// JSON field `resourceSize`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceSize"))]
    pub resource_size: ::std::option::Option<i64>,
    /// JSON field `resourceSizeMeasureId`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceSizeMeasureId"))]
    pub resource_size_measure_id: ::std::option::Option<i64>,
    /// JSON field `resourceSpecCode`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceSpecCode"))]
    pub resource_spec_code: ::std::option::Option<::std::string::String>,
    /// JSON field `resourceType`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceType"))]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// JSON field `usageFactor`.
    #[cfg_attr(feature = "serde", serde(rename = "usageFactor"))]
    pub usage_factor: ::std::option::Option<::std::string::String>,
    /// JSON field `usageMeasureId`.
    #[cfg_attr(feature = "serde", serde(rename = "usageMeasureId"))]
    pub usage_measure_id: ::std::option::Option<i64>,
    /// JSON field `usageValue`.
    #[cfg_attr(feature = "serde", serde(rename = "usageValue"))]
    pub usage_value: ::std::option::Option<f64>,
}

impl json::FromJson for ProductInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            all_resource_names: json::take(&mut map, "allResourceNames")?,
            cloud_service_type: json::take(&mut map, "cloudServiceType")?,
            display_id: json::take(&mut map, "displayId")?,
            product_id: json::take(&mut map, "productId")?,
            product_spec_desc: json::take(&mut map, "productSpecDesc")?,
            resource_name: json::take(&mut map, "resourceName")?,
            resource_size: json::take(&mut map, "resourceSize")?,
            resource_size_measure_id: json::take(&mut map, "resourceSizeMeasureId")?,
            resource_spec_code: json::take(&mut map, "resourceSpecCode")?,
            resource_type: json::take(&mut map, "resourceType")?,
            usage_factor: json::take(&mut map, "usageFactor")?,
            usage_measure_id: json::take(&mut map, "usageMeasureId")?,
            usage_value: json::take(&mut map, "usageValue")?,
        })
    }
}

/// JSON model `ProductInfoBean`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProductInfoBean {
    /// JSON field `all_resource_names`.
    pub all_resource_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Required JSON field `cloud_service_type`.
    pub cloud_service_type: ::std::string::String,
    /// JSON field `display_id`.
    pub display_id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `product_id`.
    pub product_id: ::std::string::String,
    /// JSON field `product_spec_desc`.
    pub product_spec_desc: ::std::option::Option<::std::string::String>,
    /// JSON field `resource_name`.
    pub resource_name: ::std::option::Option<::std::string::String>,
    /// Required JSON field `resource_size`.
    pub resource_size: i64,
    /// Required JSON field `resource_size_measure_id`.
    pub resource_size_measure_id: i64,
    /// Required JSON field `resource_spec_code`.
    pub resource_spec_code: ::std::string::String,
    /// Required JSON field `resource_type`.
    pub resource_type: ::std::string::String,
    /// JSON field `usage_factor`.
    pub usage_factor: ::std::option::Option<::std::string::String>,
    /// JSON field `usage_measure_id`.
    pub usage_measure_id: ::std::option::Option<i64>,
    /// JSON field `usage_value`.
    pub usage_value: ::std::option::Option<f64>,
}

impl ProductInfoBean {
    /// Sets the `all_resource_names` field.
    #[must_use]
    pub fn with_all_resource_names(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.all_resource_names = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `cloud_service_type` field.
    #[must_use]
    pub fn with_cloud_service_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_service_type = value.into();
        self
    }

    /// Sets the `display_id` field.
    #[must_use]
    pub fn with_display_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `product_id` field.
    #[must_use]
    pub fn with_product_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_id = value.into();
        self
    }

    /// Sets the `product_spec_desc` field.
    #[must_use]
    pub fn with_product_spec_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_spec_desc = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `resource_name` field.
    #[must_use]
    pub fn with_resource_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `resource_size` field.
    #[must_use]
    pub fn with_resource_size(mut self, value: i64) -> Self {
        self.resource_size = value;
        self
    }

    /// Sets the `resource_size_measure_id` field.
    #[must_use]
    pub fn with_resource_size_measure_id(mut self, value: i64) -> Self {
        self.resource_size_measure_id = value;
        self
    }

    /// Sets the `resource_spec_code` field.
    #[must_use]
    pub fn with_resource_spec_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_spec_code = value.into();
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

    /// Sets the `usage_factor` field.
    #[must_use]
    pub fn with_usage_factor(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usage_factor = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `usage_measure_id` field.
    #[must_use]
    pub fn with_usage_measure_id(mut self, value: i64) -> Self {
        self.usage_measure_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `usage_value` field.
    #[must_use]
    pub fn with_usage_value(mut self, value: f64) -> Self {
        self.usage_value = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ProductInfoBean {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "all_resource_names", &self.all_resource_names);
        json::put(&mut map, "cloud_service_type", &self.cloud_service_type);
        json::put(&mut map, "display_id", &self.display_id);
        json::put(&mut map, "product_id", &self.product_id);
        json::put(&mut map, "product_spec_desc", &self.product_spec_desc);
        json::put(&mut map, "resource_name", &self.resource_name);
        json::put(&mut map, "resource_size", &self.resource_size);
        json::put(
            &mut map,
            "resource_size_measure_id",
            &self.resource_size_measure_id,
        );
        json::put(&mut map, "resource_spec_code", &self.resource_spec_code);
        json::put(&mut map, "resource_type", &self.resource_type);
        json::put(&mut map, "usage_factor", &self.usage_factor);
        json::put(&mut map, "usage_measure_id", &self.usage_measure_id);
        json::put(&mut map, "usage_value", &self.usage_value);
        json::Value::Object(map)
    }
}

/// JSON model `ProductOrderInfo`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ProductOrderInfo {
    /// JSON field `tenantId`.
    #[cfg_attr(feature = "serde", serde(rename = "tenantId"))]
    pub tenant_id: ::std::option::Option<::std::string::String>,
    /// JSON field `periodType`.
    #[cfg_attr(feature = "serde", serde(rename = "periodType"))]
    pub period_type: ::std::option::Option<::std::string::String>,
    /// JSON field `periodNum`.
    #[cfg_attr(feature = "serde", serde(rename = "periodNum"))]
    pub period_num: ::std::option::Option<i64>,
    /// JSON field `resourceId`.
    #[cfg_attr(feature = "serde", serde(rename = "resourceId"))]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// JSON field `productInfo`.
    #[cfg_attr(feature = "serde", serde(rename = "productInfo"))]
    pub product_info: ::std::option::Option<ProductInfo>,
}

impl json::FromJson for ProductOrderInfo {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tenant_id: json::take(&mut map, "tenantId")?,
            period_type: json::take(&mut map, "periodType")?,
            period_num: json::take(&mut map, "periodNum")?,
            resource_id: json::take(&mut map, "resourceId")?,
            product_info: json::take(&mut map, "productInfo")?,
        })
    }
}

/// JSON model `ResponseGroup`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResponseGroup {
    /// JSON field `category`.
    pub category: ::std::option::Option<::std::string::String>,
    /// JSON field `delete_allowed`.
    pub delete_allowed: ::std::option::Option<bool>,
    /// JSON field `group_desc`.
    pub group_desc: ::std::option::Option<::std::string::String>,
    /// JSON field `group_name`.
    pub group_name: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_names`.
    pub rule_names: ::std::option::Option<::std::string::String>,
    /// JSON field `task_names`.
    pub task_names: ::std::option::Option<::std::string::String>,
    /// JSON field `is_default`.
    pub is_default: ::std::option::Option<bool>,
}

impl json::FromJson for ResponseGroup {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            category: json::take(&mut map, "category")?,
            delete_allowed: json::take(&mut map, "delete_allowed")?,
            group_desc: json::take(&mut map, "group_desc")?,
            group_name: json::take(&mut map, "group_name")?,
            id: json::take(&mut map, "id")?,
            rule_names: json::take(&mut map, "rule_names")?,
            task_names: json::take(&mut map, "task_names")?,
            is_default: json::take(&mut map, "is_default")?,
        })
    }
}

/// JSON model `ResponseRule`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ResponseRule {
    /// JSON field `category`.
    pub category: ::std::option::Option<::std::string::String>,
    /// JSON field `delete_allowed`.
    pub delete_allowed: ::std::option::Option<bool>,
    /// JSON field `group_names`.
    pub group_names: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `logic_operator`.
    pub logic_operator: ::std::option::Option<::std::string::String>,
    /// JSON field `min_match`.
    pub min_match: ::std::option::Option<i64>,
    /// JSON field `risk_level`.
    pub risk_level: ::std::option::Option<i64>,
    /// JSON field `rule_content`.
    pub rule_content: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_desc`.
    pub rule_desc: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_name`.
    pub rule_name: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_type`.
    pub rule_type: ::std::option::Option<::std::string::String>,
    /// JSON field `selected`.
    pub selected: ::std::option::Option<bool>,
}

impl json::FromJson for ResponseRule {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            category: json::take(&mut map, "category")?,
            delete_allowed: json::take(&mut map, "delete_allowed")?,
            group_names: json::take(&mut map, "group_names")?,
            id: json::take(&mut map, "id")?,
            logic_operator: json::take(&mut map, "logic_operator")?,
            min_match: json::take(&mut map, "min_match")?,
            risk_level: json::take(&mut map, "risk_level")?,
            rule_content: json::take(&mut map, "rule_content")?,
            rule_desc: json::take(&mut map, "rule_desc")?,
            rule_name: json::take(&mut map, "rule_name")?,
            rule_type: json::take(&mut map, "rule_type")?,
            selected: json::take(&mut map, "selected")?,
        })
    }
}

/// JSON model `RuleChangeRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RuleChangeRequest {
    /// Required JSON field `category`.
    pub category: ::std::string::String,
    /// Required JSON field `id`.
    pub id: ::std::string::String,
    /// Required JSON field `logic_operator`.
    pub logic_operator: ::std::string::String,
    /// Required JSON field `min_match`.
    pub min_match: i64,
    /// Required JSON field `risk_level`.
    pub risk_level: i64,
    /// Required JSON field `rule_content`.
    pub rule_content: ::std::string::String,
    /// JSON field `rule_desc`.
    pub rule_desc: ::std::option::Option<::std::string::String>,
    /// Required JSON field `rule_name`.
    pub rule_name: ::std::string::String,
    /// Required JSON field `rule_type`.
    pub rule_type: ::std::string::String,
}

impl RuleChangeRequest {
    /// Sets the `category` field.
    #[must_use]
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = value.into();
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = value.into();
        self
    }

    /// Sets the `logic_operator` field.
    #[must_use]
    pub fn with_logic_operator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logic_operator = value.into();
        self
    }

    /// Sets the `min_match` field.
    #[must_use]
    pub fn with_min_match(mut self, value: i64) -> Self {
        self.min_match = value;
        self
    }

    /// Sets the `risk_level` field.
    #[must_use]
    pub fn with_risk_level(mut self, value: i64) -> Self {
        self.risk_level = value;
        self
    }

    /// Sets the `rule_content` field.
    #[must_use]
    pub fn with_rule_content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rule_content = value.into();
        self
    }

    /// Sets the `rule_desc` field.
    #[must_use]
    pub fn with_rule_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rule_desc = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `rule_name` field.
    #[must_use]
    pub fn with_rule_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rule_name = value.into();
        self
    }

    /// Sets the `rule_type` field.
    #[must_use]
    pub fn with_rule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rule_type = value.into();
        self
    }
}

impl json::ToJson for RuleChangeRequest {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "category", &self.category);
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "logic_operator", &self.logic_operator);
        json::put(&mut map, "min_match", &self.min_match);
        json::put(&mut map, "risk_level", &self.risk_level);
        json::put(&mut map, "rule_content", &self.rule_content);
        json::put(&mut map, "rule_desc", &self.rule_desc);
        json::put(&mut map, "rule_name", &self.rule_name);
        json::put(&mut map, "rule_type", &self.rule_type);
        json::Value::Object(map)
    }
}

/// JSON model `RuleGroupRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RuleGroupRequest {
    /// JSON field `category`.
    pub category: ::std::option::Option<::std::string::String>,
    /// JSON field `default_status`.
    pub default_status: ::std::option::Option<bool>,
    /// JSON field `group_desc`.
    pub group_desc: ::std::option::Option<::std::string::String>,
    /// JSON field `group_name`.
    pub group_name: ::std::option::Option<::std::string::String>,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_ids`.
    pub rule_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl RuleGroupRequest {
    /// Sets the `category` field.
    #[must_use]
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `default_status` field.
    #[must_use]
    pub fn with_default_status(mut self, value: bool) -> Self {
        self.default_status = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `group_desc` field.
    #[must_use]
    pub fn with_group_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_desc = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `group_name` field.
    #[must_use]
    pub fn with_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `rule_ids` field.
    #[must_use]
    pub fn with_rule_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.rule_ids = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for RuleGroupRequest {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "category", &self.category);
        json::put(&mut map, "default_status", &self.default_status);
        json::put(&mut map, "group_desc", &self.group_desc);
        json::put(&mut map, "group_name", &self.group_name);
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "rule_ids", &self.rule_ids);
        json::Value::Object(map)
    }
}

/// JSON model `RuleRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct RuleRequest {
    /// Required JSON field `category`.
    pub category: ::std::string::String,
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// Required JSON field `logic_operator`.
    pub logic_operator: ::std::string::String,
    /// Required JSON field `min_match`.
    pub min_match: i64,
    /// Required JSON field `risk_level`.
    pub risk_level: i64,
    /// Required JSON field `rule_content`.
    pub rule_content: ::std::string::String,
    /// JSON field `rule_desc`.
    pub rule_desc: ::std::option::Option<::std::string::String>,
    /// Required JSON field `rule_name`.
    pub rule_name: ::std::string::String,
    /// Required JSON field `rule_type`.
    pub rule_type: ::std::string::String,
}

impl RuleRequest {
    /// Sets the `category` field.
    #[must_use]
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = value.into();
        self
    }

    /// Sets the `id` field.
    #[must_use]
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `logic_operator` field.
    #[must_use]
    pub fn with_logic_operator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logic_operator = value.into();
        self
    }

    /// Sets the `min_match` field.
    #[must_use]
    pub fn with_min_match(mut self, value: i64) -> Self {
        self.min_match = value;
        self
    }

    /// Sets the `risk_level` field.
    #[must_use]
    pub fn with_risk_level(mut self, value: i64) -> Self {
        self.risk_level = value;
        self
    }

    /// Sets the `rule_content` field.
    #[must_use]
    pub fn with_rule_content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rule_content = value.into();
        self
    }

    /// Sets the `rule_desc` field.
    #[must_use]
    pub fn with_rule_desc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rule_desc = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `rule_name` field.
    #[must_use]
    pub fn with_rule_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rule_name = value.into();
        self
    }

    /// Sets the `rule_type` field.
    #[must_use]
    pub fn with_rule_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rule_type = value.into();
        self
    }
}

impl json::ToJson for RuleRequest {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "category", &self.category);
        json::put(&mut map, "id", &self.id);
        json::put(&mut map, "logic_operator", &self.logic_operator);
        json::put(&mut map, "min_match", &self.min_match);
        json::put(&mut map, "risk_level", &self.risk_level);
        json::put(&mut map, "rule_content", &self.rule_content);
        json::put(&mut map, "rule_desc", &self.rule_desc);
        json::put(&mut map, "rule_name", &self.rule_name);
        json::put(&mut map, "rule_type", &self.rule_type);
        json::Value::Object(map)
    }
}

/// JSON model `ScanJob`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScanJob {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `rule_groups`.
    pub rule_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// JSON field `cycle`.
    pub cycle: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
    /// JSON field `last_run_time`.
    pub last_run_time: ::std::option::Option<i64>,
    /// JSON field `create_time`.
    pub create_time: ::std::option::Option<i64>,
    /// JSON field `last_scan_risk`.
    pub last_scan_risk: ::std::option::Option<::std::string::String>,
    /// JSON field `use_nlp`.
    pub use_nlp: ::std::option::Option<bool>,
    /// JSON field `open`.
    pub open: ::std::option::Option<bool>,
    /// JSON field `topic_urn`.
    pub topic_urn: ::std::option::Option<::std::string::String>,
    /// JSON field `start_time`.
    pub start_time: ::std::option::Option<i64>,
}

impl json::FromJson for ScanJob {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            name: json::take(&mut map, "name")?,
            rule_groups: json::take(&mut map, "rule_groups")?,
            cycle: json::take(&mut map, "cycle")?,
            status: json::take(&mut map, "status")?,
            last_run_time: json::take(&mut map, "last_run_time")?,
            create_time: json::take(&mut map, "create_time")?,
            last_scan_risk: json::take(&mut map, "last_scan_risk")?,
            use_nlp: json::take(&mut map, "use_nlp")?,
            open: json::take(&mut map, "open")?,
            topic_urn: json::take(&mut map, "topic_urn")?,
            start_time: json::take(&mut map, "start_time")?,
        })
    }
}

/// JSON model `ScanJobRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ScanJobRequest {
    /// Required JSON field `asset_ids`.
    pub asset_ids: ::std::vec::Vec<::std::string::String>,
    /// Required JSON field `cycle`.
    pub cycle: ::std::string::String,
    /// Required JSON field `name`.
    pub name: ::std::string::String,
    /// JSON field `open`.
    pub open: ::std::option::Option<bool>,
    /// Required JSON field `rule_group_ids`.
    pub rule_group_ids: ::std::vec::Vec<::std::string::String>,
    /// JSON field `start_time`.
    pub start_time: ::std::option::Option<i64>,
    /// JSON field `time_zone`.
    pub time_zone: ::std::option::Option<::std::string::String>,
    /// JSON field `topic_urn`.
    pub topic_urn: ::std::option::Option<::std::string::String>,
    /// JSON field `use_nlp`.
    pub use_nlp: ::std::option::Option<bool>,
}

impl ScanJobRequest {
    /// Sets the `asset_ids` field.
    #[must_use]
    pub fn with_asset_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.asset_ids = value;
        self
    }

    /// Sets the `cycle` field.
    #[must_use]
    pub fn with_cycle(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cycle = value.into();
        self
    }

    /// Sets the `name` field.
    #[must_use]
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = value.into();
        self
    }

    /// Sets the `open` field.
    #[must_use]
    pub fn with_open(mut self, value: bool) -> Self {
        self.open = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `rule_group_ids` field.
    #[must_use]
    pub fn with_rule_group_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.rule_group_ids = value;
        self
    }

    /// Sets the `start_time` field.
    #[must_use]
    pub fn with_start_time(mut self, value: i64) -> Self {
        self.start_time = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `time_zone` field.
    #[must_use]
    pub fn with_time_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_zone = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `topic_urn` field.
    #[must_use]
    pub fn with_topic_urn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.topic_urn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `use_nlp` field.
    #[must_use]
    pub fn with_use_nlp(mut self, value: bool) -> Self {
        self.use_nlp = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ScanJobRequest {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "asset_ids", &self.asset_ids);
        json::put(&mut map, "cycle", &self.cycle);
        json::put(&mut map, "name", &self.name);
        json::put(&mut map, "open", &self.open);
        json::put(&mut map, "rule_group_ids", &self.rule_group_ids);
        json::put(&mut map, "start_time", &self.start_time);
        json::put(&mut map, "time_zone", &self.time_zone);
        json::put(&mut map, "topic_urn", &self.topic_urn);
        json::put(&mut map, "use_nlp", &self.use_nlp);
        json::Value::Object(map)
    }
}

/// Request of [`DscClient::show_database_water_mark`](super::DscClient::show_database_water_mark): `POST /v1/{project_id}/sdg/database/watermark/extract`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDatabaseWaterMarkRequest {
    /// Request body.
    pub body: ::std::option::Option<ExtractedDatabaseWatermark>,
}

impl ShowDatabaseWaterMarkRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ExtractedDatabaseWatermark) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::show_database_water_mark`](super::DscClient::show_database_water_mark): `POST /v1/{project_id}/sdg/database/watermark/extract`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDatabaseWaterMarkResponse {
    /// JSON field `watermarks`.
    pub watermarks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl json::FromJson for ShowDatabaseWaterMarkResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            watermarks: json::take(&mut map, "watermarks")?,
        })
    }
}

/// Request of [`DscClient::show_doc_watermark_by_address`](super::DscClient::show_doc_watermark_by_address): `POST /v1/{project_id}/doc-address/watermark/extract`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDocWatermarkByAddressRequest {
    /// Request body.
    pub body: ::std::option::Option<ShowDocWatermarkByAddressRequestBody>,
}

impl ShowDocWatermarkByAddressRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ShowDocWatermarkByAddressRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ShowDocWatermarkByAddressRequestBody`.
#[derive(Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDocWatermarkByAddressRequestBody {
    /// Required JSON field `region_id`.
    pub region_id: ::std::string::String,
    /// Required JSON field `doc_type`.
    pub doc_type: ::std::string::String,
    /// Required JSON field `src_file`.
    pub src_file: ::std::string::String,
    /// JSON field `file_password`. Debug output hides its value.
    pub file_password: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for ShowDocWatermarkByAddressRequestBody {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ShowDocWatermarkByAddressRequestBody")
            .field("region_id", &self.region_id)
            .field("doc_type", &self.doc_type)
            .field("src_file", &self.src_file)
            .field(
                "file_password",
                &self.file_password.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl ShowDocWatermarkByAddressRequestBody {
    /// Sets the `region_id` field.
    #[must_use]
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = value.into();
        self
    }

    /// Sets the `doc_type` field.
    #[must_use]
    pub fn with_doc_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.doc_type = value.into();
        self
    }

    /// Sets the `src_file` field.
    #[must_use]
    pub fn with_src_file(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.src_file = value.into();
        self
    }

    /// Sets the `file_password` field.
    #[must_use]
    pub fn with_file_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.file_password = ::std::option::Option::Some(value.into());
        self
    }
}

impl json::ToJson for ShowDocWatermarkByAddressRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "region_id", &self.region_id);
        json::put(&mut map, "doc_type", &self.doc_type);
        json::put(&mut map, "src_file", &self.src_file);
        json::put(&mut map, "file_password", &self.file_password);
        json::Value::Object(map)
    }
}

/// Response of [`DscClient::show_doc_watermark_by_address`](super::DscClient::show_doc_watermark_by_address): `POST /v1/{project_id}/doc-address/watermark/extract`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDocWatermarkByAddressResponse {
    /// JSON field `watermark`.
    pub watermark: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowDocWatermarkByAddressResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            watermark: json::take(&mut map, "watermark")?,
        })
    }
}

/// Request of [`DscClient::show_doc_watermark`](super::DscClient::show_doc_watermark): `POST /v1/{project_id}/sdg/doc/watermark/extract`.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ShowDocWatermarkRequest {
    /// Request body.
    pub body: ::std::option::Option<ShowDocWatermarkRequestBody>,
}

impl ShowDocWatermarkRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ShowDocWatermarkRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Form body `ShowDocWatermarkRequestBody`: each field is sent as one form part.
#[derive(Clone)]
#[non_exhaustive]
pub struct ShowDocWatermarkRequestBody {
    /// Required form part `doc_type`.
    pub doc_type: ::std::string::String,
    /// Form part `file_password`. Debug output hides its value.
    pub file_password: ::std::option::Option<::std::string::String>,
    /// Required form part `file`.
    pub file: ::huaweicloud_sdk_core::FormFile,
}

impl ::std::fmt::Debug for ShowDocWatermarkRequestBody {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ShowDocWatermarkRequestBody")
            .field("doc_type", &self.doc_type)
            .field(
                "file_password",
                &self.file_password.as_ref().map(|_| "<redacted>"),
            )
            .field("file", &self.file)
            .finish()
    }
}

impl ShowDocWatermarkRequestBody {
    /// Creates a value from its required fields; the optional fields start unset.
    pub fn new(doc_type: ::std::string::String, file: ::huaweicloud_sdk_core::FormFile) -> Self {
        Self {
            doc_type,
            file_password: ::std::option::Option::None,
            file,
        }
    }

    /// Sets the `doc_type` field.
    #[must_use]
    pub fn with_doc_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.doc_type = value.into();
        self
    }

    /// Sets the `file_password` field.
    #[must_use]
    pub fn with_file_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.file_password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `file` field.
    #[must_use]
    pub fn with_file(mut self, value: ::huaweicloud_sdk_core::FormFile) -> Self {
        self.file = value;
        self
    }
}

/// Response of [`DscClient::show_doc_watermark`](super::DscClient::show_doc_watermark): `POST /v1/{project_id}/sdg/doc/watermark/extract`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowDocWatermarkResponse {
    /// JSON field `watermark`.
    pub watermark: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowDocWatermarkResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            watermark: json::take(&mut map, "watermark")?,
        })
    }
}

/// Request of [`DscClient::show_image_watermark_by_address`](super::DscClient::show_image_watermark_by_address): `POST /v1/{project_id}/image-address/watermark/extract`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowImageWatermarkByAddressRequest {
    /// Request body.
    pub body: ::std::option::Option<ShowImageWatermarkByAddressRequestBody>,
}

impl ShowImageWatermarkByAddressRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ShowImageWatermarkByAddressRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ShowImageWatermarkByAddressRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowImageWatermarkByAddressRequestBody {
    /// Required JSON field `region_id`.
    pub region_id: ::std::string::String,
    /// Required JSON field `src_file`.
    pub src_file: ::std::string::String,
    /// JSON field `mark_len`.
    pub mark_len: ::std::option::Option<i64>,
}

impl ShowImageWatermarkByAddressRequestBody {
    /// Sets the `region_id` field.
    #[must_use]
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = value.into();
        self
    }

    /// Sets the `src_file` field.
    #[must_use]
    pub fn with_src_file(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.src_file = value.into();
        self
    }

    /// Sets the `mark_len` field.
    #[must_use]
    pub fn with_mark_len(mut self, value: i64) -> Self {
        self.mark_len = ::std::option::Option::Some(value);
        self
    }
}

impl json::ToJson for ShowImageWatermarkByAddressRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "region_id", &self.region_id);
        json::put(&mut map, "src_file", &self.src_file);
        json::put(&mut map, "mark_len", &self.mark_len);
        json::Value::Object(map)
    }
}

/// Response of [`DscClient::show_image_watermark_by_address`](super::DscClient::show_image_watermark_by_address): `POST /v1/{project_id}/image-address/watermark/extract`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowImageWatermarkByAddressResponse {
    /// JSON field `watermark`.
    pub watermark: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowImageWatermarkByAddressResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            watermark: json::take(&mut map, "watermark")?,
        })
    }
}

/// Request of [`DscClient::show_image_watermark`](super::DscClient::show_image_watermark): `POST /v1/{project_id}/image/watermark/extract`.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ShowImageWatermarkRequest {
    /// Request body.
    pub body: ::std::option::Option<ShowImageWatermarkRequestBody>,
}

impl ShowImageWatermarkRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ShowImageWatermarkRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Form body `ShowImageWatermarkRequestBody`: each field is sent as one form part.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ShowImageWatermarkRequestBody {
    /// Required form part `file`.
    pub file: ::huaweicloud_sdk_core::FormFile,
    /// Form part `mark_len`.
    pub mark_len: ::std::option::Option<::std::string::String>,
}

impl ShowImageWatermarkRequestBody {
    /// Creates a value from its required fields; the optional fields start unset.
    pub fn new(file: ::huaweicloud_sdk_core::FormFile) -> Self {
        Self {
            file,
            mark_len: ::std::option::Option::None,
        }
    }

    /// Sets the `file` field.
    #[must_use]
    pub fn with_file(mut self, value: ::huaweicloud_sdk_core::FormFile) -> Self {
        self.file = value;
        self
    }

    /// Sets the `mark_len` field.
    #[must_use]
    pub fn with_mark_len(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mark_len = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`DscClient::show_image_watermark`](super::DscClient::show_image_watermark): `POST /v1/{project_id}/image/watermark/extract`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowImageWatermarkResponse {
    /// JSON field `watermark`.
    pub watermark: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowImageWatermarkResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            watermark: json::take(&mut map, "watermark")?,
        })
    }
}

/// Request of [`DscClient::show_image_watermark_with_image_by_address`](super::DscClient::show_image_watermark_with_image_by_address): `POST /v1/{project_id}/image-address/watermark/extract-image`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowImageWatermarkWithImageByAddressRequest {
    /// Request body.
    pub body: ::std::option::Option<ShowImageWatermarkWithImageByAddressRequestBody>,
}

impl ShowImageWatermarkWithImageByAddressRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ShowImageWatermarkWithImageByAddressRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// JSON model `ShowImageWatermarkWithImageByAddressRequestBody`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowImageWatermarkWithImageByAddressRequestBody {
    /// Required JSON field `region_id`.
    pub region_id: ::std::string::String,
    /// Required JSON field `src_file`.
    pub src_file: ::std::string::String,
    /// Required JSON field `image_watermark`.
    pub image_watermark: ::std::string::String,
}

impl ShowImageWatermarkWithImageByAddressRequestBody {
    /// Sets the `region_id` field.
    #[must_use]
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = value.into();
        self
    }

    /// Sets the `src_file` field.
    #[must_use]
    pub fn with_src_file(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.src_file = value.into();
        self
    }

    /// Sets the `image_watermark` field.
    #[must_use]
    pub fn with_image_watermark(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_watermark = value.into();
        self
    }
}

impl json::ToJson for ShowImageWatermarkWithImageByAddressRequestBody {
    fn to_json(&self) -> json::Value {
        let mut map = json::Map::new();
        json::put(&mut map, "region_id", &self.region_id);
        json::put(&mut map, "src_file", &self.src_file);
        json::put(&mut map, "image_watermark", &self.image_watermark);
        json::Value::Object(map)
    }
}

/// Response of [`DscClient::show_image_watermark_with_image_by_address`](super::DscClient::show_image_watermark_with_image_by_address): `POST /v1/{project_id}/image-address/watermark/extract-image`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowImageWatermarkWithImageByAddressResponse {
    /// JSON field `region_id`.
    pub region_id: ::std::option::Option<::std::string::String>,
    /// JSON field `image_watermark`.
    pub image_watermark: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowImageWatermarkWithImageByAddressResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            region_id: json::take(&mut map, "region_id")?,
            image_watermark: json::take(&mut map, "image_watermark")?,
        })
    }
}

/// Request of [`DscClient::show_image_watermark_with_image`](super::DscClient::show_image_watermark_with_image): `POST /v1/{project_id}/image/watermark/extract-image`.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ShowImageWatermarkWithImageRequest {
    /// Request body.
    pub body: ::std::option::Option<ShowImageWatermarkWithImageRequestBody>,
}

impl ShowImageWatermarkWithImageRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: ShowImageWatermarkWithImageRequestBody) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Form body `ShowImageWatermarkWithImageRequestBody`: each field is sent as one form part.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ShowImageWatermarkWithImageRequestBody {
    /// Required form part `file`.
    pub file: ::huaweicloud_sdk_core::FormFile,
}

impl ShowImageWatermarkWithImageRequestBody {
    /// Creates a value from its required fields; the optional fields start unset.
    pub fn new(file: ::huaweicloud_sdk_core::FormFile) -> Self {
        Self { file }
    }

    /// Sets the `file` field.
    #[must_use]
    pub fn with_file(mut self, value: ::huaweicloud_sdk_core::FormFile) -> Self {
        self.file = value;
        self
    }
}

/// Request of [`DscClient::show_open_api_called_records`](super::DscClient::show_open_api_called_records): `GET /v1/{project_id}/openapi/called-records`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowOpenApiCalledRecordsRequest {
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `called_url`.
    pub called_url: ::std::option::Option<::std::string::String>,
    /// Query parameter `start_time`.
    pub start_time: ::std::option::Option<i64>,
    /// Query parameter `end_time`.
    pub end_time: ::std::option::Option<i64>,
    /// Query parameter `marker`.
    pub marker: ::std::option::Option<::std::string::String>,
}

impl ShowOpenApiCalledRecordsRequest {
    /// Sets the `limit` field.
    #[must_use]
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `called_url` field.
    #[must_use]
    pub fn with_called_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.called_url = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `start_time` field.
    #[must_use]
    pub fn with_start_time(mut self, value: i64) -> Self {
        self.start_time = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `end_time` field.
    #[must_use]
    pub fn with_end_time(mut self, value: i64) -> Self {
        self.end_time = ::std::option::Option::Some(value);
        self
    }

    /// Sets the `marker` field.
    #[must_use]
    pub fn with_marker(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.marker = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`DscClient::show_open_api_called_records`](super::DscClient::show_open_api_called_records): `GET /v1/{project_id}/openapi/called-records`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowOpenApiCalledRecordsResponse {
    /// JSON field `total`.
    pub total: ::std::option::Option<i64>,
    /// JSON field `succeed`.
    pub succeed: ::std::option::Option<i64>,
    /// JSON field `failed`.
    pub failed: ::std::option::Option<i64>,
    /// JSON field `openapi_called_records`.
    pub openapi_called_records: ::std::option::Option<::std::vec::Vec<OpenApiCalledRecord>>,
    /// JSON field `next_marker`.
    pub next_marker: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for ShowOpenApiCalledRecordsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            total: json::take(&mut map, "total")?,
            succeed: json::take(&mut map, "succeed")?,
            failed: json::take(&mut map, "failed")?,
            openapi_called_records: json::take(&mut map, "openapi_called_records")?,
            next_marker: json::take(&mut map, "next_marker")?,
        })
    }
}

/// Request of [`DscClient::show_rules`](super::DscClient::show_rules): `GET /v1/{project_id}/sdg/server/scan/rules`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowRulesRequest {
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
}

impl ShowRulesRequest {
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
}

/// Response of [`DscClient::show_rules`](super::DscClient::show_rules): `GET /v1/{project_id}/sdg/server/scan/rules`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowRulesResponse {
    /// JSON field `rules`.
    pub rules: ::std::option::Option<::std::vec::Vec<ResponseRule>>,
    /// JSON field `total`.
    pub total: ::std::option::Option<i64>,
}

impl json::FromJson for ShowRulesResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            rules: json::take(&mut map, "rules")?,
            total: json::take(&mut map, "total")?,
        })
    }
}

/// Request of [`DscClient::show_scan_job_results`](super::DscClient::show_scan_job_results): `GET /v1/{project_id}/sdg/scan/job/{job_id}/results`.
///
/// Required fields: `job_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowScanJobResultsRequest {
    /// Required path parameter `job_id`.
    pub job_id: ::std::string::String,
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// Query parameter `start_time`.
    pub start_time: ::std::option::Option<::std::string::String>,
    /// Query parameter `end_time`.
    pub end_time: ::std::option::Option<::std::string::String>,
}

impl ShowScanJobResultsRequest {
    /// Sets the `job_id` field.
    #[must_use]
    pub fn with_job_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.job_id = value.into();
        self
    }

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

    /// Sets the `type` field.
    #[must_use]
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `start_time` field.
    #[must_use]
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `end_time` field.
    #[must_use]
    pub fn with_end_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`DscClient::show_scan_job_results`](super::DscClient::show_scan_job_results): `GET /v1/{project_id}/sdg/scan/job/{job_id}/results`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowScanJobResultsResponse {
    /// JSON field `job_id`.
    pub job_id: ::std::option::Option<::std::string::String>,
    /// JSON field `job_name`.
    pub job_name: ::std::option::Option<::std::string::String>,
    /// JSON field `type`.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// JSON field `db_scan_result`.
    pub db_scan_result: ::std::option::Option<DbScanResult>,
    /// JSON field `obs_scan_result`.
    pub obs_scan_result: ::std::option::Option<ObsScanResult>,
    /// JSON field `es_scan_result`.
    pub es_scan_result: ::std::option::Option<EsScanResult>,
}

impl json::FromJson for ShowScanJobResultsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            job_id: json::take(&mut map, "job_id")?,
            job_name: json::take(&mut map, "job_name")?,
            r#type: json::take(&mut map, "type")?,
            db_scan_result: json::take(&mut map, "db_scan_result")?,
            obs_scan_result: json::take(&mut map, "obs_scan_result")?,
            es_scan_result: json::take(&mut map, "es_scan_result")?,
        })
    }
}

/// Request of [`DscClient::show_scan_jobs`](super::DscClient::show_scan_jobs): `GET /v1/{project_id}/sdg/scan/jobs`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowScanJobsRequest {
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
    /// Query parameter `content`.
    pub content: ::std::option::Option<::std::string::String>,
    /// Query parameter `start_time`.
    pub start_time: ::std::option::Option<::std::string::String>,
    /// Query parameter `end_time`.
    pub end_time: ::std::option::Option<::std::string::String>,
}

impl ShowScanJobsRequest {
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

    /// Sets the `content` field.
    #[must_use]
    pub fn with_content(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.content = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `start_time` field.
    #[must_use]
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets the `end_time` field.
    #[must_use]
    pub fn with_end_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
}

/// Response of [`DscClient::show_scan_jobs`](super::DscClient::show_scan_jobs): `GET /v1/{project_id}/sdg/scan/jobs`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowScanJobsResponse {
    /// JSON field `tasks`.
    pub tasks: ::std::option::Option<::std::vec::Vec<ScanJob>>,
    /// JSON field `total`.
    pub total: ::std::option::Option<i64>,
}

impl json::FromJson for ShowScanJobsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            tasks: json::take(&mut map, "tasks")?,
            total: json::take(&mut map, "total")?,
        })
    }
}

/// Request of [`DscClient::show_specification`](super::DscClient::show_specification): `GET /v1/{project_id}/period/product/specification`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSpecificationRequest {}

/// Response of [`DscClient::show_specification`](super::DscClient::show_specification): `GET /v1/{project_id}/period/product/specification`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowSpecificationResponse {
    /// JSON field `orderInfos`.
    #[cfg_attr(feature = "serde", serde(rename = "orderInfos"))]
    pub order_infos: ::std::option::Option<::std::vec::Vec<ProductOrderInfo>>,
}

impl json::FromJson for ShowSpecificationResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            order_infos: json::take(&mut map, "orderInfos")?,
        })
    }
}

/// Request of [`DscClient::show_topics`](super::DscClient::show_topics): `GET /v1/{project_id}/sdg/smn/topics`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowTopicsRequest {
    /// Query parameter `offset`.
    pub offset: ::std::option::Option<i64>,
    /// Query parameter `limit`.
    pub limit: ::std::option::Option<i64>,
}

impl ShowTopicsRequest {
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
}

/// Response of [`DscClient::show_topics`](super::DscClient::show_topics): `GET /v1/{project_id}/sdg/smn/topics`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ShowTopicsResponse {
    /// JSON field `id`.
    pub id: ::std::option::Option<::std::string::String>,
    /// JSON field `default_topic_urn`.
    pub default_topic_urn: ::std::option::Option<::std::string::String>,
    /// JSON field `topic_count`.
    pub topic_count: ::std::option::Option<i64>,
    /// JSON field `topics`.
    pub topics: ::std::option::Option<::std::vec::Vec<TopicBean>>,
}

impl json::FromJson for ShowTopicsResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            id: json::take(&mut map, "id")?,
            default_topic_urn: json::take(&mut map, "default_topic_urn")?,
            topic_count: json::take(&mut map, "topic_count")?,
            topics: json::take(&mut map, "topics")?,
        })
    }
}

/// JSON model `TopicBean`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TopicBean {
    /// JSON field `name`.
    pub name: ::std::option::Option<::std::string::String>,
    /// JSON field `topic_urn`.
    pub topic_urn: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for TopicBean {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            name: json::take(&mut map, "name")?,
            topic_urn: json::take(&mut map, "topic_urn")?,
        })
    }
}

/// Request of [`DscClient::update_asset_name`](super::DscClient::update_asset_name): `PUT /v1/{project_id}/sdg/asset/{asset_id}/name`.
///
/// Required fields: `asset_id`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAssetNameRequest {
    /// Required path parameter `asset_id`.
    pub asset_id: ::std::string::String,
    /// Request body.
    pub body: ::std::option::Option<AssetNameRequest>,
}

impl UpdateAssetNameRequest {
    /// Sets the `asset_id` field.
    #[must_use]
    pub fn with_asset_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.asset_id = value.into();
        self
    }

    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: AssetNameRequest) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::update_asset_name`](super::DscClient::update_asset_name): `PUT /v1/{project_id}/sdg/asset/{asset_id}/name`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateAssetNameResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UpdateAssetNameResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}

/// Request of [`DscClient::update_default_topic`](super::DscClient::update_default_topic): `PUT /v1/{project_id}/sdg/smn/topic`.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDefaultTopicRequest {
    /// Request body.
    pub body: ::std::option::Option<DefaultTopicRequest>,
}

impl UpdateDefaultTopicRequest {
    /// Sets the `body` field.
    #[must_use]
    pub fn with_body(mut self, value: DefaultTopicRequest) -> Self {
        self.body = ::std::option::Option::Some(value);
        self
    }
}

/// Response of [`DscClient::update_default_topic`](super::DscClient::update_default_topic): `PUT /v1/{project_id}/sdg/smn/topic`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateDefaultTopicResponse {
    /// JSON field `msg`.
    pub msg: ::std::option::Option<::std::string::String>,
    /// JSON field `status`.
    pub status: ::std::option::Option<::std::string::String>,
}

impl json::FromJson for UpdateDefaultTopicResponse {
    fn from_json(value: json::Value) -> ::std::result::Result<Self, json::JsonError> {
        let mut map = json::object(value)?;
        ::std::result::Result::Ok(Self {
            msg: json::take(&mut map, "msg")?,
            status: json::take(&mut map, "status")?,
        })
    }
}
