"""JS tree → JS text, with a mapping from each located node to its Python position.

One `_print_<Class>` method per JS node kind. Parentheses come from a precedence
table: a parent asks for the level it needs, a child binding more weakly is wrapped.
"""

from __future__ import annotations

import json
import math
import re

from . import jstree as js

INDENT = "  "

# Higher binds tighter.
PRECEDENCE = {
    ",": 1,
    "=": 2,
    "?:": 3,
    "??": 4,
    "||": 5,
    "&&": 6,
    "|": 7,
    "^": 8,
    "&": 9,
    "==": 10,
    "!=": 10,
    "===": 10,
    "!==": 10,
    "<": 11,
    ">": 11,
    "<=": 11,
    ">=": 11,
    "instanceof": 11,
    "in": 11,
    "<<": 12,
    ">>": 12,
    ">>>": 12,
    "+": 13,
    "-": 13,
    "*": 14,
    "/": 14,
    "%": 14,
    "**": 15,
}
UNARY = 16
POSTFIX = 17
CALL = 18
PRIMARY = 20
# The precedence of the kinds that have one whatever their fields (Printer.precedence
# tests the others).
_FIXED_PRECEDENCE = {
    js.Assign: PRECEDENCE["="],
    js.Yield: PRECEDENCE["="],
    js.Conditional: PRECEDENCE["?:"],
    js.Sequence: PRECEDENCE[","],
    js.Unary: UNARY,
    js.Await: UNARY,
    js.Update: POSTFIX,
    js.Call: CALL,
    js.New: CALL,
    js.Member: CALL,
    js.Index: CALL,
    js.Spread: PRECEDENCE["="],
    js.Name: PRIMARY,
    js.Str: PRIMARY,
    js.Literal: PRIMARY,
    js.Array: PRIMARY,
    js.Object: PRIMARY,
}
_EXPR_METHODS: dict = {}  # expression kind -> its Printer._print_ method

# An object key printed bare: ASCII identifier characters only (`\w` takes "²", which
# JS does not), matched whole (`$` would also match before a final newline).
_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


class Printer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.line = 0  # 0-based generated line
        self.col = 0
        self.depth = 0
        # (generated line, generated column, python line, python column)
        self.mappings: list[tuple[int, int, int, int]] = []

    # ------------------------------------------------------------ output
    def write(self, text: str) -> None:
        self.parts.append(text)
        if "\n" in text:  # rare: newline() and raw lines
            self.line += text.count("\n")
            self.col = len(text) - text.rfind("\n") - 1
        else:
            self.col += len(text)

    def newline(self) -> None:
        self.write("\n")

    def indent(self) -> None:
        self.write(INDENT * self.depth)

    def mark(self, node: js.Node) -> None:
        if node.loc is not None:
            self.mappings.append((self.line, self.col, node.loc[0], node.loc[1]))

    def text(self) -> str:
        return "".join(self.parts)

    # ------------------------------------------------------------ statements
    def statements(self, body) -> None:
        for stmt in body:
            self.statement(stmt)

    def statement(self, stmt: js.Stmt) -> None:
        if isinstance(stmt, js.Raw):
            for line in stmt.text.rstrip("\n").split("\n"):
                if line:
                    self.indent()
                    self.write(line)
                self.newline()
            return
        self.indent()
        self.mark(stmt)
        getattr(self, "_print_" + type(stmt).__name__)(stmt)
        self.newline()

    def block(self, body) -> None:
        self.write("{")
        if body:
            self.newline()
            self.depth += 1
            self.statements(body)
            self.depth -= 1
            self.indent()
        self.write("}")

    def _print_ExprStmt(self, s: js.ExprStmt) -> None:
        expr = s.expr
        # An expression statement must not start with `function`, `{` or `class`.
        self.expr(expr, PRIMARY + 1 if _starts_like_a_statement(expr) else 0)
        self.write(";")

    def _print_VarDecl(self, s: js.VarDecl) -> None:
        self.write(s.kind + " ")
        for i, (name, init) in enumerate(s.decls):
            if i:
                self.write(", ")
            self.write(name)
            if init is not None:
                self.write(" = ")
                self.expr(init, PRECEDENCE["="])
        self.write(";")

    def _print_Return(self, s: js.Return) -> None:
        if s.value is None:
            self.write("return;")
        else:
            self.write("return ")
            self.expr(s.value, 0)
            self.write(";")

    def _print_If(self, s: js.If) -> None:
        self.write("if (")
        self.expr(s.test, 0)
        self.write(") ")
        self.block(s.body)
        orelse = s.orelse
        while orelse:
            if len(orelse) == 1 and isinstance(orelse[0], js.If):
                inner = orelse[0]
                self.write(" else if (")
                self.mark(inner)
                self.expr(inner.test, 0)
                self.write(") ")
                self.block(inner.body)
                orelse = inner.orelse
            else:
                self.write(" else ")
                self.block(orelse)
                break

    def _print_While(self, s: js.While) -> None:
        self.write("while (")
        self.expr(s.test, 0)
        self.write(") ")
        self.block(s.body)

    def _print_For(self, s: js.For) -> None:
        self.write("for (")
        if isinstance(s.init, js.VarDecl):
            self._print_VarDecl(s.init)
        elif s.init is not None:
            self.expr(s.init, 0)
            self.write(";")
        else:
            self.write(";")
        self.write(" ")
        if s.test is not None:
            self.expr(s.test, 0)
        self.write("; ")
        if s.update is not None:
            self.expr(s.update, 0)
        self.write(") ")
        self.block(s.body)

    def _print_ForOf(self, s: js.ForOf) -> None:
        self.write("for (")
        if s.declare:
            self.write(s.declare + " ")
        self.expr(s.target, CALL)
        self.write(" of ")
        self.expr(s.iterable, PRECEDENCE["="])
        self.write(") ")
        self.block(s.body)

    def _print_Break(self, s: js.Break) -> None:
        self.write(f"break {s.label};" if s.label else "break;")

    def _print_Continue(self, s: js.Continue) -> None:
        self.write(f"continue {s.label};" if s.label else "continue;")

    def _print_Labeled(self, s: js.Labeled) -> None:
        self.write(s.label + ": ")
        if isinstance(s.body, js.Block):
            self.block(s.body.body)
        else:
            getattr(self, "_print_" + type(s.body).__name__)(s.body)

    def _print_Block(self, s: js.Block) -> None:
        self.block(s.body)

    def _print_Throw(self, s: js.Throw) -> None:
        self.write("throw ")
        self.expr(s.value, 0)
        self.write(";")

    def _print_Try(self, s: js.Try) -> None:
        self.write("try ")
        self.block(s.body)
        if s.handler is not None:
            self.write(f" catch ({s.param}) " if s.param else " catch ")
            self.block(s.handler)
        if s.finalizer is not None:
            self.write(" finally ")
            self.block(s.finalizer)

    def _print_FunctionDecl(self, s: js.FunctionDecl) -> None:
        self.function(s.func)

    def _print_ClassDecl(self, s: js.ClassDecl) -> None:
        self.write(f"class {s.name}")
        if s.base is not None:
            self.write(" extends ")
            self.expr(s.base, CALL)
        if s.py_name is None:
            self.write(" {}")
        else:  # what the runtime calls it (py_exceptions.js: py_exc_name)
            self.write(
                f" {{ static get py_name() {{ return {json.dumps(s.py_name)}; }} }}"
            )

    def _print_Directive(self, s: js.Directive) -> None:
        self.write(json.dumps(s.text) + ";")

    def _print_Comment(self, s: js.Comment) -> None:
        self.write("// " + s.text)

    # ------------------------------------------------------------ expressions
    def expr(self, e: js.Expr, needed: int) -> None:
        # The most printed code there is: the fixed precedences and `mark` inline.
        kind = type(e)
        own = _FIXED_PRECEDENCE.get(kind)
        if own is None:
            own = self.precedence(e)
        wrap = own < needed
        if wrap:
            self.write("(")
        if e.loc is not None:
            self.mappings.append((self.line, self.col, e.loc[0], e.loc[1]))
        method = _EXPR_METHODS.get(kind)
        if method is None:
            method = _EXPR_METHODS[kind] = getattr(Printer, "_print_" + kind.__name__)
        method(self, e)
        if wrap:
            self.write(")")

    @staticmethod
    def precedence(e: js.Expr) -> int:
        # Most kinds have one precedence whatever the node: one lookup instead of the
        # chain of tests below, which every printed expression went through.
        fixed = _FIXED_PRECEDENCE.get(type(e))
        if fixed is not None:
            return fixed
        if isinstance(e, js.Binary):
            return PRECEDENCE[e.op]
        if isinstance(e, (js.Assign, js.Yield)):
            return PRECEDENCE["="]
        if isinstance(e, js.Function):
            return PRECEDENCE["="] if e.is_arrow else PRIMARY
        if isinstance(e, js.Conditional):
            return PRECEDENCE["?:"]
        if isinstance(e, js.Sequence):
            return PRECEDENCE[","]
        if isinstance(e, (js.Unary, js.Await)):
            return UNARY
        if isinstance(e, js.Update):
            return POSTFIX
        if isinstance(e, (js.Call, js.New, js.Member, js.Index)):
            return CALL
        if isinstance(e, js.Num) and (e.value < 0 or _is_negative_zero(e.value)):
            return UNARY
        if isinstance(e, js.Spread):
            return PRECEDENCE["="]
        return PRIMARY

    def _print_Name(self, e: js.Name) -> None:
        self.write(e.id)

    def _print_Num(self, e: js.Num) -> None:
        self.write(format_number(e.value))

    def _print_Str(self, e: js.Str) -> None:
        self.write(quote(e.value))

    def _print_Literal(self, e: js.Literal) -> None:
        self.write(e.text)

    def _print_Array(self, e: js.Array) -> None:
        self.write("[")
        self.comma_list(e.elements)
        self.write("]")

    def _print_Object(self, e: js.Object) -> None:
        if not e.props:
            self.write("{}")
            return
        self.write("{")
        for i, (key, value) in enumerate(e.props):
            self.write(", " if i else " ")
            if key is None:  # `...value`: copies own enumerable properties
                self.write("...")
                self.expr(value, PRECEDENCE["="])
                continue
            bare = _IDENT.fullmatch(key) and key != "__proto__"
            self.write(key if bare else quote(key))
            self.write(": ")
            self.expr(value, PRECEDENCE["="])
        self.write(" }")

    def _print_Member(self, e: js.Member) -> None:
        self.expr(e.obj, CALL)
        if isinstance(e.obj, js.Num):
            self.write(" ")
        self.write("." + e.prop)

    def _print_Index(self, e: js.Index) -> None:
        self.expr(e.obj, CALL)
        self.write("[")
        self.expr(e.key, 0)
        self.write("]")

    def _print_Call(self, e: js.Call) -> None:
        callee_needs = CALL
        if isinstance(e.callee, js.Function):
            callee_needs = PRIMARY + 1  # an IIFE needs its function wrapped
        self.expr(e.callee, callee_needs)
        self.write("(")
        self.comma_list(e.args)
        self.write(")")

    def _print_New(self, e: js.New) -> None:
        self.write("new ")
        # `new (f().g)(x)`: a call anywhere in the callee's chain would end `new`'s
        # callee there (`new f()` then `.g(x)`)
        self.expr(e.callee, PRIMARY + 1 if _call_in_chain(e.callee) else CALL)
        self.write("(")
        self.comma_list(e.args)
        self.write(")")

    def _print_Unary(self, e: js.Unary) -> None:
        op = e.op
        self.write(op + " " if op.isalpha() else op)
        inner = e.operand
        # Keep `- -x` and `+ +x` apart.
        if not op.isalpha() and isinstance(inner, js.Unary) and inner.op == op:
            self.write(" ")
        if (
            not op.isalpha()
            and isinstance(inner, js.Num)
            and op in "-+"
            and inner.value < 0
        ):
            self.write(" ")
        self.expr(inner, UNARY)

    def _print_Binary(self, e: js.Binary) -> None:
        prec = PRECEDENCE[e.op]
        if e.op == "**":
            # Right-associative; a unary left operand is a syntax error without parens.
            self.expr(e.left, POSTFIX)
            self.write(" ** ")
            self.expr(e.right, prec)
            return
        left_needed, right_needed = prec, prec + 1
        if e.op == "??" or (
            isinstance(e.left, js.Binary) and e.left.op == "??" and e.op in ("||", "&&")
        ):
            left_needed = right_needed = PRECEDENCE["|"]
        self.expr(e.left, left_needed)
        self.write(f" {e.op} ")
        self.expr(e.right, right_needed)

    def _print_Assign(self, e: js.Assign) -> None:
        self.expr(e.target, CALL)
        self.write(f" {e.op} ")
        self.expr(e.value, PRECEDENCE["="])

    def _print_Update(self, e: js.Update) -> None:
        if e.prefix:
            self.write(e.op)
            self.expr(e.target, CALL)
        else:
            self.expr(e.target, CALL)
            self.write(e.op)

    def _print_Conditional(self, e: js.Conditional) -> None:
        self.expr(e.test, PRECEDENCE["??"])
        self.write(" ? ")
        self.expr(e.then, PRECEDENCE["="])
        self.write(" : ")
        self.expr(e.orelse, PRECEDENCE["="])

    def _print_Sequence(self, e: js.Sequence) -> None:
        for i, item in enumerate(e.exprs):
            if i:
                self.write(", ")
            self.expr(item, PRECEDENCE["="])

    def _print_Spread(self, e: js.Spread) -> None:
        self.write("...")
        self.expr(e.expr, PRECEDENCE["="])

    def _print_Await(self, e: js.Await) -> None:
        self.write("await ")
        self.expr(e.expr, UNARY)

    def _print_Yield(self, e: js.Yield) -> None:
        self.write("yield")
        if e.expr is not None:
            self.write(" ")
            self.expr(e.expr, PRECEDENCE["="])

    def _print_Function(self, e: js.Function) -> None:
        self.function(e)

    def function(self, f: js.Function) -> None:
        if f.is_async:
            self.write("async ")
        if not f.is_arrow:
            self.write("function" + ("*" if f.is_generator else ""))
            if f.name:
                self.write(" " + f.name)
        self.write("(")
        for i, p in enumerate(f.params):
            if i:
                self.write(", ")
            self.mark(p)
            self.write(("..." if p.rest else "") + p.name)
            if p.default is not None:
                self.write(" = ")
                self.expr(p.default, PRECEDENCE["="])
        self.write(")")
        if f.is_arrow:
            self.write(" =>")
            body = f.body
            if (
                len(body) == 1
                and isinstance(body[0], js.Return)
                and body[0].value is not None
            ):
                self.write(" ")
                self.mark(body[0])
                value = body[0].value
                # `() => {a: x}` would be a block with a label: `() => ({a: x})`
                starts_with_brace = _leftmost(value)
                wrap = isinstance(starts_with_brace, js.Object)
                self.expr(value, PRIMARY + 1 if wrap else PRECEDENCE["="])
                return
        self.write(" ")
        self.block(f.body)

    def comma_list(self, items) -> None:
        for i, item in enumerate(items):
            if i:
                self.write(", ")
            self.expr(item, PRECEDENCE["="])


def _is_negative_zero(value) -> bool:
    return isinstance(value, float) and value == 0 and math.copysign(1, value) < 0


def format_number(value: float) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if _is_negative_zero(value):
        return "-0"
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    return repr(value)


def _call_in_chain(e: js.Expr) -> bool:
    """Whether `e` is a call, or a member or index access of one (`f().g[0]`)."""
    while isinstance(e, (js.Member, js.Index)):
        e = e.obj
    return isinstance(e, js.Call)


def _leftmost(e: js.Expr) -> js.Expr:
    """The sub-expression printed first in `e` (`{a: 1}` in `{a: 1}.b`)."""
    while True:
        if isinstance(e, js.Call):
            e = e.callee
        elif isinstance(e, (js.Member, js.Index)):
            e = e.obj
        elif isinstance(e, js.Binary):
            e = e.left
        elif isinstance(e, js.Conditional):
            e = e.test
        elif isinstance(e, js.Sequence) and e.exprs:
            e = e.exprs[0]
        elif isinstance(e, js.Assign) or (isinstance(e, js.Update) and not e.prefix):
            e = e.target
        else:
            return e


def _starts_like_a_statement(e: js.Expr) -> bool:
    """Whether a statement made of `e` would begin with `{` or `function` (a block or
    a declaration to JS): it is printed in parentheses."""
    first = _leftmost(e)
    return isinstance(first, js.Object) or (
        isinstance(first, js.Function) and not first.is_arrow
    )


def quote(text: str) -> str:
    # json.dumps escapes what JS needs; U+2028/2029 are escaped as well by ensure_ascii.
    # A surrogate half (Python strs may hold one, or two that JS would read as a pair)
    # is escaped too: the JS text must encode as UTF-8.
    quoted = (
        json.dumps(text, ensure_ascii=False)
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return _SURROGATE_HALF.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


_SURROGATE_HALF = re.compile("[\ud800-\udfff]")


def print_program(body) -> tuple[str, list[tuple[int, int, int, int]]]:
    printer = Printer()
    printer.statements(body)
    return printer.text(), printer.mappings


def print_expression(expr: js.Expr) -> tuple[str, list[tuple[int, int, int, int]]]:
    printer = Printer()
    printer.expr(expr, 0)
    return printer.text(), printer.mappings
