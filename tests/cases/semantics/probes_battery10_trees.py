# Probes, tenth battery: walking nested store data (menus, trees, JSON configs) with
# recursive helpers and closures, as a callback building a dcc.Dropdown's options or a
# breadcrumb does.


def _walk(node, depth, out):
    label: str = node.get("label", "?")
    out.append("  " * depth + label)
    for child in node.get("children") or []:
        _walk(child, depth + 1, out)
    return out


def tree_outline(tree):
    if not tree:
        return ""
    return "\n".join(_walk(tree, 0, []))


# inputs: [{"label": "root", "children": [{"label": "a", "children": [{"label": "a1"}]}, {"label": "b", "children": null}]}]
# inputs: [null]
# inputs: [{"children": [{}]}]


def _find_path(node, target, path):
    here = path + [node["id"]]
    if node["id"] == target:
        return here
    for child in node.get("children", []):
        found = _find_path(child, target, here)
        if found:
            return found
    return None


def breadcrumb(tree, target):
    path = _find_path(tree, target, [])
    return path if path else "not found"


# inputs: [{"id": 1, "children": [{"id": 2, "children": [{"id": 5}]}, {"id": 3}]}, 5]
# inputs: [{"id": 1, "children": [{"id": 2}]}, 9]
# inputs: [{"id": "x"}, "x"]


def flatten_config(cfg):
    flat = {}

    def visit(prefix: str, value):
        if isinstance(value, dict):
            for k, v in value.items():
                visit(prefix + "." + k if prefix else k, v)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                visit(f"{prefix}[{i}]", v)
        else:
            flat[prefix] = value

    visit("", cfg)
    return flat


# inputs: [{"a": {"b": 1, "c": [true, {"d": null}]}, "e": "x", "f": []}]
# inputs: [{}]
# inputs: [[1, [2]]]


def count_leaves(obj):
    if isinstance(obj, dict):
        return sum(count_leaves(v) for v in obj.values())
    if isinstance(obj, list):
        return sum(count_leaves(v) for v in obj)
    return 1


# inputs: [{"a": [1, 2, {"b": 3}], "c": {}}]
# inputs: [[]]
# inputs: [5]


def options_from_tree(tree):
    opts = []

    def add(node, prefix: str):
        name: str = node["name"]
        label = f"{prefix}{name}"
        opts.append(
            {
                "label": label,
                "value": node["id"],
                "disabled": not node.get("active", True),
            }
        )
        for c in sorted(node.get("kids", []), key=lambda k: k["name"].lower()):
            add(c, label + " › ")

    for root in tree:
        add(root, "")
    return opts


# inputs: [[{"id": 1, "name": "Zoo", "kids": [{"id": 2, "name": "beta", "active": false}, {"id": 3, "name": "Alpha"}]}]]
# inputs: [[]]


def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def merged_layouts(base, override):
    return deep_merge(base or {}, override or {})


# inputs: [{"xaxis": {"title": "x", "range": [0, 1]}, "height": 300}, {"xaxis": {"range": [0, 2]}, "width": 500}]
# inputs: [null, {"a": 1}]
# inputs: [{"a": {"b": 1}}, {"a": 2}]


def depth_of(obj):
    if isinstance(obj, (dict, list)) and obj:
        items = obj.values() if isinstance(obj, dict) else obj
        return 1 + max(depth_of(v) for v in items)
    return 0


# inputs: [{"a": [1, [2, [3]]]}]
# inputs: [{}]
# inputs: ["text"]
