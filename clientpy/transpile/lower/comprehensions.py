"""List/set/dict comprehensions and generator expressions.

Each has its own scope, as in Python 3: lowered to an arrow function called at once,
with its loop variables declared inside (one binding per comprehension, so lambdas made
in it see the last value, as in Python). A generator expression stays lazy (a JS
generator); passed to a builtin that consumes everything it is built as an array
instead, and given to `any(...)`/`all(...)` it becomes a loop that returns at the first
deciding item (later items are never computed, and no generator is resumed per item);
summed, a loop that adds its numbers up.
"""

from __future__ import annotations

import ast

from .. import jstree as js
from .. import types as t
from ..scope import parents
from .bounded import STEP
from .core import expr, once, type_of, typeof_is
from .generator_sums import flagged_sum, item_float, sum_flag
from .iteration_guard import comprehension_walked, size_guard
from .known import is_range_call
from .registry import loc_of, lowers_expr
from .truth import truth


def _child(fx, node):
    from .functions import comprehension_context

    return comprehension_context(fx, node)


def _nest(cx, node, innermost: list[js.Stmt], first=None, walked=None) -> list[js.Stmt]:
    """The loops of `node`'s generators around `innermost`; `first` (expression, type),
    or a RangeMade, stands for the outermost iterable when it was evaluated outside.
    `walked`: the dicts or sets, by clause, that may change size while their loop walks
    them (iteration_guard.comprehension_walked): checked at each step, as CPython's
    iterator does."""
    from .loops import loop

    walked = walked or {}
    body = innermost
    # What runs between one step of a loop and the next: the element and the loops and
    # conditions inside. Not known for a lazy generator, whose consumer runs between.
    runs = None
    if not isinstance(node, ast.GeneratorExp):
        runs = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
    for i, gen in reversed(list(enumerate(node.generators))):
        for cond in reversed(gen.ifs):
            body = [js.If(truth(cx, cond), tuple(body))]
        guard = size_guard(cx, walked[i]) if i in walked else ([], [], [])
        before, each, ran_out = guard
        body = [*each, *body]
        given = first if i == 0 else None
        if runs is not None:
            runs = [*gen.ifs, *runs]
        loc = loc_of(gen.target)
        body = loop(cx, gen.target, gen.iter, body, loc=loc, given=given, runs=runs)
        body = [*before, *body, *ran_out]
        if runs is not None:
            runs = [gen.target, gen.iter, *runs]
    return body


def _scope_call(
    cx, statements: list[js.Stmt], node, generator=False, passed=(), stops=None
) -> js.Expr:
    """The comprehension's function, called at once; `passed`: (parameter name, value)
    of what was evaluated outside (the outermost iterable, min's `key=`...). A generator
    expression's body turns a StopIteration raised in it into RuntimeError (PEP 479),
    also where the generator is consumed at once (`list(g(x) for x in xs)`: `stops`
    True for the list comprehension it is lowered as)."""
    body = cx.declarations() + statements
    if stops or isinstance(node, ast.GeneratorExp):
        stop = js.Name("$stop")
        raised = cx.unit.call("py_generator_stop", stop)
        body = [js.Try(tuple(body), stop.id, (js.Throw(raised),))]
    params = tuple(js.Param(name) for name, _ in passed)
    func = js.Function(
        None, params, tuple(body), is_arrow=not generator, is_generator=generator
    )
    args = tuple(value for _, value in passed)
    return js.Call(func, args, loc=loc_of(node))


def _collect(fx, node, make_result: js.Expr, add, stops=False) -> js.Expr:
    """`stops`: a generator expression consumed at once, whose outermost iterable is
    evaluated outside its PEP 479 guard, as where the generator is made (a
    StopIteration raised there propagates as it is)."""
    if stops:
        passed, first = _outer(fx, node)
    else:
        outer = _shadowed_outer(fx, node)
        passed = [] if outer is None else [("$it", outer[0])]
        first = None if outer is None else (js.Name("$it"), outer[1])
    cx = _child(fx, node)
    result = js.Name("$r")
    walked = comprehension_walked(fx, node)
    body = _nest(cx, node, [js.ExprStmt(add(cx, result))], first, walked)
    statements = [js.VarDecl("const", (("$r", make_result),)), *body, js.Return(result)]
    return _scope_call(cx, statements, node, passed=passed, stops=stops)


def _shadowed_outer(fx, node) -> tuple[js.Expr, t.T] | None:
    """`[x for x in x]`, `[v.strip() for v in v.split(",")]`: the outermost iterable is
    evaluated in the enclosing scope, where a name the comprehension binds is still the
    enclosing one. Where it names such a target it is evaluated outside the
    comprehension's function, and passed in; (value, type), or None elsewhere."""
    from ..scope import comprehension_targets, name_ids

    first = node.generators[0].iter
    if not name_ids(first) & comprehension_targets(node):
        return None
    return expr(fx, first), type_of(fx, first)


@lowers_expr(ast.ListComp)
def lower_listcomp(fx, node: ast.ListComp, stops=False) -> js.Expr:
    """A list comprehension; `stops`: the generator expression `node` stands for, consumed
    at once, keeps a generator's PEP 479 guard."""
    push = lambda cx, r: js.Call(js.Member(r, "push"), (expr(cx, node.elt),))
    return _collect(fx, node, js.Array(()), push, stops)


@lowers_expr(ast.SetComp)
def lower_setcomp(fx, node: ast.SetComp) -> js.Expr:
    return _collect(
        fx,
        node,
        fx.unit.call("py_set", js.Array(())),
        lambda cx, r: fx.unit.call("py_set_add", r, expr(cx, node.elt)),
    )


@lowers_expr(ast.DictComp)
def lower_dictcomp(fx, node: ast.DictComp) -> js.Expr:
    return _collect(
        fx,
        node,
        js.New(js.Name("Map"), ()),
        lambda cx, r: fx.unit.call(
            "py_setitem", r, expr(cx, node.key), expr(cx, node.value)
        ),
    )


def _outer(fx, node) -> tuple[list, object]:
    """Python evaluates the outermost iterable (and takes its iterator) when the
    generator is made, in the enclosing scope; the rest runs lazily. (What is passed
    in, as `_scope_call` takes it; what `_nest` walks first.)"""
    from .loops import ITERABLE_KINDS, RangeMade

    outer = node.generators[0].iter
    if is_range_call(fx, outer):
        made = RangeMade(fx, outer)
        return made.passed, made
    outer_t = type_of(fx, outer)
    value = expr(fx, outer)
    if outer_t.kind not in ITERABLE_KINDS:
        value = fx.unit.call("py_iter", value)  # `(x for x in 5)` raises right away
        outer_t = t.ANY
    return [("$it", value)], (js.Name("$it"), outer_t)


@lowers_expr(ast.GeneratorExp)
def lower_genexp(fx, node: ast.GeneratorExp) -> js.Expr:
    if id(node) in fx.eager_genexps:
        listed = ast.ListComp(elt=node.elt, generators=node.generators)
        return lower_listcomp(fx, listed, stops=True)
    passed, outermost = _outer(fx, node)
    cx = _child(fx, node)
    yielded = [js.ExprStmt(js.Yield(expr(cx, node.elt)))]
    walked = comprehension_walked(fx, node)
    body = _nest(cx, node, yielded, outermost, walked)
    return _scope_call(cx, body, node, generator=True, passed=passed)


def short_circuit(fx, node: ast.GeneratorExp, decides: bool) -> js.Expr:
    """`any(gen)` (decides=True) or `all(gen)` (False): the first item whose truth is
    `decides` ends the loop with that answer; running out gives the other one."""
    passed, outermost = _outer(fx, node)
    cx = _child(fx, node)
    test = truth(cx, node.elt)
    if not decides:
        test = js.Unary("!", test)
    answer = js.Literal("true" if decides else "false")
    found = [js.If(test, (js.Return(answer),))]
    walked = comprehension_walked(fx, node)
    body = _nest(cx, node, found, outermost, walked)
    other = js.Literal("false" if decides else "true")
    return _scope_call(cx, [*body, js.Return(other)], node, passed=passed)


def counts(elt) -> bool:
    """`sum(1 for ...)`: a count, far from 2**53 (as a counter is, bounded.py)."""
    return (
        isinstance(elt, ast.Constant)
        and type(elt.value) is int
        and abs(elt.value) <= STEP
    )


def summed(fx, node: ast.GeneratorExp) -> js.Expr:
    """`sum(gen)` of numbers or of values of open type (the caller checks the item
    type): added up as they come, from the int 0, in order (as py_sum adds them), with
    no array of the items."""
    passed, outermost = _outer(fx, node)
    cx = _child(fx, node)
    total = js.Name("$s")
    item = expr(cx, node.elt)
    item_t = type_of(cx, node.elt)
    printed = flagged_sum(fx, parents(fx.node).get(id(node)))
    if printed:  # each item held, and asked after it is added (generator_sums.py)
        held_first, item = once(cx, item)
    if item_t.kind == "float" or counts(node.elt):
        add = js.Assign(total, item, op="+=")
    elif t.is_numeric(item_t):  # ints may add up past 2**53
        add = js.Assign(total, cx.unit.call("py_num_add", total, item))
    else:  # py_add raises CPython's TypeError for what is no number
        first, held = once(cx, item)
        add = js.Assign(
            total, numbers_apart(cx, first, held, total, "py_num_add", "py_add")
        )
    walked = comprehension_walked(fx, node)
    step: list[js.Stmt] = [js.ExprStmt(add)]
    start: list[js.Stmt] = [js.VarDecl("let", (("$s", js.Num(0)),))]
    if printed:
        flag = sum_flag(fx, node)
        if held_first is not item:
            step.insert(0, js.ExprStmt(held_first))
        floats = item_float(cx, node.elt, item)
        if floats is not None:
            step.append(js.ExprStmt(js.Assign(flag, js.Binary("||", flag, floats))))
        start.append(js.ExprStmt(js.Assign(flag, js.Literal("false"))))
    body = _nest(cx, node, step, outermost, walked)
    statements = [*start, *body, js.Return(total)]
    return _scope_call(cx, statements, node, passed=passed)


def flagged_list(fx, node: ast.ListComp) -> js.Expr:
    """The list of `sum([r["v"] for r in rows])` where the sum is printed: made as
    lower_listcomp makes it, each item asked whether it is a float as it is pushed
    (generator_sums.py). py_sum then adds the finished list, so that an item that
    raises does so before any addition, as in CPython."""
    flag = sum_flag(fx, node)

    def push(cx, result):
        first, item = once(cx, expr(cx, node.elt))
        steps = [first] if first is not item else []
        steps.append(js.Call(js.Member(result, "push"), (item,)))
        floats = item_float(cx, node.elt, item)
        if floats is not None:
            steps.append(js.Assign(flag, js.Binary("||", flag, floats)))
        return js.Sequence(tuple(steps))

    made = _collect(fx, node, js.Array(()), push)
    return js.Sequence((js.Assign(flag, js.Literal("false")), made))


def numbers_apart(cx, first, held, total, numbers: str, general: str) -> js.Expr:
    """`typeof item === "number" ? numbers(total, item) : general(total, item)`, for
    a running total that is a number: the shared general helper sees strs, lists... from
    every other caller, and V8's type feedback for its `+` with them, where the numbers
    helper's stays a number's (a fifth of group_stats' instructions)."""
    plain = cx.unit.call(numbers, total, held)
    return js.Conditional(
        typeof_is(first, "number"), plain, cx.unit.call(general, total, held)
    )


def extreme(fx, node: ast.GeneratorExp, smallest: bool, keywords=()) -> js.Expr:
    """`min(gen)` / `max(gen)`, with `key=` and `default=` if given (`keywords`, as
    written): the items compared as they come, each new one (or its key, called as it
    comes) against the best so far (`item < best`, as CPython compares them: the first
    of equals wins); no items is the default, or CPython's ValueError. The keywords are
    evaluated after the outermost iterable and before the first item, as in CPython."""
    outside, outermost = _outer(fx, node)
    given = {kw.arg: (js.Name("$" + kw.arg), expr(fx, kw.value)) for kw in keywords}
    cx = _child(fx, node)
    best, seen, item = js.Name("$best"), js.Name("$seen"), js.Name("$item")
    if "key" in given:
        key = given["key"][0]
        keyed, best_key = js.Name("$item_key"), js.Name("$best_key")
        no_key = js.Binary("===", key, js.Literal("null"))
        call = js.Conditional(no_key, item, js.Call(key, (item,)))
        # the key is min's, not the generator's: PEP 479 does not apply to it
        passed = js.Throw(cx.unit.call("py_consumer_stop", js.Name("$e")))
        keying = [js.Try((js.ExprStmt(js.Assign(keyed, call)),), "$e", (passed,))]
        compared_t = t.ANY
    else:
        keyed, best_key, keying = item, best, []
        compared_t = type_of(cx, node.elt)
    better = _better(cx, keyed, best_key, compared_t, smallest)
    take = [js.ExprStmt(js.Assign(best, item))]
    if "key" in given:
        take.append(js.ExprStmt(js.Assign(best_key, keyed)))
    step = [
        js.ExprStmt(js.Assign(item, expr(cx, node.elt))),
        *keying,
        js.If(
            js.Unary("!", seen),
            (js.ExprStmt(js.Assign(seen, js.Literal("true"))), *take),
            (js.If(better, tuple(take)),),
        ),
    ]
    walked = comprehension_walked(fx, node)
    body = _nest(cx, node, step, outermost, walked)
    if "default" in given:
        empty = js.Return(given["default"][0])
    else:
        cx.unit.helpers.add("py_exceptions")
        name = "min" if smallest else "max"
        message = js.Str(f"{name}() arg is an empty sequence")
        empty = js.Throw(js.New(js.Name("py_ValueError"), (message,)))
    names = [(best.id, None), (item.id, None), (seen.id, js.Literal("false"))]
    if "key" in given:
        names += [(keyed.id, None), (best_key.id, None)]
    statements = [
        js.VarDecl("let", tuple(names)),
        *body,
        js.If(js.Unary("!", seen), (empty,)),
        js.Return(best),
    ]
    outside = [*outside, *((name.id, value) for name, value in given.values())]
    return _scope_call(cx, statements, node, passed=outside)


def _better(cx, item: js.Expr, best: js.Expr, item_t: t.T, smallest: bool):
    """Whether `item` beats `best`: `<` (min) or `>` (max), as numbers where they are."""
    op = "<" if smallest else ">"
    if t.is_numeric(item_t):
        return js.Binary(op, item, best)
    both = js.Binary("&&", typeof_is(item, "number"), typeof_is(best, "number"))
    general = cx.unit.call("py_lt" if smallest else "py_gt", item, best)
    return js.Conditional(both, js.Binary(op, item, best), general)
