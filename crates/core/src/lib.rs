//! Core of the Huawei Cloud SDK for Rust.
//!
//! Generated service crates (`huaweicloud-sdk-vpc`, `huaweicloud-sdk-ecs`, ...) are thin: they
//! hold typed models and a static table of operations. Everything else lives here:
//!
//! - [`json`]: the JSON codec that generated models implement instead of deriving serde, which
//!   keeps generated crates cheap to compile.
//! - [`operation`]: the static operation descriptors and the request parts that the one generic
//!   call path renders into an HTTP request.

pub mod client;
pub mod credentials;
pub mod error;
pub mod json;
pub mod operation;
pub mod region;
pub mod response;
pub mod signer;

pub use client::{CallOptions, Client, ClientBuilder, ServiceClient};
pub use error::Error;
pub use operation::FormFile;
pub use region::Region;
pub use response::{Download, Response};
