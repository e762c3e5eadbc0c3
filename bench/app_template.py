"""Source of a generated Dash app with N clientside callbacks, for the start-up cost.

Eight kinds of everyday callbacks, repeated with distinct names, ids and constants (so
every function is a separate translation). ``style="clientpy"`` writes them with
``@clientside``; ``style="plain"`` registers the same outputs and inputs with
``app.clientside_callback(ClientsideFunction(...))``, which is what the app would do
with hand-written JavaScript: the difference is what clientpy adds to start-up.
"""

from __future__ import annotations

TEMPLATES = [
    (
        ["Output('greet-{i}', 'children')", "Input('name-{i}', 'value')"],
        """\
def greet_{i}(name):
    if not name:
        return no_update
    return f"Hello, {{name.strip().title()}}! ({i})"
""",
    ),
    (
        ["Output('total-{i}', 'children')", "Input('qty-{i}', 'value')",
         "Input('price-{i}', 'value')"],
        """\
def total_{i}(qty: int | None, price: float | None):
    if qty is None or price is None:
        return "Enter a quantity and a price"
    return f"Total: {{qty * price * 1.{k}:,.2f}}"
""",
    ),
    (
        ["Output('clicks-{i}', 'children')", "Input('inc-{i}', 'n_clicks')",
         "Input('dec-{i}', 'n_clicks')"],
        """\
def clicks_{i}(up: int | None, down: int | None):
    count = (up or 0) - (down or 0) + {i}
    if ctx.triggered_id == "dec-{i}":
        return f"{{count}} (went down)"
    return f"{{count}}"
""",
    ),
    (
        ["Output('graph-{i}', 'figure')", "Input('store-{i}', 'data')",
         "Input('scale-{i}', 'value')"],
        """\
def figure_{i}(data, scale):
    if not data:
        return no_update
    return {{"data": data, "layout": {{"yaxis": {{"type": scale}}, "title": "Chart {i}"}}}}
""",
    ),
    (
        ["Output('options-{i}', 'options')", "Input('filter-{i}', 'value')",
         "State('all-{i}', 'data')"],
        """\
def options_{i}(text, items):
    needle = (text or "").lower()
    return [{{"label": s, "value": s}} for s in items or [] if needle in s.lower()][:{i} + 20]
""",
    ),
    (
        ["Output('table-{i}', 'data')", "Input('rows-{i}', 'data')",
         "Input('sort-{i}', 'value')"],
        """\
def table_{i}(rows, column):
    if not rows:
        return []
    ordered = sorted(rows, key=lambda r: r.get(column) or 0, reverse=True)
    return ordered[:{i} + 10]
""",
    ),
    (
        ["Output('style-{i}', 'style')", "Input('toggle-{i}', 'value')"],
        """\
def style_{i}(on):
    if on:
        return {{"display": "block", "opacity": 1, "zIndex": {i}}}
    return {{"display": "none"}}
""",
    ),
    (
        ["Output('stats-{i}', 'children')", "Input('numbers-{i}', 'value')"],
        """\
def stats_{i}(text):
    values = [float(p) for p in (text or "").replace(",", " ").split()]
    if not values:
        return "no numbers"
    mean = sum(values) / len(values)
    return f"n={{len(values)}} mean={{mean:.3f}} max={{max(values):g}} ({i})"
""",
    ),
]  # fmt: skip

HEADER = """\
from dash import Dash, Input, Output, State, ctx, no_update
from dash.dependencies import ClientsideFunction
{extra}
app = Dash(__name__, assets_folder={assets!r})
"""


def app_source(n: int, style: str, assets: str) -> str:
    extra = "from clientpy import clientside\n" if style == "clientpy" else ""
    parts = [HEADER.format(extra=extra, assets=assets)]
    for i in range(n):
        deps, body = TEMPLATES[i % len(TEMPLATES)]
        deps = ", ".join(d.format(i=i) for d in deps)
        body = body.format(i=i, k=i % 10)
        name = body.split("(", 1)[0].removeprefix("def ")
        if style == "clientpy":
            parts.append(f"\n@clientside({deps})\n{body}")
        else:
            parts.append(
                f"\napp.clientside_callback(ClientsideFunction('hand', {name!r}), {deps})\n"
            )
    return "".join(parts)


def functions(n: int) -> list[tuple[str, str]]:
    """(name, source) of the first n generated callbacks, for per-callback timing."""
    out = []
    for i in range(n):
        _, body = TEMPLATES[i % len(TEMPLATES)]
        body = body.format(i=i, k=i % 10)
        out.append((body.split("(", 1)[0].removeprefix("def "), body))
    return out
