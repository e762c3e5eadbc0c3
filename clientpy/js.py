"""The browser's global scope, for code inside ``@clientside`` functions.

``from clientpy import js`` gives clientside code access to what Python has no word for:
``js.window``, ``js.document``, ``js.console.log(...)``, ``await js.fetch(url)``,
``js.new(js.Date)``... The compiler translates these expressions to plain JavaScript.

In CPython the object is only a marker: reading an attribute (or calling it) raises
:class:`BrowserOnlyError`, so a clientside function that touches the browser fails with a
message that says why instead of a confusing ``NameError``. Everything else about the
function still runs in CPython, which keeps its pure parts testable with pytest.
"""

from __future__ import annotations

__all__ = ["BrowserOnlyError", "js"]


class BrowserOnlyError(AttributeError):
    """Raised when CPython code touches :data:`js`, which exists only in the browser.

    It is an ``AttributeError`` so that ``hasattr(js, ...)`` and ``getattr(js, ..., default)``
    answer "no" instead of raising, the way they do for any object without the attribute.
    """


def _message(what: str) -> str:
    return (
        f"{what} exists only in the browser. `clientpy.js` is translated to JavaScript "
        "inside @clientside functions; when such a function runs in CPython (in a test, "
        "or called directly) the browser is not there. Keep the browser access out of "
        "the code path you run in Python, or check it in a browser test."
    )


class _BrowserGlobals:
    """Type of :data:`js`; one instance, no state."""

    __slots__ = ()

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__"):
            # Protocol probes (copy, pickle, doctest, IPython display) must see an ordinary
            # missing attribute, not the browser-only explanation.
            raise AttributeError(name)
        raise BrowserOnlyError(_message(f"js.{name}"))

    def __setattr__(self, name: str, value) -> None:
        raise BrowserOnlyError(_message(f"js.{name}"))

    def __delattr__(self, name: str) -> None:
        raise BrowserOnlyError(_message(f"js.{name}"))

    def __call__(self, *args, **kwargs):
        raise BrowserOnlyError(_message("js(...)"))

    def __getitem__(self, key):
        raise BrowserOnlyError(_message(f"js[{key!r}]"))

    def __iter__(self):
        raise BrowserOnlyError(_message("iterating over js"))

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return "<clientpy.js: the browser's global scope, usable inside @clientside functions>"

    def __reduce__(self):
        return "js"


js = _BrowserGlobals()
