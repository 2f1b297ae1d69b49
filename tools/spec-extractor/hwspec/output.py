"""Canonical JSON text for a spec, so that re-running reproduces files byte for byte.

Records keep a fixed key order (the order the extractor builds them in).
Maps whose order carries no meaning are sorted by key: the model table, each
region table, enum constants and discriminator mappings. Lists keep source
order, because field, parameter and credential order is meaningful.
"""

import json


def canonical_spec(spec: dict) -> dict:
    """Return a copy of the spec with every unordered map sorted by key."""
    result = dict(spec)
    result["versions"] = [_canonical_version(version) for version in spec["versions"]]
    return result


def _canonical_version(version: dict) -> dict:
    result = dict(version)
    result["regions"] = _sorted_map(version["regions"])
    models = {}
    for name in sorted(version["models"]):
        model = dict(version["models"][name])
        if "enum" in model:
            model["enum"] = _sorted_map(model["enum"])
        if "discriminator" in model:
            discriminator = dict(model["discriminator"])
            discriminator["mapping"] = _sorted_map(discriminator["mapping"])
            model["discriminator"] = discriminator
        models[name] = model
    result["models"] = models
    return result


def _sorted_map(mapping: dict) -> dict:
    return {key: mapping[key] for key in sorted(mapping)}


def dumps(spec: dict) -> str:
    """Serialise a spec as UTF-8 JSON text, indented one space per level, ending in a newline."""
    return json.dumps(canonical_spec(spec), ensure_ascii=False, indent=1) + "\n"
