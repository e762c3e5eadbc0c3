"""What Dash is known to send for some component properties.

Counters like `n_clicks` are ints, or None before the first event (and timestamps in
milliseconds, dcc.Store's `modified_timestamp` too). Telling the compiler
so lets `f"{n_clicks * 10}"` print exactly: a value that might be a float could not be
printed (2 and 2.0 print differently), but these never are.
"""

from __future__ import annotations

import inspect
import types

INT_OR_NONE_PROPS = frozenset(
    {
        "n_clicks",
        "n_clicks_timestamp",
        "n_dblclicks",
        "n_dblclicks_timestamp",
        "n_submit",
        "n_submit_timestamp",
        "n_blur",
        "n_blur_timestamp",
        "n_intervals",
        "modified_timestamp",  # dcc.Store: Date.now() when written, -1 before
    }
)
WILDCARDS = ("ALL", "ALLSMALLER")


def param_types(
    func, dependencies, signature=None, *, positional=None
) -> dict[str, str]:
    """Parameter name -> "optint" for the inputs/states that are such counters.

    ``signature``: ``inspect.signature(func)``, or ``positional``: the names of its
    positional parameters (`positional_names`), when the caller has them already."""
    if positional is None:
        try:
            if signature is None:
                signature = inspect.signature(func)
        except (TypeError, ValueError):
            return {}
        positional = []
        for param in signature.parameters.values():
            if param.kind not in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
                break
            positional.append(param.name)
    out: dict[str, str] = {}
    for name, dep in zip(positional, dependencies):
        if dep.component_property in INT_OR_NONE_PROPS and not _is_wildcard_list(dep):
            out[name] = "optint"
    return out


# What inspect.signature reads besides the code object, defaults and annotations.
_SIGNATURE_ATTRIBUTES = frozenset(
    {"__wrapped__", "__signature__", "_partialmethod", "__partialmethod__"}
)


def positional_names(func, n_args: int) -> tuple[str, ...] | None:
    """The positional parameters of a plain function (a ``def`` or lambda, not wrapped)
    that ``n_args`` positional arguments bind to, from its code object: exactly when
    ``inspect.signature(func).bind(*range(n_args))`` succeeds, these are that
    signature's positional parameters. None otherwise, for inspect to answer (and word
    the error)."""
    if type(func) is not types.FunctionType or not _SIGNATURE_ATTRIBUTES.isdisjoint(
        func.__dict__
    ):
        return None
    code = func.__code__
    count = code.co_argcount  # positional-only ones included
    defaults = func.__defaults__ or ()
    if len(defaults) > count or n_args < count - len(defaults):
        return None  # a positional parameter without a value
    if n_args > count and not code.co_flags & inspect.CO_VARARGS:
        return None  # too many positional arguments
    keyword_only = code.co_varnames[count : count + code.co_kwonlyargcount]
    if keyword_only and not set(keyword_only) <= set(func.__kwdefaults__ or ()):
        return None  # a keyword-only parameter without a default
    return code.co_varnames[:count]


def _is_wildcard_list(dep) -> bool:
    """ALL/ALLSMALLER ids give a list of values, not one."""
    component_id = dep.component_id
    if not isinstance(component_id, dict):
        return False
    return any(
        str(value) in WILDCARDS or repr(value) in WILDCARDS
        for value in component_id.values()
    )


def result_shape(outputs) -> tuple[bool, tuple[bool, ...]] | None:
    """What Dash's server checks of a callback's result against `outputs` (an Output,
    or a list of them as Dash's argument parsing gives): (multi, one flag per Output,
    set for an ALL one) for a list of Outputs (none: a callback without Output) or an
    ALL Output alone; None for a plain Output alone, which takes any value."""
    if isinstance(outputs, (list, tuple)):
        return True, tuple(_is_wildcard_list(o) for o in outputs)
    if _is_wildcard_list(outputs):
        return False, (True,)
    return None


def value_lists(dependencies) -> tuple[int, ...]:
    """Positions of the Inputs and States (in the order the callback takes them) whose
    ids have ALL or ALLSMALLER: each gives the callback a list of values."""
    return tuple(i for i, dep in enumerate(dependencies) if _is_wildcard_list(dep))
