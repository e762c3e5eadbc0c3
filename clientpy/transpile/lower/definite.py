"""Definite assignment: which reads of a local may happen before it is assigned.

Python raises UnboundLocalError there; JS would read `undefined` and go on. Reads that
are provably after an assignment on every path (nearly all of them) are left alone; the
others get a check. Conservative by construction: loops may run zero times, a handler
may run after any statement of its `try`, and only the end of a block that cannot fall
through (return, raise, break, continue) counts as "assigns everything".
"""

from __future__ import annotations

import ast

from ..scope import COMPREHENSIONS, children, nodes_of, walk

EVERYTHING = None  # the set of all names: what a block that never falls through leaves


def _meet(a, b):
    if a is EVERYTHING:
        return b
    if b is EVERYTHING:
        return a
    return a & b


def _join(a, names):
    return EVERYTHING if a is EVERYTHING else a | names


class DefiniteAssignment:
    def __init__(self, locals_: set[str], params: set[str], deleted: set[str]):
        self.locals = locals_
        self.maybe_unbound: set[int] = set()  # id() of ast.Name reads to check
        self.start = frozenset(params)
        self.deleted = deleted
        # Names a function made here unbinds through `nonlocal` (`except ... as x`):
        # any call may do it, so every read is checked.
        self.unbound_by_calls: set[str] = set()

    # ------------------------------------------------------------ expressions
    def expr(self, node, assigned):
        """Checks reads in evaluation order; returns what is assigned afterwards."""
        if node is None:
            return assigned
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id in self.locals and (
                node.id in self.unbound_by_calls
                or (assigned is not EVERYTHING and node.id not in assigned)
            ):
                self.maybe_unbound.add(id(node))
            return assigned
        if isinstance(node, ast.NamedExpr):
            assigned = self.expr(node.value, assigned)
            return _join(assigned, {node.target.id})
        if isinstance(node, ast.Lambda):
            # the defaults are evaluated where the lambda is made; the body runs later
            for default in [*node.args.defaults, *node.args.kw_defaults]:
                assigned = self.expr(default, assigned)
            self.free_reads(node, assigned)
            return assigned
        if isinstance(node, COMPREHENSIONS):
            inner = _join(assigned, self._comprehension_targets(node))
            for gen in node.generators:
                self.expr(gen.iter, inner)
                for cond in gen.ifs:
                    self.expr(cond, inner)
            for part in ("elt", "key", "value"):
                self.expr(getattr(node, part, None), inner)
            return assigned
        if isinstance(node, ast.BoolOp):
            assigned = self.expr(node.values[0], assigned)
            for value in node.values[1:]:
                self.expr(value, assigned)  # may not run: walrus there is not definite
            return assigned
        if isinstance(node, ast.IfExp):
            assigned = self.expr(node.test, assigned)
            return _meet(
                self.expr(node.body, assigned), self.expr(node.orelse, assigned)
            )
        for child in children(node):
            assigned = self.expr(child, assigned)
        return assigned

    @staticmethod
    def _comprehension_targets(node) -> set[str]:
        names = set()
        for gen in node.generators:
            for sub in walk(gen.target):
                if isinstance(sub, ast.Name):
                    names.add(sub.id)
        return names

    def target(self, node, assigned):
        """Reads inside a target (subscripts) then the names it binds."""
        names = set()
        for sub in walk(node):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                names.add(sub.id)
            elif isinstance(sub, (ast.Subscript, ast.Attribute)):
                assigned = self.expr(sub.value, assigned)
                if isinstance(sub, ast.Subscript):
                    assigned = self.expr(sub.slice, assigned)
        return _join(assigned, names)

    # ------------------------------------------------------------ statements
    def block(self, body, assigned):
        for stmt in body:
            if assigned is EVERYTHING:
                break  # unreachable
            assigned = self.stmt(stmt, assigned)
        return assigned

    def stmt(self, node, assigned):
        method = getattr(self, "stmt_" + type(node).__name__, None)
        if method is not None:
            return method(node, assigned)
        return self.expr(node, assigned)

    def stmt_Delete(self, node, assigned):
        """`del x` reads x (unbound, it raises) and leaves it unbound."""
        from ..check import deleted_targets

        for target in deleted_targets(node):
            if not isinstance(target, ast.Name):
                assigned = self.expr(target, assigned)
                continue
            unbound = assigned is not EVERYTHING and target.id not in assigned
            if target.id in self.locals and unbound:
                self.maybe_unbound.add(id(target))
            if assigned is not EVERYTHING:
                assigned = assigned - {target.id}
        return assigned

    def stmt_Assign(self, node, assigned):
        assigned = self.expr(node.value, assigned)
        for target in node.targets:
            assigned = self.target(target, assigned)
        return assigned

    def stmt_AnnAssign(self, node, assigned):
        if node.value is None:
            return assigned
        return self.target(node.target, self.expr(node.value, assigned))

    def stmt_AugAssign(self, node, assigned):
        name = node.target
        if (
            isinstance(name, ast.Name)
            and name.id in self.locals
            and assigned is not EVERYTHING
            and name.id not in assigned
        ):
            self.maybe_unbound.add(id(name))  # `x += 1` reads x first
        assigned = self.expr(node.value, assigned)
        return self.target(node.target, assigned)

    def stmt_FunctionDef(self, node, assigned):
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            assigned = self.expr(default, assigned)
        assigned = _join(assigned, {node.name})
        self.free_reads(node, assigned)
        return assigned

    def free_reads(self, func, assigned) -> None:
        """Reads of this function's locals inside a nested function, which runs when it
        is called: a local not surely assigned where the function is made, or one this
        function deletes (`del x`, `except ... as x`), may be unbound by then, and
        CPython raises NameError. Such reads get a check."""
        for name, read in _free_reads(func):
            if name in self.locals and (
                name in self.deleted
                or (assigned is not EVERYTHING and name not in assigned)
            ):
                self.maybe_unbound.add(id(read))

    stmt_AsyncFunctionDef = stmt_FunctionDef

    def stmt_Return(self, node, assigned):
        self.expr(node.value, assigned)
        return EVERYTHING

    def stmt_Raise(self, node, assigned):
        self.expr(node.exc, assigned)
        self.expr(node.cause, assigned)
        return EVERYTHING

    def stmt_Break(self, node, assigned):
        return EVERYTHING

    stmt_Continue = stmt_Break

    def stmt_If(self, node, assigned):
        assigned = self.expr(node.test, assigned)
        return _meet(self.block(node.body, assigned), self.block(node.orelse, assigned))

    def stmt_While(self, node, assigned):
        # A name the body may unbind (`del x`, `except ... as x`) may be unbound at the
        # next test, in the next round, and after the loop.
        unbound = _unbound_in(node.body)
        self.expr(node.test, _without(assigned, unbound))  # the tests after the first
        assigned = _without(self.expr(node.test, assigned), unbound)
        self.block(node.body, assigned)
        after_else = self.block(node.orelse, assigned)
        if isinstance(node.test, ast.Constant) and node.test.value and not node.orelse:
            return assigned  # `while True`: left by break, after which nothing is known
        return _meet(assigned, after_else) if after_else is not EVERYTHING else assigned

    def stmt_For(self, node, assigned):
        assigned = _without(self.expr(node.iter, assigned), _unbound_in(node.body))
        self.block(node.body, self.target(node.target, assigned))
        self.block(node.orelse, assigned)
        return assigned

    def stmt_Try(self, node, assigned):
        after_body = self.block(node.body, assigned)
        after_else = self.block(node.orelse, after_body)
        result = after_else
        # A handler may run after any statement of the body: what the body may unbind
        # (`del x`, an inner `except ... as x`) may be unbound there.
        caught = _without(assigned, _unbound_in(node.body))
        for handler in node.handlers:
            self.expr(handler.type, caught)
            start = _join(caught, {handler.name}) if handler.name else caught
            after = self.block(handler.body, start)
            if handler.name and after is not EVERYTHING:
                after = after - {handler.name}  # Python deletes the name
            result = _meet(result, after)
        # The finally block may run after any of them, however it was left: its reads
        # are checked as after what they may unbind; what it leaves is as after none.
        parts = [*node.body, *node.handlers, *node.orelse]
        self.block(node.finalbody, _without(assigned, _unbound_in(parts)))
        after_finally = self.block(node.finalbody, assigned)
        if after_finally is EVERYTHING:
            return EVERYTHING
        if result is EVERYTHING:
            return EVERYTHING
        # what the finally block assigns, less what it may unbind (`del x`)
        unbound = assigned - after_finally
        return (frozenset(result) - unbound) | (after_finally - assigned)


def _free_reads(func):
    """(name, read) for every read in a nested function's body (its own nested
    functions included) of a name none of them binds."""
    from ..scope import function_scope

    todo = [(func, frozenset())]
    while todo:
        fn, shadowed = todo.pop()
        shadowed = shadowed | function_scope(fn).locals
        body = fn.body if isinstance(fn.body, list) else [fn.body]
        stack = list(body)
        while stack:
            sub = stack.pop()
            if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                todo.append((sub, shadowed))
                # its defaults are read where it is made, in this body
                stack.extend(d for d in sub.args.defaults if d is not None)
                stack.extend(d for d in sub.args.kw_defaults if d is not None)
                continue
            is_read = isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load)
            if is_read and sub.id not in shadowed:
                yield sub.id, sub
            stack.extend(children(sub))


def _without(assigned, names: set[str]):
    return assigned if assigned is EVERYTHING or not names else assigned - names


def _unbound_in(body) -> set[str]:
    """The names a block may unbind: `del x`, `except ... as x` (not in the functions
    made in it, whose names are their own)."""
    out: set[str] = set()
    stack = list(body)
    while stack:
        sub = stack.pop()
        if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        if isinstance(sub, ast.ExceptHandler) and sub.name:
            out.add(sub.name)
        elif isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Del):
            out.add(sub.id)
        stack.extend(children(sub))
    return out


def _deleted_names(node) -> set[str]:
    out = set()
    for sub in nodes_of(node, ast.Name, ast.ExceptHandler):
        if isinstance(sub, ast.Name):
            if isinstance(sub.ctx, ast.Del):
                out.add(sub.id)
        elif sub.name:
            out.add(sub.name)
    return out


def _unbound_through_nonlocal(node) -> set[str]:
    out: set[str] = set()
    for inner in nodes_of(node, ast.FunctionDef, ast.AsyncFunctionDef):
        if inner is not node:
            declared = {n for s in nodes_of(inner, ast.Nonlocal) for n in s.names}
            out |= declared & _unbound_in(inner.body)
    return out


def maybe_unbound_reads(node, locals_: set[str], params) -> set[int]:
    analysis = DefiniteAssignment(locals_, set(params), _deleted_names(node))
    analysis.unbound_by_calls = _unbound_through_nonlocal(node)
    analysis.deleted |= analysis.unbound_by_calls
    body = node.body if isinstance(node.body, list) else [node.body]
    analysis.block(body, frozenset(params))
    return analysis.maybe_unbound
