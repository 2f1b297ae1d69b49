//! JSON codec for generated models.
//!
//! Generated service crates do not derive serde on their models: deriving costs four to five
//! times the compile time of plain conversion code (measured on the VPC and ECS crates). Instead,
//! the generator writes one line per field against the helpers here, and every model goes
//! through [`serde_json::Value`].
//!
//! Decoding is lenient where real services are loose and strict where data would be lost:
//!
//! - unknown object keys are ignored, so a service that adds a field never breaks a client;
//! - a missing or `null` optional field decodes to `None`;
//! - a missing or `null` required field decodes to the empty value of strings, numbers, booleans,
//!   lists and maps (the official SDKs do not enforce "required" on responses either), and is an
//!   error for nested models, naming the JSON path;
//! - numbers and booleans sent as strings (`"10"`, `"true"`) are accepted where the model expects
//!   a number or a boolean, and scalars are accepted where a string is expected;
//! - anything else that does not fit is an error naming the JSON path, such as `vpcs[2].routes`.
//!
//! ```
//! use huaweicloud_sdk_core::json::{self, FromJson, JsonError, ToJson};
//! use serde_json::{json, Map, Value};
//!
//! #[derive(Debug, PartialEq)]
//! struct Vpc {
//!     id: String,
//!     cidr: Option<String>,
//! }
//!
//! impl ToJson for Vpc {
//!     fn to_json(&self) -> Value {
//!         let mut map = Map::new();
//!         json::put(&mut map, "id", &self.id);
//!         json::put(&mut map, "cidr", &self.cidr);
//!         Value::Object(map)
//!     }
//! }
//!
//! impl FromJson for Vpc {
//!     fn from_json(value: Value) -> Result<Self, JsonError> {
//!         let mut map = json::object(value)?;
//!         Ok(Vpc {
//!             id: json::take(&mut map, "id")?,
//!             cidr: json::take(&mut map, "cidr")?,
//!         })
//!     }
//! }
//!
//! let vpc = Vpc::from_json(json!({"id": "v1", "status": "OK"}))?;
//! assert_eq!(vpc, Vpc { id: "v1".into(), cidr: None });
//! assert_eq!(vpc.to_json(), json!({"id": "v1"}));
//! # Ok::<(), JsonError>(())
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fmt;

pub use serde_json::{Map, Value};

/// Error raised when a JSON value does not fit the model it is decoded into.
///
/// The error carries the JSON path of the offending value (`vpcs[2].routes`), built up as the
/// error travels out of nested models.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// Path segments from the innermost outwards; reversed when displayed.
    segments: Vec<PathSegment>,
    message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum PathSegment {
    Field(String),
    Index(usize),
}

impl JsonError {
    /// Creates an error at the current position with a message such as
    /// "expected a string, found a number".
    pub fn new(message: impl Into<String>) -> Self {
        JsonError {
            segments: Vec::new(),
            message: message.into(),
        }
    }

    /// Creates an error for a value of the wrong JSON type.
    pub fn unexpected(expected: &str, found: &Value) -> Self {
        JsonError::new(format!("expected {expected}, found {}", describe(found)))
    }

    /// Adds an object key to the front of the error's path.
    #[must_use]
    pub fn in_field(mut self, name: &str) -> Self {
        self.segments.push(PathSegment::Field(name.to_owned()));
        self
    }

    /// Adds an array index to the front of the error's path.
    #[must_use]
    pub fn in_index(mut self, index: usize) -> Self {
        self.segments.push(PathSegment::Index(index));
        self
    }

    /// Returns the JSON path of the offending value, such as `vpcs[2].routes`, or an empty string
    /// when the error is about the top-level value.
    pub fn path(&self) -> String {
        let mut path = String::new();
        for segment in self.segments.iter().rev() {
            match segment {
                PathSegment::Field(name) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(name);
                }
                PathSegment::Index(index) => {
                    path.push('[');
                    path.push_str(&index.to_string());
                    path.push(']');
                }
            }
        }
        path
    }

    /// Returns the message without the path.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path();
        if path.is_empty() {
            write!(f, "invalid JSON value: {}", self.message)
        } else {
            write!(f, "invalid JSON value at `{path}`: {}", self.message)
        }
    }
}

impl std::error::Error for JsonError {}

/// Describes a JSON value's type for error messages.
fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Conversion of a model into JSON.
pub trait ToJson {
    /// Returns the JSON form of the value.
    fn to_json(&self) -> Value;

    /// Returns true when the value must be left out of its parent object (an unset `Option`).
    fn is_absent(&self) -> bool {
        false
    }
}

/// Conversion of JSON into a model.
pub trait FromJson: Sized {
    /// Decodes a value.
    ///
    /// # Errors
    ///
    /// Returns a [`JsonError`] naming the path of the first value that does not fit.
    fn from_json(value: Value) -> Result<Self, JsonError>;

    /// Returns the value that an absent or `null` field decodes to, or `None` when such a field is
    /// an error.
    fn when_missing() -> Option<Self> {
        None
    }
}

/// Inserts `value` into `map` under `name`, unless the value is absent (an unset `Option`).
pub fn put<T: ToJson + ?Sized>(map: &mut Map<String, Value>, name: &str, value: &T) {
    if !value.is_absent() {
        map.insert(name.to_owned(), value.to_json());
    }
}

/// Removes the field `name` from `map` and decodes it.
///
/// # Errors
///
/// Returns a [`JsonError`] whose path starts at `name` when the value does not fit, or when the
/// field is missing and `T` has no value for a missing field.
pub fn take<T: FromJson>(map: &mut Map<String, Value>, name: &str) -> Result<T, JsonError> {
    match map.remove(name) {
        None | Some(Value::Null) => {
            T::when_missing().ok_or_else(|| JsonError::new("missing required field").in_field(name))
        }
        Some(value) => T::from_json(value).map_err(|error| error.in_field(name)),
    }
}

/// Unwraps a JSON object, the first step of decoding a model.
///
/// # Errors
///
/// Returns a [`JsonError`] when the value is not an object.
pub fn object(value: Value) -> Result<Map<String, Value>, JsonError> {
    match value {
        Value::Object(map) => Ok(map),
        other => Err(JsonError::unexpected("an object", &other)),
    }
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl ToJson for str {
    fn to_json(&self) -> Value {
        Value::String(self.to_owned())
    }
}

impl FromJson for String {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        match value {
            Value::String(text) => Ok(text),
            Value::Number(number) => Ok(number.to_string()),
            Value::Bool(flag) => Ok(flag.to_string()),
            other => Err(JsonError::unexpected("a string", &other)),
        }
    }

    fn when_missing() -> Option<Self> {
        Some(String::new())
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl FromJson for bool {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        match value {
            Value::Bool(flag) => Ok(flag),
            Value::String(text) if text.eq_ignore_ascii_case("true") => Ok(true),
            Value::String(text) if text.eq_ignore_ascii_case("false") => Ok(false),
            other => Err(JsonError::unexpected("a boolean", &other)),
        }
    }

    fn when_missing() -> Option<Self> {
        Some(false)
    }
}

macro_rules! integer_codec {
    ($($int:ty),*) => {$(
        impl ToJson for $int {
            fn to_json(&self) -> Value {
                Value::from(*self)
            }
        }

        impl FromJson for $int {
            fn from_json(value: Value) -> Result<Self, JsonError> {
                let wide = match &value {
                    Value::Number(number) => number
                        .as_i64()
                        .map(i128::from)
                        .or_else(|| number.as_u64().map(i128::from))
                        .or_else(|| {
                            // Some services send integral values as `10.0`.
                            number
                                .as_f64()
                                .filter(|float| float.fract() == 0.0 && float.abs() < 9.0e18)
                                .map(|float| float as i128)
                        }),
                    Value::String(text) => text.trim().parse::<i128>().ok(),
                    _ => None,
                };
                let wide = wide.ok_or_else(|| JsonError::unexpected("an integer", &value))?;
                <$int>::try_from(wide).map_err(|_| {
                    JsonError::new(format!(
                        "integer {wide} is out of range for {}",
                        stringify!($int)
                    ))
                })
            }

            fn when_missing() -> Option<Self> {
                Some(0)
            }
        }
    )*};
}

integer_codec!(i32, i64, u32, u64);

impl ToJson for f64 {
    fn to_json(&self) -> Value {
        // NaN and infinities have no JSON form; serde_json writes them as null.
        serde_json::Number::from_f64(*self).map_or(Value::Null, Value::Number)
    }
}

impl FromJson for f64 {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        match &value {
            Value::Number(number) => number
                .as_f64()
                .ok_or_else(|| JsonError::unexpected("a number", &value)),
            Value::String(text) => text
                .trim()
                .parse::<f64>()
                .map_err(|_| JsonError::unexpected("a number", &value)),
            _ => Err(JsonError::unexpected("a number", &value)),
        }
    }

    fn when_missing() -> Option<Self> {
        Some(0.0)
    }
}

impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

impl FromJson for Value {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        Ok(value)
    }

    fn when_missing() -> Option<Self> {
        Some(Value::Null)
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        match self {
            Some(value) => value.to_json(),
            None => Value::Null,
        }
    }

    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        match value {
            Value::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }

    fn when_missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: ToJson + ?Sized> ToJson for Box<T> {
    fn to_json(&self) -> Value {
        (**self).to_json()
    }

    fn is_absent(&self) -> bool {
        (**self).is_absent()
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        T::from_json(value).map(Box::new)
    }

    fn when_missing() -> Option<Self> {
        T::when_missing().map(Box::new)
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        match value {
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(index, item)| T::from_json(item).map_err(|error| error.in_index(index)))
                .collect(),
            other => Err(JsonError::unexpected("an array", &other)),
        }
    }

    fn when_missing() -> Option<Self> {
        Some(Vec::new())
    }
}

impl<T: ToJson> ToJson for HashMap<String, T> {
    fn to_json(&self) -> Value {
        // Sorted keys keep request bodies, and so their hashes, stable across runs.
        let sorted: BTreeMap<&String, &T> = self.iter().collect();
        Value::Object(
            sorted
                .into_iter()
                .map(|(key, value)| (key.clone(), value.to_json()))
                .collect(),
        )
    }
}

impl<T: FromJson> FromJson for HashMap<String, T> {
    fn from_json(value: Value) -> Result<Self, JsonError> {
        object(value)?
            .into_iter()
            .map(|(key, item)| match T::from_json(item) {
                Ok(decoded) => Ok((key, decoded)),
                Err(error) => Err(error.in_field(&key)),
            })
            .collect()
    }

    fn when_missing() -> Option<Self> {
        Some(HashMap::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq)]
    struct Route {
        destination: String,
        nexthop: Option<String>,
    }

    impl FromJson for Route {
        fn from_json(value: Value) -> Result<Self, JsonError> {
            let mut map = object(value)?;
            Ok(Route {
                destination: take(&mut map, "destination")?,
                nexthop: take(&mut map, "nexthop")?,
            })
        }
    }

    #[derive(Debug, PartialEq)]
    struct Vpc {
        id: String,
        routes: Vec<Route>,
        primary: Route,
    }

    impl FromJson for Vpc {
        fn from_json(value: Value) -> Result<Self, JsonError> {
            let mut map = object(value)?;
            Ok(Vpc {
                id: take(&mut map, "id")?,
                routes: take(&mut map, "routes")?,
                primary: take(&mut map, "primary")?,
            })
        }
    }

    #[test]
    fn nested_error_names_json_path() {
        let value = json!({
            "id": "v1",
            "routes": [{"destination": "a"}, {"destination": ["b"]}],
            "primary": {"destination": "c"}
        });
        let error = Vpc::from_json(value).unwrap_err();
        assert_eq!(error.path(), "routes[1].destination");
        assert_eq!(error.message(), "expected a string, found an array");
        assert_eq!(
            error.to_string(),
            "invalid JSON value at `routes[1].destination`: expected a string, found an array"
        );
    }

    #[test]
    fn missing_required_model_is_error() {
        let error = Vpc::from_json(json!({"id": "v1", "routes": []})).unwrap_err();
        assert_eq!(error.path(), "primary");
        assert_eq!(error.message(), "missing required field");
    }

    #[test]
    fn missing_required_scalars_take_empty_values() {
        let vpc = Vpc::from_json(json!({"primary": {"destination": null}})).unwrap();
        assert_eq!(vpc.id, "");
        assert!(vpc.routes.is_empty());
        assert_eq!(vpc.primary.destination, "");
        assert_eq!(vpc.primary.nexthop, None);
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let route = Route::from_json(json!({"destination": "d", "extra": {"deep": 1}})).unwrap();
        assert_eq!(route.destination, "d");
    }

    #[test]
    fn numbers_and_booleans_accept_strings() {
        assert_eq!(i64::from_json(json!("42")).unwrap(), 42);
        assert_eq!(i64::from_json(json!(42.0)).unwrap(), 42);
        assert_eq!(f64::from_json(json!("1.5")).unwrap(), 1.5);
        assert!(bool::from_json(json!("TRUE")).unwrap());
        assert_eq!(String::from_json(json!(7)).unwrap(), "7");
    }

    #[test]
    fn integers_reject_fractions_and_overflow() {
        assert!(i64::from_json(json!(1.5)).is_err());
        let error = i32::from_json(json!(5_000_000_000_i64)).unwrap_err();
        assert_eq!(
            error.message(),
            "integer 5000000000 is out of range for i32"
        );
        assert!(u32::from_json(json!(-1)).is_err());
    }

    #[test]
    fn option_none_is_left_out() {
        let mut map = Map::new();
        put(&mut map, "a", &Option::<String>::None);
        put(&mut map, "b", &Some(3_i64));
        put(&mut map, "c", &Vec::<String>::new());
        assert_eq!(Value::Object(map), json!({"b": 3, "c": []}));
    }

    #[test]
    fn hash_map_serializes_sorted() {
        let mut tags = HashMap::new();
        tags.insert("zeta".to_owned(), "1".to_owned());
        tags.insert("alpha".to_owned(), "2".to_owned());
        let text = serde_json::to_string(&tags.to_json()).unwrap();
        assert_eq!(text, r#"{"alpha":"2","zeta":"1"}"#);
    }

    #[test]
    fn map_error_names_key() {
        let error = HashMap::<String, i64>::from_json(json!({"k": "x"})).unwrap_err();
        assert_eq!(error.path(), "k");
    }
}
