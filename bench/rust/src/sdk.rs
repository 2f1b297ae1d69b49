//! The Rust SDK's side of the end-to-end and memory benchmarks: client set-up, the CreateVpc
//! request built from `bench/payload.json`, and checks that replies decoded as expected.

use crate::payload::{Payload, ACCESS_KEY, PROJECT_ID, SECRET_KEY};
use huaweicloud_sdk_core::client::{ClientBuilder, ServiceClient};
use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_core::Response;
use huaweicloud_sdk_vpc::v2::{model, SERVICE};

/// Builds a VPC v2 client (async or blocking) for `endpoint` with the benchmark's keys and an
/// explicit project id, so that no IAM lookup happens. Everything else is the SDK's default.
pub fn build_client<C: ServiceClient>(endpoint: &str) -> Result<C, String> {
    let credentials = Credentials::new(ACCESS_KEY, SECRET_KEY)
        .map_err(|e| format!("invalid benchmark keys: {e}"))?
        .with_project_id(PROJECT_ID);
    ClientBuilder::<C>::new(&SERVICE)
        .credentials(credentials)
        .endpoint(endpoint)
        .build()
        .map_err(|e| format!("building the VPC client for {endpoint} failed: {e}"))
}

/// Builds the CreateVpc request of `bench/payload.json` (about 1 KB of JSON on the wire).
pub fn create_vpc_request() -> model::CreateVpcRequest {
    let payload = Payload::load();
    let vpc = &payload.create_vpc_request["vpc"];
    let text = |field: &str| {
        vpc[field]
            .as_str()
            .unwrap_or_else(|| panic!("bench/payload.json has no string vpc.{field}"))
            .to_owned()
    };
    let tags: Vec<String> = vpc["tags"]
        .as_array()
        .expect("bench/payload.json has a vpc.tags array")
        .iter()
        .map(|tag| tag.as_str().expect("every tag is a string").to_owned())
        .collect();
    let mut option = model::CreateVpcOption::default()
        .with_name(text("name"))
        .with_cidr(text("cidr"))
        .with_description(text("description"))
        .with_enterprise_project_id(text("enterprise_project_id"));
    option.tags = Some(tags);
    model::CreateVpcRequest::default()
        .with_body(model::CreateVpcRequestBody::default().with_vpc(option))
}

/// Checks that a ListVpcs reply decoded into the three VPCs of the fixed reply.
pub fn check_list(response: &Response<model::ListVpcsResponse>) -> Result<(), String> {
    let count = response.vpcs.as_ref().map_or(0, Vec::len);
    if count == 3 {
        Ok(())
    } else {
        Err(format!(
            "ListVpcs decoded {count} VPCs, expected the 3 of the fixed reply"
        ))
    }
}

/// Checks that a CreateVpc reply decoded into a VPC with an id.
pub fn check_create(response: &Response<model::CreateVpcResponse>) -> Result<(), String> {
    let id = response.vpc.as_ref().map(|vpc| vpc.id.as_str());
    match id {
        Some(id) if !id.is_empty() => Ok(()),
        _ => Err("CreateVpc decoded no vpc.id from the fixed reply".to_owned()),
    }
}
