"""Functions: the entry callback, the user's helpers transpiled along, nested defs,
lambdas, and the scopes of comprehensions; plus local type inference."""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from ..check import check_function
from ..parse import SourceNotFound, parse_function, wrapper_problem
from ..scope import (
    ScopeInfo,
    comprehension_targets,
    function_scope,
    name_ids,
    nodes_of,
)
from .annotation_checks import parameter_checks
from .arity import (
    as_value,
    called_only_by_name,
    guard_functions_used_as_values,
    needs_binding,
    with_guard,
)
from .binding import Signature
from .context import FunctionContext
from .core import expr, stmts, type_of
from .dedupe import merge_identical_versions
from .function_values import note_value_result, unknown_caller_params
from .inference import infer
from .lambda_args import called_with_its_arity, lambda_argument_types
from .pair_keys import pair_body
from .registry import loc_of, lowers_expr, lowers_stmt
from .sum_flags import parameter_flags
from .unread_flags import drop_unread_flags


# ----------------------------------------------------------------- contexts
def comprehension_context(fx: FunctionContext, node) -> FunctionContext:
    cached = fx.comprehensions.get(id(node))
    if cached is not None:
        return cached[1]
    scope = ScopeInfo(locals=comprehension_targets(node))
    cx = FunctionContext(fx.unit, fx.source, fx.pyfunc, node, parent=fx, scope=scope)
    cx.is_comprehension = True
    cx.is_async = fx.is_async
    fx.comprehensions[id(node)] = (node, cx)
    infer(cx, None)
    return cx


def _parameters(fx: FunctionContext, args: ast.arguments) -> tuple[js.Param, ...]:
    params = []
    positional = [*args.posonlyargs, *args.args]
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(positional, defaults):
        params.append(_param(fx, arg, default))
    if args.vararg and Signature.of(args).rest:
        name = fx.js_name_of(args.vararg.arg)
        params.append(js.Param(name, rest=True, loc=loc_of(args.vararg)))
    elif args.vararg:
        empty = js.Call(js.Member(js.Name("Object"), "freeze"), (js.Array(()),))
        name = fx.js_name_of(args.vararg.arg)
        params.append(js.Param(name, empty, loc=loc_of(args.vararg)))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        params.append(_param(fx, arg, default))
    if args.kwarg:
        empty = js.New(js.Name("Map"), ())
        params.append(
            js.Param(fx.js_name_of(args.kwarg.arg), empty, loc=loc_of(args.kwarg))
        )
    return tuple(params)


def _param(fx, arg: ast.arg, default) -> js.Param:
    value = fx.defaults.get(id(default)) if default is not None else None
    return js.Param(fx.js_name_of(arg.arg), value, loc=loc_of(arg))


def _default_values(
    outer: FunctionContext, args: ast.arguments, declare
) -> dict[int, js.Expr]:
    """Defaults are evaluated once, when the def runs (Python's rule): literals inline,
    anything else into a variable evaluated at definition time."""
    values: dict[int, js.Expr] = {}
    for position, default in enumerate([*args.defaults, *args.kw_defaults]):
        if default is None:
            continue
        lowered = expr(outer, default)
        if isinstance(lowered, (js.Num, js.Str, js.Literal)):
            values[id(default)] = lowered
        else:
            values[id(default)] = declare(lowered, position)
    return values


def build_function(
    fx: FunctionContext, body_nodes, name: str | None, arrow=False
) -> js.Function:
    node = fx.node
    infer(fx, node.args)
    if not isinstance(node, ast.Lambda):
        from .definite import maybe_unbound_reads

        fx.maybe_unbound = maybe_unbound_reads(node, fx.scope.locals, fx.scope.params)
    params = _parameters(fx, node.args)
    body = stmts(fx, body_nodes) if isinstance(body_nodes, list) else None
    if body is not None:
        body = drop_unread_flags(fx, body)
    if body is None:  # a lambda: its body is one expression
        result = pair_body(fx, node) or expr(fx, body_nodes)
        body = [js.Return(result, loc=loc_of(body_nodes))]
    prologue = fx.declarations()
    if node.args.vararg and Signature.of(node.args).rest:
        # The rest parameter is a JS array; *args is a tuple.
        rest = js.Name(fx.js_name_of(node.args.vararg.arg))
        freeze = js.Call(js.Member(js.Name("Object"), "freeze"), (rest,))
        prologue.insert(0, js.ExprStmt(js.Assign(rest, freeze)))
    if fx.ctx_name is not None and fx.parent is None:
        prologue.append(js.VarDecl("const", ((fx.ctx_name, fx.unit.call("py_ctx")),)))
    prologue.extend(parameter_checks(fx))
    prologue.extend(parameter_flags(fx))
    if isinstance(node, ast.Lambda) and not prologue:
        return js.Function(None, params, tuple(body), is_arrow=True, loc=loc_of(node))
    if not isinstance(node, ast.Lambda) and not _ends_with_return(body):
        body.append(js.Return(js.Literal("null")))
    statements = tuple(prologue + body)
    is_async = fx.is_async
    if is_async and fx.unit.entry is not fx:
        statements = (_coroutine(fx, statements, loc_of(node)),)
        is_async = False
    return js.Function(
        name, params, statements, is_async=is_async, is_arrow=arrow, loc=loc_of(node)
    )


def _coroutine(fx, body: tuple, loc) -> js.Stmt:
    """`return new py_Coroutine(async () => {body})`: an async def's body runs when its
    coroutine is awaited, as in Python (see py_Coroutine.js)."""
    run = js.Function(None, (), body, is_async=True, is_arrow=True, loc=loc)
    return js.Return(js.New(fx.unit.helper("py_Coroutine"), (run,)), loc=loc)


def _ends_with_return(body) -> bool:
    return bool(body) and isinstance(body[-1], (js.Return, js.Throw))


# ----------------------------------------------------------------- nested def / lambda
class _CapturedDefaults:
    """Defaults evaluated when the def runs, each function object keeping its own:
    the function is made inside an arrow that receives the values (`i=i` in a loop)."""

    def __init__(self) -> None:
        self.params: list[js.Param] = []
        self.values: list[js.Expr] = []

    def declare(self, value: js.Expr, position: int) -> js.Expr:
        name = f"$d{len(self.values)}"
        self.params.append(js.Param(name))
        self.values.append(value)
        return js.Name(name)

    def wrap(self, func: js.Function) -> js.Expr:
        if not self.values:
            return func
        maker = js.Function(None, tuple(self.params), (js.Return(func),), is_arrow=True)
        return js.Call(maker, tuple(self.values))


@lowers_stmt(ast.FunctionDef, ast.AsyncFunctionDef)
def lower_nested_def(fx: FunctionContext, node) -> list[js.Stmt]:
    captured = _CapturedDefaults()
    child = FunctionContext(fx.unit, fx.source, fx.pyfunc, node, parent=fx)
    child.defaults = _default_values(fx, node.args, captured.declare)
    child.param_types, unknown_callers = _call_site_types(fx, node.name, node)
    target = js.Name(fx.js_name_of(node.name), loc=loc_of(node))
    by_name = _bound_once(fx, node.name)
    if by_name:
        fx.local_functions[node.name] = Signature.of(node.args)
    # An anonymous function: a named function expression would call itself through
    # its own name, where Python's `g(k - 1)` reads the variable, which the code may
    # rebind (`h = g; g = other`, a loop). Its qualname for errors is passed apart.
    func = build_function(child, node.body, None)
    if not (by_name and called_only_by_name(fx.node, node.name)):
        func = with_guard(fx.unit, func, Signature.of(node.args), child.qualname)
    if unknown_callers:
        note_value_result(fx.unit, returned_type(child))
    value = _bound_value(fx, node.name, node, captured.wrap(func), child.qualname)
    return [js.ExprStmt(js.Assign(target, value), loc=loc_of(node))]


def _bound_value(fx, name: str | None, node, func: js.Expr, qualname: str) -> js.Expr:
    """What the name is bound to: the function, or its adapter where reads of the name
    do not add one (a name bound more than once: expressions.py)."""
    from .local_functions import definition

    if name is not None and definition(fx, name) is node:
        return func
    return as_value(fx.unit, func, Signature.of(node.args), qualname)


def _call_site_types(fx, name: str, node) -> tuple[dict, bool]:
    """The parameter types of a nested function bound to `name`, and whether some of
    its callers are unknown."""
    from .local_functions import definition, parameter_types

    params = parameter_types(fx, name, node) if definition(fx, name) is node else None
    if params is None:
        return unknown_caller_params(fx.unit, node.args), True
    return params, False


def _bound_once(fx, name: str) -> bool:
    count = 0
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Name)
    for sub in nodes_of(fx.node, *kinds):
        if (
            isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef))
            and sub.name == name
        ) or (
            isinstance(sub, ast.Name)
            and sub.id == name
            and not isinstance(sub.ctx, ast.Load)
        ):
            count += 1
    return count == 1


@lowers_expr(ast.Lambda)
def lower_lambda(fx: FunctionContext, node: ast.Lambda) -> js.Expr:
    captured = _CapturedDefaults()
    child = FunctionContext(fx.unit, fx.source, fx.pyfunc, node, parent=fx)
    child.defaults = _default_values(fx, node.args, captured.declare)
    name = fx.lambda_names.get(id(node))
    if name is not None:
        child.param_types, unknown_callers = _call_site_types(fx, name, node)
    else:
        params = lambda_argument_types(fx, node)
        unknown_callers = params is None
        if unknown_callers:
            params = unknown_caller_params(fx.unit, node.args)
        child.param_types = params
    func = build_function(child, node.body, None, arrow=True)
    if not (
        name is not None
        and _bound_once(fx, name)
        and called_only_by_name(fx.node, name)
    ) and not called_with_its_arity(fx, node):
        func = with_guard(fx.unit, func, Signature.of(node.args), child.qualname)
    if unknown_callers:
        note_value_result(fx.unit, type_of(child, node.body))
    return _bound_value(fx, name, node, captured.wrap(func), child.qualname)


# ----------------------------------------------------------------- top level
def compile_user_function(
    fx: FunctionContext | None, use_node, pyfunc, version=None
) -> str | None:
    """Transpile a module-level function of the user's code: its open version (once per
    unit), or the version for the argument types `version` names (see specialize.py)."""
    unit = fx.unit if fx is not None else None
    try:
        parsed = parse_function(pyfunc)
    except (SourceNotFound, SyntaxError):
        if fx is not None:
            fx.report("CP119", use_node, name=getattr(pyfunc, "__qualname__", "?"))
        return None
    problem = wrapper_problem(pyfunc, parsed)
    if problem is not None:
        unit.diagnostics.append(problem)
    return compile_parsed(unit, parsed, pyfunc, version=version)


def compile_parsed(unit, parsed, pyfunc, param_types=None, version=None) -> str:
    from .specialize import parameter_map

    node = parsed.node
    js_name = unit.unique_name(node.name)
    if version is None:
        unit.bound[id(pyfunc)] = js_name
    else:
        unit.compiled_versions[version] = js_name
    unit.keep_alive.append(pyfunc)
    defaults = (*(pyfunc.__defaults__ or ()), *(pyfunc.__kwdefaults__ or {}).values())
    if any(isinstance(d, (list, dict, set)) for d in defaults):
        unit.copy_result = True  # one object for every call (see Unit.copy_result)
    unit.signatures[js_name] = Signature.of(node.args)
    unit.diagnostics.extend(check_function(node, parsed.source))
    fx = FunctionContext(unit, parsed.source, pyfunc, node)
    fx.param_types = {
        name: t.NAMED[kind]
        for name, kind in (param_types or {}).items()
        if kind in t.NAMED
    }
    is_entry = unit.entry is None  # helpers it calls are compiled while it is lowered
    if version is not None:
        fx.param_types = parameter_map(node, version[1])
    elif not is_entry:  # the open version: called through values, or with `*xs`
        fx.param_types = unknown_caller_params(unit, node.args)
    else:
        # Its own name read inside it could call it with a float it computed.
        fx.takes_dash_values = node.name not in name_ids(node)
    fx.defaults = {}

    def declare(value: js.Expr, position: int) -> js.Expr:
        # One object per default of the def, shared by all its versions: a list
        # default that one call appends to is the next call's list, whichever version.
        key = (id(pyfunc), position)
        name = unit.default_names.get(key)
        if name is None:
            name = unit.default_names[key] = unit.unique_name(f"{node.name}$default")
            unit.declarations.append(js.VarDecl("const", ((name, value),)))
        return js.Name(name)

    outer = FunctionContext(unit, parsed.source, pyfunc, node, scope=ScopeInfo())
    fx.defaults = _default_values(outer, node.args, declare)
    if is_entry:
        from .plain_dicts import plain_dict_locals

        unit.entry = fx
        fx.plain_dicts, fx.plain_nodes = plain_dict_locals(fx)
        fx.object_literals |= {
            id(sub) for sub in nodes_of(node, ast.Dict) if id(sub) in fx.plain_nodes
        }
        _find_records(fx)
    func = build_function(fx, node.body, js_name)
    if is_entry:
        from .boundary import returns_clean

        # For Dash each return converted what Dash cannot take (boundary.py).
        unit.clean_return = unit.for_dash or returns_clean(fx)
        if unit.for_dash:
            from .changed_arguments import changed_parameters

            unit.copied_args = changed_parameters(fx)
    unit.return_types[js_name] = returned_type(fx)
    if version is None and not is_entry:
        note_value_result(unit, unit.return_types[js_name])
    unit.declarations.append(js.FunctionDecl(func, loc=loc_of(node)))
    if is_entry:
        guard_functions_used_as_values(unit)
        merge_identical_versions(unit)
        return _entry_value(unit, js_name, fx.qualname)
    return js_name


def _entry_value(unit, js_name: str, qualname: str) -> str:
    """The name callers outside the unit use (Dash, `to_js`): they pass positional
    arguments only, so a function with keyword-only slots is called through its
    adapter (arity.py)."""
    sig = unit.signatures[js_name]
    if not needs_binding(sig):
        return js_name
    name = unit.unique_name(f"{js_name}$value")
    value = as_value(unit, js.Name(js_name), sig, qualname)
    unit.declarations.append(js.VarDecl("const", ((name, value),)))
    return name


__all__ = ["compile_parsed", "compile_user_function", "function_scope"]


def _find_records(fx) -> None:
    """Displays kept as objects with per-key types (records.py)."""
    from .records import find_records, record_stores

    found = {
        site: stores
        for site, stores in find_records(fx).items()
        if site not in fx.plain_nodes  # a plain_dicts.py object already
    }
    fx.record_stores = record_stores(found)
    # Every store into a record's key is among these: its type is that key's, not a
    # store through a second name the aliasing analysis must assume anything of.
    fx.record_receivers = {
        id(receiver)
        for stores in found.values()
        for _, _, receiver in stores
        if receiver is not None
    }
    fx.object_literals |= set(found)
    for sub in nodes_of(fx.node, ast.Dict):
        if id(sub) in found:
            fx.record_keys[id(sub)] = frozenset(k.value for k in sub.keys)


def returned_type(fx) -> t.T:
    """The join of what the function's own `return`s give (None when it falls off)."""
    from ..scope import own_nodes as _own_nodes

    result = t.NEVER
    falls_off = True
    for sub in _own_nodes(fx.node):
        if isinstance(sub, ast.Return):
            result = t.join(
                result, t.NONE if sub.value is None else type_of(fx, sub.value)
            )
    body = fx.node.body
    if body and isinstance(body[-1], (ast.Return, ast.Raise)):
        falls_off = False
    if falls_off:
        result = t.join(result, t.NONE)
    result = t.ANY if result.kind == "never" else result
    if isinstance(fx.node, ast.AsyncFunctionDef):
        return t.coroutine_of(result)  # what awaiting the call gives, typing.py
    return result
