"""List/set/dict comprehensions and generator expressions.

Each has its own scope, as in Python 3: lowered to an arrow function called at once,
with its loop variables declared inside (one binding per comprehension, so lambdas made
in it see the last value, as in Python). A generator expression stays lazy (a JS
generator), so `any(...)`/`all(...)` stop early and later items are never computed;
passed to a builtin that consumes everything it is built as an array instead.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from .core import expr, type_of
from .registry import loc_of, lowers_expr
from .truth import truth


def _child(fx, node):
    from .functions import comprehension_context

    return comprehension_context(fx, node)


def _nest(cx, node, innermost: list[js.Stmt], first=None) -> list[js.Stmt]:
    """The loops of `node`'s generators around `innermost`; `first` (expression, type)
    stands for the outermost iterable when it was evaluated outside."""
    from .loops import loop

    body = innermost
    for i, gen in reversed(list(enumerate(node.generators))):
        for cond in reversed(gen.ifs):
            body = [js.If(truth(cx, cond), tuple(body))]
        given = first if i == 0 else None
        body = loop(cx, gen.target, gen.iter, body, loc=loc_of(gen.target), given=given)
    return body


def _scope_call(
    cx, statements: list[js.Stmt], node, generator=False, outer=None
) -> js.Expr:
    """The comprehension's function, called at once; `outer`, the outermost iterable
    evaluated outside, is passed as its parameter `$it`."""
    decls = cx.declarations()
    func = js.Function(
        None,
        (js.Param("$it"),) if outer is not None else (),
        tuple(decls + statements),
        is_arrow=not generator,
        is_generator=generator,
    )
    return js.Call(func, (outer,) if outer is not None else (), loc=loc_of(node))


def _collect(fx, node, make_result: js.Expr, add) -> js.Expr:
    cx = _child(fx, node)
    result = js.Name("$r")
    body = _nest(cx, node, [js.ExprStmt(add(cx, result))])
    statements = [js.VarDecl("const", (("$r", make_result),)), *body, js.Return(result)]
    return _scope_call(cx, statements, node)


@lowers_expr(ast.ListComp)
def lower_listcomp(fx, node: ast.ListComp) -> js.Expr:
    return _collect(
        fx,
        node,
        js.Array(()),
        lambda cx, r: js.Call(js.Member(r, "push"), (expr(cx, node.elt),)),
    )


@lowers_expr(ast.SetComp)
def lower_setcomp(fx, node: ast.SetComp) -> js.Expr:
    return _collect(
        fx,
        node,
        fx.unit.call("py_set", js.Array(())),
        lambda cx, r: fx.unit.call("py_set_add", r, expr(cx, node.elt)),
    )


@lowers_expr(ast.DictComp)
def lower_dictcomp(fx, node: ast.DictComp) -> js.Expr:
    return _collect(
        fx,
        node,
        js.New(js.Name("Map"), ()),
        lambda cx, r: fx.unit.call(
            "py_setitem", r, expr(cx, node.key), expr(cx, node.value)
        ),
    )


@lowers_expr(ast.GeneratorExp)
def lower_genexp(fx, node: ast.GeneratorExp) -> js.Expr:
    if id(node) in fx.eager_genexps:
        return lower_listcomp(
            fx, ast.ListComp(elt=node.elt, generators=node.generators)
        )
    # Python evaluates the outermost iterable (and takes its iterator) when the
    # generator is made, in the enclosing scope; the rest runs lazily.
    from .loops import ITERABLE_KINDS

    outer = node.generators[0].iter
    outer_t = type_of(fx, outer)
    value = expr(fx, outer)
    if outer_t.kind not in ITERABLE_KINDS:
        value = fx.unit.call("py_iter", value)  # `(x for x in 5)` raises right away
        outer_t = t.ANY
    cx = _child(fx, node)
    yielded = [js.ExprStmt(js.Yield(expr(cx, node.elt)))]
    body = _nest(cx, node, yielded, first=(js.Name("$it"), outer_t))
    return _scope_call(cx, body, node, generator=True, outer=value)
