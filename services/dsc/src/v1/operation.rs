//! Operation descriptors of the DSC v1 API, and the conversion of each request
//! type into the parameter values and body that the core renders from them.

use super::model;
use huaweicloud_sdk_core::operation::{
    BodyKind, CollectionFormat, IntoRequestParts, OperationInfo, ParamInfo, ParamLocation,
    RequestParts, ResponseKind,
};

/// `AddBuckets`: `POST /v1/{project_id}/sdg/asset/obs/buckets`.
pub static ADD_BUCKETS: OperationInfo = OperationInfo {
    name: "AddBuckets",
    method: "POST",
    path: "/v1/{project_id}/sdg/asset/obs/buckets",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "type",
        name: "type",
        location: ParamLocation::Query,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddBucketsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("type", &self.r#type);
        parts.json_body(&self.body);
        parts
    }
}

/// `AddRule`: `POST /v1/{project_id}/sdg/server/scan/rules`.
pub static ADD_RULE: OperationInfo = OperationInfo {
    name: "AddRule",
    method: "POST",
    path: "/v1/{project_id}/sdg/server/scan/rules",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `AddRuleGroup`: `POST /v1/{project_id}/sdg/server/scan/groups`.
pub static ADD_RULE_GROUP: OperationInfo = OperationInfo {
    name: "AddRuleGroup",
    method: "POST",
    path: "/v1/{project_id}/sdg/server/scan/groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddRuleGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `AddScanJob`: `POST /v1/{project_id}/sdg/scan/job`.
pub static ADD_SCAN_JOB: OperationInfo = OperationInfo {
    name: "AddScanJob",
    method: "POST",
    path: "/v1/{project_id}/sdg/scan/job",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AddScanJobRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchAddDataMask`: `POST /v1/{project_id}/data/mask`.
pub static BATCH_ADD_DATA_MASK: OperationInfo = OperationInfo {
    name: "BatchAddDataMask",
    method: "POST",
    path: "/v1/{project_id}/data/mask",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchAddDataMaskRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ChangeDbTemplateOperation`: `POST /v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/operation`.
pub static CHANGE_DB_TEMPLATE_OPERATION: OperationInfo = OperationInfo {
    name: "ChangeDbTemplateOperation",
    method: "POST",
    path: "/v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/operation",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "template_id",
        name: "template_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ChangeDbTemplateOperationRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("template_id", &self.template_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ChangeRule`: `PUT /v1/{project_id}/sdg/server/scan/rules`.
pub static CHANGE_RULE: OperationInfo = OperationInfo {
    name: "ChangeRule",
    method: "PUT",
    path: "/v1/{project_id}/sdg/server/scan/rules",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ChangeRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateDatabaseWaterMark`: `POST /v1/{project_id}/sdg/database/watermark/embed`.
pub static CREATE_DATABASE_WATER_MARK: OperationInfo = OperationInfo {
    name: "CreateDatabaseWaterMark",
    method: "POST",
    path: "/v1/{project_id}/sdg/database/watermark/embed",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateDatabaseWaterMarkRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateDocWatermark`: `POST /v1/{project_id}/sdg/doc/watermark/embed`.
pub static CREATE_DOC_WATERMARK: OperationInfo = OperationInfo {
    name: "CreateDocWatermark",
    method: "POST",
    path: "/v1/{project_id}/sdg/doc/watermark/embed",
    content_type: ::std::option::Option::Some("multipart/form-data"),
    params: &[],
    body: BodyKind::Multipart,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Stream,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateDocWatermarkRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        if let ::std::option::Option::Some(body) = self.body {
            parts.form_text("doc_type", &body.doc_type);
            parts.form_text("file_password", &body.file_password);
            parts.form_text("marked_file_password", &body.marked_file_password);
            parts.form_text("readonly_password", &body.readonly_password);
            parts.form_text("visible_watermark", &body.visible_watermark);
            parts.form_text("font_size", &body.font_size);
            parts.form_text("rotation", &body.rotation);
            parts.form_text("opacity", &body.opacity);
            parts.form_text("blind_watermark", &body.blind_watermark);
            parts.form_text("visible_type", &body.visible_type);
            parts.form_file("file", ::std::option::Option::Some(body.file));
            parts.form_file("image_mark", body.image_mark);
        }
        parts
    }
}

/// `CreateDocWatermarkByAddress`: `POST /v1/{project_id}/doc-address/watermark/embed`.
pub static CREATE_DOC_WATERMARK_BY_ADDRESS: OperationInfo = OperationInfo {
    name: "CreateDocWatermarkByAddress",
    method: "POST",
    path: "/v1/{project_id}/doc-address/watermark/embed",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateDocWatermarkByAddressRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateImageWatermark`: `POST /v1/{project_id}/image/watermark/embed`.
pub static CREATE_IMAGE_WATERMARK: OperationInfo = OperationInfo {
    name: "CreateImageWatermark",
    method: "POST",
    path: "/v1/{project_id}/image/watermark/embed",
    content_type: ::std::option::Option::Some("multipart/form-data"),
    params: &[],
    body: BodyKind::Multipart,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Stream,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateImageWatermarkRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        if let ::std::option::Option::Some(body) = self.body {
            parts.form_text("blind_watermark", &body.blind_watermark);
            parts.form_file("file", ::std::option::Option::Some(body.file));
            parts.form_file("image_watermark", body.image_watermark);
        }
        parts
    }
}

/// `CreateImageWatermarkByAddress`: `POST /v1/{project_id}/image-address/watermark/embed`.
pub static CREATE_IMAGE_WATERMARK_BY_ADDRESS: OperationInfo = OperationInfo {
    name: "CreateImageWatermarkByAddress",
    method: "POST",
    path: "/v1/{project_id}/image-address/watermark/embed",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateImageWatermarkByAddressRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateProductOrder`: `POST /v1/{project_id}/period/order`.
pub static CREATE_PRODUCT_ORDER: OperationInfo = OperationInfo {
    name: "CreateProductOrder",
    method: "POST",
    path: "/v1/{project_id}/period/order",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateProductOrderRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteBucket`: `DELETE /v1/{project_id}/sdg/asset/obs/bucket/{bucket_id}`.
pub static DELETE_BUCKET: OperationInfo = OperationInfo {
    name: "DeleteBucket",
    method: "DELETE",
    path: "/v1/{project_id}/sdg/asset/obs/bucket/{bucket_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "bucket_id",
        name: "bucket_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteBucketRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("bucket_id", &self.bucket_id);
        parts
    }
}

/// `DeleteRule`: `DELETE /v1/{project_id}/sdg/server/scan/rules/{rule_id}`.
pub static DELETE_RULE: OperationInfo = OperationInfo {
    name: "DeleteRule",
    method: "DELETE",
    path: "/v1/{project_id}/sdg/server/scan/rules/{rule_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "rule_id",
        name: "rule_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteRuleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("rule_id", &self.rule_id);
        parts
    }
}

/// `DeleteRuleGroup`: `DELETE /v1/{project_id}/sdg/server/scan/groups/{group_id}`.
pub static DELETE_RULE_GROUP: OperationInfo = OperationInfo {
    name: "DeleteRuleGroup",
    method: "DELETE",
    path: "/v1/{project_id}/sdg/server/scan/groups/{group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "group_id",
        name: "group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteRuleGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("group_id", &self.group_id);
        parts
    }
}

/// `DeleteScanJob`: `DELETE /v1/{project_id}/sdg/scan/job/{job_id}`.
pub static DELETE_SCAN_JOB: OperationInfo = OperationInfo {
    name: "DeleteScanJob",
    method: "DELETE",
    path: "/v1/{project_id}/sdg/scan/job/{job_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "job_id",
        name: "job_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteScanJobRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("job_id", &self.job_id);
        parts
    }
}

/// `ListBuckets`: `GET /v1/{project_id}/sdg/asset/obs/buckets`.
pub static LIST_BUCKETS: OperationInfo = OperationInfo {
    name: "ListBuckets",
    method: "GET",
    path: "/v1/{project_id}/sdg/asset/obs/buckets",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "added",
            name: "added",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListBucketsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("added", &self.added);
        parts.param("offset", &self.offset);
        parts.param("limit", &self.limit);
        parts
    }
}

/// `ListDbMaskTask`: `GET /v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/tasks`.
pub static LIST_DB_MASK_TASK: OperationInfo = OperationInfo {
    name: "ListDbMaskTask",
    method: "GET",
    path: "/v1/{project_id}/sdg/server/mask/dbs/templates/{template_id}/tasks",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "template_id",
            name: "template_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "workspace_id",
            name: "workspace_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListDbMaskTaskRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("template_id", &self.template_id);
        parts.param("workspace_id", &self.workspace_id);
        parts.param("offset", &self.offset);
        parts.param("limit", &self.limit);
        parts
    }
}

/// `ListRuleGroups`: `GET /v1/{project_id}/sdg/server/scan/groups`.
pub static LIST_RULE_GROUPS: OperationInfo = OperationInfo {
    name: "ListRuleGroups",
    method: "GET",
    path: "/v1/{project_id}/sdg/server/scan/groups",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListRuleGroupsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("offset", &self.offset);
        parts.param("limit", &self.limit);
        parts
    }
}

/// `ShowDatabaseWaterMark`: `POST /v1/{project_id}/sdg/database/watermark/extract`.
pub static SHOW_DATABASE_WATER_MARK: OperationInfo = OperationInfo {
    name: "ShowDatabaseWaterMark",
    method: "POST",
    path: "/v1/{project_id}/sdg/database/watermark/extract",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowDatabaseWaterMarkRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowDocWatermark`: `POST /v1/{project_id}/sdg/doc/watermark/extract`.
pub static SHOW_DOC_WATERMARK: OperationInfo = OperationInfo {
    name: "ShowDocWatermark",
    method: "POST",
    path: "/v1/{project_id}/sdg/doc/watermark/extract",
    content_type: ::std::option::Option::Some("multipart/form-data"),
    params: &[],
    body: BodyKind::Multipart,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowDocWatermarkRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        if let ::std::option::Option::Some(body) = self.body {
            parts.form_text("doc_type", &body.doc_type);
            parts.form_text("file_password", &body.file_password);
            parts.form_file("file", ::std::option::Option::Some(body.file));
        }
        parts
    }
}

/// `ShowDocWatermarkByAddress`: `POST /v1/{project_id}/doc-address/watermark/extract`.
pub static SHOW_DOC_WATERMARK_BY_ADDRESS: OperationInfo = OperationInfo {
    name: "ShowDocWatermarkByAddress",
    method: "POST",
    path: "/v1/{project_id}/doc-address/watermark/extract",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowDocWatermarkByAddressRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowImageWatermark`: `POST /v1/{project_id}/image/watermark/extract`.
pub static SHOW_IMAGE_WATERMARK: OperationInfo = OperationInfo {
    name: "ShowImageWatermark",
    method: "POST",
    path: "/v1/{project_id}/image/watermark/extract",
    content_type: ::std::option::Option::Some("multipart/form-data"),
    params: &[],
    body: BodyKind::Multipart,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowImageWatermarkRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        if let ::std::option::Option::Some(body) = self.body {
            parts.form_text("mark_len", &body.mark_len);
            parts.form_file("file", ::std::option::Option::Some(body.file));
        }
        parts
    }
}

/// `ShowImageWatermarkByAddress`: `POST /v1/{project_id}/image-address/watermark/extract`.
pub static SHOW_IMAGE_WATERMARK_BY_ADDRESS: OperationInfo = OperationInfo {
    name: "ShowImageWatermarkByAddress",
    method: "POST",
    path: "/v1/{project_id}/image-address/watermark/extract",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowImageWatermarkByAddressRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowImageWatermarkWithImage`: `POST /v1/{project_id}/image/watermark/extract-image`.
pub static SHOW_IMAGE_WATERMARK_WITH_IMAGE: OperationInfo = OperationInfo {
    name: "ShowImageWatermarkWithImage",
    method: "POST",
    path: "/v1/{project_id}/image/watermark/extract-image",
    content_type: ::std::option::Option::Some("multipart/form-data"),
    params: &[],
    body: BodyKind::Multipart,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Stream,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowImageWatermarkWithImageRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        if let ::std::option::Option::Some(body) = self.body {
            parts.form_file("file", ::std::option::Option::Some(body.file));
        }
        parts
    }
}

/// `ShowImageWatermarkWithImageByAddress`: `POST /v1/{project_id}/image-address/watermark/extract-image`.
pub static SHOW_IMAGE_WATERMARK_WITH_IMAGE_BY_ADDRESS: OperationInfo = OperationInfo {
    name: "ShowImageWatermarkWithImageByAddress",
    method: "POST",
    path: "/v1/{project_id}/image-address/watermark/extract-image",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowImageWatermarkWithImageByAddressRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowRules`: `GET /v1/{project_id}/sdg/server/scan/rules`.
pub static SHOW_RULES: OperationInfo = OperationInfo {
    name: "ShowRules",
    method: "GET",
    path: "/v1/{project_id}/sdg/server/scan/rules",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowRulesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("offset", &self.offset);
        parts.param("limit", &self.limit);
        parts
    }
}

/// `ShowScanJobResults`: `GET /v1/{project_id}/sdg/scan/job/{job_id}/results`.
pub static SHOW_SCAN_JOB_RESULTS: OperationInfo = OperationInfo {
    name: "ShowScanJobResults",
    method: "GET",
    path: "/v1/{project_id}/sdg/scan/job/{job_id}/results",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "job_id",
            name: "job_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "type",
            name: "type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "start_time",
            name: "start_time",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "end_time",
            name: "end_time",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowScanJobResultsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("job_id", &self.job_id);
        parts.param("offset", &self.offset);
        parts.param("limit", &self.limit);
        parts.param("type", &self.r#type);
        parts.param("start_time", &self.start_time);
        parts.param("end_time", &self.end_time);
        parts
    }
}

/// `ShowScanJobs`: `GET /v1/{project_id}/sdg/scan/jobs`.
pub static SHOW_SCAN_JOBS: OperationInfo = OperationInfo {
    name: "ShowScanJobs",
    method: "GET",
    path: "/v1/{project_id}/sdg/scan/jobs",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "content",
            name: "content",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "start_time",
            name: "start_time",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "end_time",
            name: "end_time",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowScanJobsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("offset", &self.offset);
        parts.param("limit", &self.limit);
        parts.param("content", &self.content);
        parts.param("start_time", &self.start_time);
        parts.param("end_time", &self.end_time);
        parts
    }
}

/// `ShowSpecification`: `GET /v1/{project_id}/period/product/specification`.
pub static SHOW_SPECIFICATION: OperationInfo = OperationInfo {
    name: "ShowSpecification",
    method: "GET",
    path: "/v1/{project_id}/period/product/specification",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSpecificationRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ShowTopics`: `GET /v1/{project_id}/sdg/smn/topics`.
pub static SHOW_TOPICS: OperationInfo = OperationInfo {
    name: "ShowTopics",
    method: "GET",
    path: "/v1/{project_id}/sdg/smn/topics",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowTopicsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("offset", &self.offset);
        parts.param("limit", &self.limit);
        parts
    }
}

/// `UpdateAssetName`: `PUT /v1/{project_id}/sdg/asset/{asset_id}/name`.
pub static UPDATE_ASSET_NAME: OperationInfo = OperationInfo {
    name: "UpdateAssetName",
    method: "PUT",
    path: "/v1/{project_id}/sdg/asset/{asset_id}/name",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "asset_id",
        name: "asset_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateAssetNameRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("asset_id", &self.asset_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateDefaultTopic`: `PUT /v1/{project_id}/sdg/smn/topic`.
pub static UPDATE_DEFAULT_TOPIC: OperationInfo = OperationInfo {
    name: "UpdateDefaultTopic",
    method: "PUT",
    path: "/v1/{project_id}/sdg/smn/topic",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateDefaultTopicRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowOpenApiCalledRecords`: `GET /v1/{project_id}/openapi/called-records`.
pub static SHOW_OPEN_API_CALLED_RECORDS: OperationInfo = OperationInfo {
    name: "ShowOpenApiCalledRecords",
    method: "GET",
    path: "/v1/{project_id}/openapi/called-records",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "limit",
            name: "limit",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "called_url",
            name: "called_url",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "start_time",
            name: "start_time",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "end_time",
            name: "end_time",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowOpenApiCalledRecordsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("called_url", &self.called_url);
        parts.param("start_time", &self.start_time);
        parts.param("end_time", &self.end_time);
        parts.param("marker", &self.marker);
        parts
    }
}
