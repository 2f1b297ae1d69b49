"""Small helpers for reading generated SDK source with `ast`."""

import ast
from typing import Optional

# Statements quoted in unmapped entries are cut to this many characters.
MAX_QUOTE = 120


class NotLiteral(ValueError):
    """Raised when a node that should be a plain literal is an expression."""


def parse_file(path) -> ast.Module:
    with open(path, encoding="utf-8") as handle:
        return ast.parse(handle.read(), filename=str(path))


def literal(node):
    """Evaluate a literal node (str, number, bool, None, list, tuple, dict) without running code."""
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError) as error:
        raise NotLiteral("not a literal: %s" % quote(node)) from error


def quote(node) -> str:
    """Return the first source line of a node, cut to MAX_QUOTE characters."""
    text = ast.unparse(node).split("\n")[0]
    if len(text) > MAX_QUOTE:
        text = text[:MAX_QUOTE - 3] + "..."
    return text


def name_of(node) -> Optional[str]:
    """Return the identifier of `x` or the attribute name of `a.b.x`, else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def local_var_key(node) -> Optional[str]:
    """Return 'x' for the expression `local_var_params['x']`, else None."""
    if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
            and node.value.id == "local_var_params"
            and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str)):
        return node.slice.value
    return None


def subscript_target(node):
    """Return ('d', 'k') for the target `d['k']` with a string key, else None."""
    if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
            and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str)):
        return node.value.id, node.slice.value
    return None


def is_call_to(node, name) -> bool:
    return isinstance(node, ast.Call) and name_of(node.func) == name
