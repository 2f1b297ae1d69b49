//! The `User-Agent` header.
//!
//! Default: `huaweicloud-usdk-rust/<crate version>; os/<os>#<arch> rust/<rustc version>;
//! app/<application id>`. Each space-separated item of the platform part has every character
//! outside `!`..`~` (0x21–0x7E) replaced by `_`. A caller's own user agent replaces everything
//! after the first `; `.
//!
//! The application id is a random UUID kept in `~/.huaweicloud/application_id`, so the service
//! can count distinct installations. It is created when missing or not a lower-case UUID (the
//! directory with mode 0750, the file with mode 0640). When there is no home directory or the
//! file cannot be written, the `app/` part is left out.

use std::path::Path;
use std::sync::OnceLock;

use crate::env::Environment;

/// First part of every `User-Agent` the SDK sends.
pub const PREFIX: &str = concat!("huaweicloud-usdk-rust/", env!("CARGO_PKG_VERSION"));

/// Version of the compiler that built this crate, or `unknown`.
const RUSTC_VERSION: &str = match option_env!("HUAWEICLOUD_SDK_RUSTC_VERSION") {
    Some(version) => version,
    None => "unknown",
};

/// Returns the default `User-Agent` for the process environment, computed once per process.
pub fn default_user_agent() -> &'static str {
    static DEFAULT: OnceLock<String> = OnceLock::new();
    DEFAULT.get_or_init(|| user_agent_in(&Environment::process(), None))
}

/// Returns the `User-Agent` for `env`, with `custom` replacing the platform part when given.
/// Reads, and may create, the application id file under the home directory of `env`.
pub fn user_agent_in(env: &Environment, custom: Option<&str>) -> String {
    match custom.map(str::trim).filter(|custom| !custom.is_empty()) {
        Some(custom) => format!("{PREFIX}; {custom}"),
        None => format!("{PREFIX}; {}", platform_part(env)),
    }
}

fn platform_part(env: &Environment) -> String {
    let items = [
        format!("os/{}#{}", std::env::consts::OS, std::env::consts::ARCH),
        format!("rust/{RUSTC_VERSION}"),
    ];
    let mut part = items
        .iter()
        .map(|item| sanitize(item))
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(id) = env.sdk_dir().and_then(|dir| application_id(&dir)) {
        part.push_str("; app/");
        part.push_str(&id);
    }
    part
}

fn sanitize(item: &str) -> String {
    item.chars()
        .map(|c| if ('!'..='~').contains(&c) { c } else { '_' })
        .collect()
}

/// Reads the application id from `dir/application_id`, writing a new one when it is missing or
/// invalid. Returns `None` when the file cannot be written.
pub(crate) fn application_id(dir: &Path) -> Option<String> {
    let path = dir.join("application_id");
    if let Ok(text) = std::fs::read_to_string(&path) {
        let first_line = text.lines().next().unwrap_or("").trim();
        if is_lower_case_uuid(first_line) {
            return Some(first_line.to_owned());
        }
    }
    let id = uuid::Uuid::new_v4().hyphenated().to_string();
    match write_application_id(dir, &path, &id) {
        Ok(()) => Some(id),
        Err(error) => {
            tracing::debug!(
                path = %path.display(),
                %error,
                "cannot write the application id file; User-Agent is sent without app/"
            );
            None
        }
    }
}

fn write_application_id(dir: &Path, path: &Path, id: &str) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
        builder.mode(0o750);
        options.mode(0o640);
    }
    builder.create(dir)?;
    let mut file = options.open(path)?;
    std::io::Write::write_all(&mut file, id.as_bytes())
}

fn is_lower_case_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    let lengths = [8, 4, 4, 4, 12];
    groups.len() == lengths.len()
        && groups.iter().zip(lengths).all(|(group, length)| {
            group.len() == length
                && group
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_check_rejects_upper_case() {
        assert!(is_lower_case_uuid("8d4d913e-2997-4e09-9982-772786bb871f"));
        assert!(!is_lower_case_uuid("8D4D913E-2997-4E09-9982-772786BB871F"));
        assert!(!is_lower_case_uuid("8d4d913e-2997-4e09-9982"));
    }

    #[test]
    fn sanitize_replaces_spaces_and_non_ascii() {
        assert_eq!(sanitize("a b\té~"), "a_b__~");
    }
}
