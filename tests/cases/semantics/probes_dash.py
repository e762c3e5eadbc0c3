# Probes: Dash sentinels inside helpers, containers and exception handling.
from dash import no_update, ctx


from dash.exceptions import PreventUpdate


def _guard(v):
    if v is None:
        raise PreventUpdate
    return v


def prevent_from_helper(x):
    return _guard(x) * 2


# inputs: [3]
# inputs: [null]
# inputs-undef: [null]


def prevent_caught_by_base(x):
    try:
        _guard(x)
        return "passed"
    except PreventUpdate:
        return "prevent"
    except Exception:
        return "exception"


# inputs: [null]
# inputs: [1]


def prevent_instance(x):
    if not x:
        raise PreventUpdate()
    return x


# inputs: [0]
# inputs: [1]


def no_update_in_structures(n: int):
    out = [no_update] * n
    d = {"a": no_update}
    return [
        out,
        d["a"] is no_update,
        no_update in out,
        out.count(no_update),
        [no_update] == [no_update],
    ]


# inputs: [2]


def no_update_identity(x):
    v = no_update if x else "value"
    return [v is no_update, v == no_update, v != no_update, isinstance(v, str)]


# inputs: [1]
# inputs: [0]


def prevent_in_finally(x):
    log = []
    try:
        try:
            _guard(x)
        finally:
            log.append("finally")
    except PreventUpdate:
        log.append("prevented")
    return log


# inputs: [null]


def returns_tuple_with_no_update(x):
    if x:
        return x, no_update
    return no_update, "b"


# inputs: [1]
# inputs: [0]


def prevent_uncaught_in_loop(xs):
    out = []
    for x in xs:
        if x is None:
            raise PreventUpdate
        out.append(x)
    return out


# inputs: [[1, null, 3]]
# inputs: [[1, 2]]
