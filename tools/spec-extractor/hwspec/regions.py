"""Parse the region table of one API version (vN/region/<service>_region.py).

The module defines one class with a constant per region,
`CN_NORTH_4 = Region("cn-north-4", "https://...", ...)`, a `static_fields`
dict from region id to constant, and `_PROVIDER`, whose argument to
`get_default_region_provider_chain` is the name the env and profile region
providers look up.
"""

import ast

from .astutil import NotLiteral, literal, name_of, parse_file, quote


def parse_region_file(path, report):
    """Return (region_env, {region id: [endpoint, ...]}) in file order."""
    tree = parse_file(path)
    env, regions, constants, static_ids = None, {}, {}, None
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for statement in cls.body:
            if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name)):
                continue
            target, value = statement.targets[0].id, statement.value
            if isinstance(value, ast.Call) and name_of(value.func) == "get_default_region_provider_chain":
                try:
                    env = literal(value.args[0])
                except (NotLiteral, IndexError):
                    report(quote(statement), "region provider name is not a literal")
            elif isinstance(value, ast.Call) and name_of(value.func) == "Region":
                region = _region_call(value, statement, report)
                if region is not None:
                    region_id, endpoints = region
                    if region_id in regions:
                        report("region " + region_id, "defined twice, kept the last definition")
                    regions[region_id] = endpoints
                    constants[target] = region_id
            elif target == "static_fields" and isinstance(value, ast.Dict):
                static_ids = _static_field_ids(value, constants, report)
    if static_ids is not None:
        for region_id in static_ids:
            if region_id not in regions:
                report("region " + region_id, "listed in static_fields but has no Region definition")
        for region_id in regions:
            if region_id not in static_ids:
                report("region " + region_id, "defined but missing from static_fields, so value_of cannot find it")
    return env, regions


def _region_call(call, statement, report):
    """Return (id, endpoints) for Region("id", "ep", ...) or Region(id="id", endpoint="ep").

    Keyword values replace positional ones, as Region.__init__ in huaweicloudsdkcore 3.1.219 does.
    """
    try:
        args = [literal(arg) for arg in call.args]
        keywords = {keyword.arg: literal(keyword.value) for keyword in call.keywords}
    except NotLiteral:
        report(quote(statement), "Region arguments are not literals")
        return None
    region_id, endpoints = (args[0], args[1:]) if len(args) > 1 else (None, [])
    if "id" in keywords:
        region_id = keywords.pop("id")
    if "endpoint" in keywords:
        endpoints = [keywords.pop("endpoint")]
    values = [region_id] + list(endpoints)
    if keywords or not endpoints or not all(isinstance(value, str) and value for value in values):
        report(quote(statement), "Region call is not (id, endpoint, ...) or (id=, endpoint=) with strings")
        return None
    return region_id, endpoints


def _static_field_ids(node, constants, report):
    ids = []
    for key_node, value_node in zip(node.keys, node.values):
        try:
            region_id = literal(key_node)
        except NotLiteral:
            report("static_fields key " + quote(key_node), "not a literal")
            continue
        if name_of(value_node) in constants and constants[name_of(value_node)] != region_id:
            report("region " + region_id, "static_fields maps it to %s, which is region %s"
                   % (name_of(value_node), constants[name_of(value_node)]))
        ids.append(region_id)
    return ids
