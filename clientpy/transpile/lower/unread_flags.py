"""Float flags of summed locals that no code reads, dropped with their updates.

sum_flags.py sets a local's flag after each of its bindings while the function is
lowered, before it is known whether anything prints the local (a printing path asks
for the flag where it meets the local, after the bindings). Once the whole body is
lowered, the flags no code reads are known: their updates are taken out and the flags
are not declared, so a sum that is only returned or compared costs nothing extra. An
update reading another flag (`t = total` sets t's flag from total's) keeps that one
only while its own flag is kept.
"""

from __future__ import annotations

from .. import jstree as js
from .dedupe import references


def drop_unread_flags(fx, body: list[js.Stmt]) -> list[js.Stmt]:
    updates = fx.flag_update_stmts  # id(update statement) -> its flag
    if not updates:
        return body
    flags = set(updates.values())
    read: set[str] = set()
    read_by_update: dict[str, set[str]] = {flag: set() for flag in flags}

    def visit(value, reads: set[str]) -> None:
        if isinstance(value, js.ExprStmt) and id(value) in updates:
            reads = read_by_update[updates[id(value)]]
        if isinstance(value, js.Name):
            if value.id in flags:
                reads.add(value.id)
        elif isinstance(value, js.Assign) and isinstance(value.target, js.Name):
            visit(value.value, reads)  # the flag set is not read
        elif isinstance(value, js.Node):
            for item in value.field_values():
                visit(item, reads)
        elif isinstance(value, tuple):
            for item in value:
                visit(item, reads)

    for statement in body:
        visit(statement, read)
    todo = list(read)
    while todo:
        for other in read_by_update.get(todo.pop(), ()):
            if other not in read:
                read.add(other)
                todo.append(other)
    unread = flags - read
    if not unread:
        return body
    dead = {i for i, flag in updates.items() if flag in unread}
    kept = [_without(s, dead) for s in body if id(s) not in dead]
    if references(tuple(kept), unread):
        return body  # an update was rebuilt after it was made: left as it is
    fx.temps[:] = [name for name in fx.temps if name not in unread]
    for name in [n for n, flag in fx.sum_flags.items() if flag in unread]:
        del fx.sum_flags[name]  # (so parameter_flags sets none on entry)
    return kept


def _without(node, dead: set[int]):
    """`node` with the statements whose ids are in `dead` left out of its blocks."""
    if isinstance(node, js.Node):
        changes = {}
        for name in node.FIELDS:
            value = getattr(node, name)
            new = _without(value, dead)
            if new is not value:
                changes[name] = new
        return js.replace(node, **changes) if changes else node
    if isinstance(node, tuple):
        items = tuple(_without(item, dead) for item in node if id(item) not in dead)
        same = len(items) == len(node) and all(a is b for a, b in zip(items, node))
        return node if same else items
    return node
