import pytest

from hwspec.types import TypeStringError, referenced_models


@pytest.mark.parametrize("type_string, expected", [
    ("str", []),
    ("decimal.Decimal", []),
    ("dict", []),
    ("file", []),
    ("Vpc", ["Vpc"]),
    ("list[str]", []),
    ("list[Vpc]", ["Vpc"]),
    ("dict(str, str)", []),
    ("dict(str,int)", []),
    ("dict(str, list[Tag])", ["Tag"]),
    ("list[dict(str, object)]", []),
    ("dict(str, dict(str, list[Port]))", ["Port"]),
])
def test_valid_type_strings(type_string, expected):
    assert referenced_models(type_string) == expected


@pytest.mark.parametrize("type_string", [
    "",
    "long",
    "list",
    "list[str",
    "list[str]]",
    "dict(int, str)",
    "dict(str str)",
    "list[]",
    "Vpc Subnet",
    "models.Vpc",
])
def test_invalid_type_strings(type_string):
    with pytest.raises(TypeStringError):
        referenced_models(type_string)


def test_non_string_type_rejected():
    with pytest.raises(TypeStringError):
        referenced_models(None)
