"""Parse the synchronous client class of one API version (vN/<service>_client.py).

Each operation is a public method `op(self, request)` that calls the class
method `_op_http_info(cls, request)`. That helper builds a dict describing the
HTTP call: method, path, where each request field goes, content type, response
headers. The reader below understands the statements the SDK generator emits
there and reports every other statement as unmapped.
"""

import ast
import os
from dataclasses import dataclass, field
from typing import List, Optional

from .astutil import NotLiteral, is_call_to, literal, local_var_key, name_of, parse_file, quote, subscript_target

# ClientBuilder's credential_type default in huaweicloudsdkcore 3.1.219.
DEFAULT_CREDENTIALS = ["BasicCredentials"]

# Public methods of generated clients that are transport, not operations.
_TRANSPORT_METHODS = ("call_api",)

# Parameter dicts of the http_info helper -> hwspec parameter location.
_PARAM_LOCATIONS = {"path_params": "path", "header_params": "header", "form_params": "form"}

# Locals the helper initialises empty before filling them.
_EMPTY_LOCALS = {
    "cname": None, "collection_formats": {}, "path_params": {}, "query_params": [],
    "header_params": {}, "form_params": {}, "body": None, "response_headers": [],
    "auth_settings": [],
}

# Keys the helper copies from its locals into http_info before returning it.
_HTTP_INFO_KEYS = {"cname", "collection_formats", "path_params", "query_params", "header_params",
                   "post_params", "body", "response_headers"}


@dataclass
class ClientInfo:
    client: Optional[str] = None
    credentials: List[str] = field(default_factory=lambda: list(DEFAULT_CREDENTIALS))
    derived_auth_service: Optional[str] = None
    exception_handler: Optional[str] = None
    operations: List[dict] = field(default_factory=list)


def camel_case(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def parse_client_file(path, report) -> ClientInfo:
    """Read one client module. `report(item, reason, operation=...)` receives what is not mapped."""
    tree = parse_file(path)
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)
               and any(name_of(base) == "Client" for base in node.bases)]
    info = ClientInfo()
    if not classes:
        report("client class", "no class deriving from Client in %s" % os.path.basename(path))
        return info
    for extra in classes[1:]:
        report("class " + extra.name, "second client class in one module, ignored")
    cls = classes[0]
    info.client = cls.name

    methods = {node.name: node for node in cls.body if isinstance(node, ast.FunctionDef)}
    for method in cls.body:
        if not isinstance(method, ast.FunctionDef):
            continue
        if method.name == "new_builder":
            _read_builder(method, info, report)
        elif (method.name.startswith("_") or method.name.endswith("_invoker")
              or method.name in _TRANSPORT_METHODS):
            continue
        else:
            operation = _read_operation(method, methods, report)
            if operation is not None:
                info.operations.append(operation)
    return info


def _read_builder(function, info, report):
    credential_lists = []
    for node in ast.walk(function):
        if not isinstance(node, ast.Call):
            continue
        callee = name_of(node.func)
        if callee == "ClientBuilder":
            credential_lists.append(_builder_credentials(node, report))
        elif callee == "_with_derived_auth_service_name":
            try:
                info.derived_auth_service = literal(node.args[0])
            except (NotLiteral, IndexError):
                report("new_builder: " + quote(node), "derived auth service name is not a literal")
        elif callee == "with_exception_handler":
            handler = node.args[0] if node.args else None
            if isinstance(handler, ast.Call) and name_of(handler.func):
                info.exception_handler = name_of(handler.func)
            else:
                report("new_builder: " + quote(node), "exception handler is not a constructor call")
    known = [kinds for kinds in credential_lists if kinds is not None]
    if not credential_lists:
        report("new_builder", "no ClientBuilder call, credentials assumed %s" % DEFAULT_CREDENTIALS)
    elif known:
        info.credentials = known[0]
        if any(kinds != known[0] for kinds in known[1:]):
            report("new_builder", "ClientBuilder calls disagree on credential kinds, kept the first")


def _builder_credentials(call, report):
    node = call.args[1] if len(call.args) > 1 else None
    for keyword in call.keywords:
        if keyword.arg == "credential_type":
            node = keyword.value
    if node is None:
        return list(DEFAULT_CREDENTIALS)
    try:
        value = literal(node)
    except NotLiteral:
        value = None
    if not isinstance(value, str):
        report("new_builder: " + quote(call), "credential kinds are not a string literal")
        return None
    return [kind.strip() for kind in value.split(",") if kind.strip()]


def _read_operation(method, methods, report):
    provisional_name = camel_case(method.name)
    helper_name = _http_info_helper(method)
    if helper_name is None:
        report("method " + method.name, "public method builds no http_info, not an operation",
               operation=provisional_name)
        return None
    helper = methods.get(helper_name)
    if helper is None:
        report("method " + method.name, "calls %s, which the class does not define" % helper_name,
               operation=provisional_name)
        return None
    reader = _HttpInfoReader(method.name, report)
    reader.visit(helper.body)
    operation = reader.finish()
    if _is_deprecated(method):
        operation["deprecated"] = True
    return operation


def _http_info_helper(method) -> Optional[str]:
    for node in ast.walk(method):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls")
                and node.func.attr.startswith("_") and node.func.attr.endswith("_http_info")):
            return node.func.attr
    return None


def _is_deprecated(method) -> bool:
    """Tell whether the method calls warnings.warn(..., DeprecationWarning)."""
    for node in ast.walk(method):
        if is_call_to(node, "warn") and any(name_of(arg) == "DeprecationWarning" for arg in node.args):
            return True
    return False


class _HttpInfoReader:
    """Walks the statements of one `_op_http_info` helper and collects the operation facts."""

    def __init__(self, fn_name, report):
        self.fn_name = fn_name
        self._report = report
        self.method = None
        self.path = None
        self.response = None
        self.content_type = None
        self.accept = None
        self.params = []
        self.body = None
        self.response_headers = []
        self.auth = []
        self.collection_formats = {}

    def report(self, item, reason):
        name = self.response[:-len("Response")] if (self.response or "").endswith("Response") else None
        self._report(item, reason, operation=name or camel_case(self.fn_name))

    def visit(self, statements):
        for statement in statements:
            if isinstance(statement, ast.If):
                # `if 'x' in local_var_params:` and `if isinstance(request, SdkStreamRequest):`
                # only guard the assignments inside them.
                self.visit(statement.body)
                self.visit(statement.orelse)
            elif not self._read_statement(statement):
                self.report(quote(statement), "statement in %s_http_info not understood" % self.fn_name)

    def _read_statement(self, statement) -> bool:
        """Record one statement; return False when it has no known meaning."""
        if isinstance(statement, ast.Return):
            return name_of(statement.value) == "http_info"
        if isinstance(statement, ast.Expr):
            return self._read_query_append(statement.value)
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1):
            return False
        target, value = statement.targets[0], statement.value
        if isinstance(target, ast.Name):
            return self._read_local(target.id, value)
        subscript = subscript_target(target)
        if subscript is not None:
            return self._read_item(subscript[0], subscript[1], value)
        return False

    def _read_local(self, name, value) -> bool:
        if name == "http_info" and isinstance(value, ast.Dict):
            return self._read_http_info_dict(value)
        if name == "local_var_params":
            return True
        if name in ("response_headers", "auth_settings"):
            strings = self._string_list(value)
            if strings is None:
                return False
            if name == "response_headers":
                self.response_headers = strings
            else:
                self.auth = strings
            return True
        key = local_var_key(value)
        if name == "cname" and key:
            self.params.append({"in": "cname", "name": key, "field": key})
            return True
        if name == "body" and key:
            self.body = {"field": key}
            return True
        if name == "body" and isinstance(value, ast.Call) and name_of(value.func) == "get_file_stream":
            return True  # stream requests send the file stream as the body
        if name in _EMPTY_LOCALS:
            try:
                return literal(value) == _EMPTY_LOCALS[name]
            except NotLiteral:
                return False
        return False

    def _read_http_info_dict(self, node) -> bool:
        for key_node, value_node in zip(node.keys, node.values):
            key = key_node.value if isinstance(key_node, ast.Constant) else None
            if key == "request_type":
                continue  # always request.__class__.__name__
            try:
                value = literal(value_node)
            except NotLiteral:
                self.report("http_info[%r]" % key, "value is not a literal")
                continue
            if key == "method":
                self.method = value
            elif key == "resource_path":
                self.path = value
            elif key == "response_type":
                self.response = value
            else:
                self.report("http_info[%r]" % key, "unknown http_info key")
        return True

    def _read_item(self, container, key, value) -> bool:
        if container == "collection_formats":
            try:
                self.collection_formats[key] = literal(value)
            except NotLiteral:
                return False
            return True
        if container == "header_params" and isinstance(value, ast.Call):
            callee = name_of(value.func)
            strings = self._string_list(value.args[0]) if value.args else None
            if strings is None:
                return False
            if callee == "select_header_content_type" and key == "Content-Type":
                self.content_type = strings
                return True
            if callee == "select_header_accept" and key == "Accept":
                self.accept = strings
                return True
            return False
        if container == "http_info":
            return key in _HTTP_INFO_KEYS and isinstance(value, ast.Name)
        field_name = local_var_key(value)
        location = _PARAM_LOCATIONS.get(container)
        if location and field_name:
            self.params.append({"in": location, "name": key, "field": field_name})
            return True
        return False

    def _read_query_append(self, call) -> bool:
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr == "append" and name_of(call.func.value) == "query_params"
                and len(call.args) == 1 and isinstance(call.args[0], ast.Tuple)
                and len(call.args[0].elts) == 2):
            return False
        wire_node, value_node = call.args[0].elts
        field_name = local_var_key(value_node)
        if not (isinstance(wire_node, ast.Constant) and isinstance(wire_node.value, str) and field_name):
            return False
        self.params.append({"in": "query", "name": wire_node.value, "field": field_name})
        return True

    @staticmethod
    def _string_list(node):
        try:
            value = literal(node)
        except NotLiteral:
            return None
        if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
            return list(value)
        return None

    def finish(self) -> dict:
        """Return the operation in hwspec-1 key order; links to models are added later."""
        for param in self.params:
            if param["name"] in self.collection_formats:
                param["collection"] = self.collection_formats[param["name"]]
        named = {param["name"] for param in self.params}
        for wire in self.collection_formats:
            if wire not in named:
                self.report("collection_formats[%r]" % wire, "collection format for a parameter that is not sent")

        if self.method is None:
            self.report("method", "http_info has no method")
        if self.path is None:
            self.report("resource_path", "http_info has no resource_path")
        if self.response is None:
            self.report("response_type", "http_info has no response_type")
        if self.content_type is None:
            self.report("Content-Type", "no Content-Type selection, content_type left null")

        operation = {
            "name": self._operation_name(),
            "fn": self.fn_name,
            "method": self.method,
            "path": self.path,
            "request": self._operation_name() + "Request",
            "response": self.response or "",
            "content_type": self.content_type,
        }
        if self.accept is not None:
            operation["accept"] = self.accept
        operation.update({
            "params": self.params,
            "body": self.body,
            "stream_request": False,
            "stream_response": False,
            "response_headers": self.response_headers,
            "auth": self.auth,
        })
        return operation

    def _operation_name(self):
        if self.response and self.response.endswith("Response"):
            return self.response[:-len("Response")]
        return camel_case(self.fn_name)
