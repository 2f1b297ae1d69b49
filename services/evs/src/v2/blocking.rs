//! Blocking client of the EVS v2 API.

use super::{model, operation, SERVICE};
use huaweicloud_sdk_core::client::{CallOptions, ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::{Error, Response};

/// Blocking client of the EVS v2 API, with the methods of the async
/// [`EvsClient`](super::EvsClient).
#[derive(Debug, Clone)]
pub struct EvsClient {
    client: ::huaweicloud_sdk_core::client::blocking::Client,
}

impl ServiceClient for EvsClient {
    fn from_client(client: ::huaweicloud_sdk_core::Client) -> Self {
        EvsClient {
            client: ::huaweicloud_sdk_core::client::blocking::Client::new(client),
        }
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
    pub fn associate_auto_snapshot_policy(
        &self,
        request: model::AssociateAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::AssociateAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::ASSOCIATE_AUTO_SNAPSHOT_POLICY, request)
    }

    /// Calls `BatchCreateSnapshotGroupTag`: `POST /v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/create`.
    pub fn batch_create_snapshot_group_tag(
        &self,
        request: model::BatchCreateSnapshotGroupTagRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSnapshotGroupTagResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SNAPSHOT_GROUP_TAG, request)
    }

    /// Calls `BatchCreateSnapshotTags`: `POST /v5/{project_id}/snapshots/{snapshot_id}/tags/create`.
    pub fn batch_create_snapshot_tags(
        &self,
        request: model::BatchCreateSnapshotTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateSnapshotTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_SNAPSHOT_TAGS, request)
    }

    /// Calls `BatchCreateVolumeTags`: `POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action`.
    pub fn batch_create_volume_tags(
        &self,
        request: model::BatchCreateVolumeTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchCreateVolumeTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_CREATE_VOLUME_TAGS, request)
    }

    /// Calls `BatchDeleteSnapshotGroupTag`: `POST /v5/{project_id}/snapshot-groups/{snapshot_group_id}/tags/delete`.
    pub fn batch_delete_snapshot_group_tag(
        &self,
        request: model::BatchDeleteSnapshotGroupTagRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteSnapshotGroupTagResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SNAPSHOT_GROUP_TAG, request)
    }

    /// Calls `BatchDeleteSnapshotTags`: `POST /v5/{project_id}/snapshots/{snapshot_id}/tags/delete`.
    pub fn batch_delete_snapshot_tags(
        &self,
        request: model::BatchDeleteSnapshotTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteSnapshotTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_SNAPSHOT_TAGS, request)
    }

    /// Calls `BatchDeleteVolumeTags`: `POST /v2/{project_id}/cloudvolumes/{volume_id}/tags/action`.
    pub fn batch_delete_volume_tags(
        &self,
        request: model::BatchDeleteVolumeTagsRequest,
    ) -> ::std::result::Result<Response<model::BatchDeleteVolumeTagsResponse>, Error> {
        self.client
            .call(&operation::BATCH_DELETE_VOLUME_TAGS, request)
    }

    /// Calls `BatchResizeVolumes`: `POST /v5/{project_id}/volumes/batch-extend`.
    pub fn batch_resize_volumes(
        &self,
        request: model::BatchResizeVolumesRequest,
    ) -> ::std::result::Result<Response<model::BatchResizeVolumesResponse>, Error> {
        self.client.call(&operation::BATCH_RESIZE_VOLUMES, request)
    }

    /// Calls `ChangeVolumeChargeMode`: `POST /v2/{project_id}/cloudvolumes/change-charge-mode`.
    pub fn change_volume_charge_mode(
        &self,
        request: model::ChangeVolumeChargeModeRequest,
    ) -> ::std::result::Result<Response<model::ChangeVolumeChargeModeResponse>, Error> {
        self.client
            .call(&operation::CHANGE_VOLUME_CHARGE_MODE, request)
    }

    /// Calls `CinderAcceptVolumeTransfer`: `POST /v2/{project_id}/os-volume-transfer/{transfer_id}/accept`.
    pub fn cinder_accept_volume_transfer(
        &self,
        request: model::CinderAcceptVolumeTransferRequest,
    ) -> ::std::result::Result<Response<model::CinderAcceptVolumeTransferResponse>, Error> {
        self.client
            .call(&operation::CINDER_ACCEPT_VOLUME_TRANSFER, request)
    }

    /// Calls `CinderCreateVolumeTransfer`: `POST /v2/{project_id}/os-volume-transfer`.
    pub fn cinder_create_volume_transfer(
        &self,
        request: model::CinderCreateVolumeTransferRequest,
    ) -> ::std::result::Result<Response<model::CinderCreateVolumeTransferResponse>, Error> {
        self.client
            .call(&operation::CINDER_CREATE_VOLUME_TRANSFER, request)
    }

    /// Calls `CinderDeleteVolumeTransfer`: `DELETE /v2/{project_id}/os-volume-transfer/{transfer_id}`.
    pub fn cinder_delete_volume_transfer(
        &self,
        request: model::CinderDeleteVolumeTransferRequest,
    ) -> ::std::result::Result<Response<model::CinderDeleteVolumeTransferResponse>, Error> {
        self.client
            .call(&operation::CINDER_DELETE_VOLUME_TRANSFER, request)
    }

    /// Calls `CinderListAvailabilityZones`: `GET /v2/{project_id}/os-availability-zone`.
    pub fn cinder_list_availability_zones(
        &self,
        request: model::CinderListAvailabilityZonesRequest,
    ) -> ::std::result::Result<Response<model::CinderListAvailabilityZonesResponse>, Error> {
        self.client
            .call(&operation::CINDER_LIST_AVAILABILITY_ZONES, request)
    }

    /// Calls `CinderListQuotas`: `GET /v2/{project_id}/os-quota-sets/{target_project_id}`.
    pub fn cinder_list_quotas(
        &self,
        request: model::CinderListQuotasRequest,
    ) -> ::std::result::Result<Response<model::CinderListQuotasResponse>, Error> {
        self.client.call(&operation::CINDER_LIST_QUOTAS, request)
    }

    /// Calls `CinderListVolumeTransfers`: `GET /v2/{project_id}/os-volume-transfer`.
    pub fn cinder_list_volume_transfers(
        &self,
        request: model::CinderListVolumeTransfersRequest,
    ) -> ::std::result::Result<Response<model::CinderListVolumeTransfersResponse>, Error> {
        self.client
            .call(&operation::CINDER_LIST_VOLUME_TRANSFERS, request)
    }

    /// Calls `CinderListVolumeTypes`: `GET /v2/{project_id}/types`.
    pub fn cinder_list_volume_types(
        &self,
        request: model::CinderListVolumeTypesRequest,
    ) -> ::std::result::Result<Response<model::CinderListVolumeTypesResponse>, Error> {
        self.client
            .call(&operation::CINDER_LIST_VOLUME_TYPES, request)
    }

    /// Calls `CinderShowVolumeTransfer`: `GET /v2/{project_id}/os-volume-transfer/{transfer_id}`.
    pub fn cinder_show_volume_transfer(
        &self,
        request: model::CinderShowVolumeTransferRequest,
    ) -> ::std::result::Result<Response<model::CinderShowVolumeTransferResponse>, Error> {
        self.client
            .call(&operation::CINDER_SHOW_VOLUME_TRANSFER, request)
    }

    /// Calls `CountAutoSnapshotPolicies`: `GET /v5/{project_id}/snapshot-policies/count`.
    pub fn count_auto_snapshot_policies(
        &self,
        request: model::CountAutoSnapshotPoliciesRequest,
    ) -> ::std::result::Result<Response<model::CountAutoSnapshotPoliciesResponse>, Error> {
        self.client
            .call(&operation::COUNT_AUTO_SNAPSHOT_POLICIES, request)
    }

    /// Calls `CountSnapshotChains`: `GET /v5/{project_id}/snapshot-chains/count`.
    pub fn count_snapshot_chains(
        &self,
        request: model::CountSnapshotChainsRequest,
    ) -> ::std::result::Result<Response<model::CountSnapshotChainsResponse>, Error> {
        self.client.call(&operation::COUNT_SNAPSHOT_CHAINS, request)
    }

    /// Calls `CountSnapshots`: `GET /v5/{project_id}/snapshots/count`.
    pub fn count_snapshots(
        &self,
        request: model::CountSnapshotsRequest,
    ) -> ::std::result::Result<Response<model::CountSnapshotsResponse>, Error> {
        self.client.call(&operation::COUNT_SNAPSHOTS, request)
    }

    /// Calls `CountSnapshotsGroup`: `GET /v5/{project_id}/snapshot-groups/count`.
    pub fn count_snapshots_group(
        &self,
        request: model::CountSnapshotsGroupRequest,
    ) -> ::std::result::Result<Response<model::CountSnapshotsGroupResponse>, Error> {
        self.client.call(&operation::COUNT_SNAPSHOTS_GROUP, request)
    }

    /// Calls `CreateAutoSnapshotPolicy`: `POST /v5/{project_id}/snapshot-policies`.
    pub fn create_auto_snapshot_policy(
        &self,
        request: model::CreateAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::CreateAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::CREATE_AUTO_SNAPSHOT_POLICY, request)
    }

    /// Calls `CreateSnapshot`: `POST /v2/{project_id}/cloudsnapshots`.
    pub fn create_snapshot(
        &self,
        request: model::CreateSnapshotRequest,
    ) -> ::std::result::Result<Response<model::CreateSnapshotResponse>, Error> {
        self.client.call(&operation::CREATE_SNAPSHOT, request)
    }

    /// Calls `CreateSnapshotGroup`: `POST /v5/{project_id}/snapshot-groups`.
    pub fn create_snapshot_group(
        &self,
        request: model::CreateSnapshotGroupRequest,
    ) -> ::std::result::Result<Response<model::CreateSnapshotGroupResponse>, Error> {
        self.client.call(&operation::CREATE_SNAPSHOT_GROUP, request)
    }

    /// Calls `CreateStandardSnapshot`: `POST /v5/{project_id}/snapshots`.
    pub fn create_standard_snapshot(
        &self,
        request: model::CreateStandardSnapshotRequest,
    ) -> ::std::result::Result<Response<model::CreateStandardSnapshotResponse>, Error> {
        self.client
            .call(&operation::CREATE_STANDARD_SNAPSHOT, request)
    }

    /// Calls `CreateVolume`: `POST /v2.1/{project_id}/cloudvolumes`.
    pub fn create_volume(
        &self,
        request: model::CreateVolumeRequest,
    ) -> ::std::result::Result<Response<model::CreateVolumeResponse>, Error> {
        self.client.call(&operation::CREATE_VOLUME, request)
    }

    /// Calls `DeleteAutoSnapshotPolicy`: `DELETE /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
    pub fn delete_auto_snapshot_policy(
        &self,
        request: model::DeleteAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::DeleteAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::DELETE_AUTO_SNAPSHOT_POLICY, request)
    }

    /// Calls `DeleteSnapshot`: `DELETE /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
    pub fn delete_snapshot(
        &self,
        request: model::DeleteSnapshotRequest,
    ) -> ::std::result::Result<Response<model::DeleteSnapshotResponse>, Error> {
        self.client.call(&operation::DELETE_SNAPSHOT, request)
    }

    /// Calls `DeleteSnapshotGroup`: `DELETE /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
    pub fn delete_snapshot_group(
        &self,
        request: model::DeleteSnapshotGroupRequest,
    ) -> ::std::result::Result<Response<model::DeleteSnapshotGroupResponse>, Error> {
        self.client.call(&operation::DELETE_SNAPSHOT_GROUP, request)
    }

    /// Calls `DeleteStandardSnapshot`: `DELETE /v5/{project_id}/snapshots/{snapshot_id}`.
    pub fn delete_standard_snapshot(
        &self,
        request: model::DeleteStandardSnapshotRequest,
    ) -> ::std::result::Result<Response<model::DeleteStandardSnapshotResponse>, Error> {
        self.client
            .call(&operation::DELETE_STANDARD_SNAPSHOT, request)
    }

    /// Calls `DeleteVolume`: `DELETE /v2/{project_id}/cloudvolumes/{volume_id}`.
    pub fn delete_volume(
        &self,
        request: model::DeleteVolumeRequest,
    ) -> ::std::result::Result<Response<model::DeleteVolumeResponse>, Error> {
        self.client.call(&operation::DELETE_VOLUME, request)
    }

    /// Calls `DeleteVolumeInRecycle`: `DELETE /v3/{project_id}/recycle-bin-volumes/{volume_id}`.
    pub fn delete_volume_in_recycle(
        &self,
        request: model::DeleteVolumeInRecycleRequest,
    ) -> ::std::result::Result<Response<model::DeleteVolumeInRecycleResponse>, Error> {
        self.client
            .call(&operation::DELETE_VOLUME_IN_RECYCLE, request)
    }

    /// Calls `DisassociateAutoSnapshotPolicy`: `POST /v5/{project_id}/snapshot-policies/{snapshot_policy_id}/disassociate`.
    pub fn disassociate_auto_snapshot_policy(
        &self,
        request: model::DisassociateAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::DisassociateAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::DISASSOCIATE_AUTO_SNAPSHOT_POLICY, request)
    }

    /// Calls `ListAutoSnapshotPolicy`: `GET /v5/{project_id}/snapshot-policies`.
    pub fn list_auto_snapshot_policy(
        &self,
        request: model::ListAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::ListAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::LIST_AUTO_SNAPSHOT_POLICY, request)
    }

    /// Calls `ListSnapshotChains`: `GET /v5/{project_id}/snapshot-chains`.
    pub fn list_snapshot_chains(
        &self,
        request: model::ListSnapshotChainsRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotChainsResponse>, Error> {
        self.client.call(&operation::LIST_SNAPSHOT_CHAINS, request)
    }

    /// Calls `ListSnapshotGroup`: `GET /v5/{project_id}/snapshot-groups/detail`.
    pub fn list_snapshot_group(
        &self,
        request: model::ListSnapshotGroupRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotGroupResponse>, Error> {
        self.client.call(&operation::LIST_SNAPSHOT_GROUP, request)
    }

    /// Calls `ListSnapshotGroupTags`: `GET /v5/{project_id}/snapshot-groups/tags`.
    pub fn list_snapshot_group_tags(
        &self,
        request: model::ListSnapshotGroupTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotGroupTagsResponse>, Error> {
        self.client
            .call(&operation::LIST_SNAPSHOT_GROUP_TAGS, request)
    }

    /// Calls `ListSnapshotTags`: `GET /v5/{project_id}/snapshots/tags`.
    pub fn list_snapshot_tags(
        &self,
        request: model::ListSnapshotTagsRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotTagsResponse>, Error> {
        self.client.call(&operation::LIST_SNAPSHOT_TAGS, request)
    }

    /// Calls `ListSnapshots`: `GET /v2/{project_id}/cloudsnapshots/detail`.
    pub fn list_snapshots(
        &self,
        request: model::ListSnapshotsRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotsResponse>, Error> {
        self.client.call(&operation::LIST_SNAPSHOTS, request)
    }

    /// Calls `ListSnapshotsDetails`: `GET /v5/{project_id}/snapshots/detail`.
    pub fn list_snapshots_details(
        &self,
        request: model::ListSnapshotsDetailsRequest,
    ) -> ::std::result::Result<Response<model::ListSnapshotsDetailsResponse>, Error> {
        self.client
            .call(&operation::LIST_SNAPSHOTS_DETAILS, request)
    }

    /// Calls `ListVolumeTags`: `GET /v2/{project_id}/cloudvolumes/tags`.
    pub fn list_volume_tags(
        &self,
        request: model::ListVolumeTagsRequest,
    ) -> ::std::result::Result<Response<model::ListVolumeTagsResponse>, Error> {
        self.client.call(&operation::LIST_VOLUME_TAGS, request)
    }

    /// Calls `ListVolumes`: `GET /v2/{project_id}/cloudvolumes/detail`.
    pub fn list_volumes(
        &self,
        request: model::ListVolumesRequest,
    ) -> ::std::result::Result<Response<model::ListVolumesResponse>, Error> {
        self.client.call(&operation::LIST_VOLUMES, request)
    }

    /// Calls `ListVolumesByTags`: `POST /v2/{project_id}/cloudvolumes/resource_instances/action`.
    pub fn list_volumes_by_tags(
        &self,
        request: model::ListVolumesByTagsRequest,
    ) -> ::std::result::Result<Response<model::ListVolumesByTagsResponse>, Error> {
        self.client.call(&operation::LIST_VOLUMES_BY_TAGS, request)
    }

    /// Calls `ListVolumesInRecycle`: `GET /v3/{project_id}/recycle-bin-volumes/detail`.
    pub fn list_volumes_in_recycle(
        &self,
        request: model::ListVolumesInRecycleRequest,
    ) -> ::std::result::Result<Response<model::ListVolumesInRecycleResponse>, Error> {
        self.client
            .call(&operation::LIST_VOLUMES_IN_RECYCLE, request)
    }

    /// Calls `ModifyVolumeQoS`: `PUT /v5/{project_id}/cloudvolumes/{volume_id}/qos`.
    pub fn modify_volume_qo_s(
        &self,
        request: model::ModifyVolumeQoSRequest,
    ) -> ::std::result::Result<Response<model::ModifyVolumeQoSResponse>, Error> {
        self.client.call(&operation::MODIFY_VOLUME_QO_S, request)
    }

    /// Calls `ResizeVolume`: `POST /v2.1/{project_id}/cloudvolumes/{volume_id}/action`.
    pub fn resize_volume(
        &self,
        request: model::ResizeVolumeRequest,
    ) -> ::std::result::Result<Response<model::ResizeVolumeResponse>, Error> {
        self.client.call(&operation::RESIZE_VOLUME, request)
    }

    /// Calls `RetypeVolume`: `POST /v2/{project_id}/volumes/{volume_id}/retype`.
    pub fn retype_volume(
        &self,
        request: model::RetypeVolumeRequest,
    ) -> ::std::result::Result<Response<model::RetypeVolumeResponse>, Error> {
        self.client.call(&operation::RETYPE_VOLUME, request)
    }

    /// Calls `RevertVolumeInRecycle`: `POST /v3/{project_id}/recycle-bin-volumes/{volume_id}/revert`.
    pub fn revert_volume_in_recycle(
        &self,
        request: model::RevertVolumeInRecycleRequest,
    ) -> ::std::result::Result<Response<model::RevertVolumeInRecycleResponse>, Error> {
        self.client
            .call(&operation::REVERT_VOLUME_IN_RECYCLE, request)
    }

    /// Calls `RollbackSnapshot`: `POST /v2/{project_id}/cloudsnapshots/{snapshot_id}/rollback`.
    pub fn rollback_snapshot(
        &self,
        request: model::RollbackSnapshotRequest,
    ) -> ::std::result::Result<Response<model::RollbackSnapshotResponse>, Error> {
        self.client.call(&operation::ROLLBACK_SNAPSHOT, request)
    }

    /// Calls `RollbackStandardSnapshot`: `POST /v5/{project_id}/snapshots/{snapshot_id}/rollback`.
    pub fn rollback_standard_snapshot(
        &self,
        request: model::RollbackStandardSnapshotRequest,
    ) -> ::std::result::Result<Response<model::RollbackStandardSnapshotResponse>, Error> {
        self.client
            .call(&operation::ROLLBACK_STANDARD_SNAPSHOT, request)
    }

    /// Calls `ShowAutoSnapshotPolicy`: `GET /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
    pub fn show_auto_snapshot_policy(
        &self,
        request: model::ShowAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::ShowAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::SHOW_AUTO_SNAPSHOT_POLICY, request)
    }

    /// Calls `ShowJob`: `GET /v1/{project_id}/jobs/{job_id}`.
    pub fn show_job(
        &self,
        request: model::ShowJobRequest,
    ) -> ::std::result::Result<Response<model::ShowJobResponse>, Error> {
        self.client.call(&operation::SHOW_JOB, request)
    }

    /// Calls `ShowRecyclePolicy`: `GET /v3/{project_id}/recycle-bin-volumes/policy`.
    pub fn show_recycle_policy(
        &self,
        request: model::ShowRecyclePolicyRequest,
    ) -> ::std::result::Result<Response<model::ShowRecyclePolicyResponse>, Error> {
        self.client.call(&operation::SHOW_RECYCLE_POLICY, request)
    }

    /// Calls `ShowSnapshot`: `GET /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
    pub fn show_snapshot(
        &self,
        request: model::ShowSnapshotRequest,
    ) -> ::std::result::Result<Response<model::ShowSnapshotResponse>, Error> {
        self.client.call(&operation::SHOW_SNAPSHOT, request)
    }

    /// Calls `ShowSnapshotGroup`: `GET /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
    pub fn show_snapshot_group(
        &self,
        request: model::ShowSnapshotGroupRequest,
    ) -> ::std::result::Result<Response<model::ShowSnapshotGroupResponse>, Error> {
        self.client.call(&operation::SHOW_SNAPSHOT_GROUP, request)
    }

    /// Calls `ShowStandardSnapshot`: `GET /v5/{project_id}/snapshots/{snapshot_id}`.
    pub fn show_standard_snapshot(
        &self,
        request: model::ShowStandardSnapshotRequest,
    ) -> ::std::result::Result<Response<model::ShowStandardSnapshotResponse>, Error> {
        self.client
            .call(&operation::SHOW_STANDARD_SNAPSHOT, request)
    }

    /// Calls `ShowVolume`: `GET /v2/{project_id}/cloudvolumes/{volume_id}`.
    pub fn show_volume(
        &self,
        request: model::ShowVolumeRequest,
    ) -> ::std::result::Result<Response<model::ShowVolumeResponse>, Error> {
        self.client.call(&operation::SHOW_VOLUME, request)
    }

    /// Calls `ShowVolumeInRecycle`: `GET /v3/{project_id}/recycle-bin-volumes/{volume_id}`.
    pub fn show_volume_in_recycle(
        &self,
        request: model::ShowVolumeInRecycleRequest,
    ) -> ::std::result::Result<Response<model::ShowVolumeInRecycleResponse>, Error> {
        self.client
            .call(&operation::SHOW_VOLUME_IN_RECYCLE, request)
    }

    /// Calls `ShowVolumeTags`: `GET /v2/{project_id}/cloudvolumes/{volume_id}/tags`.
    pub fn show_volume_tags(
        &self,
        request: model::ShowVolumeTagsRequest,
    ) -> ::std::result::Result<Response<model::ShowVolumeTagsResponse>, Error> {
        self.client.call(&operation::SHOW_VOLUME_TAGS, request)
    }

    /// Calls `UnsubscribePostpaidVolume`: `POST /v2/{project_id}/cloudvolumes/unsubscribe`.
    pub fn unsubscribe_postpaid_volume(
        &self,
        request: model::UnsubscribePostpaidVolumeRequest,
    ) -> ::std::result::Result<Response<model::UnsubscribePostpaidVolumeResponse>, Error> {
        self.client
            .call(&operation::UNSUBSCRIBE_POSTPAID_VOLUME, request)
    }

    /// Calls `UpdateAutoSnapshotPolicy`: `PUT /v5/{project_id}/snapshot-policies/{snapshot_policy_id}`.
    pub fn update_auto_snapshot_policy(
        &self,
        request: model::UpdateAutoSnapshotPolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateAutoSnapshotPolicyResponse>, Error> {
        self.client
            .call(&operation::UPDATE_AUTO_SNAPSHOT_POLICY, request)
    }

    /// Calls `UpdateRecyclePolicy`: `PUT /v3/{project_id}/recycle-bin-volumes/policy`.
    pub fn update_recycle_policy(
        &self,
        request: model::UpdateRecyclePolicyRequest,
    ) -> ::std::result::Result<Response<model::UpdateRecyclePolicyResponse>, Error> {
        self.client.call(&operation::UPDATE_RECYCLE_POLICY, request)
    }

    /// Calls `UpdateSnapshot`: `PUT /v2/{project_id}/cloudsnapshots/{snapshot_id}`.
    pub fn update_snapshot(
        &self,
        request: model::UpdateSnapshotRequest,
    ) -> ::std::result::Result<Response<model::UpdateSnapshotResponse>, Error> {
        self.client.call(&operation::UPDATE_SNAPSHOT, request)
    }

    /// Calls `UpdateSnapshotGroup`: `PUT /v5/{project_id}/snapshot-groups/{snapshot_group_id}`.
    pub fn update_snapshot_group(
        &self,
        request: model::UpdateSnapshotGroupRequest,
    ) -> ::std::result::Result<Response<model::UpdateSnapshotGroupResponse>, Error> {
        self.client.call(&operation::UPDATE_SNAPSHOT_GROUP, request)
    }

    /// Calls `UpdateStandardSnapshot`: `PUT /v5/{project_id}/snapshots/{snapshot_id}`.
    pub fn update_standard_snapshot(
        &self,
        request: model::UpdateStandardSnapshotRequest,
    ) -> ::std::result::Result<Response<model::UpdateStandardSnapshotResponse>, Error> {
        self.client
            .call(&operation::UPDATE_STANDARD_SNAPSHOT, request)
    }

    /// Calls `UpdateVolume`: `PUT /v2/{project_id}/cloudvolumes/{volume_id}`.
    pub fn update_volume(
        &self,
        request: model::UpdateVolumeRequest,
    ) -> ::std::result::Result<Response<model::UpdateVolumeResponse>, Error> {
        self.client.call(&operation::UPDATE_VOLUME, request)
    }

    /// Calls `ListVersions`: `GET /`.
    pub fn list_versions(
        &self,
        request: model::ListVersionsRequest,
    ) -> ::std::result::Result<Response<model::ListVersionsResponse>, Error> {
        self.client.call(&operation::LIST_VERSIONS, request)
    }

    /// Calls `ShowVersion`: `GET /{version}`.
    pub fn show_version(
        &self,
        request: model::ShowVersionRequest,
    ) -> ::std::result::Result<Response<model::ShowVersionResponse>, Error> {
        self.client.call(&operation::SHOW_VERSION, request)
    }
}
