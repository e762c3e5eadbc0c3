# What the printer writes for text the JS parser reads otherwise: object keys that are
# no JS identifier (a final newline, "²"), a U+0085 inside a literal (a line break to
# str.splitlines), a surrogate half (the JS text must encode as UTF-8), an f-string
# without fields first in a function (no "use strict" directive), a returned dict
# display with an index-like key (kept in its order).


def key_trailing_newline(x):
    return {"a\n": x, "b": 2}


# inputs: [1]


def key_trailing_newline_collides(x):
    return {"a": 1, "a\n": x}


# inputs: [2]


def key_newline_nested_def(x):
    def f():
        return {"a\n": x}

    return f()


# inputs: [1]


async def key_newline_async_nested(x):
    async def f():
        return {"a\n": x}

    return await f()


# inputs: [1]


def key_superscript(x):
    return {"x\u00b2": x}


# inputs: [1]


def key_superscript_zero(x):
    return {"t\u2070": x}


# inputs: [1]


def nel_literal():
    s = "a\x85b"
    return [s, len(s)]


# inputs: []


def nel_print(x):
    print(x, x, sep="\x85")
    return 1


# inputs: [1]


def nel_format_fill(a):
    return f"{a:\x85^5}"


# inputs: ["x"]


def nel_exception_message(x):
    raise KeyError("k\x85" + x)


# inputs: ["z"]
# messages


def lone_surrogate():
    s = "\ud800"
    return [len(s), ord(s)]


# inputs: []


def directive_fstring(x=1):
    f"use strict"
    return x


# inputs: [2]


def directive_nested(x):
    def g(a, b=2):
        f"use strict"
        return a + b

    return g(x)


# inputs: [2]


def index_key_display(x):
    return {"b": x, "0": 1}


# inputs: [5]


def index_key_display_nested(x):
    return [{"b": x, "7": 1}, ({"z": 0, "3": 1},)]


# inputs: [5]


def index_key_big_index(x):
    return {"b": x, "4294967294": 3}


# inputs: [5]
