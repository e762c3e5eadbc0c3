"""Binding call arguments to parameters at build time.

Calls to functions known at build time (the user's own, builtins, methods) have their
keyword arguments matched to positions here, so the emitted JS is a plain positional
call with no runtime argument processing.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from .. import jstree as js
from .core import expr, is_simple, tuple_literal
from .registry import loc_of


@dataclass(frozen=True)
class Signature:
    positional: tuple[
        str, ...
    ]  # may be passed by position (and by keyword unless posonly)
    posonly: int = 0
    required: int = 0  # how many leading positional parameters have no default
    vararg: str | None = None
    kwonly: tuple[str, ...] = ()
    kwonly_required: frozenset[str] = field(default_factory=frozenset)
    kwarg: str | None = None

    @property
    def rest(self) -> bool:
        """*args with nothing after it: a JS rest parameter, so that callers that know
        nothing of the signature (Dash, with one argument per Input) pass it right."""
        return bool(self.vararg) and not self.kwonly and not self.kwarg

    @property
    def is_simple(self) -> bool:
        return not (self.vararg or self.kwonly or self.kwarg)

    @classmethod
    def of(cls, args: ast.arguments) -> Signature:
        positional = tuple(a.arg for a in [*args.posonlyargs, *args.args])
        return cls(
            positional=positional,
            posonly=len(args.posonlyargs),
            required=len(positional) - len(args.defaults),
            vararg=args.vararg.arg if args.vararg else None,
            kwonly=tuple(a.arg for a in args.kwonlyargs),
            kwonly_required=frozenset(
                a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is None
            ),
            kwarg=args.kwarg.arg if args.kwarg else None,
        )

    @classmethod
    def simple(cls, *names: str, required: int = 0) -> Signature:
        return cls(positional=names, required=required)


def collected(call: ast.Call, args: ast.arguments) -> tuple[list, list]:
    """What a call's `*args` and `**kwargs` parameters collect: the positional
    arguments past the named ones, and the values of keywords that name no parameter
    (for a call with no `*xs` or `**kw`)."""
    positional = [*args.posonlyargs, *args.args]
    named = {a.arg for a in [*positional, *args.kwonlyargs]}
    extra_values = [kw.value for kw in call.keywords if kw.arg not in named]
    return list(call.args[len(positional) :]), extra_values


def defaults_by_name(args: ast.arguments) -> dict[str, ast.expr]:
    """Each parameter that has a default, with its default's expression."""
    positional = [*args.posonlyargs, *args.args]
    pairs = list(zip(positional[len(positional) - len(args.defaults) :], args.defaults))
    pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d]
    return {arg.arg: default for arg, default in pairs}


class BindError(Exception):
    pass


def bind(
    fx,
    call: ast.Call,
    sig: Signature,
    display: str,
    skip: int = 0,
    funcstr: str | None = None,
) -> list[js.Expr]:
    """JS arguments for `call` in the order of `sig`'s JS parameters.

    `skip` drops leading parameters already supplied (a method's receiver). Missing
    optional arguments become `undefined`; trailing ones are left out. `funcstr` is how
    CPython names the callee in the errors of a `**mapping` (`app.f`, where `display`
    is `f()`); by default `display` without its parentheses.
    """
    dynamic = any(isinstance(a, ast.Starred) for a in call.args) or any(
        kw.arg is None for kw in call.keywords
    )
    if not dynamic:
        try:
            return _bind(fx, call, sig, skip)
        except BindError:
            pass  # bound at run time instead, which raises CPython's TypeError
    return [js.Spread(runtime_bind(fx, call, sig, display, skip, funcstr))]


def bind_spec(sig: Signature, display: str, skip: int = 0) -> js.Array:
    """The signature as py_bind.js takes it."""

    def names(items) -> js.Array:
        return js.Array(tuple(js.Str(name) for name in items))

    return js.Array(
        (
            js.Str(display.removesuffix("()")),
            names(sig.positional[skip:]),
            js.Num(max(sig.posonly - skip, 0)),
            js.Num(max(sig.required - skip, 0)),
            js.Str("rest") if sig.rest else js.boolean(bool(sig.vararg)),
            names(sig.kwonly),
            names(sorted(sig.kwonly_required)),
            js.boolean(bool(sig.kwarg)),
        )
    )


def runtime_bind(
    fx,
    call: ast.Call,
    sig: Signature,
    display: str,
    skip: int,
    funcstr: str | None = None,
) -> js.Expr:
    spec = bind_spec(sig, display, skip)
    args = []
    for arg in call.args:
        if isinstance(arg, ast.Starred):
            args.append(js.Spread(fx.unit.call("py_iter", expr(fx, arg.value))))
        else:
            args.append(expr(fx, arg))
    name = funcstr if funcstr is not None else display.removesuffix("()")
    kwargs = keywords_map(fx, call.keywords, name)
    if kwargs is None:
        kwargs = js.New(js.Name("Map"), (js.Array(()),))
    return fx.unit.call(
        "py_bind", spec, js.Array(tuple(args)), kwargs, loc=loc_of(call)
    )


def keywords_map(fx, keywords, funcstr: str) -> js.Expr | None:
    """A call's keywords as one Map, None when there are none. Named keywords and
    `**mapping`s are taken in the order they are written (so evaluated in it), each
    mapping merged by py_kwargs_merge, which raises CPython's TypeError for a key given
    twice or a value that is not a mapping, naming the callee as `funcstr`."""
    result: js.Expr | None = None
    chunk: list[js.Expr] = []

    def merged(into: js.Expr | None, source: js.Expr) -> js.Expr:
        if into is None:
            into = js.New(js.Name("Map"), (js.Array(()),))
        return fx.unit.call("py_kwargs_merge", into, source, js.Str(funcstr))

    for kw in keywords:
        if kw.arg is not None:
            chunk.append(js.Array((js.Str(kw.arg), expr(fx, kw.value))))
            continue
        if chunk:
            named = js.New(js.Name("Map"), (js.Array(tuple(chunk)),))
            result = named if result is None else merged(result, named)
            chunk = []
        result = merged(result, expr(fx, kw.value))
    if chunk:
        named = js.New(js.Name("Map"), (js.Array(tuple(chunk)),))
        result = named if result is None else merged(result, named)
    return result


# An argument left out (not one given that lowers to `undefined`, such as the stand-in
# of a refused expression, which the builtin's lowering still expects to find).
_MISSING = js.Literal("undefined")


def _bind(fx, call: ast.Call, sig: Signature, skip: int) -> list[js.Expr]:
    positional = list(sig.positional[skip:])
    slots: dict[str, js.Expr] = {}
    extra: list[js.Expr] = []
    spread: js.Expr | None = None
    sources: list[js.Expr] = []  # argument values in the order they are written
    for arg in call.args:
        if isinstance(arg, ast.Starred):
            if not sig.is_simple or spread is not None:
                raise BindError(
                    "a starred argument only with plain positional parameters"
                )
            spread = js.Spread(fx.unit.call("py_iter", expr(fx, arg.value)))
            continue
        if spread is not None:
            raise BindError("positional arguments after a starred argument")
        value = expr(fx, arg)
        sources.append(value)
        if len(slots) < len(positional):
            slots[positional[len(slots)]] = value
        elif sig.vararg:
            extra.append(value)
        else:
            raise BindError(
                f"at most {len(positional)} positional argument"
                f"{'s' if len(positional) != 1 else ''} ({len(call.args)} given)"
            )
    kwargs: list[tuple[str, js.Expr]] = []
    for kw in call.keywords:
        if kw.arg is None:
            raise BindError("no **mapping arguments (pass the keywords explicitly)")
        value = expr(fx, kw.value)
        sources.append(value)
        index = positional.index(kw.arg) if kw.arg in positional else -1
        if index >= 0 and index + skip >= sig.posonly:
            if kw.arg in slots:
                raise BindError(f"one value for argument '{kw.arg}' (got multiple)")
            slots[kw.arg] = value
        elif kw.arg in sig.kwonly:
            slots[kw.arg] = value
        elif sig.kwarg:
            kwargs.append((kw.arg, value))
        else:
            raise BindError(f"no keyword argument '{kw.arg}'")
    if spread is not None:
        return [slots[name] for name in positional if name in slots] + [spread]
    missing = [
        name
        for i, name in enumerate(positional)
        if i + skip < sig.required and name not in slots
    ] + sorted(sig.kwonly_required - slots.keys())
    if missing:
        raise BindError(f"a value for: {', '.join(missing)}")
    out: list[js.Expr] = [slots.get(name, _MISSING) for name in positional]
    if sig.rest:
        out.extend(extra)
    elif sig.vararg:
        out.append(tuple_literal(fx, extra))
    out.extend(slots.get(name, _MISSING) for name in sig.kwonly)
    if sig.kwarg:
        pairs = tuple(js.Array((js.Str(k), v)) for k, v in kwargs)
        out.append(
            js.New(
                js.Name("Map"), (js.Array(pairs),) if pairs else (), loc=loc_of(call)
            )
        )
    while out and out[-1] is _MISSING:
        out.pop()
    return _in_source_order(fx, out, sources)


def _in_source_order(fx, out, sources) -> list[js.Expr]:
    """Python evaluates arguments in the order they are written; binding keywords to
    positions can reorder them (`f(b=g(), a=h())` passes h()'s value first). Where two
    arguments with effects changed places, each is evaluated into a temporary, in the
    written order, ahead of the first argument."""
    from .expressions import may_rebind

    def ordered(v: js.Expr) -> bool:
        """A value whose place matters: not a constant, nor a name that no argument
        rebinds (`f(b=(x := 1), a=x)`, `f(b=bump(), a=n)` with bump's nonlocal n)."""
        if isinstance(v, (js.Str, js.Num, js.Literal)):
            return False
        return not is_simple(v) or may_rebind(fx, v, sources)

    effects = [v for v in sources if ordered(v)]
    ids = {id(v) for v in sources}
    emitted = [v for e in out for v in _values_in(e, ids) if ordered(v)]
    if not out or [id(v) for v in emitted] == [id(v) for v in effects]:
        return out
    names = {id(v): js.Name(fx.temp()) for v in effects}
    hoisted = tuple(js.Assign(names[id(v)], v) for v in effects)

    def swap(e: js.Expr) -> js.Expr:
        return names.get(id(e), e)

    out = [_replace_values(e, swap) for e in out]
    out[0] = js.Sequence((*hoisted, out[0]))
    return out


def _parts(e: js.Expr) -> list[js.Expr]:
    """The argument values a bound argument holds: the items of a *args tuple, the
    values of a **kwargs Map, or none."""
    if isinstance(e, js.Call) and e.args and isinstance(e.args[0], js.Array):
        return list(e.args[0].elements)
    if isinstance(e, js.New) and e.args and isinstance(e.args[0], js.Array):
        pairs = e.args[0].elements
        return [i for p in pairs if isinstance(p, js.Array) for i in p.elements]
    return []


def _values_in(e: js.Expr, ids) -> list[js.Expr]:
    """The argument values in `e`, in the order the JS evaluates them."""
    if id(e) in ids:
        return [e]
    return [v for part in _parts(e) for v in _values_in(part, ids)]


def _replace_values(e: js.Expr, swap) -> js.Expr:
    """`e` with bound argument values swapped (inside a *args tuple or **kwargs Map)."""
    if id(e) != id(swap(e)):
        return swap(e)
    if isinstance(e, js.Call) and e.args and isinstance(e.args[0], js.Array):
        return js.replace(e, args=(_replace_array(e.args[0], swap),))
    if isinstance(e, js.New) and e.args and isinstance(e.args[0], js.Array):
        pairs = tuple(
            _replace_array(pair, swap) if isinstance(pair, js.Array) else pair
            for pair in e.args[0].elements
        )
        return js.replace(e, args=(js.replace(e.args[0], elements=pairs),))
    return e


def _replace_array(a: js.Array, swap) -> js.Array:
    return js.replace(a, elements=tuple(swap(i) for i in a.elements))
