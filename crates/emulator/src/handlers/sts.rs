//! STS federation: temporary keys for an agency assumed with an OpenID Connect id token
//! (AssumeAgencyWithOIDC).
//!
//! Request and response fields follow the public STS API reference: `provider_urn`,
//! `agency_urn`, `agency_session_name` and `id_token` are required, `duration_seconds`
//! defaults to one hour and may be 15 minutes to 12 hours, and `policy` and `policy_ids` limit
//! the session. The emulator checks the id token against the accepted tokens of the identity
//! provider named at the end of `provider_urn`, instead of verifying a JWT signature.
//!
//! NOTE: the public reference does not list the error codes, so the emulator chose them:
//! `STS.0001` for an invalid request, `STS.0002` for an unknown identity provider and
//! `STS.0003` for a rejected id token. The success status 200 is a guess too.

use super::{str_field, Ctx, Handler, Reply};
use crate::api_error::ApiError;
use crate::state::{format_expiry, State};
use http::StatusCode;
use serde_json::{json, Value};

/// Default session lifetime, in seconds.
const DEFAULT_DURATION_SECS: i64 = 3600;
/// Minimum session lifetime the reference allows (15 minutes).
const MIN_DURATION_SECS: i64 = 900;
/// Maximum session lifetime an agency can set (12 hours).
const MAX_DURATION_SECS: i64 = 43_200;

/// Marker before the identity provider's name in a provider URN.
const PROVIDER_URN_MARKER: &str = ":identity-provider:";

pub(super) fn handler(operation: &str) -> Option<Handler> {
    let h: Handler = match operation {
        "AssumeAgencyWithOIDC" => assume_agency_with_oidc,
        _ => return None,
    };
    Some(h)
}

fn invalid(message: String) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "STS.0001", message)
}

/// Returns the non-empty string field `name` of the body, or a 400 naming it.
fn required<'c>(ctx: &'c Ctx<'_>, name: &str) -> Result<&'c str, ApiError> {
    match ctx.json.get(name) {
        Some(Value::String(text)) if !text.trim().is_empty() => Ok(text),
        Some(Value::String(_)) | None => Err(invalid(format!(
            "{name} is missing or empty: it is required"
        ))),
        Some(other) => Err(invalid(format!(
            "invalid {name} {other}: expected a string"
        ))),
    }
}

fn duration_secs(ctx: &Ctx<'_>) -> Result<i64, ApiError> {
    let Some(value) = ctx.json.get("duration_seconds") else {
        return Ok(DEFAULT_DURATION_SECS);
    };
    match value.as_i64() {
        Some(seconds) if (MIN_DURATION_SECS..=MAX_DURATION_SECS).contains(&seconds) => Ok(seconds),
        _ => Err(invalid(format!(
            "invalid duration_seconds {value}: use an integer from {MIN_DURATION_SECS} to \
             {MAX_DURATION_SECS}"
        ))),
    }
}

/// Checks the optional `policy` (a string) and `policy_ids` (a list of strings).
fn check_policies(ctx: &Ctx<'_>) -> Result<(), ApiError> {
    if let Some(policy) = ctx.json.get("policy") {
        if !policy.is_string() {
            return Err(invalid(format!(
                "invalid policy {policy}: expected the policy document as a string"
            )));
        }
    }
    if let Some(ids) = ctx.json.get("policy_ids") {
        let valid = ids
            .as_array()
            .is_some_and(|ids| ids.iter().all(Value::is_string));
        if !valid {
            return Err(invalid(format!(
                "invalid policy_ids {ids}: expected a list of policy id strings"
            )));
        }
    }
    Ok(())
}

fn assume_agency_with_oidc(ctx: &Ctx<'_>, state: &mut State) -> Result<Reply, ApiError> {
    let provider_urn = required(ctx, "provider_urn")?;
    let agency_urn = required(ctx, "agency_urn")?;
    required(ctx, "agency_session_name")?;
    let id_token = required(ctx, "id_token")?.trim();
    let duration = duration_secs(ctx)?;
    check_policies(ctx)?;

    let provider_name = provider_urn
        .split_once(PROVIDER_URN_MARKER)
        .map(|(_, name)| name)
        .ok_or_else(|| {
            invalid(format!(
                "invalid provider_urn {provider_urn:?}: expected \
                 iam::<account id>:identity-provider:<name>"
            ))
        })?;
    let provider = state
        .identity
        .identity_providers
        .iter()
        .find(|provider| provider.id == provider_name)
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "STS.0002",
                format!("identity provider {provider_name:?} is not configured in the emulator"),
            )
        })?;
    if !provider
        .accepted_tokens
        .iter()
        .any(|accepted| accepted.trim() == id_token)
    {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "STS.0003",
            format!("the id token is not accepted by identity provider {provider_name}"),
        ));
    }

    let ttl = u64::try_from(duration).unwrap_or(0);
    let (access, secret, token, expires_at) = state.issue_temporary_key(ttl);
    state.counters.oidc_agency_assumptions += 1;
    Ok(Reply::ok(json!({
        "credentials": {
            "access_key_id": access,
            "secret_access_key": secret,
            "security_token": token,
            "expiration": format_expiry(expires_at),
        },
        "assumed_agency": {
            "agency_urn": agency_urn,
            "agency_session_name": str_field(&ctx.json, "agency_session_name"),
        },
    })))
}
