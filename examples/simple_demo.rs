//! Simple demo: list the VPCs of a project with the blocking client, no async runtime needed.
//!
//! ```sh
//! cargo run -p huaweicloud-sdk-examples --example simple_demo
//! ```
//!
//! The keys come from `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK`, and the client is built
//! with them explicitly. The project id is left out, so the SDK looks it up through IAM on
//! the first call. Without the variables, the example starts the local emulator and sets them
//! to the emulator's keys. It only reads, in the cloud and in the emulator.

use std::process::ExitCode;

use huaweicloud_sdk_core::credentials::Credentials;
use huaweicloud_sdk_examples::{Environment, REGION};
use huaweicloud_sdk_vpc::v2::{blocking::VpcClient, model, region};

fn main() -> ExitCode {
    let environment = match Environment::detect() {
        Ok(environment) => environment,
        Err(error) => {
            eprintln!("error: failed to start the local emulator: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("Running against {}.", environment.describe());

    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let ak = required_var("HUAWEICLOUD_SDK_AK")?;
    let sk = required_var("HUAWEICLOUD_SDK_SK")?;
    let credentials = Credentials::new(ak, sk)?;

    let client = VpcClient::builder()
        .credentials(credentials)
        .region(region::value_of(REGION)?)
        .build()?;

    let response = client.list_vpcs(model::ListVpcsRequest::default().with_limit(10))?;
    let vpcs = response.vpcs.as_deref().unwrap_or_default();
    println!(
        "ListVpcs: HTTP {}, request id {}, {} VPC(s)",
        response.status(),
        response.request_id().unwrap_or("-"),
        vpcs.len()
    );
    for vpc in vpcs {
        println!("  {}  {}  {}", vpc.id, vpc.name, vpc.cidr);
    }
    Ok(())
}

/// Reads a variable that must be set, with an error that names it.
fn required_var(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("{name} is not set: export it and run again"))
}
