//! EVS v2 through the blocking client against the emulator: volumes are created and deleted
//! as polled jobs, updated, listed page by page with `volumes_links`, and read.

mod common;

use common::{assert_service_error, client, emulator_builder, regional_credentials};
use huaweicloud_sdk_emulator::Emulator;
use huaweicloud_sdk_evs::v2::{blocking::EvsClient, model, SERVICE};

/// Upper bound on polls of one job, so a job that never ends fails the test.
const MAX_POLLS: usize = 10;

fn start() -> (Emulator, EvsClient) {
    let emulator = emulator_builder()
        .job_running_polls(1)
        .start_blocking()
        .expect("the emulator binds a free port on 127.0.0.1");
    let client = client(&SERVICE, &emulator, regional_credentials());
    (emulator, client)
}

fn create_request(name: &str, size: i64, count: i64) -> model::CreateVolumeRequest {
    let option = model::CreateVolumeOption::default()
        .with_availability_zone("cn-north-4a")
        .with_name(name)
        .with_size(size)
        .with_volume_type("SSD")
        .with_description("integration test volume")
        .with_count(count);
    model::CreateVolumeRequest::default()
        .with_body(model::CreateVolumeRequestBody::default().with_volume(option))
}

/// Polls job `job_id` until it reports `SUCCESS` and returns the last response.
fn wait_for_job(client: &EvsClient, job_id: &str) -> model::ShowJobResponse {
    for _ in 0..MAX_POLLS {
        let job = client
            .show_job(model::ShowJobRequest::default().with_job_id(job_id))
            .expect("ShowJob succeeds")
            .into_inner();
        match job.status.as_deref() {
            Some("SUCCESS") => return job,
            Some("RUNNING") => continue,
            other => panic!("job {job_id} reports unexpected status {other:?}"),
        }
    }
    panic!("job {job_id} did not succeed within {MAX_POLLS} polls");
}

fn show_volume(client: &EvsClient, volume_id: &str) -> model::VolumeDetail {
    client
        .show_volume(model::ShowVolumeRequest::default().with_volume_id(volume_id))
        .expect("ShowVolume succeeds")
        .into_inner()
        .volume
        .expect("ShowVolume returns the volume")
}

#[test]
fn volume_lifecycle() {
    let (_emulator, client) = start();

    let created = client
        .create_volume(create_request("it-volume", 20, 1))
        .expect("CreateVolume succeeds")
        .into_inner();
    let job_id = created.job_id.expect("CreateVolume returns a job id");
    let volume_ids = created.volume_ids.expect("CreateVolume returns volume ids");
    assert_eq!(volume_ids.len(), 1);
    let volume_id = volume_ids[0].clone();
    assert_eq!(show_volume(&client, &volume_id).status, "creating");

    // A volume that is still being created cannot be deleted.
    let error = client
        .delete_volume(model::DeleteVolumeRequest::default().with_volume_id(&volume_id))
        .expect_err("deleting a creating volume is rejected");
    assert_service_error(&error, 400, "EVS.2001", "still being created");

    let job = wait_for_job(&client, &job_id);
    let entities = job.entities.expect("the job lists its entities");
    assert_eq!(entities.volume_id.as_deref(), Some(volume_id.as_str()));

    let volume = show_volume(&client, &volume_id);
    assert_eq!(volume.status, "available");
    assert_eq!(volume.size, 20);
    assert_eq!(volume.volume_type, "SSD");
    assert_eq!(volume.availability_zone, "cn-north-4a");
    assert_eq!(volume.name, "it-volume");

    let update = model::UpdateVolumeOption::default().with_name("it-volume-renamed");
    let updated = client
        .update_volume(
            model::UpdateVolumeRequest::default()
                .with_volume_id(&volume_id)
                .with_body(model::UpdateVolumeRequestBody::default().with_volume(update)),
        )
        .expect("UpdateVolume succeeds")
        .into_inner();
    assert_eq!(updated.name.as_deref(), Some("it-volume-renamed"));

    let listed = client
        .list_volumes(model::ListVolumesRequest::default().with_name("it-volume-renamed"))
        .expect("ListVolumes succeeds")
        .into_inner();
    assert_eq!(listed.count, Some(1));
    let listed_ids: Vec<String> = listed
        .volumes
        .unwrap_or_default()
        .into_iter()
        .map(|v| v.id)
        .collect();
    assert_eq!(listed_ids, [volume_id.as_str()]);

    let deleted = client
        .delete_volume(model::DeleteVolumeRequest::default().with_volume_id(&volume_id))
        .expect("DeleteVolume succeeds")
        .into_inner();
    let delete_job = deleted.job_id.expect("DeleteVolume returns a job id");
    assert_eq!(show_volume(&client, &volume_id).status, "deleting");
    wait_for_job(&client, &delete_job);

    let error = client
        .show_volume(model::ShowVolumeRequest::default().with_volume_id(&volume_id))
        .expect_err("a deleted volume is gone");
    assert_service_error(&error, 404, "EVS.2024", &volume_id);
}

#[test]
fn volumes_page_with_next_links() {
    let (_emulator, client) = start();
    let created = client
        .create_volume(create_request("batch", 10, 3))
        .expect("CreateVolume succeeds")
        .into_inner();
    let ids = created.volume_ids.expect("volume ids");
    assert_eq!(ids.len(), 3);

    let first = client
        .list_volumes(model::ListVolumesRequest::default().with_limit(2))
        .expect("first page")
        .into_inner();
    assert_eq!(
        first.count,
        Some(3),
        "count is the total, not the page size"
    );
    let first_ids: Vec<String> = first
        .volumes
        .unwrap_or_default()
        .into_iter()
        .map(|v| v.id)
        .collect();
    assert_eq!(first_ids, ids[..2]);
    let links = first
        .volumes_links
        .expect("a page with more after it links the next");
    let next = links
        .iter()
        .find(|link| link.rel.as_deref() == Some("next"))
        .and_then(|link| link.href.as_deref())
        .expect("a next link");
    assert!(
        next.contains(&format!("marker={}", ids[1])),
        "next link {next} does not continue after {}",
        ids[1]
    );

    let second = client
        .list_volumes(
            model::ListVolumesRequest::default()
                .with_limit(2)
                .with_marker(&ids[1]),
        )
        .expect("second page")
        .into_inner();
    let second_ids: Vec<String> = second
        .volumes
        .unwrap_or_default()
        .into_iter()
        .map(|v| v.id)
        .collect();
    assert_eq!(second_ids, ids[2..]);
    assert!(
        second.volumes_links.is_none(),
        "the last page links no next page"
    );
}

#[test]
fn undersized_volume_is_bad_request() {
    let (_emulator, client) = start();

    let error = client
        .create_volume(create_request("tiny", 5, 1))
        .expect_err("a 5 GiB data disk is rejected");

    assert_service_error(&error, 400, "EVS.2001", "invalid volume.size 5");
}
