//! VPC: VPCs, subnets, security groups and their rules, through the v2 API (`/v1/{project_id}/`
//! paths) and the v3 API (`/v3/{project_id}/vpc/` paths), which share one set of records.

use super::{str_field, Ctx, Handler, Reply};
use crate::api_error::ApiError;
use crate::state::{format_timestamp, new_uuid, Kind, State};
use crate::validate::complete_required;
use serde_json::{json, Map, Value};
use std::net::Ipv4Addr;

pub(super) fn handler(version: &str, operation: &str) -> Option<Handler> {
    let h: Handler = match (version, operation) {
        (_, "CreateVpc") => create_vpc,
        (_, "ListVpcs") => list_vpcs,
        (_, "ShowVpc") => show_vpc,
        (_, "UpdateVpc") => update_vpc,
        (_, "DeleteVpc") => delete_vpc,
        ("v2", "CreateSubnet") => create_subnet,
        ("v2", "ListSubnets") => list_subnets,
        ("v2", "ShowSubnet") => show_subnet,
        ("v2", "UpdateSubnet") => update_subnet,
        ("v2", "DeleteSubnet") => delete_subnet,
        (_, "CreateSecurityGroup") => create_security_group,
        (_, "ListSecurityGroups") => list_security_groups,
        (_, "ShowSecurityGroup") => show_security_group,
        ("v3", "UpdateSecurityGroup") => update_security_group,
        (_, "DeleteSecurityGroup") => delete_security_group,
        (_, "CreateSecurityGroupRule") => create_rule,
        (_, "ListSecurityGroupRules") => list_rules,
        (_, "ShowSecurityGroupRule") => show_rule,
        (_, "DeleteSecurityGroupRule") => delete_rule,
        _ => return None,
    };
    Some(h)
}

fn is_v3(ctx: &Ctx<'_>) -> bool {
    ctx.operation.version == "v3"
}

/// Keeps the keys of `record` that the spec model declares, then adds missing required fields.
fn render(ctx: &Ctx<'_>, record: &Value, model: &str) -> Value {
    let models = crate::spec::Catalog::shared();
    let table = models.models_of(ctx.operation);
    let mut out = Map::new();
    if let (Some(spec), Some(fields)) = (table.get(model), record.as_object()) {
        for field in &spec.fields {
            if let Some(v) = fields.get(field.wire_name()) {
                out.insert(field.wire_name().to_owned(), v.clone());
            }
        }
    }
    let mut value = Value::Object(out);
    if is_v3(ctx) && value["status"] == "OK" {
        value["status"] = json!("ACTIVE");
    }
    complete_required(&mut value, model, table);
    value
}

/// Adds `request_id` (v3 responses carry it in the body) and, for lists, `page_info`.
fn v3_envelope(ctx: &Ctx<'_>, mut body: Value) -> Value {
    if is_v3(ctx) {
        body["request_id"] = json!(new_uuid().replace('-', ""));
    }
    body
}

fn page_info(page: &super::Page) -> Value {
    let mut info = json!({
        "previous_marker": page.previous_marker.clone().unwrap_or(json!("")),
        "current_count": page.items.len(),
    });
    if let Some(next) = &page.next_marker {
        info["next_marker"] = next.clone();
    }
    info
}

fn now_text(state: &State) -> String {
    format_timestamp(state.now())
}

/// Parses `a.b.c.d/n` into the network address and prefix length.
fn parse_cidr(text: &str) -> Option<(u32, u8)> {
    let (addr, prefix) = text.split_once('/')?;
    let addr: Ipv4Addr = addr.parse().ok()?;
    let prefix: u8 = prefix.parse().ok()?;
    if prefix > 32 {
        return None;
    }
    let mask = if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - prefix)
    };
    let bits = u32::from(addr);
    (bits & mask == bits).then_some((bits, prefix))
}

fn cidr_contains(outer: (u32, u8), inner: (u32, u8)) -> bool {
    let mask = if outer.1 == 0 {
        0
    } else {
        u32::MAX << (32 - outer.1)
    };
    inner.1 >= outer.1 && inner.0 & mask == outer.0
}

fn vpc_not_found(ctx: &Ctx<'_>, id: &str) -> ApiError {
    ctx.not_found("VPC.0003", format!("VPC {id} does not exist"))
}

fn tags_from(value: &Value) -> Value {
    let tags = value.as_array().cloned().unwrap_or_default();
    let converted: Vec<Value> = tags
        .into_iter()
        .map(|t| match t.as_str() {
            // v2 tags are "key*value" strings.
            Some(s) => {
                let (k, v) = s.split_once('*').unwrap_or((s, ""));
                json!({"key": k, "value": v})
            }
            None => t,
        })
        .collect();
    Value::Array(converted)
}

fn create_vpc(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let option = &ctx.json["vpc"];
    let cidr = option.get("cidr").and_then(Value::as_str).unwrap_or("");
    if !cidr.is_empty() && parse_cidr(cidr).is_none() {
        return Err(ctx.bad_request(format!(
            "invalid vpc.cidr {cidr:?}: expected an IPv4 network such as 192.168.0.0/16"
        )));
    }
    let name = str_field(option, "name");
    if name.len() > 64 {
        return Err(ctx.bad_request(format!(
            "invalid vpc.name: {} characters, at most 64 are allowed",
            name.len()
        )));
    }
    let now = now_text(state);
    let record = json!({
        "id": new_uuid(),
        "name": name,
        "cidr": if cidr.is_empty() { "192.168.0.0/16" } else { cidr },
        "description": str_field(option, "description"),
        "routes": [],
        "status": "OK",
        "enterprise_project_id": option.get("enterprise_project_id").cloned().unwrap_or(json!("0")),
        "tenant_id": ctx.project_id(),
        "project_id": ctx.project_id(),
        "extend_cidrs": [],
        "cloud_resources": [],
        "tags": tags_from(&option["tags"]),
        "created_at": now,
        "updated_at": now,
        "block_service_endpoint_states": "off",
        "enable_network_address_usage_metrics": option
            .get("enable_network_address_usage_metrics")
            .cloned()
            .unwrap_or(json!(false)),
    });
    state
        .collection(ctx.project_id(), Kind::Vpc)
        .push(record.clone());
    let body = json!({ "vpc": render(ctx, &record, "Vpc") });
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn list_vpcs(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let ids = ctx.query_all("id");
    let names = ctx.query_all("name");
    let items: Vec<Value> = state
        .collection(ctx.project_id(), Kind::Vpc)
        .iter()
        .filter(|r| ids.is_empty() || ids.iter().any(|id| r["id"] == *id))
        .filter(|r| names.is_empty() || names.iter().any(|n| r["name"] == *n))
        .cloned()
        .collect();
    let page = ctx.paginate(&items)?;
    let vpcs: Vec<Value> = page.items.iter().map(|r| render(ctx, r, "Vpc")).collect();
    let mut body = json!({ "vpcs": vpcs });
    if is_v3(ctx) {
        body["page_info"] = page_info(&page);
    }
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn show_vpc(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("vpc_id");
    let record = state
        .find(ctx.project_id(), Kind::Vpc, id)
        .cloned()
        .ok_or_else(|| vpc_not_found(ctx, id))?;
    let body = json!({ "vpc": render(ctx, &record, "Vpc") });
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn update_vpc(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("vpc_id");
    let option = ctx.json["vpc"].clone();
    if let Some(cidr) = option.get("cidr").and_then(Value::as_str) {
        if parse_cidr(cidr).is_none() {
            return Err(ctx.bad_request(format!(
                "invalid vpc.cidr {cidr:?}: expected an IPv4 network such as 192.168.0.0/16"
            )));
        }
    }
    let now = now_text(state);
    let record = state
        .find_mut(ctx.project_id(), Kind::Vpc, id)
        .ok_or_else(|| vpc_not_found(ctx, id))?;
    if let Some(fields) = option.as_object() {
        for (key, value) in fields {
            record[key] = value.clone();
        }
    }
    record["updated_at"] = json!(now);
    let record = record.clone();
    let body = json!({ "vpc": render(ctx, &record, "Vpc") });
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn delete_vpc(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("vpc_id");
    if state.find(ctx.project_id(), Kind::Vpc, id).is_none() {
        return Err(vpc_not_found(ctx, id));
    }
    let has_subnets = state
        .collection(ctx.project_id(), Kind::Subnet)
        .iter()
        .any(|s| s["vpc_id"] == id);
    if has_subnets {
        return Err(ctx.conflict(
            ctx.errors().invalid_code,
            format!("VPC {id} still has subnets: delete them first"),
        ));
    }
    state.remove(ctx.project_id(), Kind::Vpc, id);
    Ok(Reply::no_content())
}

fn subnet_not_found(ctx: &Ctx<'_>, id: &str) -> ApiError {
    ctx.not_found("VPC.0202", format!("Subnet {id} does not exist"))
}

fn create_subnet(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let option = &ctx.json["subnet"];
    let vpc_id = str_field(option, "vpc_id");
    let vpc = state
        .find(ctx.project_id(), Kind::Vpc, vpc_id)
        .cloned()
        .ok_or_else(|| vpc_not_found(ctx, vpc_id))?;

    let cidr_text = str_field(option, "cidr");
    let cidr = parse_cidr(cidr_text).ok_or_else(|| {
        ctx.bad_request(format!(
            "invalid subnet.cidr {cidr_text:?}: expected an IPv4 network such as 192.168.1.0/24"
        ))
    })?;
    let vpc_cidr = parse_cidr(str_field(&vpc, "cidr"));
    if vpc_cidr.is_some_and(|outer| !cidr_contains(outer, cidr)) {
        return Err(ctx.bad_request(format!(
            "invalid subnet.cidr {cidr_text}: it is not inside the VPC CIDR {}",
            str_field(&vpc, "cidr")
        )));
    }

    let gateway = str_field(option, "gateway_ip");
    let gateway_ok = gateway
        .parse::<Ipv4Addr>()
        .is_ok_and(|ip| cidr_contains(cidr, (u32::from(ip), 32)));
    if !gateway_ok {
        return Err(ctx.bad_request(format!(
            "invalid subnet.gateway_ip {gateway:?}: use an address inside {cidr_text}"
        )));
    }

    let now = now_text(state);
    let mut record = option.clone();
    let id = new_uuid();
    record["id"] = json!(id);
    record["status"] = json!("ACTIVE");
    record["tenant_id"] = json!(ctx.project_id());
    record["neutron_network_id"] = json!(id);
    record["neutron_subnet_id"] = json!(new_uuid());
    record["created_at"] = json!(now);
    record["updated_at"] = json!(now);
    record["available_ip_address_count"] =
        json!(2u64.pow(32 - u32::from(cidr.1)).saturating_sub(3));
    if record.get("dhcp_enable").is_none() {
        record["dhcp_enable"] = json!(true);
    }
    state
        .collection(ctx.project_id(), Kind::Subnet)
        .push(record.clone());
    Ok(Reply::ok(
        json!({ "subnet": render(ctx, &record, "Subnet") }),
    ))
}

fn list_subnets(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let vpc_id = ctx.query("vpc_id");
    let items: Vec<Value> = state
        .collection(ctx.project_id(), Kind::Subnet)
        .iter()
        .filter(|r| vpc_id.is_none_or(|v| r["vpc_id"] == v))
        .cloned()
        .collect();
    let page = ctx.paginate(&items)?;
    let subnets: Vec<Value> = page
        .items
        .iter()
        .map(|r| render(ctx, r, "Subnet"))
        .collect();
    Ok(Reply::ok(json!({ "subnets": subnets })))
}

fn show_subnet(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("subnet_id");
    let record = state
        .find(ctx.project_id(), Kind::Subnet, id)
        .cloned()
        .ok_or_else(|| subnet_not_found(ctx, id))?;
    Ok(Reply::ok(
        json!({ "subnet": render(ctx, &record, "Subnet") }),
    ))
}

fn update_subnet(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("subnet_id");
    let vpc_id = ctx.path("vpc_id");
    let now = now_text(state);
    let record = state
        .find_mut(ctx.project_id(), Kind::Subnet, id)
        .filter(|r| r["vpc_id"] == vpc_id)
        .ok_or_else(|| subnet_not_found(ctx, id))?;
    if let Some(fields) = ctx.json["subnet"].as_object() {
        for (key, value) in fields {
            record[key] = value.clone();
        }
    }
    record["updated_at"] = json!(now);
    Ok(Reply::ok(json!({
        "subnet": {"id": id, "status": record["status"].clone()}
    })))
}

fn delete_subnet(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("subnet_id");
    let vpc_id = ctx.path("vpc_id");
    let belongs = state
        .find(ctx.project_id(), Kind::Subnet, id)
        .is_some_and(|r| r["vpc_id"] == vpc_id);
    if !belongs {
        return Err(subnet_not_found(ctx, id));
    }
    state.remove(ctx.project_id(), Kind::Subnet, id);
    Ok(Reply::no_content())
}

fn group_not_found(ctx: &Ctx<'_>, id: &str) -> ApiError {
    ctx.not_found("VPC.0602", format!("Security group {id} does not exist"))
}

/// Renders a security group with its rules embedded when the model has a rules field.
fn render_group(ctx: &Ctx<'_>, state: &mut State, record: &Value, model: &str) -> Value {
    let rules: Vec<Value> = state
        .collection(ctx.project_id(), Kind::SecurityGroupRule)
        .iter()
        .filter(|r| r["security_group_id"] == record["id"])
        .cloned()
        .collect();
    let rules: Vec<Value> = rules
        .iter()
        .map(|r| render(ctx, r, "SecurityGroupRule"))
        .collect();
    let mut record = record.clone();
    record["security_group_rules"] = Value::Array(rules);
    render(ctx, &record, model)
}

fn create_security_group(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let option = &ctx.json["security_group"];
    let vpc_id = str_field(option, "vpc_id");
    if !vpc_id.is_empty() && state.find(ctx.project_id(), Kind::Vpc, vpc_id).is_none() {
        return Err(vpc_not_found(ctx, vpc_id));
    }

    let now = now_text(state);
    let id = new_uuid();
    let record = json!({
        "id": id,
        "name": str_field(option, "name"),
        "description": str_field(option, "description"),
        "vpc_id": vpc_id,
        "enterprise_project_id": option.get("enterprise_project_id").cloned().unwrap_or(json!("0")),
        "project_id": ctx.project_id(),
        "tags": tags_from(&option["tags"]),
        "created_at": now,
        "updated_at": now,
    });
    state
        .collection(ctx.project_id(), Kind::SecurityGroup)
        .push(record.clone());

    // Like the real service, a new group allows all egress traffic.
    for ethertype in ["IPv4", "IPv6"] {
        let rule = new_rule_record(ctx, &id, "egress", ethertype, &now);
        state
            .collection(ctx.project_id(), Kind::SecurityGroupRule)
            .push(rule);
    }
    let model = if is_v3(ctx) {
        "SecurityGroupInfo"
    } else {
        "SecurityGroup"
    };
    let body = json!({ "security_group": render_group(ctx, state, &record, model) });
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn list_security_groups(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let vpc_id = ctx.query("vpc_id");
    let ids = ctx.query_all("id");
    let items: Vec<Value> = state
        .collection(ctx.project_id(), Kind::SecurityGroup)
        .iter()
        .filter(|r| vpc_id.is_none_or(|v| r["vpc_id"] == v))
        .filter(|r| ids.is_empty() || ids.iter().any(|id| r["id"] == *id))
        .cloned()
        .collect();
    let page = ctx.paginate(&items)?;
    let groups: Vec<Value> = page
        .items
        .iter()
        .map(|r| render_group(ctx, state, r, "SecurityGroup"))
        .collect();
    let mut body = json!({ "security_groups": groups });
    if is_v3(ctx) {
        body["page_info"] = page_info(&page);
    }
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn show_security_group(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("security_group_id");
    let record = state
        .find(ctx.project_id(), Kind::SecurityGroup, id)
        .cloned()
        .ok_or_else(|| group_not_found(ctx, id))?;
    let model = if is_v3(ctx) {
        "SecurityGroupInfo"
    } else {
        "SecurityGroup"
    };
    let body = json!({ "security_group": render_group(ctx, state, &record, model) });
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn update_security_group(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("security_group_id");
    let now = now_text(state);
    let record = state
        .find_mut(ctx.project_id(), Kind::SecurityGroup, id)
        .ok_or_else(|| group_not_found(ctx, id))?;
    if let Some(fields) = ctx.json["security_group"].as_object() {
        for (key, value) in fields {
            record[key] = value.clone();
        }
    }
    record["updated_at"] = json!(now);
    let record = record.clone();
    let body = json!({ "security_group": render_group(ctx, state, &record, "SecurityGroupInfo") });
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn delete_security_group(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("security_group_id");
    if state
        .remove(ctx.project_id(), Kind::SecurityGroup, id)
        .is_none()
    {
        return Err(group_not_found(ctx, id));
    }
    state
        .collection(ctx.project_id(), Kind::SecurityGroupRule)
        .retain(|r| r["security_group_id"] != id);
    Ok(Reply::no_content())
}

fn new_rule_record(
    ctx: &Ctx<'_>,
    group_id: &str,
    direction: &str,
    ethertype: &str,
    now: &str,
) -> Value {
    json!({
        "id": new_uuid(),
        "description": "",
        "security_group_id": group_id,
        "direction": direction,
        "ethertype": ethertype,
        "protocol": "",
        "multiport": "",
        "action": "allow",
        "priority": 1,
        "port_range_min": null,
        "port_range_max": null,
        "remote_ip_prefix": "",
        "remote_group_id": "",
        "remote_address_group_id": "",
        "tenant_id": ctx.project_id(),
        "project_id": ctx.project_id(),
        "enabled": true,
        "created_at": now,
        "updated_at": now,
    })
}

fn rule_not_found(ctx: &Ctx<'_>, id: &str) -> ApiError {
    ctx.not_found(
        "VPC.0603",
        format!("Security group rule {id} does not exist"),
    )
}

fn create_rule(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let option = &ctx.json["security_group_rule"];
    let group_id = str_field(option, "security_group_id");
    if state
        .find(ctx.project_id(), Kind::SecurityGroup, group_id)
        .is_none()
    {
        return Err(group_not_found(ctx, group_id));
    }
    let direction = str_field(option, "direction");
    if direction != "ingress" && direction != "egress" {
        return Err(ctx.bad_request(format!(
            "invalid security_group_rule.direction {direction:?}: use ingress or egress"
        )));
    }

    let ethertype = option
        .get("ethertype")
        .and_then(Value::as_str)
        .unwrap_or("IPv4");
    let now = now_text(state);
    let mut record = new_rule_record(ctx, group_id, direction, ethertype, &now);
    if let Some(fields) = option.as_object() {
        for (key, value) in fields {
            record[key] = value.clone();
        }
    }

    let min = record["port_range_min"].as_i64();
    let max = record["port_range_max"].as_i64();
    if let (Some(min), Some(max)) = (min, max) {
        if min > max {
            return Err(ctx.bad_request(format!(
                "invalid port range {min}-{max}: port_range_min must not exceed port_range_max"
            )));
        }
        record["multiport"] = json!(if min == max {
            min.to_string()
        } else {
            format!("{min}-{max}")
        });
    }
    state
        .collection(ctx.project_id(), Kind::SecurityGroupRule)
        .push(record.clone());
    let body = json!({ "security_group_rule": render(ctx, &record, "SecurityGroupRule") });
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn list_rules(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let groups = ctx.query_all("security_group_id");
    let items: Vec<Value> = state
        .collection(ctx.project_id(), Kind::SecurityGroupRule)
        .iter()
        .filter(|r| groups.is_empty() || groups.iter().any(|g| r["security_group_id"] == *g))
        .cloned()
        .collect();
    let page = ctx.paginate(&items)?;
    let rules: Vec<Value> = page
        .items
        .iter()
        .map(|r| render(ctx, r, "SecurityGroupRule"))
        .collect();
    let mut body = json!({ "security_group_rules": rules });
    if is_v3(ctx) {
        body["page_info"] = page_info(&page);
    }
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn show_rule(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("security_group_rule_id");
    let record = state
        .find(ctx.project_id(), Kind::SecurityGroupRule, id)
        .cloned()
        .ok_or_else(|| rule_not_found(ctx, id))?;
    let body = json!({ "security_group_rule": render(ctx, &record, "SecurityGroupRule") });
    Ok(Reply::ok(v3_envelope(ctx, body)))
}

fn delete_rule(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("security_group_rule_id");
    if state
        .remove(ctx.project_id(), Kind::SecurityGroupRule, id)
        .is_none()
    {
        return Err(rule_not_found(ctx, id));
    }
    Ok(Reply::no_content())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_parsing_rejects_host_bits() {
        assert_eq!(parse_cidr("10.0.0.0/8"), Some((0x0a00_0000, 8)));
        assert_eq!(parse_cidr("10.0.0.1/8"), None);
        assert_eq!(parse_cidr("10.0.0.0/33"), None);
        assert_eq!(parse_cidr("nonsense"), None);
    }

    #[test]
    fn cidr_containment() {
        let vpc = parse_cidr("192.168.0.0/16").expect("valid");
        let inside = parse_cidr("192.168.1.0/24").expect("valid");
        let outside = parse_cidr("10.1.0.0/24").expect("valid");
        assert!(cidr_contains(vpc, inside));
        assert!(!cidr_contains(vpc, outside));
        assert!(!cidr_contains(inside, vpc));
    }
}
