# A `set` annotation on a value from Dash: JSON has no sets, so the value is a list, and
# CPython runs the function on that list. The annotation must not make it a JS Set.


def member(s: set[str], x: str):
    return [x in s, len(s)]


# inputs: [["a", "b"], "a"]
# inputs: [["a"], "z"]


def adds(s: set[str], x: str):
    try:
        s.add(x)
    except AttributeError as e:
        return "AttributeError: " + str(e)
    return sorted(s)


# inputs: [["a", "b"], "c"]


def united(s: set[int]):
    try:
        return sorted(s | {5})
    except TypeError as e:
        return "TypeError: " + str(e)


# inputs: [[1, 2]]


def declared_local(store):
    tags: set[str] = store["tags"]
    return ["a" in tags, str(tags)]


# inputs: [{"tags": ["a", "b"]}]


def _has(tags: set[str], tag: str) -> bool:
    return tag in tags


def made_set_to_helper(items):
    seen = set(items)
    return [_has(seen, "x"), _has(set(), "x")]


# inputs: [["x", "y"]]
