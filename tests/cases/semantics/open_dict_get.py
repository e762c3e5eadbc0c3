# `row.get(k)` on Dash's data (a value of open type): a plain object's own property is
# read inline; a miss, a key of another type, a prototype name or another kind of
# value goes through the method call, as before.


def cell_values(rows, cols):
    out = []
    for row in rows:
        for c in cols:
            v = row.get(c)
            out.append("-" if v is None else v)
    return out


# inputs: [[{"a": 1, "b": null}, {"a": "x"}], ["a", "b", "c"]]
# inputs: [[{"toString": 1, "constructor": 2}, {}], ["toString", "constructor", "valueOf"]]
# inputs: [[{"__proto__": 5, "hasOwnProperty": 0}], ["__proto__", "hasOwnProperty"]]
# inputs: [[{"1": "one"}], [1, "1"]]


def with_default(rows, key):
    return [row.get(key, 0) for row in rows]


# inputs: [[{"n": 2}, {"m": 1}, {"n": false}], "n"]
# inputs: [[{"n": 2}], null]


def not_a_dict(value, key):
    try:
        return value.get(key)
    except AttributeError as e:
        return str(e)


# inputs: [[1, 2], "a"]
# inputs: ["text", "a"]
# inputs: [null, "a"]
# messages


def key_read_once(rows):
    seen = []

    def key(k):
        seen.append(k)
        return k

    got = [row.get(key("a"), "none") for row in rows]
    return [got, seen]


# inputs: [[{"a": 1}, {}]]
