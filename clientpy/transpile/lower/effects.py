"""What Python's builtins and the methods of its values do to what they are given.

The analyses that prove a value unchanged or unshared (inference, callee summaries,
private lists, slice views, Dash data kept clean) each ask one of these questions of a
call. The sets are kept here, one per guarantee, so that a builtin or method added to
the translation is judged in one place and the guarantees stay consistent.
"""

from __future__ import annotations

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


# ---------------------------------------------------------------- methods

# Methods of str, list and dict that change nothing and iterate none of their
# arguments (`join` does, which runs a generator's code: it is asked apart).
READING_METHODS = frozenset(
    {
        "get", "keys", "values", "items", "copy", "count", "index", "find", "rfind",
        "lower", "upper", "strip", "lstrip", "rstrip", "casefold", "title",
        "capitalize", "startswith", "endswith", "split", "rsplit", "replace",
        "isdigit", "isalpha", "isalnum", "isspace", "zfill", "ljust", "rjust", "center",
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
