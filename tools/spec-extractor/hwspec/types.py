"""The type-string grammar that hwspec-1 keeps from the Python SDK.

    type      = primitive | "list[" type "]" | "dict(" "str" "," type ")" | model
    primitive = str | int | float | bool | object | date | datetime
              | file | bytes | decimal.Decimal | dict
    model     = a class name that starts with an upper-case letter

Spaces are allowed after the comma of dict(...); the SDK writes "dict(str, T)".
"""

import re
from typing import List

PRIMITIVE_TYPES = frozenset({
    "str", "int", "float", "bool", "object", "date", "datetime",
    "file", "bytes", "decimal.Decimal", "dict",
})

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")


class TypeStringError(ValueError):
    """Raised for a type string outside the grammar."""


def referenced_models(type_string: str) -> List[str]:
    """Parse a type string and return the model names it refers to, in order.

    Raises TypeStringError when the string does not follow the grammar or
    names a lower-case type that is not a primitive.
    """
    if not isinstance(type_string, str):
        raise TypeStringError("type is %r, not a string" % (type_string,))
    names: List[str] = []
    end = _parse(type_string, 0, names)
    if end != len(type_string):
        raise TypeStringError("unexpected text %r at offset %d" % (type_string[end:], end))
    return names


def _parse(text: str, pos: int, names: List[str]) -> int:
    if text.startswith("list[", pos):
        pos = _parse(text, pos + len("list["), names)
        return _expect(text, pos, "]")
    if text.startswith("dict(", pos):
        key_start = pos + len("dict(")
        key_names: List[str] = []
        pos = _parse(text, key_start, key_names)
        if text[key_start:pos] != "str":
            raise TypeStringError("dict key type must be str, got %r" % text[key_start:pos])
        pos = _expect(text, pos, ",")
        while pos < len(text) and text[pos] == " ":
            pos += 1
        pos = _parse(text, pos, names)
        return _expect(text, pos, ")")
    match = _IDENTIFIER.match(text, pos)
    if match is None:
        raise TypeStringError("expected a type name at offset %d in %r" % (pos, text))
    name = match.group(0)
    if name not in PRIMITIVE_TYPES:
        if not name[0].isupper() or "." in name:
            raise TypeStringError("unknown primitive type %r" % name)
        names.append(name)
    return match.end()


def _expect(text: str, pos: int, token: str) -> int:
    if not text.startswith(token, pos):
        raise TypeStringError("expected %r at offset %d in %r" % (token, pos, text))
    return pos + len(token)
