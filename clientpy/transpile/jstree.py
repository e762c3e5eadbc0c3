"""The JavaScript tree that lowering builds and the printer prints.

Immutable nodes with no behaviour. Each node may carry `loc`, the Python (line, col)
it came from; the printer records a source-map segment where a located node starts.
Only `printer.py` produces JS text.

A node class lists its fields as annotations, as a dataclass would; `Node` makes its
constructor, equality (of the fields, `loc` left out), hash and repr. Not dataclasses:
making forty-odd frozen dataclasses took about 20 ms of every cold start (half of the
compiler's import), one generated function per method and class, where one
constructor per class does.
"""

from __future__ import annotations

import inspect

Loc = "tuple[int, int] | None"


class FrozenNodeError(AttributeError):
    """A node was changed after it was made (nodes are shared between trees)."""


class Node:
    FIELDS: tuple[str, ...] = ()  # the compared fields, in constructor order
    loc: tuple[int, int] | None = None

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        own = [n for n in inspect.get_annotations(cls) if n != "FIELDS"]
        cls.FIELDS = (*cls.FIELDS, *own)
        cls.__init__ = _constructor(cls)

    def __setattr__(self, name, value) -> None:
        raise FrozenNodeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name) -> None:
        raise FrozenNodeError(f"cannot delete field {name!r}")

    def __eq__(self, other) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.field_values() == other.field_values()

    def __hash__(self) -> int:
        return hash(self.field_values())

    def __repr__(self) -> str:
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.FIELDS)
        return f"{type(self).__name__}({parts})"

    def field_values(self) -> tuple:
        return tuple(getattr(self, n) for n in self.FIELDS)


def _constructor(cls):
    """`__init__(self, <fields>, *, loc=None)`, a field's default being the class
    attribute of its name (`op: str = "="`). The object's dict is filled directly:
    `__setattr__` refuses every change."""
    params, scope = [], {}
    for name in cls.FIELDS:
        if any(name in vars(kind) for kind in cls.__mro__ if kind is not Node):
            scope[f"_default_{name}"] = getattr(cls, name)
            params.append(f"{name}=_default_{name}")
        else:
            params.append(name)
    lines = [f"    d[{name!r}] = {name}\n" for name in (*cls.FIELDS, "loc")]
    header = f"def __init__(self, {', '.join([*params, '*', 'loc=None'])}):\n"
    # Generated once per class from its own field names, as dataclasses does.
    exec(header + "    d = self.__dict__\n" + "".join(lines), scope)  # noqa: S102
    return scope["__init__"]


def replace(node: Node, **changes) -> Node:
    """`node` with some of its fields (or its `loc`) changed."""
    loc = changes.pop("loc", node.loc)
    values = [changes.pop(n, getattr(node, n)) for n in node.FIELDS]
    if changes:
        raise TypeError(f"{type(node).__name__} has no field {next(iter(changes))!r}")
    return type(node)(*values, loc=loc)


# ---------------------------------------------------------------- expressions
class Expr(Node):
    pass


class Name(Expr):
    id: str


class Num(Expr):
    value: int | float


class Str(Expr):
    value: str


class Literal(Expr):
    """`true`, `false`, `null`, `undefined`, `this`."""

    text: str


def boolean(value: bool, loc=None) -> Literal:
    """`true` or `false`."""
    return Literal("true" if value else "false", loc=loc)


class Array(Expr):
    elements: tuple[Expr, ...]


class Object(Expr):
    props: tuple[tuple[str | None, Expr], ...]  # a None key spreads the value


class Member(Expr):
    obj: Expr
    prop: str


class Index(Expr):
    obj: Expr
    key: Expr


class Call(Expr):
    callee: Expr
    args: tuple[Expr, ...]


class New(Expr):
    callee: Expr
    args: tuple[Expr, ...]


class Unary(Expr):
    op: str  # "!", "-", "+", "~", "typeof", "void"
    operand: Expr


class Binary(Expr):
    op: str  # arithmetic, comparison, "&&", "||", "??", "instanceof", "in"
    left: Expr
    right: Expr


class Assign(Expr):
    target: Expr
    value: Expr
    op: str = "="


class Update(Expr):
    op: str  # "++" or "--"
    target: Expr
    prefix: bool = False


class Conditional(Expr):
    test: Expr
    then: Expr
    orelse: Expr


class Sequence(Expr):
    exprs: tuple[Expr, ...]


class Spread(Expr):
    expr: Expr


class Await(Expr):
    expr: Expr


class Function(Expr):
    """A function expression; `arrow` with a single Return body prints concisely."""

    name: str | None
    params: tuple[Param, ...]
    body: tuple[Stmt, ...]
    is_async: bool = False
    is_arrow: bool = False
    is_generator: bool = False


class Param(Node):
    name: str
    default: Expr | None = None
    rest: bool = False


class Yield(Expr):
    expr: Expr | None


# ---------------------------------------------------------------- statements
class Stmt(Node):
    pass


class ExprStmt(Stmt):
    expr: Expr


class VarDecl(Stmt):
    kind: str  # "let", "const", "var"
    decls: tuple[tuple[str, Expr | None], ...]


class Return(Stmt):
    value: Expr | None


class If(Stmt):
    test: Expr
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...] = ()


class While(Stmt):
    test: Expr
    body: tuple[Stmt, ...]


class For(Stmt):
    init: Stmt | Expr | None
    test: Expr | None
    update: Expr | None
    body: tuple[Stmt, ...]


class ForOf(Stmt):
    target: Expr  # a Name, assigned (declared by the enclosing function)
    iterable: Expr
    body: tuple[Stmt, ...]
    declare: str | None = None  # "const"/"let" to declare the target in the loop head


class Break(Stmt):
    label: str | None = None


class Continue(Stmt):
    label: str | None = None


class Labeled(Stmt):
    label: str
    body: Stmt


class Block(Stmt):
    body: tuple[Stmt, ...]


class Throw(Stmt):
    value: Expr


class Try(Stmt):
    body: tuple[Stmt, ...]
    param: str | None = None
    handler: tuple[Stmt, ...] | None = None
    finalizer: tuple[Stmt, ...] | None = None


class FunctionDecl(Stmt):
    func: Function


class ClassDecl(Stmt):
    name: str
    base: Expr | None
    py_name: str | None = None  # the Python class's name, where `name` differs


class Directive(Stmt):
    text: str  # "use strict"


class Comment(Stmt):
    text: str


class Raw(Stmt):
    """Verbatim JS from a runtime helper file: printed as is, never built by lowering."""

    text: str
