"""Models (fields, enums, discriminators), region tables and package metadata."""

from fakesdk import Field
from hwspec.package import extract_package

REGIONS = {"xx-north-1": ["https://demo.xx-north-1.example.com"]}


def extract(package, regions=True):
    if regions:
        for version in package.versions:
            if package.version(version)["regions"] is None:
                package.set_regions(version, "DEMO", REGIONS)
    return extract_package(package.build())


def reasons(unmapped):
    return [(entry.version, entry.model, entry.item, entry.reason) for entry in unmapped]


def test_model_fields_wire_required_sensitive(fake_package):
    package = fake_package()
    package.add_model("v1", "Server", [
        Field("id", "str", required=True),
        Field("admin_pass", "str", wire="adminPass"),
        Field("tags", "list[Tag]"),
        Field("metadata", "dict(str, str)"),
    ], sensitive_appended=["admin_pass"])
    package.add_model("v1", "Tag", [Field("key", "str", required=True)])
    spec, unmapped = extract(package)
    server = spec["versions"][0]["models"]["Server"]

    assert unmapped == []
    assert server == {"kind": "model", "fields": [
        {"name": "id", "type": "str", "required": True},
        {"name": "admin_pass", "json": "adminPass", "type": "str", "sensitive": True},
        {"name": "tags", "type": "list[Tag]"},
        {"name": "metadata", "type": "dict(str, str)"},
    ]}


def test_sensitive_list_literal(fake_package):
    package = fake_package()
    package.add_model("v1", "Secret", [Field("token", "str")], extra_lines=["sensitive_list = ['token']"])
    spec, unmapped = extract(package)

    assert unmapped == []
    assert spec["versions"][0]["models"]["Secret"]["fields"][0]["sensitive"] is True


def test_string_and_integer_enums(fake_package):
    package = fake_package()
    package.add_model("v1", "PolicyType", constants={"SYSTEM": "system", "CUSTOM": "custom"})
    package.add_model("v1", "Priority", constants={"HIGH": 1, "LOW": -1})
    spec, unmapped = extract(package)
    models = spec["versions"][0]["models"]

    assert unmapped == []
    assert models["PolicyType"] == {"kind": "enum", "enum": {"CUSTOM": "custom", "SYSTEM": "system"}}
    assert models["Priority"] == {"kind": "enum", "enum": {"HIGH": 1, "LOW": -1}}


def test_empty_class_is_model_not_enum(fake_package):
    package = fake_package()
    package.add_model("v1", "Nothing")
    spec, _ = extract(package)

    assert spec["versions"][0]["models"]["Nothing"] == {"kind": "model", "fields": []}


def test_constant_on_model_with_fields_reported(fake_package):
    package = fake_package()
    package.add_model("v1", "Mixed", [Field("a", "str")], constants={"LIMIT": 5})
    spec, unmapped = extract(package)

    assert spec["versions"][0]["models"]["Mixed"]["kind"] == "model"
    assert reasons(unmapped) == [("v1", "Mixed", "LIMIT", "class constant on a model that has fields")]


def test_discriminator_and_mapping(fake_package):
    package = fake_package()
    package.add_model("v1", "Shape", [Field("kind", "str", required=True)], discriminator="kind",
                      extra_lines=["discriminator_value_class_map = {'square': 'Square', 'circle': 'Circle'}"])
    spec, unmapped = extract(package)

    assert unmapped == []
    assert spec["versions"][0]["models"]["Shape"]["discriminator"] == {
        "field": "kind", "mapping": {"circle": "Circle", "square": "Square"}}


def test_xml_name_kept(fake_package):
    package = fake_package()
    package.add_model("v1", "BucketList", [Field("name", "str")], extra_lines=["xml_name = 'ListBucketsResult'"])
    spec, unmapped = extract(package)

    assert unmapped == []
    assert spec["versions"][0]["models"]["BucketList"]["xml_name"] == "ListBucketsResult"


def test_unknown_types_reported(fake_package):
    package = fake_package()
    package.add_model("v1", "Holder", [
        Field("count", "long"),
        Field("child", "list[Missing]"),
        Field("ok", "list[Holder]"),
    ])
    spec, unmapped = extract(package)

    assert [f["type"] for f in spec["versions"][0]["models"]["Holder"]["fields"]] == [
        "long", "list[Missing]", "list[Holder]"]
    assert reasons(unmapped) == [
        ("v1", "Holder", "field child", "type list[Missing] names unknown model Missing"),
        ("v1", "Holder", "field count", "invalid type string: unknown primitive type 'long'"),
    ]


def test_unknown_base_and_statements_reported(fake_package):
    package = fake_package()
    package.add_model("v1", "Odd", [Field("a", "str")], base="SomethingElse",
                      extra_lines=["openapi_types.update(EXTRA)", "computed = make_value()"])
    spec, unmapped = extract(package)

    assert spec["versions"][0]["models"]["Odd"]["kind"] == "model"
    assert reasons(unmapped) == [
        ("v1", "Odd", "base SomethingElse", "unknown base class, kind set to model"),
        ("v1", "Odd", "computed", "class attribute is not a literal"),
        ("v1", "Odd", "openapi_types.update(EXTRA)", "class statement not understood"),
    ]


def test_attribute_map_mismatch_reported(fake_package):
    package = fake_package()
    package.add_model("v1", "Partial", [Field("a", "str")],
                      extra_lines=["attribute_map = {'b': 'B'}"])
    spec, unmapped = extract(package)

    assert spec["versions"][0]["models"]["Partial"]["fields"] == [{"name": "a", "type": "str"}]
    assert reasons(unmapped) == [
        ("v1", "Partial", "a", "field missing from attribute_map, wire name assumed equal to the attribute"),
        ("v1", "Partial", "b", "attribute_map entry has no type in openapi_types"),
    ]


def test_unparsable_model_file_reported(fake_package):
    package = fake_package()
    package.add_model("v1", "Good", [Field("a", "str")])
    package.add_extra_file("v1", "model/broken.py", "class Broken(:\n")
    spec, unmapped = extract(package)

    assert list(spec["versions"][0]["models"]) == ["Good"]
    assert len(unmapped) == 1
    assert unmapped[0].item == "model/broken.py"
    assert unmapped[0].reason.startswith("cannot parse: ")


def test_region_table_and_env(fake_package):
    package = fake_package()
    package.set_regions("v1", "DEMO", {
        "xx-south-1": ["https://demo.xx-south-1.example.com"],
        "xx-north-1": ["https://demo.xx-north-1.example.com", "https://demo-backup.xx-north-1.example.com"],
    })
    spec, unmapped = extract(package)
    version = spec["versions"][0]

    assert unmapped == []
    assert version["region_env"] == "DEMO"
    assert version["regions"] == {
        "xx-south-1": ["https://demo.xx-south-1.example.com"],
        "xx-north-1": ["https://demo.xx-north-1.example.com", "https://demo-backup.xx-north-1.example.com"],
    }


def test_region_static_fields_mismatch_reported(fake_package):
    package = fake_package()
    package.set_regions("v1", "DEMO", {"xx-north-1": ["https://a.example.com"],
                                       "xx-east-1": ["https://b.example.com"]},
                        static_ids=["xx-north-1", "xx-west-9"])
    _, unmapped = extract(package)

    assert reasons(unmapped) == [
        ("v1", None, "region xx-east-1", "defined but missing from static_fields, so value_of cannot find it"),
        ("v1", None, "region xx-west-9", "listed in static_fields but has no Region definition"),
    ]


def test_missing_region_module_reported(fake_package):
    package = fake_package()
    package.version("v1")
    spec, unmapped = extract(package, regions=False)

    assert spec["versions"][0]["regions"] == {}
    assert spec["versions"][0]["region_env"] is None
    assert reasons(unmapped) == [("v1", None, "regions", "no region/*_region.py module, region table left empty")]


def test_versions_sorted_numerically(fake_package):
    package = fake_package()
    for version in ("v10", "v2", "v1"):
        package.version(version)
    package.add_extra_file("v1", "../vendor/__init__.py")  # not an API version: no model/ folder
    spec, unmapped = extract(package)

    assert unmapped == []
    assert [version["version"] for version in spec["versions"]] == ["v1", "v2", "v10"]


def test_package_metadata(fake_package):
    package = fake_package(service="demo", package_version="9.8.7")
    package.version("v1")
    spec, _ = extract(package)

    assert spec["format"] == "hwspec-1"
    assert spec["format_version"] == 1
    assert spec["service"] == "demo"
    assert spec["package"] == "huaweicloudsdkdemo"
    assert spec["package_version"] == "9.8.7"
    assert set(spec["extractor"]) == {"name", "version"}
    assert spec["unmapped"] == []


def test_missing_package_version_reported(fake_package):
    package = fake_package(package_version=None)
    package.version("v1")
    spec, unmapped = extract(package)

    assert spec["package_version"] is None
    assert [(entry.version, entry.item) for entry in unmapped] == [(None, "package_version")]
    assert spec["unmapped"] == [entry.to_json() for entry in unmapped]


def test_region_keyword_form_and_bad_calls(fake_package):
    package = fake_package()
    package.version("v1")
    package.add_extra_file("v1", "region/demo_region.py", "\n".join([
        "class DemoRegion:",
        "    _PROVIDER = RegionProviderChain.get_default_region_provider_chain('DEMO')",
        "    XX_KW_1 = Region(id='xx-kw-1', endpoint='https://kw.example.com')",
        "    XX_BAD_1 = Region('xx-bad-1')",
        "    XX_BAD_2 = Region('xx-bad-2', ENDPOINT)",
        "    static_fields = {'xx-kw-1': XX_KW_1}",
        "",
    ]))
    spec, unmapped = extract(package, regions=False)

    assert spec["versions"][0]["regions"] == {"xx-kw-1": ["https://kw.example.com"]}
    assert reasons(unmapped) == [
        ("v1", None, "XX_BAD_1 = Region('xx-bad-1')",
         "Region call is not (id, endpoint, ...) or (id=, endpoint=) with strings"),
        ("v1", None, "XX_BAD_2 = Region('xx-bad-2', ENDPOINT)", "Region arguments are not literals"),
    ]
