//! Detailed demo: a client with explicit HTTP settings, TLS trust, logging to stdout and to a
//! size-rotated file, and request and response hooks.
//!
//! ```sh
//! cargo run -p huaweicloud-sdk-examples --example detailed_demo
//! ```
//!
//! With `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK` set, it lists the VPCs and security
//! groups of your account in `cn-north-4` and changes nothing. Without them, it starts the
//! emulator in TLS mode and trusts the emulator's generated CA through the HTTP settings, as
//! you would trust a private CA in front of a real endpoint.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use huaweicloud_sdk_core::config::HttpConfig;
use huaweicloud_sdk_core::logging::{self, RotatingFile};
use huaweicloud_sdk_core::Error;
use huaweicloud_sdk_examples::{Environment, REGION};
use huaweicloud_sdk_vpc::v2::{blocking::VpcClient, model, region};
use tracing::Level;
use tracing_subscriber::fmt::writer::MakeWriterExt;

/// Size at which the example's log file is rotated. Small, so that repeated runs show
/// rotation; the SDK's default is 10 MiB.
const LOG_MAX_BYTES: u64 = 64 * 1024;
/// Number of rotated log files kept next to the current one.
const LOG_BACKUPS: usize = 3;

fn main() -> ExitCode {
    let environment = match Environment::detect_tls() {
        Ok(environment) => environment,
        Err(error) => {
            eprintln!("error: failed to start the local emulator: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("Running against {}.", environment.describe());

    match run(&environment) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(environment: &Environment) -> Result<(), Error> {
    let log_path = install_logging()?;
    println!("SDK log events go to stdout and to {}.", log_path.display());

    let client = VpcClient::builder()
        .region(region::value_of(REGION)?)
        .http_config(http_config(environment))
        .request_hook(|request| {
            println!("> {} {}", request.method(), request.url());
        })
        .response_hook(|response| {
            println!(
                "< {} {} -> HTTP {} in {} ms",
                response.method(),
                response.url(),
                response.status(),
                response.elapsed().as_millis()
            );
        })
        .build()?;

    let vpcs = client.list_vpcs(model::ListVpcsRequest::default().with_limit(10))?;
    println!(
        "{} VPC(s), request id {}",
        vpcs.vpcs.as_ref().map_or(0, Vec::len),
        vpcs.request_id().unwrap_or("-")
    );

    let groups =
        client.list_security_groups(model::ListSecurityGroupsRequest::default().with_limit(10))?;
    println!(
        "{} security group(s), request id {}",
        groups.security_groups.as_ref().map_or(0, Vec::len),
        groups.request_id().unwrap_or("-")
    );
    Ok(())
}

/// Builds the HTTP settings: timeouts, an optional proxy and the CA to trust.
fn http_config(environment: &Environment) -> HttpConfig {
    let mut config = HttpConfig::default()
        .timeouts(Duration::from_secs(10), Duration::from_secs(30))
        .follow_redirects(false);

    // A forward proxy is set like this; the example sends directly.
    //
    // use huaweicloud_sdk_core::config::ProxyConfig;
    // config = config.proxy(
    //     ProxyConfig::new("http", "proxy.example.com", 3128).with_credentials("user", "password"),
    // );

    // Extra CA certificates are trusted next to the system roots. Never turn verification off
    // with `danger_skip_tls_verification(true)` outside a test.
    if let Some(ca_file) = environment.ca_file() {
        println!("Trusting the CA in {}.", ca_file.display());
        config = config.ca_file(ca_file);
    }
    config
}

/// Sends the SDK's INFO events (one access log line per response) to stdout and to a log file
/// in the temporary directory, and returns the file's path.
fn install_logging() -> Result<PathBuf, Error> {
    let path = std::env::temp_dir().join("huaweicloud-sdk-detailed-demo.log");
    let file = RotatingFile::open(&path, LOG_MAX_BYTES, LOG_BACKUPS)?;
    logging::install_stream_log(std::io::stdout.and(file), Level::INFO)?;
    Ok(path)
}
