"""The JavaScript tree that lowering builds and the printer prints.

Frozen dataclasses with no behaviour. Each node may carry `loc`, the Python
(line, col) it came from; the printer records a source-map segment where a located
node starts. Only `printer.py` produces JS text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Loc = "tuple[int, int] | None"


@dataclass(frozen=True, kw_only=True)
class Node:
    loc: tuple[int, int] | None = field(default=None, compare=False)


# ---------------------------------------------------------------- expressions
@dataclass(frozen=True)
class Expr(Node):
    pass


@dataclass(frozen=True)
class Name(Expr):
    id: str


@dataclass(frozen=True)
class Num(Expr):
    value: int | float


@dataclass(frozen=True)
class Str(Expr):
    value: str


@dataclass(frozen=True)
class Literal(Expr):
    """`true`, `false`, `null`, `undefined`, `this`."""

    text: str


def boolean(value: bool, loc=None) -> Literal:
    """`true` or `false`."""
    return Literal("true" if value else "false", loc=loc)


@dataclass(frozen=True)
class Array(Expr):
    elements: tuple[Expr, ...]


@dataclass(frozen=True)
class Object(Expr):
    props: tuple[tuple[str | None, Expr], ...]  # a None key spreads the value


@dataclass(frozen=True)
class Member(Expr):
    obj: Expr
    prop: str


@dataclass(frozen=True)
class Index(Expr):
    obj: Expr
    key: Expr


@dataclass(frozen=True)
class Call(Expr):
    callee: Expr
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class New(Expr):
    callee: Expr
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class Unary(Expr):
    op: str  # "!", "-", "+", "~", "typeof", "void"
    operand: Expr


@dataclass(frozen=True)
class Binary(Expr):
    op: str  # arithmetic, comparison, "&&", "||", "??", "instanceof", "in"
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Assign(Expr):
    target: Expr
    value: Expr
    op: str = "="


@dataclass(frozen=True)
class Update(Expr):
    op: str  # "++" or "--"
    target: Expr
    prefix: bool = False


@dataclass(frozen=True)
class Conditional(Expr):
    test: Expr
    then: Expr
    orelse: Expr


@dataclass(frozen=True)
class Sequence(Expr):
    exprs: tuple[Expr, ...]


@dataclass(frozen=True)
class Spread(Expr):
    expr: Expr


@dataclass(frozen=True)
class Await(Expr):
    expr: Expr


@dataclass(frozen=True)
class Function(Expr):
    """A function expression; `arrow` with a single Return body prints concisely."""

    name: str | None
    params: tuple[Param, ...]
    body: tuple[Stmt, ...]
    is_async: bool = False
    is_arrow: bool = False
    is_generator: bool = False


@dataclass(frozen=True)
class Param(Node):
    name: str
    default: Expr | None = None
    rest: bool = False


@dataclass(frozen=True)
class Yield(Expr):
    expr: Expr | None


# ---------------------------------------------------------------- statements
@dataclass(frozen=True)
class Stmt(Node):
    pass


@dataclass(frozen=True)
class ExprStmt(Stmt):
    expr: Expr


@dataclass(frozen=True)
class VarDecl(Stmt):
    kind: str  # "let", "const", "var"
    decls: tuple[tuple[str, Expr | None], ...]


@dataclass(frozen=True)
class Return(Stmt):
    value: Expr | None


@dataclass(frozen=True)
class If(Stmt):
    test: Expr
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...] = ()


@dataclass(frozen=True)
class While(Stmt):
    test: Expr
    body: tuple[Stmt, ...]


@dataclass(frozen=True)
class For(Stmt):
    init: Stmt | Expr | None
    test: Expr | None
    update: Expr | None
    body: tuple[Stmt, ...]


@dataclass(frozen=True)
class ForOf(Stmt):
    target: Expr  # a Name, assigned (declared by the enclosing function)
    iterable: Expr
    body: tuple[Stmt, ...]
    declare: str | None = None  # "const"/"let" to declare the target in the loop head


@dataclass(frozen=True)
class Break(Stmt):
    label: str | None = None


@dataclass(frozen=True)
class Continue(Stmt):
    label: str | None = None


@dataclass(frozen=True)
class Labeled(Stmt):
    label: str
    body: Stmt


@dataclass(frozen=True)
class Block(Stmt):
    body: tuple[Stmt, ...]


@dataclass(frozen=True)
class Throw(Stmt):
    value: Expr


@dataclass(frozen=True)
class Try(Stmt):
    body: tuple[Stmt, ...]
    param: str | None = None
    handler: tuple[Stmt, ...] | None = None
    finalizer: tuple[Stmt, ...] | None = None


@dataclass(frozen=True)
class FunctionDecl(Stmt):
    func: Function


@dataclass(frozen=True)
class ClassDecl(Stmt):
    name: str
    base: Expr | None
    py_name: str | None = None  # the Python class's name, where `name` differs


@dataclass(frozen=True)
class Directive(Stmt):
    text: str  # "use strict"


@dataclass(frozen=True)
class Comment(Stmt):
    text: str


@dataclass(frozen=True)
class Raw(Stmt):
    """Verbatim JS from a runtime helper file: printed as is, never built by lowering."""

    text: str
