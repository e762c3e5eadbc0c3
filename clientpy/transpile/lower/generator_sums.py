"""`f"Total: {sum(r['v'] for r in rows)}"`: a sum of a generator (or of a list
comprehension) printed as CPython prints it.

CPython's sum starts from the int 0 and is a float exactly when an item is one, which
each of Dash's numbers tells by its fraction (dash_number_text.py). `sum(values)` of a
list asks the list again after summing; a generator is gone once summed, so its items
are asked as they come: a boolean beside the sum, set while it adds them
(comprehensions.summed), read where the sum is printed (float_flag). A list
comprehension's items are asked as they are made (comprehensions.flagged_list), and
py_sum adds the finished list, as CPython does.

Only where the sum is printed, or bound or added to a local (a summed local,
sum_flags.py): every other sum is left without the extra test per item. The items are
what Dash sent read as they are (`r["v"]`, `v`), or arithmetic of such values whose
operands tell (`r["price"] * r["qty"]`).
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..scope import parents
from .core import type_of
from .known import builtin_call

_NEVER_FLOAT = ("int", "bool", "optint")
# `sum(gen)`, and `sum([...])`, whose list is made with the same flag set per item
SUMMED_COMPREHENSIONS = (ast.GeneratorExp, ast.ListComp)
_FRACTION_TELLS = ("dnum", "any")
# What a printed sum may stand in, on its way up to where it is printed
_ARITHMETIC = (ast.BinOp, ast.UnaryOp)
_PRINTING = frozenset({"str", "repr", "format", "print"})


def flagged_sum(fx, node) -> bool:
    """`sum(gen)` whose items tell whether they are floats, where its value is printed
    or summed into a local: the sum keeps a flag of its own (sum_flag)."""
    if not (
        isinstance(node, ast.Call)
        and len(node.args) == 1
        and not node.keywords
        and isinstance(node.args[0], SUMMED_COMPREHENSIONS)
        and builtin_call(fx, node, "sum")
    ):
        return False
    # asked by every printing path, the lowering of the sum and the summed-locals
    # analysis alike: the walks are made once per sum
    known = fx.function_root().flagged_sums
    if id(node) not in known:
        known[id(node)] = _printed(fx, node) and _items_tell(fx, node.args[0])
    return known[id(node)]


def sum_flag(fx, gen: ast.GeneratorExp | ast.ListComp) -> js.Name:
    """The boolean the sum of `gen` sets where an item is a float."""
    root = fx.function_root()
    flags = root.generator_sum_flags
    if id(gen) not in flags:
        # not a `$n` temp, which the generator's own temps would shadow where it is set
        flags[id(gen)] = f"$sum{len(flags) + 1}$float"
        root.temps.append(flags[id(gen)])
    return js.Name(flags[id(gen)])


def item_float(cx, elt: ast.expr, item: js.Expr) -> js.Expr | None:
    """True where the item just added (`item`, held) is a float; None for an int."""
    from .dash_number_text import dash_operands, float_flag, value_fraction

    kind = type_of(cx, elt).kind
    if kind in _NEVER_FLOAT:
        return None
    operands = dash_operands(cx, elt)  # also a summed local's own flag
    if operands is not None:
        return float_flag(cx, operands)
    return value_fraction(cx, item, kind)


def _items_tell(fx, gen: ast.GeneratorExp | ast.ListComp) -> bool:
    from .dash_number_text import dash_operands, got
    from .functions import comprehension_context

    cx = comprehension_context(fx, gen)
    kind = type_of(cx, gen.elt).kind
    if kind in _NEVER_FLOAT or dash_operands(cx, gen.elt) is not None:
        return True
    return kind in _FRACTION_TELLS and (_read(gen.elt) or got(cx, gen.elt))


def _read(elt: ast.expr) -> bool:
    """A value as it came: a name, or an item read out of one."""
    return isinstance(elt, (ast.Name, ast.Subscript))


def _printed(fx, node: ast.expr) -> bool:
    """Whether `node`'s value is printed where it stands (through arithmetic)."""
    up = parents(fx.node)
    child, parent = node, up.get(id(node))
    while isinstance(parent, _ARITHMETIC):
        if _formats(fx, parent, child):
            return True  # `"%s" % sum(...)`
        child, parent = parent, up.get(id(parent))
    if isinstance(parent, ast.FormattedValue):
        return parent.value is child
    if isinstance(parent, ast.Tuple):  # `"%s %s" % (a, sum(...))`
        parent = up.get(id(parent))
    if isinstance(parent, ast.BinOp):
        return isinstance(parent.op, ast.Mod) and parent.left is not child
    if isinstance(parent, (ast.Assign, ast.AugAssign)) and isinstance(node, ast.Call):
        # into a local, printed as a summed local (sum_flags.py) where it is printed
        targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
        named = [t.id for t in targets if isinstance(t, ast.Name)]
        return len(named) == len(targets) == 1 and _printed_name(fx, named[0])
    if isinstance(parent, ast.Call):
        method = isinstance(parent.func, ast.Attribute) and parent.func.attr == "format"
        return method or any(builtin_call(fx, parent, name) for name in _PRINTING)
    return False


def _formats(fx, node, child) -> bool:
    """`node` is `template % child` of a str template."""
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mod)
        and node.right is child
        and type_of(fx, node.left).kind == "str"
    )


def _printed_name(fx, name: str) -> bool:
    """Whether the local `name` is read somewhere its value is printed."""
    return any(
        isinstance(node, ast.Name)
        and node.id == name
        and isinstance(node.ctx, ast.Load)
        and _printed(fx, node)
        for node in ast.walk(fx.node)
    )
