"""Calls: to builtins, the user's functions, exception classes, modules, methods, JS."""

from __future__ import annotations

import ast
import re
import string
import types as pytypes

from .. import jstree as js
from .. import types as t
from ..types import ANY, FOREIGN, T, element_type
from .binding import Signature, bind, bind_spec, keywords_map
from .builtins import builtin_result, lower_builtin
from .code_points import point_read
from .core import expr, is_simple, once, type_of, typeof_is
from .function_values import argument_types, call_of_value_result, note_call_of_value
from .int_params import check_json_dumps, check_math, check_method
from .known import MODULE_EXCEPTIONS, known
from .methods import (
    FLOAT_METHODS,
    INT_METHODS,
    NUMBER_ONLY_METHODS,
    inline_form,
    method_result,
    owners_of,
    table_for,
)
from .pair_keys import sorts_by_pair
from .patches import PATCH_METHODS
from .registry import loc_of, lowers_expr
from .str_keys import map_get, map_lookup, open_key, set_add
from .walked_views import VIEWS, walked_at_once


@lowers_expr(ast.Call)
def lower_call(fx, node: ast.Call) -> js.Expr:
    read = point_read(fx, node)  # `ord(ch)`, `ch.isdigit()` of a code-point loop
    if read is not None:
        return read
    func = node.func
    if isinstance(func, ast.Name):
        return _call_name(fx, node, func)
    if isinstance(func, ast.Attribute):
        return _call_attribute(fx, node, func)
    if not _lambda_called_here(fx, func):
        note_call_of_value(fx, argument_types(fx, node))  # `fs[0](x)`, `make()(x)`
    if isinstance(func, ast.Lambda):
        return _plain_call(fx, node, expr(fx, func))
    # `errors[code]("...")` may call a class: held once, for `new` or a call
    held = js.Name(fx.temp())
    callee = js.Assign(held, expr(fx, func))
    return js.Sequence((callee, _value_call(fx, node, held)))


def _refuse_module_exception_made(fx, node, name: str) -> None:
    """`json.JSONDecodeError(msg, doc, pos)`: CPython's str() of it is worked out from
    the three (`msg: line 1 column 2 (char 1)`); the browser's class takes the text."""
    if name in MODULE_EXCEPTIONS:
        fx.report(
            "CP100",
            node,
            construct=f"making a {name} in clientside code",
            hint="catch it from json.loads(), or raise ValueError with your message",
        )


def _lambda_called_here(fx, func) -> bool:
    """`(lambda v: v * 2)(s)`: the lambda takes this call's types (lambda_args.py)."""
    from .lambda_args import lambda_argument_types

    return isinstance(func, ast.Lambda) and lambda_argument_types(fx, func) is not None


# ----------------------------------------------------------------- f(...)
def _call_name(fx, node, func: ast.Name) -> js.Expr:
    owner = fx.lookup_local(func.id)
    if owner is not None:
        sig = owner.local_functions.get(func.id)
        callee = js.Name(owner.js_name_of(func.id), loc=loc_of(func))
        if id(func) in owner.maybe_unbound:
            from .expressions import bound_check

            callee = bound_check(fx, callee, func.id, free=owner is not fx)
        if not _typed_local_call(owner, func.id, node):
            note_call_of_value(fx, argument_types(fx, node))
        if sig is not None:
            qualname = local_qualname(owner, func.id)
            funcstr = function_str(_root_module(owner), qualname)
            args = bind(fx, node, sig, f"{qualname}()", funcstr=funcstr)
            return js.Call(callee, tuple(args), loc=loc_of(node))
        return _value_call(fx, node, callee)
    found, value = fx.lookup_global(func.id)
    if not found:
        fx.report("CP110", func, name=func.id)
        return js.Literal("undefined", loc=loc_of(node))
    return call_value(fx, node, func, func.id, value)


def _typed_local_call(owner, name: str, call: ast.Call) -> bool:
    """Whether the nested function this call reaches took its parameter types from its
    calls, this one included (local_functions.py)."""
    from .local_functions import definition, parameter_types

    node = definition(owner, name)
    return (
        node is not None
        and not any(isinstance(a, ast.Starred) for a in call.args)
        and all(kw.arg is not None for kw in call.keywords)
        and parameter_types(owner, name, node) is not None
    )


def local_qualname(owner, name: str) -> str:
    """How CPython names a nested def or lambda in its TypeErrors."""
    from .local_functions import definition

    found = definition(owner, name)
    own = "<lambda>" if isinstance(found, ast.Lambda) else name
    return f"{owner.qualname}.<locals>.{own}"


def function_str(module: str | None, qualname: str) -> str:
    """How CPython names a function in the TypeErrors of `f(**mapping)`
    (_PyObject_FunctionStr, without the parentheses): `app.f`, `app.outer.<locals>.g`.
    """
    if module is None or module == "builtins":
        return qualname
    return f"{module}.{qualname}"


def _root_module(owner) -> str | None:
    while owner.parent is not None:
        owner = owner.parent
    return getattr(owner.pyfunc, "__module__", None)


def call_value(fx, node, func_node, name: str, value) -> js.Expr:
    from .globals import global_value

    k = known(value)
    loc = loc_of(node)
    if k is not None:
        if k.kind == "builtin":
            lowered = lower_builtin(fx, node, k.name)
            if lowered is not None:
                return lowered
            return global_value(fx, func_node, name, value)  # reports the refusal
        if k.kind == "exception":
            _refuse_module_exception_made(fx, node, k.name)
            return _new_exception(fx, node, global_value(fx, func_node, name, value))
        if k.kind == "dash":
            return _call_dash(fx, node, func_node, k.name)
        if k.kind in ("math", "json"):  # `from json import dumps`
            callee = global_value(fx, func_node, name, value)
            return call_module_function(fx, node, k.kind, k.name, callee)
    if isinstance(value, type) and issubclass(value, BaseException):
        return _new_exception(fx, node, global_value(fx, func_node, name, value))
    if isinstance(value, pytypes.FunctionType):
        from .specialize import compiled_version

        js_name = compiled_version(fx, node, func_node, value)
        if js_name is None:
            return js.Literal("undefined", loc=loc)
        sig = fx.unit.signatures.get(js_name)
        funcstr = function_str(
            getattr(value, "__module__", None), getattr(value, "__qualname__", name)
        )
        args = (
            bind(fx, node, sig, f"{name}()", funcstr=funcstr)
            if sig
            else _positional(fx, node)
        )
        return js.Call(js.Name(js_name, loc=loc_of(func_node)), tuple(args), loc=loc)
    return _plain_call(fx, node, global_value(fx, func_node, name, value))


def _call_dash(fx, node, func_node, name: str) -> js.Expr:
    loc = loc_of(node)
    args = _positional(fx, node)
    if name == "set_props":
        return fx.unit.call("py_set_props", *args, loc=loc)
    if name == "Patch":
        return fx.unit.call("py_patch", *args, loc=loc)
    if name == "PreventUpdate":
        return fx.unit.call("py_prevent_update", loc=loc)
    fx.report("CP118", func_node, name=name, hint="it is not callable")
    return js.Literal("undefined", loc=loc)


def _positional(fx, node) -> list[js.Expr]:
    if node.keywords:
        fx.report("CP113", node.keywords[0].value)
    out = []
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            out.append(js.Spread(fx.unit.call("py_iter", expr(fx, arg.value))))
        else:
            out.append(expr(fx, arg))
    return out


def _new_exception(fx, node, callee: js.Expr) -> js.Expr:
    """`ValueError(...)`. str(e) prints the arguments, so a float among them is marked
    (`ValueError(2.0)` prints `2.0`), and one that may be an int or a float is refused.
    """
    fx.unit.helpers.add("py_exc_str")  # its str() is that of any arguments
    created = js.New(callee, tuple(_positional(fx, node)), loc=loc_of(node))
    return exception_floats_marked(fx, node.args, created)


def exception_floats_marked(fx, args, created: js.Expr, refuse=True) -> js.Expr:
    """`created`, an exception made from `args`, with its float arguments marked for
    str(e); an argument that may be an int or a float is refused (unless not
    `refuse`: a call that may make an exception or call a function)."""
    floats = []
    for arg in args:
        starred = isinstance(arg, ast.Starred)
        typ = type_of(fx, arg.value if starred else arg)
        if refuse and (t.contains_num(typ) or (starred and t.may_hold_float(typ))):
            fx.report("CP115", arg, name=ast.unparse(arg))
        floats.append(not starred and t.all_float(typ))
    if not any(floats):
        return created
    flags = js.Array(tuple(js.boolean(f) for f in floats))
    return fx.unit.call("py_exc_floats", created, flags, loc=created.loc)


def _plain_call(fx, node, callee: js.Expr) -> js.Expr:
    return js.Call(callee, tuple(_positional(fx, node)), loc=loc_of(node))


def _value_call(fx, node, callee: js.Expr) -> js.Expr:
    """`f(x)` of a local holding a function value, which may be a class: Python calls a
    class to make an instance (`def check(row, exc=ValueError): raise exc("...")`),
    which JS does with `new`."""
    call = _plain_call(fx, node, callee)
    if not isinstance(callee, js.Name):
        return call
    made = js.New(callee, call.args, loc=loc_of(node))
    # An exception class prints its arguments: mark the floats, as `ValueError(...)`.
    made = exception_floats_marked(fx, node.args, made, refuse=False)
    return js.Conditional(fx.unit.call("py_is_class", callee), made, call)


# ----------------------------------------------------------------- x.f(...)
def call_module_function(fx, node: ast.Call, module: str, name: str, callee) -> js.Expr:
    """A call of `math.<name>` or `json.<name>` (through the module, or imported by
    name): bound to the function's signature, json.dumps told which numbers are
    floats (or refused where it cannot be), its keys sorted where asked."""
    from .modules import module_function_signature

    sig = module_function_signature(module, name)
    _refuse_unsupported_keywords(fx, node, module, name)
    if module == "math":
        check_math(fx, node, name)
    dumps = module == "json" and name == "dumps"
    if dumps:
        check_json_dumps(fx, node)
    float_keys = None
    if dumps and node.args:
        from .formatting import _num_guard

        float_keys = _display_float_keys(fx, node.args[0])
        if float_keys is None:
            _num_guard(fx, node.args[0], type_of(fx, node.args[0]))
    args = bind(fx, node, sig, f"{module}.{name}()") if sig else _positional(fx, node)
    if dumps:
        args = _json_sort_keys(fx, node, list(args))
    if dumps and node.args and not any(isinstance(a, js.Spread) for a in args):
        floats = None
        if t.all_float(type_of(fx, node.args[0])):
            # Every number in it is a float: json.dumps writes 2.0, not 2.
            floats = js.Literal("true")
        elif float_keys:  # those keys' numbers are floats, the others' ints
            keys = js.Array(tuple(js.Str(k) for k in float_keys))
            floats = js.New(js.Name("Set"), (keys,))
        if floats is not None:
            args = list(args) + [js.Literal("undefined")] * (5 - len(args))
            args.append(floats)
    return js.Call(callee, tuple(args), loc=loc_of(node))


def _call_attribute(fx, node, func: ast.Attribute) -> js.Expr:
    from .modules import module_attr

    k = fx.known_name(func)
    if k is not None:  # `dash.Patch()`, `dash.set_props(...)`
        return _call_dash(fx, node, func, k.name)
    found, value = fx.dotted_value(func)
    k = known(value) if found else None
    if k is not None and k.kind == "exception":  # `json.JSONDecodeError(...)`
        _refuse_module_exception_made(fx, node, k.name)
        return _new_exception(fx, node, expr(fx, func))
    base = func.value
    loc = loc_of(node)
    module = _module_of(fx, base)
    if module is not None:
        if module == "js":
            if func.attr == "new":
                args = _foreign_args(fx, node)
                return (
                    js.New(args[0], tuple(args[1:]), loc=loc)
                    if args
                    else js.Literal("undefined")
                )
            return js.Call(
                module_attr(fx, func, "js"), tuple(_foreign_args(fx, node)), loc=loc
            )
        return call_module_function(
            fx, node, module, func.attr, module_attr(fx, func, module)
        )
    imported = _imported_module_value(fx, base, func.attr)
    if imported is not None:
        return call_value(fx, node, func, func.attr, imported)
    unbound = _builtin_type_of(fx, base)
    if unbound is not None:
        return _call_unbound_method(fx, node, unbound, func.attr)
    recv_t = type_of(fx, base)
    recv = expr(fx, base)
    if recv_t.kind == "foreign":
        return js.Call(
            js.Member(recv, func.attr), tuple(_foreign_args(fx, node)), loc=loc
        )
    if recv_t.kind == "patch":
        if func.attr not in PATCH_METHODS:
            return _no_such_method(
                fx, node, "a Patch", "its methods: " + ", ".join(sorted(PATCH_METHODS))
            )
        return js.Call(
            js.Member(recv, func.attr), tuple(_positional(fx, node)), loc=loc
        )
    if (
        func.attr in VIEWS
        and recv_t.kind in ("dict", "any")
        and walked_at_once(fx, node)
    ):
        return fx.unit.call("py_view_walked", recv, js.Str(func.attr), loc=loc)
    return call_method(fx, node, func.attr, recv, recv_t)


def _refuse_unsupported_keywords(fx, node, module: str, name: str) -> None:
    from .modules import UNSUPPORTED_KEYWORDS

    unsupported = UNSUPPORTED_KEYWORDS.get((module, name), frozenset())
    for kw in node.keywords:
        if kw.arg in unsupported:
            fx.report(
                "CP100",
                kw.value,
                construct=f"{module}.{name}({kw.arg}=...)",
                hint="leave it out, or build the text yourself",
            )


def _display_float_keys(fx, node) -> list[str] | None:
    """`json.dumps({"n": len(xs), "mean": total / n})`: a display with str keys whose
    values each hold ints or floats, as known, not both: the keys whose numbers are
    floats (each value is written as its own type says). None where the argument is
    no such display, or a value may hold either."""
    if not _keyed_display(node):
        return None
    floats: dict[str, bool] = {}
    for key, value in zip(node.keys, node.values):
        typ = type_of(fx, value)
        if t.contains_num(typ):
            return None
        floats[key.value] = t.all_float(typ)  # the last value of a key is kept
    return [key for key, is_float in floats.items() if is_float]


def _json_sort_keys(fx, node, args: list[js.Expr]) -> list[js.Expr]:
    """json.dumps's `sort_keys=` becomes the sorting writer itself when Python's value is
    true (py_json_dumps_sorted, a helper of its own: only bundles that sort keys ship
    Python's `<`). Options passed as `**mapping` are refused: the build cannot tell
    whether they ask for sorting."""
    from .truth import truth_of_expr

    for kw in node.keywords:
        if kw.arg is None:
            fx.report("CP113", kw.value)
            return args
    ascii_given = [kw for kw in node.keywords if kw.arg == "ensure_ascii"]
    if (
        ascii_given
        and len(args) >= 5
        and not any(isinstance(a, js.Spread) for a in args)
    ):
        # Python's truth of it, as a JS boolean: the helper writes non-ASCII characters
        # as they are only for `false`. (args[4] is the value as bound: evaluated once,
        # in the order the keywords are written.)
        value = ascii_given[0].value
        args[4] = (
            js.Literal("true" if value.value else "false")
            if isinstance(value, ast.Constant)
            else truth_of_expr(fx, args[4], type_of(fx, value))
        )
    given = [kw for kw in node.keywords if kw.arg == "sort_keys"]
    if not given or any(isinstance(a, js.Spread) for a in args) or len(args) < 3:
        return args
    value = given[0].value
    if isinstance(value, ast.Constant) and not value.value:
        args[2] = js.Literal("null")
        return args
    sorter = fx.unit.helper("py_json_dumps_sorted")
    sorting = truth_of_expr(fx, args[2], type_of(fx, value))
    args[2] = js.Conditional(sorting, sorter, js.Literal("null"))
    return args


def _builtin_type_of(fx, base) -> str | None:
    """`str` in `str.upper(s)`, `dict` in `dict.fromkeys(ks)`."""
    k = fx.known_name(base)
    if k is not None and k.kind == "builtin" and table_for(k.name) is not None:
        return k.name
    return None


def _call_unbound_method(fx, node, type_name: str, name: str) -> js.Expr:
    loc = loc_of(node)
    if type_name == "dict" and name == "fromkeys":
        return fx.unit.call("py_dict_fromkeys", *_positional(fx, node), loc=loc)
    table, prefix = table_for(type_name)
    if type_name == "str" and name == "maketrans":  # static: no receiver
        args = bind(fx, node, table[name].sig, "maketrans()")
        return fx.unit.call("py_str_maketrans", *args, loc=loc)
    if name not in table or not node.args:
        return _no_such_method(
            fx, node, f"the {type_name} type", "call the method on a value instead"
        )
    if not isinstance(node.args[0], ast.Starred):  # the rest are the method's own
        rest = ast.Call(func=node.func, args=node.args[1:], keywords=node.keywords)
        check_method(fx, rest, [table[name].sig])
    return fx.unit.call(prefix + name, *_positional(fx, node), loc=loc)


def _module_of(fx, base) -> str | None:
    k = fx.known_name(base)
    return k.name if (k is not None and k.kind == "module") else None


def _imported_module_value(fx, base, attr):
    """`import dash` then `dash.set_props(...)`; `import helpers` then `helpers.fn()`."""
    if not isinstance(base, ast.Name) or fx.lookup_local(base.id) is not None:
        return None
    found, value = fx.lookup_global(base.id)
    if found and isinstance(value, pytypes.ModuleType) and known(value) is None:
        from .globals import is_library_module

        if is_library_module(value):
            return None  # reported where the module name is used
        return getattr(value, attr, None)
    return None


def _foreign_args(fx, node) -> list[js.Expr]:
    """Arguments to JS functions: Python dicts and sets become plain JS objects/arrays."""
    out = []
    for arg in _positional(fx, node):
        if isinstance(arg, js.Spread):
            out.append(arg)
            continue
        out.append(arg)
    converted = []
    for arg_node, arg in zip(node.args, out):
        kind = type_of(fx, arg_node).kind
        if kind in (
            "dict",
            "set",
            "any",
            "anyf",
            "list",
            "tuple",
            "tuplen",
        ) and not isinstance(arg, js.Spread):
            converted.append(fx.unit.call("py_to_js", arg))
        else:
            converted.append(arg)
    return converted


# Methods that take in their whole argument before doing anything with it (str.join
# makes a list of it first, as CPython does): a generator expression given to them is
# built as an array, as for builtins.EAGER_CONSUMERS. (Not list.extend or set.update,
# which add each item as it comes: a generator reading the list sees them.)
EAGER_METHODS = frozenset([("str", "join")])


# Methods whose error names the argument looked for: KeyError(k) of dict.pop and
# set.remove, "x is not in list" of list.index.
ERRORS_NAMING_ARG = frozenset(["pop", "remove", "index"])


def call_method(fx, node, name: str, recv: js.Expr, recv_t: T) -> js.Expr:
    call = _call_method(fx, node, name, recv, recv_t)
    if name in ERRORS_NAMING_ARG and node.args and not node.keywords:
        return float_arg_errors(fx, node, node.args[0], call)
    return call


def float_arg_errors(fx, node: ast.AST, arg: ast.expr, call: js.Expr) -> js.Expr:
    """`call`, a lookup of `arg`, run through py_float_arg when `arg` is a float: a JS
    number cannot tell 2.0 from 2, and the error would name the key as `2`."""
    if type_of(fx, arg).kind != "float":
        return call
    suspends = (ast.Await, ast.Yield, ast.YieldFrom)
    if any(isinstance(n, suspends) for n in ast.walk(node)):
        return call  # not inside an arrow function; the lookup raises unmarked
    thunk = js.Function(None, (), (js.Return(call),), is_arrow=True)
    return fx.unit.call("py_float_arg", thunk, loc=loc_of(node))


def _call_method(fx, node, name: str, recv: js.Expr, recv_t: T) -> js.Expr:
    loc = loc_of(node)
    if name == "sort":
        from .lambda_args import note_untyped_callback

        note_untyped_callback(fx, node)
    if name == "format" and (recv_t.kind == "str" or t.is_open(recv_t)):
        return _str_format(fx, node, recv)  # str is the only type with .format
    if name == "format_map" and (recv_t.kind == "str" or t.is_open(recv_t)):
        return _str_format_map(fx, node, recv)
    if name in FLOAT_METHODS and recv_t.kind != "foreign":
        return _float_method(fx, node, name, recv, recv_t)
    number_method = _number_method(fx, node, name, recv, recv_t)
    if number_method is not None:
        return number_method
    if name == "maketrans":
        return _no_such_method(
            fx, node, "a str value", "call it on the type: str.maketrans(...)"
        )
    if name == "encode" and recv_t.kind != "foreign":
        fx.report(
            "CP100",
            node.func,
            construct="str.encode()",
            hint="there are no bytes in clientside code; work with the str itself",
        )
        return js.Literal("undefined", loc=loc)
    entry = table_for(recv_t.kind)
    if entry is not None:
        table, prefix = entry
        method = table.get(name)
        if method is None:
            return _no_such_method(fx, node, t.described(recv_t))
        check_method(fx, node, [method.sig])
        if (recv_t.kind, name) in EAGER_METHODS:
            for arg in node.args:
                if isinstance(arg, ast.GeneratorExp):
                    fx.eager_genexps.add(id(arg))
        if name == "sort" and sorts_by_pair(fx, node, method=True):
            args = bind(fx, node, method.sig, "list.sort()")
            return fx.unit.call("py_list_sort_by2", recv, *args, loc=loc)
        if method.sig.vararg and not node.keywords:
            args = _positional(fx, node)
        else:
            owner = "tuple" if recv_t.kind == "tuplen" else recv_t.kind
            args = bind(fx, node, method.sig, f"{owner}.{name}()")
        if any(isinstance(arg, js.Spread) for arg in args):
            # bound at run time (`d.get("a", 1, 2)` raises CPython's TypeError there):
            # no inline form takes the spread arguments
            return fx.unit.call(prefix + name, recv, *args, loc=loc)
        inlined = inline_form(fx.unit, method, recv, args)
        if inlined is not None:
            return inlined
        if name == "get" and node.args and not node.keywords:
            got = _dict_get(fx, recv, recv_t, type_of(fx, node.args[0]), args, loc)
            if got is not None:
                return got
        if name == "pop" and recv_t.kind == "list" and not args:
            popped = _list_pop_last(fx, recv, loc)
            if popped is not None:
                return popped
        if name == "add" and isinstance(recv, js.Name) and node.args:
            elem_t = type_of(fx, node.args[0])
            if recv_t.kind == "set" and (t.is_open(elem_t) or elem_t.kind == "str"):
                return set_add(fx, recv, args[0], loc)
        if name == "setdefault" and recv_t.kind == "dict" and _fresh_default(node):
            return _map_setdefault(fx, recv, args, loc)
        return fx.unit.call(prefix + name, recv, *args, loc=loc)
    owners = owners_of(name)
    if name == "get" and t.is_open(recv_t) and _plain_get_args(node):
        return _open_get(fx, node, recv, loc)
    if not owners and name in PYTHON_METHODS:
        # `s.symmetric_difference_update(...)`: refused on a set, so on what may be one too
        return _no_such_method(fx, node, "a value of open type")
    if not owners:
        # Not a method of a Python type: a foreign JS object's own method, if it is one;
        # on a Python value, AttributeError (py_callm decides at run time).
        args = js.Array(tuple(_foreign_args(fx, node)))
        return fx.unit.call("py_callm", recv, js.Str(name), args, loc=loc)
    sigs = {_sig_of(kind, name) for kind in owners}
    _refuse_count_none_takes(fx, node, name, sigs)
    if node.keywords:
        keywords = {kw.arg for kw in node.keywords}
        sigs = {s for s in sigs if s is not None and _accepts(s, keywords)}
    if node.keywords and len(sigs) != 1:
        fx.report("CP113", node.keywords[0].value)
        sigs = {None}
    sig = next(iter(sigs)) if len(sigs) == 1 else None
    check_method(fx, node, [_sig_of(kind, name) for kind in owners])
    if sig is None or (sig.vararg and not node.keywords):
        args = _positional(fx, node)
    else:
        args = bind(fx, node, sig, f".{name}()")
    if owners == ["str"]:
        return _str_or_dispatch(fx, name, recv, args, loc)
    for kind in owners:
        fx.unit.methods.add(f"{kind}.{name}")
    if node.keywords:  # the method is looked up before the keywords are bound
        recv = fx.unit.call("py_method_of", recv, js.Str(name), loc=loc)
    refused = _owners_refusing_count(node, name, owners)
    if refused:
        return fx.unit.call(
            "py_callm_counted",
            recv,
            js.Str(name),
            js.Array(tuple(args)),
            refused,
            loc=loc,
        )
    return fx.unit.call("py_callm", recv, js.Str(name), js.Array(tuple(args)), loc=loc)


def _owners_refusing_count(node, name: str, owners) -> js.Object | None:
    """The owners of `.name()` whose method takes fewer positional arguments than
    this call gives (`d.update(a, b)`, which set.update takes), with their signatures
    as py_bind takes them: a receiver of one of those types raises CPython's TypeError
    at run time, where the table's helper would run with an argument dropped. (Too
    few is the helpers' own to raise, in CPython's words: `d.pop()`.)"""
    if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        return None
    n = len(node.args)
    props = []
    for kind in owners:
        sig = _sig_of(kind, name)
        if sig is None or sig.vararg:
            continue
        if n > len(sig.positional):
            props.append((kind, bind_spec(sig, f"{kind}.{name}")))
    return js.Object(tuple(props)) if props else None


def _refuse_count_none_takes(fx, node, name: str, sigs: set) -> None:
    """`xs.count()`, `xs.remove()` on a receiver of open type: a count of positional
    arguments that the method of no type having it takes is CPython's TypeError
    whatever the receiver holds, where the runtime would run the method with an
    argument missing (counting None). CP114 at build time."""
    if (
        None in sigs
        or node.keywords
        or any(isinstance(a, ast.Starred) for a in node.args)
    ):
        return
    n = len(node.args)
    if any(s.required <= n and (s.vararg or n <= len(s.positional)) for s in sigs):
        return
    low = min(s.required for s in sigs)
    high = None if any(s.vararg for s in sigs) else max(len(s.positional) for s in sigs)
    if high is None:
        detail = f"at least {low} positional arguments"
    elif low == high:
        detail = f"{low} positional argument{'s' if low != 1 else ''}"
    else:
        detail = f"from {low} to {high} positional arguments"
    fx.report("CP114", node, name=f".{name}()", detail=f"{detail}, not {n}")


def _list_pop_last(fx, recv: js.Expr, loc) -> js.Expr | None:
    """`xs.pop()` of a list: Array's pop where it has an item (a stack or queue loop
    pops in its hot path); the helper raises IndexError on an empty one."""
    if not isinstance(recv, js.Name):
        return None
    has_items = js.Binary("!==", js.Member(recv, "length"), js.Num(0))
    popped = js.Call(js.Member(recv, "pop"), ())
    empty = fx.unit.call("py_list_pop", recv, loc=loc)
    return js.Conditional(has_items, popped, empty, loc=loc)


def _plain_get_args(node) -> bool:
    """`x.get(k)` or `x.get(k, default)` with a default that may be left unevaluated
    on a hit (a literal or a name, as `_map_get`'s)."""
    if node.keywords or not 1 <= len(node.args) <= 2:
        return False
    if any(isinstance(a, ast.Starred) for a in node.args):
        return False
    return len(node.args) == 1 or isinstance(node.args[1], (ast.Constant, ast.Name))


def _open_get(fx, node, recv: js.Expr, loc) -> js.Expr:
    from .expressions import own_property_or

    default = [expr(fx, node.args[1])] if len(node.args) == 2 else []
    fx.unit.methods.add("dict.get")

    def called(obj, key):
        args = js.Array((key, *default))
        return fx.unit.call("py_callm", obj, js.Str("get"), args, loc=loc)

    return own_property_or(fx, recv, expr(fx, node.args[0]), called)


def exact_key(dict_t: T, key_t: T) -> bool:
    """A Map built by Python code looked up with a str (a str only equals a str), or
    with an int when its keys are all ints: JS key equality is Python's there (no
    1 == 1.0 == True to look for)."""
    if dict_t.kind != "dict":
        return False
    return key_t.kind == "str" or key_t.kind == dict_t.args[0].kind == "int"


def _dict_get(fx, recv, recv_t: T, key_t: T, args, loc) -> js.Expr | None:
    if exact_key(recv_t, key_t):
        return _map_get(fx, recv, args, loc)
    simple = isinstance(recv, js.Name) and len(args) <= 2
    default = args[1] if len(args) == 2 else js.Literal("null")
    if simple and is_simple(default) and open_key(recv_t, key_t, "dict"):
        return map_get(fx, recv, args[0], default, loc)
    return None


def _map_get(fx, recv: js.Expr, args: list[js.Expr], loc) -> js.Expr | None:
    """`d.get(k, default)`: one Map lookup on a hit. The default is evaluated only on a
    miss, so only a literal or a name may be one (Python evaluates it in any case)."""
    if not isinstance(recv, js.Name) or len(args) > 2:
        return None
    default = args[1] if len(args) == 2 else js.Literal("null")
    if not is_simple(default):
        return None
    key_first, key = once(fx, args[0])
    return map_lookup(fx, recv, key_first, key, default, loc)


def _fresh_default(node: ast.Call) -> bool:
    """`d.setdefault(k, [])`: a default whose making nobody can observe (an empty
    display or a constant), so that it need only be made when the key is missing."""
    if len(node.args) != 2 or node.keywords:
        return False
    default = node.args[1]
    if isinstance(default, (ast.List, ast.Dict, ast.Set)):
        return not (getattr(default, "elts", None) or getattr(default, "keys", None))
    return isinstance(default, ast.Constant)


def _map_setdefault(fx, recv: js.Expr, args: list[js.Expr], loc) -> js.Expr:
    """The grouping idiom `d.setdefault(k, []).append(x)`: a str key already there is
    one Map lookup; anything else is py_dict_setdefault's (made default, equal keys)."""
    if not isinstance(recv, js.Name):
        return fx.unit.call("py_dict_setdefault", recv, *args, loc=loc)
    key_first, key = once(fx, args[0])
    value = js.Name(fx.temp())
    is_str = typeof_is(key_first, "string")
    got = js.Assign(value, js.Call(js.Member(recv, "get"), (key,)))
    there = js.Binary("&&", is_str, js.Binary("!==", got, js.Literal("undefined")))
    made = fx.unit.call("py_dict_setdefault", recv, key, args[1])
    return js.Conditional(there, value, made, loc=loc)


def _str_or_dispatch(fx, name, recv, args, loc) -> js.Expr:
    """A method only str has, on a value of open type (Dash's `value`): a str takes the
    str method directly, anything else goes through py_callm (a foreign JS object's own
    method, or AttributeError)."""
    first, later = once(fx, recv)
    table, prefix = table_for("str")
    method = table[name]
    typed = inline_form(fx.unit, method, later, args)
    if typed is None:
        typed = fx.unit.call(prefix + name, later, *args, loc=loc)
    fx.unit.methods.add(f"str.{name}")
    generic = fx.unit.call("py_callm", later, js.Str(name), js.Array(tuple(args)))
    test = typeof_is(first, "string")
    return js.Conditional(test, typed, generic, loc=loc)


def _accepts(sig: Signature, keywords: set) -> bool:
    return bool(sig.kwarg) or keywords <= set(sig.positional) | set(sig.kwonly)


def _sig_of(kind: str, name: str) -> Signature | None:
    if kind == "str" and name == "format":
        return None
    table, _ = table_for(kind)
    return table[name].sig


# Attributes a format field may name that the runtime gives as CPython does: a number's.
_FORMAT_ATTRIBUTES = frozenset({"real", "imag", "numerator", "denominator"})


def _refuse_field_attributes(fx, node) -> None:
    """`"{0.__class__.__name__}".format(v)`: every Python object has attributes a field
    can name (its class, its methods); the browser has only a number's. A template
    written out that names another one is refused here rather than raising
    AttributeError there."""
    template = node.func.value
    if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
        return
    for key in _field_attributes(template.value):
        if key not in _FORMAT_ATTRIBUTES:
            fx.report(
                "CP100",
                template,
                construct=f"the attribute `.{key}` in a format field",
                hint="only a number's .real, .imag, .numerator and .denominator can be "
                "named in a field: pass the value itself (`type(e).__name__`, "
                "`e.args[0]`) as an argument",
            )
            return


def _field_attributes(text: str, depth: int = 0):
    """The attribute names the fields of a format template name, in nested specs too
    (a template str.format would reject yields nothing: its ValueError is raised at
    run time, as CPython raises it)."""
    import _string

    try:
        parsed = list(_string.formatter_parser(text))
    except ValueError:
        return
    for _, field, spec, _ in parsed:
        if field is None:
            continue
        try:
            _, rest = _string.formatter_field_name_split(field)
            yield from (key for is_attr, key in rest if is_attr)
        except ValueError:
            pass
        if spec and depth < 2:
            yield from _field_attributes(spec, depth + 1)


def _str_format(fx, node, recv: js.Expr) -> js.Expr:
    _refuse_field_attributes(fx, node)
    args = tuple(
        (
            js.Spread(fx.unit.call("py_iter", expr(fx, arg.value)))
            if isinstance(arg, ast.Starred)
            else expr(fx, arg)
        )
        for arg in node.args
    )
    # **mapping: its keys join the named arguments (any keys: str.format checks none)
    kwargs = keywords_map(fx, node.keywords, "str.format")
    if kwargs is None:
        kwargs = js.New(js.Name("Map"), ())
    extra: list[js.Expr] = []
    asked = _dash_format_flags(fx, node, args)
    floats = [
        asked.get(i, js.boolean(t.all_float(type_of(fx, arg))))
        for i, arg in enumerate(node.args)
    ]
    if any(f != js.boolean(False) for f in floats) and not any(
        isinstance(arg, ast.Starred) for arg in node.args
    ):
        extra.append(js.Array(tuple(floats)))
    named_floats = [
        js.Str(kw.arg)
        for kw in node.keywords
        if kw.arg and t.all_float(type_of(fx, kw.value))
    ]
    if named_floats:
        extra = [
            extra[0] if extra else js.Literal("undefined"),
            js.Array(tuple(named_floats)),
        ]
    unpacked = [arg.value for arg in node.args if isinstance(arg, ast.Starred)]
    unpacked += [kw.value for kw in node.keywords if kw.arg is None]
    alike = _printed_alike(node)
    keys = [*range(len(node.args)), *(kw.arg for kw in node.keywords)]
    for key, arg in zip(keys, [*node.args, *(kw.value for kw in node.keywords)]):
        if key in alike or key in asked:
            continue
        typ = type_of(fx, arg.value if isinstance(arg, ast.Starred) else arg)
        # *args, **kwargs: no flag says which of their floats print as floats
        floats = t.may_hold_float(typ) and (
            isinstance(arg, ast.Starred) or arg in unpacked
        )
        if t.contains_num(typ) or floats:
            fx.report("CP115", arg, name=ast.unparse(arg))
    return fx.unit.call(
        "py_str_format", recv, js.Array(args), kwargs, *extra, loc=loc_of(node)
    )


def _dash_format_flags(fx, node, args) -> dict[int, js.Expr]:
    """`"{} {}".format(a * b, n)`: per positional argument that is arithmetic of
    Dash's numbers, its float flag, asked after every argument is evaluated; so only
    where none of them changes anything (a later `xs.pop()` would change what an
    earlier `xs[0] * 2` reads again)."""
    from .dash_number_text import dash_operands, float_flag
    from .expressions import reads_only
    from .generator_sums import flagged_sum, sum_flag

    if node.keywords:
        return {}
    # a generator sum's flag is set as it runs, never read again
    asked = {
        i: sum_flag(fx, a.args[0])
        for i, a in enumerate(node.args)
        if flagged_sum(fx, a)
    }
    if not all(map(reads_only, args)):
        return asked
    for i, arg in enumerate(node.args):
        operands = dash_operands(fx, arg)
        if operands is not None and t.contains_num(type_of(fx, arg)):
            asked[i] = float_flag(fx, operands)
    return asked


def _float_method(fx, node, name: str, recv: js.Expr, recv_t: T) -> js.Expr:
    """`x.is_integer()`: a float's own method; an int has none (AttributeError), and a
    number of open type could be either."""
    loc = loc_of(node)
    if recv_t.kind == "float":
        method = FLOAT_METHODS[name]
        args = bind(fx, node, method.sig, f"float.{name}()")
        return inline_form(fx.unit, method, recv, args)
    if not (t.is_open(recv_t) or recv_t.kind in ("num", "dnum")):
        return _no_such_method(fx, node, t.described(recv_t))
    fx.report("CP115", node.func.value, name=ast.unparse(node.func.value))
    return js.Literal("undefined", loc=loc)


_NUMBER_METHODS_HINT = (
    "of the methods of int and float, int.bit_length(), int.bit_count() and "
    "float.is_integer() are supported"
)


def _number_method(fx, node, name: str, recv: js.Expr, recv_t: T) -> js.Expr | None:
    """`n.bit_length()` of an int; CP116 for any other method called on a number (a JS
    number has none of Python's), and for a number's own methods on a value of open
    type, where an int and a float look alike. None where neither applies."""
    if recv_t.kind in ("int", "bool") and name in INT_METHODS:
        method = INT_METHODS[name]
        args = bind(fx, node, method.sig, f"int.{name}()")
        return inline_form(fx.unit, method, recv, args)
    if t.is_numeric(recv_t):
        return _no_such_method(fx, node, t.described(recv_t), _NUMBER_METHODS_HINT)
    if t.is_open(recv_t) and name in NUMBER_ONLY_METHODS:
        hint = "annotate the value as an int (`n: int`) or convert it with int(...)"
        return _no_such_method(fx, node, "a value of open type", hint)
    return None


# Every method CPython's builtin types have: one the compiler has no table entry for
# is refused on a value of open type as on a known one (py_callm would raise
# AttributeError in the browser where CPython runs it).
PYTHON_METHODS = frozenset(
    name
    for typ in (str, list, dict, set, frozenset, tuple, int, float, bool)
    for name in dir(typ)
)


def _no_such_method(
    fx, node, owner: str, hint: str = "see the README for the supported methods"
) -> js.Expr:
    """CP116 for `node.func`'s attribute, and the placeholder lowering goes on with."""
    fx.report("CP116", node.func, attr=node.func.attr, type=owner, hint=hint)
    return js.Literal("undefined", loc=loc_of(node))


def _printed_alike(node) -> set:
    """The arguments of `"{:.2f} of {}".format(a, b)` (positions and names) that every
    field of a literal format string prints with a spec whose type prints ints and
    floats alike (`.2f`, `e`, `g`, `%`: `format(2, ".2f")` is '2.00' as for 2.0), so
    that a value that may be either needs no refusing there. Empty where the string,
    the arguments or a field (a nested spec, `!r`, `{0[k]}`) say less."""
    fmt = node.func.value
    if not (isinstance(fmt, ast.Constant) and isinstance(fmt.value, str)):
        return set()
    if any(isinstance(a, ast.Starred) for a in node.args) or any(
        kw.arg is None for kw in node.keywords
    ):
        return set()
    try:
        fields = [f for f in string.Formatter().parse(fmt.value) if f[1] is not None]
    except ValueError:
        return set()
    uses: dict = {}
    auto = 0
    for _, name, spec, conversion in fields:
        if "{" in spec:
            return set()  # a nested field takes an automatic number too
        key: int | str = name
        if name == "":
            key, auto = auto, auto + 1
        elif name.isdecimal():  # any Unicode decimal digits, as CPython reads them
            key = int(name)
        plain = bool(re.fullmatch(r"\w*", name)) and conversion is None
        uses.setdefault(key, []).append(plain and spec[-1:] in tuple("eEfFgG%"))
    return {key for key, alike in uses.items() if all(alike)}


def _str_format_map(fx, node, recv: js.Expr) -> js.Expr:
    """`fmt.format_map(mapping)`: names looked up in the mapping itself; its numbers
    print as floats when all of them are floats, and are refused when some may be."""
    _refuse_field_attributes(fx, node)
    sig = Signature(("mapping",), required=1, posonly=1)
    args = bind(fx, node, sig, "str.format_map()")
    extra: list[js.Expr] = []
    mapping = node.args[0] if node.args else None
    if _keyed_display(mapping):  # `{"x": s, "y": 2.5}`: each key's own type
        values = dict(zip((k.value for k in mapping.keys), mapping.values))
        floats = [k for k, v in values.items() if t.all_float(type_of(fx, v))]
        for value in values.values():
            if t.contains_num(type_of(fx, value)):
                fx.report("CP115", value, name=ast.unparse(value))
        if floats:
            extra = [js.Literal("undefined"), js.Array(tuple(map(js.Str, floats)))]
    elif mapping is not None and not isinstance(mapping, ast.Starred):
        typ = type_of(fx, mapping)
        if t.all_float(typ) and t.may_hold_float(typ):
            extra.append(js.boolean(True))
        elif t.contains_num(typ):
            fx.report("CP115", mapping, name=ast.unparse(mapping))
    return fx.unit.call(
        "py_str_format", recv, js.Literal("null"), *args, *extra, loc=loc_of(node)
    )


def _keyed_display(node) -> bool:
    return isinstance(node, ast.Dict) and all(
        isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys
    )


# ----------------------------------------------------------------- result types
def call_result_type(fx, node: ast.Call) -> T:
    func = node.func
    if isinstance(func, ast.Name):
        if fx.lookup_local(func.id) is not None:
            from .local_functions import call_result

            return call_result(fx, node, func.id)
        found, value = fx.lookup_global(func.id)
        if not found:
            return ANY
        return _value_result(fx, node, value)
    if isinstance(func, ast.Attribute):
        if fx.known_name(func) is not None:  # `dash.Patch()`
            return _value_result(fx, node, fx.dotted_value(func)[1])
        module = _module_of(fx, func.value)
        if module == "js":
            return FOREIGN
        if module in ("math", "json"):
            from .modules import module_call_result

            return module_call_result(fx, node, module, func.attr)
        imported = _imported_module_value(fx, func.value, func.attr)
        if imported is not None:
            return _value_result(fx, node, imported)
        if _builtin_type_of(fx, func.value) == "dict" and func.attr == "fromkeys":
            return _fromkeys_type(fx, node)
        recv_t = type_of(fx, func.value)
        if recv_t.kind == "foreign":
            return FOREIGN
        if recv_t.site and func.attr == "get":
            return _record_get_type(fx, recv_t.site, node)
        args = tuple(
            type_of(fx, a) for a in node.args if not isinstance(a, ast.Starred)
        )
        if len(args) < len(node.args):
            # `d.get(*["k", 0.5])`: each position may hold any of the values given
            from .inference import _given_values_type

            given = _given_values_type(fx, node)
            args = (given,) * max(len(node.args), 2)
        return method_result(recv_t, func.attr, args)
    if _lambda_called_here(fx, func):
        from .lambda_args import lambda_argument_types
        from .local_functions import result_with

        return result_with(fx, func, lambda_argument_types(fx, func))
    return call_of_value_result(fx.unit)


def _fromkeys_type(fx, node: ast.Call) -> T:
    """dict.fromkeys(keys, value): the keys' items, each mapped to the value (None)."""
    if not node.args or any(isinstance(a, ast.Starred) for a in node.args):
        return t.dict_of()
    keys = element_type(type_of(fx, node.args[0]))
    value = type_of(fx, node.args[1]) if len(node.args) > 1 else t.NONE
    return t.dict_of(keys, value)


def _record_get_type(fx, site: int, call: ast.Call) -> T:
    """`rec.get(key[, default])` on a record (records.py): a key of its display is
    always there (a record is never deleted from), so its field's type; any other key
    may be missing, so anything the record holds or the default."""
    from .records import display_keys, field_type

    key = call.args[0] if call.args else None
    if isinstance(key, ast.Constant) and key.value in display_keys(fx, site):
        return field_type(fx, site, key.value)
    default = type_of(fx, call.args[1]) if len(call.args) > 1 else t.NONE
    return t.join(t.ANYF, default)


def _value_result(fx, node, value) -> T:
    k = known(value)
    if k is not None:
        if k.kind == "builtin":
            return builtin_result(fx, node, k.name)
        if k.kind == "math":
            from .modules import module_call_result

            return module_call_result(fx, node, "math", k.name)
        if k.kind == "json":
            from .modules import module_function_result

            return module_function_result("json", k.name)
        if k.kind == "exception":
            return t.EXC
        if k.kind == "dash" and k.name == "Patch":
            return t.PATCH
        return ANY
    if isinstance(value, type) and issubclass(value, BaseException):
        return t.EXC
    if isinstance(value, pytypes.FunctionType):
        return _user_result(fx, node, value)
    return ANY


def _user_result(fx, node, func) -> T:
    """What a call of one of the user's functions gives: the join of the returns of
    the version its argument types select."""
    from .specialize import result_type

    return result_type(fx, node, func)
