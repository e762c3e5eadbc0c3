"""Walking a nested configuration: flatten it to dotted paths and search them."""


def kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    return "other"


def flatten(node, prefix: str, out: dict) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            flatten(value, f"{prefix}.{key}" if prefix else key, out)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            flatten(value, f"{prefix}[{i}]", out)
    else:
        out[prefix] = node


def config_search(config: dict, search: str):
    flat = {}
    flatten(config, "", flat)
    needle = search.strip().lower()
    rows = []
    for path, value in flat.items():
        if needle in path.lower():
            rows.append({"path": path, "value": value, "kind": kind(value)})
    return {"leaves": len(flat), "rows": rows}
