//! `hcloud emulator`: runs the local Huawei Cloud emulator until Ctrl-C or SIGTERM.

use huaweicloud_sdk_emulator::{EmulatorBuilder, EmulatorConfig};
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `hcloud emulator`. Options given here override the same settings of `--config`.
#[derive(Debug, clap::Args)]
pub(crate) struct EmulatorArgs {
    /// Port to listen on [default: the port in --config, else 0 for a free port]. The address
    /// in use is printed at start.
    #[arg(long)]
    port: Option<u16>,
    /// Address to listen on [default: 127.0.0.1]. Any other address exposes the emulator to
    /// the network.
    #[arg(long)]
    bind: Option<IpAddr>,
    /// Access key id of the permanent key pair [default: random].
    #[arg(long)]
    ak: Option<String>,
    /// Secret access key of the permanent key pair [default: random].
    #[arg(long)]
    sk: Option<String>,
    /// Configuration file, JSON (`.json`) or YAML (any other extension).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Serve HTTPS with a generated certificate; the CA file path is printed.
    #[arg(long)]
    tls: bool,
    /// Print the secret access key at start.
    #[arg(long)]
    show_secret: bool,
}

/// Runs the emulator; returns 0 after a signal, 1 when it cannot start.
pub(crate) fn run(args: EmulatorArgs) -> ExitCode {
    let config = match build_config(&args) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("hcloud emulator: {message}");
            return ExitCode::from(1);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("hcloud emulator: failed to start the runtime: {error}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(serve(config, args.show_secret))
}

fn build_config(args: &EmulatorArgs) -> Result<EmulatorConfig, String> {
    let mut config = match &args.config {
        Some(path) => EmulatorConfig::from_file(path).map_err(|e| e.to_string())?,
        None => EmulatorConfig::default(),
    };
    if let Some(ip) = args.bind {
        config.bind = SocketAddr::new(ip, config.bind.port());
    }
    if let Some(port) = args.port {
        config.bind.set_port(port);
    }
    if let Some(ak) = &args.ak {
        config.ak = Some(ak.clone());
    }
    if let Some(sk) = &args.sk {
        config.sk = Some(sk.clone());
    }
    if args.tls {
        config.tls = true;
    }
    Ok(config)
}

async fn serve(config: EmulatorConfig, show_secret: bool) -> ExitCode {
    let emulator = match EmulatorBuilder::from_config(config).start().await {
        Ok(emulator) => emulator,
        Err(error) => {
            eprintln!("hcloud emulator: {error}");
            return ExitCode::from(1);
        }
    };
    let mut stdout = std::io::stdout().lock();
    // Scripts read these lines to find the port, so they are flushed before waiting.
    let printed = write!(stdout, "{}", emulator.summary(show_secret)).and_then(|()| stdout.flush());
    if let Err(error) = printed {
        eprintln!("hcloud emulator: failed to write to stdout: {error}");
    }
    drop(stdout);
    wait_for_signal().await;
    eprintln!("hcloud emulator: stopping");
    drop(emulator);
    ExitCode::SUCCESS
}

#[cfg(unix)]
async fn wait_for_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    match signal(SignalKind::terminate()) {
        Ok(mut terminate) => {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
        }
        Err(error) => {
            eprintln!("hcloud emulator: SIGTERM handling unavailable ({error}); stop with Ctrl-C");
            wait_for_ctrl_c().await;
        }
    }
}

#[cfg(not(unix))]
async fn wait_for_signal() {
    wait_for_ctrl_c().await;
}

async fn wait_for_ctrl_c() {
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("hcloud emulator: failed to wait for Ctrl-C ({error}); stopping");
    }
}
