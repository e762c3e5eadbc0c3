"""Sums of Dash's numbers kept in a local, printed as CPython prints them.

`total = 0`, then `total += v` for each v Dash sent: the sum may be an integral float
(0.5 + 0.5 is 1.0), so its type is open and printing it would be refused (CP115). Yet
CPython's sum is a float exactly when one of its terms was one (an int plus a float
is a float, and stays one), and each term tells that at run time (dash_number_text.py):
a boolean beside the local, set where a term is a float, tells how to print it.

A local is summed so where each of its bindings is an assignment or a `+=` or `-=` of
a term whose floatness is known at run time: an int (`total = 0` makes it an int
again), a float (`x = n / 2`), a value Dash sent (by its fraction, also as `v or 0`),
or arithmetic of those (by its operands' fractions: `t = a + b`). The sum itself raises past 2**53 (py_iadd)
as every int sum does. A parameter of the callback Dash calls is such a local too
(`n = n or 0; n += step`): on entry it holds what Dash sent, its flag set from that.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from ..scope import name_ids, nodes_of, own_nodes_of, parents
from .bounded import added_term
from .core import type_of
from .known import builtin_call
from .uses import only_returned

_NEVER_FLOAT = ("int", "bool", "optint")


def summed_locals(fx) -> dict[str, bool]:
    """The summed locals of `fx`'s own function, each with whether it may hold no
    number (`t = a + b` of strs; computed once, after inference)."""
    if fx.summed_locals is None:
        fx.summed_locals = {}  # a term naming one is not a term yet
        fx.summed_locals = _summed(fx)
    return fx.summed_locals


def summed_open(fx, name: str) -> bool:
    """The summed local `name` may be no number: a str, None or a bool assigned."""
    return summed_locals(fx.lookup_local(name))[name]


def is_summed(fx, name: str) -> bool:
    owner = fx.lookup_local(name)
    if owner is None or owner.function_root() is not owner:
        return False  # a comprehension's own names are never summed
    return name in summed_locals(owner)


def float_flag_of(fx, name: str) -> js.Name:
    """The boolean beside the summed local `name`: true where its sum is a float."""
    owner = fx.lookup_local(name)
    flags = owner.sum_flags
    if name not in flags:
        # named after the local, not a `$n` temp, which a comprehension's or nested
        # function's own temps would shadow where it is printed; no Python name has `$`
        flags[name] = owner.js_name_of(name) + "$float"
        owner.function_root().temps.append(flags[name])
    return js.Name(flags[name])


def flag_updates(fx, node: ast.stmt) -> list[js.Stmt]:
    """What follows a binding of a summed local: its flag cleared by `total = 0`,
    raised by a float term of `total += v`."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target, term = node.targets[0], node.value
    elif isinstance(node, ast.AugAssign):
        target, term = node.target, node.value
    else:
        return []
    if not isinstance(target, ast.Name) or not is_summed(fx, target.id):
        return []
    updates = _flag_updates(fx, node, target, term)
    made = fx.lookup_local(target.id).function_root().flag_update_stmts
    for update in updates:  # dropped where nothing reads the flag (unread_flags.py)
        made[id(update)] = float_flag_of(fx, target.id).id
    return updates


def _flag_updates(fx, node, target: ast.Name, term: ast.expr) -> list[js.Stmt]:
    flag = float_flag_of(fx, target.id)
    moved = added_term(node.value, target.id) if isinstance(node, ast.Assign) else None
    if isinstance(node, ast.Assign) and moved is None:
        return [js.ExprStmt(js.Assign(flag, term_float(fx, node.value)))]
    floats = term_float(fx, moved if moved is not None else term)
    if floats is None or floats == js.boolean(False):
        return []
    if floats == js.boolean(True):  # `total += 0.5`
        return [js.ExprStmt(js.Assign(flag, floats))]
    return [js.ExprStmt(js.Assign(flag, js.Binary("||", flag, floats)))]


def term_float(fx, term: ast.expr) -> js.Expr | None:
    """True at run time where `term` is a float; None where that cannot be told."""
    from .dash_number_text import (
        dash_operands,
        float_flag,
        got,
        read_fraction,
        value_fraction,
    )

    if not _told(fx, term):
        return None
    if or_int(term):  # `y or 0`: y where it is true, else the int 0 (also for 0.0)
        from .dash_number_text import true_float

        name = term.values[0]
        if is_summed(fx, name.id):  # its value may have lost its fraction (1.0)
            return true_float(fx, name, float_flag_of(fx, name.id))
        floats = term_float(fx, name)
        if floats == js.boolean(False):
            return floats
        return true_float(fx, name, floats)
    kind = type_of(fx, term).kind
    if isinstance(term, ast.Constant):
        return js.boolean(type(term.value) is float)
    if kind in _NEVER_FLOAT:
        return js.boolean(False)
    if kind == "float":  # `v = float(text)`, `x / 2`: a float whatever its value
        return js.boolean(True)
    if isinstance(term, ast.Name):
        value = js.Name(fx.lookup_local(term.id).js_name_of(term.id))
        return value_fraction(fx, value, kind)
    if isinstance(term, ast.Subscript) or got(fx, term):  # `r["qty"]`, `r.get("q", 0)`
        return read_fraction(fx, term)  # read again for its fraction
    return float_flag(fx, dash_operands(fx, term))


def _told(fx, term: ast.expr) -> bool:
    """Whether `term`'s floatness is known at run time (asked without emitting code,
    as the analysis does before any flag is made)."""
    from .dash_number_text import dash_operands, got, read_again

    if isinstance(term, ast.Constant):
        return type(term.value) in (int, float, bool)
    if or_int(term):
        return is_summed(fx, term.values[0].id) or _told(fx, term.values[0])
    kind = type_of(fx, term).kind
    if kind in _NEVER_FLOAT or kind == "float":
        return True
    if isinstance(term, ast.Name):
        return kind in ("any", "dnum") and fx.lookup_local(term.id) is not None
    if isinstance(term, ast.Subscript) or got(fx, term):
        return kind in ("any", "dnum") and (got(fx, term) or read_again(fx, term))
    return dash_operands(fx, term) is not None


def _summed(fx) -> dict[str, bool]:
    up = parents(fx.node)
    bindings: dict[str, bool] = {}
    opened: set[str] = set()
    for node in own_nodes_of(fx.node, ast.Name):
        if isinstance(node.ctx, ast.Load):
            continue
        parent = up.get(id(node))
        good = _sum_binding(fx, node, parent)
        bindings[node.id] = bindings.get(node.id, True) and good
        if (
            good
            and isinstance(parent, ast.Assign)
            and added_term(parent.value, node.id) is None
            and not _number(fx, parent.value)
        ):
            opened.add(node.id)
    for name in _bound_otherwise(fx):
        bindings[name] = False
    dash_params = _dash_parameters(fx)
    return {
        name: name in opened or name in dash_params
        for name, good in bindings.items()
        if good
        and (name not in fx.scope.params or name in dash_params)
        and t.contains_num(fx.env.get(name, t.ANY))
    }


def _dash_parameters(fx) -> set[str]:
    """Parameters that hold what Dash sent on entry, which tells by its fraction
    whether it is a float (`n = n or 0; n += step`): those of the callback itself, by
    position, without a default (a `1.0` default would be taken for an int) and
    unannotated (an annotation types them already)."""
    if not fx.takes_dash_values:
        return set()
    args = fx.node.args
    plain = args.args[: len(args.args) - len(args.defaults)]
    names = {a.arg for a in [*args.posonlyargs, *plain] if a.annotation is None}
    return {name for name in names if _read_as_a_value(fx, name)}


# Where a parameter's value ends up read, never kept or changed: what Dash sent prints
# as it came only while no float the code computed is stored into it or its items.
_VALUE_READERS = (ast.Compare, ast.FormattedValue, ast.If, ast.While, ast.Return)
_READING_BUILTINS = ("str", "repr", "format", "print", "int", "float", "abs", "round")
# Expressions whose value may be the parameter itself, or hold its items (`d or {}`,
# `xs if c else []`, `rows + []`): followed up to where that value goes.
_PASSING_ON = (ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.IfExp)


def _read_as_a_value(fx, name: str) -> bool:
    """Every read of the parameter `name` ends in a test, a print, a return or the
    parameter's own rebinding (`n = n or 0`, `n += 1`), through arithmetic, `or` and
    conditionals only; no item or method of it is taken, it is bound to no other name,
    and no nested function names it."""
    up = parents(fx.node)
    nested = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
    for inner in nodes_of(fx.node, *nested):
        if inner is not fx.node and name in name_ids(inner):
            return False
    reads = (
        node
        for node in nodes_of(fx.node, ast.Name)
        if node.id == name and isinstance(node.ctx, ast.Load)
    )
    return all(_value_taken(fx, node, name, up) for node in reads)


def _formats(parent: ast.expr, node: ast.expr) -> bool:
    return (
        isinstance(parent, ast.BinOp)
        and isinstance(parent.op, ast.Mod)
        and parent.right is node
        and isinstance(parent.left, ast.Constant)
        and isinstance(parent.left.value, str)
    )


def _value_taken(fx, node: ast.expr, name: str, up) -> bool:
    parent = up.get(id(node))
    while isinstance(parent, _PASSING_ON):
        if isinstance(parent, ast.IfExp) and parent.test is node:
            return True  # tested only
        if _formats(parent, node):
            return True  # `"%s" % n`
        node, parent = parent, up.get(id(parent))
    if isinstance(parent, _VALUE_READERS) or only_returned(node, up):
        return True
    if isinstance(parent, ast.Call):
        return node in parent.args and any(
            builtin_call(fx, parent, b) for b in _READING_BUILTINS
        )
    if isinstance(parent, ast.Assign):  # `n = n or 0`: the parameter itself
        return (
            len(parent.targets) == 1
            and isinstance(parent.targets[0], ast.Name)
            and parent.targets[0].id == name
        )
    if isinstance(parent, ast.AugAssign):  # `n += step`
        return isinstance(parent.target, ast.Name) and parent.target.id == name
    return False


def parameter_flags(fx) -> list[js.Stmt]:
    """On entry, the flag of each summed parameter the code prints: whether what Dash
    sent is a float."""
    from .dash_number_text import value_fraction

    out: list[js.Stmt] = []
    for name in fx.scope.params:  # summed ones are _dash_parameters (_summed)
        if name in fx.sum_flags:
            value = js.Name(fx.js_name_of(name))
            fraction = value_fraction(fx, value, "any")
            out.append(js.ExprStmt(js.Assign(js.Name(fx.sum_flags[name]), fraction)))
    return out


def _bound_otherwise(fx) -> set[str]:
    """Names bound by something other than a Name target: `except E as total`, a
    nested `def total()`, an import, or a nested function's nonlocal or global."""
    names: set[str] = set()
    for node in nodes_of(fx.node, ast.Nonlocal, ast.Global):
        names.update(node.names)
    for node in own_nodes_of(fx.node, *_NAMED_BINDINGS):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif getattr(node, "name", None):
            names.add(node.name)
    return names


_NAMED_BINDINGS = (
    ast.ExceptHandler,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Import,
    ast.ImportFrom,
)


def _number(fx, value: ast.expr) -> bool:
    """An assigned term that is a number (an int or float), never a str, None or a
    bool, which print as they are; `+=` and `-=` on a number keep one."""
    from .dash_number_text import dash_operands, open_operands

    if isinstance(value, ast.Constant):
        return type(value.value) in (int, float)
    if type_of(fx, value).kind in ("int", "float", "dnum"):
        return True
    operands = dash_operands(fx, value)
    return operands is not None and not open_operands(fx, operands)


def _sum_binding(fx, node: ast.Name, parent) -> bool:
    if isinstance(parent, ast.Assign) and parent.targets == [node]:
        term = added_term(parent.value, node.id)
        return _told_after(fx, parent.value if term is None else term, node.id)
    if isinstance(parent, ast.AugAssign) and isinstance(parent.op, (ast.Add, ast.Sub)):
        return parent.target is node and _told_after(fx, parent.value, node.id)
    return False


def _told_after(fx, term: ast.expr, name: str) -> bool:
    """`term`'s floatness known after `name` is rebound to it: the flag asks the
    term's operands again then, so none of them may read the name (`i = xs[i] * 1`,
    `pos += abs(jumps[pos])` would ask another item)."""
    if type_of(fx, term).kind in (*_NEVER_FLOAT, "float"):
        return True  # its type tells, no operand is asked (`m = (m * i + v) / n`)
    if or_int(term) and term.values[0].id == name:
        return True  # `n = n or 0`: n's flag, unless n was false (term_float)
    reads = (n for n in ast.walk(term) if isinstance(n, ast.Name) and n.id == name)
    return next(reads, None) is None and _told(fx, term)


def or_int(term: ast.expr) -> bool:
    """`n or 0`: a name, or else an int literal."""
    if not (isinstance(term, ast.BoolOp) and isinstance(term.op, ast.Or)):
        return False
    first, *rest = term.values
    return (
        isinstance(first, ast.Name)
        and len(rest) == 1
        and isinstance(rest[0], ast.Constant)
        and type(rest[0].value) is int
    )
