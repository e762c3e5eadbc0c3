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
