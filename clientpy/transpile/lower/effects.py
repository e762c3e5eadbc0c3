"""What Python's builtins and the methods of its values do to what they are given.

The analyses that prove a value unchanged or unshared (inference, callee summaries,
private lists, slice views, Dash data kept clean) each ask one of these questions of a
call. The sets are kept here, one per guarantee, so that a builtin or method added to
the translation is judged in one place and the guarantees stay consistent.
"""

from __future__ import annotations

import ast

# ---------------------------------------------------------------- builtins

# Change nothing and run no code of the user's, whatever they are given: `len(gen)`
# raises, it does not run the generator.
SCALAR_BUILTINS = frozenset(
    {
        "len", "abs", "round", "int", "float", "str", "repr", "bool", "isinstance",
        "chr", "ord", "hex", "bin", "oct", "divmod", "pow", "range", "format",
    }
)  # fmt: skip

# Change nothing, but iterate what they are given, which runs a generator's code.
# (Not dict(): it unpacks each item.)
ITERATING_BUILTINS = frozenset(
    {"sum", "any", "all", "sorted", "list", "tuple", "set", "min", "max", "reversed"}
    | {"enumerate", "zip"}
)

# Change none of their arguments, at any depth (they may keep them: `enumerate(xs)`
# reads xs later). Not map and filter: the function they call may change the items.
# What they return is new, or an iterator over the items, except where `gives_back`
# says it may be an argument itself.
UNCHANGING_BUILTINS = (
    SCALAR_BUILTINS | ITERATING_BUILTINS | {"dict", "print", "next", "iter"}
)

# Read a list they are given and change none of it; the lazy ones keep it only to read
# it. map and filter call their function on the items, never on the list itself.
LIST_READING_BUILTINS = UNCHANGING_BUILTINS | {"map", "filter"}

# Read a display they are given (`repr([steps, xs])`) and keep nothing of it: the
# display is made and dropped.
PRINTING_BUILTINS = frozenset(
    {"str", "repr", "len", "print", "format", "bool", "isinstance"}
)


def gives_back(builtin: str, call: ast.Call, arg: ast.expr) -> bool:
    """Whether `call` of the builtin may return its positional argument `arg` itself:
    `max(xs, ys)` is xs or ys, `sum(xss, start)` is start when xss is empty,
    `next(it, default)` is the default. A store through the result is a store into
    that argument, so it is passed on, not only read. (Keyword arguments, `default=`
    and `start=`, are never taken as only read.)"""
    if builtin in ("min", "max"):
        return len(call.args) > 1
    if builtin in ("sum", "next"):
        return len(call.args) > 1 and call.args[1] is arg
    return False


def may_change_arguments(call: ast.Call) -> bool:
    """Whether `call` may change what it is given, judged by names alone (where what a
    name is bound to is not asked): anything but a builtin that changes nothing (with
    no key function but a lambda or such a builtin), a reading method, or a function
    of `math` or `json`. A function of the user's may store into any part it is given
    (`fill(rows[0])`)."""
    func = call.func
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and func.value.id in ("math", "json"):
            return False
        return func.attr not in READING_METHODS and func.attr not in ("join", "format")
    if reading_map(call):
        return False
    if not (isinstance(func, ast.Name) and func.id in UNCHANGING_BUILTINS):
        return True
    return any(
        keyword.arg == "key"
        and not isinstance(keyword.value, ast.Lambda)
        and not (
            isinstance(keyword.value, ast.Name)
            and keyword.value.id in UNCHANGING_BUILTINS
        )
        for keyword in call.keywords
    )


def reading_map(call: ast.Call) -> bool:
    """`map(str, xs)`, `filter(None, xs)`: map or filter calling a builtin that changes
    nothing on the items (with another function they may change them)."""
    func, args = call.func, call.args
    if not (isinstance(func, ast.Name) and func.id in ("map", "filter") and args):
        return False
    first = args[0]
    if isinstance(first, ast.Constant):
        return first.value is None
    return isinstance(first, ast.Name) and first.id in UNCHANGING_BUILTINS


def builtin_reads(call: ast.Call, value: ast.expr) -> bool:
    """`call` is of a builtin that changes nothing it is given, `value` among it, and
    does not give `value` back (`len(xs)`, `sorted(xs)`, `map(str, xs)`)."""
    func = call.func
    return (
        isinstance(func, ast.Name)
        and (func.id in UNCHANGING_BUILTINS or reading_map(call))
        and not gives_back(func.id, call, value)
    )


# ---------------------------------------------------------------- methods

# Methods of str, list and dict that change nothing and iterate none of their
# arguments (`join` does, which runs a generator's code: it is asked apart).
READING_METHODS = frozenset(
    {
        "get", "keys", "values", "items", "copy", "count", "index", "find", "rfind",
        "lower", "upper", "strip", "lstrip", "rstrip", "casefold", "title",
        "capitalize", "startswith", "endswith", "split", "rsplit", "replace",
        "isdigit", "isalpha", "isalnum", "isspace", "zfill", "ljust", "rjust", "center",
        "isprintable",
    }
)  # fmt: skip

# Methods that change the list they are called on and keep nothing of it.
LIST_CHANGING_METHODS = frozenset(
    {"append", "extend", "insert", "pop", "remove", "sort", "reverse", "clear"}
)

# Methods that change the list, dict or set they are called on.
CHANGING_METHODS = LIST_CHANGING_METHODS | {
    "update",
    "setdefault",
    "popitem",
    "add",
    "discard",
    "difference_update",
    "intersection_update",
    "symmetric_difference_update",
}

# Methods a container may be the receiver of without escaping: none gives the
# container itself to other code.
OWN_METHODS = LIST_CHANGING_METHODS | {
    "index",
    "count",
    "copy",
    "get",
    "items",
    "keys",
    "values",
    "update",
    "setdefault",
    "popitem",
    "add",
    "discard",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
}
