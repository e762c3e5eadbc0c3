"""Iteration, shared by `for` statements and comprehensions.

`range()` becomes a counting loop on a hidden counter (assigning the loop variable in
the body must not change the iteration, as in Python); lists and strings are walked by
index, sets and views use `for-of`; anything of open type goes through `py_iter`.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from ..types import ANY, INT, STR, element_type, is_open
from .bounded import bounded
from .code_points import walks_code_points
from .core import expr, is_array, is_simple, type_of
from .iteration_guard import changes_walked
from .known import builtin_call, is_range_call
from .targets import assign
from .walked_views import changes_no_dict


def _pair_target(target) -> bool:
    return (
        isinstance(target, (ast.Tuple, ast.List))
        and len(target.elts) == 2
        and not any(isinstance(e, ast.Starred) for e in target.elts)
    )


def loop(
    fx, target, iter_node, body: list[js.Stmt], loc=None, given=None, runs=None
) -> list[js.Stmt]:
    """Statements that run `body` once per item, with `target` assigned. `given`: the
    iterable already evaluated, as (JS expression, type), in place of `iter_node`.
    `runs`: the Python nodes run between one step and the next (the body), where
    known; None where other code may run between steps (a lazy generator)."""
    if walks_code_points(fx, target, iter_node):
        iterable = given[0] if given is not None else expr(fx, iter_node)
        return _code_point_walk(fx, target, iterable, body, loc)
    if isinstance(given, RangeMade):
        return given.loop(fx, target, body, loc)
    if given is not None:
        iterable, iter_t = given
        return _loop_over(fx, target, iterable, iter_t, body, loc)
    if is_range_call(fx, iter_node):
        counted = _range_loop(fx, target, iter_node, body, loc)
        if counted is not None:
            return counted
        bounds = js.Name(fx.temp())
        args = [expr(fx, arg) for arg in iter_node.args]
        made = js.Assign(bounds, fx.unit.call("py_range_bounds", *args))
        return [js.ExprStmt(made), *_bounds_loop(fx, target, bounds, body, loc)]
    backwards = _reversed_loop(fx, target, iter_node, body, loc)
    if backwards is not None:
        return backwards
    if isinstance(target, ast.Name) and runs is not None:
        viewed = _slice_loop(fx, target, iter_node, body, loc, runs)
        if viewed is not None:
            return viewed
    if _pair_target(target):
        special = _pair_loop(fx, target, iter_node, body, loc, runs)
        if special is not None:
            return special
    return _loop_over(
        fx, target, expr(fx, iter_node), type_of(fx, iter_node), body, loc
    )


# Kinds a for loop iterates without py_iter (a dict through its keys()).
ITERABLE_KINDS = frozenset({"list", "tuple", "tuplen", "str", "set", "view", "dict"})


# Kinds of what Dash sent, most often a list: walked by index where it is one.
_OPEN_KINDS = frozenset({"any", "anyf"})


def _loop_over(fx, target, iterable, iter_t, body, loc) -> list[js.Stmt]:
    if iter_t.kind == "dict":
        iterable = js.Call(js.Member(iterable, "keys"), ())
    elif iter_t.kind in _OPEN_KINDS:
        return _open_walk(fx, target, iterable, element_type(iter_t), body, loc)
    elif iter_t.kind not in ITERABLE_KINDS:
        # Lazy iterators too: py_iter keeps a `break` from closing them (Python's for
        # leaves an iterator open, to be resumed later).
        iterable = fx.unit.call("py_iter", iterable)
    elem_t = element_type(iter_t)
    if iter_t.is_sequence:
        return _index_walk(fx, target, iterable, elem_t, body, loc)
    if iter_t.kind == "str":
        return _str_walk(fx, iterable, lambda ch: _bind_char(fx, target, ch), body, loc)
    if isinstance(target, ast.Name):
        owner = fx.lookup_local(target.id)
        name = js.Name(owner.js_name_of(target.id) if owner else target.id)
        return [js.ForOf(name, iterable, tuple(body), loc=loc)]
    item = js.Name(fx.temp())
    head = assign(fx, target, item, elem_t)
    return [js.ForOf(item, iterable, tuple(head + body), loc=loc)]


def _index_walk(fx, target, iterable, elem_t, body, loc) -> list[js.Stmt]:
    """A list or tuple walked by index, its length read at each step as Python's list
    iterator does (an item appended in the body is reached, a list cut short ends the
    loop). V8 ran `for-of` over arrays slower: a count over 100k floats 1.10x -> 0.93x
    the hand-written twin's time."""
    prelude, seq = _held(fx, iterable, always=True)
    i = js.Name(fx.temp())
    head = assign(fx, target, js.Index(seq, i), elem_t)
    in_bounds = js.Binary("<", i, js.Member(seq, "length"))
    return [*prelude, _counting(i, in_bounds, [*head, *body], loc)]


def _open_walk(fx, target, iterable, elem_t, body, loc) -> list[js.Stmt]:
    """A value of open type walked: by index where it is a list or tuple (as
    _index_walk, its length read at each step), else through py_iter's iterator, in
    one loop so that the body is written once. V8 boxes each float a `for-of` over an
    array gives: a sum over 100k floats from Dash ran 3.2x the hand-written loop's
    time that way, 1.6x this one's."""
    prelude, seq = _held(fx, iterable, always=True)
    array, it, i, step = (js.Name(fx.temp()) for _ in range(4))
    symbol = js.Member(js.Name("Symbol"), "iterator")
    iterator = js.Call(js.Index(fx.unit.call("py_iter", seq), symbol), ())
    prelude += [
        js.ExprStmt(
            js.Assign(array, js.Call(js.Member(js.Name("Array"), "isArray"), (seq,)))
        ),
        js.ExprStmt(
            js.Assign(it, js.Conditional(array, js.Literal("undefined"), iterator))
        ),
    ]
    following = js.Unary(
        "!", js.Member(js.Assign(step, js.Call(js.Member(it, "next"), ())), "done")
    )
    test = js.Conditional(array, js.Binary("<", i, js.Member(seq, "length")), following)
    item = js.Conditional(array, js.Index(seq, i), js.Member(step, "value"))
    head = assign(fx, target, item, elem_t)
    return [*prelude, _counting(i, test, [*head, *body], loc)]


def _str_walk(fx, iterable, head_of, body, loc, prelude=()) -> list[js.Stmt]:
    """A str walked by index, a surrogate pair taken whole (a code point, as Python's
    str iterator and JS's give). V8's string iterator ran a Luhn checksum over 20k codes
    2.3x the hand-written twin's time, the index walk 1.8x. `head_of(ch)`: the
    statements that bind the character."""
    held, text = _held(fx, iterable, always=True)
    i = js.Name(fx.temp())
    length = js.Member(text, "length")
    ch = js.Conditional(
        js.Binary(
            "&&",
            _surrogate_half(text, i, 0xD800),
            _surrogate_half(text, js.Binary("+", i, js.Num(1)), 0xDC00),
        ),
        js.Call(
            js.Member(text, "slice"),
            (i, js.Binary("+", js.Update("++", i, prefix=True), js.Num(1))),
        ),
        js.Index(text, i),
    )
    walk = _counting(i, js.Binary("<", i, length), [*head_of(ch), *body], loc)
    return [*held, *prelude, walk]


def _code_point_walk(fx, target, iterable, body, loc) -> list[js.Stmt]:
    """`for ch in text` whose name is only asked about one character (code_points.py):
    the name bound to `text.codePointAt(i)`, a surrogate pair's second half stepped
    over."""
    held, text = _held(fx, iterable, always=True)
    i = js.Name(fx.temp())
    point = js.Call(js.Member(text, "codePointAt"), (i,))
    head = assign(fx, target, point, INT)  # `name = point`: a name's one statement
    astral = js.Binary(">", head[0].expr.target, js.Num(0xFFFF))
    step = js.If(astral, (js.ExprStmt(js.Update("++", i, prefix=True)),))
    walk = _counting(
        i, js.Binary("<", i, js.Member(text, "length")), [*head, step, *body], loc
    )
    return [*held, walk]


def _bind_char(fx, target, ch: js.Expr) -> list[js.Stmt]:
    """The target bound to the character; through a temporary where the target is not a
    name (the character's expression steps the index: it must run once)."""
    if isinstance(target, ast.Name):
        return assign(fx, target, ch, STR)
    item = js.Name(fx.temp())
    return [js.ExprStmt(js.Assign(item, ch)), *assign(fx, target, item, STR)]


def _surrogate_half(text, i, half: int) -> js.Expr:
    """`(text.charCodeAt(i) & 0xFC00) === half` (NaN past the end: false)."""
    unit = js.Call(js.Member(text, "charCodeAt"), (i,))
    return js.Binary("===", js.Binary("&", unit, js.Num(0xFC00)), js.Num(half))


def _reversed_loop(fx, target, node, body, loc) -> list[js.Stmt] | None:
    """`for x in reversed(xs)` of a list or tuple: an index walk down from the last
    item, with no iterator object."""
    seq_node = _reversed_sequence(fx, node)
    if seq_node is None:
        return None
    elem_t = element_type(type_of(fx, seq_node))
    return _walk_down(
        fx, seq_node, lambda item: assign(fx, target, item, elem_t), body, loc
    )


def _reversed_sequence(fx, node) -> ast.expr | None:
    """xs of `reversed(xs)` where xs is a list or tuple."""
    if not (builtin_call(fx, node, "reversed") and len(node.args) == 1):
        return None
    if node.keywords or isinstance(node.args[0], ast.Starred):
        return None
    if type_of(fx, node.args[0]).kind not in ("list", "tuple", "tuplen"):
        return None
    return node.args[0]


def _walk_down(fx, seq_node, head_of, body, loc, prelude=()) -> list[js.Stmt]:
    """As CPython's reverse iterator, each step takes the item at the index while the
    index is within the list (a list cut short by the body ends the loop; items
    appended are not reached). `head_of(item)`: the statements that bind it."""
    held, seq = _held(fx, expr(fx, seq_node), always=True)
    i = js.Name(fx.temp())
    length = js.Member(seq, "length")
    start = js.Assign(i, js.Binary("-", length, js.Num(1)))
    within = js.Binary("&&", js.Binary(">=", i, js.Num(0)), js.Binary("<", i, length))
    head = head_of(js.Index(seq, i))
    walk = js.For(start, within, js.Update("--", i), (*head, *body), loc=loc)
    return [*held, *prelude, walk]


class RangeMade:
    """A `range(...)` made where a generator expression is made, walked later inside it
    (CPython makes the range, checking its arguments, when the generator is made): its
    arguments evaluated outside and passed in as `passed` (parameter name, value), and
    counted through inside, so that no array of its items is made."""

    def __init__(self, fx, node: ast.Call) -> None:
        self.node = node
        args = [expr(fx, arg) for arg in node.args]
        if _counts_as_written(fx, node, args):
            # ints, and a literal step: only the arguments that are no literal are
            # passed, each a parameter the loop reads as is (nothing rebinds it).
            self.args = [
                a if isinstance(a, js.Num) else js.Name(f"$range{i}")
                for i, a in enumerate(args)
            ]
            self.passed = [
                (a.id, value)
                for a, value in zip(self.args, args)
                if isinstance(a, js.Name)
            ]
            self.bounds = None
        else:  # checked as range() checks them: [first, step, length]
            self.bounds = js.Name("$range")
            self.passed = [(self.bounds.id, fx.unit.call("py_range_bounds", *args))]

    def loop(self, fx, target, body, loc) -> list[js.Stmt]:
        if self.bounds is None:
            return _range_loop(fx, target, self.node, body, loc, given=self.args)
        return _bounds_loop(fx, target, self.bounds, body, loc)


def _bounds_loop(fx, target, bounds: js.Name, body, loc) -> list[js.Stmt]:
    """A loop through a range given as py_range_bounds gave it: [first, step, length]
    (for a range whose arguments' types are open: no array of its items is made)."""
    k = js.Name(fx.temp())
    first, step, length = (js.Index(bounds, js.Num(n)) for n in range(3))
    item = js.Binary("+", first, js.Binary("*", k, step))
    head = assign(fx, target, item, INT)
    count = js.Binary("<", k, length)
    start, update = js.Assign(k, js.Num(0)), js.Update("++", k)
    return [js.For(start, count, update, tuple(head + body), loc=loc)]


def _counts_as_written(fx, node: ast.Call, args: list[js.Expr]) -> bool:
    """Whether `_range_loop` counts through this range with the arguments as they are:
    ints or bools, and a step (if any) that is a literal other than 0."""
    if any(type_of(fx, arg).kind not in ("int", "bool") for arg in node.args):
        return False
    return len(args) < 3 or (isinstance(args[2], js.Num) and args[2].value != 0)


def _range_loop(
    fx, target, node: ast.Call, body, loc, given=None
) -> list[js.Stmt] | None:
    """`given`: the arguments as JS parameters evaluated before (RangeMade), not held."""
    args = given if given is not None else [expr(fx, arg) for arg in node.args]
    if any(type_of(fx, arg).kind not in ("int", "bool") for arg in node.args):
        return None  # range(2.5) raises TypeError: let py_range_bounds say so
    start, stop, step = js.Num(0), args[0], js.Num(1)
    if len(args) >= 2:
        start, stop = args[0], args[1]
    if len(args) == 3:
        step = args[2]
        if isinstance(step, js.Num) and step.value == 0:
            return None  # py_range raises the ValueError
    prelude: list[js.Stmt] = []

    def held(e: js.Expr) -> js.Expr:
        # range() evaluates its arguments once, in order; the body may rebind a name.
        name = js.Name(fx.temp())
        prelude.append(js.ExprStmt(js.Assign(name, e)))
        return name

    stepped = not isinstance(step, js.Num)
    if given is None and not is_simple(start) and (stepped or not is_simple(stop)):
        start = held(start)  # evaluated before the stop and step held below
    if given is None and (not is_simple(stop) or isinstance(stop, js.Name)):
        stop = held(stop)
    counter = fx.temp()
    i = js.Name(counter)
    if stepped:
        # The direction is known only at run time: the test asks the held step.
        step = held(step)
        fx.unit.helpers.add("py_exceptions")
        message = js.Str("range() arg 3 must not be zero")
        zero = js.Binary("===", step, js.Num(0))
        fail = js.Throw(js.New(js.Name("py_ValueError"), (message,)))
        prelude.append(js.If(zero, (fail,)))
        test = js.Conditional(
            js.Binary(">", step, js.Num(0)),
            js.Binary("<", i, stop),
            js.Binary(">", i, stop),
        )
    else:
        test = js.Binary("<" if step.value > 0 else ">", i, stop)
    update = (
        js.Update("++", i)
        if isinstance(step, js.Num) and step.value == 1
        else js.Assign(i, step, op="+=")
    )
    head = assign(fx, target, i, INT)
    return prelude + [
        js.For(js.Assign(i, start), test, update, tuple(head + body), loc=loc)
    ]


def _count_from(fx, i: js.Expr, start: js.Expr, start_node) -> js.Expr:
    """enumerate's count: the index plus its start (checked: a start near 2**53 could
    carry the count past it)."""
    if bounded(fx, start_node):
        return js.Binary("+", i, start)
    return fx.unit.call("py_num_add", i, start)


def _pair_loop(fx, target, node, body, loc, runs) -> list[js.Stmt] | None:
    """`for i, x in enumerate(xs)`, `for a, b in zip(xs, ys)` over lists and tuples, and
    `for k, v in d.items()` over a dict: index or entry loops, no tuples allocated.
    The bounds are read on every step, as Python's list iterators do."""
    first, second = target.elts
    node = _start_given(fx, node)
    if builtin_call(fx, node, "enumerate") and len(node.args) in (1, 2):
        seq_t = type_of(fx, node.args[0])
        start_t = type_of(fx, node.args[1]) if len(node.args) == 2 else INT
        if start_t.kind != "int":
            return None
        if (
            len(node.args) == 1
            and _pair_target(second)
            and builtin_call(fx, node.args[0], "zip")
            and len(node.args[0].args) == 2
        ):
            # `for i, (x, y) in enumerate(zip(xs, ys))`: the zip's index is the count.
            return _zip_loop(fx, second, node.args[0], body, loc, runs, count=first)
        if not seq_t.is_sequence:
            backwards = _reversed_enumerate(fx, target, node, body, loc)
            if backwards is not None:
                return backwards
            return _counted_loop(fx, target, node, body, loc)
        # Held: the body may rebind the name, and enumerate keeps the first list.
        prelude, seq = _held(fx, expr(fx, node.args[0]), always=True)
        start = expr(fx, node.args[1]) if len(node.args) == 2 else None
        if start is not None and not isinstance(start, js.Num):
            # evaluated once, after the list, as Python does (the body may rebind it)
            held_start, start = _held(fx, start, always=True)
            prelude += held_start
        i = js.Name(fx.temp())
        index = i if start is None else _count_from(fx, i, start, node.args[1])
        head = assign(fx, first, index, INT) + assign(
            fx, second, js.Index(seq, i), seq_t.elem
        )
        test = js.Binary("<", i, js.Member(seq, "length"))
        return prelude + [_counting(i, test, head + body, loc)]
    if builtin_call(fx, node, "zip") and len(node.args) == 2:
        return _zip_loop(fx, target, node, body, loc, runs)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "items"
        and not node.args
        and not node.keywords
    ):
        return _items_loop(fx, first, second, node.func.value, body, loc, runs)
    return None


def _items_loop(fx, first, second, recv, body, loc, runs) -> list[js.Stmt] | None:
    """`for k, v in d.items()`: over a Map its own entries (live, as Python's view); over
    a dict from Dash (a plain object) or a value of open type the pairs of a helper,
    each a fresh [k, v] (no frozen tuple). Object.entries' values are a snapshot: where
    the body may store into the dict, each value is read when its step comes."""
    recv_t = type_of(fx, recv)
    entry = js.Name(fx.temp())
    if recv_t.kind == "dict":
        if not isinstance(recv, ast.Name) and (
            runs is None or not changes_no_dict(fx, runs)
        ):
            # `groups[0].items()`: no loop guard looks at what is no plain name; the
            # view checks its size
            return None
        key_t, value_t, pairs = recv_t.args[0], recv_t.value, expr(fx, recv)
    elif recv_t.kind == "mapping" or is_open(recv_t):
        if not isinstance(recv, ast.Name) and (
            runs is None or not changes_no_dict(fx, runs)
        ):
            return None  # `rows.get("d", {}).items()`: the view checks its own size
        # (through another parameter too, where the size guard looks there: README)
        params = recv_t.kind != "mapping"
        live = runs is None or not isinstance(recv, ast.Name)
        live = live or changes_walked(fx, runs, recv, params)
        if recv_t.kind == "mapping":
            helper = "py_dict_entries_live" if live else "py_dict_entries"
            pairs = fx.unit.call(helper, expr(fx, recv))
        else:
            fx.unit.methods.add("dict.items")  # what py_callm finds for anything else
            live_js = js.Literal("true" if live else "false")
            pairs = fx.unit.call("py_items_pairs", expr(fx, recv), live_js)
        # (what an open container a float was stored into holds may be that float)
        key_t = value_t = ANY if recv_t.kind == "mapping" else element_type(recv_t)
    else:
        return None
    head = assign(fx, first, js.Index(entry, js.Num(0)), key_t) + assign(
        fx, second, js.Index(entry, js.Num(1)), value_t
    )
    return [js.ForOf(entry, pairs, tuple(head + body), loc=loc)]


def _zip_loop(fx, target, node, body, loc, runs, count=None) -> list[js.Stmt]:
    """`for x, y in zip(xs, ys)` (`count`: the target of an enclosing enumerate's
    index): an index loop, no tuple per step. Where xs or ys may be other iterables,
    the same loop asks once, before it starts, whether both are lists or tuples, and
    otherwise takes the pairs from py_zip (which raises for what is not iterable)."""
    first, second = target.elts
    types = [type_of(fx, arg) for arg in node.args]
    if all(typ.is_sequence for typ in types):
        views = _slice_views(fx, target, node, runs, count)
        return _index_loop(fx, node, views, first, second, body, loc, count)
    prelude_a, a = _held(fx, expr(fx, node.args[0]), always=True)
    prelude_b, b = _held(fx, expr(fx, node.args[1]), always=True)
    i = js.Name(fx.temp())
    indexed = assign(fx, first, js.Index(a, i), element_type(types[0])) + assign(
        fx, second, js.Index(b, i), element_type(types[1])
    )
    in_bounds = js.Binary(
        "&&",
        js.Binary("<", i, js.Member(a, "length")),
        js.Binary("<", i, js.Member(b, "length")),
    )

    def counted() -> list[js.Stmt]:
        return [] if count is None else assign(fx, count, i, INT)

    pairs = js.Name(fx.temp())
    step = js.Name(fx.temp())
    both_arrays = js.Binary(
        "&&",
        is_array(a),
        is_array(b),
    )
    zipped = js.Call(
        js.Index(
            fx.unit.call("py_zip", a, b), js.Member(js.Name("Symbol"), "iterator")
        ),
        (),
    )
    choose = js.Assign(pairs, js.Conditional(both_arrays, js.Literal("null"), zipped))
    pair = js.Member(step, "value")
    # Targets are bound in Python's order (the count first), once the step is known
    # to give a pair: a loop that runs out leaves them as they were.
    from_iterator = [
        js.ExprStmt(js.Assign(step, js.Call(js.Member(pairs, "next"), ()))),
        js.If(js.Member(step, "done"), (js.Break(),)),
        *counted(),
        *assign(fx, first, js.Index(pair, js.Num(0)), element_type(types[0])),
        *assign(fx, second, js.Index(pair, js.Num(1)), element_type(types[1])),
    ]
    from_arrays = [
        js.If(js.Unary("!", in_bounds), (js.Break(),)),
        *counted(),
        *indexed,
    ]
    head = js.If(
        js.Binary("===", pairs, js.Literal("null")),
        tuple(from_arrays),
        tuple(from_iterator),
    )
    loop = _counting(i, None, [head, *body], loc)
    return prelude_a + prelude_b + [js.ExprStmt(choose), loop]


def _slice_views(fx, target, node, runs, count) -> list:
    """Per argument of the zip, the slice read in place (slice_views.py), or None."""
    from .slice_views import slice_view, unchanged_during

    views = [slice_view(fx, arg) for arg in node.args]
    if not any(views) or runs is None:
        return [None] * len(views)
    names = [*target.elts, *([count] if count is not None else [])]
    # Items unpacked by the loop's own target could be generators.
    if not all(isinstance(n, ast.Name) for n in names):
        return [None] * len(views)
    return [v if v and unchanged_during(fx, v, runs) else None for v in views]


def _index_loop(fx, node, views, first, second, body, loc, count) -> list[js.Stmt]:
    """The zip of two lists or tuples as an index loop. A slice with a view
    (slice_views.py) is read from its list at an offset: `for a, b in zip(xs, xs[1:])`
    reads `xs[i]` and `xs[i + 1]`, while both exist, and copies nothing."""
    prelude: list[js.Stmt] = []
    held = []
    for arg, view in zip(node.args, views):
        before, seq = _held(fx, expr(fx, arg if view is None else view.base), True)
        prelude += before
        held.append(seq)
    i = js.Name(fx.temp())
    tests: list[js.Expr] = []
    items: list[js.Expr] = []
    for seq, view in zip(held, views):
        item, bounds = _read_at(seq, view, i)
        tests += bounds
        items.append(item)
    in_bounds = _all_of(tests)
    kinds = [element_type(type_of(fx, arg)) for arg in node.args]
    head = [] if count is None else assign(fx, count, i, INT)
    head += assign(fx, first, items[0], kinds[0])
    head += assign(fx, second, items[1], kinds[1])
    return prelude + [_counting(i, in_bounds, head + body, loc)]


def _slice_loop(fx, target, node, body, loc, runs) -> list[js.Stmt] | None:
    """`for line in lines[1:]`: an index loop over the list itself, where nothing in
    the body can change a list (slice_views.py). None where the slice is copied."""
    from .slice_views import slice_view, unchanged_during

    view = slice_view(fx, node)
    if view is None or not unchanged_during(fx, view, runs):
        return None
    prelude, seq = _held(fx, expr(fx, view.base), always=True)
    i = js.Name(fx.temp())
    item, tests = _read_at(seq, view, i)
    in_bounds = _all_of(tests)
    head = assign(fx, target, item, element_type(type_of(fx, node)))
    return [*prelude, _counting(i, in_bounds, [*head, *body], loc)]


def _counting(i: js.Name, test, body: list[js.Stmt], loc) -> js.For:
    """`for (i = 0; test; i++) { body }` (no test: the body breaks)."""
    return js.For(
        js.Assign(i, js.Num(0)), test, js.Update("++", i), tuple(body), loc=loc
    )


def _all_of(tests: list[js.Expr]) -> js.Expr:
    out = tests[0]
    for test in tests[1:]:
        out = js.Binary("&&", out, test)
    return out


def _read_at(seq, view, i) -> tuple[js.Expr, list[js.Expr]]:
    """The i-th item of `seq`, or of the slice `view` of it read in place, and the tests
    that it exists."""
    at: js.Expr = i
    length: js.Expr = js.Member(seq, "length")
    tests: list[js.Expr] = []
    if view is not None:
        if view.lower:
            at = js.Binary("+", i, js.Num(view.lower))
        if view.upper is not None and view.upper < 0:
            length = js.Binary("-", length, js.Num(-view.upper))
        elif view.upper is not None:
            tests.append(js.Binary("<", at, js.Num(view.upper)))
    tests.append(js.Binary("<", at, length))
    return js.Index(seq, at), tests


def _counted_loop(fx, target, node, body, loc) -> list[js.Stmt] | None:
    """`for i, x in enumerate(anything)`: a counter beside a plain loop over the items,
    with no enumerate object and no (i, x) tuple per item."""
    first, second = target.elts
    iterable = node.args[0]
    counter = _counter(fx, node)
    if counter is None:
        return None
    items = expr(fx, iterable)
    items_t = type_of(fx, iterable)
    prelude, count_head = counter
    if items_t.kind == "str":

        def head_of(ch):
            return count_head(first) + _bind_char(fx, second, ch)

        return _str_walk(fx, items, head_of, body, loc, prelude)
    if items_t.kind not in ("set", "view"):
        items = fx.unit.call("py_iter", items)
    item = js.Name(fx.temp())
    head = count_head(first) + assign(fx, second, item, element_type(items_t))
    counted = js.ForOf(item, items, tuple(head + body), loc=loc)
    return [*prelude, counted]


def _reversed_enumerate(fx, target, node, body, loc) -> list[js.Stmt] | None:
    """`for i, x in enumerate(reversed(xs))` of a list or tuple: the walk down of
    `_reversed_loop` with a counter."""
    seq_node = _reversed_sequence(fx, node.args[0])
    counter = _counter(fx, node) if seq_node is not None else None
    if counter is None:
        return None
    first, second = target.elts
    prelude, count_head = counter
    elem_t = element_type(type_of(fx, seq_node))

    def head_of(item):
        return count_head(first) + assign(fx, second, item, elem_t)

    return _walk_down(fx, seq_node, head_of, body, loc, prelude)


def _start_given(fx, node):
    """`enumerate(xs, start=1)` as `enumerate(xs, 1)` (the same order of evaluation)."""
    if not (
        isinstance(node, ast.Call)
        and len(node.args) == 1
        and len(node.keywords) == 1
        and node.keywords[0].arg == "start"
    ):
        return node
    given = ast.Call(node.func, [node.args[0], node.keywords[0].value], [])
    return given if builtin_call(fx, given, "enumerate") else node


def _counter(fx, node):
    """The count of `enumerate(it[, start])` beside a loop: (the statements before the
    loop, a function giving the statements that bind the target to the count and step
    it). None where start is not a literal or a name: Python evaluates it after the
    iterable, and py_enumerate keeps that order."""
    start = expr(fx, node.args[1]) if len(node.args) == 2 else js.Num(0)
    if not isinstance(start, (js.Num, js.Name)):
        return None
    count = js.Name(fx.temp())
    prelude = [js.ExprStmt(js.Assign(count, start))]
    index: js.Expr = count
    if len(node.args) == 2 and not bounded(fx, node.args[1]):
        # A start near 2**53: the count goes from 0, and start + count is checked
        # (only for counts given out: Python never makes the one after the last).
        base = js.Name(fx.temp())
        prelude = [
            js.ExprStmt(js.Assign(base, start)),
            js.ExprStmt(js.Assign(count, js.Num(0))),
        ]
        index = fx.unit.call("py_num_add", base, count)

    def count_head(first) -> list[js.Stmt]:
        step = js.ExprStmt(js.Assign(count, js.Binary("+", count, js.Num(1))))
        return assign(fx, first, index, INT) + [step]

    return prelude, count_head


def _held(fx, value: js.Expr, always=False) -> tuple[list[js.Stmt], js.Expr]:
    """Evaluate once before the loop (the loop reads it on every step); `always`: a
    name too, which the body may rebind."""
    if isinstance(value, js.Name) and not always:
        return [], value
    name = js.Name(fx.temp())
    return [js.ExprStmt(js.Assign(name, value))], name
