# `{**x}` takes a mapping only: a list of pairs, a str, None are TypeErrors (dict(pairs)
# takes pairs, ** does not), also where the display is kept in a name, not returned.


def spread_kept(d):
    m = {**d}
    return m


# inputs: [{"a": 1}]
# inputs: [[["a", 1]]]
# inputs: [[1, 2]]
# inputs: [[]]
# inputs: [""]
# inputs: ["ab"]
# inputs: [null]
# inputs: [5]
# messages


def spread_with_keys(store, page):
    state = {**store, "page": page}
    state["seen"] = True
    return state


# inputs: [{"page": 1, "rows": [1, 2]}, 2]
# inputs: [[{"id": 1}], 2]
# messages


def spread_in_loop(rows, defaults):
    out = []
    for r in rows:
        merged = {**defaults, **r}
        out.append(merged)
    return out


# inputs: [[{"a": 1}, {"b": 2}], {"a": 0, "c": 3}]
# inputs: [[{"a": 1}, [["b", 2]]], {"a": 0}]
# messages


def evaluated_in_order(d):
    seen = []

    def note(x):
        seen.append(x)
        return x

    m = {note("k"): note(1), **note(d), note("z"): note(2)}
    return m, seen


# inputs: [{"k": 9}]
# inputs: [[["k", 9]]]
# messages
