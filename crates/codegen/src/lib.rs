//! Generates Huawei Cloud SDK service crates from API specs.
