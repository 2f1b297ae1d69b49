//! Rendering of `operation.rs`: one `OperationInfo` per operation and the request types'
//! conversion into request parts.

use super::{code, line, string_literal, OPTION};
use crate::plan::{Binding, ModelPlan, OperationPlan, ResponseKind, Role, Shape, VersionPlan};

/// Renders the operation module of one version.
pub fn render_operations(plan: &VersionPlan, title: &str) -> String {
    let mut out = String::new();
    line!(
        out,
        "//! Operation descriptors of the {title} API, and the conversion of each request"
    );
    line!(
        out,
        "//! type into the parameter values and body that the core renders from them."
    );

    line!(out);
    line!(out, "use super::model;");
    let mut imports = vec![
        "BodyKind",
        "IntoRequestParts",
        "OperationInfo",
        "RequestParts",
        "ResponseKind",
    ];
    if plan.operations.iter().any(|op| !op.params.is_empty()) {
        imports.extend(["CollectionFormat", "ParamInfo", "ParamLocation"]);
    }
    if plan
        .operations
        .iter()
        .any(|op| !op.response_headers.is_empty())
    {
        imports.push("HeaderInfo");
    }
    imports.sort_unstable();
    line!(
        out,
        "use huaweicloud_sdk_core::operation::{{{}}};",
        imports.join(", ")
    );
    for (index, op) in plan.operations.iter().enumerate() {
        line!(out);
        render_descriptor(&mut out, op);
        let request = plan
            .models
            .iter()
            .find(|model| model.role == Role::Request(index))
            .expect("every planned operation has a request type");

        line!(out);
        render_into_parts(&mut out, op, request);
    }
    out
}

fn render_descriptor(out: &mut String, op: &OperationPlan) {
    line!(out, "/// {}: `{} {}`.", code(&op.name), op.method, op.path);
    line!(
        out,
        "pub static {}: OperationInfo = OperationInfo {{",
        op.constant
    );
    line!(out, "    name: {},", string_literal(&op.name));
    line!(out, "    method: {},", string_literal(&op.method));
    line!(out, "    path: {},", string_literal(&op.path));
    line!(
        out,
        "    content_type: {OPTION}::Some({}),",
        string_literal(&op.content_type)
    );

    if op.params.is_empty() {
        line!(out, "    params: &[],");
    } else {
        line!(out, "    params: &[");
        for param in &op.params {
            line!(out, "        ParamInfo {{");
            line!(out, "            field: {},", string_literal(&param.key));
            line!(out, "            name: {},", string_literal(&param.wire));
            line!(
                out,
                "            location: ParamLocation::{},",
                param.location.core_variant()
            );
            line!(out, "            required: {},", param.required);
            line!(
                out,
                "            collection: CollectionFormat::{},",
                param.collection
            );
            line!(out, "        }},");
        }
        line!(out, "    ],");
    }

    line!(out, "    body: BodyKind::{},", op.body_kind);
    match &op.body_field {
        Some(field) => line!(
            out,
            "    body_field: {OPTION}::Some({}),",
            string_literal(field)
        ),
        None => line!(out, "    body_field: {OPTION}::None,"),
    }
    match &op.response_kind {
        ResponseKind::Fields => line!(out, "    response: ResponseKind::Fields,"),
        ResponseKind::Wrapped(field) => line!(
            out,
            "    response: ResponseKind::Wrapped({}),",
            string_literal(field)
        ),
        ResponseKind::Stream => line!(out, "    response: ResponseKind::Stream,"),
    }

    if op.response_headers.is_empty() {
        line!(out, "    response_headers: &[],");
    } else {
        line!(out, "    response_headers: &[");
        for (field, name) in &op.response_headers {
            line!(
                out,
                "        HeaderInfo {{ field: {}, name: {} }},",
                string_literal(field),
                string_literal(name)
            );
        }
        line!(out, "    ],");
    }
    line!(out, "}};");
}

fn render_into_parts(out: &mut String, op: &OperationPlan, request: &ModelPlan) {
    let Shape::Struct(fields) = &request.shape else {
        unreachable!("request types are always structs");
    };
    let mut steps = Vec::new();
    for field in fields {
        match field.binding {
            Binding::Param(_) => steps.push(format!(
                "parts.param({}, &self.{});",
                string_literal(&field.key),
                field.ident
            )),
            Binding::Body => match &op.form {
                Some(form) => {
                    let (open, close) = if form.body_optional {
                        (
                            format!("if let {OPTION}::Some(body) = self.{} {{", form.body_ident),
                            "}",
                        )
                    } else {
                        (format!("{{ let body = self.{};", form.body_ident), "}")
                    };
                    steps.push(open);
                    for part in &form.parts {
                        let wire = string_literal(&part.wire);
                        let step = match (part.file, part.required) {
                            (false, _) => format!("parts.form_text({wire}, &body.{});", part.ident),
                            (true, true) => format!(
                                "parts.form_file({wire}, {OPTION}::Some(body.{}));",
                                part.ident
                            ),
                            (true, false) => {
                                format!("parts.form_file({wire}, body.{});", part.ident)
                            }
                        };
                        steps.push(step);
                    }
                    steps.push(close.to_owned());
                }
                None => steps.push(format!("parts.json_body(&self.{});", field.ident)),
            },
            Binding::Upload => steps.push(format!("parts.upload(self.{});", field.ident)),
            Binding::Json | Binding::ResponseHeader | Binding::Unsent => {}
        }
    }
    line!(out, "impl IntoRequestParts for model::{} {{", request.ident);
    if steps.is_empty() {
        line!(out, "    fn into_parts(self) -> RequestParts {{");
        line!(out, "        RequestParts::new()");
    } else {
        line!(out, "    fn into_parts(self) -> RequestParts {{");
        line!(out, "        let mut parts = RequestParts::new();");
        for step in steps {
            line!(out, "        {step}");
        }
        line!(out, "        parts");
    }
    line!(out, "    }}");
    line!(out, "}}");
}
