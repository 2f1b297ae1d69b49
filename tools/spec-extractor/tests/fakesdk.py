"""Builds small synthetic SDK service packages in the on-disk layout of huaweicloudsdk<service>.

Only the statements the extractor reads are generated. Each test states the
operations, models and regions it needs, and can add raw statements to check
how unknown code is reported.
"""

import re
import textwrap
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple


@dataclass
class Field:
    name: str
    type: str
    wire: Optional[str] = None
    required: bool = False


@dataclass
class Operation:
    fn: str
    method: str
    path: str
    response: Optional[str] = None
    path_params: List[Tuple[str, str]] = field(default_factory=list)
    query: List[Tuple[str, str, Optional[str]]] = field(default_factory=list)
    headers: List[Tuple[str, str]] = field(default_factory=list)
    form: List[Tuple[str, str]] = field(default_factory=list)
    body_field: Optional[str] = None
    cname_field: Optional[str] = None
    content_type: Optional[List[str]] = field(default_factory=lambda: ["application/json"])
    response_headers: List[str] = field(default_factory=list)
    auth: List[str] = field(default_factory=list)
    deprecated: bool = False
    extra_statements: List[str] = field(default_factory=list)


def snake_case(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def camel_case(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


class FakePackage:
    def __init__(self, root, service, package_version):
        self.root = root
        self.service = service
        self.package_version = package_version
        self.versions: Dict[str, dict] = {}

    @property
    def name(self):
        return "huaweicloudsdk" + self.service

    @property
    def path(self):
        return self.root / self.name

    def version(self, version):
        return self.versions.setdefault(version, {
            "models": {}, "operations": [], "builder": None, "regions": None,
            "extra_files": {}, "client_source": None,
        })

    def add_model(self, version, name, fields=(), base=None, sensitive_appended=(),
                  constants=None, discriminator=None, extra_lines=()):
        self.version(version)["models"][name] = model_source(
            name, list(fields), base, list(sensitive_appended), constants or {}, discriminator, list(extra_lines))

    def add_operation(self, version, operation: Operation, request_fields=(), response_fields=(),
                      request_base=None, response_base="SdkResponse"):
        """Add an operation and, unless request_fields is None, its request and response models."""
        self.version(version)["operations"].append(operation)
        base_name = (operation.response or camel_case(operation.fn) + "Response")[:-len("Response")]
        if request_fields is not None:
            self.add_model(version, base_name + "Request", request_fields, base=request_base)
        if response_fields is not None:
            self.add_model(version, base_name + "Response", response_fields, base=response_base)

    def set_builder(self, version, lines):
        self.version(version)["builder"] = list(lines)

    def set_regions(self, version, env, regions, static_ids=None):
        self.version(version)["regions"] = (env, regions, static_ids)

    def add_extra_file(self, version, relative_path, text=""):
        self.version(version)["extra_files"][relative_path] = text

    def set_client_source(self, version, text):
        """Replace the generated client module with hand-written text."""
        self.version(version)["client_source"] = text

    def build(self):
        package = self.path
        package.mkdir(parents=True, exist_ok=True)
        (package / "__init__.py").write_text("")
        if self.package_version:
            info = self.root / ("%s-%s.dist-info" % (self.name, self.package_version))
            info.mkdir(exist_ok=True)
            (info / "METADATA").write_text(
                "Metadata-Version: 2.1\nName: %s\nVersion: %s\n\nbody text\nVersion: 0.0.0\n"
                % (self.name, self.package_version))
        for version, parts in self.versions.items():
            directory = package / version
            (directory / "model").mkdir(parents=True, exist_ok=True)
            (directory / "__init__.py").write_text("")
            (directory / "model" / "__init__.py").write_text("")
            for name, source in parts["models"].items():
                (directory / "model" / (snake_case(name) + ".py")).write_text(source)
            client_class = camel_case(self.service) + "Client"
            client = parts["client_source"] or client_source(client_class, parts["builder"], parts["operations"])
            (directory / (self.service + "_client.py")).write_text(client)
            (directory / (self.service + "_async_client.py")).write_text("# async client, not read\n")
            if parts["regions"] is not None:
                (directory / "region").mkdir(exist_ok=True)
                (directory / "region" / "__init__.py").write_text("")
                env, regions, static_ids = parts["regions"]
                (directory / "region" / (self.service + "_region.py")).write_text(
                    region_source(camel_case(self.service) + "Region", env, regions, static_ids))
            for relative_path, text in parts["extra_files"].items():
                target = directory / relative_path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text)
        return package


def model_source(name, fields, base, sensitive_appended, constants, discriminator, extra_lines):
    lines = ["# coding: utf-8", ""]
    if base:
        lines.append("from huaweicloudsdkcore.%s import %s" % (snake_case(base), base))
    lines += ["", "", "class %s%s:" % (name, "(%s)" % base if base else "")]
    lines.append('    """Synthetic model for extractor tests."""')

    for constant, value in constants.items():
        lines.append("    %s = %r" % (constant, value))
    lines.append("    sensitive_list = []")
    for attr in sensitive_appended:
        lines.append("    sensitive_list.append(%r)" % attr)
    lines.append("    openapi_types = {")
    lines += ["        %r: %r," % (f.name, f.type) for f in fields]
    lines.append("    }")
    lines.append("    attribute_map = {")
    lines += ["        %r: %r," % (f.name, f.wire or f.name) for f in fields]
    lines.append("    }")
    lines += ["    " + line for line in extra_lines]

    arguments = "".join(", %s=None" % f.name for f in fields)
    lines.append("    def __init__(self%s):" % arguments)
    if base:
        lines.append("        super().__init__()")
    for f in fields:
        lines.append("        self._%s = None" % f.name)
    lines.append("        self.discriminator = %r" % discriminator)

    for f in fields:
        if f.required:
            lines.append("        self.%s = %s" % (f.name, f.name))
        else:
            lines.append("        if %s is not None:" % f.name)
            lines.append("            self.%s = %s" % (f.name, f.name))
    lines.append("")
    return "\n".join(lines) + "\n"


def client_source(class_name, builder_lines, operations):
    if builder_lines is None:
        builder_lines = ["client_builder = ClientBuilder(cls)", "return client_builder"]
    parts = [textwrap.dedent("""\
        # coding: utf-8
        import warnings

        from huaweicloudsdkcore.client import Client, ClientBuilder
        from huaweicloudsdkcore.utils import http_utils
        from huaweicloudsdkcore.sdk_stream_request import SdkStreamRequest


        class %s(Client):
            def __init__(self):
                super().__init__()

            @classmethod
            def new_builder(cls, clazz=None):
        """ % class_name)]
    parts.append("".join("        %s\n" % line for line in builder_lines))
    for operation in operations:
        parts.append(operation_source(operation))
    parts.append(textwrap.indent(textwrap.dedent("""\
        def call_api(self, resource_path, method, path_params=None):
            return self.do_http_request(method=method, resource_path=resource_path)
        """), "    "))
    return "\n".join(parts)


def operation_source(op: Operation):
    response = op.response or camel_case(op.fn) + "Response"
    body = []
    if op.deprecated:
        body.append('warnings.warn("deprecated", DeprecationWarning)')
    body += ["http_info = self._%s_http_info(request)" % op.fn, "return self._call_api(**http_info)"]
    lines = ["def %s(self, request):" % op.fn] + ["    " + line for line in body]
    lines += ["", "def %s_invoker(self, request):" % op.fn,
              "    http_info = self._%s_http_info(request)" % op.fn,
              "    return http_info", ""]
    lines += ["@classmethod", "def _%s_http_info(cls, request):" % op.fn]
    helper = [
        "http_info = {",
        '    "method": %r,' % op.method,
        '    "resource_path": %r,' % op.path,
        '    "request_type": request.__class__.__name__,',
        '    "response_type": %r' % response,
        "    }",
        "local_var_params = {attr: getattr(request, attr) for attr in request.attribute_map "
        "if hasattr(request, attr)}",
        "cname = None",
        "collection_formats = {}",
        "path_params = {}",
    ]
    for wire, attr in op.path_params:
        helper += ["if %r in local_var_params:" % attr,
                   "    path_params[%r] = local_var_params[%r]" % (wire, attr)]
    helper.append("query_params = []")
    if op.cname_field:
        helper += ["if %r in local_var_params:" % op.cname_field,
                   "    cname = local_var_params[%r]" % op.cname_field]
    for wire, attr, collection in op.query:
        helper += ["if %r in local_var_params:" % attr,
                   "    query_params.append((%r, local_var_params[%r]))" % (wire, attr)]
        if collection:
            helper.append("    collection_formats[%r] = %r" % (wire, collection))
    helper.append("header_params = {}")
    for wire, attr in op.headers:
        helper += ["if %r in local_var_params:" % attr,
                   "    header_params[%r] = local_var_params[%r]" % (wire, attr)]
    helper.append("form_params = {}")
    for wire, attr in op.form:
        helper += ["if %r in local_var_params:" % attr,
                   "    form_params[%r] = local_var_params[%r]" % (wire, attr)]
    helper.append("body = None")
    if op.body_field:
        helper += ["if %r in local_var_params:" % op.body_field,
                   "    body = local_var_params[%r]" % op.body_field]
    helper += ["if isinstance(request, SdkStreamRequest):", "    body = request.get_file_stream()"]
    helper.append("response_headers = %r" % (op.response_headers,))
    if op.content_type is not None:
        helper.append("header_params['Content-Type'] = http_utils.select_header_content_type(%r)"
                      % (op.content_type,))
    helper.append("auth_settings = %r" % (op.auth,))
    helper += op.extra_statements
    for key, local in (("cname", "cname"), ("collection_formats", "collection_formats"),
                       ("path_params", "path_params"), ("query_params", "query_params"),
                       ("header_params", "header_params"), ("post_params", "form_params"),
                       ("body", "body"), ("response_headers", "response_headers")):
        helper.append("http_info[%r] = %s" % (key, local))
    helper.append("return http_info")
    lines += ["    " + line for line in helper]
    return "".join("    %s\n" % line if line else "\n" for line in lines)


def region_source(class_name, env, regions, static_ids):
    lines = ["from huaweicloudsdkcore.region.region import Region",
             "from huaweicloudsdkcore.region.provider import RegionProviderChain", "", "",
             "class %s:" % class_name,
             "    _PROVIDER = RegionProviderChain.get_default_region_provider_chain(%r)" % env]
    for region_id, endpoints in regions.items():
        arguments = ", ".join(repr(value) for value in [region_id] + list(endpoints))
        lines.append("    %s = Region(%s)" % (region_id.upper().replace("-", "_"), arguments))
    lines.append("    static_fields = {")
    for region_id in (static_ids if static_ids is not None else regions):
        lines.append("        %r: %s," % (region_id, region_id.upper().replace("-", "_")))
    lines.append("    }")
    return "\n".join(lines) + "\n"
