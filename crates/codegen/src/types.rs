//! Parsing of the spec's type strings (`str`, `list[Vpc]`, `dict(str, list[str])`, ...).

/// A parsed type string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    /// `str`.
    Str,
    /// `int`.
    Int,
    /// `float`.
    Float,
    /// `decimal.Decimal`.
    Decimal,
    /// `bool`.
    Bool,
    /// `date`.
    Date,
    /// `datetime`.
    DateTime,
    /// `object`: any JSON value.
    Object,
    /// `dict` without key and value types: any JSON value.
    BareDict,
    /// `file`: a multipart file part.
    File,
    /// `bytes`.
    Bytes,
    /// `list[T]`.
    List(Box<TypeRef>),
    /// `dict(str, T)`.
    Map(Box<TypeRef>),
    /// A model name.
    Model(String),
    /// A type string the grammar does not cover, kept verbatim for the report.
    Unknown(String),
}

impl TypeRef {
    /// Parses a type string. Strings outside the grammar become [`TypeRef::Unknown`] rather than
    /// an error, so that the generator can report them and carry on.
    pub fn parse(text: &str) -> TypeRef {
        let text = text.trim();
        match text {
            "str" => return TypeRef::Str,
            "int" => return TypeRef::Int,
            "float" => return TypeRef::Float,
            "decimal.Decimal" | "Decimal" => return TypeRef::Decimal,
            "bool" => return TypeRef::Bool,
            "date" => return TypeRef::Date,
            "datetime" => return TypeRef::DateTime,
            "object" => return TypeRef::Object,
            "dict" => return TypeRef::BareDict,
            "file" => return TypeRef::File,
            "bytes" => return TypeRef::Bytes,
            _ => {}
        }
        if let Some(inner) = text
            .strip_prefix("list[")
            .and_then(|rest| rest.strip_suffix(']'))
        {
            return match TypeRef::parse(inner) {
                TypeRef::Unknown(_) => TypeRef::Unknown(text.to_owned()),
                item => TypeRef::List(Box::new(item)),
            };
        }
        if let Some(inner) = text
            .strip_prefix("dict(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            let value = inner
                .split_once(',')
                .filter(|(key, _)| key.trim() == "str")
                .map(|(_, value)| TypeRef::parse(value));
            return match value {
                Some(TypeRef::Unknown(_)) | None => TypeRef::Unknown(text.to_owned()),
                Some(value) => TypeRef::Map(Box::new(value)),
            };
        }
        let is_identifier = text.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if is_identifier {
            TypeRef::Model(text.to_owned())
        } else {
            TypeRef::Unknown(text.to_owned())
        }
    }

    /// Calls `visit` with every model name the type refers to, through lists and maps.
    pub fn for_each_model(&self, visit: &mut impl FnMut(&str)) {
        match self {
            TypeRef::Model(name) => visit(name),
            TypeRef::List(item) | TypeRef::Map(item) => item.for_each_model(visit),
            _ => {}
        }
    }

    /// Returns the model name when the type is a model directly, not inside a list or map.
    pub fn direct_model(&self) -> Option<&str> {
        match self {
            TypeRef::Model(name) => Some(name),
            _ => None,
        }
    }

    /// Returns true for types that contain a file part anywhere.
    pub fn contains_file(&self) -> bool {
        match self {
            TypeRef::File => true,
            TypeRef::List(item) | TypeRef::Map(item) => item.contains_file(),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_scalars() {
        assert_eq!(TypeRef::parse("str"), TypeRef::Str);
        assert_eq!(TypeRef::parse("int"), TypeRef::Int);
        assert_eq!(TypeRef::parse("decimal.Decimal"), TypeRef::Decimal);
        assert_eq!(TypeRef::parse("dict"), TypeRef::BareDict);
    }

    #[test]
    fn parses_nested_collections() {
        let parsed = TypeRef::parse("dict(str, dict(str, list[str]))");
        let expected = TypeRef::Map(Box::new(TypeRef::Map(Box::new(TypeRef::List(Box::new(
            TypeRef::Str,
        ))))));
        assert_eq!(parsed, expected);
        assert_eq!(
            TypeRef::parse("list[Vpc]"),
            TypeRef::List(Box::new(TypeRef::Model("Vpc".into())))
        );
    }

    #[test]
    fn unknown_strings_are_kept() {
        assert_eq!(
            TypeRef::parse("dict(int, str)"),
            TypeRef::Unknown("dict(int, str)".into())
        );
        assert_eq!(
            TypeRef::parse("list[tuple]"),
            TypeRef::Unknown("list[tuple]".into())
        );
        assert_eq!(
            TypeRef::parse("Foo-Bar"),
            TypeRef::Unknown("Foo-Bar".into())
        );
    }
}
