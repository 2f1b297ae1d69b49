//! Generates the Huawei Cloud SDK service crates from `hwspec-1` API descriptions.
//!
//! Each `specs/<service>.json` becomes a crate `services/<service>` (package
//! `huaweicloud-sdk-<service>`) with one module per API version. The generated code targets the
//! descriptor and JSON API of `huaweicloud-sdk-core`. Models convert to and from JSON through
//! generated code with one line per field rather than serde derives, which keeps the crates
//! cheap to compile. Every operation is a static table entry plus a one-line client method.
//!
//! ```text
//! cargo run -p huaweicloud-sdk-codegen -- --specs specs --out services          # regenerate
//! cargo run -p huaweicloud-sdk-codegen -- --specs specs --out services --check  # verify
//! ```
//!
//! Generated Rust files go through `rustfmt`, so the output is byte-for-byte reproducible with
//! the same rustfmt version.

pub mod naming;
pub mod plan;
pub mod render;
pub mod spec;
pub mod types;

use plan::Unmapped;
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Errors of loading specs, formatting and writing files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read.
    #[error("failed to read {path}")]
    Read {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A spec file is not valid JSON of the expected shape.
    #[error("invalid spec {path}")]
    Parse {
        /// The spec file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: serde_json::Error,
    },
    /// A spec file declares a format other than `hwspec-1`.
    #[error("spec {path} has format {found:?}, expected {expected:?}")]
    Format {
        /// The spec file.
        path: PathBuf,
        /// The declared format.
        found: String,
        /// The supported format.
        expected: &'static str,
    },
    /// The spec directory contains no `*.json` file.
    #[error("no *.json spec in {0}; pass the directory holding the specs with --specs")]
    NoSpecs(PathBuf),
    /// Two spec files describe the same service.
    #[error("specs {first} and {second} both describe service {service:?}")]
    DuplicateService {
        /// The service name.
        service: String,
        /// The first spec file.
        first: PathBuf,
        /// The second spec file.
        second: PathBuf,
    },
    /// rustfmt could not be started.
    #[error("failed to run rustfmt; install it with `rustup component add rustfmt`")]
    RustfmtMissing(#[source] std::io::Error),
    /// rustfmt rejected generated code, which is a generator bug.
    #[error("rustfmt rejected the generated {path}: {message}")]
    Rustfmt {
        /// The generated file.
        path: PathBuf,
        /// rustfmt's error output.
        message: String,
    },
    /// A file could not be written.
    #[error("failed to write {path}")]
    Write {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
}

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the output directory, such as `vpc/src/v2/model.rs`.
    pub path: PathBuf,
    /// File contents.
    pub contents: String,
}

/// The generated crates of all specs.
#[derive(Debug)]
pub struct Generation {
    /// Service names, one crate directory each.
    pub services: Vec<String>,
    /// All generated files, formatted.
    pub files: Vec<GeneratedFile>,
    /// Unmapped spec items, each with its service name.
    pub unmapped: Vec<(String, Unmapped)>,
}

/// A difference between generated files and the files on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// A generated file is not on disk.
    Missing(PathBuf),
    /// A file on disk differs from its generated contents.
    Differs(PathBuf),
    /// A file inside a generated crate is not generated.
    Extra(PathBuf),
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Drift::Missing(path) => write!(f, "missing: {}", path.display()),
            Drift::Differs(path) => write!(f, "differs: {}", path.display()),
            Drift::Extra(path) => write!(f, "not generated: {}", path.display()),
        }
    }
}

/// Loads every `*.json` spec in `dir`, sorted by file name.
///
/// # Errors
///
/// Returns an [`Error`] when the directory or a file cannot be read or parsed, when a file has
/// another format, when two files describe one service, or when there is no spec at all.
pub fn load_specs(dir: &Path) -> Result<Vec<spec::Spec>, Error> {
    let read_error = |source| Error::Read {
        path: dir.to_owned(),
        source,
    };
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_error)? {
        let path = entry.map_err(read_error)?.path();
        if path.extension().is_some_and(|ext| ext == "json") {
            paths.push(path);
        }
    }
    paths.sort();
    if paths.is_empty() {
        return Err(Error::NoSpecs(dir.to_owned()));
    }
    let mut specs: Vec<(PathBuf, spec::Spec)> = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let parsed: spec::Spec = serde_json::from_str(&text).map_err(|source| Error::Parse {
            path: path.clone(),
            source,
        })?;
        if parsed.format != spec::FORMAT {
            return Err(Error::Format {
                path,
                found: parsed.format,
                expected: spec::FORMAT,
            });
        }
        if let Some((first, _)) = specs.iter().find(|(_, s)| s.service == parsed.service) {
            return Err(Error::DuplicateService {
                service: parsed.service,
                first: first.clone(),
                second: path,
            });
        }
        specs.push((path, parsed));
    }
    Ok(specs.into_iter().map(|(_, spec)| spec).collect())
}

/// Generates the unformatted files of one service crate, paths relative to the output directory.
pub fn generate_service(spec: &spec::Spec) -> (Vec<GeneratedFile>, Vec<Unmapped>) {
    let mut unmapped = Vec::new();
    let versions: Vec<plan::VersionPlan> = spec
        .versions
        .iter()
        .map(|version| plan::plan_version(&spec.service, version, &mut unmapped))
        .collect();
    let root = PathBuf::from(&spec.service);
    let crate_name = render::crate_files::crate_name(&spec.service);
    let mut files = vec![
        GeneratedFile {
            path: root.join("Cargo.toml"),
            contents: render::crate_files::render_manifest(spec, &versions),
        },
        GeneratedFile {
            path: root.join("src/lib.rs"),
            contents: render::crate_files::render_lib(spec, &versions),
        },
    ];
    for version in &versions {
        let title = format!("{} {}", spec.service.to_ascii_uppercase(), version.version);
        let dir = root.join("src").join(&version.module);
        let modules = [
            (
                "mod.rs",
                render::client::render_version_module(version, &title, &crate_name),
            ),
            (
                "blocking.rs",
                render::client::render_blocking(version, &title),
            ),
            ("model.rs", render::model::render_models(version, &title)),
            (
                "operation.rs",
                render::operation::render_operations(version, &title),
            ),
            ("region.rs", render::client::render_regions(version, &title)),
        ];
        for (name, contents) in modules {
            files.push(GeneratedFile {
                path: dir.join(name),
                contents,
            });
        }
    }
    files.push(GeneratedFile {
        path: root.join("UNMAPPED.md"),
        contents: render::crate_files::render_unmapped(spec, &unmapped),
    });
    (files, unmapped)
}

/// Generates and formats the crates of all `specs`. `rustfmt_dir` is the directory rustfmt
/// runs in, so that it picks up the project's `rustfmt.toml`.
///
/// # Errors
///
/// Returns an [`Error`] when rustfmt cannot run or rejects a file.
pub fn generate(specs: &[spec::Spec], rustfmt_dir: &Path) -> Result<Generation, Error> {
    let mut generation = Generation {
        services: Vec::new(),
        files: Vec::new(),
        unmapped: Vec::new(),
    };
    for spec in specs {
        let (files, unmapped) = generate_service(spec);
        generation.services.push(spec.service.clone());
        for mut file in files {
            if file.path.extension().is_some_and(|ext| ext == "rs") {
                file.contents = rustfmt(&file.path, &file.contents, rustfmt_dir)?;
            }
            generation.files.push(file);
        }
        generation.unmapped.extend(
            unmapped
                .into_iter()
                .map(|item| (spec.service.clone(), item)),
        );
    }
    Ok(generation)
}

/// Formats Rust source with rustfmt (edition 2021), run in `dir`.
///
/// # Errors
///
/// Returns an [`Error`] when rustfmt cannot run or rejects the source.
pub fn rustfmt(path: &Path, source: &str, dir: &Path) -> Result<String, Error> {
    let mut child = Command::new(std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into()))
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(Error::RustfmtMissing)?;

    let mut stdin = child.stdin.take().expect("stdin was configured as piped");
    let input = source.to_owned();
    // Writing from a thread keeps a large file from filling the pipe while rustfmt's output
    // waits to be read.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let mut formatted = String::new();
    let mut stdout = child.stdout.take().expect("stdout was configured as piped");
    let read = stdout.read_to_string(&mut formatted);
    let output = child.wait_with_output().map_err(Error::RustfmtMissing)?;
    let written = writer.join().expect("the writer thread does not panic");

    let failure = |message: String| Error::Rustfmt {
        path: path.to_owned(),
        message,
    };
    if !output.status.success() {
        return Err(failure(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    written.map_err(|error| failure(error.to_string()))?;
    read.map_err(|error| failure(error.to_string()))?;
    Ok(formatted)
}

/// Writes the generated files under `out` and deletes files inside the generated crates that
/// are no longer generated. Returns the paths it changed.
///
/// # Errors
///
/// Returns an [`Error`] when a file cannot be read, written or deleted.
pub fn write(out: &Path, generation: &Generation) -> Result<Vec<PathBuf>, Error> {
    let mut changed = Vec::new();
    for drift in check(out, generation)? {
        match drift {
            Drift::Missing(path) | Drift::Differs(path) => {
                let file = generation
                    .files
                    .iter()
                    .find(|file| out.join(&file.path) == path)
                    .expect("drift entries name generated files");
                let write_error = |source| Error::Write {
                    path: path.clone(),
                    source,
                };
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).map_err(write_error)?;
                }
                std::fs::write(&path, &file.contents).map_err(write_error)?;
                changed.push(path);
            }
            Drift::Extra(path) => {
                std::fs::remove_file(&path).map_err(|source| Error::Write {
                    path: path.clone(),
                    source,
                })?;
                changed.push(path);
            }
        }
    }
    Ok(changed)
}

/// Compares the generated files with the files under `out`.
///
/// # Errors
///
/// Returns an [`Error`] when a file on disk exists but cannot be read.
pub fn check(out: &Path, generation: &Generation) -> Result<Vec<Drift>, Error> {
    let mut drift = Vec::new();
    let mut generated = BTreeSet::new();
    for file in &generation.files {
        let path = out.join(&file.path);
        generated.insert(path.clone());
        match std::fs::read(&path) {
            Ok(bytes) if bytes == file.contents.as_bytes() => {}
            Ok(_) => drift.push(Drift::Differs(path)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                drift.push(Drift::Missing(path))
            }
            Err(source) => return Err(Error::Read { path, source }),
        }
    }
    for service in &generation.services {
        for path in list_files(&out.join(service))? {
            if !generated.contains(&path) {
                drift.push(Drift::Extra(path));
            }
        }
    }
    Ok(drift)
}

/// Lists the files under `dir` recursively, or nothing when it does not exist.
fn list_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(current) = pending.pop() {
        let entries = match std::fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => {
                return Err(Error::Read {
                    path: current,
                    source,
                })
            }
        };
        for entry in entries {
            let entry = entry.map_err(|source| Error::Read {
                path: current.clone(),
                source,
            })?;
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}
