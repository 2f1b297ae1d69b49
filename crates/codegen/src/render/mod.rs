//! Rendering of planned versions into Rust source text, formatted afterwards by rustfmt.

pub mod client;
pub mod crate_files;
pub mod model;
pub mod operation;

use crate::plan::{FieldPlan, ModelPlan};
use crate::types::TypeRef;
use std::collections::BTreeMap;

/// Appends a formatted line to a `String`.
macro_rules! line {
    ($buf:expr) => {
        $buf.push('\n')
    };
    ($buf:expr, $($arg:tt)*) => {{
        $buf.push_str(&format!($($arg)*));
        $buf.push('\n');
    }};
}
pub(crate) use line;

/// Full paths of the std and core types generated code refers to. Model names such as
/// `Result`, `String` or `Value` can then never shadow them.
pub(crate) const STRING: &str = "::std::string::String";
pub(crate) const OPTION: &str = "::std::option::Option";
pub(crate) const VEC: &str = "::std::vec::Vec";
pub(crate) const BOX: &str = "::std::boxed::Box";
pub(crate) const HASH_MAP: &str = "::std::collections::HashMap";
pub(crate) const RESULT: &str = "::std::result::Result";
pub(crate) const VALUE: &str = "json::Value";
pub(crate) const FORM_FILE: &str = "::huaweicloud_sdk_core::FormFile";

/// Maps spec model names to Rust type names, with the module prefix to write before them.
#[derive(Debug)]
pub struct TypeNames<'a> {
    idents: BTreeMap<&'a str, &'a str>,
    prefix: &'static str,
}

impl<'a> TypeNames<'a> {
    /// Builds the map for the models of one version. `prefix` is written before every model
    /// name, such as `model::` outside the model module.
    pub fn new(models: &'a [ModelPlan], prefix: &'static str) -> Self {
        TypeNames {
            idents: models
                .iter()
                .map(|model| (model.spec_name.as_str(), model.ident.as_str()))
                .collect(),
            prefix,
        }
    }

    /// Returns the Rust type for a parsed type string.
    pub fn type_text(&self, type_ref: &TypeRef) -> String {
        match type_ref {
            TypeRef::Str | TypeRef::Date | TypeRef::DateTime | TypeRef::Bytes => STRING.to_owned(),
            TypeRef::Int => "i64".to_owned(),
            TypeRef::Float | TypeRef::Decimal => "f64".to_owned(),
            TypeRef::Bool => "bool".to_owned(),
            TypeRef::Object | TypeRef::BareDict | TypeRef::Unknown(_) => {
                format!("::huaweicloud_sdk_core::{VALUE}")
            }
            TypeRef::File => FORM_FILE.to_owned(),
            TypeRef::List(item) => format!("{VEC}<{}>", self.type_text(item)),
            TypeRef::Map(value) => format!("{HASH_MAP}<{STRING}, {}>", self.type_text(value)),
            TypeRef::Model(name) => match self.idents.get(name.as_str()) {
                Some(ident) => format!("{}{ident}", self.prefix),
                None => format!("::huaweicloud_sdk_core::{VALUE}"),
            },
        }
    }

    /// Returns the type of a field without its `Option`: boxed when it breaks a cycle.
    pub fn value_type(&self, field: &FieldPlan) -> String {
        let inner = self.type_text(&field.type_ref);
        if field.boxed {
            format!("{BOX}<{inner}>")
        } else {
            inner
        }
    }

    /// Returns the declared type of a field.
    pub fn field_type(&self, field: &FieldPlan) -> String {
        let value = self.value_type(field);
        if field.required {
            value
        } else {
            format!("{OPTION}<{value}>")
        }
    }
}

/// Escapes text for a Rust string literal.
pub fn string_literal(text: &str) -> String {
    format!("{text:?}")
}

/// Wraps text in backticks for documentation, escaping backticks inside it.
pub fn code(text: &str) -> String {
    if text.contains('`') {
        format!("``{text}``")
    } else {
        format!("`{text}`")
    }
}
