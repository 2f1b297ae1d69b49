//! Core of the Huawei Cloud SDK for Rust.
//!
//! Generated service crates (`huaweicloud-sdk-vpc`, `huaweicloud-sdk-ecs`, ...) are thin: they
//! hold typed models and a static table of operations. Everything else lives here:
//!
//! - [`json`]: the JSON codec that generated models implement instead of deriving serde, which
//!   keeps generated crates cheap to compile.
//! - [`operation`]: the static operation descriptors and the request parts that the one generic
//!   call path renders into an HTTP request.

mod body;
pub mod client;
pub mod config;
pub mod credentials;
pub mod env;
pub mod error;
pub mod hooks;
pub mod json;
pub mod logging;
pub mod operation;
pub mod provider;
pub mod region;
mod render;
pub mod response;
pub mod retry;
pub mod signer;
mod transport;
pub mod user_agent;

pub use client::{CallOptions, Client, ClientBuilder, RawRequest, ServiceClient};
pub use config::HttpConfig;
pub use error::{Error, ErrorKind};
pub use operation::FormFile;
pub use region::Region;
pub use response::{Download, Response};
