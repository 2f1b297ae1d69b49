"""Assemble the hwspec-1 document for one service package."""

import glob
import os
import re

from . import EXTRACTOR_NAME, EXTRACTOR_VERSION, FORMAT, FORMAT_VERSION, PACKAGE_PREFIX
from .client import ClientInfo, parse_client_file
from .models import parse_model_file
from .regions import parse_region_file
from .types import TypeStringError, referenced_models
from .unmapped import UnmappedLog

# Path placeholders that the SDK fills from credentials rather than from request fields:
# BasicCredentials sets project_id and GlobalCredentials sets domain_id.
CREDENTIAL_PATH_PARAMS = ("project_id", "domain_id")

_VERSION_DIR = re.compile(r"v\d")


class NotAPackageError(ValueError):
    """Raised when a directory is not a huaweicloudsdk<service> package."""


def find_packages(source_dir):
    """Return the service package directories directly under source_dir, sorted by name."""
    found = []
    for path in sorted(glob.glob(os.path.join(source_dir, PACKAGE_PREFIX + "*"))):
        name = os.path.basename(path)
        if os.path.isdir(path) and not name.endswith(".dist-info") and name != PACKAGE_PREFIX + "core":
            found.append(path)
    return found


def extract_package(package_dir):
    """Return (spec, unmapped entries) for one package directory."""
    package_dir = os.path.abspath(package_dir)
    package = os.path.basename(package_dir)
    if not package.startswith(PACKAGE_PREFIX) or package == PACKAGE_PREFIX or not os.path.isdir(package_dir):
        raise NotAPackageError("%s is not a %s<service> package directory" % (package_dir, PACKAGE_PREFIX))
    service = package[len(PACKAGE_PREFIX):]
    log = UnmappedLog(service)

    package_version = read_package_version(package_dir)
    if package_version is None:
        log.add(None, "package_version", "no %s-*.dist-info/METADATA with a Version line next to the package"
                % package)

    versions = []
    for version_dir in version_dirs(package_dir):
        version = os.path.basename(version_dir)
        versions.append(extract_version(version_dir, service, log.for_version(version)))
    if not versions:
        log.add(None, "versions", "no vN directory with a model/ folder in the package")

    spec = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "extractor": {"name": EXTRACTOR_NAME, "version": EXTRACTOR_VERSION},
        "service": service,
        "package": package,
        "package_version": package_version,
        "versions": versions,
    }
    entries = log.sorted_entries()
    spec["unmapped"] = [entry.to_json() for entry in entries]
    return spec, entries


def read_package_version(package_dir):
    parent, package = os.path.split(package_dir)
    for metadata in sorted(glob.glob(os.path.join(parent, package + "-*.dist-info", "METADATA"))):
        with open(metadata, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
                if not line.strip():
                    break  # end of the header block
    return None


def version_dirs(package_dir):
    """Return the API version directories (v1, v2, v10, ...) in numeric order."""
    found = [path for path in glob.glob(os.path.join(package_dir, "v*"))
             if _VERSION_DIR.match(os.path.basename(path)) and os.path.isdir(os.path.join(path, "model"))]
    return sorted(found, key=_natural_key)


def _natural_key(path):
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", os.path.basename(path))]


def extract_version(version_dir, service, report):
    version = os.path.basename(version_dir)
    client = _read_client(version_dir, service, report)
    models = _read_models(version_dir, report)
    region_env, regions = _read_regions(version_dir, service, report)

    check_model_types(models, report)
    seen = set()
    for operation in client.operations:
        if operation["name"] in seen:
            report(operation["fn"], "second operation with this name", operation=operation["name"])
        seen.add(operation["name"])
        link_operation(operation, models, report)

    return {
        "version": version,
        "client": client.client,
        "credentials": client.credentials,
        "derived_auth_service": client.derived_auth_service,
        "exception_handler": client.exception_handler,
        "extra_files": extra_files(version_dir, service),
        "region_env": region_env,
        "regions": regions,
        "operations": client.operations,
        "models": models,
    }


def _read_client(version_dir, service, report):
    candidates = sorted(path for path in glob.glob(os.path.join(version_dir, "*_client.py"))
                        if not path.endswith("_async_client.py"))
    preferred = os.path.join(version_dir, service + "_client.py")
    if preferred in candidates:
        path = preferred
    elif candidates:
        path = candidates[0]
        report(os.path.basename(path), "client module is not named %s_client.py, used it anyway" % service)
    else:
        report("client", "no synchronous *_client.py module, version has no operations")
        return ClientInfo()
    try:
        return parse_client_file(path, report)
    except SyntaxError as error:
        report(os.path.basename(path), "cannot parse: %s" % error)
        return ClientInfo()


def _read_models(version_dir, report):
    models = {}
    for path in sorted(glob.glob(os.path.join(version_dir, "model", "*.py"))):
        if os.path.basename(path) == "__init__.py":
            continue
        try:
            parsed = parse_model_file(path, report)
        except SyntaxError as error:
            report("model/" + os.path.basename(path), "cannot parse: %s" % error)
            continue
        for name, model in parsed.items():
            if name in models:
                report(name, "defined in two model files, kept %s" % os.path.basename(path), model=name)
            models[name] = model
    return models


def _read_regions(version_dir, service, report):
    paths = sorted(glob.glob(os.path.join(version_dir, "region", "*_region.py")))
    preferred = os.path.join(version_dir, "region", service + "_region.py")
    if not paths:
        report("regions", "no region/*_region.py module, region table left empty")
        return None, {}
    path = preferred if preferred in paths else paths[0]
    try:
        region_env, regions = parse_region_file(path, report)
    except SyntaxError as error:
        report("region/" + os.path.basename(path), "cannot parse: %s" % error)
        return None, {}
    if not regions:
        report("regions", "region module defines no Region constants")
    if region_env is None:
        report("region_env", "region module has no get_default_region_provider_chain call")
    return region_env, regions


def extra_files(version_dir, service):
    """List hand-written modules and folders beside the generated client."""
    generated = {"__init__.py", service + "_client.py", service + "_async_client.py"}
    files = sorted(os.path.basename(path) for path in glob.glob(os.path.join(version_dir, "*.py"))
                   if os.path.basename(path) not in generated)
    folders = sorted(os.path.basename(path) + "/" for path in glob.glob(os.path.join(version_dir, "*"))
                     if os.path.isdir(path) and os.path.basename(path) not in ("model", "region", "__pycache__"))
    return files + folders


def check_model_types(models, report):
    """Report field types outside the grammar or naming a model this version lacks."""
    for model_name, model in models.items():
        for field in model.get("fields", []):
            try:
                references = referenced_models(field["type"])
            except TypeStringError as error:
                report("field " + field["name"], "invalid type string: %s" % error, model=model_name)
                continue
            for reference in references:
                if reference not in models:
                    report("field " + field["name"], "type %s names unknown model %s"
                           % (field["type"], reference), model=model_name)


def link_operation(operation, models, report):
    """Fill parameter and body types from the request model and set the stream flags."""
    name = operation["name"]

    def report_here(item, reason):
        report(item, reason, operation=name)

    request = models.get(operation["request"])
    if request is None:
        report_here("request " + operation["request"], "request model not found")
        request = {"kind": "request", "fields": []}
    elif request["kind"] == "model":
        request["kind"] = "request"
    elif request["kind"] not in ("request", "stream_request"):
        report_here("request " + operation["request"], "request model has kind %s" % request["kind"])
    response = models.get(operation["response"])
    if response is None:
        report_here("response " + (operation["response"] or "?"), "response model not found")
    elif response["kind"] not in ("response", "stream_response"):
        report_here("response " + operation["response"], "response model has kind %s, not response"
                    % response["kind"])
    operation["stream_request"] = request["kind"] == "stream_request"
    operation["stream_response"] = bool(response and response["kind"] == "stream_response")

    request_fields = {field["name"]: field for field in request.get("fields", [])}
    body_fields = _body_model_fields(operation, request_fields, models, report_here)
    for param in operation["params"]:
        if param["in"] == "form":
            # Form parts are fields of the body model, not of the request model.
            # The SDK sends that body model as multipart or urlencoded form data.
            source, where = body_fields, "body model"
        else:
            source, where = request_fields, "request model"
        field = source.get(param["field"])
        if field is None:
            report_here("%s parameter %s" % (param["in"], param["name"]),
                        "field %s not in the %s, type unknown" % (param["field"], where))
            continue
        param["type"] = field["type"]
        param["required"] = bool(field.get("required"))

    if operation["body"]:
        field = request_fields.get(operation["body"]["field"])
        if field is None:
            report_here("body", "body field %s not in the request model" % operation["body"]["field"])
        else:
            operation["body"]["type"] = field["type"]
            operation["body"]["required"] = bool(field.get("required"))

    _check_path(operation, report_here)
    _check_request_fields(operation, request_fields, report_here)
    _check_response_headers(operation, response, report_here)


def _body_model_fields(operation, request_fields, models, report_here):
    if not any(param["in"] == "form" for param in operation["params"]):
        return {}
    body = request_fields.get(operation["body"]["field"]) if operation["body"] else None
    model = models.get(body["type"]) if body else None
    if model is None:
        report_here("form parameters", "operation has form parameters but no body model to type them")
        return {}
    return {field["name"]: field for field in model.get("fields", [])}


def _check_path(operation, report_here):
    placeholders = re.findall(r"\{([^}]+)\}", operation["path"] or "")
    path_params = [param["name"] for param in operation["params"] if param["in"] == "path"]
    operation["implicit_path_params"] = [name for name in placeholders if name not in path_params]
    for name in operation["implicit_path_params"]:
        if name not in CREDENTIAL_PATH_PARAMS:
            report_here("path {%s}" % name, "placeholder has no path parameter and is not filled from credentials")
    for name in path_params:
        if name not in placeholders:
            report_here("path parameter " + name, "not a placeholder in %s" % operation["path"])


def _check_request_fields(operation, request_fields, report_here):
    mapped = {param["field"] for param in operation["params"] if param["in"] != "form"}
    if operation["body"]:
        mapped.add(operation["body"]["field"])
    for name in request_fields:
        if name not in mapped:
            report_here("request field " + name, "no location: not sent as path, query, header, cname or body")


def _check_response_headers(operation, response, report_here):
    if not operation["response_headers"]:
        return
    wire_names = set()
    for field in (response or {}).get("fields", []):
        wire_names.add(field.get("json", field["name"]).lower())
    for header in operation["response_headers"]:
        if header.lower() not in wire_names:
            report_here("response header " + header, "no response model field has this wire name")
