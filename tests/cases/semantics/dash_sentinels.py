# Dash sentinels: returning no_update and raising PreventUpdate.
from dash import no_update
from dash.exceptions import PreventUpdate


def maybe_no_update(n_clicks):
    if not n_clicks:
        return no_update
    return f"clicked {n_clicks} times"


# inputs: [null]
# inputs: [0]
# inputs: [3]
# inputs-undef: [null]


def maybe_prevent(value):
    if value is None:
        raise PreventUpdate
    return value.upper()


# inputs: [null]
# inputs: ["go"]
# inputs-undef: [null]


def multi_output_partial(n):
    if n and n > 2:
        return ["big", no_update]
    return [no_update, "small"]


# inputs: [5]
# inputs: [1]


def prevent_update_is_an_exception(x):
    try:
        if x:
            raise PreventUpdate
    except Exception:
        return "caught"
    return "not raised"


# inputs: [1]
# inputs: [0]


def unset_props_are_none(a, b):
    return [a is None, b is None, a == b, a or "default", str(a)]


# inputs-undef: [null, null]
# inputs: [null, null]
