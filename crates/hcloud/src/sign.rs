//! `hcloud sign`: signs one request read as JSON on stdin, for checking a signature by hand or
//! from another language.
//!
//! Input: `{"method", "url", "headers": [[name, value], ...], "body": "<UTF-8 text>"` or
//! `"body_base64": "...", "ak", "sk"`, optional `"security_token", "project_id", "domain_id",
//! "algorithm"` (default `SDK-HMAC-SHA256`), `"date"` (`YYYYMMDDTHHMMSSZ`, default now),
//! `"region", "service"` (the `V11-HMAC-SHA256` scope)`}`.
//!
//! Output: `{"canonical_request", "string_to_sign", "authorization", "url", "headers"}` where
//! `url` and `headers` are exactly what goes on the wire. Only the signer's own headers are
//! added.

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::SystemTime;

use base64::Engine as _;
use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::signer::{
    parse_sdk_date, sign, Payload, SigningAlgorithm, SigningError, SigningOutput, SigningParams,
    SigningRequest,
};
use serde_json::{Map, Value};

/// Options of `hcloud sign`.
#[derive(Debug, clap::Args)]
pub(crate) struct SignArgs {
    /// Print each step (canonical request, string to sign, wire request) as labelled text for a
    /// person instead of JSON.
    #[arg(long)]
    explain: bool,
}

/// Exit status for input that cannot be signed.
const EXIT_INVALID_INPUT: u8 = 2;

const FIELDS: [&str; 14] = [
    "method",
    "url",
    "headers",
    "body",
    "body_base64",
    "ak",
    "sk",
    "security_token",
    "project_id",
    "domain_id",
    "algorithm",
    "date",
    "region",
    "service",
];

/// Signs the request on stdin and prints the result; 2 on invalid input, 1 on other failures.
pub(crate) fn run(args: SignArgs) -> ExitCode {
    let mut text = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut text) {
        return fail(
            EXIT_INVALID_INPUT,
            &format!("cannot read stdin as UTF-8 text: {error}"),
        );
    }
    let input = match parse_input(&text) {
        Ok(input) => input,
        Err(message) => return fail(EXIT_INVALID_INPUT, &message),
    };
    let mut request = input.request;
    let output = match sign(&mut request, &input.credentials, &input.params) {
        Ok(output) => output,
        Err(error) => {
            let status = match error {
                SigningError::KeyDerivation { .. } | SigningError::SignatureFailed { .. } => 1,
                _ => EXIT_INVALID_INPUT,
            };
            return fail(status, &format!("cannot sign: {error}"));
        }
    };
    let rendered = if args.explain {
        explain(&request, &output)
    } else {
        to_json(&request, &output)
    };
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(rendered.as_bytes()).is_err() || stdout.flush().is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn fail(status: u8, message: &str) -> ExitCode {
    eprintln!("hcloud sign: {message}");
    ExitCode::from(status)
}

struct Input {
    request: SigningRequest,
    credentials: Credentials,
    params: SigningParams,
}

/// Parses and checks the input; the error is one line naming the field and what is wrong.
fn parse_input(text: &str) -> Result<Input, String> {
    let value: Value =
        serde_json::from_str(text).map_err(|error| format!("invalid JSON on stdin: {error}"))?;
    let Value::Object(object) = value else {
        return Err("invalid input: expected a JSON object".to_string());
    };
    for key in object.keys() {
        if !FIELDS.contains(&key.as_str()) {
            return Err(format!(
                "unknown field `{key}`: expected method, url, headers, body or body_base64, ak, \
                 sk, security_token, project_id, domain_id, algorithm, date, region, service"
            ));
        }
    }

    let method = required_string(&object, "method")?;
    let url = required_string(&object, "url")?;
    let mut request =
        SigningRequest::from_url(method, url).map_err(|error| format!("field `url`: {error}"))?;
    request.headers = headers(&object)?;
    request.payload = payload(&object)?;

    let access_key = required_string(&object, "ak")?;
    let secret_key = required_string(&object, "sk")?;
    let mut credentials = Credentials::new(access_key, secret_key).map_err(|error| {
        let field = match error {
            huaweicloud_sdk_core::credentials::CredentialsError::EmptySecretKey => "sk",
            _ => "ak",
        };
        format!("field `{field}`: {error}")
    })?;
    if let Some(token) = optional_string(&object, "security_token")? {
        credentials = credentials.with_security_token(token);
    }
    if let Some(project_id) = optional_string(&object, "project_id")? {
        credentials = credentials.with_project_id(project_id);
    }
    if let Some(domain_id) = optional_string(&object, "domain_id")? {
        credentials = credentials.with_domain_id(domain_id);
    }

    let time = match optional_string(&object, "date")? {
        Some(date) => parse_sdk_date(date).ok_or_else(|| {
            format!("field `date`: invalid value `{date}`: expected YYYYMMDDTHHMMSSZ (UTC), e.g. 20240102T030405Z")
        })?,
        None => SystemTime::now(),
    };
    let mut params = SigningParams::new(time);
    if let Some(algorithm) = optional_string(&object, "algorithm")? {
        let algorithm: SigningAlgorithm = algorithm
            .parse()
            .map_err(|error| format!("field `algorithm`: {error}"))?;
        params = params.with_algorithm(algorithm);
    }
    params.region = optional_string(&object, "region")?.map(str::to_string);
    params.service = optional_string(&object, "service")?.map(str::to_string);

    Ok(Input {
        request,
        credentials,
        params,
    })
}

fn required_string<'a>(object: &'a Map<String, Value>, field: &str) -> Result<&'a str, String> {
    optional_string(object, field)?.ok_or_else(|| format!("field `{field}`: missing"))
}

fn optional_string<'a>(
    object: &'a Map<String, Value>,
    field: &str,
) -> Result<Option<&'a str>, String> {
    match object.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(other) => Err(format!(
            "field `{field}`: expected a string, found {}",
            json_type(other)
        )),
    }
}

fn headers(object: &Map<String, Value>) -> Result<Vec<(String, String)>, String> {
    let entries = match object.get("headers") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(entries)) => entries,
        Some(other) => {
            return Err(format!(
                "field `headers`: expected an array of [name, value] pairs, found {}",
                json_type(other)
            ))
        }
    };
    entries
        .iter()
        .enumerate()
        .map(|(index, entry)| match entry.as_array().map(Vec::as_slice) {
            Some([Value::String(name), Value::String(value)]) => Ok((name.clone(), value.clone())),
            _ => Err(format!(
                "field `headers`: entry {index} must be a [name, value] pair of strings"
            )),
        })
        .collect()
}

fn payload(object: &Map<String, Value>) -> Result<Payload, String> {
    let body = optional_string(object, "body")?;
    let body_base64 = optional_string(object, "body_base64")?;
    match (body, body_base64) {
        (Some(_), Some(_)) => Err("fields `body` and `body_base64`: give at most one".to_string()),
        (Some(text), None) => Ok(Payload::from(text.to_string())),
        (None, Some(encoded)) => base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map(Payload::from)
            .map_err(|error| format!("field `body_base64`: invalid base64: {error}")),
        (None, None) => Ok(Payload::Empty),
    }
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[derive(serde::Serialize)]
struct Rendered<'a> {
    canonical_request: &'a str,
    string_to_sign: &'a str,
    authorization: &'a str,
    url: String,
    headers: &'a [(String, String)],
}

fn to_json(request: &SigningRequest, output: &SigningOutput) -> String {
    let rendered = Rendered {
        canonical_request: &output.canonical_request,
        string_to_sign: &output.string_to_sign,
        authorization: &output.authorization,
        url: request.url(),
        headers: &request.headers,
    };
    let mut text =
        serde_json::to_string_pretty(&rendered).expect("strings and string pairs always serialize");
    text.push('\n');
    text
}

fn explain(request: &SigningRequest, output: &SigningOutput) -> String {
    let mut text = String::new();
    let mut block = |label: &str, body: &str| {
        let _ = writeln!(text, "== {label}\n{body}\n");
    };
    match output.algorithm {
        Some(algorithm) => {
            block("Algorithm", algorithm.as_str());
            block("Canonical request", &output.canonical_request);
            block("Signed headers", &output.signed_headers);
            block("String to sign", &output.string_to_sign);
            block("Authorization", &output.authorization);
        }
        None => block(
            "Signing skipped",
            "the request already carries an Authorization header, which is sent as given",
        ),
    }
    let mut wire = format!("{} {}", request.method, request.url());
    for (name, value) in &request.headers {
        let _ = write!(wire, "\n{name}: {value}");
    }
    block("Wire request", &wire);
    text
}
