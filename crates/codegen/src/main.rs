//! Command-line entry of the service crate generator.

use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

/// Generates the Huawei Cloud SDK service crates from hwspec-1 API descriptions.
#[derive(Debug, Parser)]
#[command(name = "huaweicloud-sdk-codegen", version)]
struct Args {
    /// Directory holding one `<service>.json` spec per service.
    #[arg(long, default_value = "specs")]
    specs: PathBuf,
    /// Directory that receives one crate directory per service.
    #[arg(long, default_value = "services")]
    out: PathBuf,
    /// Write nothing; exit with status 1 and list the files that differ from a fresh generation.
    #[arg(long)]
    check: bool,
    /// Do not print unmapped spec items to stderr (they are still written to UNMAPPED.md).
    #[arg(long)]
    quiet: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(code) => code,
        Err(error) => {
            eprint!("error: {error}");
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                eprint!(": {cause}");
                source = cause.source();
            }
            eprintln!();
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<ExitCode, huaweicloud_sdk_codegen::Error> {
    let specs = huaweicloud_sdk_codegen::load_specs(&args.specs)?;
    // rustfmt runs inside the output directory (or its parent, before the first generation) so
    // that it reads the project's rustfmt.toml.
    let rustfmt_dir = if args.out.is_dir() {
        args.out.clone()
    } else {
        std::env::current_dir().map_err(|source| huaweicloud_sdk_codegen::Error::Read {
            path: PathBuf::from("."),
            source,
        })?
    };
    let generation = huaweicloud_sdk_codegen::generate(&specs, &rustfmt_dir)?;
    if !args.quiet {
        for (service, item) in &generation.unmapped {
            eprintln!(
                "unmapped: {service} {}: {}: {}",
                item.version, item.item, item.reason
            );
        }
    }
    if args.check {
        let drift = huaweicloud_sdk_codegen::check(&args.out, &generation)?;
        if drift.is_empty() {
            eprintln!(
                "{} generated files under {} match the specs",
                generation.files.len(),
                args.out.display()
            );
            return Ok(ExitCode::SUCCESS);
        }
        for entry in &drift {
            eprintln!("{entry}");
        }
        eprintln!(
            "error: {} generated file(s) out of date; regenerate with \
             `cargo run -p huaweicloud-sdk-codegen -- --specs {} --out {}`",
            drift.len(),
            args.specs.display(),
            args.out.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    let changed = huaweicloud_sdk_codegen::write(&args.out, &generation)?;
    eprintln!(
        "generated {} crate(s) under {}: {} file(s) changed",
        generation.services.len(),
        args.out.display(),
        changed.len()
    );
    Ok(ExitCode::SUCCESS)
}
