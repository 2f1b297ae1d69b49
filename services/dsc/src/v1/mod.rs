//! The DSC v1 API: async client, operation descriptors, models and regions.
//!
//! - [`DscClient`]: the async client, one method per operation.
//! - [`blocking::DscClient`]: the same methods, blocking the calling thread.
//! - [`model`]: request, response and data types.
//! - [`operation`]: a static descriptor per operation (method, path, parameters).
//! - [`region`]: region ids of the built-in endpoint table and [`region::value_of`].
//!
//! ```ignore
//! use huaweicloud_sdk_dsc::v1::{model, region, DscClient};
//!
//! let client = DscClient::builder()
//!     .region(region::value_of(region::CN_NORTH_4)?)
//!     .build()?;
//! let response = client.list_buckets(model::ListBucketsRequest::default()).await?;
//! ```

pub mod blocking;
pub mod model;
pub mod operation;
pub mod region;

use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::operation::{CredentialKind, ServiceInfo};
use huaweicloud_sdk_core::{Download, Error, Response};

/// Description of the DSC v1 API: name, credentials and built-in regions.
pub static SERVICE: ServiceInfo = ServiceInfo {
    name: "dsc",
    version: "v1",
    region_env: "DSC",
    credential_kind: CredentialKind::Regional,
    derived_auth_service: ::std::option::Option::None,
    regions: &[
        ("af-south-1", &["https://sdg.af-south-1.myhuaweicloud.com"]),
        (
            "ap-southeast-1",
            &["https://sdg.ap-southeast-1.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-2",
            &["https://sdg.ap-southeast-2.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-3",
            &["https://sdg.ap-southeast-3.myhuaweicloud.com"],
        ),
        ("cn-east-2", &["https://sdg.cn-east-2.myhuaweicloud.com"]),
        ("cn-east-3", &["https://sdg.cn-east-3.myhuaweicloud.com"]),
        ("cn-north-1", &["https://sdg.cn-north-1.myhuaweicloud.com"]),
        ("cn-north-4", &["https://sdg.cn-north-4.myhuaweicloud.com"]),
        ("cn-north-9", &["https://sdg.cn-north-9.myhuaweicloud.com"]),
        ("cn-south-1", &["https://sdg.cn-south-1.myhuaweicloud.com"]),
        (
            "cn-southwest-2",
            &["https://sdg.cn-southwest-2.myhuaweicloud.com"],
        ),
        (
            "eu-west-101",
            &["https://sdg.eu-west-101.myhuaweicloud.com"],
        ),
        ("la-north-2", &["https://sdg.la-north-2.myhuaweicloud.com"]),
        ("la-south-2", &["https://sdg.la-south-2.myhuaweicloud.com"]),
        (
            "sa-brazil-1",
            &["https://sdg.sa-brazil-1.myhuaweicloud.com"],
        ),
        ("tr-west-1", &["https://sdg.tr-west-1.myhuaweicloud.com"]),
    ],
};

/// Async client of the DSC v1 API.
///
/// Cheap to clone: clones share connections. Each method returns an [`Error`] for transport
/// failures, error responses, undecodable bodies and missing required parameters.
#[derive(Debug, Clone)]
pub struct DscClient {
    client: ::huaweicloud_sdk_core::Client,
}

impl ServiceClient for DscClient {
    fn from_client(client: ::huaweicloud_sdk_core::Client) -> Self {
        DscClient { client }
    }
}

impl DscClient {
    /// Starts a builder for this client: credentials, region or endpoints, HTTP settings.
    pub fn builder() -> ClientBuilder<DscClient> {
        ClientBuilder::new(&SERVICE)
    }

    /// Returns a client that applies `options` to every call it makes.
    #[must_use]
    pub fn with_options(&self, options: CallOptions) -> Self {
        DscClient {
            client: self.client.with_options(options),
        }
    }

    /// Calls `AddBuckets`: `POST /v1/{project_id}/sdg/asset/obs/buckets`.
    pub async fn add_buckets(
        &self,
        request: model::AddBucketsRequest,
    ) -> ::std::result::Result<Response<model::AddBucketsResponse>, Error> {
        self.client.call(&operation::ADD_BUCKETS, request).await
    }

    /// Calls `AddRule`: `POST /v1/{project_id}/sdg/server/scan/rules`.
    pub async fn add_rule(
        &self,
        request: model::AddRuleRequest,
    ) -> ::std::result::Result<Response<model::AddRuleResponse>, Error> {
        self.client.call(&operation::ADD_RULE, request).await
    }

    /// Calls `AddRuleGroup`: `POST /v1/{project_id}/sdg/server/scan/groups`.
    pub async fn add_rule_group(
        &self,
        request: model::AddRuleGroupRequest,
    ) -> ::std::result::Result<Response<model::AddRuleGroupResponse>, Error> {
        self.client.call(&operation::ADD_RULE_GROUP, request).await
    }

    /// Calls `AddScanJob`: `POST /v1/{project_id}/sdg/scan/job`.
    pub async fn add_scan_job(
        &self,
        request: model::AddScanJobRequest,
    ) -> ::std::result::Result<Response<model::AddScanJobResponse>, Error> {
        self.client.call(&operation::ADD_SCAN_JOB, request).await
    }

    /// Calls `BatchAddDataMask`: `POST /v1/{project_id}/data/mask`.
    pub async fn batch_add_data_mask(
        &self,
        request: model::BatchAddDataMaskRequest,
    ) -> ::std::result::Result<Response<model::BatchAddDataMaskResponse>, Error> {
        self.client
            .call(&operation::BATCH_ADD_DATA_MASK, request)
            .await
    }

    /// Calls `ChangeDbTemplateOperation`: `POST /v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/operation`.
    pub async fn change_db_template_operation(
        &self,
        request: model::ChangeDbTemplateOperationRequest,
    ) -> ::std::result::Result<Response<model::ChangeDbTemplateOperationResponse>, Error> {
        self.client
            .call(&operation::CHANGE_DB_TEMPLATE_OPERATION, request)
            .await
    }

    /// Calls `ChangeRule`: `PUT /v1/{project_id}/sdg/server/scan/rules`.
    pub async fn change_rule(
        &self,
        request: model::ChangeRuleRequest,
    ) -> ::std::result::Result<Response<model::ChangeRuleResponse>, Error> {
        self.client.call(&operation::CHANGE_RULE, request).await
    }

    /// Calls `CreateDatabaseWaterMark`: `POST /v1/{project_id}/sdg/database/watermark/embed`.
    pub async fn create_database_water_mark(
        &self,
        request: model::CreateDatabaseWaterMarkRequest,
    ) -> ::std::result::Result<Response<model::CreateDatabaseWaterMarkResponse>, Error> {
        self.client
            .call(&operation::CREATE_DATABASE_WATER_MARK, request)
            .await
    }

    /// Calls `CreateDocWatermark`: `POST /v1/{project_id}/sdg/doc/watermark/embed`.
    ///
    /// The response body is streamed, never buffered whole.
    pub async fn create_doc_watermark(
        &self,
        request: model::CreateDocWatermarkRequest,
    ) -> ::std::result::Result<Download, Error> {
        self.client
            .download(&operation::CREATE_DOC_WATERMARK, request)
            .await
    }

    /// Calls `CreateDocWatermarkByAddress`: `POST /v1/{project_id}/doc-address/watermark/embed`.
    pub async fn create_doc_watermark_by_address(
        &self,
        request: model::CreateDocWatermarkByAddressRequest,
    ) -> ::std::result::Result<Response<model::CreateDocWatermarkByAddressResponse>, Error> {
        self.client
            .call(&operation::CREATE_DOC_WATERMARK_BY_ADDRESS, request)
            .await
    }

    /// Calls `CreateImageWatermark`: `POST /v1/{project_id}/image/watermark/embed`.
    ///
    /// The response body is streamed, never buffered whole.
    pub async fn create_image_watermark(
        &self,
        request: model::CreateImageWatermarkRequest,
    ) -> ::std::result::Result<Download, Error> {
        self.client
            .download(&operation::CREATE_IMAGE_WATERMARK, request)
            .await
    }

    /// Calls `CreateImageWatermarkByAddress`: `POST /v1/{project_id}/image-address/watermark/embed`.
    pub async fn create_image_watermark_by_address(
        &self,
        request: model::CreateImageWatermarkByAddressRequest,
    ) -> ::std::result::Result<Response<model::CreateImageWatermarkByAddressResponse>, Error> {
        self.client
            .call(&operation::CREATE_IMAGE_WATERMARK_BY_ADDRESS, request)
            .await
    }

    /// Calls `CreateProductOrder`: `POST /v1/{project_id}/period/order`.
    pub async fn create_product_order(
        &self,
        request: model::CreateProductOrderRequest,
    ) -> ::std::result::Result<Response<model::CreateProductOrderResponse>, Error> {
        self.client
            .call(&operation::CREATE_PRODUCT_ORDER, request)
            .await
    }

    /// Calls `DeleteBucket`: `DELETE /v1/{project_id}/sdg/asset/obs/bucket/{bucket_id}`.
    pub async fn delete_bucket(
        &self,
        request: model::DeleteBucketRequest,
    ) -> ::std::result::Result<Response<model::DeleteBucketResponse>, Error> {
        self.client.call(&operation::DELETE_BUCKET, request).await
    }

    /// Calls `DeleteRule`: `DELETE /v1/{project_id}/sdg/server/scan/rules/{rule_id}`.
    pub async fn delete_rule(
        &self,
        request: model::DeleteRuleRequest,
    ) -> ::std::result::Result<Response<model::DeleteRuleResponse>, Error> {
        self.client.call(&operation::DELETE_RULE, request).await
    }

    /// Calls `DeleteRuleGroup`: `DELETE /v1/{project_id}/sdg/server/scan/groups/{group_id}`.
    pub async fn delete_rule_group(
        &self,
        request: model::DeleteRuleGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteRuleGroupResponse>, Error> {
        self.client
            .call(&operation::DELETE_RULE_GROUP, request)
            .await
    }

    /// Calls `DeleteScanJob`: `DELETE /v1/{project_id}/sdg/scan/job/{job_id}`.
    pub async fn delete_scan_job(
        &self,
        request: model::DeleteScanJobRequest,
    ) -> ::std::result::Result<Response<model::DeleteScanJobResponse>, Error> {
        self.client.call(&operation::DELETE_SCAN_JOB, request).await
    }

    /// Calls `ListBuckets`: `GET /v1/{project_id}/sdg/asset/obs/buckets`.
    pub async fn list_buckets(
        &self,
        request: model::ListBucketsRequest,
    ) -> ::std::result::Result<Response<model::ListBucketsResponse>, Error> {
        self.client.call(&operation::LIST_BUCKETS, request).await
    }

    /// Calls `ListDbMaskTask`: `GET /v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/tasks`.
    pub async fn list_db_mask_task(
        &self,
        request: model::ListDbMaskTaskRequest,
    ) -> ::std::result::Result<Response<model::ListDbMaskTaskResponse>, Error> {
        self.client
            .call(&operation::LIST_DB_MASK_TASK, request)
            .await
    }

    /// Calls `ListRuleGroups`: `GET /v1/{project_id}/sdg/server/scan/groups`.
    pub async fn list_rule_groups(
        &self,
        request: model::ListRuleGroupsRequest,
    ) -> ::std::result::Result<Response<model::ListRuleGroupsResponse>, Error> {
        self.client
            .call(&operation::LIST_RULE_GROUPS, request)
            .await
    }

    /// Calls `ShowDatabaseWaterMark`: `POST /v1/{project_id}/sdg/database/watermark/extract`.
    pub async fn show_database_water_mark(
        &self,
        request: model::ShowDatabaseWaterMarkRequest,
    ) -> ::std::result::Result<Response<model::ShowDatabaseWaterMarkResponse>, Error> {
        self.client
            .call(&operation::SHOW_DATABASE_WATER_MARK, request)
            .await
    }

    /// Calls `ShowDocWatermark`: `POST /v1/{project_id}/sdg/doc/watermark/extract`.
    pub async fn show_doc_watermark(
        &self,
        request: model::ShowDocWatermarkRequest,
    ) -> ::std::result::Result<Response<model::ShowDocWatermarkResponse>, Error> {
        self.client
            .call(&operation::SHOW_DOC_WATERMARK, request)
            .await
    }

    /// Calls `ShowDocWatermarkByAddress`: `POST /v1/{project_id}/doc-address/watermark/extract`.
    pub async fn show_doc_watermark_by_address(
        &self,
        request: model::ShowDocWatermarkByAddressRequest,
    ) -> ::std::result::Result<Response<model::ShowDocWatermarkByAddressResponse>, Error> {
        self.client
            .call(&operation::SHOW_DOC_WATERMARK_BY_ADDRESS, request)
            .await
    }

    /// Calls `ShowImageWatermark`: `POST /v1/{project_id}/image/watermark/extract`.
    pub async fn show_image_watermark(
        &self,
        request: model::ShowImageWatermarkRequest,
    ) -> ::std::result::Result<Response<model::ShowImageWatermarkResponse>, Error> {
        self.client
            .call(&operation::SHOW_IMAGE_WATERMARK, request)
            .await
    }

    /// Calls `ShowImageWatermarkByAddress`: `POST /v1/{project_id}/image-address/watermark/extract`.
    pub async fn show_image_watermark_by_address(
        &self,
        request: model::ShowImageWatermarkByAddressRequest,
    ) -> ::std::result::Result<Response<model::ShowImageWatermarkByAddressResponse>, Error> {
        self.client
            .call(&operation::SHOW_IMAGE_WATERMARK_BY_ADDRESS, request)
            .await
    }

    /// Calls `ShowImageWatermarkWithImage`: `POST /v1/{project_id}/image/watermark/extract-image`.
    ///
    /// The response body is streamed, never buffered whole.
    pub async fn show_image_watermark_with_image(
        &self,
        request: model::ShowImageWatermarkWithImageRequest,
    ) -> ::std::result::Result<Download, Error> {
        self.client
            .download(&operation::SHOW_IMAGE_WATERMARK_WITH_IMAGE, request)
            .await
    }

    /// Calls `ShowImageWatermarkWithImageByAddress`: `POST /v1/{project_id}/image-address/watermark/extract-image`.
    pub async fn show_image_watermark_with_image_by_address(
        &self,
        request: model::ShowImageWatermarkWithImageByAddressRequest,
    ) -> ::std::result::Result<Response<model::ShowImageWatermarkWithImageByAddressResponse>, Error>
    {
        self.client
            .call(
                &operation::SHOW_IMAGE_WATERMARK_WITH_IMAGE_BY_ADDRESS,
                request,
            )
            .await
    }

    /// Calls `ShowRules`: `GET /v1/{project_id}/sdg/server/scan/rules`.
    pub async fn show_rules(
        &self,
        request: model::ShowRulesRequest,
    ) -> ::std::result::Result<Response<model::ShowRulesResponse>, Error> {
        self.client.call(&operation::SHOW_RULES, request).await
    }

    /// Calls `ShowScanJobResults`: `GET /v1/{project_id}/sdg/scan/job/{job_id}/results`.
    pub async fn show_scan_job_results(
        &self,
        request: model::ShowScanJobResultsRequest,
    ) -> ::std::result::Result<Response<model::ShowScanJobResultsResponse>, Error> {
        self.client
            .call(&operation::SHOW_SCAN_JOB_RESULTS, request)
            .await
    }

    /// Calls `ShowScanJobs`: `GET /v1/{project_id}/sdg/scan/jobs`.
    pub async fn show_scan_jobs(
        &self,
        request: model::ShowScanJobsRequest,
    ) -> ::std::result::Result<Response<model::ShowScanJobsResponse>, Error> {
        self.client.call(&operation::SHOW_SCAN_JOBS, request).await
    }

    /// Calls `ShowSpecification`: `GET /v1/{project_id}/period/product/specification`.
    pub async fn show_specification(
        &self,
        request: model::ShowSpecificationRequest,
    ) -> ::std::result::Result<Response<model::ShowSpecificationResponse>, Error> {
        self.client
            .call(&operation::SHOW_SPECIFICATION, request)
            .await
    }

    /// Calls `ShowTopics`: `GET /v1/{project_id}/sdg/smn/topics`.
    pub async fn show_topics(
        &self,
        request: model::ShowTopicsRequest,
    ) -> ::std::result::Result<Response<model::ShowTopicsResponse>, Error> {
        self.client.call(&operation::SHOW_TOPICS, request).await
    }

    /// Calls `UpdateAssetName`: `PUT /v1/{project_id}/sdg/asset/{asset_id}/name`.
    pub async fn update_asset_name(
        &self,
        request: model::UpdateAssetNameRequest,
    ) -> ::std::result::Result<Response<model::UpdateAssetNameResponse>, Error> {
        self.client
            .call(&operation::UPDATE_ASSET_NAME, request)
            .await
    }

    /// Calls `UpdateDefaultTopic`: `PUT /v1/{project_id}/sdg/smn/topic`.
    pub async fn update_default_topic(
        &self,
        request: model::UpdateDefaultTopicRequest,
    ) -> ::std::result::Result<Response<model::UpdateDefaultTopicResponse>, Error> {
        self.client
            .call(&operation::UPDATE_DEFAULT_TOPIC, request)
            .await
    }

    /// Calls `ShowOpenApiCalledRecords`: `GET /v1/{project_id}/openapi/called-records`.
    pub async fn show_open_api_called_records(
        &self,
        request: model::ShowOpenApiCalledRecordsRequest,
    ) -> ::std::result::Result<Response<model::ShowOpenApiCalledRecordsResponse>, Error> {
        self.client
            .call(&operation::SHOW_OPEN_API_CALLED_RECORDS, request)
            .await
    }
}
