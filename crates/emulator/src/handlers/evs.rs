//! EVS: volumes created and deleted through jobs.

use super::{jobs, str_field, Ctx, Handler, Reply};
use crate::api_error::ApiError;
use crate::spec::Catalog;
use crate::state::{format_timestamp, new_uuid, JobEffect, Kind, State};
use crate::validate::complete_required;
use serde_json::{json, Value};

/// Volume size limits in GiB for data disks.
// NOTE: chosen by the emulator to match common EVS limits; not checked per volume type.
const MIN_SIZE_GIB: i64 = 10;
const MAX_SIZE_GIB: i64 = 32_768;

pub(super) fn handler(operation: &str) -> Option<Handler> {
    let h: Handler = match operation {
        "CreateVolume" => create_volume,
        "ListVolumes" => list_volumes,
        "ShowVolume" => show_volume,
        "UpdateVolume" => update_volume,
        "DeleteVolume" => delete_volume,
        "ShowJob" => jobs::show_job,
        _ => return None,
    };
    Some(h)
}

fn volume_not_found(ctx: &Ctx<'_>, id: &str) -> ApiError {
    ctx.not_found("EVS.2024", format!("Volume {id} does not exist"))
}

fn render(ctx: &Ctx<'_>, record: &Value, model: &str) -> Value {
    let catalog = Catalog::shared();
    let mut value = record.clone();
    complete_required(&mut value, model, catalog.models_of(ctx.operation));
    value
}

fn create_volume(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let option = &ctx.json["volume"];
    let size = option.get("size").and_then(Value::as_i64).unwrap_or(0);
    if !(MIN_SIZE_GIB..=MAX_SIZE_GIB).contains(&size) {
        return Err(ctx.bad_request(format!(
            "invalid volume.size {size}: use a size from {MIN_SIZE_GIB} to {MAX_SIZE_GIB} GiB"
        )));
    }

    let volume_type = str_field(option, "volume_type");
    const TYPES: &[&str] = &["SATA", "SAS", "SSD", "GPSSD", "ESSD", "GPSSD2", "ESSD2"];
    if !TYPES.contains(&volume_type) {
        return Err(ctx.bad_request(format!(
            "invalid volume.volume_type {volume_type:?}: use one of {}",
            TYPES.join(", ")
        )));
    }

    let count = option.get("count").and_then(Value::as_i64).unwrap_or(1);
    if !(1..=100).contains(&count) {
        return Err(ctx.bad_request(format!(
            "invalid volume.count {count}: use a value from 1 to 100"
        )));
    }

    let now = format_timestamp(state.now());
    let mut ids = Vec::new();
    for index in 0..count {
        let id = new_uuid();
        let name = match (str_field(option, "name"), count) {
            ("", _) => format!("volume-{}", &id[..4]),
            (name, 1) => name.to_owned(),
            (name, _) => format!("{name}-{:04}", index + 1),
        };
        let record = json!({
            "id": id,
            "name": name,
            "status": "creating",
            "size": size,
            "volume_type": volume_type,
            "availability_zone": str_field(option, "availability_zone"),
            "description": str_field(option, "description"),
            "multiattach": option.get("multiattach").cloned().unwrap_or(json!(false)),
            "shareable": "false",
            "bootable": "false",
            "metadata": option.get("metadata").cloned().unwrap_or(json!({})),
            "tags": option.get("tags").cloned().unwrap_or(json!({})),
            "attachments": [],
            "links": [{"href": format!("{}/v2/{}/volumes/{id}", ctx.endpoint, ctx.project_id()), "rel": "self"}],
            "os-vol-tenant-attr:tenant_id": ctx.project_id(),
            "service_type": "EVS",
            "created_at": now,
            "updated_at": now,
        });
        ids.push(id);
        state
            .collection(ctx.project_id(), Kind::Volume)
            .push(record);
    }

    let effect = JobEffect::Activate {
        kind: Kind::Volume,
        ids: ids.clone(),
        status: "available",
    };
    let job_id = jobs::start(state, ctx.project_id(), "batchCreateVolumes", effect);
    Ok(Reply::ok(json!({ "job_id": job_id, "volume_ids": ids })))
}

fn list_volumes(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let name = ctx.query("name");
    let status = ctx.query("status");
    let items: Vec<Value> = state
        .collection(ctx.project_id(), Kind::Volume)
        .iter()
        .filter(|r| name.is_none_or(|n| r["name"] == n))
        .filter(|r| status.is_none_or(|s| r["status"] == s))
        .cloned()
        .collect();
    let total = items.len();
    let page = ctx.paginate(&items)?;
    let volumes: Vec<Value> = page
        .items
        .iter()
        .map(|r| render(ctx, r, "VolumeDetail"))
        .collect();
    let mut body = json!({ "count": total, "volumes": volumes });
    if let Some(next) = page.next_marker.as_ref().and_then(Value::as_str) {
        let limit = ctx.query("limit").unwrap_or_default();
        body["volumes_links"] = json!([{
            "href": format!("{}/v2/{}/cloudvolumes/detail?limit={limit}&marker={next}", ctx.endpoint, ctx.project_id()),
            "rel": "next",
        }]);
    }
    Ok(Reply::ok(body))
}

fn show_volume(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("volume_id");
    let record = state
        .find(ctx.project_id(), Kind::Volume, id)
        .cloned()
        .ok_or_else(|| volume_not_found(ctx, id))?;
    Ok(Reply::ok(
        json!({ "volume": render(ctx, &record, "VolumeDetail") }),
    ))
}

fn update_volume(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("volume_id");
    let now = format_timestamp(state.now());
    let record = state
        .find_mut(ctx.project_id(), Kind::Volume, id)
        .ok_or_else(|| volume_not_found(ctx, id))?;
    let option = &ctx.json["volume"];
    for key in ["name", "description"] {
        if let Some(value) = option.get(key) {
            record[key] = value.clone();
        }
    }
    record["updated_at"] = json!(now);
    let body = record.clone();
    Ok(Reply::ok(render(ctx, &body, "UpdateVolumeResponse")))
}

fn delete_volume(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("volume_id");
    let record = state
        .find_mut(ctx.project_id(), Kind::Volume, id)
        .ok_or_else(|| volume_not_found(ctx, id))?;
    if record["status"] == "creating" {
        return Err(ctx.bad_request(format!(
            "volume {id} is still being created; wait until its status is available"
        )));
    }
    record["status"] = json!("deleting");
    let effect = JobEffect::Remove {
        kind: Kind::Volume,
        ids: vec![id.to_owned()],
    };
    let job_id = jobs::start(state, ctx.project_id(), "deleteVolume", effect);
    Ok(Reply::ok(json!({ "job_id": job_id })))
}
