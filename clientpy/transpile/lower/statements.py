"""Statements: one lowering per Python statement kind."""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from ..scope import walk_nodes
from .annotation_checks import assignment_checks
from .bounded import checked_helper
from .core import expr, once, stmts, type_of, typeof_is
from .operators import AUGMENTED_IN_PLACE, BINARY, fraction_kept_in_place
from .patches import patch_augmented, patch_target
from .registry import loc_of, lowers_stmt
from .split_parts import PAIR_OF_STRS, split_pair
from .sum_flags import flag_updates
from .targets import assign, store_item
from .truth import truth


@lowers_stmt(ast.Expr)
def lower_expr_stmt(fx, node: ast.Expr) -> list[js.Stmt]:
    if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
        return []  # a docstring
    if isinstance(node.value, ast.JoinedStr) and all(
        isinstance(part, ast.Constant) for part in node.value.values
    ):
        return []  # an f-string without fields (`f"use strict"` is no JS directive)
    value = expr(fx, node.value)
    if isinstance(value, js.Sequence) and isinstance(value.exprs[-1], js.Literal):
        value = (
            value.exprs[0] if len(value.exprs) == 2 else js.Sequence(value.exprs[:-1])
        )
    return [js.ExprStmt(value, loc=loc_of(node))]


@lowers_stmt(ast.Pass, ast.Nonlocal)
def lower_nothing(fx, node) -> list[js.Stmt]:
    return []


@lowers_stmt(ast.Return)
def lower_return(fx, node: ast.Return) -> list[js.Stmt]:
    # A bare `return` gives None: `null`, never `undefined` (which clears a Dash output).
    if node.value is not None and fx is fx.unit.entry:
        from .boundary import refuse_float_keys, returned_value

        # Only what the callback gives Dash: a helper's caller treats its dicts as Maps.
        mark_returned_displays(fx, node.value)
        if fx.unit.for_dash:
            refuse_float_keys(fx, node.value)
            return [js.Return(returned_value(fx, node.value), loc=loc_of(node))]
    value = js.Literal("null") if node.value is None else expr(fx, node.value)
    return [js.Return(value, loc=loc_of(node))]


def mark_returned_displays(fx, value) -> None:
    """Dict displays built only to be returned, with constant str keys, become object
    literals: nothing can add a non-str key to them, and Dash wants objects anyway.
    Not with a key an object would put first (`"0"`: plain_dicts.safe_key)."""
    from .plain_dicts import safe_key

    todo = [value]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Dict):
            # (`{**mapping, ...}`: a None key spreads, see lower_dict)
            if all(k is None or safe_key(k) for k in node.keys):
                fx.object_literals.add(id(node))
                todo.extend(v for k, v in zip(node.keys, node.values) if k is not None)
        elif isinstance(node, (ast.List, ast.Tuple)):
            todo.extend(e for e in node.elts if not isinstance(e, ast.Starred))
        elif isinstance(node, ast.IfExp):
            todo.extend((node.body, node.orelse))


@lowers_stmt(ast.Assign)
def lower_assign(fx, node: ast.Assign) -> list[js.Stmt]:
    return _lower_assign(fx, node) + flag_updates(fx, node)


def _lower_assign(fx, node: ast.Assign) -> list[js.Stmt]:
    if isinstance(node.value, ast.Lambda) and isinstance(node.targets[0], ast.Name):
        fx.lambda_names[id(node.value)] = node.targets[0].id
    target = node.targets[0]
    if len(node.targets) == 1 and _parallel_names(target, node.value):
        return _assign_parallel(fx, target, node.value)
    pair = split_pair(fx, target, node.value) if len(node.targets) == 1 else None
    if pair is not None:
        return assign(fx, target, pair, PAIR_OF_STRS)
    value = expr(fx, node.value)
    value_t = type_of(fx, node.value)
    if isinstance(node.value, ast.Lambda) and isinstance(target, ast.Name):
        from .binding import Signature
        from .functions import _bound_once

        if len(node.targets) == 1 and _bound_once(fx, target.id):
            fx.local_functions[target.id] = Signature.of(node.value.args)
    if len(node.targets) == 1 and not _value_goes_first(fx, target, node.value):
        return assign(fx, target, value, value_t)
    first, later = once(fx, value)
    if first is later and isinstance(value, js.Name) and len(node.targets) == 1:
        later = js.Name(fx.temp())  # a name's value, read before the target's parts
        first = js.Assign(later, value)
    out = [js.ExprStmt(first)] if first is not later else []
    for target in node.targets:
        out.extend(assign(fx, target, later, value_t))
    return out


def _parallel_names(target: ast.expr, value: ast.expr) -> bool:
    """`a, b = b, a + b`: distinct names from a display of as many plain items."""
    if not (
        isinstance(target, (ast.Tuple, ast.List))
        and type(value) in (ast.Tuple, ast.List)
    ):
        return False
    names = [elt.id for elt in target.elts if isinstance(elt, ast.Name)]
    return (
        len(names) == len(target.elts) == len(value.elts)
        and len(set(names)) == len(names)
        and not any(isinstance(item, ast.Starred) for item in value.elts)
    )


def _assign_parallel(fx, target, value) -> list[js.Stmt]:
    """Each item into a temporary, then each name: Python evaluates every item before it
    binds any name, and no tuple needs to be built for it."""
    temps = []
    out: list[js.Stmt] = []
    for item in value.elts:
        lowered = expr(fx, item)
        if isinstance(lowered, (js.Num, js.Str, js.Literal)):
            temps.append(lowered)
            continue
        temp = fx.temp()  # names too: binding an earlier target may change them
        out.append(js.ExprStmt(js.Assign(js.Name(temp), lowered), loc=loc_of(item)))
        temps.append(js.Name(temp))
    for name, item, temp in zip(target.elts, value.elts, temps):
        out.extend(assign(fx, name, temp, type_of(fx, item)))
    return out


def _value_goes_first(fx, target: ast.expr, value: ast.expr) -> bool:
    """Whether `obj[key] = value` (or `obj.attr = value`) must evaluate value into a
    temporary first: Python evaluates the value before the target's parts, JS after,
    which shows when either side has effects (`log(xs)[log(0)] = log("v")`)."""
    if isinstance(target, ast.Subscript):
        parts = [target.value, target.slice]
    elif isinstance(target, ast.Attribute):
        parts = [target.value]
    else:
        return False
    if not all(_is_quiet(part) and not _may_be_unbound(fx, part) for part in parts):
        # a quiet value too where it may raise, or the parts may rebind what it reads
        # (`xs[pick()] = x` with pick setting x by nonlocal, `d[(k := 1)] = k`)
        return (
            not _is_quiet(value)
            or _may_be_unbound(fx, value)
            or any(rebinds(fx, [value], part) for part in parts)
        )
    return rebinds(fx, parts, value)


def _may_be_unbound(fx, node: ast.expr) -> bool:
    """It reads a name that may be unbound there (`except E as e` deletes e): reading
    it raises, and the value's own error must come first."""
    for n in walk_nodes(node):
        if isinstance(n, ast.Name):
            owner = fx.lookup_local(n.id)
            if owner is not None and id(n) in owner.maybe_unbound:
                return True
    return False


def rebinds(fx, parts: list, value: ast.expr) -> bool:
    """Evaluating `value` may rebind a name the target's `parts` read: `i := ...`, or
    a call of a function that sets it with `nonlocal` (`xs[i] = bump()`)."""
    names = {
        n.id for part in parts for n in walk_nodes(part) if isinstance(n, ast.Name)
    }
    inside = list(walk_nodes(value))
    if any(isinstance(n, ast.NamedExpr) and n.target.id in names for n in inside):
        return True
    from .expressions import set_by_nonlocal

    calls = any(isinstance(n, (ast.Call, ast.Await)) for n in inside)
    return calls and bool(names & set_by_nonlocal(fx))


def _is_quiet(node: ast.expr) -> bool:
    """Evaluating it has no effect and cannot raise: names and constants."""
    return all(
        isinstance(n, (ast.Name, ast.Constant, ast.Slice, ast.Load, ast.Tuple))
        for n in walk_nodes(node)
    )


@lowers_stmt(ast.AnnAssign)
def lower_annassign(fx, node: ast.AnnAssign) -> list[js.Stmt]:
    if not isinstance(node.target, ast.Name):
        # The analyses that follow stores into containers read plain `=` stores.
        fx.report(
            "CP100",
            node.target,
            construct="an annotation on an item or attribute store",
            hint="drop the annotation (`d[k] = v`), or annotate a name: "
            "`v: float = ...` first",
        )
        return []
    if node.value is None:
        return []
    stored = assign(fx, node.target, expr(fx, node.value), type_of(fx, node.value))
    return stored + assignment_checks(fx, node)


@lowers_stmt(ast.AugAssign)
def lower_augassign(fx, node: ast.AugAssign) -> list[js.Stmt]:
    return _lower_augassign(fx, node) + flag_updates(fx, node)


def _lower_augassign(fx, node: ast.AugAssign) -> list[js.Stmt]:
    from .expressions import binary, whole_product
    from .int_params import check_binary

    loc = loc_of(node)
    op = type(node.op)
    target = node.target
    value_t = type_of(fx, node.value)
    if patch_target(fx, target):
        return patch_augmented(fx, node)
    if isinstance(target, ast.Subscript):
        return _augmented_item(fx, node, op, target, value_t, loc)
    current = expr(fx, _load(target))
    if isinstance(target, ast.Name) and id(target) in fx.maybe_unbound:
        from .expressions import bound_check

        current = bound_check(fx, current, target.id)
    target_t = type_of(fx, _load_cached(fx, target))
    check_binary(fx, op, target, node.value, target_t, value_t)
    rule = BINARY[op]
    if (
        isinstance(target, ast.Name)
        and rule.js_op
        and rule.plain_when(target_t, value_t)
        and not checked_helper(fx, op, node, target_t, value_t)
        and isinstance(current, js.Name)  # not wrapped in an unbound-local check
    ):
        return [
            js.ExprStmt(
                js.Assign(current, expr(fx, node.value), op=rule.js_op + "="), loc=loc
            )
        ]
    if _float_counter(target, current, op, target_t, value_t):
        return [js.ExprStmt(_float_plus_open(fx, current, op, node.value), loc=loc)]
    float_count = op is ast.Mult and value_t.kind == "float"  # `xs *= 2.0` raises
    if op in AUGMENTED_IN_PLACE and not float_count and target_t.kind not in _SCALARS:
        helper = fraction_kept_in_place(op, target_t, value_t) or AUGMENTED_IN_PLACE[op]
        helper = whole_product(helper, target_t, value_t)
        new = fx.unit.call(helper, current, expr(fx, node.value), loc=loc)
    elif _named_in_error(op, target_t, value_t):
        # `total += v` with v of open type: its TypeError names `+=`
        helper = _named_in_error(op, target_t, value_t)
        new = fx.unit.call(helper, current, expr(fx, node.value), loc=loc)
    else:
        new = binary(fx, op, current, expr(fx, node.value), target_t, value_t, node)
    return assign(fx, target, new, target_t)


_SCALARS = ("int", "float", "num", "dnum", "str", "bool")


def _float_counter(target, current, op, target_t, value_t) -> bool:
    """`total += v` with total a float the compiler knows and v of open type."""
    return (
        isinstance(target, ast.Name)
        and isinstance(current, js.Name)
        and op in (ast.Add, ast.Sub)
        and target_t.kind == "float"
        and t.is_open(value_t)
    )


def _float_plus_open(fx, current: js.Name, op: type, value: ast.expr) -> js.Expr:
    """A float plus a number is a float: no overflow check and no helper call (a third
    of a summing loop's time). JS's `+=` reads the float before v, as Python does."""
    first, held = once(fx, expr(fx, value))
    is_number = typeof_is(first, "number")
    sub = js.boolean(op is ast.Sub)
    other = fx.unit.call("py_float_iadd_operand", held, sub)
    operand = js.Conditional(is_number, held, other)
    return js.Assign(current, operand, op="-=" if op is ast.Sub else "+=")


def _named_in_error(op: type, target_t, value_t) -> str | None:
    """The helper for `a += b` / `a -= b` on a number where `a + b` takes a helper
    (an operand of open type): one whose TypeError names `+=`, as CPython's does."""
    kept = fraction_kept_in_place(op, target_t, value_t)
    if kept:
        return kept
    rule = BINARY[op]
    if op in (ast.Add, ast.Sub) and not rule.plain_when(target_t, value_t):
        return AUGMENTED_IN_PLACE[op]
    return None


def _augmented_item(fx, node, op, target, value_t, loc) -> list[js.Stmt]:
    """`x[k] op= v` / `x[a:b] op= v`: the container and key are evaluated once, and
    `+=` extends a list item in place, as Python's `__iadd__` does."""
    from .expressions import (
        binary,
        in_range,
        reads_only,
        record_key,
        seq_item,
        slice_bounds,
    )
    from .targets import list_int_store, list_store, record_store

    prelude: list[js.Stmt] = []
    # `xs[i] += (i := i + 1)`: Python reads the target's parts before the value
    pinned = rebinds(fx, [target.value, target.slice], node.value)

    def held(e: js.Expr) -> js.Expr:
        if pinned and isinstance(e, js.Name):
            name = js.Name(fx.temp())
            prelude.append(js.ExprStmt(js.Assign(name, e)))
            return name
        first, later = once(fx, e)
        if first is not later:
            prelude.append(js.ExprStmt(first))
        return later

    obj = held(expr(fx, target.value))
    value = expr(fx, node.value)
    target_t = type_of(fx, target)
    if isinstance(target.slice, ast.Slice):
        bounds = [held(b) for b in slice_bounds(fx, target.slice)]
        bounds += [js.Literal("undefined")] * (3 - len(bounds))
        current = fx.unit.call("py_slice", obj, *bounds)
        store = lambda new: fx.unit.call("py_setslice", obj, *bounds, new)
    else:
        key = held(expr(fx, target.slice))
        container_t = type_of(fx, target.value)
        list_item = list_int_store(fx, target)
        if container_t.kind == "dict":
            current = fx.unit.call("py_map_item", obj, key)
        elif record_key(fx, container_t, target.slice):
            current = js.Index(obj, key)
        elif list_item:
            current = seq_item(fx, obj, key, loc)
        elif type_of(fx, target.slice).kind == "float":  # `xs[n / 2] += 1` raises
            current = fx.unit.call("py_getitem_float", obj, key)
        else:
            current = fx.unit.call("py_getitem", obj, key)
        if record_store(fx, target):
            store = lambda new: js.Assign(js.Index(obj, key), new)
        elif list_item:
            store = lambda new: list_store(fx, obj, key, new, loc, target_t)
        elif container_t.kind == "dict" and type_of(fx, target.slice).kind == "str":
            # A Map built by Python code, a str key: no Python-equality lookup needed.
            store = lambda new: js.Call(js.Member(obj, "set"), (key, new))
        else:
            store = lambda new: fx.unit.call("py_setitem", obj, key, new)
    in_place = op in AUGMENTED_IN_PLACE and target_t.kind not in (
        "int",
        "float",
        "num",
        "dnum",
        "str",
        "bool",
    )
    if in_place:
        helper = fraction_kept_in_place(op, target_t, value_t) or AUGMENTED_IN_PLACE[op]
        new = fx.unit.call(helper, current, value, loc=loc)
    elif not isinstance(target.slice, ast.Slice) and list_item and reads_only(value):
        # `row[j] += v`: one range test for the read and the store. v only reads, so
        # the list keeps its length between them (a store past the end would grow it).
        _, _, _, index, test = in_range(fx, obj, key)
        item = js.Index(obj, index)
        fast = js.Assign(item, binary(fx, op, item, value, target_t, value_t, node))
        current = fx.unit.call("py_getitem", obj, key)
        slow = binary(fx, op, current, value, target_t, value_t, node)
        both = js.Conditional(test, fast, fx.unit.call("py_setitem", obj, key, slow))
        return prelude + [js.ExprStmt(both, loc=loc)]
    else:
        new = binary(fx, op, current, value, target_t, value_t, node)
    return prelude + [js.ExprStmt(store(new), loc=loc)]


def _same(e, *names) -> bool:
    return any(e is n for n in names)


def _load(target):
    if isinstance(target, ast.Name):
        return ast.copy_location(ast.Name(id=target.id, ctx=ast.Load()), target)
    if isinstance(target, ast.Attribute):
        return ast.copy_location(
            ast.Attribute(value=target.value, attr=target.attr, ctx=ast.Load()), target
        )
    return target


_loads: dict[int, ast.AST] = {}


def _load_cached(fx, target):
    node = _load(target)
    _loads[id(node)] = node
    return node


@lowers_stmt(ast.If)
def lower_if(fx, node: ast.If) -> list[js.Stmt]:
    from .narrowing import narrowed_body

    test = truth(fx, node.test)
    with narrowed_body(fx, node):
        body = stmts(fx, node.body)
    return [js.If(test, tuple(body), tuple(stmts(fx, node.orelse)), loc=loc_of(node))]


def _loop_with_else(fx, node, build, ran_out=()) -> list[js.Stmt]:
    """`else` on a loop runs unless `break` left it: a labelled block that `break` exits.
    `ran_out`: statements that come before the `else` (when the loop ran out)."""
    from .context import Loop
    from .invariant_tests import hoisted_array_tests

    has_else = bool(node.orelse or ran_out)
    label = fx.label() if has_else else None
    tests, flags = hoisted_array_tests(fx, node)
    outer = fx.array_flags
    fx.loops.append(Loop(label))
    fx.array_flags = {**outer, **flags}
    try:
        loop_stmts = tests + build()
    finally:
        fx.loops.pop()
        fx.array_flags = outer
    if not has_else:
        return loop_stmts
    orelse = [*ran_out, *stmts(fx, node.orelse)]
    return [js.Labeled(label, js.Block(tuple(loop_stmts + orelse)), loc=loc_of(node))]


@lowers_stmt(ast.While)
def lower_while(fx, node: ast.While) -> list[js.Stmt]:
    def build():
        test = truth(fx, node.test)
        return [js.While(test, tuple(stmts(fx, node.body)), loc=loc_of(node))]

    return _loop_with_else(fx, node, build)


@lowers_stmt(ast.For)
def lower_for(fx, node: ast.For) -> list[js.Stmt]:
    from .iteration_guard import size_guard, walked_container
    from .loops import loop

    container = walked_container(fx, node)
    guard = size_guard(fx, container) if container is not None else ([], [], [])
    before, check, ran_out = guard

    def build():
        body = [*check, *stmts(fx, node.body)]
        # (the target's stores run between steps too: `for k, d[k] in d.items()`)
        runs = [node.target, *node.body]
        return loop(fx, node.target, node.iter, body, loc=loc_of(node), runs=runs)

    return [*before, *_loop_with_else(fx, node, build, ran_out=ran_out)]


@lowers_stmt(ast.Break)
def lower_break(fx, node) -> list[js.Stmt]:
    label = fx.loops[-1].break_label if fx.loops else None
    return [js.Break(label, loc=loc_of(node))]


@lowers_stmt(ast.Continue)
def lower_continue(fx, node) -> list[js.Stmt]:
    return [js.Continue(loc=loc_of(node))]


@lowers_stmt(ast.Raise)
def lower_raise(fx, node: ast.Raise) -> list[js.Stmt]:
    loc = loc_of(node)
    if node.exc is None:
        return [js.Throw(_reraised(fx, len(fx.except_stack)), loc=loc)]
    exc = expr(fx, node.exc)
    if _is_class(fx, node.exc):
        exc = js.New(exc, ())
    elif _may_not_be_instance(fx, node.exc):
        exc = fx.unit.call("py_raised", exc)
    cause = None
    if node.cause is not None:
        cause = expr(fx, node.cause)
        if _is_class(fx, node.cause):
            cause = js.New(cause, ())
    if cause is not None or fx.except_stack:
        context = _context(fx, len(fx.except_stack))
        chained = fx.unit.call(
            "py_chain", exc, cause or js.Literal("undefined"), context
        )
        return [js.Throw(chained, loc=loc)]
    return [js.Throw(exc, loc=loc)]


def _reraised(fx, depth: int) -> js.Expr:
    """What a bare `raise` throws with the first `depth` entries of the except stack
    active: the innermost handler's exception; in a `finally` entered by an exception,
    that one (else what encloses the `try`); with none, CPython's RuntimeError."""

    def none() -> js.Expr:
        fx.unit.helpers.add("py_exceptions")
        message = js.Str("No active exception to reraise")
        return js.New(js.Name("py_RuntimeError"), (message,))

    return _active_exception(fx, depth, lambda e: e, none)


def _context(fx, depth: int) -> js.Expr:
    """The `__context__` of an exception raised with the first `depth` entries of the
    except stack active: that exception, wrapped; undefined with none."""
    wrap = lambda e: fx.unit.call("py_exc_wrap", e)
    return _active_exception(fx, depth, wrap, lambda: js.Literal("undefined"))


def _active_exception(fx, depth: int, wrap, none) -> js.Expr:
    """`wrap(e)` of the exception active with the first `depth` entries of the except
    stack: a handler's, or the one a `finally` was entered by (held in its name,
    undefined where the body ended normally: then what encloses it); `none()` where
    there is none."""
    if depth == 0:
        return none()
    entry = fx.except_stack[depth - 1]
    if isinstance(entry, str):
        return wrap(js.Name(entry))
    pending = js.Name(entry[1])
    propagating = js.Binary("!==", pending, js.Literal("undefined"))
    outer = _active_exception(fx, depth - 1, wrap, none)
    return js.Conditional(propagating, wrap(pending), outer)


# Kinds of values that are never exceptions: `raise "failed"` is CPython's TypeError.
_NOT_EXCEPTIONS = frozenset(
    ["str", "int", "float", "num", "dnum", "optint", "bool", "none"]
    + ["list", "tuple", "tuplen", "dict", "set"]
)


def _may_not_be_instance(fx, node) -> bool:
    """`raise err` of a local that may hold a class (`err = KeyError if c else
    ValueError`, instantiated at run time, as Python does) or something that is no
    exception; `raise "failed"` (py_raised makes CPython's TypeError)."""
    kind = type_of(fx, node).kind
    if isinstance(node, ast.Name) and fx.lookup_local(node.id) is not None:
        return kind != "exc"
    if isinstance(node, ast.Subscript):
        return True  # `raise classes[i]`: may be a class
    if isinstance(node, ast.Call) and fx.known_name(node.func) is None:
        # `raise pick(code)`, `raise errs[code]("...")` may give a class; not
        # `raise KeyError("k")`, nor Dash's PreventUpdate(), thrown as Dash's object
        return not _is_class(fx, node.func)
    return kind in _NOT_EXCEPTIONS


def _is_class(fx, node) -> bool:
    """`raise KeyError` (a class, not an instance) instantiates it."""
    if not isinstance(node, ast.Name) or fx.lookup_local(node.id) is not None:
        return False
    k = fx.known_name(node)
    if k is not None and k.kind == "dash":
        return False  # PreventUpdate is thrown as Dash's own object
    found, value = fx.lookup_global(node.id)
    return found and isinstance(value, type) and issubclass(value, BaseException)


@lowers_stmt(ast.Assert)
def lower_assert(fx, node: ast.Assert) -> list[js.Stmt]:
    from .calls import exception_floats_marked

    fx.unit.helpers.add("py_exceptions")
    args = [node.msg] if node.msg is not None else []
    made = js.New(js.Name("py_AssertionError"), tuple(expr(fx, a) for a in args))
    if args:  # as AssertionError(msg): a float message prints as one
        fx.unit.helpers.add("py_exc_str")  # any value: its str() needs the whole of it
        made = exception_floats_marked(fx, args, made)
    fail = js.Throw(made)
    return [js.If(js.Unary("!", truth(fx, node.test)), (fail,), loc=loc_of(node))]


def _delete_name(fx, target: ast.Name) -> list[js.Stmt]:
    """`del x`: x is unbound afterwards (its reads are checked, definite.py); deleting
    it unbound raises UnboundLocalError. A name of an enclosing function or the module
    (`nonlocal x; del x`) is refused."""
    from .expressions import bound_check

    owner = fx.lookup_local(target.id)
    if owner is not fx:
        fx.report("CP107", target, target=target.id)
        return []
    name = js.Name(fx.js_name_of(target.id), loc=loc_of(target))
    out: list[js.Stmt] = []
    if id(target) in fx.maybe_unbound:
        out.append(js.ExprStmt(bound_check(fx, name, target.id), loc=loc_of(target)))
    out.append(
        js.ExprStmt(js.Assign(name, js.Literal("undefined")), loc=loc_of(target))
    )
    return out


@lowers_stmt(ast.Delete)
def lower_delete(fx, node: ast.Delete) -> list[js.Stmt]:
    from ..check import deleted_targets

    out: list[js.Stmt] = []
    for target in deleted_targets(node):
        if isinstance(target, ast.Name):
            out.extend(_delete_name(fx, target))
            continue
        if not isinstance(target, ast.Subscript):
            continue  # refused by check
        from .expressions import refuse_unsubscriptable

        refuse_unsubscriptable(fx, target)
        obj = expr(fx, target.value)
        if type_of(fx, target.value).kind == "patch":
            call = js.Call(js.Member(obj, "del"), (expr(fx, target.slice),))
            out.append(js.ExprStmt(call, loc=loc_of(target)))
            continue
        if isinstance(target.slice, ast.Slice):
            from .expressions import slice_bounds

            call = fx.unit.call("py_delslice", obj, *slice_bounds(fx, target.slice))
        elif type_of(fx, target.slice).kind == "float":  # `del xs[n / 2]` raises
            call = fx.unit.call("py_delitem_float", obj, expr(fx, target.slice))
        else:
            call = fx.unit.call("py_delitem", obj, expr(fx, target.slice))
        out.append(js.ExprStmt(call, loc=loc_of(target)))
    return out


@lowers_stmt(ast.Try)
def lower_try(fx, node: ast.Try) -> list[js.Stmt]:
    from .exceptions import lower_try_statement

    return lower_try_statement(fx, node)


__all__ = ["store_item"]
