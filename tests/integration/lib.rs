//! Integration tests of the generated service crates (VPC, ECS, IAM, EVS, DSC) against the
//! in-process emulator on 127.0.0.1. The tests live under `tests/`; this library is empty.
//!
//! ```sh
//! cargo test -p huaweicloud-sdk-integration-tests
//! ```
