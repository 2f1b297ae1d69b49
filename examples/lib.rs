//! Shared set-up of the runnable examples.
//!
//! Every example runs against the real cloud when `HUAWEICLOUD_SDK_AK` is set, and otherwise
//! against the local emulator, started in-process on 127.0.0.1. [`Environment::detect`] makes that
//! choice and, in emulator mode, points the SDK at the emulator the same way a user would point it
//! at any endpoint: through the standard `HUAWEICLOUD_SDK_*` variables. The examples themselves
//! then contain little emulator-specific code: the retry example injects faults in emulator
//! mode, and [`Environment::ca_file`] returns the CA that a TLS-mode emulator generated.

use std::path::Path;

use huaweicloud_sdk_emulator::{Emulator, EmulatorBuilder, StartError};

/// Region every example works in.
pub const REGION: &str = "cn-north-4";

/// Services whose `HUAWEICLOUD_SDK_REGION_<SERVICE>_CN_NORTH_4` variable is pointed at the
/// emulator.
const EMULATED_SERVICES: [&str; 5] = ["VPC", "ECS", "EVS", "IAM", "DSC"];

/// Where an example runs.
#[derive(Debug)]
pub enum Environment {
    /// Real credentials were found in `HUAWEICLOUD_SDK_AK`; calls go to Huawei Cloud.
    Cloud,
    /// No credentials were set; calls go to this in-process emulator, stopped on drop.
    Emulator(Box<Emulator>),
}

impl Environment {
    /// Starts the emulator unless `HUAWEICLOUD_SDK_AK` is set.
    ///
    /// In emulator mode this sets, for the current process, `HUAWEICLOUD_SDK_AK` and
    /// `HUAWEICLOUD_SDK_SK` to the emulator's key pair, the region variables of VPC, ECS, EVS,
    /// IAM and DSC in `cn-north-4` and `HUAWEICLOUD_SDK_IAM_ENDPOINT` to the emulator, and
    /// `HUAWEICLOUD_SDK_METADATA_DISABLED` so that no credential lookup reaches an instance
    /// metadata address. The project id is left unset on purpose: the SDK looks it up through
    /// IAM.
    ///
    /// Call it before starting any threads, because it changes the process environment.
    ///
    /// # Errors
    ///
    /// Returns the emulator's [`StartError`] when it cannot bind a port on 127.0.0.1.
    pub fn detect() -> Result<Self, StartError> {
        Self::detect_with(Emulator::builder())
    }

    /// Does what [`detect`](Self::detect) does, but the emulator serves HTTPS with a
    /// certificate signed by a CA that it generates at start. Clients must trust that CA, so
    /// pass [`ca_file`](Self::ca_file) to `HttpConfig::ca_file`.
    ///
    /// # Errors
    ///
    /// Returns the emulator's [`StartError`] when it cannot bind a port on 127.0.0.1 or cannot
    /// write its CA certificate.
    pub fn detect_tls() -> Result<Self, StartError> {
        Self::detect_with(Emulator::builder().tls(true))
    }

    fn detect_with(builder: EmulatorBuilder) -> Result<Self, StartError> {
        if std::env::var_os("HUAWEICLOUD_SDK_AK").is_some() {
            return Ok(Environment::Cloud);
        }
        let emulator = builder.start_blocking()?;
        let region_suffix = REGION.to_uppercase().replace('-', "_");
        for service in EMULATED_SERVICES {
            let name = format!("HUAWEICLOUD_SDK_REGION_{service}_{region_suffix}");
            std::env::set_var(name, emulator.endpoint());
        }
        std::env::set_var("HUAWEICLOUD_SDK_AK", emulator.ak());
        std::env::set_var("HUAWEICLOUD_SDK_SK", emulator.sk());
        std::env::set_var("HUAWEICLOUD_SDK_IAM_ENDPOINT", emulator.endpoint());
        std::env::set_var("HUAWEICLOUD_SDK_METADATA_DISABLED", "true");
        Ok(Environment::Emulator(Box::new(emulator)))
    }

    /// Returns true when calls go to the in-process emulator.
    pub fn is_emulator(&self) -> bool {
        matches!(self, Environment::Emulator(_))
    }

    /// Returns the emulator, in emulator mode.
    pub fn emulator(&self) -> Option<&Emulator> {
        match self {
            Environment::Emulator(emulator) => Some(emulator),
            Environment::Cloud => None,
        }
    }

    /// Returns the CA certificate (PEM) to trust: the emulator's own CA when it was started by
    /// [`detect_tls`](Self::detect_tls), and `None` otherwise (the system roots suffice).
    pub fn ca_file(&self) -> Option<&Path> {
        self.emulator()?.ca_cert_path()
    }

    /// Describes where calls go, for the example's first line of output.
    pub fn describe(&self) -> String {
        match self {
            Environment::Cloud => format!("Huawei Cloud, region {REGION}"),
            Environment::Emulator(emulator) => {
                format!(
                    "the local emulator at {}, region {REGION}",
                    emulator.endpoint()
                )
            }
        }
    }
}
