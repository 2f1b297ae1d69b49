//! Blocking client of the DSC v1 API.

use super::{model, operation, SERVICE};
use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::{Download, Error, Response};

/// Blocking client of the DSC v1 API, with the methods of the async
/// [`DscClient`](super::DscClient).
#[derive(Debug, Clone)]
pub struct DscClient {
    client: ::huaweicloud_sdk_core::client::blocking::Client,
}

impl ServiceClient for DscClient {
    fn from_client(client: ::huaweicloud_sdk_core::Client) -> Self {
        DscClient {
            client: ::huaweicloud_sdk_core::client::blocking::Client::new(client),
        }
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
    pub fn add_buckets(
        &self,
        request: model::AddBucketsRequest,
    ) -> ::std::result::Result<Response<model::AddBucketsResponse>, Error> {
        self.client.call(&operation::ADD_BUCKETS, request)
    }

    /// Calls `AddRule`: `POST /v1/{project_id}/sdg/server/scan/rules`.
    pub fn add_rule(
        &self,
        request: model::AddRuleRequest,
    ) -> ::std::result::Result<Response<model::AddRuleResponse>, Error> {
        self.client.call(&operation::ADD_RULE, request)
    }

    /// Calls `AddRuleGroup`: `POST /v1/{project_id}/sdg/server/scan/groups`.
    pub fn add_rule_group(
        &self,
        request: model::AddRuleGroupRequest,
    ) -> ::std::result::Result<Response<model::AddRuleGroupResponse>, Error> {
        self.client.call(&operation::ADD_RULE_GROUP, request)
    }

    /// Calls `AddScanJob`: `POST /v1/{project_id}/sdg/scan/job`.
    pub fn add_scan_job(
        &self,
        request: model::AddScanJobRequest,
    ) -> ::std::result::Result<Response<model::AddScanJobResponse>, Error> {
        self.client.call(&operation::ADD_SCAN_JOB, request)
    }

    /// Calls `BatchAddDataMask`: `POST /v1/{project_id}/data/mask`.
    pub fn batch_add_data_mask(
        &self,
        request: model::BatchAddDataMaskRequest,
    ) -> ::std::result::Result<Response<model::BatchAddDataMaskResponse>, Error> {
        self.client.call(&operation::BATCH_ADD_DATA_MASK, request)
    }

    /// Calls `ChangeDbTemplateOperation`: `POST /v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/operation`.
    pub fn change_db_template_operation(
        &self,
        request: model::ChangeDbTemplateOperationRequest,
    ) -> ::std::result::Result<Response<model::ChangeDbTemplateOperationResponse>, Error> {
        self.client
            .call(&operation::CHANGE_DB_TEMPLATE_OPERATION, request)
    }

    /// Calls `ChangeRule`: `PUT /v1/{project_id}/sdg/server/scan/rules`.
    pub fn change_rule(
        &self,
        request: model::ChangeRuleRequest,
    ) -> ::std::result::Result<Response<model::ChangeRuleResponse>, Error> {
        self.client.call(&operation::CHANGE_RULE, request)
    }

    /// Calls `CreateDatabaseWaterMark`: `POST /v1/{project_id}/sdg/database/watermark/embed`.
    pub fn create_database_water_mark(
        &self,
        request: model::CreateDatabaseWaterMarkRequest,
    ) -> ::std::result::Result<Response<model::CreateDatabaseWaterMarkResponse>, Error> {
        self.client
            .call(&operation::CREATE_DATABASE_WATER_MARK, request)
    }

    /// Calls `CreateDocWatermark`: `POST /v1/{project_id}/sdg/doc/watermark/embed`.
    ///
    /// The response body is streamed, never buffered whole.
    pub fn create_doc_watermark(
        &self,
        request: model::CreateDocWatermarkRequest,
    ) -> ::std::result::Result<Download, Error> {
        self.client
            .download(&operation::CREATE_DOC_WATERMARK, request)
    }

    /// Calls `CreateDocWatermarkByAddress`: `POST /v1/{project_id}/doc-address/watermark/embed`.
    pub fn create_doc_watermark_by_address(
        &self,
        request: model::CreateDocWatermarkByAddressRequest,
    ) -> ::std::result::Result<Response<model::CreateDocWatermarkByAddressResponse>, Error> {
        self.client
            .call(&operation::CREATE_DOC_WATERMARK_BY_ADDRESS, request)
    }

    /// Calls `CreateImageWatermark`: `POST /v1/{project_id}/image/watermark/embed`.
    ///
    /// The response body is streamed, never buffered whole.
    pub fn create_image_watermark(
        &self,
        request: model::CreateImageWatermarkRequest,
    ) -> ::std::result::Result<Download, Error> {
        self.client
            .download(&operation::CREATE_IMAGE_WATERMARK, request)
    }

    /// Calls `CreateImageWatermarkByAddress`: `POST /v1/{project_id}/image-address/watermark/embed`.
    pub fn create_image_watermark_by_address(
        &self,
        request: model::CreateImageWatermarkByAddressRequest,
    ) -> ::std::result::Result<Response<model::CreateImageWatermarkByAddressResponse>, Error> {
        self.client
            .call(&operation::CREATE_IMAGE_WATERMARK_BY_ADDRESS, request)
    }

    /// Calls `CreateProductOrder`: `POST /v1/{project_id}/period/order`.
    pub fn create_product_order(
        &self,
        request: model::CreateProductOrderRequest,
    ) -> ::std::result::Result<Response<model::CreateProductOrderResponse>, Error> {
        self.client.call(&operation::CREATE_PRODUCT_ORDER, request)
    }

    /// Calls `DeleteBucket`: `DELETE /v1/{project_id}/sdg/asset/obs/bucket/{bucket_id}`.
    pub fn delete_bucket(
        &self,
        request: model::DeleteBucketRequest,
    ) -> ::std::result::Result<Response<model::DeleteBucketResponse>, Error> {
        self.client.call(&operation::DELETE_BUCKET, request)
    }

    /// Calls `DeleteRule`: `DELETE /v1/{project_id}/sdg/server/scan/rules/{rule_id}`.
    pub fn delete_rule(
        &self,
        request: model::DeleteRuleRequest,
    ) -> ::std::result::Result<Response<model::DeleteRuleResponse>, Error> {
        self.client.call(&operation::DELETE_RULE, request)
    }

    /// Calls `DeleteRuleGroup`: `DELETE /v1/{project_id}/sdg/server/scan/groups/{group_id}`.
    pub fn delete_rule_group(
        &self,
        request: model::DeleteRuleGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteRuleGroupResponse>, Error> {
        self.client.call(&operation::DELETE_RULE_GROUP, request)
    }

    /// Calls `DeleteScanJob`: `DELETE /v1/{project_id}/sdg/scan/job/{job_id}`.
    pub fn delete_scan_job(
        &self,
        request: model::DeleteScanJobRequest,
    ) -> ::std::result::Result<Response<model::DeleteScanJobResponse>, Error> {
        self.client.call(&operation::DELETE_SCAN_JOB, request)
    }

    /// Calls `ListBuckets`: `GET /v1/{project_id}/sdg/asset/obs/buckets`.
    pub fn list_buckets(
        &self,
        request: model::ListBucketsRequest,
    ) -> ::std::result::Result<Response<model::ListBucketsResponse>, Error> {
        self.client.call(&operation::LIST_BUCKETS, request)
    }

    /// Calls `ListDbMaskTask`: `GET /v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/tasks`.
    pub fn list_db_mask_task(
        &self,
        request: model::ListDbMaskTaskRequest,
    ) -> ::std::result::Result<Response<model::ListDbMaskTaskResponse>, Error> {
        self.client.call(&operation::LIST_DB_MASK_TASK, request)
    }

    /// Calls `ListRuleGroups`: `GET /v1/{project_id}/sdg/server/scan/groups`.
    pub fn list_rule_groups(
        &self,
        request: model::ListRuleGroupsRequest,
    ) -> ::std::result::Result<Response<model::ListRuleGroupsResponse>, Error> {
        self.client.call(&operation::LIST_RULE_GROUPS, request)
    }

    /// Calls `ShowDatabaseWaterMark`: `POST /v1/{project_id}/sdg/database/watermark/extract`.
    pub fn show_database_water_mark(
        &self,
        request: model::ShowDatabaseWaterMarkRequest,
    ) -> ::std::result::Result<Response<model::ShowDatabaseWaterMarkResponse>, Error> {
        self.client
            .call(&operation::SHOW_DATABASE_WATER_MARK, request)
    }

    /// Calls `ShowDocWatermark`: `POST /v1/{project_id}/sdg/doc/watermark/extract`.
    pub fn show_doc_watermark(
        &self,
        request: model::ShowDocWatermarkRequest,
    ) -> ::std::result::Result<Response<model::ShowDocWatermarkResponse>, Error> {
        self.client.call(&operation::SHOW_DOC_WATERMARK, request)
    }

    /// Calls `ShowDocWatermarkByAddress`: `POST /v1/{project_id}/doc-address/watermark/extract`.
    pub fn show_doc_watermark_by_address(
        &self,
        request: model::ShowDocWatermarkByAddressRequest,
    ) -> ::std::result::Result<Response<model::ShowDocWatermarkByAddressResponse>, Error> {
        self.client
            .call(&operation::SHOW_DOC_WATERMARK_BY_ADDRESS, request)
    }

    /// Calls `ShowImageWatermark`: `POST /v1/{project_id}/image/watermark/extract`.
    pub fn show_image_watermark(
        &self,
        request: model::ShowImageWatermarkRequest,
    ) -> ::std::result::Result<Response<model::ShowImageWatermarkResponse>, Error> {
        self.client.call(&operation::SHOW_IMAGE_WATERMARK, request)
    }

    /// Calls `ShowImageWatermarkByAddress`: `POST /v1/{project_id}/image-address/watermark/extract`.
    pub fn show_image_watermark_by_address(
        &self,
        request: model::ShowImageWatermarkByAddressRequest,
    ) -> ::std::result::Result<Response<model::ShowImageWatermarkByAddressResponse>, Error> {
        self.client
            .call(&operation::SHOW_IMAGE_WATERMARK_BY_ADDRESS, request)
    }

    /// Calls `ShowImageWatermarkWithImage`: `POST /v1/{project_id}/image/watermark/extract-image`.
    ///
    /// The response body is streamed, never buffered whole.
    pub fn show_image_watermark_with_image(
        &self,
        request: model::ShowImageWatermarkWithImageRequest,
    ) -> ::std::result::Result<Download, Error> {
        self.client
            .download(&operation::SHOW_IMAGE_WATERMARK_WITH_IMAGE, request)
    }

    /// Calls `ShowImageWatermarkWithImageByAddress`: `POST /v1/{project_id}/image-address/watermark/extract-image`.
    pub fn show_image_watermark_with_image_by_address(
        &self,
        request: model::ShowImageWatermarkWithImageByAddressRequest,
    ) -> ::std::result::Result<Response<model::ShowImageWatermarkWithImageByAddressResponse>, Error>
    {
        self.client.call(
            &operation::SHOW_IMAGE_WATERMARK_WITH_IMAGE_BY_ADDRESS,
            request,
        )
    }

    /// Calls `ShowRules`: `GET /v1/{project_id}/sdg/server/scan/rules`.
    pub fn show_rules(
        &self,
        request: model::ShowRulesRequest,
    ) -> ::std::result::Result<Response<model::ShowRulesResponse>, Error> {
        self.client.call(&operation::SHOW_RULES, request)
    }

    /// Calls `ShowScanJobResults`: `GET /v1/{project_id}/sdg/scan/job/{job_id}/results`.
    pub fn show_scan_job_results(
        &self,
        request: model::ShowScanJobResultsRequest,
    ) -> ::std::result::Result<Response<model::ShowScanJobResultsResponse>, Error> {
        self.client.call(&operation::SHOW_SCAN_JOB_RESULTS, request)
    }

    /// Calls `ShowScanJobs`: `GET /v1/{project_id}/sdg/scan/jobs`.
    pub fn show_scan_jobs(
        &self,
        request: model::ShowScanJobsRequest,
    ) -> ::std::result::Result<Response<model::ShowScanJobsResponse>, Error> {
        self.client.call(&operation::SHOW_SCAN_JOBS, request)
    }

    /// Calls `ShowSpecification`: `GET /v1/{project_id}/period/product/specification`.
    pub fn show_specification(
        &self,
        request: model::ShowSpecificationRequest,
    ) -> ::std::result::Result<Response<model::ShowSpecificationResponse>, Error> {
        self.client.call(&operation::SHOW_SPECIFICATION, request)
    }

    /// Calls `ShowTopics`: `GET /v1/{project_id}/sdg/smn/topics`.
    pub fn show_topics(
        &self,
        request: model::ShowTopicsRequest,
    ) -> ::std::result::Result<Response<model::ShowTopicsResponse>, Error> {
        self.client.call(&operation::SHOW_TOPICS, request)
    }

    /// Calls `UpdateAssetName`: `PUT /v1/{project_id}/sdg/asset/{asset_id}/name`.
    pub fn update_asset_name(
        &self,
        request: model::UpdateAssetNameRequest,
    ) -> ::std::result::Result<Response<model::UpdateAssetNameResponse>, Error> {
        self.client.call(&operation::UPDATE_ASSET_NAME, request)
    }

    /// Calls `UpdateDefaultTopic`: `PUT /v1/{project_id}/sdg/smn/topic`.
    pub fn update_default_topic(
        &self,
        request: model::UpdateDefaultTopicRequest,
    ) -> ::std::result::Result<Response<model::UpdateDefaultTopicResponse>, Error> {
        self.client.call(&operation::UPDATE_DEFAULT_TOPIC, request)
    }

    /// Calls `ShowOpenApiCalledRecords`: `GET /v1/{project_id}/openapi/called-records`.
    pub fn show_open_api_called_records(
        &self,
        request: model::ShowOpenApiCalledRecordsRequest,
    ) -> ::std::result::Result<Response<model::ShowOpenApiCalledRecordsResponse>, Error> {
        self.client
            .call(&operation::SHOW_OPEN_API_CALLED_RECORDS, request)
    }
}
