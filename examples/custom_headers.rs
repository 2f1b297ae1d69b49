//! Custom headers: extra headers on one call through `CallOptions`, signed with the request.
//!
//! ```sh
//! cargo run -p huaweicloud-sdk-examples --example custom_headers
//! ```
//!
//! With `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK` set, it lists the VPCs of your account in
//! `cn-north-4` twice and changes nothing. Without them, it runs against the local emulator. A
//! request hook prints the headers of each signed request, so the output shows the extra
//! headers on the first call only.

use std::process::ExitCode;

use huaweicloud_sdk_core::{CallOptions, Error};
use huaweicloud_sdk_examples::{Environment, REGION};
use huaweicloud_sdk_vpc::v2::{model, region, VpcClient};

/// Headers the request hook prints. Others, such as `Authorization`, are left out for
/// brevity; hooks see credential headers masked as `***` anyway.
const SHOWN_HEADERS: [&str; 3] = ["x-trace-id", "x-client-tag", "user-agent"];

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
    match runtime.block_on(run()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Error> {
    let client = VpcClient::builder()
        .region(region::value_of(REGION)?)
        .request_hook(|request| {
            println!("> {} {}", request.method(), request.url());
            for name in SHOWN_HEADERS {
                if let Some(value) = request.header(name) {
                    println!("    {name}: {value}");
                }
            }
        })
        .build()?;

    println!("ListVpcs with two extra headers:");
    let options = CallOptions::new()
        .header("X-Trace-Id", "example-trace-0001")
        .header("X-Client-Tag", "custom-headers-example");
    let response = client
        .with_options(options)
        .list_vpcs(model::ListVpcsRequest::default().with_limit(10))
        .await?;
    println!("  HTTP {}", response.status());

    println!("ListVpcs again, without them:");
    let response = client
        .list_vpcs(model::ListVpcsRequest::default().with_limit(10))
        .await?;
    println!("  HTTP {}", response.status());
    Ok(())
}
