import os
import sys

import pytest

TOOL_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, TOOL_DIR)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fakesdk import FakePackage  # noqa: E402  (needs the path set above)


@pytest.fixture
def fake_package(tmp_path):
    """Return a factory for synthetic huaweicloudsdk<service> trees under tmp_path."""

    def make(service="demo", package_version="9.8.7"):
        return FakePackage(tmp_path / "site", service, package_version)

    return make
