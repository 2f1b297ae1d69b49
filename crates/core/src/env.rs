//! The environment the SDK reads its settings from: variables and the home directory.
//!
//! The client reads `HUAWEICLOUD_SDK_*` variables, `~/.huaweicloud/regions.yaml` and
//! `~/.huaweicloud/application_id`. [`Environment::process`] reads the real ones; a map built
//! with [`Environment::from_vars`] lets tests and embedding programs supply their own without
//! changing the process environment, which is shared by every thread.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// Source of environment variables and of the home directory.
///
/// Cheap to clone. `Debug` lists variable names only, because values can be secret keys.
#[derive(Clone, Default)]
pub struct Environment {
    /// `None` reads the process environment.
    vars: Option<Arc<HashMap<String, String>>>,
}

impl Environment {
    /// Reads the variables of the current process when asked.
    pub fn process() -> Self {
        Environment { vars: None }
    }

    /// Uses exactly `vars` and nothing from the process. The home directory is the `HOME`
    /// entry (or `USERPROFILE`), so a test can point it at a temporary directory.
    pub fn from_vars<K, V>(vars: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: Into<String>,
        V: Into<String>,
    {
        let vars = vars
            .into_iter()
            .map(|(name, value)| (name.into(), value.into()))
            .collect();
        Environment {
            vars: Some(Arc::new(vars)),
        }
    }

    /// Returns true when this reads the process environment.
    pub fn is_process(&self) -> bool {
        self.vars.is_none()
    }

    /// Returns the value of `name`, or `None` when it is unset or not valid Unicode.
    pub fn var(&self, name: &str) -> Option<String> {
        match &self.vars {
            None => std::env::var(name).ok(),
            Some(vars) => vars.get(name).cloned(),
        }
    }

    /// Returns the value of `name` when it is set and not blank.
    pub fn non_empty_var(&self, name: &str) -> Option<String> {
        self.var(name).filter(|value| !value.trim().is_empty())
    }

    /// Returns the home directory: `HOME`, else `USERPROFILE` (Windows).
    pub fn home_dir(&self) -> Option<PathBuf> {
        self.non_empty_var("HOME")
            .or_else(|| self.non_empty_var("USERPROFILE"))
            .map(PathBuf::from)
    }

    /// Returns the SDK's settings directory, `~/.huaweicloud`.
    pub fn sdk_dir(&self) -> Option<PathBuf> {
        self.home_dir().map(|home| home.join(".huaweicloud"))
    }
}

impl std::fmt::Debug for Environment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.vars {
            None => f.write_str("Environment::Process"),
            Some(vars) => {
                let mut names: Vec<&String> = vars.keys().collect();
                names.sort();
                f.debug_tuple("Environment::Vars").field(&names).finish()
            }
        }
    }
}
