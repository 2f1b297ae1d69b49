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
    Sign(sign::SignArgs),
    /// Run the local Huawei Cloud emulator on loopback until Ctrl-C or SIGTERM.
    Emulator(emulator::EmulatorArgs),
    /// Send one signed request (credentials from HUAWEICLOUD_SDK_*) and print the response.
    Request(request::RequestArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Sign(args) => sign::run(args),
        Command::Emulator(args) => emulator::run(args),
        Command::Request(args) => request::run(args),
    }
}
