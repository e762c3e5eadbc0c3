"""Assignment targets: names, items, slices, attributes, and (starred) unpacking."""

from __future__ import annotations

import ast

from .. import jstree as js
from ..types import ANY, T
from .calls import exact_key
from .core import expr, is_simple, once, type_of
from .registry import loc_of
from .str_keys import map_store, open_key


def assign(fx, target, value: js.Expr, value_t: T) -> list[js.Stmt]:
    loc = loc_of(target)
    if isinstance(target, ast.Name):
        owner = fx.lookup_local(target.id)
        name = owner.js_name_of(target.id) if owner else target.id
        return [js.ExprStmt(js.Assign(js.Name(name, loc=loc), value), loc=loc)]
    if isinstance(target, ast.Subscript):
        return [js.ExprStmt(store_item(fx, target, value, value_t), loc=loc)]
    if isinstance(target, ast.Attribute):
        if type_of(fx, target.value).kind == "patch":  # p.width = 5 is p["width"] = 5
            store = js.Member(expr(fx, target.value), "set", loc=loc)
            return [js.ExprStmt(js.Call(store, (js.Str(target.attr), value)), loc=loc)]
        if type_of(fx, target.value).kind == "foreign":
            member = js.Member(expr(fx, target.value), target.attr, loc=loc)
            return [js.ExprStmt(js.Assign(member, value), loc=loc)]
        call = fx.unit.call(
            "py_setattr", expr(fx, target.value), js.Str(target.attr), value
        )
        return [js.ExprStmt(call, loc=loc)]
    if isinstance(target, (ast.Tuple, ast.List)):
        return unpack(fx, target, value, value_t)
    return []


def store_item(fx, target: ast.Subscript, value: js.Expr, value_t: T) -> js.Expr:
    from .expressions import refuse_unsubscriptable

    refuse_unsubscriptable(fx, target)
    obj = expr(fx, target.value)
    loc = loc_of(target)
    if isinstance(target.slice, ast.Slice):
        from .expressions import slice_bounds

        bounds = list(slice_bounds(fx, target.slice))
        bounds += [js.Literal("undefined")] * (3 - len(bounds))
        return fx.unit.call("py_setslice", obj, *bounds, value, loc=loc)
    key = expr(fx, target.slice)
    if type_of(fx, target.value).kind == "patch":
        return js.Call(js.Member(obj, "set"), (key, value), loc=loc)
    if type_of(fx, target.slice).kind == "float":  # `xs[n / 2] = v` raises TypeError
        return fx.unit.call("py_setitem_float", obj, key, value, loc=loc)
    if exact_key(type_of(fx, target.value), type_of(fx, target.slice)):
        # A Map built by Python code, a key whose JS equality is Python's: no lookup of
        # an equal key is needed. A value that may be undefined (an unset Dash prop) is
        # stored as None, as py_setitem stores it.
        if not defined(value, value_t):
            if not is_simple(value):
                return fx.unit.call("py_setitem", obj, key, value, loc=loc)
            unset = js.Binary("===", value, js.Literal("undefined"))
            value = js.Conditional(unset, js.Literal("null"), value)
        return js.Call(js.Member(obj, "set"), (key, value), loc=loc)
    if _str_key_store(fx, target, obj, key, value, value_t):
        return map_store(fx, obj, key, value, loc)
    if type_of(fx, target.value).kind == "foreign":
        return js.Assign(js.Index(obj, key, loc=loc), value)
    if record_store(fx, target):
        return js.Assign(js.Index(obj, key, loc=loc), value)
    if mapping_key_store(fx, target) and defined(value, value_t):
        return _in_place_store(fx, obj, key, value, loc)
    if list_int_store(fx, target):
        return list_store(fx, obj, key, value, loc, value_t)
    return fx.unit.call("py_setitem", obj, key, value, loc=loc)


def _str_key_store(fx, target, obj, key, value, value_t) -> bool:
    """`d[k] = v` into a Map at a key of open type, its name and the key's plain names
    (read after v, as Python reads them) and v never undefined."""
    return (
        open_key(type_of(fx, target.value), type_of(fx, target.slice), "dict")
        and isinstance(obj, js.Name)
        and isinstance(key, js.Name)
        and defined(value, value_t)
    )


def list_store(fx, obj, key, value, loc, value_t: T = ANY) -> js.Expr:
    """`xs[i] = v` into a list at an int. A value that cannot be `undefined` (None is
    stored as null) is stored in place at this site when `i` is in range, as a JS store
    with its own type feedback; anything else goes through py_list_set."""
    from .expressions import in_range

    if not defined(value, value_t) or not (is_simple(obj) and is_simple(key)):
        return fx.unit.call("py_list_set", obj, key, value, loc=loc)
    first, value_later = once(fx, value)
    _, obj, key, index, test = in_range(fx, obj, key)
    store = js.Conditional(
        test,
        js.Assign(js.Index(obj, index), value_later),
        fx.unit.call("py_setitem", obj, key, value_later),
        loc=loc,
    )
    return store if first is value_later else js.Sequence((first, store))


# Types whose values may be `undefined` at run time (an unset Dash prop is None).
MAYBE_UNDEFINED = frozenset(["any", "anyf", "optint", "none", "foreign", "never"])


def defined(value: js.Expr, value_t: T) -> bool:
    """Never `undefined`: a value of a known type, an arithmetic result or a literal
    (`a || b` may be b)."""
    if value_t.kind not in MAYBE_UNDEFINED:
        return True
    if isinstance(value, js.Literal):
        return value.text in ("true", "false")
    if isinstance(value, js.Binary):
        return value.op not in ("||", "&&", "??")
    return isinstance(value, (js.Num, js.Str))


def list_int_store(fx, target: ast.Subscript) -> bool:
    """`xs[i] = v` into a list (never a tuple, whose store raises) at an int: in range,
    a plain store (py_list_set); negative or out of range, py_setitem's path."""
    return (
        type_of(fx, target.value).kind == "list"
        and type_of(fx, target.slice).kind == "int"
    )


def record_store(fx, target: ast.Subscript) -> bool:
    """`d["k"] = v` into a record (records.py): its keys are safe constant strs, so a
    property store is the dict's; a JS value from `js.*` still goes through py_setitem,
    which keeps `undefined` out of it."""
    return (
        type_of(fx, target.value).site != 0
        and isinstance(target.slice, ast.Constant)
        and isinstance(target.slice.value, str)
        and type_of(fx, target).kind != "foreign"
    )


def _in_place_store(fx, obj: js.Expr, key: js.Expr, value: js.Expr, loc) -> js.Expr:
    """`d["label"] = v` into a plain object: in place, unless the object keeps its own
    key order (an index key like "1" was added: py_obj_order), which a new key must
    join (py_setitem). The value first, then the object, as Python evaluates them."""
    value_first, value_held = once(fx, value)
    obj_first, obj_held = once(fx, obj)
    fx.unit.helper("py_obj_order")
    ordered = js.Index(obj_first, js.Name("py_ORDER"))
    unordered = js.Binary("===", ordered, js.Literal("undefined"))
    plain = js.Assign(js.Index(obj_held, key, loc=loc), value_held)
    joined = fx.unit.call("py_setitem", obj_held, key, value_held, loc=loc)
    store = js.Conditional(unordered, plain, joined, loc=loc)
    return store if value_first is value_held else js.Sequence((value_first, store))


def mapping_key_store(fx, target: ast.Subscript) -> bool:
    """`layout["yaxis"] = v` into a plain object made by `dict(x)` (plain_dicts.py) at a
    key the object keeps in insertion order (plain_dicts.safe_key) that is none of
    Object.prototype's names. Stored, or changed in place, where Python's dict puts it.
    """
    from .expressions import OBJECT_PROTOTYPE_NAMES
    from .plain_dicts import safe_key

    return (
        type_of(fx, target.value).kind == "mapping"
        and safe_key(target.slice)
        and target.slice.value not in OBJECT_PROTOTYPE_NAMES
    )


def unpack(fx, target, value: js.Expr, value_t: T) -> list[js.Stmt]:
    elts = target.elts
    stars = [i for i, elt in enumerate(elts) if isinstance(elt, ast.Starred)]
    loc = loc_of(target)
    known_length = value_t.kind == "tuplen" and len(value_t.args) == len(elts)
    if (
        known_length
        and not stars
        and isinstance(value, js.Name)
        and value.id.startswith("$")
    ):
        # A compiler temporary holding a tuple of known length: read it directly.
        out: list[js.Stmt] = []
        for i, elt in enumerate(elts):
            out.extend(assign(fx, elt, js.Index(value, js.Num(i)), value_t.args[i]))
        return out
    tmp = js.Name(fx.temp())
    if stars:
        before, after = stars[0], len(elts) - stars[0] - 1
        source = fx.unit.call(
            "py_unpack_star", value, js.Num(before), js.Num(after), loc=loc
        )
    elif value_t.kind == "tuplen" and len(value_t.args) == len(elts):
        source = value  # length known at build time: no check needed
    else:
        source = fx.unit.call("py_unpack", value, js.Num(len(elts)), loc=loc)
    out: list[js.Stmt] = [js.ExprStmt(js.Assign(tmp, source), loc=loc)]
    for i, elt in enumerate(elts):
        inner = elt.value if isinstance(elt, ast.Starred) else elt
        elt_t = _position_type(value_t, i, bool(stars))
        out.extend(assign(fx, inner, js.Index(tmp, js.Num(i)), elt_t))
    return out


def _position_type(value_t: T, i: int, starred: bool) -> T:
    from ..types import ANY

    if value_t.kind == "tuplen" and not starred and i < len(value_t.args):
        return value_t.args[i]
    if value_t.kind in ("list", "tuple"):
        return value_t.elem
    return ANY
