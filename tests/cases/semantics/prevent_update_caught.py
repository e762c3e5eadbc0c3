# Dash's PreventUpdate caught by `except Exception as e`: an Exception whose class
# isinstance(), type() and a bare `raise` see as PreventUpdate.
from dash.exceptions import PreventUpdate


def guarded(x):
    """Re-raise PreventUpdate, report any other error."""
    try:
        if x is None:
            raise PreventUpdate
        return int(x)
    except Exception as e:
        if isinstance(e, PreventUpdate):
            raise
        return f"error: {e}"


# inputs: ["x"]
# inputs: [null]
# inputs: ["3"]


def kinds(x):
    try:
        if x is None:
            raise PreventUpdate
        return {"a": 1}[x]
    except Exception as e:
        return [
            isinstance(e, PreventUpdate),
            isinstance(e, (KeyError, PreventUpdate)),
            isinstance(e, Exception),
            isinstance(e, KeyError),
            type(e) is PreventUpdate,
            type(e).__name__,
            str(e),
        ]


# inputs: [null]
# inputs: ["b"]


def args_of_caught(x):
    """Dash's exceptions pass their message to Exception, "" by default."""
    try:
        if x is None:
            raise PreventUpdate
        return x
    except PreventUpdate as e:
        return [e.args == ("",), repr(e), str(e) == ""]


# inputs: [null]
# inputs: [1]
