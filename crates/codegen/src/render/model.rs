//! Rendering of `model.rs`: structs, enums, their JSON conversions and setters.

use super::{code, line, string_literal, TypeNames, OPTION, RESULT, STRING};
use crate::plan::{Binding, FieldPlan, IntConstant, ModelPlan, Role, Shape, Variant, VersionPlan};

/// Shown in Debug output in place of a secret.
const REDACTED: &str = "<redacted>";

/// Renders the model module of one version.
pub fn render_models(plan: &VersionPlan, title: &str) -> String {
    let names = TypeNames::new(&plan.models, "");
    let mut body = String::new();
    for model in &plan.models {
        line!(body);
        match &model.shape {
            Shape::Struct(fields) => render_struct(&mut body, plan, model, fields, &names),
            Shape::StringEnum(variants) => render_string_enum(&mut body, model, variants),
            Shape::IntEnum(constants) => render_int_enum(&mut body, model, constants),
        }
    }
    let mut out = String::new();
    line!(
        out,
        "//! Request, response and data types of the {title} API."
    );
    line!(out, "//!");
    line!(
        out,
        "//! Request types and the models inside request bodies implement `Default` and have a"
    );
    line!(
        out,
        "//! `with_*` setter per field. Types without `Default` have a `new` taking their required"
    );
    line!(
        out,
        "//! fields. All types are `#[non_exhaustive]`, so new API fields are not breaking."
    );
    let uses_json = plan
        .models
        .iter()
        .any(|model| model.to_json || model.from_json || !matches!(model.shape, Shape::Struct(_)));
    if uses_json {
        line!(out);
        line!(out, "use huaweicloud_sdk_core::json;");
    }
    out.push_str(&body);
    out
}

fn type_doc(plan: &VersionPlan, model: &ModelPlan, fields: &[FieldPlan]) -> Vec<String> {
    let mut doc = Vec::new();
    match &model.role {
        Role::Request(index) => {
            let op = &plan.operations[*index];
            doc.push(format!(
                "Request of [`{client}::{method}`](super::{client}::{method}): `{} {}`.",
                op.method,
                op.path,
                client = plan.client,
                method = op.method_ident,
            ));
            let required: Vec<String> = fields
                .iter()
                .filter(|field| field.declared_required)
                .map(|field| code(&field.key))
                .collect();
            if !required.is_empty() {
                doc.push(String::new());
                doc.push(format!("Required fields: {}.", required.join(", ")));
            }
        }
        Role::Response(index) => {
            let op = &plan.operations[*index];
            doc.push(format!(
                "Response of [`{client}::{method}`](super::{client}::{method}): `{} {}`.",
                op.method,
                op.path,
                client = plan.client,
                method = op.method_ident,
            ));
        }
        Role::Data if model.form_body => {
            doc.push(format!(
                "Form body {}: each field is sent as one form part.",
                code(&model.spec_name)
            ));
        }
        Role::Data => {
            doc.push(format!("JSON model {}.", code(&model.spec_name)));
        }
    }
    if model.spec_name != model.ident {
        doc.push(String::new());
        doc.push(format!(
            "Named {} in the API description.",
            code(&model.spec_name)
        ));
    }
    doc
}

fn field_doc(field: &FieldPlan, form_body: bool) -> String {
    let required = if field.declared_required {
        "Required"
    } else {
        ""
    };
    let mut doc = match &field.binding {
        Binding::Json if form_body && required.is_empty() => {
            format!("Form part {}.", code(&field.wire))
        }
        Binding::Json if form_body => format!("{required} form part {}.", code(&field.wire)),
        Binding::Json if field.boxed && field.declared_required => format!(
            "JSON field {}. Declared required, but optional here because the type contains itself.",
            code(&field.wire)
        ),
        Binding::Json if required.is_empty() => format!("JSON field {}.", code(&field.wire)),
        Binding::Json => format!("{required} JSON field {}.", code(&field.wire)),
        Binding::Param(location) if required.is_empty() => {
            format!("{} {}.", location.describe(), code(&field.wire))
        }
        Binding::Param(location) => format!(
            "{required} {} {}.",
            location.describe().to_ascii_lowercase(),
            code(&field.wire)
        ),
        Binding::Body if required.is_empty() => "Request body.".to_owned(),
        Binding::Body => "Required request body.".to_owned(),
        Binding::Upload => "Bytes sent as the request body.".to_owned(),
        Binding::ResponseHeader => format!("Value of the {} response header.", code(&field.wire)),
        Binding::Unsent => format!(
            "Field {} of the API description, which the operation does not send.",
            code(&field.wire)
        ),
    };
    if field.secret {
        doc.push_str(" Debug output hides its value.");
    }
    doc
}

fn render_struct(
    out: &mut String,
    plan: &VersionPlan,
    model: &ModelPlan,
    fields: &[FieldPlan],
    names: &TypeNames<'_>,
) {
    for doc in type_doc(plan, model, fields) {
        doc_line(out, "", &doc);
    }
    let secret = fields.iter().any(|field| field.secret);
    let mut derives = Vec::new();
    if !secret {
        derives.push("Debug");
    }
    derives.push("Clone");
    if model.partial_eq {
        derives.push("PartialEq");
    }
    if model.default {
        derives.push("Default");
    }
    line!(out, "#[derive({})]", derives.join(", "));
    if model.serde {
        line!(
            out,
            "#[cfg_attr(feature = \"serde\", derive(serde::Serialize, serde::Deserialize))]"
        );
    }
    line!(out, "#[non_exhaustive]");
    line!(out, "pub struct {} {{", model.ident);
    for field in fields {
        doc_line(out, "    ", &field_doc(field, model.form_body));
        if model.serde {
            let mut attrs = Vec::new();
            if field.wire != field.key {
                attrs.push(format!("rename = {}", string_literal(&field.wire)));
            }
            if !attrs.is_empty() {
                line!(
                    out,
                    "    #[cfg_attr(feature = \"serde\", serde({}))]",
                    attrs.join(", ")
                );
            }
        }
        line!(out, "    pub {}: {},", field.ident, names.field_type(field));
    }
    line!(out, "}}");

    if secret {
        render_redacting_debug(out, model, fields);
    }
    if model.setters {
        render_setters(out, model, fields, names);
    }
    if model.to_json {
        render_to_json(out, model, fields);
    }
    if model.from_json {
        render_from_json(out, model, fields);
    }
}

fn doc_line(out: &mut String, indent: &str, doc: &str) {
    if doc.is_empty() {
        line!(out, "{indent}///");
    } else {
        line!(out, "{indent}/// {doc}");
    }
}

fn render_redacting_debug(out: &mut String, model: &ModelPlan, fields: &[FieldPlan]) {
    line!(out);
    line!(out, "impl ::std::fmt::Debug for {} {{", model.ident);
    line!(
        out,
        "    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {{"
    );
    line!(
        out,
        "        f.debug_struct({})",
        string_literal(&model.ident)
    );
    for field in fields {
        let name = string_literal(&field.key);
        let value = match (field.secret, field.required) {
            (false, _) => format!("&self.{}", field.ident),
            (true, true) => format!("&{}", string_literal(REDACTED)),
            (true, false) => format!(
                "&self.{}.as_ref().map(|_| {})",
                field.ident,
                string_literal(REDACTED)
            ),
        };
        line!(out, "            .field({name}, {value})");
    }
    line!(out, "            .finish()");
    line!(out, "    }}");
    line!(out, "}}");
}

fn render_setters(
    out: &mut String,
    model: &ModelPlan,
    fields: &[FieldPlan],
    names: &TypeNames<'_>,
) {
    if fields.is_empty() {
        return;
    }

    line!(out);
    line!(out, "impl {} {{", model.ident);
    if !model.default {
        let required: Vec<&FieldPlan> = fields.iter().filter(|field| field.required).collect();
        line!(
            out,
            "    /// Creates a value from its required fields; the optional fields start unset."
        );
        let params: Vec<String> = required
            .iter()
            .map(|field| format!("{}: {}", field.ident, names.field_type(field)))
            .collect();
        line!(out, "    pub fn new({}) -> Self {{", params.join(", "));
        line!(out, "        Self {{");
        for field in fields {
            if field.required {
                line!(out, "            {},", field.ident);
            } else {
                line!(out, "            {}: {OPTION}::None,", field.ident);
            }
        }
        line!(out, "        }}");
        line!(out, "    }}");

        line!(out);
    }
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            line!(out);
        }
        let inner = names.type_text(&field.type_ref);
        let (param, mut value) = if inner == STRING && !field.boxed {
            (
                format!("impl ::std::convert::Into<{STRING}>"),
                "value.into()".to_owned(),
            )
        } else if field.boxed {
            (inner, "::std::boxed::Box::new(value)".to_owned())
        } else {
            (inner, "value".to_owned())
        };
        if !field.required {
            value = format!("{OPTION}::Some({value})");
        }
        line!(out, "    /// Sets the {} field.", code(&field.key));
        line!(out, "    #[must_use]");
        line!(
            out,
            "    pub fn with_{}(mut self, value: {param}) -> Self {{",
            field.key
        );
        line!(out, "        self.{} = {value};", field.ident);
        line!(out, "        self");
        line!(out, "    }}");
    }
    line!(out, "}}");
}

fn json_key(field: &FieldPlan) -> &str {
    match field.binding {
        // The runtime inserts response headers under the field's own name.
        Binding::ResponseHeader => &field.key,
        _ => &field.wire,
    }
}

fn render_to_json(out: &mut String, model: &ModelPlan, fields: &[FieldPlan]) {
    line!(out);
    line!(out, "impl json::ToJson for {} {{", model.ident);
    line!(out, "    fn to_json(&self) -> json::Value {{");
    if fields.is_empty() {
        line!(out, "        json::Value::Object(json::Map::new())");
    } else {
        line!(out, "        let mut map = json::Map::new();");
        for field in fields {
            line!(
                out,
                "        json::put(&mut map, {}, &self.{});",
                string_literal(json_key(field)),
                field.ident
            );
        }
        line!(out, "        json::Value::Object(map)");
    }
    line!(out, "    }}");
    line!(out, "}}");
}

fn render_from_json(out: &mut String, model: &ModelPlan, fields: &[FieldPlan]) {
    line!(out);
    line!(out, "impl json::FromJson for {} {{", model.ident);
    if fields.is_empty() {
        // A type without fields accepts any body, including an empty one.
        line!(
            out,
            "    fn from_json(_value: json::Value) -> {RESULT}<Self, json::JsonError> {{"
        );
        line!(out, "        {RESULT}::Ok(Self {{}})");
    } else {
        line!(
            out,
            "    fn from_json(value: json::Value) -> {RESULT}<Self, json::JsonError> {{"
        );
        line!(out, "        let mut map = json::object(value)?;");
        line!(out, "        {RESULT}::Ok(Self {{");
        for field in fields {
            line!(
                out,
                "            {}: json::take(&mut map, {})?,",
                field.ident,
                string_literal(json_key(field))
            );
        }
        line!(out, "        }})");
    }
    line!(out, "    }}");
    line!(out, "}}");
}

fn render_string_enum(out: &mut String, model: &ModelPlan, variants: &[Variant]) {
    let ident = &model.ident;
    line!(out, "/// String enum {}.", code(&model.spec_name));
    line!(out, "///");
    line!(
        out,
        "/// Values the API description does not list decode to [`{ident}::Unknown`] instead of failing."
    );
    line!(out, "#[derive(Debug, Clone, PartialEq, Eq, Hash)]");
    line!(
        out,
        "#[cfg_attr(feature = \"serde\", derive(serde::Serialize, serde::Deserialize))]"
    );
    line!(
        out,
        "#[cfg_attr(feature = \"serde\", serde(from = \"{STRING}\", into = \"{STRING}\"))]"
    );
    line!(out, "#[non_exhaustive]");
    line!(out, "pub enum {ident} {{");
    for variant in variants {
        line!(out, "    /// {}.", code(&variant.value));
        line!(out, "    {},", variant.ident);
    }
    line!(
        out,
        "    /// A value the API description does not list, kept as received. Also the default."
    );
    line!(out, "    Unknown({STRING}),");
    line!(out, "}}");

    line!(out);
    line!(out, "impl {ident} {{");
    line!(out, "    /// Returns the value on the wire.");
    line!(out, "    pub fn as_str(&self) -> &str {{");
    line!(out, "        match self {{");
    for variant in variants {
        line!(
            out,
            "            Self::{} => {},",
            variant.ident,
            string_literal(&variant.value)
        );
    }
    line!(out, "            Self::Unknown(value) => value,");
    line!(out, "        }}");
    line!(out, "    }}");
    line!(out, "}}");

    line!(out);
    line!(out, "impl ::std::default::Default for {ident} {{");
    line!(out, "    fn default() -> Self {{");
    line!(out, "        Self::Unknown({STRING}::new())");
    line!(out, "    }}");
    line!(out, "}}");

    line!(out);
    line!(out, "impl ::std::convert::From<{STRING}> for {ident} {{");
    line!(out, "    fn from(value: {STRING}) -> Self {{");
    line!(out, "        match value.as_str() {{");
    for variant in variants {
        line!(
            out,
            "            {} => Self::{},",
            string_literal(&variant.value),
            variant.ident
        );
    }
    line!(out, "            _ => Self::Unknown(value),");
    line!(out, "        }}");
    line!(out, "    }}");
    line!(out, "}}");

    line!(out);
    line!(out, "impl ::std::convert::From<&str> for {ident} {{");
    line!(out, "    fn from(value: &str) -> Self {{");
    line!(out, "        Self::from({STRING}::from(value))");
    line!(out, "    }}");
    line!(out, "}}");

    line!(out);
    line!(out, "impl ::std::convert::From<{ident}> for {STRING} {{");
    line!(out, "    fn from(value: {ident}) -> Self {{");
    line!(out, "        match value {{");
    line!(out, "            {ident}::Unknown(value) => value,");
    line!(out, "            known => known.as_str().to_owned(),");
    line!(out, "        }}");
    line!(out, "    }}");
    line!(out, "}}");

    line!(out);
    line!(out, "impl ::std::fmt::Display for {ident} {{");
    line!(
        out,
        "    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {{"
    );
    line!(out, "        f.write_str(self.as_str())");
    line!(out, "    }}");
    line!(out, "}}");

    line!(out);
    line!(out, "impl json::ToJson for {ident} {{");
    line!(out, "    fn to_json(&self) -> json::Value {{");
    line!(out, "        json::Value::String(self.as_str().to_owned())");
    line!(out, "    }}");
    line!(out, "}}");

    line!(out);
    line!(out, "impl json::FromJson for {ident} {{");
    line!(
        out,
        "    fn from_json(value: json::Value) -> {RESULT}<Self, json::JsonError> {{"
    );
    line!(
        out,
        "        <{STRING} as json::FromJson>::from_json(value).map(Self::from)"
    );
    line!(out, "    }}");

    line!(out);
    line!(out, "    fn when_missing() -> {OPTION}<Self> {{");
    line!(out, "        {OPTION}::Some(Self::default())");
    line!(out, "    }}");
    line!(out, "}}");
}

fn render_int_enum(out: &mut String, model: &ModelPlan, constants: &[IntConstant]) {
    let ident = &model.ident;
    line!(out, "/// Integer enum {}.", code(&model.spec_name));
    line!(out, "///");
    line!(
        out,
        "/// A newtype rather than an enum, so that values the API description does not list still decode."
    );
    line!(
        out,
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]"
    );
    line!(
        out,
        "#[cfg_attr(feature = \"serde\", derive(serde::Serialize, serde::Deserialize))]"
    );
    line!(out, "#[cfg_attr(feature = \"serde\", serde(transparent))]");
    line!(out, "pub struct {ident}(pub i64);");

    line!(out);
    line!(out, "impl {ident} {{");
    for (index, constant) in constants.iter().enumerate() {
        if index > 0 {
            line!(out);
        }
        line!(out, "    /// `{}`.", constant.value);
        line!(
            out,
            "    pub const {}: {ident} = {ident}({});",
            constant.ident,
            constant.value
        );
    }
    line!(out, "}}");

    line!(out);
    line!(out, "impl json::ToJson for {ident} {{");
    line!(out, "    fn to_json(&self) -> json::Value {{");
    line!(out, "        json::Value::from(self.0)");
    line!(out, "    }}");
    line!(out, "}}");

    line!(out);
    line!(out, "impl json::FromJson for {ident} {{");
    line!(
        out,
        "    fn from_json(value: json::Value) -> {RESULT}<Self, json::JsonError> {{"
    );
    line!(
        out,
        "        <i64 as json::FromJson>::from_json(value).map(Self)"
    );
    line!(out, "    }}");

    line!(out);
    line!(out, "    fn when_missing() -> {OPTION}<Self> {{");
    line!(out, "        {OPTION}::Some(Self::default())");
    line!(out, "    }}");
    line!(out, "}}");
}
