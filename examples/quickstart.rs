//! Quickstart: list the VPCs of a project through the generated VPC client.
//!
//! ```sh
//! cargo run -p huaweicloud-sdk-examples --example quickstart
//! ```
//!
//! With `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK` set, it lists the VPCs of your account in
//! `cn-north-4` and changes nothing. Without them, it starts the emulator in-process and runs the
//! whole flow against it: create a VPC, list VPCs, read a not-found error, delete the VPC.
//!
//! Either way the client is built the same way: credentials come from the default provider
//! chain (here, the environment), the endpoint from the region lookup (a
//! `HUAWEICLOUD_SDK_REGION_VPC_CN_NORTH_4` variable wins over the built-in table), and the
//! project id is looked up through IAM on the first call.

use std::process::ExitCode;

use huaweicloud_sdk_core::Error;
use huaweicloud_sdk_examples::{Environment, REGION};
use huaweicloud_sdk_vpc::v2::{model, region, VpcClient};

fn main() -> ExitCode {
    let environment = match Environment::detect() {
        Ok(environment) => environment,
        Err(error) => {
            eprintln!("error: failed to start the local emulator: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("Running against {}.", environment.describe());

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime starts on a machine that runs this example");
    match runtime.block_on(run(&environment)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(environment: &Environment) -> Result<(), Error> {
    let client = VpcClient::builder()
        .region(region::value_of(REGION)?)
        .build()?;

    let created = if environment.is_emulator() {
        Some(create_vpc(&client).await?)
    } else {
        None
    };

    list_vpcs(&client).await?;
    show_not_found(&client).await?;

    if let Some(vpc_id) = created {
        client
            .delete_vpc(model::DeleteVpcRequest::default().with_vpc_id(&vpc_id))
            .await?;
        println!("Deleted VPC {vpc_id}.");
    }
    Ok(())
}

async fn create_vpc(client: &VpcClient) -> Result<String, Error> {
    let option = model::CreateVpcOption::default()
        .with_name("quickstart-vpc")
        .with_cidr("192.168.0.0/16")
        .with_description("created by the huaweicloud-sdk-rust quickstart");
    let body = model::CreateVpcRequestBody::default().with_vpc(option);
    let response = client
        .create_vpc(model::CreateVpcRequest::default().with_body(body))
        .await?;
    let vpc = response
        .vpc
        .as_ref()
        .ok_or_else(|| Error::configuration("the CreateVpc response has no `vpc` object"))?;
    println!("Created VPC {} ({}, {}).", vpc.id, vpc.name, vpc.cidr);
    Ok(vpc.id.clone())
}

async fn list_vpcs(client: &VpcClient) -> Result<(), Error> {
    let response = client
        .list_vpcs(model::ListVpcsRequest::default().with_limit(100))
        .await?;
    let vpcs = response.vpcs.as_deref().unwrap_or_default();
    println!(
        "ListVpcs: HTTP {}, request id {}, {} VPC(s):",
        response.status(),
        response.request_id().unwrap_or("-"),
        vpcs.len()
    );
    println!("  {:<36}  {:<20}  {:<18}  status", "id", "name", "cidr");
    for vpc in vpcs {
        println!(
            "  {:<36}  {:<20}  {:<18}  {}",
            vpc.id, vpc.name, vpc.cidr, vpc.status
        );
    }
    Ok(())
}

/// Asks for a VPC that does not exist and prints the error fields every service error carries.
async fn show_not_found(client: &VpcClient) -> Result<(), Error> {
    let missing_id = "00000000-0000-0000-0000-000000000000";
    let request = model::ShowVpcRequest::default().with_vpc_id(missing_id);
    match client.show_vpc(request).await {
        Ok(response) => {
            println!(
                "ShowVpc {missing_id}: unexpectedly found, HTTP {}",
                response.status()
            );
            Ok(())
        }
        Err(error) if error.is_service() => {
            println!("ShowVpc {missing_id} failed as expected:");
            println!("  status code: {}", error.status().unwrap_or_default());
            println!("  request id:  {}", error.request_id().unwrap_or("-"));
            println!("  error code:  {}", error.error_code().unwrap_or("-"));
            println!("  message:     {}", error.error_message().unwrap_or("-"));
            Ok(())
        }
        Err(error) => Err(error),
    }
}
