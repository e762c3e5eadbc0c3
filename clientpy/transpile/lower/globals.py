"""Free names: resolved to their Python values, then translated by what they are.

Functions of the user's code are transpiled along (once each), JSON-like constants
become `const` literals, builtins/math/json/Dash objects map to the runtime, and
anything else is refused with a diagnostic naming it.
"""

from __future__ import annotations

import ast
import sys
import sysconfig
import types as pytypes

from .. import jstree as js
from .. import types as t
from ..parse import module_name
from ..types import element_type
from .arity import as_value
from .changed_globals import changed_global
from .known import BUILTIN_EXCEPTIONS, MODULE_EXCEPTIONS, known
from .registry import loc_of

# Builtins usable as values (`key=len`, `map(str, xs)`): the helper that behaves the same
# when called with the positional arguments a callback receives.
BUILTIN_VALUES = {
    "len": "py_len",
    "str": "py_str",
    "repr": "py_repr",
    "int": "py_int",
    "float": "py_float",
    "abs": "py_abs",
    "bool": "py_bool",
    "chr": "py_chr",
    "ord": "py_ord",
    "hex": "py_hex",
    "list": "py_list",
    "tuple": "py_tuple",
    "set": "py_set",
    "sorted": "py_sorted",
    "reversed": "py_reversed",
    "round": "py_round",
    "sum": "py_sum",
    "dict": "py_dict",
    "max": "py_max_value",
    "min": "py_min_value",
}

REFUSED_BUILTINS = {
    "open": "there are no files in the browser; load data through a dcc.Store or js.fetch",
    "input": "there is no console input in the browser; use a dcc.Input",
    "eval": "generate the code in Python instead",
    "exec": "generate the code in Python instead",
    "compile": "generate the code in Python instead",
    "globals": "pass values explicitly",
    "locals": "pass values explicitly",
    "vars": "pass values explicitly",
    "getattr": "use a dict and d[key]",
    "setattr": "use a dict and d[key] = value",
    "hasattr": "use a dict and `key in d`",
    "delattr": "use a dict and del d[key]",
    "id": "use ==",
    "hash": "use the value itself as a dict key",
    "type": "use isinstance(x, T); of a caught exception, `type(e).__name__` works",
    "breakpoint": "use js.console.log(...)",
    "help": "remove it",
    "dir": "remove it",
}

STDLIB = {
    sysconfig.get_paths()["stdlib"],
    sysconfig.get_paths()["purelib"],
    sysconfig.get_paths()["platlib"],
}


def lower_global_name(fx, node: ast.Name) -> js.Expr:
    found, value = fx.lookup_global(node.id)
    if not found:
        fx.report("CP110", node, name=node.id)
        return js.Literal("undefined", loc=loc_of(node))
    return global_value(fx, node, node.id, value)


def global_value(fx, node, name: str, value) -> js.Expr:
    loc = loc_of(node)
    k = known(value)
    if k is not None:
        return _known_value(fx, node, k, loc)
    if isinstance(value, type) and issubclass(value, BaseException):
        return js.Name(user_exception(fx, node, value), loc=loc)
    if isinstance(value, pytypes.FunctionType):
        from .specialize import version_for_items

        js_name = version_for_items(fx, node, value) or user_function(fx, node, value)
        if js_name is None:
            return js.Literal("undefined", loc=loc)
        fx.unit.used_as_value[js_name] = value.__qualname__
        sig = fx.unit.signatures[js_name]
        return as_value(fx.unit, js.Name(js_name, loc=loc), sig, value.__qualname__)
    if _is_json_like(value):
        if isinstance(value, set) and not _order_rebuilds(value):
            fx.report(
                "CP100",
                node,
                construct=f"the set `{name}`, whose order came from how it was built",
                hint="CPython's order for these numbers depends on the order they were "
                "added in; make it a tuple or a list, or build the set in the callback",
            )
            return js.Literal("undefined", loc=loc)
        return js.Name(user_constant(fx, name, value), loc=loc)
    library = _library_of(value)
    if isinstance(value, pytypes.ModuleType) or library:
        # `from collections import Counter`: a library's, not data of the app's
        fx.report(
            "CP109",
            node,
            name=(
                f"{library}.{getattr(value, '__qualname__', name)}" if library else name
            ),
            hint="only `math`, `json` and `clientpy.js` can be used in clientside code",
        )
    else:
        fx.report("CP111", node, name=name, kind=type(value).__name__)
    return js.Literal("undefined", loc=loc)


def _library_of(value) -> str | None:
    """The library module a class or function comes from (`collections` for Counter,
    `_functools` for reduce); None for anything else, the app's own data included."""
    if not callable(value):
        return None
    module = sys.modules.get(getattr(value, "__module__", None) or "")
    if module is None or not is_library_module(module):
        return None
    return module.__name__.lstrip("_")  # `_functools` is functools' own half


# Builtins whose result is the text of their argument (map(str, xs) is guarded where map
# is lowered).
PRINTING_BUILTINS = frozenset(["str", "repr"])


def _printed_key(fx, node) -> str | None:
    """`sorted(prices, key=str)` orders by the text of each item, which the JS `str`
    cannot tell for floats ('1e+16' from 1e16, '2.0' from 2.0): items known to be floats
    get CPython's float repr as their key (the helper returned); items that may be ints
    or floats are refused, as str(x) is."""
    from .core import type_of
    from .lambda_args import key_items_source

    source = key_items_source(fx, node)
    if source is None:
        return None
    typ = type_of(fx, source)
    item = element_type(typ)
    if item.kind == "float":
        return "py_float_repr"
    # An iterable of unknown items (what a function value returned) is let through, as
    # an open value from Dash is: its items are refused where they are printed.
    if typ.kind != "anyf" and t.may_hold_float(item):
        fx.report("CP115", source, name=ast.unparse(source))
    return None


def _refuse_floats_unseen(fx, node, name: str) -> None:
    """`f = str; f(x / 2)`: `str` held as a value is called where the compiler does
    not see what it is given (`_note_builtin_value` found no items it is mapped over).
    Where a float may be passed to a function value (function_values.py), the value's
    text would show `2` for 2.0: refused."""
    from .function_values import ARGS

    if ARGS in fx.unit.value_floats_assumed:
        fx.report(
            "CP100",
            node,
            construct=f"`{name}` held as a value where a float may be passed to it",
            hint=f"call {name}(...) where it is given the value, or use a format spec: "
            "the value alone cannot tell 2.0 from 2",
        )


def _note_builtin_value(fx, node, name: str) -> bool:
    """A builtin used as a value may be called where the compiler does not see it
    (function_values.py); `map(float, xs)` and `key=abs` are typed where they are.
    Whether it may be called so."""
    from .builtins import BUILTINS
    from .function_values import note_value_result
    from .lambda_args import item_types

    if item_types(fx, node) is not None:
        return False
    entry = BUILTINS.get(name)
    fixed = entry is not None and not callable(entry.result)
    note_value_result(fx.unit, entry.result if fixed else t.ANYF)
    return True


def _known_value(fx, node, k, loc) -> js.Expr:
    unit = fx.unit
    if k.kind == "exception":
        # Code naming an exception class can raise it with any arguments: their str()
        # needs the whole py_exc_str (see py_exc_text.js).
        unit.helpers.update(("py_exceptions", "py_exc_str"))
        if k.name in MODULE_EXCEPTIONS:  # json.JSONDecodeError: py_json_loads.js
            unit.helpers.add(MODULE_EXCEPTIONS[k.name])
        return js.Name("py_" + k.name, loc=loc)
    if k.kind == "builtin":
        helper = BUILTIN_VALUES.get(k.name)
        if helper is None:
            fx.report(
                "CP112",
                node,
                name=k.name,
                hint=REFUSED_BUILTINS.get(k.name, "call it directly instead"),
            )
            return js.Literal("undefined", loc=loc)
        unseen = _note_builtin_value(fx, node, k.name)
        if k.name in PRINTING_BUILTINS:
            helper = _printed_key(fx, node) or helper
            if unseen:
                _refuse_floats_unseen(fx, node, k.name)
        return unit.helper(helper)
    if k.kind == "dash":
        return dash_value(fx, node, k.name, loc)
    if k.kind == "module":
        if k.name == "js":
            fx.report(
                "CP118",
                node,
                name="js",
                hint="use an attribute of it: js.window, js.document, js.console ...",
            )
        else:
            fx.report(
                "CP118",
                node,
                name=k.name,
                hint=f"use its functions: {k.name}.<name>(...)",
            )
        return js.Literal("undefined", loc=loc)
    if k.kind in ("math", "json"):
        from .modules import module_function_value

        return module_function_value(fx, node, k.kind, k.name)
    return js.Literal("undefined", loc=loc)


def dash_value(fx, node, name: str, loc) -> js.Expr:
    unit = fx.unit
    if name == "no_update":
        return unit.call("py_no_update", loc=loc)
    if name in ("ctx", "callback_context"):
        return js.Name(fx.ctx_variable(), loc=loc)
    if name == "PreventUpdate":
        return unit.call("py_prevent_update", loc=loc)
    if name == "set_props":
        return unit.helper("py_set_props")
    if name == "Patch":
        return unit.helper("py_patch")
    return js.Literal("undefined", loc=loc)


def module_attribute(fx, node: ast.Attribute) -> js.Expr | None:
    """`math.pi`, `js.window`, `dash.no_update`: attributes of known modules."""
    k = fx.known_name(node)
    if k is not None:
        # `import dash` then `dash.ctx.triggered_id`, `dash.no_update`, as Dash's docs
        # write them: the same objects as `from dash import ctx`.
        return global_value(fx, node, node.attr, fx.dotted_value(node)[1])
    found, value = fx.dotted_value(node)
    if found and (k := known(value)) is not None and k.kind == "exception":
        return global_value(
            fx, node, node.attr, value
        )  # `json.decoder.JSONDecodeError`
    base = node.value
    if not isinstance(base, ast.Name) or fx.lookup_local(base.id) is not None:
        if isinstance(base, ast.Attribute):
            return None
        return None
    found, value = fx.lookup_global(base.id)
    if not found:
        return None
    k = known(value)
    if k is not None and k.kind == "module":
        from .modules import module_attr

        return module_attr(fx, node, k.name)
    if isinstance(value, pytypes.ModuleType) and is_library_module(value):
        fx.report(
            "CP109",
            node,
            name=f"{base.id}.{node.attr}",
            hint="only `math`, `json` and `clientpy.js` can be used in clientside code",
        )
        return js.Literal("undefined", loc=loc_of(node))
    if isinstance(value, pytypes.ModuleType) and hasattr(value, node.attr):
        # `import dash` then `dash.no_update`; `import helpers` then `helpers.fn`.
        return global_value(fx, node, node.attr, getattr(value, node.attr))
    return None


def _is_json_like(value, depth: int = 0) -> bool:
    if depth > 50:
        return False
    if value is None or isinstance(value, (bool, int, float, str)):
        return not (
            isinstance(value, int)
            and not isinstance(value, bool)
            and abs(value) > 2**53
        )
    if isinstance(value, (list, tuple)):
        return all(_is_json_like(item, depth + 1) for item in value)
    if type(value) is set and depth == 0:
        # A set of scalars, as the global's own value (one nested in a list would be
        # a second object in JS where Python shares one).
        return all(
            not isinstance(item, tuple) and _is_json_like(item, 1) for item in value
        )
    if isinstance(value, dict):
        return all(
            isinstance(key, (str, int)) and _is_json_like(item, depth + 1)
            for key, item in value.items()
        )
    return False


def _order_rebuilds(value: set) -> bool:
    """Whether a set of numbers built by adding its members in its own order iterates
    in that order: the bundle makes it so (py_set), and CPython's order may have come
    from another history (`set([33, 1, 65, 2, 97])`). Sets holding strs iterate in
    insertion order in the browser (CPython's order for strs is the process's own)."""
    members = list(value)
    if any(isinstance(member, str) for member in members):
        return True
    again: set = set()
    for member in members:
        again.add(member)
    return list(again) == members


def user_constant(fx, name: str, value) -> str:
    unit = fx.unit
    key = id(value)
    if key in unit.bound and not isinstance(value, (bool, int, float, str)):
        return unit.bound[key]
    from .constants import constant_expression, shared_objects, shared_value

    js_name = unit.unique_name(name)
    unit.bound[key] = js_name
    unit.keep_alive.append(value)
    if isinstance(value, (list, dict, set)) and changed_global(fx, name):
        unit.copy_result = True  # it may be returned, changed, call after call
    # `__main__` under `python app.py` is the module `clientpy build app.py` imports:
    # one key for both, so that the two write the same bundle.
    module = module_name(fx.pyfunc)
    shared = shared_objects(module, getattr(fx.pyfunc, "__globals__", {}))
    literal = constant_expression(unit, value, shared)
    if isinstance(value, (list, dict, set)):
        # One object per module-level list, dict or set for the whole bundle: a callback
        # that changes it is seen by the others, as they share the module in Python.
        literal = shared_value(unit, shared.get(key, f"{module}.{name}"), literal)
    unit.declarations.append(js.VarDecl("const", ((js_name, literal),)))
    return js_name


def user_exception(fx, node, cls: type) -> str:
    unit = fx.unit
    key = id(cls)
    if key in unit.bound:
        return unit.bound[key]
    base = cls.__bases__[0]
    if cls.__module__ == "builtins":  # one the runtime does not have (MemoryError)
        fx.report(
            "CP100",
            node,
            construct=f"the built-in exception `{cls.__name__}`",
            hint="clientside code never raises it: catch the exceptions it can raise "
            "(ValueError, TypeError, KeyError, IndexError, ZeroDivisionError...) or "
            "Exception",
        )
        return "undefined"
    if len(cls.__bases__) != 1 and issubclass(cls, Exception):
        bases = ", ".join(b.__name__ for b in cls.__bases__)
        fx.report(
            "CP100",
            node,
            construct=f"an exception class with several bases (`{cls.__name__}({bases})`)",
            hint="derive it from one exception class, and name the others in the "
            "`except` clauses that should catch it too",
        )
        return "undefined"
    if not issubclass(base, Exception):
        fx.report("CP101", node)
        return "undefined"
    own = set(vars(cls)) - {
        "__module__",
        "__qualname__",
        "__doc__",
        "__dict__",
        "__weakref__",
    }
    if own:
        # Methods or attributes (__init__, __str__, code = 1) would be dropped silently.
        fx.report(
            "CP100",
            node,
            construct=f"a body in exception class `{cls.__name__}` ({', '.join(sorted(own))})",
            hint="exception classes in clientside code may hold only a docstring or `pass`; "
            "pass details as arguments: raise MyError(code, message)",
        )
        return "undefined"
    k = known(base)
    if k is not None and k.kind == "exception":
        unit.helpers.update(("py_exceptions", "py_exc_str"))
        base_js: js.Expr = js.Name("py_" + base.__name__)
    else:
        base_js = js.Name(user_exception(fx, node, base))
    js_name = unit.unique_name(cls.__name__)
    unit.bound[key] = js_name
    unit.keep_alive.append(cls)
    # `class Error(Exception)` is `class Error$` (JS's Error stays reachable): named
    # Error all the same in messages, repr() and tracebacks
    renamed = cls.__name__ if js_name != cls.__name__ else None
    unit.declarations.append(js.ClassDecl(js_name, base_js, renamed))
    return js_name


def user_function(fx, node, func) -> str | None:
    unit = fx.unit
    key = id(func)
    if key in unit.bound:
        return unit.bound[key]
    filename = func.__code__.co_filename
    if is_library_file(filename):
        module = getattr(func, "__module__", "?")
        fx.report(
            "CP109",
            node,
            name=f"{module}.{func.__qualname__}",
            hint="only your own functions, `math` and `json` can be called from clientside code",
        )
        return None
    from .functions import compile_user_function

    return compile_user_function(fx, node, func)


def is_library_module(module) -> bool:
    """A module of the standard library or of an installed package, also one built
    into the interpreter (`time`, `itertools`: no file)."""
    if module.__name__ in sys.builtin_module_names:
        return True
    return is_library_file(getattr(module, "__file__", None) or "")


def is_library_file(filename: str) -> bool:
    if not filename:
        return False
    if "site-packages" in filename or "dist-packages" in filename:
        return True
    return any(filename.startswith(root + "/") for root in STDLIB if root) and (
        not filename.startswith(sys.prefix + "/src")
    )


EXCEPTION_NAMES = frozenset(BUILTIN_EXCEPTIONS)
