//! Huawei Cloud ECS API client, generated from the API description of
//! the official Python SDK package `huaweicloudsdkecs` 3.1.219.
//!
//! # Layout
//!
//! One module per API version, each behind a cargo feature of the same name (all enabled by
//! default):
//!
//! - `v2`: ECS v2 with 106 operations, client [`v2::EcsClient`].
//!
//! Inside a version module `vN`:
//!
//! - `vN::EcsClient` is the async client, one method per operation, and
//!   `vN::blocking::EcsClient` the blocking one;
//! - `vN::model` holds the request, response and data types;
//! - `vN::operation` holds a static descriptor per operation;
//! - `vN::region` holds a constant per built-in region id and `value_of`.
//!
//! Requests are built with `Default` and one `with_*` setter per field. The core checks
//! required parameters when a request is sent. String enums keep values they do not know
//! in an `Unknown` variant. Debug output hides string fields whose names denote secrets
//! (passwords, tokens, secret and private keys).
//!
//! The optional `serde` feature adds `Serialize` and `Deserialize` to the models.
//! Requests and responses are converted by generated code without serde either way.
//!
//! # Example
//!
//! ```ignore
//! use huaweicloud_sdk_ecs::v2::{model, region, EcsClient};
//!
//! # async fn run() -> Result<(), huaweicloud_sdk_core::Error> {
//! // Credentials come from the builder or the environment.
//! let client = EcsClient::builder()
//!     .region(region::value_of("cn-north-4")?)
//!     .build()?;
//! let response = client.list_flavors(model::ListFlavorsRequest::default()).await?;
//! println!("{:?}", *response);
//! # Ok(())
//! # }
//! ```

// Type, variant and constant names follow the API description (`ListVPCsRequest`,
// `ACTIVE`), and `new` on types without `Default` takes one argument per required field.
#![allow(
    clippy::upper_case_acronyms,
    clippy::enum_variant_names,
    clippy::too_many_arguments
)]

#[cfg(feature = "v2")]
pub mod v2;
