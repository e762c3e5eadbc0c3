"""JS identifier safety: Python names that JS reserves or that shadow browser globals."""

from __future__ import annotations

RESERVED = frozenset(["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "let", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "await", "implements", "interface", "package", "private", "protected", "public", "static", "arguments", "eval", "undefined", "NaN", "Infinity", "window", "document", "globalThis", "self", "Object", "Array", "Map", "Set", "Number", "String", "Boolean", "Symbol", "Math", "JSON", "Error", "TypeError", "RangeError", "Promise", "Date", "RegExp", "Function", "console", "parseInt", "parseFloat", "isNaN", "isFinite", "Reflect", "Proxy", "BigInt", "setTimeout", "clearTimeout", "setInterval", "fetch", "location", "navigator", "localStorage", "sessionStorage", "alert", "name", "length", "constructor", "prototype"])


def js_identifier(name: str) -> str:
    """A JS name for a Python local: kept as is where safe, else suffixed with `$`.

    Python identifiers never contain `$`, so a suffixed name cannot collide with
    another user name; compiler temporaries start with `$` for the same reason.
    """
    if name in RESERVED or name.startswith("py_"):
        return name + "$"
    return name
