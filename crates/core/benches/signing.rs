//! Signing benchmarks (being written).
fn main() {}
