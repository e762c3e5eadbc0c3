"""`"%s: %r" % (a, b)` where CPython's compiler makes an f-string of it.

CPython (3.11 and later, ast_opt.c) rewrites `template % (items)` into an f-string
where the template folds to a constant str with only %s, %r and %a conversions that
match the tuple's items: each item is then printed where it stands, before the next is
evaluated (`"%s %s" % (xs, xs.pop())` shows xs whole), while the `%` operator sees
every item evaluated first. Whether it does is asked of the running CPython's own
compiler, which folds the template as it will fold the user's code (`("%s " * 2)`,
`"%s" * True`, `"%s, " + "%s"`, not past its size limits)."""

from __future__ import annotations

import ast
import dis
import functools

from .. import jstree as js
from .core import expr, tuple_literal
from .registry import loc_of


def percent_with_texts(fx, node: ast.BinOp) -> js.Expr | None:
    """Each item lowered to its text in place, as str(), repr() or ascii() print it (a
    sum of Dash's numbers under %s prints as `str(a + b)` does), and the texts
    formatted by the template with %s for each. None where CPython keeps the `%`
    operator."""
    from .formatting import to_ascii, to_repr, to_str

    template, values = node.left, node.right
    if not (
        isinstance(node.op, ast.Mod)
        and isinstance(values, ast.Tuple)
        and not any(isinstance(item, ast.Starred) for item in values.elts)
    ):
        return None
    text = _folded_str(template)
    if text is None or not _made_an_fstring(text, len(values.elts)):
        return None
    form = _fstring_form(text, len(values.elts))
    if form is None:  # CPython's parse of the template, not mirrored here
        fx.report(
            "CP100",
            node,
            construct="this %-template (CPython prints each item in place)",
            hint="write an f-string",
        )
        return None
    text, kinds = form
    printers = {"s": to_str, "r": to_repr, "a": to_ascii}
    texts = [
        printers[k](fx, item, expr(fx, item)) for k, item in zip(kinds, values.elts)
    ]
    values_js = tuple_literal(fx, texts, loc=loc_of(values))
    loc = loc_of(node)
    return fx.unit.call(
        "py_percent", js.Str(text), values_js, js.boolean(False), loc=loc
    )


def _folded_str(node) -> str | None:
    """The str CPython's compiler folds the template's expression to; None where it
    is not a constant str once folded."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if not isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Subscript)):
        return None
    try:
        code = compile(ast.Expression(node), "<template>", "eval")
    except (SyntaxError, ValueError, TypeError):
        return None
    steps = [i for i in dis.get_instructions(code) if i.opname not in _NO_STEP]
    # RETURN_CONST is CPython 3.12's
    if [i.opname for i in steps] not in (
        ["LOAD_CONST", "RETURN_VALUE"],
        ["RETURN_CONST"],
    ):
        return None
    value = steps[0].argval
    return value if isinstance(value, str) else None


_NO_STEP = frozenset({"RESUME", "NOP", "CACHE"})


@functools.lru_cache(maxsize=256)
def _made_an_fstring(text: str, count: int) -> bool:
    """Whether CPython's compiler turns `text % (count items)` into an f-string."""
    items = ", ".join(f"_{i}" for i in range(count))
    code = compile(f"{text!r} % ({items},)", "<template>", "eval")
    return not any(
        i.opname == "BINARY_MODULO" or (i.opname == "BINARY_OP" and i.argrepr == "%")
        for i in dis.get_instructions(code)
    )


_MAX_DIGITS = 3


def _fstring_form(text: str, count: int) -> tuple[str, list[str]] | None:
    """The template with %s for each of its conversions, and their kinds, as CPython's
    compiler reads it when it makes an f-string of `text % (count items)`; None where
    it would not (another conversion, a `*`, a mapping key, a length modifier, more or
    fewer conversions than items, a width or precision past its limit)."""
    out, kinds, pos, n = [], [], 0, len(text)
    while True:
        i = text.find("%", pos)
        while i >= 0 and i + 1 < n and text[i + 1] == "%":
            i = text.find("%", i + 2)  # `%%` is literal text
        if i < 0:
            break
        if len(kinds) >= count:
            return None
        j = i + 1
        while j < n and text[j] in "-+ #0":
            j += 1
        j = _digits(text, j)
        if j is not None and j < n and text[j] == ".":
            j = _digits(text, j + 1)
        if j is None or j >= n or text[j] not in "sra":
            return None
        kinds.append(text[j])
        out.append(text[pos:j] + "s")
        pos = j + 1
    if len(kinds) != count:
        return None
    out.append(text[pos:])
    return "".join(out), kinds


def _digits(text: str, j: int) -> int | None:
    """The position past a run of ASCII digits at `j`; None where CPython's parser
    gives up: at a third digit (MAXDIGITS in ast_opt.c; `%100s`, `%.010s`)."""
    start = j
    while j < len(text) and "0" <= text[j] <= "9":
        j += 1
        if j - start >= _MAX_DIGITS:
            return None
    return j
