"""`for ch in text:` where every read of `ch` asks about one character (`ord(ch)`,
`ch.isdigit()`, `int(ch)`, `ch == "x"`): the loop binds the code point itself
(`text.codePointAt(i)`), not a one-character str each read looks into.

A djb2 hash of 20k labels (`h = ((h * 33) ^ ord(ch)) & 0xFFFFFFFF`) ran at 1.37x the
hand-written twin's time, 1.11x without the str made per character; a Luhn checksum's
`[int(c) for c in code if c.isdigit()]` 1.60x, 1.30x. Over a str each item is one code
point, so these reads cannot fail on it: an ASCII one is answered from the number
(the tests of CPython's own answers for the 128 ASCII characters, made at build
time), any other through the str helper given `String.fromCodePoint(ch)`. Over
anything but a str the loop and the reads are left as they are: both ask
`walks_code_points`, of the same node in the same context, so they agree.

The name qualifies when nothing else could see the difference: the loop is its only
binding, and every read is one of those, directly in the scope that runs the loop (a
function's body, or the comprehension whose generator binds it); no nested function,
lambda or comprehension there names it at all.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..scope import (
    COMPREHENSIONS,
    FUNCTIONS,
    TreeFact,
    children,
    kept_for_tree,
    nodes_of,
)
from .core import expr, once, type_of
from .registry import loc_of

SCOPES = (*FUNCTIONS, ast.ClassDef)

# str methods without arguments answered for one code point: ASCII from the number.
METHODS = (
    "isdigit",
    "isdecimal",
    "isnumeric",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
)
BUILTINS = ("ord", "int")  # the builtin must be the one a read calls

_FOUND = TreeFact("code_points")


def walks_code_points(fx, target, iter_node) -> bool:
    """The loop binding `target` over `iter_node` binds code points."""
    found = _found(fx.node)[0].get(id(target))
    return (
        found is not None
        and found[0] is iter_node
        and all(_builtin(fx, name) for name in found[1])
        and type_of(fx, iter_node).kind == "str"
    )


def point_read(fx, node) -> js.Expr | None:
    """The JS of `node`, a read of such a loop's name (a call or a comparison); None
    where `node` is none, or its loop walks no str."""
    found = _found(fx.node)[1].get(id(node))
    if found is None or not walks_code_points(fx, *found[:2]):
        return None
    kind, detail, name = found[2:]
    # The name's read as any other (unbound before the loop has run: an error).
    if kind == "ord":
        return expr(fx, name)
    first, point = once(fx, expr(fx, name))
    read = READS[kind](fx, point, detail)
    if first is not point:
        read = js.Sequence((first, read))
    return js.replace(read, loc=loc_of(node))


# ----------------------------------------------------------------- the reads
def _int(fx, point, _detail) -> js.Expr:
    digit = _ascii_test(point, set(range(48, 58)))
    value = js.Binary("-", point, js.Num(48))
    return js.Conditional(digit, value, fx.unit.call("py_int_digits", _str(point)))


def _method(fx, point, name: str) -> js.Expr:
    answers = {c for c in range(128) if getattr(chr(c), name)()}
    ascii_ = js.Binary("<", point, js.Num(128))
    other = fx.unit.call("py_str_" + name, _str(point))
    return js.Conditional(ascii_, _ascii_test(point, answers), other)


def _equals(fx, point, detail) -> js.Expr:
    op, other = detail
    return js.Binary(op, point, js.Num(ord(other)))


READS = {"int": _int, "method": _method, "equals": _equals}


def _str(point) -> js.Expr:
    return js.Call(js.Member(js.Name("String"), "fromCodePoint"), (point,))


def _ascii_test(point, answers: set[int]) -> js.Expr:
    """`point` is in `answers` (ASCII code points), as ranges of them."""
    test = None
    for lo, hi in _ranges(sorted(answers)):
        if lo == hi:
            part = js.Binary("===", point, js.Num(lo))
        else:
            low = js.Binary(">=", point, js.Num(lo))
            part = js.Binary("&&", low, js.Binary("<=", point, js.Num(hi)))
        test = part if test is None else js.Binary("||", test, part)
    return test if test is not None else js.Literal("false")


def _ranges(points: list[int]):
    start = prev = None
    for p in points:
        if prev is not None and p == prev + 1:
            prev = p
            continue
        if start is not None:
            yield start, prev
        start = prev = p
    if start is not None:
        yield start, prev


# ----------------------------------------------------------------- finding them
def _builtin(fx, name: str) -> bool:
    k = fx.known_name(ast.Name(id=name, ctx=ast.Load()))
    return k is not None and k.kind == "builtin" and k.name == name


def _found(scope) -> tuple[dict, dict]:
    """({id(target): (iterable, builtins its reads call)}, {id(read): (target,
    iterable, kind, detail, name read)}) of the loops of `scope` whose name
    qualifies."""

    def make():
        loops, reads = {}, {}
        for target, iterable, found in _qualifying(scope):
            names = {kind for _, kind, _, _ in found if kind in BUILTINS}
            loops[id(target)] = (iterable, frozenset(names))
            for node, kind, detail, name in found:
                reads[id(node)] = (target, iterable, kind, detail, name)
        return loops, reads

    return kept_for_tree(_FOUND, scope, make)


def _qualifying(scope):
    """(target, iterable, reads) of the loops of `scope` whose name qualifies."""
    if not _asks_about_characters(scope):
        return  # no read can qualify: the walks below are skipped
    direct = list(_direct_nodes(scope))
    if isinstance(scope, COMPREHENSIONS):
        loops = [(gen.target, gen.iter) for gen in scope.generators]
        first = scope.generators[0]
        everything = list(_walk_all(first, skip=first.iter))
        for part in [*scope.generators[1:], *_results(scope)]:
            everything += list(ast.walk(part))
    else:
        loops = [(n.target, n.iter) for n in direct if isinstance(n, ast.For)]
        everything = list(ast.walk(scope))
    loops = [(target, it) for target, it in loops if isinstance(target, ast.Name)]
    if not loops:
        return  # the walks below are for the reads of loop names
    direct_ids = {id(n) for n in direct}
    parents = {id(c): n for n in everything for c in children(n)}
    for target, iterable in loops:
        found = _reads_of(target, everything, direct_ids, parents)
        if found:
            yield target, iterable, found


def _reads_of(target: ast.Name, everything, direct_ids, parents) -> list | None:
    """(node, kind, detail, name) of each read of the loop's name, or None where it
    is used, bound or named any other way."""
    found = []
    for node in everything:
        if node is target:
            continue
        if _binds(node, target.id):
            return None
        if not (isinstance(node, ast.Name) and node.id == target.id):
            continue
        if not isinstance(node.ctx, ast.Load) or id(node) not in direct_ids:
            return None
        read = _read(node, parents)
        if read is None:
            return None
        found.append((*read, node))
    return found


def _asks_about_characters(scope) -> bool:
    """`scope` holds a call of `ord` or `int`, a call of one of METHODS or a
    comparison with a one-character str: the reads a loop's name needs to qualify."""
    return (
        any(
            isinstance(call.func, ast.Name) and call.func.id in BUILTINS
            for call in nodes_of(scope, ast.Call)
        )
        or any(a.attr in METHODS for a in nodes_of(scope, ast.Attribute))
        or any(
            isinstance(part, ast.Constant)
            and isinstance(part.value, str)
            and len(part.value) == 1
            for compare in nodes_of(scope, ast.Compare)
            for part in (compare.left, *compare.comparators)
        )
    )


def _read(name: ast.Name, parents):
    """(node, kind, detail) where `name` is read as one of READS."""
    parent = parents.get(id(name))
    if _called_with(parent, name) and parent.func.id in BUILTINS:
        return parent, parent.func.id, None
    call = parents.get(id(parent))
    if (
        isinstance(parent, ast.Attribute)
        and parent.attr in METHODS
        and isinstance(call, ast.Call)
        and call.func is parent
        and not call.args
        and not call.keywords
    ):
        return call, "method", parent.attr
    if isinstance(parent, ast.Compare) and len(parent.ops) == 1:
        op = {ast.Eq: "===", ast.NotEq: "!=="}.get(type(parent.ops[0]))
        other = parent.comparators[0] if parent.left is name else parent.left
        one_char = isinstance(other, ast.Constant) and isinstance(other.value, str)
        if op and one_char and len(other.value) == 1:
            return parent, "equals", (op, other.value)
    return None


def _called_with(call, name) -> bool:
    return (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.args == [name]
        and not call.keywords
    )


def _binds(node, name: str) -> bool:
    """A binding of `name` that is not an `ast.Name`."""
    if isinstance(node, ast.arg):
        return node.arg == name
    if isinstance(node, (*SCOPES, ast.ExceptHandler)):
        return getattr(node, "name", None) == name
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return name in node.names
    if isinstance(node, ast.alias):
        return (node.asname or node.name) == name
    return False


def _direct_nodes(scope):
    """The nodes `scope` runs itself: not those of functions, lambdas or
    comprehensions nested in it (a comprehension's first iterable runs outside)."""
    if isinstance(scope, COMPREHENSIONS):
        roots = [*_results(scope)]
        for i, gen in enumerate(scope.generators):
            roots += [gen.target, *gen.ifs] + ([gen.iter] if i else [])
    else:
        roots = list(children(scope))
    todo = roots
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, (*SCOPES, *COMPREHENSIONS)):
            todo.extend(children(node))


def _results(comp) -> list:
    return [comp.key, comp.value] if isinstance(comp, ast.DictComp) else [comp.elt]


def _walk_all(node, skip):
    """ast.walk(node) without the subtree `skip`."""
    todo = [node]
    while todo:
        sub = todo.pop()
        if sub is skip:
            continue
        yield sub
        todo.extend(children(sub))
