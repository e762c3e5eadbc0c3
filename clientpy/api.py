"""The compiler's public entry points: one Python function in, JavaScript out."""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from . import collector
from .transpile import bundle
from .transpile.check import check_function
from .transpile.diagnostics import Diagnostic, SourceInfo, TranspileError
from .transpile.lower import Unit, compile_parsed
from .transpile.parse import SourceNotFound, parse_function, wrapper_problem
from .transpile.sourcemap import print_unit


@dataclass(frozen=True)
class CompiledFunction:
    python_name: str  # "module.qualname"
    js_name: str  # the entry function's JS name, declared by `code`
    code: str  # JS statements: constants, helpers it calls, the function itself
    helpers: frozenset[str]  # runtime helpers it needs
    methods: frozenset[str]  # "str.upper" entries for the method dispatch table
    is_async: bool
    # (js line, js col, py line, py col, index into `sources`), relative to `code`
    mappings: tuple[tuple[int, int, int, int, int], ...] = ()
    filename: str = ""  # the entry function's file
    sources: tuple[str, ...] = ()  # every Python file the mappings point into
    clean_return: bool = False  # results are already Dash data: no conversion walk
    # How many arguments it takes when they are all plain required positional ones
    # (the bundle's wrapper then passes them by name); None otherwise.
    arity: int | None = None
    # Positions of the arguments the callback may change in place: Dash's objects, so
    # the bundle's wrapper passes copies (see lower/changed_arguments.py).
    copied_args: tuple[int, ...] = ()
    # The result may hold a container that outlives the call: Dash gets a copy of it.
    copy_result: bool = False


def compile_function(func, param_types=None, *, for_dash=False) -> CompiledFunction:
    """Transpile `func` and every function of the user's code it calls.

    `param_types` may say what unannotated parameters hold, by name: `"optint"` for an
    int-or-None (what Dash sends for `n_clicks`), one of `int`, `str`, `bool`.
    `for_dash` compiles a callback for a bundle: each `return` converts its value to
    Dash data where it is not that already (a tuple becomes a list, a dict an object).
    """
    with collector.paused():
        return _compile_function(func, param_types, for_dash)


def _compile_function(func, param_types, for_dash: bool) -> CompiledFunction:
    python_name = f"{func.__module__}.{func.__qualname__}"
    try:
        parsed = parse_function(func)
    except SourceNotFound:
        source = SourceInfo(
            getattr(func, "__code__", None) and func.__code__.co_filename or "?", []
        )
        diag = Diagnostic.make("CP119", None, source, name=python_name)
        raise TranspileError([diag]) from None
    assumed: frozenset[str] = frozenset()
    while True:
        unit, js_name = _lower(func, parsed, param_types, for_dash, assumed)
        # A number found crossing a call of a function value that this pass did not
        # assume: compile again assuming it (function_values.py). Rare, and at most
        # twice more, as assumptions only grow.
        found = assumed | unit.value_floats_seen
        if found == assumed:
            break
        assumed = found
    if unit.diagnostics:
        raise TranspileError(_sorted(unit.diagnostics))
    code, mappings, sources = print_unit(unit)
    return CompiledFunction(
        python_name=python_name,
        js_name=js_name,
        code=code,
        helpers=frozenset(unit.helpers),
        methods=frozenset(unit.methods),
        is_async=inspect.iscoroutinefunction(func),
        mappings=tuple(mappings),
        filename=parsed.source.filename,
        sources=sources,
        clean_return=unit.clean_return,
        arity=_plain_arity(parsed.node.args),
        copied_args=tuple(unit.copied_args),
        copy_result=unit.copy_result,
    )


def _lower(func, parsed, param_types, for_dash: bool, assumed: frozenset[str]):
    unit = Unit(for_dash=for_dash, value_floats_assumed=assumed)
    unit.diagnostics.extend(check_function(parsed.node, parsed.source))
    problem = wrapper_problem(func, parsed)
    if problem is not None:
        unit.diagnostics.append(problem)
    refused_early = bool(unit.diagnostics)
    js_name = None
    try:
        js_name = compile_parsed(unit, parsed, inspect.unwrap(func), param_types)
    except Exception:
        # Lowering goes on past refused constructs to report the rest of the problems;
        # should one trip it up, what check_function found is still reported.
        if not refused_early:
            raise
    # check_function ran twice on the entry; keep one copy of each diagnostic.
    unit.diagnostics = list(dict.fromkeys(unit.diagnostics))
    return unit, js_name


def _plain_arity(args) -> int | None:
    if args.vararg or args.kwarg or args.kwonlyargs or args.defaults:
        return None
    return len(args.posonlyargs) + len(args.args)


def _sorted(diagnostics):
    return sorted(diagnostics, key=lambda d: (d.filename, d.line, d.col, d.code))


def to_js(func) -> str:
    """A self-contained JS expression that evaluates to `func` translated.

    `const f = (<to_js output>); f(...args)` works in node or a browser with nothing
    else loaded: the runtime helpers it needs and every user function it calls are
    inside. Raises `TranspileError` listing every problem found.
    """
    return bundle.function_expression(compile_function(func))
