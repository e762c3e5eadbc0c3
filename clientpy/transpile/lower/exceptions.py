"""try / except / else / finally.

`else` runs only when the body raised nothing, before `finally`, and exceptions it
raises are not caught by the handlers: the body sets a flag as its last step.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..scope import FUNCTIONS, children, loads_of, nodes_of
from .core import expr, stmts
from .registry import loc_of


def lower_try_statement(fx, node: ast.Try) -> list[js.Stmt]:
    loc = loc_of(node)
    body = stmts(fx, node.body)
    flag = None
    if node.orelse:
        flag = fx.temp()
        body = [js.ExprStmt(js.Assign(js.Name(flag), js.Literal("false")))] + body
        body.append(js.ExprStmt(js.Assign(js.Name(flag), js.Literal("true"))))
    handler = None
    param = None
    if node.handlers:
        param = fx.temp()
        handler = [_dispatch(fx, node.handlers, param)]
    inner: list[js.Stmt]
    if handler is not None:
        inner = [js.Try(tuple(body), param, tuple(handler), loc=loc)]
    else:
        inner = body
    if flag is not None:
        inner = inner + [js.If(js.Name(flag), tuple(stmts(fx, node.orelse)))]
    if node.finalbody and _raises(node.finalbody):
        return _finally_knowing_the_exception(fx, node, inner, loc)
    if node.finalbody:
        return [
            js.Try(tuple(inner), None, None, tuple(stmts(fx, node.finalbody)), loc=loc)
        ]
    if handler is None and flag is None:
        return inner
    return inner


def _raises(finalbody) -> bool:
    """A `raise` in the `finally` (not in a function defined there): a bare one
    re-raises the exception that entered it, another has it as its `__context__`."""
    todo = list(finalbody)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Raise):
            return True
        if not isinstance(node, FUNCTIONS):
            todo.extend(children(node))
    return False


def _finally_knowing_the_exception(fx, node, inner, loc) -> list[js.Stmt]:
    """`finally` with a `raise`: entered by an exception, a bare one re-raises it and
    another chains it as its `__context__`; the body's exception is kept (`$pending`,
    undefined when it ended normally) for them."""
    pending, caught = fx.temp(), fx.temp()
    keep = (
        js.ExprStmt(js.Assign(js.Name(pending), js.Name(caught))),
        js.Throw(js.Name(caught)),
    )
    fx.except_stack.append(("finally", pending))
    final = stmts(fx, node.finalbody)
    fx.except_stack.pop()
    return [
        js.ExprStmt(js.Assign(js.Name(pending), js.Literal("undefined"))),
        js.Try(
            (js.Try(tuple(inner), caught, keep),), None, None, tuple(final), loc=loc
        ),
    ]


def _dispatch(fx, handlers, param: str) -> js.Stmt:
    caught = js.Name(param)
    chain: js.Stmt = js.Throw(caught)
    for handler in reversed(handlers):
        fx.except_stack.append(param)
        body = []
        if handler.name:
            owner = fx.lookup_local(handler.name)
            name = owner.js_name_of(handler.name) if owner else handler.name
            wrapped = fx.unit.call("py_exc_wrap", caught)
            body.append(js.ExprStmt(js.Assign(js.Name(name), wrapped)))
        handled = stmts(fx, handler.body)
        if handler.name:
            # Python deletes the name when the handler ends, however it ends: where the
            # name is read elsewhere, also when left by break, return or an exception.
            clear = js.ExprStmt(js.Assign(js.Name(name), js.Literal("undefined")))
            if _read_elsewhere(fx, handler):
                handled = [js.Try(tuple(handled), None, None, (clear,))]
            else:
                handled.append(clear)
        body.extend(handled)
        fx.except_stack.pop()
        test = _matches(fx, handler.type, caught)
        if test is None:
            # A bare `except:` takes what CPython could raise: not an annotation check.
            unchecked = js.Binary(
                "instanceof", caught, fx.unit.helper("py_AnnotationError")
            )
            chain = js.Block((js.If(unchecked, (js.Throw(caught),)), *body))
        else:
            chain = js.If(test, tuple(body), (chain,), loc=loc_of(handler))
    return chain


def _read_elsewhere(fx, handler: ast.ExceptHandler) -> bool:
    """The name `except ... as name` binds is read outside the handlers that bind it
    (where it is always bound first)."""
    name = handler.name
    binding = [h for h in nodes_of(fx.node, ast.ExceptHandler) if h.name == name]
    inside = {id(n) for h in binding for part in h.body for n in loads_of(part, name)}
    return any(id(n) not in inside for n in loads_of(fx.node, name))


def _matches(fx, type_node, caught: js.Expr) -> js.Expr | None:
    if type_node is None:
        return None  # bare except
    items = type_node.elts if isinstance(type_node, ast.Tuple) else [type_node]
    classes = []
    for item in items:
        if _is_prevent_update(fx, item):
            prevent = fx.unit.call("py_prevent_update")
            classes.append(prevent)
        else:
            classes.append(expr(fx, item))
    if isinstance(type_node, ast.Tuple):
        # a tuple, as py_exc_matches tells it from a list (which CPython refuses)
        freeze = js.Member(js.Name("Object"), "freeze")
        arg = js.Call(freeze, (js.Array(tuple(classes)),))  # `except ():` too
    else:
        arg = classes[0]
    return fx.unit.call("py_exc_matches", caught, arg, loc=loc_of(type_node))


def _is_prevent_update(fx, node) -> bool:
    k = fx.known_name(node)
    return k is not None and k.kind == "dash" and k.name == "PreventUpdate"
