"""Diagnostics: located problems, collected rather than raised, shown like CPython's SyntaxError.

Each problem has a stable code from the catalogue below, so tests can assert codes and
positions, and each code's wording lives in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass

# code -> (message template, hint template). Templates use str.format with the
# keyword arguments given to `Diagnostic.make`.
CATALOGUE: dict[str, tuple[str, str]] = {
    "CP100": ("{construct} is not supported in clientside callbacks", "{hint}"),
    "CP101": (
        "classes are not supported in clientside callbacks (only Exception subclasses)",
        "use a dict",
    ),
    "CP102": (
        "generators (`yield`) are not supported in clientside callbacks",
        "build and return a list instead",
    ),
    "CP103": (
        "`with` blocks are not supported in clientside callbacks",
        "there are no files or locks in the browser; call the code directly",
    ),
    "CP104": (
        "`global` is not supported in clientside callbacks",
        (
            "callbacks cannot keep state between calls in module globals; "
            "use a dcc.Store and return the new value"
        ),
    ),
    "CP105": (
        "this `import` inside a clientside callback is not supported",
        (
            "import `math`, `json`, `dash` or `clientpy.js` at module level, or in the "
            "statements a function opens with, under a name it binds nothing else to"
        ),
    ),
    "CP106": (
        "{construct} is not supported in clientside callbacks",
        "write this case with if/elif and isinstance()",
    ),
    "CP107": (
        "`del {target}` is not supported",
        "`del` works on local names, list items, slices and dict keys",
    ),
    "CP108": (
        "`await` inside a comprehension is not supported",
        "use a for loop",
    ),
    "CP109": (
        "`{name}` cannot be reached from the browser",
        "{hint}",
    ),
    "CP110": (
        "name `{name}` is not defined",
        "define it, or import it at module level",
    ),
    "CP111": (
        "module-level name `{name}` holds {kind}, which cannot be sent to the browser",
        (
            "only functions and JSON-like constants (None, bool, int, float, str, "
            "list/tuple/dict of those) can be used; pass other data through a dcc.Store"
        ),
    ),
    "CP112": (
        "`{name}()` has no meaning in the browser",
        "{hint}",
    ),
    "CP113": (
        "keyword arguments are only supported in calls to functions known at build time",
        "call with positional arguments, or call a function defined with `def`",
    ),
    "CP114": (
        "`{name}` takes {detail}",
        "check the call against the function's signature",
    ),
    "CP115": (
        "cannot tell whether `{name}` is an int or a float here",
        (
            "ints and floats print differently (2 vs 2.0); annotate the parameter "
            "or variable (`n: int`, `label: str = row['label']`), convert with "
            "int(...) or float(...), or use a format spec"
        ),
    ),
    "CP116": (
        "`{attr}` is not a known attribute of {type}",
        "{hint}",
    ),
    "CP117": (
        "functions with *args, keyword-only parameters or **kwargs can only be called directly",
        "wrap it in a lambda with positional parameters",
    ),
    "CP118": (
        "`{name}` is not supported in clientside callbacks",
        "{hint}",
    ),
    "CP119": (
        "cannot find the source of `{name}`",
        "clientside functions must be defined in a .py file",
    ),
    "CP120": (
        "a starred expression is only supported as a call argument or assignment target",
        "build the list with list(...) + ...",
    ),
    "CP121": (
        "this operand type is not supported: {detail}",
        "{hint}",
    ),
    "CP122": (
        "`{name}` cannot be passed as a value here",
        "{hint}",
    ),
}


# An undefined name that is a browser global gets this hint instead of CP110's own.
BROWSER_GLOBALS = frozenset(
    [
        "window",
        "document",
        "console",
        "localStorage",
        "sessionStorage",
        "location",
        "navigator",
        "fetch",
        "alert",
        "setTimeout",
        "setInterval",
        "clearTimeout",
        "clearInterval",
        "globalThis",
        "Date",
        "Math",
        "JSON",
        "Object",
        "Array",
        "Promise",
        "performance",
        "history",
    ]
)
BROWSER_GLOBAL_HINT = (
    "use `js.{name}` for browser globals (`from clientpy import js` at module level)"
)


@dataclass(frozen=True)
class Diagnostic:
    code: str
    message: str
    hint: str
    filename: str
    line: int
    col: int  # 0-based, like ast
    end_col: int | None
    source_line: str

    @classmethod
    def make(cls, code: str, node, source: SourceInfo, **args: str) -> Diagnostic:
        message, hint = CATALOGUE[code]
        if code == "CP110" and args.get("name") in BROWSER_GLOBALS:
            hint = BROWSER_GLOBAL_HINT
        if code == "CP111":
            kind = args.get("kind", "")
            args = {**args, "kind": ("an " if kind[:1] in "aeiou" else "a ") + kind}
        line = getattr(node, "lineno", 1)
        text = source.line_text(line)
        col = _characters(text, getattr(node, "col_offset", 0))
        end_col = getattr(node, "end_col_offset", None)
        if getattr(node, "end_lineno", line) != line:
            end_col = None
        elif end_col is not None:
            end_col = _characters(text, end_col)
        return cls(
            code=code,
            message=message.format(**args),
            hint=hint.format(**args),
            filename=source.filename,
            line=line,
            col=col,
            end_col=end_col,
            source_line=text,
        )

    def format(self) -> str:
        text = self.source_line.rstrip("\n")
        stripped = text.lstrip()
        indent = len(text) - len(stripped)
        width = 1
        if self.end_col is not None and self.end_col > self.col:
            width = self.end_col - self.col
        caret = " " * (4 + self.col - indent) + "^" * width
        return (
            f'  File "{self.filename}", line {self.line}, column {self.col + 1}\n'
            f"    {stripped}\n{caret}\n"
            f"{self.code}: {self.message}\n  hint: {self.hint}"
        )

    @property
    def location(self) -> str:
        return f"{self.filename}:{self.line}:{self.col + 1}"


def _characters(text: str, offset: int) -> int:
    """ast's column `offset` (UTF-8 bytes) as characters of the line `text`."""
    return len(text.encode("utf-8")[:offset].decode("utf-8", "replace"))


class SourceInfo:
    """The file a function came from, for locating diagnostics."""

    def __init__(self, filename: str, lines: list[str]):
        self.filename = filename
        self.lines = lines  # the whole file, so line numbers are the file's own

    def line_text(self, line: int) -> str:
        if 1 <= line <= len(self.lines):
            return self.lines[line - 1]
        return ""


class TranspileError(Exception):
    """Python code that clientpy cannot translate faithfully to JavaScript.

    `diagnostics` lists every problem found, each with file, line, column, the source
    line, a caret under the construct and a hint. `str(error)` shows them all.
    """

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = list(diagnostics)
        super().__init__(self.format())

    def format(self) -> str:
        parts = [d.format() for d in self.diagnostics]
        count = len(self.diagnostics)
        head = f"{count} problem{'s' if count != 1 else ''} in clientside code:"
        return head + "\n" + "\n".join(parts)
