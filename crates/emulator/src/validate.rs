//! Request validation and response completion driven by spec models.
//!
//! Type strings follow the `hwspec-1` grammar: `str`, `int`, `float`, `bool`, `object`,
//! `dict`, `date`, `datetime`, `file`, `bytes`, `decimal.Decimal`, `list[T]`,
//! `dict(str, T)` or a model name.

use crate::spec::ModelSpec;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Checks `value` against the spec type `type_name`: unknown fields, missing required fields,
/// wrong JSON types and enum values. `at` is the field path used in messages.
pub(crate) fn check_value(
    value: &Value,
    type_name: &str,
    models: &HashMap<String, ModelSpec>,
    at: &str,
) -> Result<(), String> {
    if value.is_null() {
        return Ok(());
    }
    if let Some(inner) = type_name
        .strip_prefix("list[")
        .and_then(|t| t.strip_suffix(']'))
    {
        let items = value
            .as_array()
            .ok_or_else(|| wrong_type(at, "an array", value))?;
        for (i, item) in items.iter().enumerate() {
            check_value(item, inner, models, &format!("{at}[{i}]"))?;
        }
        return Ok(());
    }
    if let Some(inner) = type_name
        .strip_prefix("dict(str, ")
        .and_then(|t| t.strip_suffix(')'))
    {
        let entries = value
            .as_object()
            .ok_or_else(|| wrong_type(at, "an object", value))?;
        for (key, item) in entries {
            check_value(item, inner, models, &format!("{at}.{key}"))?;
        }
        return Ok(());
    }
    let ok = match type_name {
        "str" | "date" | "datetime" | "file" | "bytes" => value.is_string(),
        "int" => value.is_i64() || value.is_u64(),
        "float" | "decimal.Decimal" => value.is_number(),
        "bool" => value.is_boolean(),
        "object" => true,
        "dict" => value.is_object(),
        model => return check_model(value, model, models, at),
    };
    if ok {
        Ok(())
    } else {
        Err(wrong_type(at, expected_name(type_name), value))
    }
}

fn check_model(
    value: &Value,
    model_name: &str,
    models: &HashMap<String, ModelSpec>,
    at: &str,
) -> Result<(), String> {
    // A type the spec does not define cannot be checked; accept it rather than reject
    // requests the real service would take.
    let Some(model) = models.get(model_name) else {
        return Ok(());
    };
    if model.kind == "enum" {
        let allowed = model.enum_values.as_ref();
        if allowed.is_some_and(|values| values.values().any(|v| v == value)) {
            return Ok(());
        }
        let list: Vec<String> = allowed
            .map(|values| values.values().map(Value::to_string).collect())
            .unwrap_or_default();
        return Err(format!(
            "invalid value {value} for {at}: use one of {}",
            list.join(", ")
        ));
    }
    let object = value
        .as_object()
        .ok_or_else(|| wrong_type(at, "an object", value))?;
    for key in object.keys() {
        if !model.fields.iter().any(|f| f.wire_name() == key) {
            let known: Vec<&str> = model.fields.iter().map(|f| f.wire_name()).collect();
            return Err(format!(
                "unknown field {at}.{key}: expected one of {}",
                known.join(", ")
            ));
        }
    }
    for field in &model.fields {
        let path = format!("{at}.{}", field.wire_name());
        match object.get(field.wire_name()) {
            None | Some(Value::Null) if field.required => {
                return Err(format!("missing required field {path}"));
            }
            None => {}
            Some(item) => check_value(item, &field.type_name, models, &path)?,
        }
    }
    Ok(())
}

fn expected_name(type_name: &str) -> &'static str {
    match type_name {
        "int" => "an integer",
        "float" | "decimal.Decimal" => "a number",
        "bool" => "a boolean",
        "dict" => "an object",
        _ => "a string",
    }
}

fn wrong_type(at: &str, expected: &str, value: &Value) -> String {
    let actual = match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    };
    format!("invalid type for {at}: expected {expected}, got {actual}")
}

/// Adds every required field that `value` lacks, recursively, with an empty value of its
/// type, so that strict clients can decode responses built from partial records.
pub(crate) fn complete_required(
    value: &mut Value,
    type_name: &str,
    models: &HashMap<String, ModelSpec>,
) {
    if let Some(inner) = type_name
        .strip_prefix("list[")
        .and_then(|t| t.strip_suffix(']'))
    {
        if let Value::Array(items) = value {
            for item in items {
                complete_required(item, inner, models);
            }
        }
        return;
    }
    if let Some(inner) = type_name
        .strip_prefix("dict(str, ")
        .and_then(|t| t.strip_suffix(')'))
    {
        if let Value::Object(entries) = value {
            for item in entries.values_mut() {
                complete_required(item, inner, models);
            }
        }
        return;
    }
    let Some(model) = models.get(type_name) else {
        return;
    };
    let Value::Object(object) = value else {
        return;
    };
    for field in &model.fields {
        let key = field.wire_name();
        if !object.contains_key(key) {
            if !field.required {
                continue;
            }
            object.insert(key.to_owned(), empty_value(&field.type_name, models));
        }
        if let Some(item) = object.get_mut(key) {
            complete_required(item, &field.type_name, models);
        }
    }
}

fn empty_value(type_name: &str, models: &HashMap<String, ModelSpec>) -> Value {
    if type_name.starts_with("list[") {
        return Value::Array(Vec::new());
    }
    if type_name.starts_with("dict") {
        return Value::Object(Map::new());
    }
    match type_name {
        "str" | "file" | "bytes" => Value::String(String::new()),
        "date" => Value::String("1970-01-01".to_owned()),
        "datetime" => Value::String("1970-01-01T00:00:00Z".to_owned()),
        "int" => Value::from(0),
        "float" | "decimal.Decimal" => Value::from(0.0),
        "bool" => Value::Bool(false),
        "object" => Value::Object(Map::new()),
        model => match models.get(model) {
            Some(m) if m.kind == "enum" => m
                .enum_values
                .as_ref()
                .and_then(|values| values.values().next().cloned())
                .unwrap_or(Value::Null),
            Some(_) => Value::Object(Map::new()),
            None => Value::Null,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Catalog;
    use serde_json::json;

    fn vpc_v2_models() -> (std::sync::Arc<Catalog>, &'static str) {
        (Catalog::shared(), "/v1/p/vpcs")
    }

    fn check(body: Value) -> Result<(), String> {
        let (catalog, path) = vpc_v2_models();
        let m = catalog.route("POST", path).expect("CreateVpc route");
        let op = m.operations[0];
        let body_type = &op
            .spec
            .body
            .as_ref()
            .expect("CreateVpc has a body")
            .type_name;
        check_value(&body, body_type, catalog.models_of(op), "body")
    }

    #[test]
    fn valid_body_passes() {
        assert_eq!(
            check(json!({"vpc": {"name": "a", "cidr": "10.0.0.0/8"}})),
            Ok(())
        );
    }

    #[test]
    fn unknown_field_is_named() {
        let err = check(json!({"vpc": {"name": "a", "colour": "red"}})).unwrap_err();
        assert!(err.contains("unknown field body.vpc.colour"), "{err}");
    }

    #[test]
    fn missing_required_field_is_named() {
        let err = check(json!({})).unwrap_err();
        assert!(err.contains("missing required field body.vpc"), "{err}");
    }

    #[test]
    fn wrong_type_is_named() {
        let err = check(json!({"vpc": {"name": 5}})).unwrap_err();
        assert!(
            err.contains("invalid type for body.vpc.name: expected a string, got a number"),
            "{err}"
        );
    }

    #[test]
    fn completion_fills_required_fields() {
        let catalog = Catalog::shared();
        let m = catalog
            .route("POST", "/v1/p/vpcs")
            .expect("CreateVpc route");
        let models = catalog.models_of(m.operations[0]);
        let mut vpc = json!({"id": "x"});
        complete_required(&mut vpc, "Vpc", models);
        assert_eq!(vpc["routes"], json!([]));
        assert_eq!(vpc["enable_network_address_usage_metrics"], json!(false));
        assert_eq!(vpc["id"], json!("x"));
    }
}
