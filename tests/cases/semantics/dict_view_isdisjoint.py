# dict.keys() and dict.items() views have isdisjoint(), as the sets they stand for; a
# values view has none (AttributeError).


def keys_isdisjoint(d, s):
    return d.keys().isdisjoint(s)


# inputs: [{"a": 1}, ["b"]]
# inputs: [{"a": 1}, ["a"]]


def items_isdisjoint(d, e):
    return [d.items().isdisjoint(e.items()), d.items().isdisjoint([("a", 1)])]


# inputs: [{"a": 1}, {"a": 2}]
# inputs: [{"a": 1}, {"a": 1}]


def open_view_isdisjoint(d, other):
    views = [d.keys(), d.items(), d.values()]
    out = []
    for v in views:
        try:
            out.append(v.isdisjoint(other))
        except AttributeError as e:
            out.append(str(e))
    return out


# inputs: [{"a": 1}, ["a"]]
# inputs: [{"a": 1}, [["a", 1]]]
# messages


def values_view_isdisjoint(d):
    try:
        return d.values().isdisjoint([1])
    except AttributeError as e:
        return str(e)


# inputs: [{"a": 1}]
# messages


def items_never_hash_values(d, other):
    try:
        return d.items().isdisjoint(other)
    except TypeError as e:
        return str(e)


# inputs: [{"a": 1}, [[1]]]
# inputs: [{"a": [1]}, [["a", 1]]]
# inputs: [{"a": 1}, [{"a": 1}]]
# inputs: [{"a": 1}, [["a", [1]]]]
# messages


def keys_hash_what_they_look_for(d, other):
    try:
        return d.keys().isdisjoint(other)
    except TypeError as e:
        return str(e)


# inputs: [{"a": 1}, [[1]]]
# inputs: [{"a": 1, "b": 2}, ["b"]]
# messages


def tuples_against_items(d):
    return [
        d.items().isdisjoint([("a", 1)]),
        d.items().isdisjoint([("a", 2), ("b", 1)]),
        d.items().isdisjoint({("z", 0), ("y", 0), ("x", 0)}),
        d.keys().isdisjoint({"a", "q", "r", "s"}),
    ]


# inputs: [{"a": 1, "b": 2}]


def isdisjoint_unhashable(d: dict):
    out = []
    for other in ([[1]], [{"a": 1}], [("a", [1])]):
        try:
            out.append(d.items().isdisjoint(other))
        except TypeError as e:
            out.append(str(e))
    try:
        out.append(d.keys().isdisjoint([[1]]))
    except TypeError as e:
        out.append(str(e))
    return out


# inputs: [{"a": 1}]
# inputs: [{}]
# messages


def items_isdisjoint_unhashable_value(d: dict):
    try:
        return d.items().isdisjoint([("a", 1)])
    except TypeError as e:
        return str(e)


# inputs: [{"a": [1]}]
# inputs: [{"a": {"b": 1}}]
# messages
