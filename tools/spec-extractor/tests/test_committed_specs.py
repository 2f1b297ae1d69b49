"""Checks on the committed specs/*.json; no network and no SDK needed."""

import json
import os
import re

import pytest

from hwspec.output import dumps
from hwspec.types import referenced_models

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SPECS = os.path.join(ROOT, "specs")
PACKAGES_TXT = os.path.join(ROOT, "tools", "spec-extractor", "packages.txt")

EXPECTED_VERSIONS = {
    "dsc": ["v1"],
    "ecs": ["v2"],
    "evs": ["v2"],
    "iam": ["v3", "v5"],
    "vpc": ["v2", "v3"],
}
PARAM_LOCATIONS = {"path", "query", "header", "form", "cname"}
MODEL_KINDS = {"model", "request", "response", "stream_request", "stream_response", "enum"}


def pinned_versions():
    pins = {}
    with open(PACKAGES_TXT, encoding="utf-8") as handle:
        for line in handle:
            match = re.match(r"huaweicloudsdk([a-z0-9]+)==(\S+)\s", line)
            if match:
                pins[match.group(1)] = match.group(2)
    return pins


def load(service):
    with open(os.path.join(SPECS, service + ".json"), encoding="utf-8") as handle:
        text = handle.read()
    return text, json.loads(text)


def test_spec_files_match_expected_services():
    files = sorted(name for name in os.listdir(SPECS) if name.endswith(".json"))
    assert files == sorted(service + ".json" for service in EXPECTED_VERSIONS)


def test_packages_txt_pins_one_release():
    pins = pinned_versions()
    assert sorted(pins) == sorted(EXPECTED_VERSIONS)
    assert len(set(pins.values())) == 1, pins


@pytest.mark.parametrize("service", sorted(EXPECTED_VERSIONS))
def test_spec_header(service):
    _, spec = load(service)

    assert spec["format"] == "hwspec-1"
    assert spec["format_version"] == 1
    assert spec["service"] == service
    assert spec["package"] == "huaweicloudsdk" + service
    assert spec["package_version"] == pinned_versions()[service]
    assert [version["version"] for version in spec["versions"]] == EXPECTED_VERSIONS[service]
    assert spec["unmapped"] == []


@pytest.mark.parametrize("service", sorted(EXPECTED_VERSIONS))
def test_spec_is_canonical(service):
    text, spec = load(service)

    assert dumps(spec) == text, "regenerate with tools/spec-extractor/extract.sh"


@pytest.mark.parametrize("service", sorted(EXPECTED_VERSIONS))
def test_spec_references_resolve(service):
    _, spec = load(service)
    for version in spec["versions"]:
        models = version["models"]
        assert version["operations"], version["version"]
        assert version["regions"], version["version"]
        assert version["credentials"], version["version"]
        for name, model in models.items():
            assert model["kind"] in MODEL_KINDS, name
            for field in model.get("fields", []):
                for reference in referenced_models(field["type"]):
                    assert reference in models, (name, field["name"], reference)
        for operation in version["operations"]:
            label = (version["version"], operation["name"])
            assert operation["request"] in models, label
            assert operation["response"] in models, label
            assert operation["method"] in {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"}, label
            assert operation["path"].startswith("/"), label
            for param in operation["params"]:
                assert param["in"] in PARAM_LOCATIONS, label
                assert "type" in param, (label, param["name"])
                assert isinstance(param["required"], bool), (label, param["name"])
            for placeholder in operation["implicit_path_params"]:
                assert placeholder in ("project_id", "domain_id"), label
