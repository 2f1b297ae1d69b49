"""The command line: output files, --strict, stderr reporting and byte-for-byte stable output."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from fakesdk import Field, Operation
from hwspec.cli import EXIT_UNMAPPED, EXIT_USAGE, main

SCRIPT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "extract_spec.py")


def clean_package(fake_package, service="demo"):
    package = fake_package(service=service)
    package.add_operation("v1", Operation(
        fn="list_things", method="GET", path="/v1/{project_id}/things",
        query=[("limit", "limit", None), ("id", "id", "multi")],
    ), request_fields=[Field("limit", "int"), Field("id", "list[str]")],
        response_fields=[Field("things", "list[Thing]")])
    package.add_model("v1", "Thing", [Field("id", "str", required=True), Field("name", "str")])
    package.add_model("v1", "Colour", constants={"RED": "red", "BLUE": "blue"})
    package.set_regions("v1", "DEMO", {"xx-b-1": ["https://b.example.com"], "xx-a-1": ["https://a.example.com"]})
    return package


def unmapped_package(fake_package):
    package = clean_package(fake_package)
    package.add_model("v1", "Broken", [Field("size", "long")])
    return package


def test_writes_spec_file(fake_package, tmp_path, capsys):
    source = clean_package(fake_package).build()
    output = tmp_path / "demo.json"

    assert main([str(source), "-o", str(output)]) == 0
    spec = json.loads(output.read_text(encoding="utf-8"))
    assert spec["service"] == "demo"
    assert spec["unmapped"] == []
    assert "demo 9.8.7: v1 1 operations, 4 models; 0 unmapped" in capsys.readouterr().err


def test_stdout_when_no_target(fake_package, capsys):
    source = clean_package(fake_package).build()

    assert main([str(source), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["package"] == "huaweicloudsdkdemo"
    assert captured.err == ""


def test_unmapped_printed_and_in_json(fake_package, tmp_path, capsys):
    source = unmapped_package(fake_package).build()
    output = tmp_path / "demo.json"

    assert main([str(source), "-o", str(output)]) == 0
    err = capsys.readouterr().err
    assert "unmapped: demo v1 model Broken: field size: invalid type string" in err
    spec = json.loads(output.read_text(encoding="utf-8"))
    assert spec["unmapped"] == [{
        "service": "demo", "version": "v1", "operation": None, "model": "Broken", "item": "field size",
        "reason": "invalid type string: unknown primitive type 'long'",
    }]


def test_strict_fails_on_unmapped(fake_package, tmp_path, capsys):
    source = unmapped_package(fake_package).build()
    output = tmp_path / "demo.json"

    assert main([str(source), "-o", str(output), "--strict"]) == EXIT_UNMAPPED
    assert output.exists(), "the spec is written even when --strict fails"
    assert "1 unmapped item(s) and --strict is set" in capsys.readouterr().err


def test_strict_passes_when_clean(fake_package, tmp_path):
    source = clean_package(fake_package).build()

    assert main([str(source), "-o", str(tmp_path / "demo.json"), "--strict"]) == 0


def test_strict_exit_status_from_script(fake_package, tmp_path):
    source = unmapped_package(fake_package).build()
    result = subprocess.run([sys.executable, SCRIPT, str(source), "-o", str(tmp_path / "x.json"), "--strict"],
                            capture_output=True, text=True, check=False)

    assert result.returncode == EXIT_UNMAPPED
    assert "unmapped: demo v1 model Broken" in result.stderr


def test_all_writes_one_file_per_service(fake_package, tmp_path):
    clean_package(fake_package, "alpha").build()
    beta = clean_package(fake_package, "beta").build()
    (beta.parent / "huaweicloudsdkcore").mkdir()
    out_dir = tmp_path / "specs"

    assert main(["--all", str(beta.parent), "-d", str(out_dir), "-q"]) == 0
    assert sorted(os.listdir(out_dir)) == ["alpha.json", "beta.json"]


def test_output_is_byte_stable(fake_package, tmp_path):
    source = clean_package(fake_package).build()
    copy = tmp_path / "elsewhere" / "site"
    shutil.copytree(source.parent, copy)

    first, second, moved = tmp_path / "1.json", tmp_path / "2.json", tmp_path / "3.json"
    assert main([str(source), "-o", str(first), "-q"]) == 0
    assert main([str(source), "-o", str(second), "-q"]) == 0
    assert main([str(copy / source.name), "-o", str(moved), "-q"]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == moved.read_bytes(), "output must not depend on the source path"


def test_unordered_maps_sorted(fake_package, tmp_path):
    source = clean_package(fake_package).build()
    output = tmp_path / "demo.json"
    main([str(source), "-o", str(output), "-q"])
    spec = json.loads(output.read_text(encoding="utf-8"))
    version = spec["versions"][0]

    assert list(version["regions"]) == ["xx-a-1", "xx-b-1"]
    assert list(version["models"]) == sorted(version["models"])
    assert list(version["models"]["Colour"]["enum"]) == ["BLUE", "RED"]
    assert output.read_text(encoding="utf-8").endswith("}\n")


def test_not_a_package_is_usage_error(tmp_path, capsys):
    other = tmp_path / "requests"
    other.mkdir()

    assert main([str(other), "-q"]) == EXIT_USAGE
    assert "is not a huaweicloudsdk<service> package directory" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [[], ["a", "b"], ["--all", "/nonexistent-spec-source"]])
def test_bad_arguments_exit_2(argv):
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == EXIT_USAGE
