//! Credentials from the shared credentials file, `~/.huaweicloud/credentials`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::credentials::Credentials;
use crate::env::Environment;
use crate::error::Error;
use crate::operation::CredentialKind;
use crate::provider::chain::not_loaded;
use crate::provider::environment::Loaded;
use crate::provider::idp::{with_ids, IdTokenProvider};
use crate::provider::refresh::RefreshOptions;
use crate::provider::{BoxFuture, CredentialsContext, ProvideCredentials};

/// Variable naming the credentials file, instead of `~/.huaweicloud/credentials`.
pub const CREDENTIALS_FILE_VAR: &str = "HUAWEICLOUD_SDK_CREDENTIALS_FILE";

/// Credentials from an INI file: `HUAWEICLOUD_SDK_CREDENTIALS_FILE`, else
/// `~/.huaweicloud/credentials`.
///
/// Regional services read section `[basic]` and global services `[global]`:
///
/// ```ini
/// [basic]
/// ak = MY-AK
/// sk = MY-SK
/// project_id = 0123456789abcdef0123456789abcdef
///
/// [global]
/// ak = MY-AK
/// sk = MY-SK
/// domain_id = fedcba9876543210fedcba9876543210
/// ```
///
/// Keys: `ak`, `sk`, `security_token`, `project_id`, `domain_id` (also spelled `domainId`),
/// `iam_endpoint`, `idp_id` and `id_token_file`. Key names are case-insensitive and may be
/// followed by `=` or `:`. Lines starting with `#` or `;` are comments, and an indented line
/// continues the previous value. `idp_id` with `id_token_file` selects federation with an id
/// token, which wins over `ak`/`sk`.
///
/// A missing file or section gives a [`not_loaded`] error. A malformed file, or a section with
/// an `ak` but no `sk` (or one of `idp_id`/`id_token_file` without the other), is an error
/// naming the file, line or key, and stops a chain.
#[derive(Debug)]
pub struct ProfileProvider {
    env: Environment,
    path: Option<PathBuf>,
    options: RefreshOptions,
    /// Loaded credentials for regional (index 0) and global (index 1) services.
    loaded: [OnceLock<Loaded>; 2],
}

impl ProfileProvider {
    /// Reads the file named by `env` (see [`ProfileProvider`]).
    pub fn new(env: &Environment) -> Self {
        ProfileProvider::with_options(env, &RefreshOptions::default())
    }

    /// Reads the file named by `env`; federated credentials refresh with `options`.
    pub fn with_options(env: &Environment, options: &RefreshOptions) -> Self {
        ProfileProvider {
            env: env.clone(),
            path: None,
            options: options.clone(),
            loaded: [OnceLock::new(), OnceLock::new()],
        }
    }

    /// Reads `path` instead of the file named by the environment.
    #[must_use]
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    fn path(&self) -> Result<PathBuf, Error> {
        if let Some(path) = &self.path {
            return Ok(path.clone());
        }
        if let Some(path) = self.env.non_empty_var(CREDENTIALS_FILE_VAR) {
            return Ok(PathBuf::from(path.trim()));
        }
        match self.env.sdk_dir() {
            Some(dir) => Ok(dir.join("credentials")),
            None => Err(not_loaded(format!(
                "{CREDENTIALS_FILE_VAR} is not set and there is no home directory (HOME)"
            ))),
        }
    }

    fn load(&self, kind: CredentialKind) -> Result<Loaded, Error> {
        let path = self.path()?;
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Err(not_loaded(format!(
                    "credentials file {} does not exist",
                    path.display()
                )))
            }
            Err(error) => {
                return Err(Error::configuration(format!(
                    "cannot read credentials file {}: {error}",
                    path.display()
                )))
            }
        };
        let sections = parse_ini(&text).map_err(|error| {
            Error::configuration(format!(
                "invalid credentials file {}: {error}",
                path.display()
            ))
        })?;
        let name = match kind {
            CredentialKind::Global => "global",
            _ => "basic",
        };
        let Some(section) = sections.get(name) else {
            return Err(not_loaded(format!(
                "credentials file {} has no [{name}] section",
                path.display()
            )));
        };
        self.load_section(&path, name, section)
    }

    fn load_section(
        &self,
        path: &Path,
        name: &str,
        section: &HashMap<String, String>,
    ) -> Result<Loaded, Error> {
        let value = |key: &str| {
            section
                .get(key)
                .map(|value| value.trim())
                .filter(|value| !value.is_empty())
        };
        let invalid = |message: String| {
            Error::configuration(format!(
                "invalid [{name}] section in credentials file {}: {message}",
                path.display()
            ))
        };
        let project_id = value("project_id");
        let domain_id = value("domain_id").or_else(|| value("domainid"));
        let iam_endpoint = value("iam_endpoint");

        match (value("idp_id"), value("id_token_file")) {
            (Some(idp_id), Some(token_file)) => {
                let mut builder = IdTokenProvider::builder(idp_id, token_file)
                    .environment(&self.env)
                    .refresh_options(&self.options);
                if let Some(endpoint) = iam_endpoint {
                    builder = builder.iam_endpoint(endpoint);
                }
                if let Some(project_id) = project_id {
                    builder = builder.project_id(project_id);
                }
                if let Some(domain_id) = domain_id {
                    builder = builder.domain_id(domain_id);
                }
                return Ok(Loaded::Federated(Box::new(builder.build())));
            }
            (Some(_), None) => {
                return Err(invalid(
                    "idp_id is set but id_token_file is not: set both, or remove idp_id".into(),
                ))
            }
            (None, Some(_)) => {
                return Err(invalid(
                    "id_token_file is set but idp_id is not: set both, or remove id_token_file"
                        .into(),
                ))
            }
            (None, None) => {}
        }
        let (access_key, secret_key) =
            match (value("ak"), value("sk")) {
                (Some(access_key), Some(secret_key)) => (access_key, secret_key),
                (Some(_), None) => return Err(invalid("ak is set but sk is missing".into())),
                (None, Some(_)) => return Err(invalid("sk is set but ak is missing".into())),
                (None, None) => return Err(invalid(
                    "no ak and sk (nor idp_id and id_token_file): add them, or remove the section"
                        .into(),
                )),
            };
        let mut credentials = Credentials::new(access_key, secret_key)
            .map_err(|error| invalid(format!("invalid ak or sk: {error}")))?;
        if let Some(token) = value("security_token") {
            credentials = credentials.with_security_token(token);
        }
        if let Some(endpoint) = iam_endpoint {
            credentials = credentials.with_iam_endpoint(endpoint);
        }
        Ok(Loaded::Static(with_ids(credentials, project_id, domain_id)))
    }
}

impl ProvideCredentials for ProfileProvider {
    fn credentials<'a>(
        &'a self,
        context: &'a CredentialsContext<'a>,
    ) -> BoxFuture<'a, Result<Credentials, Error>> {
        Box::pin(async move {
            let kind = context.credential_kind();
            let slot = match kind {
                CredentialKind::Global => &self.loaded[1],
                _ => &self.loaded[0],
            };
            if slot.get().is_none() {
                let loaded = self.load(kind)?;
                // A concurrent first call may have stored an equal value already.
                let _ = slot.set(loaded);
            }
            let loaded = slot
                .get()
                .expect("the value was stored just above if it was missing");
            loaded.credentials(context).await
        })
    }
}

/// Sections of an INI file: lower-cased section name to lower-cased key to value.
type Sections = HashMap<String, HashMap<String, String>>;

/// Parses the INI dialect described on [`ProfileProvider`]. Hand-written because the format
/// is a few lines of rules and the error messages must name the line and key without ever
/// echoing a value, which may be a secret key.
fn parse_ini(text: &str) -> Result<Sections, String> {
    let mut sections = Sections::new();
    let mut current: Option<String> = None;
    let mut last_key: Option<String> = None;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        let indented = raw.starts_with([' ', '\t']);
        if indented {
            if let (Some(section), Some(key)) = (&current, &last_key) {
                let value = sections
                    .get_mut(section)
                    .and_then(|keys| keys.get_mut(key))
                    .expect("the key was inserted when it was read");
                value.push('\n');
                value.push_str(line);
                continue;
            }
        }
        if let Some(rest) = line.strip_prefix('[') {
            let Some(name) = rest.strip_suffix(']') else {
                return Err(format!("line {number}: section header has no closing `]`"));
            };
            let name = name.trim().to_ascii_lowercase();
            if sections.contains_key(&name) {
                return Err(format!("line {number}: section [{name}] appears twice"));
            }
            sections.insert(name.clone(), HashMap::new());
            current = Some(name);
            last_key = None;
            continue;
        }
        let Some(split) = line.find(['=', ':']) else {
            return Err(format!(
                "line {number}: expected `key = value`, a [section] or a comment"
            ));
        };
        let key = line[..split].trim().to_ascii_lowercase();
        let value = line[split + 1..].trim().to_owned();
        if key.is_empty() {
            return Err(format!("line {number}: the key before `=` is empty"));
        }
        let Some(section) = &current else {
            return Err(format!(
                "line {number}: key `{key}` is outside any section: put it under [basic] or \
                 [global]"
            ));
        };
        let keys = sections
            .get_mut(section)
            .expect("the current section was inserted when its header was read");
        if keys.contains_key(&key) {
            return Err(format!(
                "line {number}: key `{key}` appears twice in section [{section}]"
            ));
        }
        keys.insert(key.clone(), value);
        last_key = Some(key);
    }
    Ok(sections)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections_separators_and_comments() {
        let text =
            "# comment\n[basic]\nAK = one\nsk: two\n; other comment\n\n[Global]\ndomainId=d\n";
        let sections = parse_ini(text).expect("valid file");
        assert_eq!(sections["basic"]["ak"], "one");
        assert_eq!(sections["basic"]["sk"], "two");
        assert_eq!(sections["global"]["domainid"], "d");
    }

    #[test]
    fn continuation_lines_join_values() {
        let sections = parse_ini("[basic]\nsecurity_token = part1\n  part2\n").expect("valid");
        assert_eq!(sections["basic"]["security_token"], "part1\npart2");
    }

    #[test]
    fn errors_name_line_and_key_but_not_values() {
        let cases = [
            ("ak = x\n", "line 1: key `ak` is outside any section"),
            ("[basic\n", "line 1: section header has no closing"),
            (
                "[basic]\nsk SECRET-VALUE\n",
                "line 2: expected `key = value`",
            ),
            (
                "[basic]\nsk = a\nSK = b\n",
                "line 3: key `sk` appears twice",
            ),
            (
                "[basic]\n[basic]\n",
                "line 2: section [basic] appears twice",
            ),
            ("[basic]\n= value\n", "line 2: the key before `=` is empty"),
        ];
        for (text, expected) in cases {
            let error = parse_ini(text).expect_err(text);
            assert!(error.contains(expected), "{text:?}: {error}");
            assert!(!error.contains("SECRET-VALUE"), "{error}");
        }
    }
}
