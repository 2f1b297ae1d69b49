//! IAM (projects, domains, users, id-token federation, temporary keys) and STS caller identity.
//!
//! IAM v3 has no API that deletes a project, so projects support create, list, show and update.

use super::{str_field, Ctx, Handler, Principal, Reply};
use crate::api_error::ApiError;
use crate::state::{format_expiry, new_hex_id, new_security_token, Project, State};
use http::StatusCode;
use serde_json::{json, Value};
use time::Duration;

/// Allowed `duration_seconds` of temporary keys, as IAM documents it (15 min to 24 h).
const MIN_DURATION_SECS: i64 = 900;
const MAX_DURATION_SECS: i64 = 86_400;

/// Lifetime of an unscoped token from the id-token exchange.
const UNSCOPED_TOKEN_TTL_SECS: i64 = 24 * 3600;

pub(super) fn handler(operation: &str) -> Option<Handler> {
    let h: Handler = match operation {
        "KeystoneListProjects" => list_projects,
        "KeystoneCreateProject" => create_project,
        "KeystoneShowProject" => show_project,
        "KeystoneUpdateProject" => update_project,
        "KeystoneListAuthDomains" => list_auth_domains,
        "CreateTokenWithIdToken" => exchange_id_token,
        "CreateTemporaryAccessKeyByToken" | "CreateTemporaryAccessKeyByAgency" => {
            issue_security_token
        }
        "KeystoneCreateUser" => create_user,
        "KeystoneListUsers" => list_users,
        "KeystoneShowUser" => show_user,
        "KeystoneUpdateUserByAdmin" => update_user,
        "KeystoneDeleteUser" => delete_user,
        "GetCallerIdentity" => caller_identity,
        _ => return None,
    };
    Some(h)
}

fn project_json(ctx: &Ctx<'_>, state: &State, project: &Project) -> Value {
    json!({
        "id": project.id,
        "name": project.name,
        "domain_id": state.identity.domain_id,
        "parent_id": project.parent_id,
        "description": project.description,
        "enabled": project.enabled,
        "is_domain": false,
        "links": {
            "self": format!("{}/v3/projects/{}", ctx.endpoint, project.id),
            "previous": null,
            "next": null,
        },
    })
}

fn list_links(ctx: &Ctx<'_>, collection: &str) -> Value {
    json!({
        "self": format!("{}/v3/{collection}", ctx.endpoint),
        "previous": null,
        "next": null,
    })
}

fn trace_id() -> String {
    new_hex_id()
}

fn parse_bool(ctx: &Ctx<'_>, name: &str) -> Result<Option<bool>, ApiError> {
    match ctx.query(name) {
        None => Ok(None),
        Some("true") => Ok(Some(true)),
        Some("false") => Ok(Some(false)),
        Some(other) => Err(ctx.bad_request(format!("invalid {name} {other:?}: use true or false"))),
    }
}

fn list_projects(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    state.counters.project_lookups += 1;
    let name = ctx.query("name");
    let enabled = parse_bool(ctx, "enabled")?;
    let domain = ctx.query("domain_id");
    let domain_matches = domain.is_none_or(|d| d == state.identity.domain_id);
    let projects: Vec<Value> = state
        .projects
        .iter()
        .filter(|_| domain_matches)
        .filter(|p| name.is_none_or(|n| p.name == n))
        .filter(|p| enabled.is_none_or(|e| p.enabled == e))
        .map(|p| project_json(ctx, state, p))
        .collect();
    let body = json!({ "projects": projects, "links": list_links(ctx, "projects") });
    Ok(Reply::ok(body).with_header("x-iam-trace-id", trace_id()))
}

fn project_not_found(ctx: &Ctx<'_>, id: &str) -> ApiError {
    ctx.not_found("404", format!("Could not find project: {id}."))
}

fn create_project(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let option = &ctx.json["project"];
    let name = str_field(option, "name");
    let parent_id = str_field(option, "parent_id");
    let parent = state
        .projects
        .iter()
        .find(|p| p.id == parent_id)
        .cloned()
        .ok_or_else(|| {
            ctx.bad_request(format!(
                "invalid project.parent_id {parent_id:?}: use the id of a region project"
            ))
        })?;

    // IAM requires sub-project names to start with the region name and an underscore.
    if !name.starts_with(&format!("{}_", parent.name)) {
        return Err(ctx.bad_request(format!(
            "invalid project.name {name:?}: it must start with \"{}_\"",
            parent.name
        )));
    }
    if state.projects.iter().any(|p| p.name == name) {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "409",
            format!("project name {name} already exists"),
        )
        .with_style(ctx.errors().style));
    }

    let project = Project {
        id: new_hex_id(),
        name: name.to_owned(),
        description: str_field(option, "description").to_owned(),
        enabled: true,
        parent_id: parent.id,
    };
    state.projects.push(project.clone());
    let mut body = project_json(ctx, state, &project);
    body["links"] = json!({ "self": format!("{}/v3/projects/{}", ctx.endpoint, project.id) });
    Ok(Reply::json(StatusCode::CREATED, json!({ "project": body })))
}

fn show_project(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("project_id");
    let project = state
        .projects
        .iter()
        .find(|p| p.id == id)
        .ok_or_else(|| project_not_found(ctx, id))?;
    Ok(Reply::ok(
        json!({ "project": project_json(ctx, state, project) }),
    ))
}

fn update_project(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("project_id");
    let option = &ctx.json["project"];
    let project = state
        .projects
        .iter_mut()
        .find(|p| p.id == id)
        .ok_or_else(|| project_not_found(ctx, id))?;
    if let Some(name) = option.get("name").and_then(Value::as_str) {
        project.name = name.to_owned();
    }
    if let Some(description) = option.get("description").and_then(Value::as_str) {
        project.description = description.to_owned();
    }
    let project = project.clone();
    Ok(Reply::ok(
        json!({ "project": project_json(ctx, state, &project) }),
    ))
}

fn list_auth_domains(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    state.counters.domain_lookups += 1;
    let domain = json!({
        "id": state.identity.domain_id,
        "name": state.identity.domain_name,
        "enabled": true,
        "description": "",
        "links": { "self": format!("{}/v3/domains/{}", ctx.endpoint, state.identity.domain_id) },
    });
    let links = json!({ "self": format!("{}/v3/auth/domains", ctx.endpoint) });
    Ok(Reply::ok(json!({ "domains": [domain], "links": links })))
}

/// NOTE: the public IAM API reference gives `IAM.0004` for 404 (not found), as used here, and
/// `IAM.0011` for 400 (invalid request body). The 400 `IAM.0097` for a rejected id token and
/// the 401 `IAM.0011` for an invalid token in `issue_security_token` are the emulator's choice.
fn exchange_id_token(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let idp_id = ctx.header("x-idp-id").unwrap_or_default();
    let idp = state
        .identity
        .identity_providers
        .iter()
        .find(|p| p.id == idp_id)
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "IAM.0004",
                format!(
                    "identity provider {idp_id:?} (X-Idp-Id) is not configured in the emulator"
                ),
            )
        })?;
    let token = str_field(&ctx.json["auth"]["id_token"], "id").trim();
    if !idp.accepted_tokens.iter().any(|t| t.trim() == token) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "IAM.0097",
            format!("the id token is not accepted by identity provider {idp_id}"),
        ));
    }
    state.counters.id_token_exchanges += 1;
    let subject_token = new_security_token();
    let now = state.now();
    let expires_at = now + Duration::seconds(UNSCOPED_TOKEN_TTL_SECS);
    state.auth_tokens.insert(subject_token.clone(), expires_at);
    let body = json!({
        "token": {
            "expires_at": format_expiry(expires_at),
            "issued_at": format_expiry(now),
            "methods": ["mapped"],
            "user": {
                "OS-FEDERATION": {
                    "identity_provider": {"id": idp_id},
                    "protocol": {"id": "oidc"},
                    "groups": [],
                },
                "domain": {"id": state.identity.domain_id, "name": state.identity.domain_name},
                "id": new_hex_id(),
                "name": "federated-user",
            },
            "roles": [],
            "catalog": [],
        },
    });
    Ok(Reply::json(StatusCode::CREATED, body).with_header("x-subject-token", subject_token))
}

/// Issues temporary keys. The caller authenticates either with a token from the id-token
/// exchange in the body (`methods: ["token"]`), or with an AK/SK signature or `X-Auth-Token`,
/// which the pipeline has already checked.
fn issue_security_token(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let identity = &ctx.json["auth"]["identity"];
    let methods: Vec<&str> = identity["methods"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let (duration, method_key) = if methods.contains(&"token") {
        (identity["token"]["duration_seconds"].as_i64(), "token")
    } else if methods.contains(&"assume_role") {
        (
            identity["assume_role"]["duration_seconds"].as_i64(),
            "assume_role",
        )
    } else {
        return Err(ctx.bad_request(format!(
            "invalid auth.identity.methods {methods:?}: use [\"token\"] or [\"assume_role\"]"
        )));
    };

    if method_key == "token" && ctx.principal == Principal::Anonymous {
        let token = str_field(&identity["token"], "id");
        let now = state.now();
        match state.auth_tokens.get(token) {
            Some(expiry) if *expiry > now => {}
            Some(_) => {
                return Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "IAM.0011",
                    "the token in auth.identity.token.id has expired; exchange the id token again",
                ))
            }
            None => {
                return Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "IAM.0011",
                    "the token in auth.identity.token.id is not valid; send a token from \
                     POST /v3.0/OS-AUTH/id-token/tokens or sign the request",
                ))
            }
        }
    }

    let default_ttl = i64::try_from(state.identity.security_token_ttl_secs).unwrap_or(3600);
    let duration = duration.unwrap_or(default_ttl);
    if !(MIN_DURATION_SECS..=MAX_DURATION_SECS).contains(&duration) && duration != default_ttl {
        return Err(ctx.bad_request(format!(
            "invalid duration_seconds {duration}: use a value from {MIN_DURATION_SECS} to \
             {MAX_DURATION_SECS}"
        )));
    }

    let ttl = u64::try_from(duration).unwrap_or(0);
    let (access, secret, token, expires_at) = state.issue_temporary_key(ttl);
    state.counters.security_tokens_issued += 1;
    let body = json!({
        "credential": {
            "access": access,
            "secret": secret,
            "securitytoken": token,
            "expires_at": format_expiry(expires_at),
        },
    });
    Ok(Reply::json(StatusCode::CREATED, body))
}

fn user_not_found(ctx: &Ctx<'_>, id: &str) -> ApiError {
    ctx.not_found("404", format!("Could not find user: {id}."))
}

fn user_view(ctx: &Ctx<'_>, user: &Value) -> Value {
    let mut view = user.clone();
    view["links"] = json!({
        "self": format!("{}/v3/users/{}", ctx.endpoint, str_field(user, "id")),
        "previous": null,
        "next": null,
    });
    view
}

fn create_user(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let option = &ctx.json["user"];
    let name = str_field(option, "name");
    if name.is_empty() || name.len() > 32 {
        return Err(ctx.bad_request(format!(
            "invalid user.name {name:?}: use 1 to 32 characters"
        )));
    }
    if state.users.iter().any(|u| u["name"] == name) {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "409",
            format!("user name {name} already exists"),
        )
        .with_style(ctx.errors().style));
    }
    // The password is accepted but never stored or returned.
    let user = json!({
        "id": new_hex_id(),
        "name": name,
        "domain_id": state.identity.domain_id,
        "enabled": option.get("enabled").cloned().unwrap_or(json!(true)),
        "description": str_field(option, "description"),
        "pwd_status": false,
        "password_expires_at": null,
    });
    state.users.push(user.clone());
    Ok(Reply::json(
        StatusCode::CREATED,
        json!({ "user": user_view(ctx, &user) }),
    ))
}

fn list_users(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let name = ctx.query("name");
    let enabled = parse_bool(ctx, "enabled")?;
    let users: Vec<Value> = state
        .users
        .iter()
        .filter(|u| name.is_none_or(|n| u["name"] == n))
        .filter(|u| enabled.is_none_or(|e| u["enabled"] == e))
        .map(|u| user_view(ctx, u))
        .collect();
    Ok(Reply::ok(
        json!({ "users": users, "links": list_links(ctx, "users") }),
    ))
}

fn show_user(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("user_id");
    let user = state
        .users
        .iter()
        .find(|u| u["id"] == id)
        .ok_or_else(|| user_not_found(ctx, id))?;
    Ok(Reply::ok(json!({ "user": user_view(ctx, user) })))
}

fn update_user(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("user_id");
    let user = state
        .users
        .iter_mut()
        .find(|u| u["id"] == id)
        .ok_or_else(|| user_not_found(ctx, id))?;
    for key in ["name", "enabled", "description"] {
        if let Some(value) = ctx.json["user"].get(key) {
            user[key] = value.clone();
        }
    }
    let user = user.clone();
    Ok(Reply::ok(json!({ "user": user_view(ctx, &user) })))
}

fn delete_user(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let id = ctx.path("user_id");
    let before = state.users.len();
    state.users.retain(|u| u["id"] != id);
    if state.users.len() == before {
        return Err(user_not_found(ctx, id));
    }
    Ok(Reply::no_content())
}

fn caller_identity(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let principal = match &ctx.principal {
        Principal::Key { ak } => ak.clone(),
        Principal::Token | Principal::Anonymous => "token".to_owned(),
    };
    let domain_id = state.identity.domain_id.clone();
    Ok(Reply::ok(json!({
        "account_id": domain_id,
        "principal_id": principal,
        "principal_urn": format!("iam::{domain_id}:user:{principal}"),
    })))
}
