//! ECS: servers created and deleted through jobs.

use super::{jobs, str_field, Ctx, Handler, Reply};
use crate::api_error::ApiError;
use crate::spec::Catalog;
use crate::state::{format_timestamp, new_hex_id, new_uuid, JobEffect, Kind, State};
use crate::validate::complete_required;
use serde_json::{json, Map, Value};

/// Largest `count` of one create request.
// NOTE: chosen by the emulator; the real service's limit per request was not checked.
const MAX_SERVERS_PER_REQUEST: i64 = 500;

pub(super) fn handler(operation: &str) -> Option<Handler> {
    let h: Handler = match operation {
        "CreateServers" | "CreatePostPaidServers" => create_servers,
        "ListServersDetails" => list_servers,
        "ShowServer" => show_server,
        "UpdateServer" => update_server,
        "DeleteServers" => delete_servers,
        "ShowJob" => jobs::show_job,
        _ => return None,
    };
    Some(h)
}

fn server_not_found(ctx: &Ctx<'_>, id: &str) -> ApiError {
    ctx.not_found("Ecs.0114", format!("Server {id} does not exist"))
}

fn render(ctx: &Ctx<'_>, record: &Value, model: &str) -> Value {
    let catalog = Catalog::shared();
    let mut value = record.clone();
    complete_required(&mut value, model, catalog.models_of(ctx.operation));
    value
}

/// Checks the network references of a create request: the VPC and every NIC subnet exist.
fn check_network(
    ctx: &Ctx<'_>,
    state: &State,
    server: &Value,
) -> Result<Vec<(String, String)>, ApiError> {
    let vpc_id = str_field(server, "vpcid");
    if state.find(ctx.project_id(), Kind::Vpc, vpc_id).is_none() {
        return Err(ctx.bad_request(format!(
            "invalid server.vpcid {vpc_id:?}: no such VPC in project {}; create it first",
            ctx.project_id()
        )));
    }
    let mut nics = Vec::new();
    for nic in server["nics"].as_array().into_iter().flatten() {
        let subnet_id = str_field(nic, "subnet_id");
        let subnet = state
            .find(ctx.project_id(), Kind::Subnet, subnet_id)
            .filter(|s| s["vpc_id"] == vpc_id)
            .ok_or_else(|| {
                ctx.bad_request(format!(
                    "invalid server.nics subnet_id {subnet_id:?}: no such subnet in VPC {vpc_id}"
                ))
            })?;
        nics.push((subnet_id.to_owned(), str_field(subnet, "cidr").to_owned()));
    }
    if nics.is_empty() {
        return Err(ctx.bad_request("invalid server.nics: at least one NIC is required"));
    }
    Ok(nics)
}

/// Picks a host address in `cidr` for the `index`-th server (the real service uses DHCP).
fn address_in(cidr: &str, index: usize) -> String {
    let base = cidr.split('/').next().unwrap_or("192.168.0.0");
    let mut octets: Vec<u32> = base.split('.').filter_map(|o| o.parse().ok()).collect();
    octets.resize(4, 0);
    let host = u32::try_from(index).unwrap_or(0) + 10;
    let value = (octets[0] << 24 | octets[1] << 16 | octets[2] << 8 | octets[3]).wrapping_add(host);
    std::net::Ipv4Addr::from(value).to_string()
}

fn new_server_record(
    ctx: &Ctx<'_>,
    server: &Value,
    name: String,
    nics: &[(String, String)],
    index: usize,
    now: &str,
) -> Value {
    let id = new_uuid();
    let mut addresses = Map::new();
    let vpc_id = str_field(server, "vpcid");
    let entries: Vec<Value> = nics
        .iter()
        .map(|(_, cidr)| {
            json!({
                "version": "4",
                "addr": address_in(cidr, index),
                "OS-EXT-IPS:type": "fixed",
                "OS-EXT-IPS:port_id": new_uuid(),
            })
        })
        .collect();
    addresses.insert(vpc_id.to_owned(), Value::Array(entries));
    let groups: Vec<Value> = server["security_groups"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|g| json!({"id": str_field(g, "id"), "name": str_field(g, "id")}))
        .collect();
    json!({
        "id": id,
        "name": name,
        "status": "BUILD",
        "description": str_field(server, "description"),
        "created": now,
        "updated": now,
        "tenant_id": ctx.project_id(),
        "user_id": new_hex_id(),
        "hostId": new_hex_id(),
        "image": {"id": str_field(server, "imageRef")},
        "flavor": {"id": str_field(server, "flavorRef"), "name": str_field(server, "flavorRef")},
        "addresses": addresses,
        "key_name": str_field(server, "key_name"),
        "metadata": server.get("metadata").cloned().unwrap_or(json!({})),
        "tags": server.get("tags").cloned().unwrap_or(json!([])),
        "security_groups": groups,
        "OS-EXT-AZ:availability_zone": str_field(server, "availability_zone"),
        "OS-EXT-SRV-ATTR:hostname": name_to_hostname(&name),
        "OS-EXT-STS:vm_state": "building",
        "locked": false,
        "enterprise_project_id": "0",
    })
}

fn name_to_hostname(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

fn create_servers(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let server = &ctx.json["server"];
    let count = server.get("count").and_then(Value::as_i64).unwrap_or(1);
    if !(1..=MAX_SERVERS_PER_REQUEST).contains(&count) {
        return Err(ctx.bad_request(format!(
            "invalid server.count {count}: use a value from 1 to {MAX_SERVERS_PER_REQUEST}"
        )));
    }

    let nics = check_network(ctx, state, server)?;
    if ctx.json["dry_run"] == true {
        return Ok(Reply::json(http::StatusCode::ACCEPTED, json!({})));
    }
    let now = format_timestamp(state.now());
    let base_name = str_field(server, "name");
    let mut ids = Vec::new();
    for index in 0..usize::try_from(count).expect("count is between 1 and 500") {
        let name = if count > 1 {
            format!("{base_name}-{:04}", index + 1)
        } else {
            base_name.to_owned()
        };
        let record = new_server_record(ctx, server, name, &nics, index, &now);
        ids.push(record["id"].as_str().unwrap_or_default().to_owned());
        state
            .collection(ctx.project_id(), Kind::Server)
            .push(record);
    }

    let effect = JobEffect::Activate {
        kind: Kind::Server,
        ids: ids.clone(),
        status: "ACTIVE",
    };
    let job_id = jobs::start(state, ctx.project_id(), "createServers", effect);
    Ok(Reply::ok(json!({ "job_id": job_id, "serverIds": ids })))
}

fn list_servers(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let name = ctx.query("name");
    let status = ctx.query("status");
    let items: Vec<Value> = state
        .collection(ctx.project_id(), Kind::Server)
        .iter()
        .filter(|r| name.is_none_or(|n| str_field(r, "name").contains(n)))
        .filter(|r| status.is_none_or(|s| r["status"] == s))
        .cloned()
        .collect();
    let total = items.len();
    let page_items = match ctx.query("offset") {
        // ECS pages by `offset` (a page number starting at 1) and `limit`.
        Some(offset) => {
            let page: usize = offset.parse().ok().filter(|p| *p >= 1).ok_or_else(|| {
                ctx.bad_request(format!(
                    "invalid offset {offset:?}: use a page number from 1"
                ))
            })?;
            let limit: usize = match ctx.query("limit") {
                Some(l) => l.parse().ok().filter(|l| *l >= 1).ok_or_else(|| {
                    ctx.bad_request(format!(
                        "invalid limit {l:?}: use an integer from 1 to 1000"
                    ))
                })?,
                None => 25,
            };
            items
                .into_iter()
                .skip((page - 1) * limit)
                .take(limit)
                .collect()
        }
        None => ctx.paginate(&items)?.items,
    };
    let servers: Vec<Value> = page_items
        .iter()
        .map(|r| render(ctx, r, "ServerDetail"))
        .collect();
    Ok(Reply::ok(json!({ "count": total, "servers": servers })))
}

fn show_server(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("server_id");
    let record = state
        .find(ctx.project_id(), Kind::Server, id)
        .cloned()
        .ok_or_else(|| server_not_found(ctx, id))?;
    Ok(Reply::ok(
        json!({ "server": render(ctx, &record, "ServerDetail") }),
    ))
}

fn update_server(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("server_id");
    let now = format_timestamp(state.now());
    let record = state
        .find_mut(ctx.project_id(), Kind::Server, id)
        .ok_or_else(|| server_not_found(ctx, id))?;
    let option = &ctx.json["server"];
    for key in ["name", "description"] {
        if let Some(value) = option.get(key) {
            record[key] = value.clone();
        }
    }
    if let Some(hostname) = option.get("hostname") {
        record["OS-EXT-SRV-ATTR:hostname"] = hostname.clone();
    }
    record["updated"] = json!(now);
    let mut result = record.clone();
    result["image"] = record["image"]["id"].clone();
    Ok(Reply::ok(
        json!({ "server": render(ctx, &result, "UpdateServerResult") }),
    ))
}

fn delete_servers(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let ids: Vec<String> = ctx.json["servers"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| str_field(s, "id").to_owned())
        .collect();
    if ids.is_empty() {
        return Err(ctx.bad_request("invalid servers: list at least one server id"));
    }
    if let Some(missing) = ids
        .iter()
        .find(|id| state.find(ctx.project_id(), Kind::Server, id).is_none())
    {
        return Err(server_not_found(ctx, missing));
    }
    for id in &ids {
        if let Some(record) = state.find_mut(ctx.project_id(), Kind::Server, id) {
            record["status"] = json!("DELETING");
        }
    }
    let effect = JobEffect::Remove {
        kind: Kind::Server,
        ids,
    };
    let job_id = jobs::start(state, ctx.project_id(), "deleteServers", effect);
    Ok(Reply::ok(json!({ "job_id": job_id })))
}
