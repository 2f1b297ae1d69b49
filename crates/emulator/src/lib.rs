//! A local, signature-verifying emulator of Huawei Cloud APIs, for tests without a cloud
//! account.
//!
//! One HTTP(S) server on loopback stands in for every service host: IAM, STS, the ECS metadata
//! service, the CCE pod identity agent, VPC, ECS, EVS and DSC share one port because their
//! paths do not collide. Requests
//! are routed through the operations of the embedded API specs; implemented operations keep
//! state in memory, and the others answer `501` with an error body naming the operation.
//!
//! Every service request must carry a valid AK/SK signature (or a token the emulator issued).
//! Rejections use the API Gateway body `{"error_code": "APIGW.0301", "error_msg", "request_id"}`,
//! and every response has an `X-Request-Id` header.
//!
//! # Start from async code
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use huaweicloud_sdk_emulator::Emulator;
//!
//! let emu = Emulator::builder()
//!     .ak("HPUAEXAMPLEAK0000001")
//!     .sk("ExampleSecretKey0000000000000000000000000")
//!     .project("cn-north-4", "0123456789abcdef0123456789abcdef")
//!     .start()
//!     .await?;
//! println!("{} {}", emu.endpoint(), emu.project_id("cn-north-4").unwrap_or_default());
//! // Point the SDK at emu.endpoint() for every service and IAM; sign with emu.ak()/emu.sk().
//! drop(emu); // stops the server
//! # Ok(())
//! # }
//! ```
//!
//! # Start from synchronous code
//!
//! [`EmulatorBuilder::start_blocking`] runs the server on its own runtime in a background
//! thread, so it works in `fn main` and plain `#[test]` functions:
//!
//! ```
//! use huaweicloud_sdk_emulator::{Emulator, Fault};
//!
//! let emu = Emulator::builder().start_blocking().expect("emulator starts");
//! assert!(emu.endpoint().starts_with("http://127.0.0.1:"));
//! emu.faults()
//!     .add(Fault::Status { status: 503, retry_after: None, count: Some(1), path_prefix: None })
//!     .expect("valid fault");
//! assert_eq!(emu.request_log().len(), 0);
//! ```
//!
//! # Admin API
//!
//! Unsigned routes under `/_emulator/` on the same port: `GET /_emulator/state`,
//! `GET|POST|DELETE /_emulator/faults` (a [`Fault`] as JSON, or a list of them),
//! `GET|DELETE /_emulator/requests`, `GET /_emulator/counters` and `POST /_emulator/reset`.
//!
//! # Logs
//!
//! The emulator logs through `tracing` under the target [`LOG_TARGET`]
//! (`huaweicloud_emulator`), apart from the SDK's `huaweicloud_sdk` targets.

mod admin;
mod api_error;
mod auth;
mod config;
mod emulator;
mod faults;
mod handlers;
mod server;
mod spec;
mod state;
mod tls;
mod validate;

/// Path of the emulator's CCE pod identity route: `POST` with a token from
/// [`EmulatorBuilder::pod_identity_token`] as `Authorization` returns temporary keys.
///
/// NOTE: the path of the real pod identity agent is not publicly documented; SDKs take the
/// whole URL from `HC_CONTAINER_CREDENTIALS_FULL_URI`, so this path is the emulator's choice.
pub const POD_IDENTITY_PATH: &str = "/pod-identity/credentials";

/// Target of the emulator's `tracing` events. It does not start with `huaweicloud_sdk`, so a
/// filter meant for the SDK's own events (`huaweicloud_sdk=debug`) leaves the emulator out.
pub const LOG_TARGET: &str = "huaweicloud_emulator";

pub use config::{
    ConfigError, EmulatorConfig, IdentityProviderConfig, MetadataConfig, ProjectConfig,
    DEFAULT_REGIONS,
};
pub use emulator::{Emulator, EmulatorBuilder, Faults, StartError, TemporaryCredentials};
pub use faults::Fault;
pub use state::{Counters, RequestRecord};
