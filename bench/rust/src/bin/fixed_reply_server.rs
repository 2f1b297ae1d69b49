//! A fixed-reply HTTP/1.1 server for the end-to-end benchmarks: the routes and replies of
//! [`huaweicloud_sdk_bench::server`] on their own process. It listens on loopback only, prints
//! `listening on ADDR` to stderr, and exits by itself after `--max-seconds`.

use clap::Parser;
use huaweicloud_sdk_bench::payload::Payload;
use huaweicloud_sdk_bench::server::{self, State};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

#[derive(Debug, Parser)]
#[command(about = "Fixed-reply ListVpcs/CreateVpc server on loopback for the benchmarks")]
struct Args {
    /// Address to listen on. Only loopback addresses are accepted; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: SocketAddr,
    /// File to write the bound port number to, for scripts that start the server.
    #[arg(long)]
    port_file: Option<std::path::PathBuf>,
    /// Delay before every ListVpcs/CreateVpc reply, in milliseconds.
    #[arg(long, default_value_t = 0)]
    delay_ms: u64,
    /// Tokio worker threads serving connections.
    #[arg(long, default_value_t = 1)]
    workers: usize,
    /// Seconds after which the server exits by itself.
    #[arg(long, default_value_t = 1800)]
    max_seconds: u64,
}

async fn serve(args: Args, state: Arc<State>) -> std::io::Result<()> {
    let listener = TcpListener::bind(args.listen).await?;
    let local = listener.local_addr()?;
    if let Some(path) = &args.port_file {
        std::fs::write(path, local.port().to_string())?;
    }
    eprintln!("listening on {local}");
    server::serve(listener, state).await
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    if !args.listen.ip().is_loopback() {
        eprintln!(
            "error: --listen {} is not a loopback address; use 127.0.0.1 or [::1]",
            args.listen
        );
        return std::process::ExitCode::from(2);
    }
    if args.workers == 0 {
        eprintln!("error: --workers 0 is invalid; use 1 or more");
        return std::process::ExitCode::from(2);
    }

    let payload = Payload::load();
    let state = Arc::new(State::new(&payload, Duration::from_millis(args.delay_ms)));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(args.workers)
        .enable_all()
        .build()
        .expect("a Tokio runtime starts with valid settings");
    let max = Duration::from_secs(args.max_seconds);

    let outcome = runtime.block_on(async {
        tokio::select! {
            result = serve(args, state) => result,
            () = tokio::time::sleep(max) => {
                eprintln!("stopping after --max-seconds {}", max.as_secs());
                Ok(())
            }
        }
    });
    match outcome {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: server failed: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
