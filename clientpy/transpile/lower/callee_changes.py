"""What a function of the user's does to the arguments a callback gives it.

Read from the function's own source: which parameters it may change in place, and
which it may store parts of into which others (`flatten(node, prefix, out)` puts parts
of `node` into `out` and changes neither). The callback's own analysis then follows
those stores as its own (changed_arguments.py). Parameters are numbered positional
first, then keyword-only (`named_parameters`); what `*args` and `**kwargs` collect is
one more answer, for all of it. A function with nested functions or lambdas that may
change what they see is not summed up: calls of it are taken to change everything
they are given.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import types
from dataclasses import dataclass

from ..scope import function_scope, named_parameters, nodes_of, walk_nodes
from .effects import READING_METHODS, UNCHANGING_BUILTINS
from .known import known
from .object_reach import ANY, Reach, depth


@dataclass(frozen=True)
class CalleeSummary:
    # position -> the levels inside that argument's value it may change (0: itself)
    changed: dict[int, frozenset[int]]
    stored: frozenset[tuple[int, int]]  # (i, j): parts of argument i go into argument j
    # Arguments parts of which it may store where the caller cannot see: into a
    # module-level container, or one reached through something unknown.
    escapes: frozenset[int] = frozenset()
    # What `*args` or `**kwargs` collect may be changed or kept (any part of any
    # argument no named parameter takes).
    extras: bool = False


_SUMMARIES: dict[int, tuple[object, CalleeSummary | None]] = {}


def callee_summary(func) -> CalleeSummary | None:
    """The summary of the plain function `func`, or None where it is not summed up."""
    kept = _SUMMARIES.get(id(func))
    if kept is not None and kept[0] is func:
        return kept[1]
    # While it is summed up, a call reaching it again through another function takes
    # it to change everything (its summary is not known yet).
    _SUMMARIES[id(func)] = (func, None)
    summary = _summarize(func)
    _SUMMARIES[id(func)] = (func, summary)
    return summary


def nested_summary(fx, node) -> CalleeSummary | None:
    """The summary of a lambda or function defined inside the function being compiled
    (`map(lambda r: stamp(r), rows)`). None where it calls a local of the enclosing
    function, whose function is not known here."""
    kept = _NESTED.get(id(node))
    if kept is not None and kept[0] is node:
        return kept[1]
    own = function_scope(node).locals
    called = {
        c.func.id for c in nodes_of(node, ast.Call) if isinstance(c.func, ast.Name)
    }
    summary = None
    if not any(fx.lookup_local(n) is not None for n in called - own):
        # Its globals are the module's; it is never "the function itself".
        summary = _summarize_tree(
            types.SimpleNamespace(__globals__=fx.pyfunc.__globals__), node
        )
    _NESTED[id(node)] = (node, summary)
    return summary


_NESTED: dict[int, tuple[object, CalleeSummary | None]] = {}


def _summarize(func) -> CalleeSummary | None:
    from ..parse import SourceNotFound, parse_function

    try:
        node = parse_function(func).node
    except (SourceNotFound, SyntaxError):
        return None
    return _summarize_tree(func, node)


def _summarize_tree(func, node) -> CalleeSummary | None:
    known_name = _known_names(func, node)
    nested = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
    if any(
        sub is not node and not _reading_lambda(sub, known_name)
        for sub in nodes_of(node, *nested)
    ):
        return None
    # Calls of the function itself do what the function does: from "nothing", read
    # again with the last summary until it stays the same.
    summary = CalleeSummary({}, frozenset())
    for _ in range(8):
        found = _summary_once(func, node, known_name, summary)
        if found == summary:
            return found
        summary = found
    return None


def _summary_once(func, node, known_name, itself: CalleeSummary) -> CalleeSummary:
    params = named_parameters(node.args)  # what the summary numbers
    reach = Reach(node, known_name)
    start = list(reach.changes(node))
    escaping = _stored_out_of_sight(reach, function_scope(node).locals)
    for call in nodes_of(node, ast.Call):
        kind = _call_kind(call, func, known_name)
        if kind == "reads":
            continue
        summary = None
        if kind == "self" and _plain_call(call, node.args):
            summary = itself
        else:
            callee = _plain_callee(call, func, node)
            summary = callee_summary(callee) if callee is not None else None
        if summary is not None:
            start.extend(apply_summary(reach, call, summary))
            for i in summary.escapes:
                if i < len(call.args):
                    escaping.extend(reach.places(call.args[i], ANY))
            continue
        for arg in [*call.args, *(kw.value for kw in call.keywords)]:
            start.extend(reach.places(arg, ANY))
    # `*args` and `**kwargs` are a new tuple and dict at each call: what counts is
    # what is inside them, the call's extra arguments.
    extras = {a.arg for a in (node.args.vararg, node.args.kwarg) if a is not None}
    changed: dict[int, set[int]] = {}
    extras_changed = False
    for name, path in reach.origins(start):
        if name in params:
            changed.setdefault(params.index(name), set()).add(depth(path))
        elif name in extras and depth(path) >= 1:
            extras_changed = True
    stored = set()
    for j, name in enumerate(params):
        origins = reach.origins(reach.stored_into(name))
        extras_changed = extras_changed or any(n in extras for n, _ in origins)
        for i in _params_in(origins, params):
            if i != j:
                stored.add((i, j))
    escaped = reach.origins(escaping)
    escapes = _params_in(escaped, params)
    for name in extras:
        # Parts of a named argument kept inside an extra one: the caller may change
        # them through it later, out of this summary's sight.
        escapes |= _params_in(reach.origins(reach.stored_into(name)), params)
    return CalleeSummary(
        {i: frozenset(levels) for i, levels in changed.items()},
        frozenset(stored),
        frozenset(escapes),
        extras_changed or any(n in extras for n, _ in escaped),
    )


def _stored_out_of_sight(reach, local) -> list:
    """Where the values stored into containers that are no local's may come from
    (`CACHE.append(row)`)."""
    out = []
    for container, source, _ in reach.stores:
        holders = reach.closure(reach.places(container, ()))
        if any(name not in local for name, _ in holders):
            out.extend(source(ANY))
    return out


def _reading_lambda(node, known_name) -> bool:
    """A lambda that can change nothing (`key=lambda r: r["amount"]`): no store, no
    walrus, no function inside it, and no call but of reading builtins and reading
    methods of Python's values. Its parameters need no following: the helper is summed
    up as if it were not there. Any other nested function is not summed up."""
    if not isinstance(node, ast.Lambda):
        return False
    for sub in walk_nodes(node.body):
        if isinstance(sub, (ast.NamedExpr, ast.Lambda, ast.Await)):
            return False
        if isinstance(sub, ast.Call) and not _reading_call(sub, known_name):
            return False
    return True


def _reading_call(call: ast.Call, known_name) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        k = known_name(func)
        if k is None or k.kind != "builtin" or k.name not in UNCHANGING_BUILTINS:
            return False
        return not _key_may_change(call, known_name, None)
    if not isinstance(func, ast.Attribute) or func.attr not in READING_METHODS:
        return False
    root = _root_of(func.value)
    k = known_name(root) if isinstance(root, ast.Name) else None
    return k is None or k.kind != "module"  # not `js.x.get(...)`, the browser's


def _key_may_change(
    call: ast.Call, known_name, global_value, local_defs=frozenset()
) -> bool:
    """`sorted(rows, key=stamp)`, `rows.sort(key=stamp)`: the key function is called
    on every item, so a function that changes what it is given changes the items. A
    lambda is read where it is written (its calls are the function's own); a builtin
    that changes nothing, `d.get`, `str.lower` and the other reading methods read; a
    function of the user's reads when its summary says it changes nothing, and a
    function defined inside is read where it is written, as a lambda (`local_defs`:
    the names bound by nothing else). `global_value` (None where not known): (found,
    value) of a name that is no local."""
    for keyword in call.keywords:
        value = keyword.value
        if keyword.arg != "key" or isinstance(value, ast.Lambda):
            continue
        if isinstance(value, ast.Constant) and value.value is None:
            continue
        if isinstance(value, ast.Attribute):
            root = _root_of(value.value)
            k = known_name(root) if isinstance(root, ast.Name) else None
            if value.attr in READING_METHODS and (k is None or k.kind != "module"):
                continue
            return True
        if not isinstance(value, ast.Name):
            return True
        k = known_name(value)
        if k is not None:
            if k.kind == "builtin" and k.name in UNCHANGING_BUILTINS:
                continue
            return True
        if value.id in local_defs:
            continue
        found, func = global_value(value) if global_value else (False, None)
        if not (found and isinstance(func, types.FunctionType)):
            return True
        if not _summed_up_reading(func):
            return True
    return False


def changes_nothing_given(fx, call: ast.Call, bound: frozenset[str]) -> bool:
    """`call` names a function of the user's module (no local of the function being
    compiled, nor a name `bound` anywhere in its tree) whose summary says it changes no
    part of what it is given and keeps none of it: `_label(row["value"])` in a
    comprehension or lambda stores nothing into `row`."""
    func = call.func
    if not isinstance(func, ast.Name) or func.id in bound:
        return False
    if fx.lookup_local(func.id) is not None:
        return False
    found, value = fx.lookup_global(func.id)
    if not (found and isinstance(value, types.FunctionType)):
        return False
    return _summed_up_reading(value)


def _summed_up_reading(func) -> bool:
    """`func`'s summary says it changes no part of what it is given and keeps none.
    A decorated function's summary is of the function it wraps (its source is what
    `inspect` finds): the wrapper's own code is not read, so it is not summed up."""
    if inspect.unwrap(func) is not func:
        return False
    summary = callee_summary(func)
    return summary is not None and not (
        summary.changed or summary.stored or summary.escapes or summary.extras
    )


def _root_of(node):
    """The name a chain of reads starts from: `js` of `js.window.f(...).x`."""
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node


def apply_summary(reach, call: ast.Call, summary: CalleeSummary) -> list:
    """Add the stores a call with plain positional arguments does to `reach`; return
    where its changes start. A parameter it leaves to its default (a keyword-only one)
    holds nothing of the caller's."""
    given = len(call.args)
    for i, j in summary.stored:
        if i < given and j < given:
            part = call.args[i]
            reach.store(call.args[j], lambda d, part=part: reach.places(part, ANY))
    start = []
    for i, levels in summary.changed.items():
        for level in levels:
            if i < given:
                start.extend(reach.places(call.args[i], level))
    return start


def _plain_call(call: ast.Call, args: ast.arguments) -> bool:
    """One positional argument for each positional parameter, and nothing else: what
    apply_summary maps (keyword-only parameters are left to their defaults)."""
    positional = len(args.posonlyargs) + len(args.args)
    return (
        len(call.args) == positional
        and not call.keywords
        and not any(isinstance(a, ast.Starred) for a in call.args)
    )


def _params_in(places, params) -> set[int]:
    names = {name for name, _ in places}
    return {i for i, p in enumerate(params) if p in names}


def calls_only_read(func, node) -> bool:
    """Every call in the function `func` (its tree `node`) changes none of its
    arguments: builtins that read, methods of Python's values, `math` and `json`."""
    known_name = _known_names(func, node)
    return all(
        _call_kind(call, func, known_name) == "reads"
        for call in nodes_of(node, ast.Call)
    )


def _plain_callee(call: ast.Call, func, node):
    """The function of the user's module a call in `func` (its tree `node`) names,
    when called with one plain positional argument for each of its parameters (what a
    summary describes)."""
    target = call.func
    if not isinstance(target, ast.Name) or target.id in function_scope(node).locals:
        return None
    if call.keywords or any(isinstance(a, ast.Starred) for a in call.args):
        return None
    value = func.__globals__.get(target.id)
    if not isinstance(value, types.FunctionType):
        return None
    return value if value.__code__.co_argcount == len(call.args) else None


def _call_kind(call: ast.Call, func, known_name) -> str:
    """ "reads" (changes none of its arguments), "self" (the function itself), or
    "other" (may change what it is given)."""
    target = call.func
    if isinstance(target, ast.Name) and known_name(target) is None:
        value = func.__globals__.get(target.id)
        if isinstance(value, type) and issubclass(value, BaseException):
            return "reads"  # an exception of the user's keeps its arguments in .args
        return "self" if value is func else "other"

    def global_value(name: ast.Name):
        if known_name(name) is None and name.id not in func.__globals__:
            return False, None
        return True, func.__globals__.get(name.id, getattr(builtins, name.id, None))

    # Without types here, a method is taken as one of the data it is called on.
    if reads_its_arguments(call, known_name, global_value, lambda node: None):
        return "reads"
    return "other"


# Kinds of values whose methods change at most the value they are called on.
_PYTHON_VALUES = frozenset({"str", "list", "tuple", "tuplen", "dict", "set", "view"})


def reads_its_arguments(
    call: ast.Call, known_name, global_value, kind_of, local_defs=frozenset()
) -> bool:
    """A call that changes none of its arguments: a builtin that only reads them,
    `math`/`json` functions, exception classes, and the methods of Python's own types
    (the value a method is called on is changed only by the mutating ones, found as
    stores). Not a function of the browser's (`js.x.f(rows)` may change rows).

    `known_name(name)`: what clientpy knows a name as (None for a local or unknown);
    `global_value(name)`: (found, value) of a name that is no local; `kind_of(node)`:
    the static kind of a method's receiver, None where types are not known;
    `local_defs`: names of functions defined inside, bound by nothing else."""
    func = call.func
    if _key_may_change(call, known_name, global_value, local_defs):
        return False
    k = known_name(func) if isinstance(func, ast.Name) else None
    if k is not None:
        if k.kind == "builtin":
            return k.name in UNCHANGING_BUILTINS
        return k.kind in ("math", "json", "exception")
    if not isinstance(func, ast.Attribute):
        return False
    root = _root_of(func.value)
    if isinstance(root, ast.Name):
        found, value = global_value(root)
        rk = known(value) if found else None
        if rk is not None and rk.kind == "module" and rk.name == "js":
            return False
        if root is func.value and (
            rk is not None or isinstance(value, types.ModuleType)
        ):
            # `math.floor(x)`; `helpers.fill(rows)`, a module of the user's, may change it
            return (
                rk is not None and rk.kind == "module" and rk.name in ("math", "json")
            )
    kind = kind_of(func.value)
    return kind is None or kind in _PYTHON_VALUES


def _known_names(func, node):
    local = function_scope(node).locals

    def known_name(name: ast.Name):
        if not isinstance(name, ast.Name) or name.id in local:
            return None
        if name.id in func.__globals__:
            return known(func.__globals__[name.id])
        if hasattr(builtins, name.id):
            return known(getattr(builtins, name.id))
        return None

    return known_name
