//! Smoke test of generated code: requests turn into the parts the operation tables describe,
//! and responses decode, for the VPC and DSC crates.

use huaweicloud_sdk_core::json::{FromJson, ToJson, Value};
use huaweicloud_sdk_core::operation::{
    BodyKind, FormValue, IntoRequestParts, ParamLocation, RequestBody, ResponseKind,
};
use huaweicloud_sdk_core::FormFile;
use huaweicloud_sdk_vpc::v2::model::{
    CreateVpcOption, CreateVpcRequest, CreateVpcRequestBody, ListVpcsRequest, ListVpcsResponse,
};
use huaweicloud_sdk_vpc::v2::{operation, region, VpcClient, SERVICE};
use serde_json::json;

#[test]
fn query_params_match_table() {
    let parts = ListVpcsRequest::default()
        .with_limit(10)
        .with_marker("m-1")
        .into_parts();
    assert_eq!(
        Value::Object(parts.params().clone()),
        json!({"limit": 10, "marker": "m-1"})
    );
    assert!(matches!(parts.body(), RequestBody::None));

    let table = &operation::LIST_VPCS;
    assert_eq!(table.method, "GET");
    assert_eq!(table.path, "/v1/{project_id}/vpcs");
    assert_eq!(table.body, BodyKind::None);
    assert_eq!(table.response, ResponseKind::Fields);
    for key in parts.params().keys() {
        let param = table
            .params
            .iter()
            .find(|param| param.field == key)
            .unwrap_or_else(|| panic!("{key} is not in the LIST_VPCS table"));
        assert_eq!(param.location, ParamLocation::Query);
    }
}

#[test]
fn json_body_skips_unset_fields() {
    let request = CreateVpcRequest::default().with_body(
        CreateVpcRequestBody::default().with_vpc(
            CreateVpcOption::default()
                .with_name("vpc-a")
                .with_cidr("192.168.0.0/16"),
        ),
    );
    let parts = request.into_parts();
    let RequestBody::Json(body) = parts.body() else {
        panic!("expected a JSON body, got {:?}", parts.body());
    };
    assert_eq!(
        body,
        &json!({"vpc": {"name": "vpc-a", "cidr": "192.168.0.0/16"}})
    );
    assert_eq!(operation::CREATE_VPC.body_field, Some("body"));
    assert_eq!(operation::CREATE_VPC.body, BodyKind::Json);
}

#[test]
fn response_decodes_and_tolerates_unknown_keys() {
    let response = ListVpcsResponse::from_json(json!({
        "vpcs": [{
            "id": "v-1",
            "name": "vpc-a",
            "cidr": "10.0.0.0/8",
            "routes": [{"destination": "0.0.0.0/0", "nexthop": "10.0.0.1"}],
            "added_later": true
        }],
        "request_id": "r-1"
    }))
    .expect("a well-formed response decodes");
    let vpcs = response.vpcs.expect("vpcs is present");
    assert_eq!(vpcs.len(), 1);
    assert_eq!(vpcs[0].id, "v-1");
    assert_eq!(vpcs[0].routes[0].nexthop.as_deref(), Some("10.0.0.1"));
    // A required string field that is absent decodes to the empty string.
    assert_eq!(vpcs[0].status, "");

    let error = ListVpcsResponse::from_json(json!({"vpcs": [{"routes": "x"}]}))
        .expect_err("a string where a list belongs is rejected");
    assert_eq!(error.path(), "vpcs[0].routes");
}

#[test]
fn multipart_body_becomes_form_parts() {
    use huaweicloud_sdk_dsc::v1::model::{
        CreateDocWatermarkRequest, CreateDocWatermarkRequestBody,
    };
    use huaweicloud_sdk_dsc::v1::operation::CREATE_DOC_WATERMARK;

    let body = CreateDocWatermarkRequestBody::new(
        "PDF".to_owned(),
        FormFile::from_bytes("a.pdf", b"%PDF".to_vec()),
    )
    .with_file_password("hunter2");
    let debug = format!("{body:?}");
    assert!(
        !debug.contains("hunter2"),
        "Debug shows the password: {debug}"
    );
    assert!(debug.contains("<redacted>"), "{debug}");

    let parts = CreateDocWatermarkRequest::default()
        .with_body(body)
        .into_parts();
    let RequestBody::Form(fields) = parts.body() else {
        panic!("expected a form body, got {:?}", parts.body());
    };
    let names: Vec<&str> = fields.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["doc_type", "file_password", "file"]);
    assert!(matches!(&fields[0].1, FormValue::Text(text) if text == "PDF"));
    assert!(matches!(&fields[2].1, FormValue::File(file) if file.file_name() == Some("a.pdf")));
    assert_eq!(CREATE_DOC_WATERMARK.body, BodyKind::Multipart);
    assert_eq!(CREATE_DOC_WATERMARK.response, ResponseKind::Stream);
}

#[test]
fn service_descriptor_and_regions() {
    assert_eq!(SERVICE.name, "vpc");
    assert_eq!(SERVICE.version, "v2");
    assert_eq!(SERVICE.region_env, "VPC");
    let endpoints = SERVICE
        .regions
        .iter()
        .find(|(id, _)| *id == region::CN_NORTH_4)
        .map(|(_, endpoints)| endpoints)
        .expect("cn-north-4 is in the built-in table");
    assert_eq!(endpoints[0], "https://vpc.cn-north-4.myhuaweicloud.com");
    // Compiles only if the generated client implements `ServiceClient`.
    let _builder = VpcClient::builder();
}

#[test]
fn string_enum_keeps_unknown_values() {
    use huaweicloud_sdk_iam::v5::model::AccessKeyStatus;

    let known = AccessKeyStatus::from_json(json!("active")).expect("a listed value decodes");
    assert_eq!(known, AccessKeyStatus::Active);
    let unknown = AccessKeyStatus::from_json(json!("suspended")).expect("any string decodes");
    assert_eq!(unknown, AccessKeyStatus::Unknown("suspended".to_owned()));
    assert_eq!(unknown.to_json(), json!("suspended"));
    assert_eq!(AccessKeyStatus::from("inactive"), AccessKeyStatus::Inactive);
    assert_eq!(String::from(AccessKeyStatus::Active), "active");
}
