"""Expression types and the per-function inference of local variable types.

Inference is flow-insensitive: a local's type is the join of every value assigned to it
anywhere in the function, iterated to a fixed point. That is coarse but sound, which is
what matters: a precise-but-wrong type would emit a JS operator with another meaning.
"""

from __future__ import annotations

import ast

from .. import types as t
from ..types import ANY, BOOL, FLOAT, FOREIGN, FUNC, INT, NEVER, NONE, STR, T
from . import calls  # a cycle (calls -> core -> typing): its names are read late
from .aliasing import (
    contents_may_be_floats,
    names_opened,
    shared_contents,
    written_contents,
)
from .changed_globals import changed_global
from .known import known
from .records import field_type


def _number_with_open(op: str, left: T, right: T) -> T | None:
    """`a + b` / `a - b` with one operand a number and the other of open type (or both
    ints or None): a number (the helper raises TypeError for a str, a list, None...), of
    a type that says how it prints. None for the other cases."""
    if op in ("Add", "Sub") and left.kind == right.kind == "optint":
        return INT  # two counters or timestamps: an int, or None's TypeError
    if op not in ("Add", "Sub") or t.is_open(left) == t.is_open(right):
        return None
    known, open_ = (right, left) if t.is_open(left) else (left, right)
    if not t.is_numeric(known):
        return None
    if open_.kind == "anyf" or known.kind == "num":
        return t.NUM  # may hold a float the code made
    if known.kind == "dnum":
        return t.DNUM if open_.kind == "optint" else t.NUM  # 0.5 + 0.5 is 1.0
    if open_.kind == "optint":
        return INT  # an int, or None's TypeError
    return t.DNUM  # an int and Dash's number: an int, or keeps its fraction


# Operators that can make an integral float out of two non-integral numbers.
FLOAT_MAKING = frozenset(["Add", "Sub", "Mult", "Mod", "FloorDiv", "Pow"])

# Expressions that read a value someone else may hold too (see aliasing.py).
READS = (ast.Name, ast.Subscript, ast.Call, ast.Attribute)

# Result types of builtins whose result type does not depend on the arguments.
BUILTIN_RESULTS = {
    "len": INT,
    "str": STR,
    "repr": STR,
    "chr": STR,
    "hex": STR,
    "bin": STR,
    "oct": STR,
    "ord": INT,
    "int": INT,
    "float": FLOAT,
    "bool": BOOL,
    "isinstance": BOOL,
    "any": BOOL,
    "all": BOOL,
    "print": NONE,
    "range": t.list_of(INT),
    "dict": t.dict_of(),
    "set": t.set_of(),
}


def power_type(base: T, exponent: T, exponent_node) -> T | None:
    """`base ** exponent` for numbers: an int to a negative int is a float (2 ** -1 is
    0.5, 1 ** -1 prints 1.0), so an int power is an int only for an exponent known not
    to be negative; with the sign unknown it may be either."""
    if (
        "float" in (base.kind, exponent.kind)
        and t.is_numeric(base)
        and t.is_numeric(exponent)
    ):
        return FLOAT
    if not (t.is_int_like(base) and t.is_int_like(exponent)):
        return None
    sign = _constant_sign(exponent_node)
    if sign is None:
        return t.ANYF
    return INT if sign >= 0 else FLOAT


def open_power_type(base: T, exponent: T, exponent_node) -> T:
    """`base ** exponent` where one is of open type: an int only for int bases (Dash's
    ints, `int | None`) to an exponent known not to be negative; anything else may be
    an integral float (2.5 ** 0 and 1 ** -1 are 1.0, 4 ** 0.5 is 2.0)."""
    sign = _constant_sign(exponent_node)
    ints = t.INT_KINDS
    if base.kind in ints and exponent.kind in ints and sign is not None and sign >= 0:
        return ANY
    return t.ANYF


def _constant_sign(node) -> int | None:
    if isinstance(node, ast.Constant) and type(node.value) in (int, bool):
        return 1 if node.value >= 0 else -1
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and type(node.operand.value) is int
    ):
        return -1 if node.operand.value > 0 else 1
    return None


def constant_type(value) -> T:
    if value is None:
        return NONE
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return INT
    if isinstance(value, float):
        return FLOAT
    if isinstance(value, str):
        return STR
    if isinstance(value, tuple) and len(value) <= 8:
        return t.fixed_tuple(*(constant_type(item) for item in value))
    if isinstance(value, (list, tuple, set, frozenset)):
        elem = NEVER
        for item in value:
            elem = t.join(elem, constant_type(item))
        elem = ANY if elem == NEVER else elem
        kind = {list: "list", tuple: "tuple"}.get(type(value), "set")
        return T(kind, (elem,))
    if isinstance(value, dict):
        key, val = NEVER, NEVER
        for k, v in value.items():
            key, val = t.join(key, constant_type(k)), t.join(val, constant_type(v))
        return t.dict_of(ANY if key == NEVER else key, ANY if val == NEVER else val)
    return ANY


def _entry(fx):
    while fx.parent is not None:
        fx = fx.parent
    return fx


def _constant_index(node) -> int | None:
    """The int an index written as a literal stands for: `2`, `-2`, `True`."""
    negative = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
    if negative:
        node = node.operand
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return -int(node.value) if negative else int(node.value)
    return None


_TYPE_METHODS: dict = {}  # class of node -> its `Typer.type_<Class>`, or None
_UNSEEN = object()


def _opened_name(typ: T, opened: T) -> T:
    """A name's value where a store no analysis follows may have changed any container
    (out_of_sight.py): what any container it is holds may be anything (a tuple's own
    items stay what they are)."""
    if typ.kind == "any":
        return opened
    if typ.kind in ("tuple", "tuplen"):
        return contents_may_be_floats(typ, False, opened)
    return written_contents(typ, opened)


class Typer:
    """Computes types of expressions inside one function context."""

    def __init__(self, fx):
        self.fx = fx

    def of(self, node) -> T:
        cache = self.fx.type_cache
        key = id(node)
        typ = cache.get(key)  # asked again and again while inference iterates
        if typ is None:
            cls = node.__class__
            method = _TYPE_METHODS.get(cls, _UNSEEN)
            if method is _UNSEEN:  # looked up once per class of node
                method = getattr(Typer, "type_" + cls.__name__, None)
                _TYPE_METHODS[cls] = method
            typ = method(self, node) if method is not None else ANY
            if isinstance(node, READS):
                opened = shared_contents(self.fx)
                is_name = isinstance(node, ast.Name)
                if opened is not None and is_name and names_opened(self.fx):
                    typ = _opened_name(typ, opened)
                elif opened is not None:
                    typ = contents_may_be_floats(typ, is_name, opened)
            cache[key] = typ
        return typ

    def _operands(self, *nodes) -> list[T] | None:
        """Operand types, or None while one is still unknown (NEVER) during inference:
        an expression over a value not yet typed has no type yet either."""
        types = [self.of(node) for node in nodes]
        return None if any(typ.kind == "never" for typ in types) else types

    # --------------------------------------------------------------- leaves
    def type_Constant(self, node) -> T:
        return constant_type(node.value)

    def type_Name(self, node) -> T:
        owner = self.fx.lookup_local(node.id)
        if owner is not None:
            if id(node) in owner.incoming_reads:
                return owner.incoming_reads[id(node)]
            if node.id in owner.narrowed:
                return owner.narrowed[node.id]
            current = owner.env.get(node.id, NEVER)
            guarded = owner.guarded_reads.get(id(node)) == node.id
            if guarded and current == t.OPTFLOAT:
                return FLOAT  # a float or None, shown not None
            if guarded and current.kind in ("never", "any", "anyf"):
                return owner.not_none.get(node.id, current)
            return current
        found, value = self.fx.lookup_global(node.id)
        if not found:
            return ANY
        k = known(value)
        if k is not None:
            if k.kind == "module" and k.name == "js":
                return FOREIGN
            if k.kind == "dash" and k.name in ("ctx", "callback_context"):
                return FOREIGN  # a snapshot of Dash's JS callback_context object
            return ANY
        if callable(value):
            return FUNC
        typ = constant_type(value)
        if not isinstance(value, (list, dict, set, tuple)):
            return typ
        # Changed by code of its module (`ITEMS[0] = n` over `ITEMS = [0.5]`), or maybe
        # by a store through another name here (`groups = {"a": DEFAULTS};
        # groups["a"]["n"] = 0.5`): what it holds is not its value's. A tuple's items
        # stay; what they hold may change.
        if changed_global(self.fx, node.id):
            opened = t.ANYF
        else:
            opened = shared_contents(self.fx)
        if opened is None:
            return typ
        if isinstance(value, tuple):
            return contents_may_be_floats(typ, True, opened)
        from .aliasing import written_contents

        return written_contents(typ, opened)

    def type_JoinedStr(self, node) -> T:
        return STR

    def type_List(self, node) -> T:
        return t.list_of(self._join_elements(node.elts))

    def type_Tuple(self, node) -> T:
        if any(isinstance(elt, ast.Starred) for elt in node.elts):
            return t.tuple_of(self._join_elements(node.elts))
        return t.fixed_tuple(*(self.of(elt) for elt in node.elts))

    def type_Set(self, node) -> T:
        return t.set_of(self._join_elements(node.elts))

    def _join_elements(self, elts) -> T:
        elem = NEVER
        for elt in elts:
            if isinstance(elt, ast.Starred):
                # `[*xs]`, `[*gen]`, `[*d]`: the items iterating it gives
                elem = t.join(elem, t.element_type(self.of(elt.value)))
            else:
                elem = t.join(elem, self.of(elt))
        return elem  # NEVER for `[]`: appends decide (see inference.py)

    def type_Dict(self, node) -> T:
        entry = _entry(self.fx)
        if id(node) in entry.plain_nodes:
            return t.T("mapping")  # a plain object (plain_dicts.py)
        if id(node) in entry.record_keys:
            return t.T("mapping", site=id(node))  # a record (records.py)
        key, val = NEVER, NEVER
        for k, v in zip(node.keys, node.values):
            if k is None:
                # `{**a, **b}`: the items of each, so `{**a, **{"b": 3.0}}` holds floats
                k_t, v_t = _mapping_items(self.of(v))
            else:
                k_t, v_t = self.of(k), self.of(v)
            key, val = t.join(key, k_t), t.join(val, v_t)
        return t.dict_of(key, val)

    def type_ListComp(self, node) -> T:
        return t.list_of(self.fx.comprehension_elem_type(node, node.elt))

    def type_GeneratorExp(self, node) -> T:
        # An iterator of its items, as `map(...)` is: `y, m = (int(p) for p in parts)`.
        return t.iter_of(self.fx.comprehension_elem_type(node, node.elt))

    def type_SetComp(self, node) -> T:
        return t.set_of(self.fx.comprehension_elem_type(node, node.elt))

    def type_DictComp(self, node) -> T:
        return t.dict_of(
            self.fx.comprehension_elem_type(node, node.key),
            self.fx.comprehension_elem_type(node, node.value),
        )

    def type_Lambda(self, node) -> T:
        return FUNC

    # --------------------------------------------------------------- operators
    def type_BinOp(self, node) -> T:
        operands = self._operands(node.left, node.right)
        if operands is None:
            return NEVER
        left, right = operands
        if left.kind == "patch":
            # `p += [x]` records into the Patch and keeps it (`p + [x]` alone raises)
            return t.PATCH
        op = type(node.op).__name__
        if op == "Add":
            if left.kind == right.kind == "str":
                return STR
            if "str" in (left.kind, right.kind) and (
                t.is_open(left) or t.is_open(right)
            ):
                return STR  # a str adds to a str only: anything else is a TypeError
            if (
                left.is_sequence
                and right.is_sequence
                and left.is_tuple == right.is_tuple
            ):
                return T(
                    "tuple" if left.is_tuple else "list",
                    (t.join(left.elem, right.elem),),
                )
        if op == "Mult":
            if STR in (left, right) and (t.is_int_like(left) or t.is_int_like(right)):
                return STR
            for seq, n in ((left, right), (right, left)):
                counts = t.is_int_like(n) or t.is_open(n) or n.kind in ("dnum", "num")
                if seq.is_sequence and counts:
                    # Repeated by a count of open type (or a number that may be a
                    # float, which raises): the items are the sequence's own (or a
                    # TypeError), so `[2.0] * n` still holds floats.
                    return T("tuple" if seq.is_tuple else "list", (seq.elem,))
        if op == "Add" and (left.is_sequence or right.is_sequence):
            seq, other = (left, right) if left.is_sequence else (right, left)
            if t.is_open(other):
                # A known list or tuple joined with one of open type: either a
                # TypeError or a sequence holding the items of both, so `xs + [2.0]`
                # may hold a float that must not print as an int.
                return T(
                    "tuple" if seq.is_tuple else "list",
                    (t.join(seq.elem, t.ANYF if other.kind == "anyf" else ANY),),
                )
        if op == "Mod" and left.kind == "str":
            return STR
        if op == "BitOr" and left.kind == right.kind == "dict":
            (lk, lv), (rk, rv) = _mapping_items(left), _mapping_items(right)
            return t.dict_of(t.join(lk, rk), t.join(lv, rv))
        if op in ("BitOr", "BitAnd", "BitXor") and left.kind == right.kind == "bool":
            return BOOL
        if op in ("BitOr", "BitAnd", "BitXor", "Sub") and {left.kind, right.kind} <= {
            "set",
            "view",
        }:
            # A set operation of a dict view (`d.keys() | {1.0}`) makes a set too, of
            # the items of both: a float among them must not print as an int.
            return T("set", (t.join(left.elem, right.elem),))
        if op == "Pow":
            power = power_type(left, right, node.right)
            if power is not None:
                return power
        containers = ("str", "list", "tuple", "tuplen", "dict", "set", "view", "none")
        if left.kind in containers or right.kind in containers:
            # With an operand of open type (`dd.keys() | {1.0}`, a dict from Dash) the
            # result may hold the container's floats, which must not print as ints.
            if t.may_hold_float(left) or t.may_hold_float(right):
                return t.ANYF
            return ANY
        if op == "Div" and (t.is_numeric(left) or t.is_open(left)):
            return FLOAT
        if op == "Mod" and t.is_open(left) and right.kind == "float":
            # `fmt % 2.5` with a str on the left is %-formatting: a str, or a float
            return t.join(FLOAT, STR)
        if t.is_open(left) or t.is_open(right) or "foreign" in (left.kind, right.kind):
            if "float" in (left.kind, right.kind) and op not in ("LShift", "RShift"):
                return FLOAT
            if op == "Pow":
                return open_power_type(left, right, node.right)
            other = right if t.is_open(left) else left
            checked = _number_with_open(op, left, right)
            if checked is not None:
                return checked
            never_float = all(x.kind in t.INT_KINDS for x in (left, right))
            if never_float and op not in ("Div", "Pow"):
                return ANY  # ints (or a TypeError): printing stays exact
            kinds = (left.kind, right.kind)
            if "anyf" in kinds or "num" in kinds or "dnum" in kinds:
                return t.ANYF  # may hold a float the code made: 1.5 * 2 is 3.0
            if (left.kind == "any" and right.kind in t.INT_KINDS) or (
                right.kind == "any" and left.kind in t.INT_KINDS
            ):
                if op in ("Add", "Sub") or (op == "Mod" and left.kind == "any"):
                    # A number from Dash is an int when integral; adding an int keeps
                    # a float's fraction, and so does a remainder by an int, except
                    # where the float result rounds it away, which the helpers
                    # (operators.fraction_kept) refuse at run time.
                    return ANY
                return t.ANYF  # 0.5 * 2 == 1.0, 7.5 // 2 == 3.0 and 7 % 2.5 == 2.0
            if other.kind == "any" and op in FLOAT_MAKING:
                return t.ANYF  # two numbers from Dash: 0.5 + 0.5 is 1.0
            return ANY
        return t.arithmetic(op, left, right)

    def type_UnaryOp(self, node) -> T:
        if isinstance(node.op, ast.Not):
            return BOOL
        operand = self.of(node.operand)
        if operand.kind == "never":
            return NEVER
        if operand.kind == "bool":
            return INT
        if operand.kind == "anyf" and not isinstance(node.op, ast.Invert):
            return t.ANYF  # `-max(a, 2.0)` may be the float -2.0: not printable
        return operand if t.is_numeric(operand) else ANY

    def type_Compare(self, node) -> T:
        return BOOL

    def type_BoolOp(self, node) -> T:
        result = NEVER
        is_or = isinstance(node.op, ast.Or)
        for i, value in enumerate(node.values):
            typ = self.of(value)
            if is_or and i < len(node.values) - 1:
                # `x or y` returns x only when x is true: never a None (or a 0).
                typ = {"optint": INT, "none": NEVER}.get(typ.kind, typ)
            result = t.join(result, typ)
        return result

    def type_IfExp(self, node) -> T:
        return t.join(self.of(node.body), self.of(node.orelse))

    def type_NamedExpr(self, node) -> T:
        return self.of(node.value)

    def type_Await(self, node) -> T:
        # `await half()` of `return n / 2` is a float; a JS promise gives JS values; an
        # awaitable of open type may be a coroutine of floats from a function value.
        inner = self.of(node.value)
        if inner.kind in ("foreign", "never"):
            return inner
        if inner.kind == "coro":
            return inner.args[0]
        return t.ANYF if t.may_hold_float(inner) else ANY

    # --------------------------------------------------------------- access
    def type_Subscript(self, node) -> T:
        base = self.of(node.value)
        if base.kind == "never":
            return NEVER
        if isinstance(node.slice, ast.Slice):
            if base.kind == "tuplen":
                return t.tuple_of(base.elem)
            if base.kind == "anyf":
                return t.ANYF  # the slice keeps the floats stored into the container
            return base if base.kind in ("list", "tuple", "str") else ANY
        if base.kind == "str":
            return STR
        if base.kind == "tuplen":
            index = _constant_index(node.slice)
            if index is not None and -len(base.args) <= index < len(base.args):
                return base.args[index]
            return base.elem
        if base.kind in ("list", "tuple"):
            return base.elem
        if base.kind == "dict":
            return base.value
        if base.site and isinstance(node.slice, ast.Constant):
            return field_type(self.fx, base.site, node.slice.value)
        if base.kind in ("foreign", "patch"):
            return base
        if base.kind == "anyf":
            return t.ANYF  # an open container a float was stored into
        return ANY

    def type_Attribute(self, node) -> T:
        base = self.of(node.value)
        if base.kind == "patch":
            return base  # `p.layout` is the sub-patch at "layout" (patches.py)
        if base.kind == "foreign":
            # `ctx.triggered_id`, `ctx.inputs`: Dash's JSON data, Python values as any
            # other (`.get("index")` is dict.get); `js.*` stays JS
            k = self.fx.known_name(node.value)
            is_ctx = k is not None and k.kind == "dash"
            return ANY if is_ctx else FOREIGN
        from .type_names import named_type

        if named_type(self.fx, node) is not None:
            return STR  # `type(e).__name__`
        if base.kind == "exc" and node.attr == "args":
            # The arguments may be floats the JS numbers no longer tell from ints.
            return t.tuple_of(t.ANYF)
        k = self.fx.known_name(node.value)
        is_math = k is not None and k.kind == "module" and k.name == "math"
        if is_math and node.attr in ("pi", "e", "tau", "inf", "nan"):
            return FLOAT
        return ANY

    def type_Call(self, node) -> T:
        if id(node) in _entry(self.fx).plain_nodes:
            return t.T("mapping")  # dict(x) kept as a plain object (plain_dicts.py)
        receiver = [node.func.value] if isinstance(node.func, ast.Attribute) else []
        arguments = [a.value if isinstance(a, ast.Starred) else a for a in node.args]
        if self._operands(*receiver, *arguments) is None:
            return NEVER  # an argument is not typed yet (inference in progress)
        return calls.call_result_type(self.fx, node)


def _mapping_items(typ: T) -> tuple[T, T]:
    """The key and value types of a dict merged into another (`**d`, `a | b`): its own
    where it is a dict of known items; else open, and a float may be among the values
    where the mapping may hold one."""
    if typ.kind == "dict" and len(typ.args) == 2:
        return typ.args[0], typ.args[1]
    return ANY, (t.ANYF if t.may_hold_float(typ) else ANY)
