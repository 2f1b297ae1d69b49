//! ECS metadata service: session tokens and temporary keys of the instance's agency.

use super::{Ctx, Handler, Reply, ReplyBody};
use crate::api_error::ApiError;
use crate::state::{format_expiry, new_security_token, State};
use http::StatusCode;
use serde_json::json;
use time::Duration;

/// Maximum session token lifetime in seconds (6 h, the lifetime the official SDK requests).
const MAX_TOKEN_TTL_SECS: i64 = 21_600;

pub(super) fn handler(operation: &str) -> Option<Handler> {
    let h: Handler = match operation {
        "CreateMetadataToken" => create_token,
        "ShowMetadataSecurityKey" => show_security_key,
        _ => return None,
    };
    Some(h)
}

fn text(status: StatusCode, body: String) -> Reply {
    Reply {
        status,
        headers: Vec::new(),
        body: ReplyBody::Text(body),
    }
}

fn create_token(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    if !state.identity.metadata.token_route_enabled {
        return Ok(text(StatusCode::NOT_FOUND, "404 Not Found".to_owned()));
    }
    let header = ctx
        .header("x-metadata-token-ttl-seconds")
        .unwrap_or_default();
    let ttl = match header.parse::<i64>() {
        Ok(ttl) if (1..=MAX_TOKEN_TTL_SECS).contains(&ttl) => ttl,
        _ => {
            return Ok(text(
                StatusCode::BAD_REQUEST,
                format!(
                    "invalid X-Metadata-Token-Ttl-Seconds {header:?}: use an integer from 1 to \
                     {MAX_TOKEN_TTL_SECS}"
                ),
            ))
        }
    };
    let token = new_security_token();
    let expires_at = state.now() + Duration::seconds(ttl);
    state.metadata_tokens.insert(token.clone(), expires_at);
    state.counters.metadata_token_requests += 1;
    Ok(text(StatusCode::OK, token))
}

fn show_security_key(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    if state.identity.metadata.require_token {
        let now = state.now();
        let token = ctx.header("x-metadata-token").unwrap_or_default();
        let valid = state
            .metadata_tokens
            .get(token)
            .is_some_and(|expiry| *expiry > now);
        if !valid {
            return Ok(text(
                StatusCode::UNAUTHORIZED,
                "missing, invalid or expired X-Metadata-Token: get a new one with PUT \
                 /meta-data/latest/api/token"
                    .to_owned(),
            ));
        }
    }
    let ttl = state.identity.metadata.credential_ttl_secs;
    let (access, secret, token, expires_at) = state.issue_temporary_key(ttl);
    state.counters.security_key_fetches += 1;
    Ok(Reply::ok(json!({
        "credential": {
            "access": access,
            "secret": secret,
            "securitytoken": token,
            "expires_at": format_expiry(expires_at),
        },
    })))
}
