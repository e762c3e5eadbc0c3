"""The state lowering carries: the compile unit and the function being lowered."""

from __future__ import annotations

import ast
import builtins
import inspect
import types
from dataclasses import dataclass, field
from typing import Any

from .. import jstree as js
from ..diagnostics import Diagnostic, SourceInfo
from ..names import js_identifier
from ..scope import ScopeInfo, comprehension_targets, function_scope
from ..types import ANY, NEVER, T
from .known import known


@dataclass
class Unit:
    """Everything one entry function needs: user functions, constants, helpers."""

    helpers: set[str] = field(default_factory=set)
    methods: set[str] = field(default_factory=set)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    declarations: list[js.Stmt] = field(default_factory=list)
    # id(python object) -> JS name, for functions, constants and exception classes
    bound: dict[int, str] = field(default_factory=dict)
    keep_alive: list[Any] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)
    signatures: dict[str, Any] = field(default_factory=dict)  # JS name -> ast.arguments
    entry: Any = None  # the FunctionContext of the function being compiled
    clean_return: bool = False  # every result is already Dash data (see boundary.py)
    copied_args: tuple = ()  # positions of arguments the callback may change in place
    # A container that outlives a call (a module-level list the code changes, a mutable
    # default) may be returned: the bundle's wrapper hands Dash a copy of the result.
    copy_result: bool = False
    return_types: dict[str, Any] = field(default_factory=dict)  # JS name -> result type
    # (id(function), parameter types) -> JS name of that version (see specialize.py)
    compiled_versions: dict[tuple, str] = field(default_factory=dict)
    # (id(function), position) -> JS name of a default value evaluated once
    default_names: dict[tuple, str] = field(default_factory=dict)
    analyses: Any = None
    untouched: Any = None  # the callback's names holding Dash data as it came
    for_dash: bool = False  # results converted for Dash where they are returned
    # JS name -> Python name of module-level functions referenced as values (arity.py)
    used_as_value: dict[str, str] = field(default_factory=dict)
    # What this compilation assumes and what it found may cross calls of function
    # values (function_values.py).
    value_floats_assumed: frozenset[str] = frozenset()
    value_floats_seen: set[str] = field(default_factory=set)
    # id(lambda) of sort keys returning a pair through py_list_sort_second (pair_keys.py)
    pair_keys: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        from .specialize import Analyses

        self.analyses = Analyses()

    def helper(self, name: str) -> js.Name:
        self.helpers.add(name)
        return js.Name(name)

    def call(self, helper: str, *args: js.Expr, loc=None) -> js.Call:
        return js.Call(self.helper(helper), tuple(args), loc=loc)

    def unique_name(self, wanted: str) -> str:
        name = js_identifier(wanted)
        candidate, n = name, 1
        while candidate in self.taken:
            n += 1
            candidate = f"{name}_{n}"
        self.taken.add(candidate)
        return candidate


@dataclass
class Loop:
    break_label: str | None  # set when `break` must skip a for/while `else`


class FunctionContext:
    """One Python function (or lambda, or comprehension) being lowered."""

    def __init__(
        self,
        unit: Unit,
        source: SourceInfo,
        pyfunc,
        node,
        parent: FunctionContext | None = None,
        scope: ScopeInfo | None = None,
    ):
        self.unit = unit
        self.source = source
        self.pyfunc = pyfunc  # the top-level Python function object (for its globals)
        self.node = node
        self.parent = parent
        self.scope = scope if scope is not None else function_scope(node)
        self.temps: list[str] = []
        self.loops: list[Loop] = []
        self.array_flags: dict[str, str] = {}  # invariant_tests.py: JS name -> its test
        self.label_count = 0
        self.env: dict[str, T] = {}  # local name -> inferred type
        self.type_cache: dict[int, T] = {}
        self.is_async = isinstance(node, ast.AsyncFunctionDef)
        self.ctx_name: str | None = None  # set when the function reads Dash's ctx
        # For bare `raise`: the JS name of each exception an enclosing handler caught,
        # or ("finally", name) where a `finally` holds the one propagating (or
        # undefined when the body ended normally).
        self.except_stack: list = []
        self.own_items: dict[str, bool] = {}  # own_items.holds_only_own, per local
        self.local_functions: dict[str, Any] = {}  # nested def name -> Signature
        self.local_definitions: dict[str, Any] = {}  # name -> its only def/lambda
        self.local_results: dict[tuple, T] = {}  # see local_functions.py
        self.lambda_names: dict[int, str] = {}  # id(lambda) -> the name bound to it
        self.shared_floats = False  # a float is stored through an alias (aliasing.py)
        self.shared_items = False  # another type is stored so (aliasing.py)
        self.stores_unseen = False  # stores no analysis follows (out_of_sight.py)
        self.plain_dicts: set[str] = set()  # locals kept as JS objects (plain_dicts.py)
        self.plain_nodes: set[int] = set()  # the dict(...) and displays making them
        self.eager_genexps: set[int] = set()
        self.comprehensions: dict[int, tuple[Any, FunctionContext]] = {}
        self.is_comprehension = False
        self.typer = None
        self.defaults: dict[int, js.Expr] = {}
        self.param_types: dict[str, T] = {}  # for unannotated parameters
        # Called by Dash or JS only (the function compiled, not a version of a helper):
        # its parameters hold JS values, a number an int when integral (compile_parsed)
        self.takes_dash_values = False
        # Parameters typed by their annotation alone: (type, annotation node), checked
        # on entry (annotation_checks.py).
        self.annotated_params: dict[str, tuple[T, Any]] = {}
        self.maybe_unbound: set[int] = set()  # reads that may precede any assignment
        # sum_flags.py: summed locals (name -> may hold no number), found once after
        # inference, and the JS name of each one's float flag
        self.summed_locals: dict[str, bool] | None = None
        self.sum_flags: dict[str, str] = {}
        self.flag_update_stmts: dict[int, str] = {}  # unread_flags.py
        # generator_sums.py: id(generator) -> its sum's flag, where it is printed
        self.generator_sum_flags: dict[int, str] = {}
        self.flagged_sums: dict[int, bool] = {}  # id(sum call) -> flagged_sum's answer
        # dash_number_text.py: id(`a if c else b`) -> the JS temp holding its test
        self.held_tests: dict[int, str] = {}
        self.narrowed: dict[str, T] = {}  # types known inside `if isinstance(x, T):`
        # a local's type when it is not None (inference.py), and the reads of locals
        # where they are not None: read id -> name (narrowing.py)
        self.not_none: dict[str, T] = {}
        self.guarded_reads: dict[int, str] = {}
        # id of a Name reading a parameter in the value that rebinds it first
        # (`size = int(size or 10)`): the type it arrives with (rebound_params.py)
        self.incoming_reads: dict[int, T] = {}
        self.object_literals: set[int] = set()  # dict displays emitted as JS objects
        # Records (records.py), by display id: their stores, key types and display keys.
        self.record_stores: dict[int, list] = {}
        self.record_fields: dict[int, dict[str, T]] = {}
        self.record_keys: dict[int, frozenset] = {}
        self.record_receivers: set[int] = set()  # ids of `rec` in `rec["k"] = v`
        self.fields_final = False
        # ids of the arguments it gives to functions that may store into them
        self.written_ids: frozenset[int] = frozenset()

    def forget_types(self) -> None:
        """Types computed from locals' types, redone after these change (comprehension
        scopes too: they read this function's locals)."""
        self.type_cache.clear()
        self.local_results.clear()
        self.comprehensions.clear()

    def js_name_of(self, name: str) -> str:
        return js_identifier(name)

    @property
    def qualname(self) -> str:
        """Python's `__qualname__` of this function, as CPython names it in messages."""
        if self.parent is None:
            return getattr(self.pyfunc, "__qualname__", "?")
        return f"{self.parent.qualname}.<locals>.{_scope_name(self.node)}"

    def declarations(self) -> list[js.Stmt]:
        """`let` for every local and temporary: Python locals are function-scoped."""
        names = [
            self.js_name_of(n)
            for n in sorted(self.scope.locals - set(self.scope.params))
        ]
        names += self.temps
        if not names:
            return []
        return [js.VarDecl("let", tuple((n, None) for n in names))]

    def ctx_variable(self) -> str:
        """Dash's callback context, captured at entry (it is gone after an `await`)."""
        root = self
        while root.parent is not None:
            root = root.parent
        if root.ctx_name is None:
            root.ctx_name = "$ctx"
        return root.ctx_name

    def comprehension_elem_type(self, node, elt) -> T:
        from .core import type_of
        from .functions import comprehension_context

        if self._reads_untyped(node):
            # Mid-inference, a local it reads has no type yet: its own inference would
            # settle that name as ANY for good. No type yet; a later round has one.
            return NEVER
        return type_of(comprehension_context(self, node), elt)

    def _reads_untyped(self, node) -> bool:
        own = comprehension_targets(node)
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Name)
                and isinstance(sub.ctx, ast.Load)
                and sub.id not in own
            ):
                owner = self.lookup_local(sub.id)
                if owner is not None and id(sub) in owner.incoming_reads:
                    continue  # `xs = [f(x) for x in xs]`: the argument, typed already
                if owner is not None and _untyped(owner.env.get(sub.id, ANY)):
                    return True
        return False

    # ----------------------------------------------------------- diagnostics
    def report(self, code: str, node, **args) -> None:
        self.unit.diagnostics.append(Diagnostic.make(code, node, self.source, **args))

    # ----------------------------------------------------------- names
    def temp(self) -> str:
        root = self.function_root()
        name = f"${len(root.temps) + 1}"
        root.temps.append(name)
        return name

    def function_root(self) -> FunctionContext:
        return self

    def label(self) -> str:
        self.label_count += 1
        return f"$loop{self.label_count}"

    def lookup_local(self, name: str) -> FunctionContext | None:
        ctx: FunctionContext | None = self
        while ctx is not None:
            if name in ctx.scope.locals:
                return ctx
            ctx = ctx.parent
        return None

    def local_type(self, name: str) -> T:
        owner = self.lookup_local(name)
        if owner is None:
            return ANY
        return owner.env.get(name, ANY)

    def known_name(self, node) -> Any:
        """What the name `node` stands for when it is one clientpy knows (a builtin,
        `math`, Dash's `no_update`...) and no local hides it; else None. A dotted name
        through modules is known when it reaches one of Dash's objects (`dash.ctx`,
        `dash.exceptions.PreventUpdate`), as Dash's docs write them."""
        if isinstance(node, ast.Attribute):
            found, value = self.dotted_value(node)
            k = known(value) if found else None
            return k if k is not None and k.kind == "dash" else None
        if not isinstance(node, ast.Name) or self.lookup_local(node.id) is not None:
            return None
        found, value = self.lookup_global(node.id)
        return known(value) if found else None

    def dotted_value(self, node) -> tuple[bool, Any]:
        """(found, value) of `a.b.c` where `a` is a global module and each step an
        attribute of a module."""
        attrs = []
        while isinstance(node, ast.Attribute):
            attrs.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name) or self.lookup_local(node.id) is not None:
            return False, None
        found, value = self.lookup_global(node.id)
        for attr in reversed(attrs):
            if not found or not isinstance(value, types.ModuleType):
                return False, None
            if not hasattr(value, attr):
                return False, None
            value = getattr(value, attr)
        return found, value

    def lookup_global(self, name: str) -> tuple[bool, Any]:
        """(found, value) for a free name, the way Python would find it at call time."""
        ctx = self
        while ctx is not None:  # `import json` opening this function or one around it
            imported = getattr(ctx.node, "imported_names", None)
            if imported and name in imported:
                return True, imported[name]
            ctx = ctx.parent
        func = self.pyfunc
        closure = inspect.getclosurevars(func) if func.__closure__ else None
        if closure is not None and name in closure.nonlocals:
            return True, closure.nonlocals[name]
        if name in func.__globals__:
            return True, func.__globals__[name]
        if hasattr(builtins, name):
            return True, getattr(builtins, name)
        return False, None

    def function_called(self, call: ast.Call) -> types.FunctionType | None:
        """The Python function `f(...)` calls where `f` is a free name (not a local of
        this function or one enclosing it), or None."""
        func = call.func
        if not isinstance(func, ast.Name) or self.lookup_local(func.id) is not None:
            return None
        found, value = self.lookup_global(func.id)
        return value if found and isinstance(value, types.FunctionType) else None


def js_local(name: str) -> js.Name:
    return js.Name(js_identifier(name))


_COMPREHENSION_NAMES = {
    ast.ListComp: "<listcomp>",
    ast.SetComp: "<setcomp>",
    ast.DictComp: "<dictcomp>",
    ast.GeneratorExp: "<genexpr>",
    ast.Lambda: "<lambda>",
}


def _scope_name(node) -> str:
    return _COMPREHENSION_NAMES.get(type(node)) or node.name


def _untyped(typ: T) -> bool:
    """No type yet, or a container whose elements have none yet (`[]` before appends)."""
    return typ.kind == "never" or any(_untyped(arg) for arg in typ.args)
