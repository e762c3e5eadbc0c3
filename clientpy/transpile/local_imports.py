"""`import` statements that open a function, as the module-level names they stand for.

`def f(x): import json; return json.dumps(x)` binds `json` in the function before any
of its code runs, to the same module an `import json` at the top of the file gives. So
after parsing, the imports a def starts with are taken out of its body and kept on the
def (`imported_names`), where the name lookup finds them before the module's globals
(context.py). Only what the translation knows is taken: `math`, `json`, Dash's names
and `clientpy.js`; importing those at build time runs no code of the user's.

An import is left in place, for check.py to refuse (CP105), where it does not open the
function (a name read before it would be unbound in CPython), where the function or
one around it also binds the name some other way, or where it names another module.
"""

from __future__ import annotations

import ast
import importlib
import types
from typing import Any

# Packages whose modules the translation maps (their names are looked up as globals).
_KNOWN_PACKAGES = frozenset({"math", "json", "dash", "clientpy"})
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef)


def hoist_imports(tree: ast.Module) -> ast.Module:
    _hoist_within(tree, [])
    return tree


def _hoist_within(node: ast.AST, enclosing: list) -> None:
    """The defs inside `node`, each knowing the defs around it (`enclosing`)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, _DEFS):
            _hoist(child, enclosing)
            _hoist_within(child, [*enclosing, child])
        else:
            _hoist_within(child, enclosing)


def _hoist(func: ast.FunctionDef | ast.AsyncFunctionDef, enclosing: list) -> None:
    start = 1 if _is_docstring(func.body[0]) else 0
    end = start
    while end < len(func.body) and isinstance(
        func.body[end], (ast.Import, ast.ImportFrom)
    ):
        end += 1
    if end == start:
        return
    found: dict[str, Any] = {}
    for statement in func.body[start:end]:
        names = _resolved(statement)
        if names is None:
            return  # left whole: check.py names the first import it refuses
        found.update(names)
    if set(found) & _other_bindings(func, func.body[start:end]):
        return
    if any(set(found) & _other_bindings(outer, []) for outer in enclosing):
        return  # a local of the def around it: the lookup would find that first
    func.imported_names = found
    del func.body[start:end]
    if not func.body:
        func.body.append(ast.Pass(lineno=func.lineno, col_offset=func.col_offset))


def _is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def _resolved(statement: ast.Import | ast.ImportFrom) -> dict[str, Any] | None:
    """The names `statement` binds and their values, or None where one is not known."""
    found: dict[str, Any] = {}
    if isinstance(statement, ast.Import):
        for alias in statement.names:
            module = _module(alias.name)
            if module is None:
                return None
            if alias.asname:
                found[alias.asname] = module
            else:  # `import dash.exceptions` binds `dash`
                found[alias.name.partition(".")[0]] = _module(
                    alias.name.partition(".")[0]
                )
        return found
    if statement.level or statement.module is None:
        return None  # a relative import reaches the user's own modules
    module = _module(statement.module)
    if module is None:
        return None
    for alias in statement.names:
        if alias.name == "*" or not hasattr(module, alias.name):
            return None
        found[alias.asname or alias.name] = getattr(module, alias.name)
    return found


def _module(name: str) -> types.ModuleType | None:
    if name.partition(".")[0] not in _KNOWN_PACKAGES:
        return None
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _other_bindings(func, imports: list[ast.stmt]) -> set[str]:
    """The names the function binds besides its opening imports: its parameters and
    every store, def, class, `except ... as`, `global` and `nonlocal` of its own
    scope, and the `nonlocal` names of the functions inside (their other names are
    their own)."""
    skipped = {id(statement) for statement in imports}
    bound = {a.arg for a in _arguments(func.args)}
    todo = [s for s in func.body if id(s) not in skipped]
    while todo:
        node = todo.pop()
        if isinstance(node, (*_DEFS, ast.ClassDef)):
            bound.add(node.name)
            todo.extend(node.decorator_list)  # run in this scope
            # a `nonlocal` inside rebinds a name of this scope
            for inner in ast.walk(node):
                if isinstance(inner, ast.Nonlocal):
                    bound.update(inner.names)
            continue
        if isinstance(node, ast.Lambda):
            continue
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound.add(node.id)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            bound.update(node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update(a.asname or a.name.partition(".")[0] for a in node.names)
        todo.extend(ast.iter_child_nodes(node))
    return bound


def _arguments(args: ast.arguments) -> list[ast.arg]:
    extra = [a for a in (args.vararg, args.kwarg) if a is not None]
    return [*args.posonlyargs, *args.args, *args.kwonlyargs, *extra]
