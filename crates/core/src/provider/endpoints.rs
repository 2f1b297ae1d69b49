//! IAM and STS endpoints for identity look-ups and federation.

use crate::env::Environment;
use crate::provider::http::normalize_endpoint;

/// Variable that overrides the IAM endpoint.
pub const IAM_ENDPOINT_VAR: &str = "HUAWEICLOUD_SDK_IAM_ENDPOINT";

/// Variable that overrides the STS endpoint.
pub const STS_ENDPOINT_VAR: &str = "HUAWEICLOUD_SDK_STS_ENDPOINT";

/// IAM endpoint of regions without their own entry.
pub const DEFAULT_IAM_ENDPOINT: &str = "https://iam.myhuaweicloud.com";

/// STS endpoint of regions without their own entry.
pub const DEFAULT_STS_ENDPOINT: &str = "https://sts.cn-north-4.myhuaweicloud.com";

/// Regions with a regional IAM endpoint `https://iam.<region>.myhuaweicloud.com` (the same 27
/// regions as the official Python and Go cores).
const IAM_REGIONS: [&str; 27] = [
    "cn-north-1",
    "cn-north-2",
    "cn-north-4",
    "cn-north-9",
    "cn-north-12",
    "cn-east-2",
    "cn-east-3",
    "cn-east-4",
    "cn-east-5",
    "cn-south-1",
    "cn-south-2",
    "cn-southwest-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "af-south-1",
    "sa-brazil-1",
    "la-south-2",
    "la-north-2",
    "na-mexico-1",
    "eu-west-0",
    "my-kualalumpur-1",
    "ru-moscow-1",
    "me-east-1",
    "ae-ad-1",
    "tr-west-1",
];

/// Regions with a regional STS endpoint `https://sts.<region>.myhuaweicloud.com`.
const STS_REGIONS: [&str; 12] = [
    "cn-north-4",
    "cn-south-1",
    "cn-east-3",
    "cn-southwest-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "sa-brazil-1",
    "la-south-2",
    "af-south-1",
    "tr-west-1",
];

/// Returns the IAM endpoint: `explicit` (from the credentials), else
/// `HUAWEICLOUD_SDK_IAM_ENDPOINT`, else the region's own endpoint, else
/// [`DEFAULT_IAM_ENDPOINT`]. Sites outside the Chinese mainland and international site (for
/// example the European site) must set the endpoint explicitly.
pub fn iam_endpoint(env: &Environment, explicit: Option<&str>, region: Option<&str>) -> String {
    resolve(
        env,
        explicit,
        IAM_ENDPOINT_VAR,
        "iam",
        &IAM_REGIONS,
        region,
        DEFAULT_IAM_ENDPOINT,
    )
}

/// Returns the STS endpoint: `explicit`, else `HUAWEICLOUD_SDK_STS_ENDPOINT`, else the
/// region's own endpoint, else [`DEFAULT_STS_ENDPOINT`].
pub fn sts_endpoint(env: &Environment, explicit: Option<&str>, region: Option<&str>) -> String {
    resolve(
        env,
        explicit,
        STS_ENDPOINT_VAR,
        "sts",
        &STS_REGIONS,
        region,
        DEFAULT_STS_ENDPOINT,
    )
}

fn resolve(
    env: &Environment,
    explicit: Option<&str>,
    variable: &str,
    service: &str,
    regions: &[&str],
    region: Option<&str>,
    default: &str,
) -> String {
    if let Some(endpoint) = explicit.filter(|text| !text.trim().is_empty()) {
        return normalize_endpoint(endpoint);
    }
    if let Some(endpoint) = env.non_empty_var(variable) {
        return normalize_endpoint(&endpoint);
    }
    match region.filter(|region| regions.contains(region)) {
        Some(region) => format!("https://{service}.{region}.myhuaweicloud.com"),
        None => default.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iam_endpoint_precedence() {
        let empty = Environment::from_vars::<&str, &str>([]);
        let env = Environment::from_vars([(IAM_ENDPOINT_VAR, "iam.example.test/")]);
        assert_eq!(
            iam_endpoint(&env, Some("http://127.0.0.1:9/"), Some("cn-north-4")),
            "http://127.0.0.1:9"
        );
        assert_eq!(
            iam_endpoint(&env, None, Some("cn-north-4")),
            "https://iam.example.test"
        );
        assert_eq!(
            iam_endpoint(&empty, None, Some("cn-north-4")),
            "https://iam.cn-north-4.myhuaweicloud.com"
        );
        assert_eq!(
            iam_endpoint(&empty, None, Some("eu-west-101")),
            DEFAULT_IAM_ENDPOINT
        );
        assert_eq!(iam_endpoint(&empty, None, None), DEFAULT_IAM_ENDPOINT);
    }

    #[test]
    fn sts_endpoint_table() {
        let empty = Environment::from_vars::<&str, &str>([]);
        assert_eq!(
            sts_endpoint(&empty, None, Some("ap-southeast-3")),
            "https://sts.ap-southeast-3.myhuaweicloud.com"
        );
        assert_eq!(
            sts_endpoint(&empty, None, Some("cn-north-1")),
            DEFAULT_STS_ENDPOINT
        );
    }
}
