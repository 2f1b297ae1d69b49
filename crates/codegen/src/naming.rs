//! Conversion of spec names into Rust identifiers.

/// Words that cannot be plain identifiers in Rust 2021, including reserved ones.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be written as raw identifiers (`r#self` is invalid).
const NON_RAW_KEYWORDS: &[&str] = &["crate", "self", "Self", "super"];

/// Splits a name into words at non-alphanumeric characters, lower-to-upper case changes,
/// digit-to-upper changes and the end of an acronym (`HTTPServer` gives `HTTP`, `Server`).
fn words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    for chunk in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let chars: Vec<char> = chunk.chars().collect();
        let mut current = String::new();
        for (index, &c) in chars.iter().enumerate() {
            let previous = index.checked_sub(1).map(|i| chars[i]);
            let next = chars.get(index + 1).copied();
            let boundary = match previous {
                Some(prev) if c.is_ascii_uppercase() => {
                    prev.is_ascii_lowercase()
                        || prev.is_ascii_digit()
                        || (prev.is_ascii_uppercase()
                            && next.is_some_and(|n| n.is_ascii_lowercase()))
                }
                _ => false,
            };
            if boundary && !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            current.push(c);
        }
        if !current.is_empty() {
            words.push(current);
        }
    }
    words
}

/// Converts a name to `snake_case`, such as `stsToken` to `sts_token`.
pub fn snake_case(name: &str) -> String {
    words(name)
        .iter()
        .map(|word| word.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// Converts a name to `SCREAMING_SNAKE_CASE`, such as `ListVpcs` to `LIST_VPCS`.
pub fn screaming_snake_case(name: &str) -> String {
    snake_case(name).to_ascii_uppercase()
}

/// Converts a name to `PascalCase`, such as `IN_PROGRESS` to `InProgress`.
pub fn pascal_case(name: &str) -> String {
    words(name)
        .iter()
        .map(|word| {
            let lower = word.to_ascii_lowercase();
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// Returns the Rust type name for a model name. Names that are already valid `PascalCase` are
/// kept as they are, so `ListVpcsRequest` stays recognisable; others are converted.
pub fn type_name(name: &str) -> String {
    let valid = name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric());
    let converted = if valid {
        name.to_owned()
    } else {
        pascal_case(name)
    };
    if converted.is_empty() {
        "Unnamed".to_owned()
    } else if converted.starts_with(|c: char| c.is_ascii_digit()) {
        format!("T{converted}")
    } else {
        converted
    }
}

/// Returns a field or method identifier for an attribute name: snake case, with keywords
/// written as raw identifiers (`r#type`) and the four keywords that cannot be raw suffixed with
/// an underscore (`self_`).
pub fn field_ident(name: &str) -> String {
    let snake = snake_case(name);
    let snake = if snake.is_empty() {
        "field".to_owned()
    } else if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("field_{snake}")
    } else {
        snake
    };
    escape_keyword(&snake)
}

/// Writes a keyword as a raw identifier, or suffixes it when it cannot be raw.
pub fn escape_keyword(ident: &str) -> String {
    if NON_RAW_KEYWORDS.contains(&ident) {
        format!("{ident}_")
    } else if KEYWORDS.contains(&ident) {
        format!("r#{ident}")
    } else {
        ident.to_owned()
    }
}

/// Returns an identifier without its `r#` prefix, for use inside strings and setter names.
pub fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Returns a constant name for a region id or operation name, such as `CN_NORTH_4`.
pub fn const_name(name: &str) -> String {
    let constant = screaming_snake_case(name);
    if constant.is_empty() || constant.starts_with(|c: char| c.is_ascii_digit()) {
        format!("R_{constant}")
    } else {
        constant
    }
}

/// Makes `name` unique among `taken` by appending `2`, `3`, ... and records it.
pub fn unique(name: String, taken: &mut std::collections::BTreeSet<String>) -> String {
    if taken.insert(name.clone()) {
        return name;
    }
    let base = unraw(&name).to_owned();
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|candidate| taken.insert(candidate.clone()))
        .expect("an unbounded counter always finds a free name")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_splits_words() {
        assert_eq!(snake_case("stsToken"), "sts_token");
        assert_eq!(snake_case("ListVpcs"), "list_vpcs");
        assert_eq!(snake_case("HTTPServer"), "http_server");
        assert_eq!(snake_case("Ipv6Address"), "ipv6_address");
        assert_eq!(snake_case("already_snake"), "already_snake");
        assert_eq!(snake_case("X-Subject-Token"), "x_subject_token");
    }

    #[test]
    fn pascal_case_joins_words() {
        assert_eq!(pascal_case("IN_PROGRESS"), "InProgress");
        assert_eq!(pascal_case("cn-north-4"), "CnNorth4");
        assert_eq!(pascal_case("ACTIVE"), "Active");
    }

    #[test]
    fn const_names_for_regions_and_operations() {
        assert_eq!(const_name("cn-north-4"), "CN_NORTH_4");
        assert_eq!(const_name("ap-southeast-1"), "AP_SOUTHEAST_1");
        assert_eq!(const_name("ListVpcs"), "LIST_VPCS");
        assert_eq!(const_name("4th-region"), "R_4TH_REGION");
    }

    #[test]
    fn keywords_become_raw_identifiers() {
        assert_eq!(field_ident("type"), "r#type");
        assert_eq!(field_ident("match"), "r#match");
        assert_eq!(field_ident("self"), "self_");
        assert_eq!(field_ident("crate"), "crate_");
        assert_eq!(field_ident("name"), "name");
        assert_eq!(field_ident("2fa"), "field_2fa");
        assert_eq!(unraw("r#type"), "type");
    }

    #[test]
    fn type_names_keep_valid_pascal_case() {
        assert_eq!(type_name("ListVpcsRequest"), "ListVpcsRequest");
        assert_eq!(type_name("Result"), "Result");
        assert_eq!(type_name("snake_model"), "SnakeModel");
        assert_eq!(type_name("3dModel"), "T3dModel");
    }

    #[test]
    fn unique_appends_counter() {
        let mut taken = std::collections::BTreeSet::new();
        assert_eq!(unique("a".into(), &mut taken), "a");
        assert_eq!(unique("a".into(), &mut taken), "a2");
        assert_eq!(unique("a".into(), &mut taken), "a3");
    }
}
