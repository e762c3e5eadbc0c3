"""Imports that open a function: the names the same imports give at module level."""


def dumps_inside(x):
    """A docstring comes before them."""
    import json

    return json.dumps(x, sort_keys=True)


# inputs: [{"b": 1, "a": [1.5, null]}]
# inputs: [[]]
# inputs: ["é"]


def names_from_math(x):
    from math import floor, pi, sqrt as root

    return [floor(x * pi), root(abs(x))]


# inputs: [2]
# inputs: [-2.5]
# inputs: [0]


def module_under_another_name(xs):
    import math as m

    return m.fsum(xs) + m.inf * 0 if not xs else m.fsum(xs)


# inputs: [[0.1, 0.2, 0.3]]
# inputs: [[]]


def dash_names(n_clicks):
    from dash import no_update
    from dash.exceptions import PreventUpdate

    if n_clicks is None:
        raise PreventUpdate
    return no_update if n_clicks > 3 else n_clicks * 2


# inputs: [null]
# inputs: [2]


def closure_reads_the_import(values):
    import math

    def rounded(v):
        return math.floor(v)

    return [rounded(v) for v in values]


# inputs: [[1.5, -1.5, 2]]


def nested_function_imports_its_own(values):
    def text(v):
        import json

        return json.dumps(v)

    return "|".join(text(v) for v in values)


# inputs: [[1, "a", null, {"k": [true]}]]


async def async_callback_imports(x):
    import json

    return json.loads(x)


# inputs: ["[1, 2.5]"]
# inputs: ["{"]
