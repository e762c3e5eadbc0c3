"""JS identifier safety: Python names that JS reserves or that shadow browser globals."""

from __future__ import annotations

# JS keywords and reserved words (strict mode), and `arguments`.
KEYWORDS = frozenset(
    [
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "finally",
        "for",
        "function",
        "if",
        "import",
        "in",
        "instanceof",
        "let",
        "new",
        "null",
        "return",
        "super",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "yield",
        "await",
        "implements",
        "interface",
        "package",
        "private",
        "protected",
        "public",
        "static",
        "arguments",
    ]
)
# A Python local with one of these names is renamed: keywords, and the globals that
# emitted code and `js.<name>` reach by their bare names.
RESERVED = KEYWORDS | frozenset(
    [
        "eval",
        "undefined",
        "NaN",
        "Infinity",
        "window",
        "document",
        "globalThis",
        "self",
        "Object",
        "Array",
        "Map",
        "Set",
        "Number",
        "String",
        "Boolean",
        "Symbol",
        "Math",
        "JSON",
        "Error",
        "TypeError",
        "RangeError",
        "Promise",
        "Date",
        "RegExp",
        "Function",
        "console",
        "parseInt",
        "parseFloat",
        "isNaN",
        "isFinite",
        "Reflect",
        "Proxy",
        "BigInt",
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "fetch",
        "location",
        "navigator",
        "localStorage",
        "sessionStorage",
        "alert",
        "name",
        "length",
        "constructor",
        "prototype",
    ]
)


def js_identifier(name: str) -> str:
    """A JS name for a Python local: kept as is where safe, else suffixed with `$`.

    Python identifiers never contain `$`, so a suffixed name cannot collide with
    another user name; compiler temporaries start with `$` for the same reason.
    """
    if name in RESERVED or name.startswith("py_"):
        return name + "$"
    return name
