//! Records the compiler version for the `User-Agent` header (`rust/<version>`).

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=RUSTC");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    // `rustc --version` prints e.g. `rustc 1.85.0 (4d91de4e4 2025-02-17)`.
    let version = Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|output| String::from_utf8(output.stdout).ok())
        .and_then(|text| text.split_whitespace().nth(1).map(str::to_owned));
    if let Some(version) = version {
        println!("cargo:rustc-env=HUAWEICLOUD_SDK_RUSTC_VERSION={version}");
    }
}
