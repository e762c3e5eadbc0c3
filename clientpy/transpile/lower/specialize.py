"""The user's module-level functions, compiled once per set of argument types.

A helper called as `show(n / 2)` gets a parameter known to be a float, so `f"{v}"`
inside it prints `2.0` as CPython does, and its arithmetic is plain JS. Each direct call
picks the version for the types of its arguments; a function used as a value (passed
as `key=`, stored) is the open version, whose parameters may hold anything.

While the caller's own types are still being inferred, a call only asks for the result
type of a version: `result_type` analyses the function without emitting it (argument
types grow during inference, and versions for types that were only a step on the way
must not end up in the bundle). The version is compiled when the call is lowered.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from .. import types as t
from ..parse import SourceNotFound, parse_function
from ..types import ANY, NEVER, T
from .core import type_of

# More versions than this of one function and further calls share a widened one.
MAX_VERSIONS = 6
# Rounds of re-analysis for a recursive function before its result is widened.
MAX_ROUNDS = 6


@dataclass
class _Frame:
    key: tuple
    recursive: bool = False  # a call inside it reached it again
    tentative: bool = False  # its result used a guess for a function still open


@dataclass
class Analyses:
    """Per compile unit: result types of function versions, and the analysis stack."""

    results: dict[tuple, T] = field(default_factory=dict)
    guesses: dict[tuple, T] = field(default_factory=dict)
    stack: list[_Frame] = field(default_factory=list)
    versions: dict[int, set[tuple]] = field(default_factory=dict)
    # version key -> each parameter's type after the body (helper_stores.py)
    params_after: dict[tuple, dict[str, T]] = field(default_factory=dict)


# What call_types gives while an argument has no type yet (a later round of inference
# asks again). Not `()`: that is the types of a call of a function with no parameters.
UNTYPED = ("untyped",)


def call_types(fx, call: ast.Call, args: ast.arguments) -> tuple[T, ...] | None:
    """Each parameter's type at this call, in signature order; None when the call's
    arguments cannot be matched at build time (`*xs`, `**kw`); UNTYPED while one of
    them has no type yet."""
    if any(isinstance(a, ast.Starred) for a in call.args):
        return None
    if any(kw.arg is None for kw in call.keywords):
        return None
    positional = [*args.posonlyargs, *args.args]
    if len(call.args) > len(positional) and args.vararg is None:
        return None  # a TypeError at run time: leave it to the open version
    given = {arg.arg: type_of(fx, value) for arg, value in zip(positional, call.args)}
    given.update((kw.arg, type_of(fx, kw.value)) for kw in call.keywords)
    out = _with_defaults(args, given)
    if out is None:
        return None
    out += _collected(fx, call, args)
    if any(typ.kind == "never" for typ in out):
        return UNTYPED  # no version can be chosen yet
    return out


def _collected(fx, call: ast.Call, args: ast.arguments) -> tuple[T, ...]:
    """The item type `*args` and the value type `**kwargs` collect at this call (ANY
    when they collect nothing), in that order, for those the function has."""
    from .binding import collected

    extra_items, extra_values = collected(call, args)
    out = []
    if args.vararg:
        out.append(t.join_all([type_of(fx, a) for a in extra_items]))
    if args.kwarg:
        out.append(t.join_all([type_of(fx, v) for v in extra_values]))
    return tuple(out)


def _with_defaults(args: ast.arguments, given: dict[str, T]) -> tuple[T, ...] | None:
    """Each parameter's type in signature order: given, else its default's; None when a
    parameter has neither (the call raises TypeError)."""
    from .binding import defaults_by_name

    defaults = defaults_by_name(args)
    out = []
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        if arg.arg in given:
            out.append(given[arg.arg])
        elif arg.arg in defaults:
            out.append(_default_type(defaults[arg.arg]))
        else:
            return None
    return tuple(out)


def _default_type(node) -> T:
    """The type of a default written as a literal of immutable values (`2.0`, `-1`,
    `(0.5, 1)`); ANYF for any other: a value the code made, which may hold integral
    floats (ANY would take them for Dash's data, whose integral numbers are ints), or
    a list, dict or set that lives from call to call, whose items any caller given it
    back (`xs = keep(); xs[0] = n`) may have replaced."""
    from .typing import constant_type

    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return t.ANYF
    if _mutable(value):
        return t.ANYF
    return constant_type(value)


def _mutable(value) -> bool:
    if isinstance(value, tuple):
        return any(map(_mutable, value))
    return isinstance(value, (list, dict, set))


def widened(types: tuple[T, ...]) -> tuple[T, ...]:
    return tuple(t.ANYF if t.may_hold_float(typ) else ANY for typ in types)


def version_key(unit, pyfunc, types: tuple[T, ...]) -> tuple:
    """The version a call with these parameter types uses (bounded per function)."""
    analyses = unit.analyses
    seen = analyses.versions.setdefault(id(pyfunc), set())
    key = (id(pyfunc), types)
    if key not in seen and len(seen) >= MAX_VERSIONS:
        key = (id(pyfunc), widened(types))
    seen.add(key)
    return key


def parameter_map(node, types: tuple[T, ...]) -> dict[str, T]:
    """Each parameter's type in a version: `types` holds the named parameters', then
    what `*args` and `**kwargs` collect (see call_types)."""
    args = node.args
    names = [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]]
    out = dict(zip(names, types))
    rest = list(types[len(names) :])
    if args.vararg and rest:
        out[args.vararg.arg] = t.tuple_of(rest.pop(0))
    if args.kwarg and rest:
        out[args.kwarg.arg] = t.dict_of(t.STR, rest.pop(0))
    return out


def result_type(fx, call: ast.Call, pyfunc) -> T:
    """What calling `pyfunc` here gives, from the version these arguments select."""
    try:
        parsed = parse_function(pyfunc)
    except (SourceNotFound, SyntaxError):
        return ANY
    types = call_types(fx, call, parsed.node.args)
    if types is UNTYPED:
        return NEVER
    if types is None:
        return _open_result(fx, call, pyfunc)
    return analyse(fx.unit, parsed, pyfunc, version_key(fx.unit, pyfunc, types))


def _open_result(fx, call, pyfunc) -> T:
    """The open version's result: with a float-ish argument an open result may be
    that float (`def ident(x): return x`), which must not print as an int. One that
    may be an integral float already (`json.loads(v)`, `max(v, 2.0)`, a default of
    1.0) stays so, whatever the arguments."""
    from .globals import user_function

    js_name = user_function(fx, call.func, pyfunc)
    result = fx.unit.return_types.get(js_name, ANY) if js_name else ANY
    if result.kind == "anyf":
        return result
    if t.is_open(result) or result.kind == "never":
        args = [a.value if isinstance(a, ast.Starred) else a for a in call.args]
        args += [kw.value for kw in call.keywords]
        if any(t.may_hold_float(type_of(fx, a)) for a in args):
            return t.ANYF
        return ANY
    return result


def analyse(unit, parsed, pyfunc, key: tuple) -> T:
    """The result type of one version, its parameters typed by `key`, emitting nothing."""
    return settle(
        unit,
        key,
        lambda: _returns_of(unit, parsed, pyfunc, key),
        unit.analyses.results,
    )


def settle(unit, key: tuple, compute, cache: dict) -> T:
    """`compute()`, the result type of a function, resolved for recursion.

    A call reaching a function still being analysed gets the current guess (nothing at
    first), and the analysis repeats until the result stops changing. A result that used
    the guess of an enclosing analysis is not final: it is not kept in `cache`."""
    analyses = unit.analyses
    if key in cache:
        return cache[key]
    for depth, frame in enumerate(analyses.stack):
        if frame.key == key:
            frame.recursive = True
            for inner in analyses.stack[depth + 1 :]:
                inner.tentative = True
            return analyses.guesses.get(key, NEVER)
    frame = _Frame(key)
    analyses.stack.append(frame)
    try:
        result = NEVER
        for _ in range(MAX_ROUNDS):
            frame.recursive = False
            result = compute()
            if not frame.recursive or result == analyses.guesses.get(key, NEVER):
                break
            analyses.guesses[key] = result
        else:
            result = t.ANYF if t.may_hold_float(result) else ANY
    finally:
        analyses.stack.pop()
        analyses.guesses.pop(key, None)
    if not frame.tentative:
        cache[key] = result
    return result


def _returns_of(unit, parsed, pyfunc, key: tuple) -> T:
    from .context import FunctionContext
    from .functions import returned_type
    from .inference import infer

    node = parsed.node
    fx = FunctionContext(unit, parsed.source, pyfunc, node)
    fx.param_types = parameter_map(node, key[1])
    infer(fx, node.args)
    unit.analyses.params_after[key] = {a.arg: fx.env[a.arg] for a in node.args.args}
    return returned_type(fx)


def compiled_version(fx, call: ast.Call, func_node, pyfunc) -> str | None:
    """The JS name of the version of `pyfunc` this call uses, compiled if new."""
    from .functions import compile_user_function
    from .globals import is_library_file, user_function

    if is_library_file(pyfunc.__code__.co_filename):
        return user_function(fx, func_node, pyfunc)  # refused there, as a value is
    try:
        parsed = parse_function(pyfunc)
    except (SourceNotFound, SyntaxError):
        return user_function(fx, func_node, pyfunc)  # reports it
    types = call_types(fx, call, parsed.node.args)
    if not types or types is UNTYPED:  # (no parameters: the one version there is)
        if types is None:  # `f(*xs)`: the open version, as for calls through values
            from .function_values import argument_types, note_call_of_value

            note_call_of_value(fx, argument_types(fx, call))
        return user_function(fx, func_node, pyfunc)
    unit = fx.unit
    key = version_key(unit, pyfunc, types)
    if key in unit.compiled_versions:
        return unit.compiled_versions[key]
    return compile_user_function(fx, func_node, pyfunc, key)


def version_for_items(fx, node, pyfunc) -> str | None:
    """`map(fmt, prices)`, `sorted(rows, key=by_total)`: the version of the function for
    the items the builtin calls it with (lambda_args.py); None where `node` is no such
    argument or the items do not fill its parameters."""
    from .functions import compile_user_function
    from .lambda_args import item_types

    items = item_types(fx, node)
    if items is None:
        return None
    types = filled_for_items(pyfunc, items)
    if types is None:
        return None
    unit = fx.unit
    key = version_key(unit, pyfunc, types)
    if key in unit.compiled_versions:
        return unit.compiled_versions[key]
    return compile_user_function(fx, node, pyfunc, key)


def filled_for_items(pyfunc, items: list[T]) -> tuple[T, ...] | None:
    """The version of `pyfunc` for a builtin calling it with `items` (None: the open
    version serves)."""
    try:
        args = parse_function(pyfunc).node.args
    except (SourceNotFound, SyntaxError):
        return None
    return _filled(args, items)


def result_for_items(fx, pyfunc, items: list[T]) -> T | None:
    """What the version of `pyfunc` for these items returns."""
    types = filled_for_items(pyfunc, items)
    if types is None:
        return None
    parsed = parse_function(pyfunc)
    return analyse(fx.unit, parsed, pyfunc, version_key(fx.unit, pyfunc, types))


def _filled(args: ast.arguments, items: list[T]) -> tuple[T, ...] | None:
    """Each parameter's type when called with `items` positionally; None when that call
    would not bind (too many or too few), or takes *args."""
    positional = [*args.posonlyargs, *args.args]
    if args.vararg or len(items) > len(positional):
        return None
    return _with_defaults(args, {a.arg: typ for a, typ in zip(positional, items)})
