"""Operations: parameter locations, bodies, flags and the unmapped items around them."""

from fakesdk import Field, Operation
from hwspec.package import extract_package

REGIONS = {"xx-north-1": ["https://demo.xx-north-1.example.com"]}


def extract(package):
    if package.versions:
        for version in package.versions:
            if package.version(version)["regions"] is None:
                package.set_regions(version, "DEMO", REGIONS)
    spec, unmapped = extract_package(package.build())
    return spec, unmapped


def operation(spec, name, version="v1"):
    [match] = [version_spec for version_spec in spec["versions"] if version_spec["version"] == version]
    return next(op for op in match["operations"] if op["name"] == name)


def reasons(unmapped):
    return [(entry.operation or entry.model, entry.item, entry.reason) for entry in unmapped]


def test_path_query_header_params(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="list_things", method="GET", path="/v1/{project_id}/things/{thing_id}",
        path_params=[("thing_id", "thing_id")],
        query=[("limit", "limit", None), ("id", "id", "multi"), ("tags", "tags", "csv")],
        headers=[("X-Language", "x_language")],
    ), request_fields=[
        Field("thing_id", "str", required=True),
        Field("limit", "int"),
        Field("id", "list[str]"),
        Field("tags", "list[str]"),
        Field("x_language", "str"),
    ], response_fields=[Field("count", "int")])
    spec, unmapped = extract(package)
    op = operation(spec, "ListThings")

    assert unmapped == []
    assert op["fn"] == "list_things"
    assert op["method"] == "GET"
    assert op["path"] == "/v1/{project_id}/things/{thing_id}"
    assert op["request"] == "ListThingsRequest"
    assert op["response"] == "ListThingsResponse"
    assert op["params"] == [
        {"in": "path", "name": "thing_id", "field": "thing_id", "type": "str", "required": True},
        {"in": "query", "name": "limit", "field": "limit", "type": "int", "required": False},
        {"in": "query", "name": "id", "field": "id", "collection": "multi", "type": "list[str]",
         "required": False},
        {"in": "query", "name": "tags", "field": "tags", "collection": "csv", "type": "list[str]",
         "required": False},
        {"in": "header", "name": "X-Language", "field": "x_language", "type": "str", "required": False},
    ]
    assert op["implicit_path_params"] == ["project_id"]
    assert op["body"] is None
    assert op["content_type"] == ["application/json"]


def test_body_param_types_from_request(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="create_thing", method="POST", path="/v1/{project_id}/things", body_field="body",
        content_type=["application/json;charset=UTF-8"],
    ), request_fields=[Field("body", "CreateThingRequestBody", required=True)],
        response_fields=[Field("id", "str")])
    package.add_model("v1", "CreateThingRequestBody", [Field("name", "str", required=True)])
    spec, unmapped = extract(package)
    op = operation(spec, "CreateThing")
    models = spec["versions"][0]["models"]

    assert unmapped == []
    assert op["body"] == {"field": "body", "type": "CreateThingRequestBody", "required": True}
    assert op["content_type"] == ["application/json;charset=UTF-8"]
    assert models["CreateThingRequest"]["kind"] == "request"
    assert models["CreateThingResponse"]["kind"] == "response"
    assert models["CreateThingRequestBody"]["kind"] == "model"


def test_form_params_typed_from_body_model(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="upload_doc", method="POST", path="/v1/{project_id}/docs", body_field="body",
        form=[("doc_type", "doc_type"), ("file", "file")],
        content_type=["multipart/form-data"],
    ), request_fields=[Field("body", "UploadDocRequestBody")],
        response_fields=[], response_base="SdkStreamResponse")
    package.add_model("v1", "UploadDocRequestBody", [
        Field("doc_type", "str", required=True), Field("file", "file", required=True)])
    spec, unmapped = extract(package)
    op = operation(spec, "UploadDoc")

    assert unmapped == []
    assert op["params"] == [
        {"in": "form", "name": "doc_type", "field": "doc_type", "type": "str", "required": True},
        {"in": "form", "name": "file", "field": "file", "type": "file", "required": True},
    ]
    assert op["stream_response"] is True
    assert op["stream_request"] is False
    assert op["content_type"] == ["multipart/form-data"]


def test_form_param_missing_from_body_model(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="upload_doc", method="POST", path="/v1/docs", body_field="body",
        form=[("SAMLResponse", "saml_response")], content_type=["application/x-www-form-urlencoded"],
    ), request_fields=[Field("body", "UploadDocRequestBody")], response_fields=[])
    package.add_model("v1", "UploadDocRequestBody", [Field("other", "str")])
    spec, unmapped = extract(package)
    op = operation(spec, "UploadDoc")

    assert op["params"] == [{"in": "form", "name": "SAMLResponse", "field": "saml_response"}]
    assert reasons(unmapped) == [
        ("UploadDoc", "form parameter SAMLResponse", "field saml_response not in the body model, type unknown")]


def test_stream_request_and_cname(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="put_object", method="PUT", path="/{object_key}",
        path_params=[("object_key", "object_key")], cname_field="bucket_name",
        headers=[("Content-MD5", "content_md5")], content_type=["application/octet-stream"],
    ), request_fields=[Field("bucket_name", "str", required=True), Field("object_key", "str", required=True),
                       Field("content_md5", "str")],
        request_base="SdkStreamRequest", response_fields=[])
    spec, unmapped = extract(package)
    op = operation(spec, "PutObject")

    assert unmapped == []
    assert op["stream_request"] is True
    assert op["params"][1] == {"in": "cname", "name": "bucket_name", "field": "bucket_name", "type": "str",
                               "required": True}
    assert spec["versions"][0]["models"]["PutObjectRequest"]["kind"] == "stream_request"


def test_response_headers_auth_and_deprecated(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="create_token", method="POST", path="/v3/auth/tokens", body_field="body",
        response_headers=["X-Subject-Token"], auth=["apig-auth-demo"], deprecated=True,
    ), request_fields=[Field("body", "object")],
        response_fields=[Field("token", "object"), Field("x_subject_token", "str", wire="X-Subject-Token")])
    spec, unmapped = extract(package)
    op = operation(spec, "CreateToken")
    response = spec["versions"][0]["models"]["CreateTokenResponse"]

    assert unmapped == []
    assert op["response_headers"] == ["X-Subject-Token"]
    assert op["auth"] == ["apig-auth-demo"]
    assert op["deprecated"] is True
    assert response["fields"][1] == {"name": "x_subject_token", "json": "X-Subject-Token", "type": "str"}


def test_operation_without_deprecation_has_no_flag(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(fn="show_thing", method="GET", path="/v1/thing"),
                          request_fields=[], response_fields=[])
    spec, _ = extract(package)

    assert "deprecated" not in operation(spec, "ShowThing")


def test_response_header_without_field_reported(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="show_thing", method="GET", path="/v1/thing", response_headers=["X-Request-Id"],
    ), request_fields=[], response_fields=[Field("name", "str")])
    _, unmapped = extract(package)

    assert reasons(unmapped) == [
        ("ShowThing", "response header X-Request-Id", "no response model field has this wire name")]


def test_request_field_without_location_reported(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(fn="show_thing", method="GET", path="/v1/thing"),
                          request_fields=[Field("orphan", "str")], response_fields=[])
    spec, unmapped = extract(package)

    assert operation(spec, "ShowThing")["params"] == []
    assert reasons(unmapped) == [
        ("ShowThing", "request field orphan", "no location: not sent as path, query, header, cname or body")]


def test_param_missing_from_request_reported(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="show_thing", method="GET", path="/v1/thing", query=[("limit", "limit", None)],
    ), request_fields=[], response_fields=[])
    spec, unmapped = extract(package)

    assert operation(spec, "ShowThing")["params"] == [{"in": "query", "name": "limit", "field": "limit"}]
    assert reasons(unmapped) == [
        ("ShowThing", "query parameter limit", "field limit not in the request model, type unknown")]


def test_unfillable_path_placeholder_reported(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="show_thing", method="GET", path="/v1/{domain_id}/{project_id}/things/{thing_id}",
    ), request_fields=[], response_fields=[])
    spec, unmapped = extract(package)

    assert operation(spec, "ShowThing")["implicit_path_params"] == ["domain_id", "project_id", "thing_id"]
    assert reasons(unmapped) == [
        ("ShowThing", "path {thing_id}", "placeholder has no path parameter and is not filled from credentials")]


def test_unknown_statement_reported(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="show_thing", method="GET", path="/v1/thing",
        extra_statements=["header_params['X-Trace'] = make_trace_id()", "query_params.extend(extra)"],
    ), request_fields=[], response_fields=[])
    _, unmapped = extract(package)

    assert reasons(unmapped) == [
        ("ShowThing", "header_params['X-Trace'] = make_trace_id()",
         "statement in show_thing_http_info not understood"),
        ("ShowThing", "query_params.extend(extra)", "statement in show_thing_http_info not understood"),
    ]


def test_collection_format_without_param_reported(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="show_thing", method="GET", path="/v1/thing",
        extra_statements=["collection_formats['ghost'] = 'csv'"],
    ), request_fields=[], response_fields=[])
    _, unmapped = extract(package)

    assert reasons(unmapped) == [
        ("ShowThing", "collection_formats['ghost']", "collection format for a parameter that is not sent")]


def test_missing_models_and_content_type_reported(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(
        fn="show_thing", method="GET", path="/v1/thing", content_type=None,
    ), request_fields=None, response_fields=None)
    spec, unmapped = extract(package)

    assert operation(spec, "ShowThing")["content_type"] is None
    assert reasons(unmapped) == [
        ("ShowThing", "Content-Type", "no Content-Type selection, content_type left null"),
        ("ShowThing", "request ShowThingRequest", "request model not found"),
        ("ShowThing", "response ShowThingResponse", "response model not found"),
    ]


def test_method_without_http_info_reported(fake_package):
    package = fake_package()
    package.set_client_source("v1", (
        "from huaweicloudsdkcore.client import Client, ClientBuilder\n\n\n"
        "class DemoClient(Client):\n"
        "    @classmethod\n"
        "    def new_builder(cls, clazz=None):\n"
        "        return ClientBuilder(cls)\n\n"
        "    def list_things(self, request):\n"
        "        return self.call_api('/v1/things', 'GET')\n\n"
        "    def show_thing(self, request):\n"
        "        http_info = self._show_thing_http_info(request)\n"
        "        return self._call_api(**http_info)\n"))
    spec, unmapped = extract(package)

    assert spec["versions"][0]["operations"] == []
    assert reasons(unmapped) == [
        ("ListThings", "method list_things", "public method builds no http_info, not an operation"),
        ("ShowThing", "method show_thing", "calls _show_thing_http_info, which the class does not define"),
    ]


def test_client_without_client_class_reported(fake_package):
    package = fake_package()
    package.set_client_source("v1", "class Helper:\n    pass\n")
    spec, unmapped = extract(package)

    assert spec["versions"][0]["client"] is None
    assert reasons(unmapped) == [(None, "client class", "no class deriving from Client in demo_client.py")]


def test_builder_credentials_and_derived_auth(fake_package):
    package = fake_package()
    package.set_builder("v1", [
        "if not clazz:",
        '    client_builder = ClientBuilder(cls, "GlobalCredentials,BasicCredentials")',
        "else:",
        '    client_builder = ClientBuilder(clazz, "GlobalCredentials,BasicCredentials")',
        'client_builder._with_derived_auth_service_name("demo-derived")',
        "client_builder.with_exception_handler(DemoExceptionHandler())",
        "return client_builder",
    ])
    package.add_extra_file("v1", "demo_exception_handler.py", "class DemoExceptionHandler:\n    pass\n")
    package.add_extra_file("v1", "obs/__init__.py")
    spec, unmapped = extract(package)
    version = spec["versions"][0]

    assert unmapped == []
    assert version["client"] == "DemoClient"
    assert version["credentials"] == ["GlobalCredentials", "BasicCredentials"]
    assert version["derived_auth_service"] == "demo-derived"
    assert version["exception_handler"] == "DemoExceptionHandler"
    assert version["extra_files"] == ["demo_exception_handler.py", "obs/"]


def test_builder_chained_form(fake_package):
    package = fake_package()
    package.set_builder("v1", [
        'return ClientBuilder(cls, "BasicCredentials,DemoCredentials")._with_derived_auth_service_name("dm")',
    ])
    spec, unmapped = extract(package)
    version = spec["versions"][0]

    assert unmapped == []
    assert version["credentials"] == ["BasicCredentials", "DemoCredentials"]
    assert version["derived_auth_service"] == "dm"
    assert version["exception_handler"] is None


def test_builder_default_credentials(fake_package):
    package = fake_package()
    package.version("v1")
    spec, unmapped = extract(package)

    assert unmapped == []
    assert spec["versions"][0]["credentials"] == ["BasicCredentials"]
    assert spec["versions"][0]["derived_auth_service"] is None


def test_builder_non_literal_credentials_reported(fake_package):
    package = fake_package()
    package.set_builder("v1", ["return ClientBuilder(cls, KINDS)"])
    spec, unmapped = extract(package)

    assert spec["versions"][0]["credentials"] == ["BasicCredentials"]
    assert reasons(unmapped) == [
        (None, "new_builder: ClientBuilder(cls, KINDS)", "credential kinds are not a string literal")]


def test_duplicate_operation_name_reported(fake_package):
    package = fake_package()
    package.add_operation("v1", Operation(fn="show_thing", method="GET", path="/v1/thing"),
                          request_fields=[], response_fields=[])
    package.add_operation("v1", Operation(fn="show_thing_again", method="GET", path="/v1/thing",
                                          response="ShowThingResponse"),
                          request_fields=None, response_fields=None)
    _, unmapped = extract(package)

    assert reasons(unmapped) == [("ShowThing", "show_thing_again", "second operation with this name")]


def test_operations_keep_client_order(fake_package):
    package = fake_package()
    for fn in ("update_b", "create_a", "delete_c"):
        package.add_operation("v1", Operation(fn=fn, method="POST", path="/v1/x"),
                              request_fields=[], response_fields=[])
    spec, _ = extract(package)

    assert [op["fn"] for op in spec["versions"][0]["operations"]] == ["update_b", "create_a", "delete_c"]
