//! The EVS v2 API: async client, operation descriptors, models and regions.
//!
//! - [`EvsClient`]: the async client, one method per operation.
//! - [`blocking::EvsClient`]: the same methods, blocking the calling thread.
//! - [`model`]: request, response and data types.
//! - [`operation`]: a static descriptor per operation (method, path, parameters).
//! - [`region`]: region ids of the built-in endpoint table and [`region::value_of`].
//!
//! ```ignore
//! use huaweicloud_sdk_evs::v2::{model, region, EvsClient};
//!
//! let client = EvsClient::builder()
//!     .region(region::value_of(region::CN_NORTH_4)?)
//!     .build()?;
//! let response = client.list_volumes(model::ListVolumesRequest::default()).await?;
//! ```

pub mod blocking;
pub mod model;
pub mod operation;
pub mod region;

use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::operation::{CredentialKind, ServiceInfo};
use huaweicloud_sdk_core::{Error, Response};

/// Description of the EVS v2 API: name, credentials and built-in regions.
pub static SERVICE: ServiceInfo = ServiceInfo {
    name: "evs",
    version: "v2",
    region_env: "EVS",
    credential_kind: CredentialKind::Regional,
    derived_auth_service: ::std::option::Option::None,
    regions: &[
        ("ae-ad-1", &["https://evs.ae-ad-1.myhuaweicloud.com"]),
        ("af-north-1", &["https://evs.af-north-1.myhuaweicloud.com"]),
        ("af-south-1", &["https://evs.af-south-1.myhuaweicloud.com"]),
        (
            "ap-southeast-1",
            &["https://evs.ap-southeast-1.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-2",
            &["https://evs.ap-southeast-2.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-3",
            &["https://evs.ap-southeast-3.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-4",
            &["https://evs.ap-southeast-4.myhuaweicloud.com"],
        ),
        (
            "ap-southeast-5",
            &["https://evs.ap-southeast-5.myhuaweicloud.com"],
        ),
        ("cn-east-2", &["https://evs.cn-east-2.myhuaweicloud.com"]),
        ("cn-east-3", &["https://evs.cn-east-3.myhuaweicloud.com"]),
        ("cn-east-4", &["https://evs.cn-east-4.myhuaweicloud.com"]),
        ("cn-east-5", &["https://evs.cn-east-5.myhuaweicloud.com"]),
        ("cn-north-1", &["https://evs.cn-north-1.myhuaweicloud.com"]),
        (
            "cn-north-11",
            &["https://evs.cn-north-11.myhuaweicloud.com"],
        ),
        (
            "cn-north-12",
            &["https://evs.cn-north-12.myhuaweicloud.com"],
        ),
        ("cn-north-2", &["https://evs.cn-north-2.myhuaweicloud.com"]),
        ("cn-north-4", &["https://evs.cn-north-4.myhuaweicloud.com"]),
        ("cn-north-9", &["https://evs.cn-north-9.myhuaweicloud.com"]),
        ("cn-south-1", &["https://evs.cn-south-1.myhuaweicloud.com"]),
        ("cn-south-2", &["https://evs.cn-south-2.myhuaweicloud.com"]),
        ("cn-south-4", &["https://evs.cn-south-4.myhuaweicloud.com"]),
        (
            "cn-southwest-2",
            &["https://evs.cn-southwest-2.myhuaweicloud.com"],
        ),
        (
            "cn-southwest-3",
            &["https://evs.cn-southwest-3.myhuaweicloud.com"],
        ),
        ("eu-west-0", &["https://evs.eu-west-0.myhuaweicloud.com"]),
        (
            "eu-west-101",
            &["https://evs.eu-west-101.myhuaweicloud.com"],
        ),
        ("la-north-2", &["https://evs.la-north-2.myhuaweicloud.com"]),
        ("la-south-2", &["https://evs.la-south-2.myhuaweicloud.com"]),
        ("me-east-1", &["https://evs.me-east-1.myhuaweicloud.com"]),
        (
            "my-kualalumpur-1",
            &["https://evs.my-kualalumpur-1.myhuaweicloud.com"],
        ),
        (
            "na-mexico-1",
            &["https://evs.na-mexico-1.myhuaweicloud.com"],
        ),
        (
            "ru-moscow-1",
            &["https://evs.ru-moscow-1.myhuaweicloud.com"],
        ),
        (
            "ru-northwest-2",
            &["https://evs.ru-northwest-2.myhuaweicloud.com"],
        ),
        (
            "sa-brazil-1",
            &["https://evs.sa-brazil-1.myhuaweicloud.com"],
        ),
        ("tr-west-1", &["https://evs.tr-west-1.myhuaweicloud.com"]),
    ],
};

/// Async client of the EVS v2 API.
///
/// Cheap to clone: clones share connections. Each method returns an [`Error`] for transport
/// failures, error responses, undecodable bodies and missing required parameters.
#[derive(Debug, Clone)]
pub struct EvsClient {
    client: ::huaweicloud_sdk_core::Client,
}

impl ServiceClient for EvsClient {
    fn from_client(client: ::huaweicloud_sdk_core::Client) -> Self {
        EvsClient { client }
    }
}

impl EvsClient {
    /// Starts a builder for this client: credentials, region or endpoints, HTTP settings.
    pub fn builder() -> ClientBuilder<EvsClient> {
        ClientBuilder::new(&SERVICE)
    }

    /// Returns a client that applies `options` to every call it makes.
    #[must_use]
    pub fn with_options(&self, options: CallOptions) -> Self {
        EvsClient {
            client: self.client.with_options(options),
        }
    }

    /// Calls `AssociateAutoSnapshotPolicy`: `POST /v5/{project_id}/snapshot-policies/{snapshot_policy_id}/associate`.
    pub async fn associate_auto_snapshot_policy(
        &self,
        request: model::AssociateAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::AssociateAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::ASSOCIATE_AUTO_SNAPSHOT_POLICY, request)
            .await
    }

    /// Calls `BatchCreateSnapshotGroupTag`: `POST /v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/create`.
    pub async fn batch_create_snapshot_group_tag(
        &self,
        request: model::BatchCreateSnapshotGroupTagRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSnapshotGroupTagResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SNAPSHOT_GROUP_TAG, request)
            .await
    }

    /// Calls `BatchCreateSnapshotTags`: `POST /v5/{project_id}/snapshots/{snapshot_id}/tags/create`.
    pub async fn batch_create_snapshot_tags(
        &self,
        request: model::BatchCreateSnapshotTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSnapshotTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SNAPSHOT_TAGS, request)
            .await
    }

    /// Calls `BatchCreateVolumeTags`: `POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action`.
    pub async fn batch_create_volume_tags(
        &self,
        request: model::BatchCreateVolumeTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateVolumeTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_VOLUME_TAGS, request)
            .await
    }

    /// Calls `BatchDeleteSnapshotGroupTag`: `POST /v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/delete`.
    pub async fn batch_delete_snapshot_group_tag(
        &self,
        request: model::BatchDeleteSnapshotGroupTagRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteSnapshotGroupTagResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SNAPSHOT_GROUP_TAG, request)
            .await
    }

    /// Calls `BatchDeleteSnapshotTags`: `POST /v5/{project_id}/snapshots/{snapshot_id}/tags/delete`.
    pub async fn batch_delete_snapshot_tags(
        &self,
        request: model::BatchDeleteSnapshotTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteSnapshotTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SNAPSHOT_TAGS, request)
            .await
    }

    /// Calls `BatchDeleteVolumeTags`: `POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action`.
    pub async fn batch_delete_volume_tags(
        &self,
        request: model::BatchDeleteVolumeTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteVolumeTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_VOLUME_TAGS, request)
            .await
    }

    /// Calls `BatchResizeVolumes`: `POST /v5/{project_id}/volumes/batch-extend`.
    pub async fn batch_resize_volumes(
        &self,
        request: model::BatchResizeVolumesRequest,
    ) -> ::std::result::Result<Response<model::BatchResizeVolumesResponse>, Error> {
        self.client
            .call(&operation::BATCH_RESIZE_VOLUMES, request)
            .await
    }

    /// Calls `ChangeVolumeChargeMode`: `POST /v2/{project_id}/cloudvolumes/change-charge-mode`.
    pub async fn change_volume_charge_mode(
        &self,
        request: model::ChangeVolumeChargeModeRequest,
    ) -> ::std::result::Result<Response<model::ChangeVolumeChargeModeResponse>, Error> {
        self.client
            .call(&operation::CHANGE_VOLUME_CHARGE_MODE, request)
            .await
    }

    /// Calls `CinderAcceptVolumeTransfer`: `POST /v2/{project_id}/os-volume-transfer/{transfer_id}/accept`.
    pub async fn cinder_accept_volume_transfer(
        &self,
        request: model::CinderAcceptVolumeTransferRequest,
    ) -> ::std::result::Result<Response<model::CinderAcceptVolumeTransferResponse>, Error> {
        self.client
            .call(&operation::CINDER_ACCEPT_VOLUME_TRANSFER, request)
            .await
    }

    /// Calls `CinderCreateVolumeTransfer`: `POST /v2/{project_id}/os-volume-transfer`.
    pub async fn cinder_create_volume_transfer(
        &self,
        request: model::CinderCreateVolumeTransferRequest,
    ) -> ::std::result::Result<Response<model::CinderCreateVolumeTransferResponse>, Error> {
        self.client
            .call(&operation::CINDER_CREATE_VOLUME_TRANSFER, request)
            .await
    }

    /// Calls `CinderDeleteVolumeTransfer`: `DELETE /v2/{project_id}/os-volume-transfer/{transfer_id}`.
    pub async fn cinder_delete_volume_transfer(
        &self,
        request: model::CinderDeleteVolumeTransferRequest,
    ) -> ::std::result::Result<Response<model::CinderDeleteVolumeTransferResponse>, Error> {
        self.client
            .call(&operation::CINDER_DELETE_VOLUME_TRANSFER, request)
            .await
    }

    /// Calls `CinderListAvailabilityZones`: `GET /v2/{project_id}/os-availability-zone`.
    pub async fn cinder_list_availability_zones(
        &self,
        request: model::CinderListAvailabilityZonesRequest,
    ) -> ::std::result::Result<Response<model::CinderListAvailabilityZonesResponse>, Error> {
        self.client
            .call(&operation::CINDER_LIST_AVAILABILITY_ZONES, request)
            .await
    }

    /// Calls `CinderListQuotas`: `GET /v2/{project_id}/os-quota-sets/{target_project_id}`.
    pub async fn cinder_list_quotas(
        &self,
        request: model::CinderListQuotasRequest,
    ) -> ::std::result::Result<Response<model::CinderListQuotasResponse>, Error> {
        self.client
            .call(&operation::CINDER_LIST_QUOTAS, request)
            .await
    }

    /// Calls `CinderListVolumeTransfers`: `GET /v2/{project_id}/os-volume-transfer`.
    pub async fn cinder_list_volume_transfers(
        &self,
        request: model::CinderListVolumeTransfersRequest,
    ) -> ::std::result::Result<Response<model::CinderListVolumeTransfersResponse>, Error> {
        self.client
            .call(&operation::CINDER_LIST_VOLUME_TRANSFERS, request)
            .await
    }

    /// Calls `CinderListVolumeTypes`: `GET /v2/{project_id}/types`.
    pub async fn cinder_list_volume_types(
        &self,
        request: model::CinderListVolumeTypesRequest,
    ) -> ::std::result::Result<Response<model::CinderListVolumeTypesResponse>, Error> {
        self.client
            .call(&operation::CINDER_LIST_VOLUME_TYPES, request)
            .await
    }

    /// Calls `CinderShowVolumeTransfer`: `GET /v2/{project_id}/os-volume-transfer/{transfer_id}`.
    pub async fn cinder_show_volume_transfer(
        &self,
        request: model::CinderShowVolumeTransferRequest,
    ) -> ::std::result::Result<Response<model::CinderShowVolumeTransferResponse>, Error> {
        self.client
            .call(&operation::CINDER_SHOW_VOLUME_TRANSFER, request)
            .await
    }

    /// Calls `CountAutoSnapshotPolicies`: `GET /v5/{project_id}/snapshot-policies/count`.
    pub async fn count_auto_snapshot_policies(
        &self,
        request: model::CountAutoSnapshotPoliciesRequest,
    ) -> ::std::result::Result<Response<model::CountAutoSnapshotPoliciesResponse>, Error> {
        self.client
            .call(&operation::COUNT_AUTO_SNAPSHOT_POLICIES, request)
            .await
    }

    /// Calls `CountSnapshotChains`: `GET /v5/{project_id}/snapshot-chains/count`.
    pub async fn count_snapshot_chains(
        &self,
        request: model::CountSnapshotChainsRequest,
    ) -> ::std::result::Result<Response<model::CountSnapshotChainsResponse>, Error> {
        self.client
            .call(&operation::COUNT_SNAPSHOT_CHAINS, request)
            .await
    }

    /// Calls `CountSnapshots`: `GET /v5/{project_id}/snapshots/count`.
    pub async fn count_snapshots(
        &self,
        request: model::CountSnapshotsRequest,
    ) -> ::std::result::Result<Response<model::CountSnapshotsResponse>, Error> {
        self.client.call(&operation::COUNT_SNAPSHOTS, request).await
    }

    /// Calls `CountSnapshotsGroup`: `GET /v5/{project_id}/snapshot-groups/count`.
    pub async fn count_snapshots_group(
        &self,
        request: model::CountSnapshotsGroupRequest,
    ) -> ::std::result::Result<Response<model::CountSnapshotsGroupResponse>, Error> {
        self.client
            .call(&operation::COUNT_SNAPSHOTS_GROUP, request)
            .await
    }

    /// Calls `CreateAutoSnapshotPolicy`: `POST /v5/{project_id}/snapshot-policies`.
    pub async fn create_auto_snapshot_policy(
        &self,
        request: model::CreateAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::CreateAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::CREATE_AUTO_SNAPSHOT_POLICY, request)
            .await
    }

    /// Calls `CreateSnapshot`: `POST /v2/{project_id}/cloudsnapshots`.
    pub async fn create_snapshot(
        &self,
        request: model::CreateSnapshotRequest,
    ) -> ::std::result::Result<Response<model::CreateSnapshotResponse>, Error> {
        self.client.call(&operation::CREATE_SNAPSHOT, request).await
    }

    /// Calls `CreateSnapshotGroup`: `POST /v5/{project_id}/snapshot-groups`.
    pub async fn create_snapshot_group(
        &self,
        request: model::CreateSnapshotGroupRequest,
    ) -> ::std::result::Result<Response<model::CreateSnapshotGroupResponse>, Error> {
        self.client
            .call(&operation::CREATE_SNAPSHOT_GROUP, request)
            .await
    }

    /// Calls `CreateStandardSnapshot`: `POST /v5/{project_id}/snapshots`.
    pub async fn create_standard_snapshot(
        &self,
        request: model::CreateStandardSnapshotRequest,
    ) -> ::std::result::Result<Response<model::CreateStandardSnapshotResponse>, Error> {
        self.client
            .call(&operation::CREATE_STANDARD_SNAPSHOT, request)
            .await
    }

    /// Calls `CreateVolume`: `POST /v2.1/{project_id}/cloudvolumes`.
    pub async fn create_volume(
        &self,
        request: model::CreateVolumeRequest,
    ) -> ::std::result::Result<Response<model::CreateVolumeResponse>, Error> {
        self.client.call(&operation::CREATE_VOLUME, request).await
    }

    /// Calls `DeleteAutoSnapshotPolicy`: `DELETE /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
    pub async fn delete_auto_snapshot_policy(
        &self,
        request: model::DeleteAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::DeleteAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::DELETE_AUTO_SNAPSHOT_POLICY, request)
            .await
    }

    /// Calls `DeleteSnapshot`: `DELETE /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
    pub async fn delete_snapshot(
        &self,
        request: model::DeleteSnapshotRequest,
    ) -> ::std::result::Result<Response<model::DeleteSnapshotResponse>, Error> {
        self.client.call(&operation::DELETE_SNAPSHOT, request).await
    }

    /// Calls `DeleteSnapshotGroup`: `DELETE /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
    pub async fn delete_snapshot_group(
        &self,
        request: model::DeleteSnapshotGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteSnapshotGroupResponse>, Error> {
        self.client
            .call(&operation::DELETE_SNAPSHOT_GROUP, request)
            .await
    }

    /// Calls `DeleteStandardSnapshot`: `DELETE /v5/{project_id}/snapshots/{snapshot_id}`.
    pub async fn delete_standard_snapshot(
        &self,
        request: model::DeleteStandardSnapshotRequest,
    ) -> ::std::result::Result<Response<model::DeleteStandardSnapshotResponse>, Error> {
        self.client
            .call(&operation::DELETE_STANDARD_SNAPSHOT, request)
            .await
    }

    /// Calls `DeleteVolume`: `DELETE /v2/{project_id}/cloudvolumes/{volume_id}`.
    pub async fn delete_volume(
        &self,
        request: model::DeleteVolumeRequest,
    ) -> ::std::result::Result<Response<model::DeleteVolumeResponse>, Error> {
        self.client.call(&operation::DELETE_VOLUME, request).await
    }

    /// Calls `DeleteVolumeInRecycle`: `DELETE /v3/{project_id}/recycle-bin-volumes/{volume_id}`.
    pub async fn delete_volume_in_recycle(
        &self,
        request: model::DeleteVolumeInRecycleRequest,
    ) -> ::std::result::Result<Response<model::DeleteVolumeInRecycleResponse>, Error> {
        self.client
            .call(&operation::DELETE_VOLUME_IN_RECYCLE, request)
            .await
    }

    /// Calls `DisassociateAutoSnapshotPolicy`: `POST /v5/{project_id}/snapshot-policies/{snapshot_policy_id}/disassociate`.
    pub async fn disassociate_auto_snapshot_policy(
        &self,
        request: model::DisassociateAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::DisassociateAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::DISASSOCIATE_AUTO_SNAPSHOT_POLICY, request)
            .await
    }

    /// Calls `ListAutoSnapshotPolicy`: `GET /v5/{project_id}/snapshot-policies`.
    pub async fn list_auto_snapshot_policy(
        &self,
        request: model::ListAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::ListAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::LIST_AUTO_SNAPSHOT_POLICY, request)
            .await
    }

    /// Calls `ListSnapshotChains`: `GET /v5/{project_id}/snapshot-chains`.
    pub async fn list_snapshot_chains(
        &self,
        request: model::ListSnapshotChainsRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotChainsResponse>, Error> {
        self.client
            .call(&operation::LIST_SNAPSHOT_CHAINS, request)
            .await
    }

    /// Calls `ListSnapshotGroup`: `GET /v5/{project_id}/snapshot-groups/detail`.
    pub async fn list_snapshot_group(
        &self,
        request: model::ListSnapshotGroupRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotGroupResponse>, Error> {
        self.client
            .call(&operation::LIST_SNAPSHOT_GROUP, request)
            .await
    }

    /// Calls `ListSnapshotGroupTags`: `GET /v5/{project_id}/snapshot-groups/tags`.
    pub async fn list_snapshot_group_tags(
        &self,
        request: model::ListSnapshotGroupTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotGroupTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SNAPSHOT_GROUP_TAGS, request)
            .await
    }

    /// Calls `ListSnapshotTags`: `GET /v5/{project_id}/snapshots/tags`.
    pub async fn list_snapshot_tags(
        &self,
        request: model::ListSnapshotTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SNAPSHOT_TAGS, request)
            .await
    }

    /// Calls `ListSnapshots`: `GET /v2/{project_id}/cloudsnapshots/detail`.
    pub async fn list_snapshots(
        &self,
        request: model::ListSnapshotsRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotsResponse>, Error> {
        self.client.call(&operation::LIST_SNAPSHOTS, request).await
    }

    /// Calls `ListSnapshotsDetails`: `GET /v5/{project_id}/snapshots/detail`.
    pub async fn list_snapshots_details(
        &self,
        request: model::ListSnapshotsDetailsRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotsDetailsResponse>, Error> {
        self.client
            .call(&operation::LIST_SNAPSHOTS_DETAILS, request)
            .await
    }

    /// Calls `ListVolumeTags`: `GET /v2/{project_id}/cloudvolumes/tags`.
    pub async fn list_volume_tags(
        &self,
        request: model::ListVolumeTagsRequest,
    ) -> ::std::result::Result<Response<model::ListVolumeTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_VOLUME_TAGS, request)
            .await
    }

    /// Calls `ListVolumes`: `GET /v2/{project_id}/cloudvolumes/detail`.
    pub async fn list_volumes(
        &self,
        request: model::ListVolumesRequest,
    ) -> ::std::result::Result<Response<model::ListVolumesResponse>, Error> {
        self.client.call(&operation::LIST_VOLUMES, request).await
    }

    /// Calls `ListVolumesByTags`: `POST /v2/{project_id}/cloudvolumes/resource_instances/action`.
    pub async fn list_volumes_by_tags(
        &self,
        request: model::ListVolumesByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListVolumesByTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_VOLUMES_BY_TAGS, request)
            .await
    }

    /// Calls `ListVolumesInRecycle`: `GET /v3/{project_id}/recycle-bin-volumes/detail`.
    pub async fn list_volumes_in_recycle(
        &self,
        request: model::ListVolumesInRecycleRequest,
    ) -> ::std::result::Result<Response<model::ListVolumesInRecycleResponse>, Error> {
        self.client
            .call(&operation::LIST_VOLUMES_IN_RECYCLE, request)
            .await
    }

    /// Calls `ModifyVolumeQoS`: `PUT /v5/{project_id}/cloudvolumes/{volume_id}/qos`.
    pub async fn modify_volume_qo_s(
        &self,
        request: model::ModifyVolumeQoSRequest,
    ) -> ::std::result::Result<Response<model::ModifyVolumeQoSResponse>, Error> {
        self.client
            .call(&operation::MODIFY_VOLUME_QO_S, request)
            .await
    }

    /// Calls `ResizeVolume`: `POST /v2.1/{project_id}/cloudvolumes/{volume_id}/action`.
    pub async fn resize_volume(
        &self,
        request: model::ResizeVolumeRequest,
    ) -> ::std::result::Result<Response<model::ResizeVolumeResponse>, Error> {
        self.client.call(&operation::RESIZE_VOLUME, request).await
    }

    /// Calls `RetypeVolume`: `POST /v2/{project_id}/volumes/{volume_id}/retype`.
    pub async fn retype_volume(
        &self,
        request: model::RetypeVolumeRequest,
    ) -> ::std::result::Result<Response<model::RetypeVolumeResponse>, Error> {
        self.client.call(&operation::RETYPE_VOLUME, request).await
    }

    /// Calls `RevertVolumeInRecycle`: `POST /v3/{project_id}/recycle-bin-volumes/{volume_id}/revert`.
    pub async fn revert_volume_in_recycle(
        &self,
        request: model::RevertVolumeInRecycleRequest,
    ) -> ::std::result::Result<Response<model::RevertVolumeInRecycleResponse>, Error> {
        self.client
            .call(&operation::REVERT_VOLUME_IN_RECYCLE, request)
            .await
    }

    /// Calls `RollbackSnapshot`: `POST /v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback`.
    pub async fn rollback_snapshot(
        &self,
        request: model::RollbackSnapshotRequest,
    ) -> ::std::result::Result<Response<model::RollbackSnapshotResponse>, Error> {
        self.client
            .call(&operation::ROLLBACK_SNAPSHOT, request)
            .await
    }

    /// Calls `RollbackStandardSnapshot`: `POST /v5/{project_id}/snapshots/{snapshot_id}/rollback`.
    pub async fn rollback_standard_snapshot(
        &self,
        request: model::RollbackStandardSnapshotRequest,
    ) -> ::std::result::Result<Response<model::RollbackStandardSnapshotResponse>, Error> {
        self.client
            .call(&operation::ROLLBACK_STANDARD_SNAPSHOT, request)
            .await
    }

    /// Calls `ShowAutoSnapshotPolicy`: `GET /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
    pub async fn show_auto_snapshot_policy(
        &self,
        request: model::ShowAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::ShowAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::SHOW_AUTO_SNAPSHOT_POLICY, request)
            .await
    }

    /// Calls `ShowJob`: `GET /v1/{project_id}/jobs/{job_id}`.
    pub async fn show_job(
        &self,
        request: model::ShowJobRequest,
    ) -> ::std::result::Result<Response<model::ShowJobResponse>, Error> {
        self.client.call(&operation::SHOW_JOB, request).await
    }

    /// Calls `ShowRecyclePolicy`: `GET /v3/{project_id}/recycle-bin-volumes/policy`.
    pub async fn show_recycle_policy(
        &self,
        request: model::ShowRecyclePolicyRequest,
    ) -> ::std::result::Result<Response<model::ShowRecyclePolicyResponse>, Error> {
        self.client
            .call(&operation::SHOW_RECYCLE_POLICY, request)
            .await
    }

    /// Calls `ShowSnapshot`: `GET /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
    pub async fn show_snapshot(
        &self,
        request: model::ShowSnapshotRequest,
    ) -> ::std::result::Result<Response<model::ShowSnapshotResponse>, Error> {
        self.client.call(&operation::SHOW_SNAPSHOT, request).await
    }

    /// Calls `ShowSnapshotGroup`: `GET /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
    pub async fn show_snapshot_group(
        &self,
        request: model::ShowSnapshotGroupRequest,
    ) -> ::std::result::Result<Response<model::ShowSnapshotGroupResponse>, Error> {
        self.client
            .call(&operation::SHOW_SNAPSHOT_GROUP, request)
            .await
    }

    /// Calls `ShowStandardSnapshot`: `GET /v5/{project_id}/snapshots/{snapshot_id}`.
    pub async fn show_standard_snapshot(
        &self,
        request: model::ShowStandardSnapshotRequest,
    ) -> ::std::result::Result<Response<model::ShowStandardSnapshotResponse>, Error> {
        self.client
            .call(&operation::SHOW_STANDARD_SNAPSHOT, request)
            .await
    }

    /// Calls `ShowVolume`: `GET /v2/{project_id}/cloudvolumes/{volume_id}`.
    pub async fn show_volume(
        &self,
        request: model::ShowVolumeRequest,
    ) -> ::std::result::Result<Response<model::ShowVolumeResponse>, Error> {
        self.client.call(&operation::SHOW_VOLUME, request).await
    }

    /// Calls `ShowVolumeInRecycle`: `GET /v3/{project_id}/recycle-bin-volumes/{volume_id}`.
    pub async fn show_volume_in_recycle(
        &self,
        request: model::ShowVolumeInRecycleRequest,
    ) -> ::std::result::Result<Response<model::ShowVolumeInRecycleResponse>, Error> {
        self.client
            .call(&operation::SHOW_VOLUME_IN_RECYCLE, request)
            .await
    }

    /// Calls `ShowVolumeTags`: `GET /v2/{project_id}/cloudvolumes/{volume_id}/tags`.
    pub async fn show_volume_tags(
        &self,
        request: model::ShowVolumeTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowVolumeTagsResponse>, Error> {
        self.client
            .call(&operation::SHOW_VOLUME_TAGS, request)
            .await
    }

    /// Calls `UnsubscribePostpaidVolume`: `POST /v2/{project_id}/cloudvolumes/unsubscribe`.
    pub async fn unsubscribe_postpaid_volume(
        &self,
        request: model::UnsubscribePostpaidVolumeRequest,
    ) -> ::std::result::Result<Response<model::UnsubscribePostpaidVolumeResponse>, Error> {
        self.client
            .call(&operation::UNSUBSCRIBE_POSTPAID_VOLUME, request)
            .await
    }

    /// Calls `UpdateAutoSnapshotPolicy`: `PUT /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
    pub async fn update_auto_snapshot_policy(
        &self,
        request: model::UpdateAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_AUTO_SNAPSHOT_POLICY, request)
            .await
    }

    /// Calls `UpdateRecyclePolicy`: `PUT /v3/{project_id}/recycle-bin-volumes/policy`.
    pub async fn update_recycle_policy(
        &self,
        request: model::UpdateRecyclePolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateRecyclePolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_RECYCLE_POLICY, request)
            .await
    }

    /// Calls `UpdateSnapshot`: `PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
    pub async fn update_snapshot(
        &self,
        request: model::UpdateSnapshotRequest,
    ) -> ::std::result::Result<Response<model::UpdateSnapshotResponse>, Error> {
        self.client.call(&operation::UPDATE_SNAPSHOT, request).await
    }

    /// Calls `UpdateSnapshotGroup`: `PUT /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
    pub async fn update_snapshot_group(
        &self,
        request: model::UpdateSnapshotGroupRequest,
    ) -> ::std::result::Result<Response<model::UpdateSnapshotGroupResponse>, Error> {
        self.client
            .call(&operation::UPDATE_SNAPSHOT_GROUP, request)
            .await
    }

    /// Calls `UpdateStandardSnapshot`: `PUT /v5/{project_id}/snapshots/{snapshot_id}`.
    pub async fn update_standard_snapshot(
        &self,
        request: model::UpdateStandardSnapshotRequest,
    ) -> ::std::result::Result<Response<model::UpdateStandardSnapshotResponse>, Error> {
        self.client
            .call(&operation::UPDATE_STANDARD_SNAPSHOT, request)
            .await
    }

    /// Calls `UpdateVolume`: `PUT /v2/{project_id}/cloudvolumes/{volume_id}`.
    pub async fn update_volume(
        &self,
        request: model::UpdateVolumeRequest,
    ) -> ::std::result::Result<Response<model::UpdateVolumeResponse>, Error> {
        self.client.call(&operation::UPDATE_VOLUME, request).await
    }

    /// Calls `ListVersions`: `GET /`.
    pub async fn list_versions(
        &self,
        request: model::ListVersionsRequest,
    ) -> ::std::result::Result<Response<model::ListVersionsResponse>, Error> {
        self.client.call(&operation::LIST_VERSIONS, request).await
    }

    /// Calls `ShowVersion`: `GET /{version}`.
    pub async fn show_version(
        &self,
        request: model::ShowVersionRequest,
    ) -> ::std::result::Result<Response<model::ShowVersionResponse>, Error> {
        self.client.call(&operation::SHOW_VERSION, request).await
    }
}
