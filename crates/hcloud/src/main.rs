//! `hcloud`: command-line tool for Huawei Cloud built on the Rust SDK.

fn main() {}
