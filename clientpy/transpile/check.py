"""Check the subset: every node kind the lowering accepts has a `visit_<Class>` here.

Any other kind is refused with a located diagnostic; checking goes on so the user sees
every problem at once. Name resolution problems are found later, during lowering.
"""

from __future__ import annotations

import ast

from .diagnostics import Diagnostic, SourceInfo
from .scope import TreeFact, children, kept_for_tree

ACCEPTED_EXPRESSIONS = [
    "BoolOp",
    "NamedExpr",
    "BinOp",
    "UnaryOp",
    "Lambda",
    "IfExp",
    "Dict",
    "Set",
    "ListComp",
    "SetComp",
    "DictComp",
    "GeneratorExp",
    "Await",
    "Compare",
    "Call",
    "FormattedValue",
    "JoinedStr",
    "Attribute",
    "Subscript",
    "Name",
    "List",
    "Tuple",
    "Slice",
    "comprehension",
    "arguments",
    "arg",
    "keyword",
]
ACCEPTED_STATEMENTS = [
    "FunctionDef",
    "AsyncFunctionDef",
    "Return",
    "Assign",
    "AugAssign",
    "AnnAssign",
    "For",
    "While",
    "If",
    "Raise",
    "Try",
    "Assert",
    "Expr",
    "Pass",
    "Break",
    "Continue",
    "Nonlocal",
    "ExceptHandler",
]
CONTEXTS_AND_OPERATORS = [
    "Load",
    "Store",
    "Del",
    "And",
    "Or",
    "Add",
    "Sub",
    "Mult",
    "Div",
    "Mod",
    "Pow",
    "LShift",
    "RShift",
    "BitOr",
    "BitXor",
    "BitAnd",
    "FloorDiv",
    "Invert",
    "Not",
    "UAdd",
    "USub",
    "Eq",
    "NotEq",
    "Lt",
    "LtE",
    "Gt",
    "GtE",
    "Is",
    "IsNot",
    "In",
    "NotIn",
]

# kind -> (code, arguments for the catalogue template)
REFUSED = {
    "ClassDef": ("CP101", {}),
    "Yield": ("CP102", {}),
    "YieldFrom": ("CP102", {}),
    "With": ("CP103", {}),
    "AsyncWith": ("CP103", {}),
    "Global": ("CP104", {}),
    "Import": ("CP105", {}),
    "ImportFrom": ("CP105", {}),
    "AsyncFor": (
        "CP100",
        {"construct": "`async for`", "hint": "await in a plain for loop"},
    ),
    "TryStar": ("CP100", {"construct": "`except*`", "hint": "use a plain `except`"}),
    "MatMult": ("CP100", {"construct": "the `@` operator", "hint": "write the loop"}),
    "TypeAlias": ("CP100", {"construct": "`type` aliases", "hint": "remove it"}),
}


# (checker class, node class) -> what `SubsetChecker.visit` does with such a node
_HOW: dict = {}
_GENERIC = object()  # visit its children
_SKIP = object()  # a context or an operator: nothing to check


def _unpacked_after_keywords(node: ast.Call) -> ast.expr | None:
    """`f(*xs, k=xs.pop())`: with a lone starred argument, CPython 3.11 evaluates the
    keywords before it makes a tuple of xs, where the translation spreads xs first.
    The first keyword value that may run code; None where there is none. (print()
    keeps CPython's order itself.)"""
    if len(node.args) != 1 or not isinstance(node.args[0], ast.Starred):
        return None
    if isinstance(node.func, ast.Name) and node.func.id == "print":
        return None
    for kw in node.keywords:
        if _runs_code(kw.value):
            return kw.value
    return None


_EFFECTS = (ast.Call, ast.NamedExpr, ast.Await, ast.Yield, ast.YieldFrom)


def _runs_code(node: ast.AST) -> bool:
    """Evaluating `node` may call something (a lambda's body runs later, not here)."""
    if isinstance(node, _EFFECTS):
        return True
    if isinstance(node, ast.Lambda):
        defaults = [d for d in node.args.defaults + node.args.kw_defaults if d]
        return any(map(_runs_code, defaults))
    return any(map(_runs_code, ast.iter_child_nodes(node)))


class SubsetChecker(ast.NodeVisitor):
    def __init__(self, source: SourceInfo):
        self.source = source
        self.diagnostics: list[Diagnostic] = []
        self.comprehension_depth = 0

    def report(self, code: str, node, **args) -> None:
        self.diagnostics.append(Diagnostic.make(code, node, self.source, **args))

    def generic_visit(self, node) -> None:
        # NodeVisitor's, through the children kept on the node (the same, in order).
        for child in children(node):
            self.visit(child)

    def visit(self, node):
        # What to do with a node depends on its class only: decided once per class
        # (a method name looked up and a list searched for every node was most of
        # what checking a function cost).
        key = (self.__class__, node.__class__)
        how = _HOW.get(key)
        if how is None:
            how = _HOW[key] = self._how(node.__class__.__name__)
        if how is _GENERIC:
            return self.generic_visit(node)
        if how is _SKIP:
            return None
        if how.__class__ is tuple:  # refused: (code, arguments)
            self.report(how[0], node, **how[1])
            return None
        return how(self, node)

    @classmethod
    def _how(cls, kind: str):
        method = getattr(cls, "visit_" + kind, None)
        if method is not None:
            return method
        if kind in ACCEPTED_EXPRESSIONS or kind in ACCEPTED_STATEMENTS:
            return _GENERIC
        if kind in CONTEXTS_AND_OPERATORS:
            return _SKIP
        return REFUSED.get(
            kind,
            (
                "CP100",
                {"construct": f"`{kind}`", "hint": "rewrite it with supported code"},
            ),
        )

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, (bytes, complex)) or node.value is Ellipsis:
            kind = {bytes: "bytes literals", complex: "complex numbers"}.get(
                type(node.value), "`...`"
            )
            self.report("CP100", node, construct=kind, hint="use str, int or float")

    def visit_Delete(self, node: ast.Delete) -> None:
        for target in deleted_targets(node):
            if isinstance(target, ast.Subscript):
                self.visit(target)
            elif not isinstance(target, ast.Name):
                self.report("CP107", target, target=ast.unparse(target))

    def visit_Await(self, node: ast.Await) -> None:
        if self.comprehension_depth:
            self.report("CP108", node)
        self.generic_visit(node)

    def _visit_comprehension(self, node) -> None:
        self.comprehension_depth += 1
        self.generic_visit(node)
        self.comprehension_depth -= 1

    visit_ListComp = visit_SetComp = visit_DictComp = _visit_comprehension
    visit_GeneratorExp = _visit_comprehension

    def visit_FunctionDef(self, node) -> None:
        if node.decorator_list:
            self.report(
                "CP100",
                node.decorator_list[0],
                construct="decorators on nested functions",
                hint="call the wrapper explicitly",
            )
        saved, self.comprehension_depth = self.comprehension_depth, 0
        self.generic_visit(node)
        self.comprehension_depth = saved

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Match(self, node) -> None:
        # what desugar.py could not rewrite, with why (a match it rewrote is gone)
        where, construct = getattr(node, "refusal", (node, "this `match`"))
        self.report("CP106", where, construct=construct)

    def visit_Lambda(self, node) -> None:
        saved, self.comprehension_depth = self.comprehension_depth, 0
        self.generic_visit(node)
        self.comprehension_depth = saved

    def visit_Starred(self, node: ast.Starred) -> None:
        self.report("CP120", node)

    def _visit_allowing_starred(self, items) -> None:
        for item in items:
            if isinstance(item, ast.Starred):
                self.visit(item.value)
            else:
                self.visit(item)

    def visit_Call(self, node: ast.Call) -> None:
        self.visit(node.func)
        self._visit_allowing_starred(node.args)
        for kw in node.keywords:
            self.visit(kw.value)
        unpacked_late = _unpacked_after_keywords(node)
        if unpacked_late is not None:
            self.report(
                "CP100",
                unpacked_late,
                construct="a keyword that runs code after a lone `*args`",
                hint="CPython unpacks a lone `*args` after the keywords run: "
                "evaluate the keyword into a name first",
            )

    def visit_List(self, node) -> None:
        self._visit_allowing_starred(node.elts)

    visit_Tuple = visit_Set = visit_List

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self._visit_target(target)
        self.visit(node.value)

    def visit_For(self, node: ast.For) -> None:
        self._visit_target(node.target)
        self.visit(node.iter)
        for stmt in node.body + node.orelse:
            self.visit(stmt)

    def visit_comprehension(self, node: ast.comprehension) -> None:
        if node.is_async:
            self.report(
                "CP100", node.iter, construct="`async for`", hint="use a for loop"
            )
        self._visit_target(node.target)
        self.visit(node.iter)
        for cond in node.ifs:
            self.visit(cond)

    def _visit_target(self, target) -> None:
        if isinstance(target, (ast.Tuple, ast.List)):
            stars = [elt for elt in target.elts if isinstance(elt, ast.Starred)]
            if len(stars) > 1:
                self.report(
                    "CP100",
                    stars[1],
                    construct="two starred targets",
                    hint="Python rejects this too",
                )
            for elt in target.elts:
                self._visit_target(elt.value if isinstance(elt, ast.Starred) else elt)
        else:
            self.visit(target)

    def visit_Raise(self, node: ast.Raise) -> None:
        if node.exc is not None:
            self.visit(node.exc)
        if node.cause is not None:
            self.visit(node.cause)


_CHECKED = TreeFact("checked")


def check_function(node, source: SourceInfo) -> list[Diagnostic]:
    """The subset problems of one function (kept: its tree is never changed)."""
    return list(kept_for_tree(_CHECKED, node, lambda: tuple(_check(node, source))))


def _check(node, source: SourceInfo) -> list[Diagnostic]:
    checker = SubsetChecker(source)
    for arg in [*node.args.defaults, *node.args.kw_defaults]:
        if arg is not None:
            checker.visit(arg)
    for stmt in node.body:
        checker.visit(stmt)
    return checker.diagnostics


def deleted_targets(node: ast.Delete):
    """The targets of `del a, (b, c[0])`, tuples and lists opened."""
    todo = list(node.targets)
    while todo:
        target = todo.pop(0)
        if isinstance(target, (ast.Tuple, ast.List)):
            todo[:0] = target.elts
        else:
            yield target
