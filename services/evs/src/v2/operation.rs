//! Operation descriptors of the EVS v2 API, and the conversion of each request
//! type into the parameter values and body that the core renders from them.

use super::model;
use huaweicloud_sdk_core::operation::{
    BodyKind, CollectionFormat, IntoRequestParts, OperationInfo, ParamInfo, ParamLocation,
    RequestParts, ResponseKind,
};

/// `AssociateAutoSnapshotPolicy`: `POST /v5/{project_id}/snapshot-policies/{snapshot_policy_id}/associate`.
pub static ASSOCIATE_AUTO_SNAPSHOT_POLICY: OperationInfo = OperationInfo {
    name: "AssociateAutoSnapshotPolicy",
    method: "POST",
    path: "/v5/{project_id}/snapshot-policies/{snapshot_policy_id}/associate",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_policy_id",
        name: "snapshot_policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::AssociateAutoSnapshotPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_policy_id", &self.snapshot_policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateSnapshotGroupTag`: `POST /v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/create`.
pub static BATCH_CREATE_SNAPSHOT_GROUP_TAG: OperationInfo = OperationInfo {
    name: "BatchCreateSnapshotGroupTag",
    method: "POST",
    path: "/v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/create",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_group_id",
        name: "snapshot_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreateSnapshotGroupTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_group_id", &self.snapshot_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateSnapshotTags`: `POST /v5/{project_id}/snapshots/{snapshot_id}/tags/create`.
pub static BATCH_CREATE_SNAPSHOT_TAGS: OperationInfo = OperationInfo {
    name: "BatchCreateSnapshotTags",
    method: "POST",
    path: "/v5/{project_id}/snapshots/{snapshot_id}/tags/create",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_id",
        name: "snapshot_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreateSnapshotTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_id", &self.snapshot_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchCreateVolumeTags`: `POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action`.
pub static BATCH_CREATE_VOLUME_TAGS: OperationInfo = OperationInfo {
    name: "BatchCreateVolumeTags",
    method: "POST",
    path: "/v2/{project_id}/cloudvolumes/{volume_id}/tags/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchCreateVolumeTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteSnapshotGroupTag`: `POST /v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/delete`.
pub static BATCH_DELETE_SNAPSHOT_GROUP_TAG: OperationInfo = OperationInfo {
    name: "BatchDeleteSnapshotGroupTag",
    method: "POST",
    path: "/v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/delete",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_group_id",
        name: "snapshot_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeleteSnapshotGroupTagRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_group_id", &self.snapshot_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteSnapshotTags`: `POST /v5/{project_id}/snapshots/{snapshot_id}/tags/delete`.
pub static BATCH_DELETE_SNAPSHOT_TAGS: OperationInfo = OperationInfo {
    name: "BatchDeleteSnapshotTags",
    method: "POST",
    path: "/v5/{project_id}/snapshots/{snapshot_id}/tags/delete",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_id",
        name: "snapshot_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeleteSnapshotTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_id", &self.snapshot_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchDeleteVolumeTags`: `POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action`.
pub static BATCH_DELETE_VOLUME_TAGS: OperationInfo = OperationInfo {
    name: "BatchDeleteVolumeTags",
    method: "POST",
    path: "/v2/{project_id}/cloudvolumes/{volume_id}/tags/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchDeleteVolumeTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `BatchResizeVolumes`: `POST /v5/{project_id}/volumes/batch-extend`.
pub static BATCH_RESIZE_VOLUMES: OperationInfo = OperationInfo {
    name: "BatchResizeVolumes",
    method: "POST",
    path: "/v5/{project_id}/volumes/batch-extend",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::BatchResizeVolumesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ChangeVolumeChargeMode`: `POST /v2/{project_id}/cloudvolumes/change-charge-mode`.
pub static CHANGE_VOLUME_CHARGE_MODE: OperationInfo = OperationInfo {
    name: "ChangeVolumeChargeMode",
    method: "POST",
    path: "/v2/{project_id}/cloudvolumes/change-charge-mode",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Wrapped("body"),
    response_headers: &[],
};

impl IntoRequestParts for model::ChangeVolumeChargeModeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CinderAcceptVolumeTransfer`: `POST /v2/{project_id}/os-volume-transfer/{transfer_id}/accept`.
pub static CINDER_ACCEPT_VOLUME_TRANSFER: OperationInfo = OperationInfo {
    name: "CinderAcceptVolumeTransfer",
    method: "POST",
    path: "/v2/{project_id}/os-volume-transfer/{transfer_id}/accept",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "transfer_id",
        name: "transfer_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CinderAcceptVolumeTransferRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("transfer_id", &self.transfer_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `CinderCreateVolumeTransfer`: `POST /v2/{project_id}/os-volume-transfer`.
pub static CINDER_CREATE_VOLUME_TRANSFER: OperationInfo = OperationInfo {
    name: "CinderCreateVolumeTransfer",
    method: "POST",
    path: "/v2/{project_id}/os-volume-transfer",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CinderCreateVolumeTransferRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CinderDeleteVolumeTransfer`: `DELETE /v2/{project_id}/os-volume-transfer/{transfer_id}`.
pub static CINDER_DELETE_VOLUME_TRANSFER: OperationInfo = OperationInfo {
    name: "CinderDeleteVolumeTransfer",
    method: "DELETE",
    path: "/v2/{project_id}/os-volume-transfer/{transfer_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "transfer_id",
        name: "transfer_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CinderDeleteVolumeTransferRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("transfer_id", &self.transfer_id);
        parts
    }
}

/// `CinderListAvailabilityZones`: `GET /v2/{project_id}/os-availability-zone`.
pub static CINDER_LIST_AVAILABILITY_ZONES: OperationInfo = OperationInfo {
    name: "CinderListAvailabilityZones",
    method: "GET",
    path: "/v2/{project_id}/os-availability-zone",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CinderListAvailabilityZonesRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `CinderListQuotas`: `GET /v2/{project_id}/os-quota-sets/{target_project_id}`.
pub static CINDER_LIST_QUOTAS: OperationInfo = OperationInfo {
    name: "CinderListQuotas",
    method: "GET",
    path: "/v2/{project_id}/os-quota-sets/{target_project_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "target_project_id",
            name: "target_project_id",
            location: ParamLocation::Path,
            required: true,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "usage",
            name: "usage",
            location: ParamLocation::Query,
            required: true,
            collection: CollectionFormat::Multi,
        },
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CinderListQuotasRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("target_project_id", &self.target_project_id);
        parts.param("usage", &self.usage);
        parts
    }
}

/// `CinderListVolumeTransfers`: `GET /v2/{project_id}/os-volume-transfer`.
pub static CINDER_LIST_VOLUME_TRANSFERS: OperationInfo = OperationInfo {
    name: "CinderListVolumeTransfers",
    method: "GET",
    path: "/v2/{project_id}/os-volume-transfer",
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
            field: "offset",
            name: "offset",
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

impl IntoRequestParts for model::CinderListVolumeTransfersRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("limit", &self.limit);
        parts.param("offset", &self.offset);
        parts
    }
}

/// `CinderListVolumeTypes`: `GET /v2/{project_id}/types`.
pub static CINDER_LIST_VOLUME_TYPES: OperationInfo = OperationInfo {
    name: "CinderListVolumeTypes",
    method: "GET",
    path: "/v2/{project_id}/types",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CinderListVolumeTypesRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `CinderShowVolumeTransfer`: `GET /v2/{project_id}/os-volume-transfer/{transfer_id}`.
pub static CINDER_SHOW_VOLUME_TRANSFER: OperationInfo = OperationInfo {
    name: "CinderShowVolumeTransfer",
    method: "GET",
    path: "/v2/{project_id}/os-volume-transfer/{transfer_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "transfer_id",
        name: "transfer_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CinderShowVolumeTransferRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("transfer_id", &self.transfer_id);
        parts
    }
}

/// `CountAutoSnapshotPolicies`: `GET /v5/{project_id}/snapshot-policies/count`.
pub static COUNT_AUTO_SNAPSHOT_POLICIES: OperationInfo = OperationInfo {
    name: "CountAutoSnapshotPolicies",
    method: "GET",
    path: "/v5/{project_id}/snapshot-policies/count",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tag_key",
            name: "tag_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
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

impl IntoRequestParts for model::CountAutoSnapshotPoliciesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("tag_key", &self.tag_key);
        parts.param("tags", &self.tags);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts
    }
}

/// `CountSnapshotChains`: `GET /v5/{project_id}/snapshot-chains/count`.
pub static COUNT_SNAPSHOT_CHAINS: OperationInfo = OperationInfo {
    name: "CountSnapshotChains",
    method: "GET",
    path: "/v5/{project_id}/snapshot-chains/count",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "volume_id",
            name: "volume_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "availability_zone",
            name: "availability_zone",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "category",
            name: "category",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "id",
            name: "id",
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

impl IntoRequestParts for model::CountSnapshotChainsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts.param("availability_zone", &self.availability_zone);
        parts.param("category", &self.category);
        parts.param("id", &self.id);
        parts
    }
}

/// `CountSnapshots`: `GET /v5/{project_id}/snapshots/count`.
pub static COUNT_SNAPSHOTS: OperationInfo = OperationInfo {
    name: "CountSnapshots",
    method: "GET",
    path: "/v5/{project_id}/snapshots/count",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "volume_id",
            name: "volume_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "availability_zone",
            name: "availability_zone",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "snapshot_type",
            name: "snapshot_type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tag_key",
            name: "tag_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "snapshot_chain_id",
            name: "snapshot_chain_id",
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

impl IntoRequestParts for model::CountSnapshotsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts.param("availability_zone", &self.availability_zone);
        parts.param("name", &self.name);
        parts.param("status", &self.status);
        parts.param("id", &self.id);
        parts.param("snapshot_type", &self.snapshot_type);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("tag_key", &self.tag_key);
        parts.param("tags", &self.tags);
        parts.param("snapshot_chain_id", &self.snapshot_chain_id);
        parts
    }
}

/// `CountSnapshotsGroup`: `GET /v5/{project_id}/snapshot-groups/count`.
pub static COUNT_SNAPSHOTS_GROUP: OperationInfo = OperationInfo {
    name: "CountSnapshotsGroup",
    method: "GET",
    path: "/v5/{project_id}/snapshot-groups/count",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tag_key",
            name: "tag_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
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

impl IntoRequestParts for model::CountSnapshotsGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("name", &self.name);
        parts.param("status", &self.status);
        parts.param("id", &self.id);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("tag_key", &self.tag_key);
        parts.param("tags", &self.tags);
        parts
    }
}

/// `CreateAutoSnapshotPolicy`: `POST /v5/{project_id}/snapshot-policies`.
pub static CREATE_AUTO_SNAPSHOT_POLICY: OperationInfo = OperationInfo {
    name: "CreateAutoSnapshotPolicy",
    method: "POST",
    path: "/v5/{project_id}/snapshot-policies",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateAutoSnapshotPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateSnapshot`: `POST /v2/{project_id}/cloudsnapshots`.
pub static CREATE_SNAPSHOT: OperationInfo = OperationInfo {
    name: "CreateSnapshot",
    method: "POST",
    path: "/v2/{project_id}/cloudsnapshots",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateSnapshotRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateSnapshotGroup`: `POST /v5/{project_id}/snapshot-groups`.
pub static CREATE_SNAPSHOT_GROUP: OperationInfo = OperationInfo {
    name: "CreateSnapshotGroup",
    method: "POST",
    path: "/v5/{project_id}/snapshot-groups",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateSnapshotGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateStandardSnapshot`: `POST /v5/{project_id}/snapshots`.
pub static CREATE_STANDARD_SNAPSHOT: OperationInfo = OperationInfo {
    name: "CreateStandardSnapshot",
    method: "POST",
    path: "/v5/{project_id}/snapshots",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateStandardSnapshotRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `CreateVolume`: `POST /v2.1/{project_id}/cloudvolumes`.
pub static CREATE_VOLUME: OperationInfo = OperationInfo {
    name: "CreateVolume",
    method: "POST",
    path: "/v2.1/{project_id}/cloudvolumes",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "x_client_token",
        name: "X-Client-Token",
        location: ParamLocation::Header,
        required: false,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::CreateVolumeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("x_client_token", &self.x_client_token);
        parts.json_body(&self.body);
        parts
    }
}

/// `DeleteAutoSnapshotPolicy`: `DELETE /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
pub static DELETE_AUTO_SNAPSHOT_POLICY: OperationInfo = OperationInfo {
    name: "DeleteAutoSnapshotPolicy",
    method: "DELETE",
    path: "/v5/{project_id}/snapshot-policies/{snapshot_policy_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "snapshot_policy_id",
        name: "snapshot_policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Wrapped("body"),
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteAutoSnapshotPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_policy_id", &self.snapshot_policy_id);
        parts
    }
}

/// `DeleteSnapshot`: `DELETE /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
pub static DELETE_SNAPSHOT: OperationInfo = OperationInfo {
    name: "DeleteSnapshot",
    method: "DELETE",
    path: "/v2/{project_id}/cloudsnapshots/{snapshot_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "snapshot_id",
        name: "snapshot_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteSnapshotRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_id", &self.snapshot_id);
        parts
    }
}

/// `DeleteSnapshotGroup`: `DELETE /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
pub static DELETE_SNAPSHOT_GROUP: OperationInfo = OperationInfo {
    name: "DeleteSnapshotGroup",
    method: "DELETE",
    path: "/v5/{project_id}/snapshot-groups/{snapshot_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "snapshot_group_id",
        name: "snapshot_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteSnapshotGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_group_id", &self.snapshot_group_id);
        parts
    }
}

/// `DeleteStandardSnapshot`: `DELETE /v5/{project_id}/snapshots/{snapshot_id}`.
pub static DELETE_STANDARD_SNAPSHOT: OperationInfo = OperationInfo {
    name: "DeleteStandardSnapshot",
    method: "DELETE",
    path: "/v5/{project_id}/snapshots/{snapshot_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "snapshot_id",
        name: "snapshot_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteStandardSnapshotRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_id", &self.snapshot_id);
        parts
    }
}

/// `DeleteVolume`: `DELETE /v2/{project_id}/cloudvolumes/{volume_id}`.
pub static DELETE_VOLUME: OperationInfo = OperationInfo {
    name: "DeleteVolume",
    method: "DELETE",
    path: "/v2/{project_id}/cloudvolumes/{volume_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteVolumeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts
    }
}

/// `DeleteVolumeInRecycle`: `DELETE /v3/{project_id}/recycle-bin-volumes/{volume_id}`.
pub static DELETE_VOLUME_IN_RECYCLE: OperationInfo = OperationInfo {
    name: "DeleteVolumeInRecycle",
    method: "DELETE",
    path: "/v3/{project_id}/recycle-bin-volumes/{volume_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DeleteVolumeInRecycleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts
    }
}

/// `DisassociateAutoSnapshotPolicy`: `POST /v5/{project_id}/snapshot-policies/{snapshot_policy_id}/disassociate`.
pub static DISASSOCIATE_AUTO_SNAPSHOT_POLICY: OperationInfo = OperationInfo {
    name: "DisassociateAutoSnapshotPolicy",
    method: "POST",
    path: "/v5/{project_id}/snapshot-policies/{snapshot_policy_id}/disassociate",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_policy_id",
        name: "snapshot_policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::DisassociateAutoSnapshotPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_policy_id", &self.snapshot_policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListAutoSnapshotPolicy`: `GET /v5/{project_id}/snapshot-policies`.
pub static LIST_AUTO_SNAPSHOT_POLICY: OperationInfo = OperationInfo {
    name: "ListAutoSnapshotPolicy",
    method: "GET",
    path: "/v5/{project_id}/snapshot-policies",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tag_key",
            name: "tag_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
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
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sort_key",
            name: "sort_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sort_dir",
            name: "sort_dir",
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

impl IntoRequestParts for model::ListAutoSnapshotPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("tags", &self.tags);
        parts.param("tag_key", &self.tag_key);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("limit", &self.limit);
        parts.param("offset", &self.offset);
        parts.param("sort_key", &self.sort_key);
        parts.param("sort_dir", &self.sort_dir);
        parts
    }
}

/// `ListSnapshotChains`: `GET /v5/{project_id}/snapshot-chains`.
pub static LIST_SNAPSHOT_CHAINS: OperationInfo = OperationInfo {
    name: "ListSnapshotChains",
    method: "GET",
    path: "/v5/{project_id}/snapshot-chains",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "marker",
            name: "marker",
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
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "volume_id",
            name: "volume_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "category",
            name: "category",
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

impl IntoRequestParts for model::ListSnapshotChainsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("marker", &self.marker);
        parts.param("limit", &self.limit);
        parts.param("id", &self.id);
        parts.param("volume_id", &self.volume_id);
        parts.param("category", &self.category);
        parts
    }
}

/// `ListSnapshotGroup`: `GET /v5/{project_id}/snapshot-groups/detail`.
pub static LIST_SNAPSHOT_GROUP: OperationInfo = OperationInfo {
    name: "ListSnapshotGroup",
    method: "GET",
    path: "/v5/{project_id}/snapshot-groups/detail",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tag_key",
            name: "tag_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
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
            field: "offset",
            name: "offset",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sort_key",
            name: "sort_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sort_dir",
            name: "sort_dir",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "server_id",
            name: "server_id",
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

impl IntoRequestParts for model::ListSnapshotGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("id", &self.id);
        parts.param("name", &self.name);
        parts.param("status", &self.status);
        parts.param("tag_key", &self.tag_key);
        parts.param("tags", &self.tags);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("limit", &self.limit);
        parts.param("offset", &self.offset);
        parts.param("sort_key", &self.sort_key);
        parts.param("sort_dir", &self.sort_dir);
        parts.param("server_id", &self.server_id);
        parts
    }
}

/// `ListSnapshotGroupTags`: `GET /v5/{project_id}/snapshot-groups/tags`.
pub static LIST_SNAPSHOT_GROUP_TAGS: OperationInfo = OperationInfo {
    name: "ListSnapshotGroupTags",
    method: "GET",
    path: "/v5/{project_id}/snapshot-groups/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListSnapshotGroupTagsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ListSnapshotTags`: `GET /v5/{project_id}/snapshots/tags`.
pub static LIST_SNAPSHOT_TAGS: OperationInfo = OperationInfo {
    name: "ListSnapshotTags",
    method: "GET",
    path: "/v5/{project_id}/snapshots/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListSnapshotTagsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ListSnapshots`: `GET /v2/{project_id}/cloudsnapshots/detail`.
pub static LIST_SNAPSHOTS: OperationInfo = OperationInfo {
    name: "ListSnapshots",
    method: "GET",
    path: "/v2/{project_id}/cloudsnapshots/detail",
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
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "volume_id",
            name: "volume_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "availability_zone",
            name: "availability_zone",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "dedicated_storage_name",
            name: "dedicated_storage_name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "dedicated_storage_id",
            name: "dedicated_storage_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "service_type",
            name: "service_type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
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

impl IntoRequestParts for model::ListSnapshotsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("offset", &self.offset);
        parts.param("limit", &self.limit);
        parts.param("name", &self.name);
        parts.param("status", &self.status);
        parts.param("volume_id", &self.volume_id);
        parts.param("availability_zone", &self.availability_zone);
        parts.param("id", &self.id);
        parts.param("dedicated_storage_name", &self.dedicated_storage_name);
        parts.param("dedicated_storage_id", &self.dedicated_storage_id);
        parts.param("service_type", &self.service_type);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts
    }
}

/// `ListSnapshotsDetails`: `GET /v5/{project_id}/snapshots/detail`.
pub static LIST_SNAPSHOTS_DETAILS: OperationInfo = OperationInfo {
    name: "ListSnapshotsDetails",
    method: "GET",
    path: "/v5/{project_id}/snapshots/detail",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "volume_id",
            name: "volume_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "availability_zone",
            name: "availability_zone",
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
            field: "name",
            name: "name",
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
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sort_key",
            name: "sort_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "sort_dir",
            name: "sort_dir",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "ids",
            name: "ids",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "snapshot_type",
            name: "snapshot_type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tag_key",
            name: "tag_key",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "tags",
            name: "tags",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "snapshot_chain_id",
            name: "snapshot_chain_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "snapshot_group_id",
            name: "snapshot_group_id",
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

impl IntoRequestParts for model::ListSnapshotsDetailsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("marker", &self.marker);
        parts.param("volume_id", &self.volume_id);
        parts.param("availability_zone", &self.availability_zone);
        parts.param("limit", &self.limit);
        parts.param("name", &self.name);
        parts.param("offset", &self.offset);
        parts.param("status", &self.status);
        parts.param("sort_key", &self.sort_key);
        parts.param("sort_dir", &self.sort_dir);
        parts.param("id", &self.id);
        parts.param("ids", &self.ids);
        parts.param("snapshot_type", &self.snapshot_type);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("tag_key", &self.tag_key);
        parts.param("tags", &self.tags);
        parts.param("snapshot_chain_id", &self.snapshot_chain_id);
        parts.param("snapshot_group_id", &self.snapshot_group_id);
        parts
    }
}

/// `ListVolumeTags`: `GET /v2/{project_id}/cloudvolumes/tags`.
pub static LIST_VOLUME_TAGS: OperationInfo = OperationInfo {
    name: "ListVolumeTags",
    method: "GET",
    path: "/v2/{project_id}/cloudvolumes/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListVolumeTagsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ListVolumes`: `GET /v2/{project_id}/cloudvolumes/detail`.
pub static LIST_VOLUMES: OperationInfo = OperationInfo {
    name: "ListVolumes",
    method: "GET",
    path: "/v2/{project_id}/cloudvolumes/detail",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "marker",
            name: "marker",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "name",
            name: "name",
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
            field: "sort_key",
            name: "sort_key",
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
            field: "sort_dir",
            name: "sort_dir",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "status",
            name: "status",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "metadata",
            name: "metadata",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "availability_zone",
            name: "availability_zone",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "multiattach",
            name: "multiattach",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "service_type",
            name: "service_type",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "dedicated_storage_id",
            name: "dedicated_storage_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "dedicated_storage_name",
            name: "dedicated_storage_name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "volume_type_id",
            name: "volume_type_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "id",
            name: "id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "ids",
            name: "ids",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "enterprise_project_id",
            name: "enterprise_project_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "server_id",
            name: "server_id",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "not_metadata",
            name: "not_metadata",
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

impl IntoRequestParts for model::ListVolumesRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("marker", &self.marker);
        parts.param("name", &self.name);
        parts.param("limit", &self.limit);
        parts.param("sort_key", &self.sort_key);
        parts.param("offset", &self.offset);
        parts.param("sort_dir", &self.sort_dir);
        parts.param("status", &self.status);
        parts.param("metadata", &self.metadata);
        parts.param("availability_zone", &self.availability_zone);
        parts.param("multiattach", &self.multiattach);
        parts.param("service_type", &self.service_type);
        parts.param("dedicated_storage_id", &self.dedicated_storage_id);
        parts.param("dedicated_storage_name", &self.dedicated_storage_name);
        parts.param("volume_type_id", &self.volume_type_id);
        parts.param("id", &self.id);
        parts.param("ids", &self.ids);
        parts.param("enterprise_project_id", &self.enterprise_project_id);
        parts.param("server_id", &self.server_id);
        parts.param("not_metadata", &self.not_metadata);
        parts
    }
}

/// `ListVolumesByTags`: `POST /v2/{project_id}/cloudvolumes/resource_instances/action`.
pub static LIST_VOLUMES_BY_TAGS: OperationInfo = OperationInfo {
    name: "ListVolumesByTags",
    method: "POST",
    path: "/v2/{project_id}/cloudvolumes/resource_instances/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListVolumesByTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `ListVolumesInRecycle`: `GET /v3/{project_id}/recycle-bin-volumes/detail`.
pub static LIST_VOLUMES_IN_RECYCLE: OperationInfo = OperationInfo {
    name: "ListVolumesInRecycle",
    method: "GET",
    path: "/v3/{project_id}/recycle-bin-volumes/detail",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[
        ParamInfo {
            field: "name",
            name: "name",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "status",
            name: "status",
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
            field: "availability_zone",
            name: "availability_zone",
            location: ParamLocation::Query,
            required: false,
            collection: CollectionFormat::Multi,
        },
        ParamInfo {
            field: "service_type",
            name: "service_type",
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
    ],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListVolumesInRecycleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("name", &self.name);
        parts.param("status", &self.status);
        parts.param("limit", &self.limit);
        parts.param("availability_zone", &self.availability_zone);
        parts.param("service_type", &self.service_type);
        parts.param("offset", &self.offset);
        parts
    }
}

/// `ModifyVolumeQoS`: `PUT /v5/{project_id}/cloudvolumes/{volume_id}/qos`.
pub static MODIFY_VOLUME_QO_S: OperationInfo = OperationInfo {
    name: "ModifyVolumeQoS",
    method: "PUT",
    path: "/v5/{project_id}/cloudvolumes/{volume_id}/qos",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ModifyVolumeQoSRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ResizeVolume`: `POST /v2.1/{project_id}/cloudvolumes/{volume_id}/action`.
pub static RESIZE_VOLUME: OperationInfo = OperationInfo {
    name: "ResizeVolume",
    method: "POST",
    path: "/v2.1/{project_id}/cloudvolumes/{volume_id}/action",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ResizeVolumeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `RetypeVolume`: `POST /v2/{project_id}/volumes/{volume_id}/retype`.
pub static RETYPE_VOLUME: OperationInfo = OperationInfo {
    name: "RetypeVolume",
    method: "POST",
    path: "/v2/{project_id}/volumes/{volume_id}/retype",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RetypeVolumeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `RevertVolumeInRecycle`: `POST /v3/{project_id}/recycle-bin-volumes/{volume_id}/revert`.
pub static REVERT_VOLUME_IN_RECYCLE: OperationInfo = OperationInfo {
    name: "RevertVolumeInRecycle",
    method: "POST",
    path: "/v3/{project_id}/recycle-bin-volumes/{volume_id}/revert",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RevertVolumeInRecycleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts
    }
}

/// `RollbackSnapshot`: `POST /v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback`.
pub static ROLLBACK_SNAPSHOT: OperationInfo = OperationInfo {
    name: "RollbackSnapshot",
    method: "POST",
    path: "/v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_id",
        name: "snapshot_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RollbackSnapshotRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_id", &self.snapshot_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `RollbackStandardSnapshot`: `POST /v5/{project_id}/snapshots/{snapshot_id}/rollback`.
pub static ROLLBACK_STANDARD_SNAPSHOT: OperationInfo = OperationInfo {
    name: "RollbackStandardSnapshot",
    method: "POST",
    path: "/v5/{project_id}/snapshots/{snapshot_id}/rollback",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_id",
        name: "snapshot_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::RollbackStandardSnapshotRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_id", &self.snapshot_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ShowAutoSnapshotPolicy`: `GET /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
pub static SHOW_AUTO_SNAPSHOT_POLICY: OperationInfo = OperationInfo {
    name: "ShowAutoSnapshotPolicy",
    method: "GET",
    path: "/v5/{project_id}/snapshot-policies/{snapshot_policy_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "snapshot_policy_id",
        name: "snapshot_policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowAutoSnapshotPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_policy_id", &self.snapshot_policy_id);
        parts
    }
}

/// `ShowJob`: `GET /v1/{project_id}/jobs/{job_id}`.
pub static SHOW_JOB: OperationInfo = OperationInfo {
    name: "ShowJob",
    method: "GET",
    path: "/v1/{project_id}/jobs/{job_id}",
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

impl IntoRequestParts for model::ShowJobRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("job_id", &self.job_id);
        parts
    }
}

/// `ShowRecyclePolicy`: `GET /v3/{project_id}/recycle-bin-volumes/policy`.
pub static SHOW_RECYCLE_POLICY: OperationInfo = OperationInfo {
    name: "ShowRecyclePolicy",
    method: "GET",
    path: "/v3/{project_id}/recycle-bin-volumes/policy",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowRecyclePolicyRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ShowSnapshot`: `GET /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
pub static SHOW_SNAPSHOT: OperationInfo = OperationInfo {
    name: "ShowSnapshot",
    method: "GET",
    path: "/v2/{project_id}/cloudsnapshots/{snapshot_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "snapshot_id",
        name: "snapshot_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSnapshotRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_id", &self.snapshot_id);
        parts
    }
}

/// `ShowSnapshotGroup`: `GET /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
pub static SHOW_SNAPSHOT_GROUP: OperationInfo = OperationInfo {
    name: "ShowSnapshotGroup",
    method: "GET",
    path: "/v5/{project_id}/snapshot-groups/{snapshot_group_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "snapshot_group_id",
        name: "snapshot_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowSnapshotGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_group_id", &self.snapshot_group_id);
        parts
    }
}

/// `ShowStandardSnapshot`: `GET /v5/{project_id}/snapshots/{snapshot_id}`.
pub static SHOW_STANDARD_SNAPSHOT: OperationInfo = OperationInfo {
    name: "ShowStandardSnapshot",
    method: "GET",
    path: "/v5/{project_id}/snapshots/{snapshot_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "snapshot_id",
        name: "snapshot_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowStandardSnapshotRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_id", &self.snapshot_id);
        parts
    }
}

/// `ShowVolume`: `GET /v2/{project_id}/cloudvolumes/{volume_id}`.
pub static SHOW_VOLUME: OperationInfo = OperationInfo {
    name: "ShowVolume",
    method: "GET",
    path: "/v2/{project_id}/cloudvolumes/{volume_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowVolumeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts
    }
}

/// `ShowVolumeInRecycle`: `GET /v3/{project_id}/recycle-bin-volumes/{volume_id}`.
pub static SHOW_VOLUME_IN_RECYCLE: OperationInfo = OperationInfo {
    name: "ShowVolumeInRecycle",
    method: "GET",
    path: "/v3/{project_id}/recycle-bin-volumes/{volume_id}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowVolumeInRecycleRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts
    }
}

/// `ShowVolumeTags`: `GET /v2/{project_id}/cloudvolumes/{volume_id}/tags`.
pub static SHOW_VOLUME_TAGS: OperationInfo = OperationInfo {
    name: "ShowVolumeTags",
    method: "GET",
    path: "/v2/{project_id}/cloudvolumes/{volume_id}/tags",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowVolumeTagsRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts
    }
}

/// `UnsubscribePostpaidVolume`: `POST /v2/{project_id}/cloudvolumes/unsubscribe`.
pub static UNSUBSCRIBE_POSTPAID_VOLUME: OperationInfo = OperationInfo {
    name: "UnsubscribePostpaidVolume",
    method: "POST",
    path: "/v2/{project_id}/cloudvolumes/unsubscribe",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Wrapped("body"),
    response_headers: &[],
};

impl IntoRequestParts for model::UnsubscribePostpaidVolumeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateAutoSnapshotPolicy`: `PUT /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
pub static UPDATE_AUTO_SNAPSHOT_POLICY: OperationInfo = OperationInfo {
    name: "UpdateAutoSnapshotPolicy",
    method: "PUT",
    path: "/v5/{project_id}/snapshot-policies/{snapshot_policy_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_policy_id",
        name: "snapshot_policy_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateAutoSnapshotPolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_policy_id", &self.snapshot_policy_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateRecyclePolicy`: `PUT /v3/{project_id}/recycle-bin-volumes/policy`.
pub static UPDATE_RECYCLE_POLICY: OperationInfo = OperationInfo {
    name: "UpdateRecyclePolicy",
    method: "PUT",
    path: "/v3/{project_id}/recycle-bin-volumes/policy",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateRecyclePolicyRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateSnapshot`: `PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
pub static UPDATE_SNAPSHOT: OperationInfo = OperationInfo {
    name: "UpdateSnapshot",
    method: "PUT",
    path: "/v2/{project_id}/cloudsnapshots/{snapshot_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_id",
        name: "snapshot_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateSnapshotRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_id", &self.snapshot_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateSnapshotGroup`: `PUT /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
pub static UPDATE_SNAPSHOT_GROUP: OperationInfo = OperationInfo {
    name: "UpdateSnapshotGroup",
    method: "PUT",
    path: "/v5/{project_id}/snapshot-groups/{snapshot_group_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_group_id",
        name: "snapshot_group_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateSnapshotGroupRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_group_id", &self.snapshot_group_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateStandardSnapshot`: `PUT /v5/{project_id}/snapshots/{snapshot_id}`.
pub static UPDATE_STANDARD_SNAPSHOT: OperationInfo = OperationInfo {
    name: "UpdateStandardSnapshot",
    method: "PUT",
    path: "/v5/{project_id}/snapshots/{snapshot_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "snapshot_id",
        name: "snapshot_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateStandardSnapshotRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("snapshot_id", &self.snapshot_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `UpdateVolume`: `PUT /v2/{project_id}/cloudvolumes/{volume_id}`.
pub static UPDATE_VOLUME: OperationInfo = OperationInfo {
    name: "UpdateVolume",
    method: "PUT",
    path: "/v2/{project_id}/cloudvolumes/{volume_id}",
    content_type: ::std::option::Option::Some("application/json;charset=utf-8"),
    params: &[ParamInfo {
        field: "volume_id",
        name: "volume_id",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::Json,
    body_field: ::std::option::Option::Some("body"),
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::UpdateVolumeRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("volume_id", &self.volume_id);
        parts.json_body(&self.body);
        parts
    }
}

/// `ListVersions`: `GET /`.
pub static LIST_VERSIONS: OperationInfo = OperationInfo {
    name: "ListVersions",
    method: "GET",
    path: "/",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ListVersionsRequest {
    fn into_parts(self) -> RequestParts {
        RequestParts::new()
    }
}

/// `ShowVersion`: `GET /{version}`.
pub static SHOW_VERSION: OperationInfo = OperationInfo {
    name: "ShowVersion",
    method: "GET",
    path: "/{version}",
    content_type: ::std::option::Option::Some("application/json"),
    params: &[ParamInfo {
        field: "version",
        name: "version",
        location: ParamLocation::Path,
        required: true,
        collection: CollectionFormat::Multi,
    }],
    body: BodyKind::None,
    body_field: ::std::option::Option::None,
    response: ResponseKind::Fields,
    response_headers: &[],
};

impl IntoRequestParts for model::ShowVersionRequest {
    fn into_parts(self) -> RequestParts {
        let mut parts = RequestParts::new();
        parts.param("version", &self.version);
        parts
    }
}
