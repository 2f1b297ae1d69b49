//! Asynchronous jobs shared by ECS and EVS (`GET /v1/{project_id}/jobs/{job_id}`).
//!
//! A job reports `RUNNING` for the configured number of polls, then applies its effect to the
//! resources and reports `SUCCESS`. Counting polls instead of time keeps tests deterministic.

use super::{Ctx, Reply};
use crate::api_error::ApiError;
use crate::state::{format_timestamp, new_hex_id, Job, JobEffect, State};
use serde_json::{json, Value};

/// Starts a job and returns its id.
pub(super) fn start(
    state: &mut State,
    project_id: &str,
    job_type: &str,
    effect: JobEffect,
) -> String {
    let id = new_hex_id();
    let job = Job {
        project_id: project_id.to_owned(),
        job_type: job_type.to_owned(),
        begin_time: state.now(),
        polls: 0,
        effect,
        done: false,
        end_time: None,
    };
    state.jobs.insert(id.clone(), job);
    id
}

fn complete(state: &mut State, job_id: &str) {
    let Some(job) = state.jobs.get(job_id).cloned() else {
        return;
    };
    match &job.effect {
        JobEffect::Activate { kind, ids, status } => {
            for id in ids {
                if let Some(record) = state.find_mut(&job.project_id, *kind, id) {
                    record["status"] = json!(status);
                }
            }
        }
        JobEffect::Remove { kind, ids } => {
            for id in ids {
                state.remove(&job.project_id, *kind, id);
            }
        }
    }
    let now = state.now();
    if let Some(job) = state.jobs.get_mut(job_id) {
        job.done = true;
        job.end_time = Some(now);
    }
}

pub(super) fn show_job(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let job_id = ctx.path("job_id");
    let running_polls = state.identity.job_running_polls;
    let job = state
        .jobs
        .get_mut(job_id)
        .filter(|j| j.project_id == ctx.project_id())
        .ok_or_else(|| {
            let code = if ctx.operation.service == "evs" {
                "EVS.2024"
            } else {
                "Ecs.0114"
            };
            ctx.not_found(code, format!("Job {job_id} does not exist"))
        })?;
    job.polls += 1;
    if !job.done && job.polls > running_polls {
        complete(state, job_id);
    }
    let job = state
        .jobs
        .get(job_id)
        .cloned()
        .expect("the job was found above");
    Ok(Reply::ok(render(job_id, &job)))
}

fn render(job_id: &str, job: &Job) -> Value {
    let status = if job.done { "SUCCESS" } else { "RUNNING" };
    let ids = match &job.effect {
        JobEffect::Activate { ids, .. } | JobEffect::Remove { ids, .. } => ids.clone(),
    };
    let id_key = if job.job_type.contains("Volume") {
        "volume_id"
    } else {
        "server_id"
    };
    let sub_jobs: Vec<Value> = ids
        .iter()
        .map(|id| {
            json!({
                "status": status,
                "entities": { id_key: id },
                "job_id": new_hex_id(),
                "job_type": job.job_type.trim_end_matches('s'),
                "begin_time": format_timestamp(job.begin_time),
                "end_time": job.end_time.map(format_timestamp).unwrap_or_default(),
                "error_code": "",
                "fail_reason": "",
            })
        })
        .collect();
    let mut entities = json!({ "sub_jobs_total": sub_jobs.len(), "sub_jobs": sub_jobs });
    if ids.len() == 1 {
        entities[id_key] = json!(ids[0]);
    }
    json!({
        "status": status,
        "entities": entities,
        "job_id": job_id,
        "job_type": job.job_type,
        "begin_time": format_timestamp(job.begin_time),
        "end_time": job.end_time.map(format_timestamp).unwrap_or_default(),
        "error_code": "",
        "fail_reason": "",
    })
}
