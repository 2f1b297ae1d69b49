//! CCE pod identity agent: temporary keys for a pod that presents its service-account token.
//!
//! NOTE: the agent's response body and error codes are not publicly documented. The emulator
//! returns the camel-case key names that the SDKs' credential parser accepts
//! (`accessKeyId`, `secretAccessKey`, `securityToken`, `expiration`) and rejects a bad token
//! with `401` and the emulator's own code `POD.0401`.

use super::{Ctx, Handler, Reply};
use crate::api_error::ApiError;
use crate::state::{format_expiry, State};
use http::StatusCode;
use serde_json::json;

pub(super) fn handler(operation: &str) -> Option<Handler> {
    let h: Handler = match operation {
        "CreatePodIdentityCredentials" => create_credentials,
        _ => return None,
    };
    Some(h)
}

fn create_credentials(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let token = ctx.header("authorization").unwrap_or_default().trim();
    let accepted = !token.is_empty()
        && state
            .identity
            .pod_identity_tokens
            .iter()
            .any(|accepted| accepted.trim() == token);
    if !accepted {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "POD.0401",
            "missing or invalid Authorization: send the pod's service-account token",
        ));
    }
    let ttl = state.identity.security_token_ttl_secs;
    let (access, secret, security_token, expires_at) = state.issue_temporary_key(ttl);
    state.counters.pod_identity_fetches += 1;
    Ok(Reply::ok(json!({
        "accessKeyId": access,
        "secretAccessKey": secret,
        "securityToken": security_token,
        "expiration": format_expiry(expires_at),
    })))
}
