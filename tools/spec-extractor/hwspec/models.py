"""Parse the model classes of one API version (the files under vN/model/)."""

import ast

from .astutil import NotLiteral, literal, parse_file, quote

# Base class name -> model kind. A class with no base is a plain model.
BASE_KINDS = {
    "SdkResponse": "response",
    "SdkStreamResponse": "stream_response",
    "SdkStreamRequest": "stream_request",
}

# Class attributes with a fixed meaning in generated models.
_KNOWN_ATTRIBUTES = ("openapi_types", "attribute_map", "sensitive_list",
                     "discriminator_value_class_map", "xml_name")


def parse_model_file(path, report):
    """Return {class name: model} for every top-level class in one model file.

    `report(item, reason, model=...)` receives everything that could not be mapped.
    """
    tree = parse_file(path)
    models = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            models[node.name] = parse_model_class(node, report)
    return models


def parse_model_class(cls: ast.ClassDef, report):
    def report_here(item, reason):
        report(item, reason, model=cls.name)

    kind = _kind_from_bases(cls, report_here)
    attributes, constants = _class_attributes(cls, report_here)
    required, discriminator = _init_facts(cls)

    types = attributes.get("openapi_types", {})
    wire_names = attributes.get("attribute_map", {})
    sensitive = attributes.get("sensitive_list", [])

    model = {"kind": kind}
    if "xml_name" in attributes:
        model["xml_name"] = attributes["xml_name"]

    if constants and not types:
        # Enum classes in the SDK are plain constant holders with no fields.
        model["kind"] = "enum"
        model["enum"] = constants
    else:
        for name in constants:
            report_here(name, "class constant on a model that has fields")

    fields = []
    for attr, type_string in types.items():
        field = {"name": attr}
        if attr not in wire_names:
            report_here(attr, "field missing from attribute_map, wire name assumed equal to the attribute")
        wire = wire_names.get(attr, attr)
        if wire != attr:
            field["json"] = wire
        field["type"] = type_string
        if attr in required:
            field["required"] = True
        if attr in sensitive:
            field["sensitive"] = True
        fields.append(field)
    for attr in wire_names:
        if attr not in types:
            report_here(attr, "attribute_map entry has no type in openapi_types")
    for attr in sensitive:
        if attr not in types:
            report_here(attr, "sensitive_list entry is not a field")

    if fields or model["kind"] != "enum":
        model["fields"] = fields
    if discriminator:
        model["discriminator"] = {
            "field": discriminator,
            "mapping": attributes.get("discriminator_value_class_map", {}),
        }
    elif "discriminator_value_class_map" in attributes:
        report_here("discriminator_value_class_map", "mapping present but __init__ sets no discriminator field")
    return model


def _kind_from_bases(cls, report_here):
    kind = "model"
    for base in cls.bases:
        name = base.id if isinstance(base, ast.Name) else None
        if name in BASE_KINDS:
            kind = BASE_KINDS[name]
        else:
            report_here("base " + quote(base), "unknown base class, kind set to model")
    return kind


def _class_attributes(cls, report_here):
    """Split class-level assignments into known attributes and enum constants."""
    attributes, constants = {}, {}
    for statement in cls.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            continue  # docstring
        appended = _sensitive_append(statement)
        if appended is not None:
            attributes.setdefault("sensitive_list", []).append(appended)
            continue
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)):
            report_here(quote(statement), "class statement not understood")
            continue
        name = statement.targets[0].id
        try:
            value = literal(statement.value)
        except NotLiteral:
            report_here(name, "class attribute is not a literal")
            continue
        if name in _KNOWN_ATTRIBUTES:
            if not _has_expected_shape(name, value):
                report_here(name, "class attribute has an unexpected shape: %r" % (value,))
                continue
            attributes[name] = value
        else:
            constants[name] = value
    return attributes, constants


def _sensitive_append(statement):
    """Return 'x' for the class statement `sensitive_list.append('x')`, else None."""
    if not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)):
        return None
    call = statement.value
    if (isinstance(call.func, ast.Attribute) and call.func.attr == "append"
            and isinstance(call.func.value, ast.Name) and call.func.value.id == "sensitive_list"
            and len(call.args) == 1 and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)):
        return call.args[0].value
    return None


def _has_expected_shape(name, value):
    if name in ("openapi_types", "attribute_map", "discriminator_value_class_map"):
        return isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    if name == "sensitive_list":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, str)  # xml_name


def _init_facts(cls):
    """Return (required attribute names, discriminator field) from __init__.

    Generated __init__ assigns a required field unconditionally (`self.x = x`)
    and wraps an optional one in `if x is not None:`. A polymorphic model sets
    `self.discriminator` to the name of its type field.
    """
    required, discriminator = set(), None
    for function in cls.body:
        if not (isinstance(function, ast.FunctionDef) and function.name == "__init__"):
            continue
        for statement in function.body:
            if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1):
                continue
            target = statement.targets[0]
            if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                    and target.value.id == "self"):
                continue
            if target.attr == "discriminator":
                value = statement.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    discriminator = value.value
            elif isinstance(statement.value, ast.Name) and statement.value.id == target.attr:
                required.add(target.attr)
    return required, discriminator
