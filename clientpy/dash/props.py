"""What Dash is known to send for some component properties.

Counters like `n_clicks` are ints, or None before the first event. Telling the compiler
so lets `f"{n_clicks * 10}"` print exactly: a value that might be a float could not be
printed (2 and 2.0 print differently), but these never are.
"""

from __future__ import annotations

import inspect

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
    }
)
WILDCARDS = ("ALL", "ALLSMALLER")


def param_types(func, dependencies, signature=None) -> dict[str, str]:
    """Parameter name -> "optint" for the inputs/states that are such counters.

    ``signature``: ``inspect.signature(func)``, when the caller has it already."""
    try:
        if signature is None:
            signature = inspect.signature(func)
    except (TypeError, ValueError):
        return {}
    params = list(signature.parameters.values())
    out: dict[str, str] = {}
    for param, dep in zip(params, dependencies):
        if param.kind not in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
            break
        if dep.component_property in INT_OR_NONE_PROPS and not _is_wildcard_list(dep):
            out[param.name] = "optint"
    return out


def _is_wildcard_list(dep) -> bool:
    """ALL/ALLSMALLER ids give a list of values, not one."""
    component_id = dep.component_id
    if not isinstance(component_id, dict):
        return False
    return any(
        str(value) in WILDCARDS or repr(value) in WILDCARDS
        for value in component_id.values()
    )
