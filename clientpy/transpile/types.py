"""Static types, just enough to emit plain JS operators where Python's meaning is certain.

A value's type is `ANY` unless the compiler can prove more. `NUM` is the join of int and
float: both are JS numbers at run time, and printing them differs (`2` vs `2.0`), so a
NUM value may be computed with but not printed (see diagnostic CP115).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass


@dataclass(frozen=True)
class T:
    kind: str
    args: tuple[T, ...] = ()
    # A "mapping" made by one dict display whose every use is known (records.py): the
    # display's id, under which its per-key types are kept. 0 for any other value.
    site: int = 0

    def __repr__(self) -> str:
        if self.site:
            return f"{self.kind}@{self.site}"
        if self.args:
            return f"{self.kind}[{', '.join(map(repr, self.args))}]"
        return self.kind

    @property
    def elem(self) -> T:
        if self.kind == "tuplen":
            out = NEVER
            for arg in self.args:
                out = join(out, arg)
            return ANY if out.kind == "never" else out
        return self.args[0] if self.args else ANY

    @property
    def is_tuple(self) -> bool:
        return self.kind in ("tuple", "tuplen")

    @property
    def is_sequence(self) -> bool:
        return self.kind in ("list", "tuple", "tuplen")

    @property
    def value(self) -> T:
        return self.args[1] if len(self.args) > 1 else ANY


NEVER = T("never")  # no value yet (bottom of the lattice)
ANY = T("any")
NONE = T("none")
BOOL = T("bool")
INT = T("int")
FLOAT = T("float")
NUM = T("num")
# A number as Dash's data has them: an int, or a float with a fraction (JSON gives an
# integral float as an int). What `n + 1` gives for n of open type (a TypeError if n is
# no number): it takes plain JS operators, and prints as Python prints it.
DNUM = T("dnum")
# An open value that may be an integral float (computed, not received from Dash):
# it behaves as ANY, but cannot be printed, since `2` and `2.0` print differently.
ANYF = T("anyf")
# An int or None (`n_clicks`, `int | None`): open for operators (None raises), but never
# a float, so printing it, or ints computed from it, is safe.
OPTINT = T("optint")
# A float or None (`a / b if b else None`): to every analysis an ANYF (an open value
# that may be a float), so nothing takes it for more, but printing, which shows None
# or the float's repr. (Not a kind of its own: code that does not know it sees ANYF.)
OPTFLOAT = T("anyf", (FLOAT,))
STR = T("str")
FUNC = T("func")
FOREIGN = T("foreign")  # a JS value from `js.*`
EXC = T("exc")
PATCH = T("patch")  # a dash.Patch() (or a location inside one)


# Types that callers (the Dash decorator) may name for parameters.
NAMED = {"optint": OPTINT, "int": INT, "str": STR, "bool": BOOL}


def list_of(elem: T = ANY) -> T:
    return T("list", (elem,))


def tuple_of(elem: T = ANY) -> T:
    return T("tuple", (elem,))


def fixed_tuple(*items: T) -> T:
    """A tuple whose length and per-position types are known."""
    return T("tuplen", tuple(items))


def set_of(elem: T = ANY) -> T:
    return T("set", (elem,))


def iter_of(elem: T = ANY) -> T:
    """A lazy iterator (map, filter, zip, enumerate, reversed): only iterable."""
    return T("iter", (elem,))


def view_of(elem: T = ANY) -> T:
    """A dict view (keys(), values(), items()): iterable, sized, live."""
    return T("view", (elem,))


def coroutine_of(result: T = ANY) -> T:
    """A call of an `async def`: awaiting it gives `result`."""
    return T("coro", (result,))


def dict_of(key: T = ANY, value: T = ANY) -> T:
    return T("dict", (key, value))


NUMERIC = frozenset({"int", "float", "num", "bool", "dnum"})
# Kinds whose values are ints when they are numbers (`int | None` included): never a
# float, so what they compute prints as Python prints it.
INT_KINDS = frozenset({"int", "bool", "optint"})
SEQUENCES = frozenset({"list", "tuple"})


def element_type(iter_t: T) -> T:
    """The type of the items iterating a value of type `iter_t` gives (a dict's keys, a
    str's characters); ANYF where floats were stored into an open container."""
    if iter_t.kind == "never":
        return iter_t
    if iter_t.kind in ("list", "tuple", "tuplen", "set", "view", "iter"):
        return iter_t.elem
    if iter_t.kind == "str":
        return STR
    if iter_t.kind == "dict":
        return iter_t.args[0]
    if iter_t.kind == "anyf":
        return ANYF  # an open container a float was stored into
    return ANY


def is_numeric(t: T) -> bool:
    return t.kind in NUMERIC


def is_int_like(t: T) -> bool:
    return t.kind in ("int", "bool")


def join(a: T, b: T) -> T:
    if a == b:
        return a
    if a is NEVER or a.kind == "never":
        return b
    if b.kind == "never":
        return a
    if a in _FLOAT_OR_NONE and b in _FLOAT_OR_NONE:
        return OPTFLOAT
    kinds = {a.kind, b.kind}
    if a.kind == b.kind == "tuplen" and len(a.args) != len(b.args):
        return tuple_of(join(a.elem, b.elem))
    if kinds == {"tuple", "tuplen"}:
        return tuple_of(join(a.elem, b.elem))
    if a.kind == b.kind and a.args and b.args:
        return T(a.kind, tuple(join(x, y) for x, y in zip(a.args, b.args)))
    if kinds == {"int", "dnum"}:
        return DNUM
    if kinds <= {"int", "float", "num", "dnum"}:
        return NUM
    if kinds <= {"int", "none", "optint"} and kinds & {"none", "optint"}:
        return OPTINT
    if may_hold_float(a) or may_hold_float(b) or a.site or b.site:
        # Printing it could show `2` where Python shows `2.0`: keep that known. (A
        # record's keys have types of their own, kept apart from the type: it may
        # hold floats the code made.)
        return ANYF
    return ANY


_FLOAT_OR_NONE = (FLOAT, NONE, OPTFLOAT)


def join_all(types) -> T:
    """The join of the types of a container's items: ANY when it holds none, NEVER
    while one of them is not typed yet."""
    types = list(types)
    if any(typ.kind == "never" for typ in types):
        return NEVER
    out = NEVER
    for typ in types:
        out = join(out, typ)
    return ANY if out.kind == "never" else out


def float_operands(a: T, b: T) -> bool:
    """Two numbers of which one is known to be a float: `//`, `%` and divmod() have no
    int case to tell apart, and a zero result keeps the sign CPython gives it."""
    return is_numeric(a) and is_numeric(b) and "float" in (a.kind, b.kind)


def may_hold_float(t: T) -> bool:
    return t.kind in ("float", "num", "anyf") or any(
        may_hold_float(arg) for arg in t.args
    )


def int_unsure(declared: T, value: T, given: bool = False) -> bool:
    """An annotation that says int (`x: int`, `list[int]`) for a value that is a float
    (`n / 2`, `float(s)`), or where `given` (a parameter's type from its callers: a
    product the caller made, a function called where the compiler cannot see) may be
    one: CPython keeps the float, and no check can tell `2.0` from `2` in JS, so the
    annotation is not taken and the value keeps its own type. (A value read out of a
    dict that holds floats too is the author's word: `matched: int = s["matched"]`.)"""
    floats = ("float", "num", "anyf") if given else ("float",)
    if declared.kind == "int":
        return value.kind in floats
    if given and may_hold_float(value) and _holds_int(declared):
        return True
    if declared.kind != value.kind or len(declared.args) != len(value.args):
        return False
    return any(int_unsure(d, v) for d, v in zip(declared.args, value.args))


def _holds_int(t: T) -> bool:
    return t.kind == "int" or any(_holds_int(arg) for arg in t.args)


def is_open(t: T) -> bool:
    return t.kind in ("any", "anyf", "optint")


def arithmetic(op: str, a: T, b: T) -> T:
    """Result type of `a <op> b` for numbers (op is the ast operator class name)."""
    if op == "Div":
        return FLOAT if (is_numeric(a) or a.kind == "any") else ANY
    if "dnum" in (a.kind, b.kind) and "float" not in (a.kind, b.kind):
        return _dash_number_arithmetic(op, a, b)
    if "float" in (a.kind, b.kind):
        return (
            FLOAT
            if op not in ("LShift", "RShift", "BitAnd", "BitOr", "BitXor")
            else ANY
        )
    if is_int_like(a) and is_int_like(b):
        return ANY if op == "Pow" else INT
    if "num" in (a.kind, b.kind):
        return NUM
    return ANY


def _dash_number_arithmetic(op: str, a: T, b: T) -> T:
    """A DNUM and an int (or a DNUM, or a NUM): `+` and `-` with an int keep a fraction
    a fraction and an int an int; the rest can make an integral float (0.5 + 0.5,
    1.5 * 2, 7.5 // 2). Bitwise operators raise on floats: left to run time."""
    if op in ("LShift", "RShift", "BitAnd", "BitOr", "BitXor"):
        return ANY
    other = b if a.kind == "dnum" else a
    if op in ("Add", "Sub") and is_int_like(other):
        return DNUM
    return NUM if is_numeric(other) else ANY


def contains_num(t: T) -> bool:
    """True where printing the value could differ from CPython (int vs float unknown)."""
    if all_float(t):
        return False
    if t.kind in ("num", "anyf"):
        return True
    return may_hold_float(t) and t.kind != "float"


def all_float(t: T, none_too: bool = True) -> bool:
    """True if every number inside a value of type t is statically a float (a float
    or None is one too: None is no number; not with `none_too` False, where a None
    would be read back as a float)."""
    if t.kind == "float":
        return True
    if t == OPTFLOAT:
        return none_too
    if t.kind == "tuplen":  # each position its own type: ("a", 2.0) holds floats only
        return all(all_float(arg, none_too) or numberless(arg) for arg in t.args)
    if t.kind in ("list", "tuple", "set"):
        return all_float(t.elem, none_too)
    if t.kind == "dict":
        return all_float(t.value, none_too) and t.args[0].kind == "str"
    return False


# How a diagnostic names a value of each kind ("`foo` is not a known attribute of ...").
DESCRIBED = {
    "int": "an int",
    "float": "a float",
    "num": "a number",
    "dnum": "a number",
    "bool": "a bool",
    "none": "None",
    "tuplen": "a tuple",
    "mapping": "a dict",
    "exc": "an exception",
    "func": "a function",
    "iter": "an iterator",
    "view": "a dict view",
}


def described(t: T) -> str:
    return DESCRIBED.get(t.kind, f"a {t.kind}")


def numberless(t: T) -> bool:
    """A value of this type holds no number (a bool prints as True, not as a number)."""
    if t.kind in ("str", "none", "bool"):
        return True
    return t.kind in ("list", "tuple", "set", "tuplen", "dict") and all(
        numberless(arg) for arg in t.args
    )


def from_annotation(node, simple: dict | None = None) -> T:
    """Type of a parameter annotation (an ast node); unknown forms are ANY. `simple`:
    the types of the plain names (`_SIMPLE`, or `DASH_SIMPLE` for values from Dash)."""
    simple = _SIMPLE if simple is None else simple
    if node is None:
        return ANY
    if isinstance(node, ast.Constant) and node.value is None:
        return NONE
    members = union_members(node)
    if members is not None:
        # `int | None`: the usual type of an n_clicks-like parameter.
        typ = NEVER
        for member in members:
            typ = join(typ, from_annotation(member, simple))
        return typ
    if isinstance(node, ast.Name):
        return simple.get(node.id, ANY)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        base = node.value.id
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        args = tuple(from_annotation(item, simple) for item in items)
        if base in ("list", "List") and len(args) == 1:
            return T("list", args)
        if base in ("tuple", "Tuple"):
            elem = NEVER
            for item in args:
                elem = join(elem, item)
            elem = elem if elem.kind != "never" else ANY
            # JSON has no tuples: what Dash gives for one is a list, and CPython, which
            # checks no annotation, runs on that list (`t + (1,)` raises TypeError).
            return list_of(elem) if simple is DASH_SIMPLE else tuple_of(elem)
        if base in ("dict", "Dict") and len(args) == 2:
            # Dash gives plain objects: a dict annotation on a parameter is an open mapping.
            return ANY
        # A `set` annotation is ANY, as an unknown form is: JSON has no sets, so what
        # Dash gives for it is a list (Python's `x in s` and len(s) work on that).
    return ANY


def union_members(node) -> list | None:
    """The annotations `X | Y`, `Optional[X]` (X and None) or `Union[X, Y, ...]`
    joins; None for any other form."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [node.left, node.right]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        if node.value.id == "Optional":
            return [node.slice, ast.Constant(value=None)]
        if node.value.id == "Union":
            parts = node.slice
            return list(parts.elts) if isinstance(parts, ast.Tuple) else [parts]
    return None


def without_none(node):
    """X of an annotation that joins X and None (`X | None`, `Optional[X]`,
    `Union[None, X]`); None for any other form."""
    members = union_members(node) or []
    nones = [m for m in members if isinstance(m, ast.Constant) and m.value is None]
    if len(members) == 2 and len(nones) == 1:
        return next(m for m in members if m is not nones[0])
    return None


# A `float` annotation does not make Dash send floats: an integral value arrives as an
# int (JSON cannot tell), and Python would print it as one. So `float` means NUM.
_SIMPLE = {
    "int": INT,
    "float": NUM,
    "str": STR,
    "bool": BOOL,
    "list": list_of(),
    "tuple": tuple_of(),
}
# What Dash (or any JS caller) hands a function: a JS number, an int when integral. A
# `float` there is a number as Dash's data has them (DNUM), which prints as Python
# prints it, where a float the code computed (NUM) may be integral and cannot.
DASH_SIMPLE = {**_SIMPLE, "float": DNUM, "tuple": list_of()}
