//! `hcloud`: command-line tool for Huawei Cloud built on the Rust SDK.
//!
//! Each subcommand lives in its own module with an `Args` type (clap derive) and a
//! `run(args) -> ExitCode` function.

// clap turns the argument doc comments into `--help` text, which is plain text for a terminal:
// a bare URL or a `<SERVICE>` placeholder there is meant literally, not as rustdoc markup.
#![allow(rustdoc::bare_urls, rustdoc::invalid_html_tags)]

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod emulator;
mod request;
mod sign;

/// Command-line tool for Huawei Cloud built on the Rust SDK.
#[derive(Debug, Parser)]
#[command(name = "hcloud", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Sign one request read as JSON on stdin and print what goes on the wire.
    #[command(after_help = SIGN_INPUT_HELP)]
    Sign(sign::SignArgs),
    /// Run the local Huawei Cloud emulator on loopback until Ctrl-C or SIGTERM.
    Emulator(emulator::EmulatorArgs),
    /// Send one signed request and print the response body.
    #[command(after_help = REQUEST_HELP)]
    Request(request::RequestArgs),
}

/// Input and output format of `hcloud sign`, shown after its options.
const SIGN_INPUT_HELP: &str = "\
Input: one JSON object with the strings method, url, ak and sk, and optionally
  headers         [[name, value], ...]
  body            body as UTF-8 text, or body_base64 for bytes
  security_token, project_id, domain_id
  algorithm       default SDK-HMAC-SHA256
  date            YYYYMMDDTHHMMSSZ in UTC, default now
  region, service scope of V11-HMAC-SHA256
Output: JSON with canonical_request, string_to_sign, authorization, url and headers
(labelled text with --explain). Exit status 2 on invalid input.

Example:
  echo '{\"method\":\"GET\",\"url\":\"https://vpc.example.test/v1/p/vpcs\",\"ak\":\"AK\",\"sk\":\"SK\"}' | hcloud sign";

/// Credential sources and exit statuses of `hcloud request`, shown after its options.
const REQUEST_HELP: &str = "\
Credentials come from HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (with the optional
HUAWEICLOUD_SDK_SECURITY_TOKEN, HUAWEICLOUD_SDK_PROJECT_ID and HUAWEICLOUD_SDK_DOMAIN_ID),
else ~/.huaweicloud/credentials, else the ECS metadata service, else CCE pod identity.
With --region and no project id, the project id is looked up through IAM
at HUAWEICLOUD_SDK_IAM_ENDPOINT, else the IAM endpoint of the region.

Exit status: 0 on success, 1 on an error response (a JSON summary on stdout),
2 on a usage or configuration error, 3 on a transport failure.";

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Sign(args) => sign::run(args),
        Command::Emulator(args) => emulator::run(args),
        Command::Request(args) => request::run(args),
    }
}
