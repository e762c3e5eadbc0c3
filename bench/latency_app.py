"""The page for the input -> DOM latency: one summary of 20k records, three ways.

The same logic (bench/workloads/records.py plus a few formatted lines) runs as a clientpy
callback, as the hand-written JavaScript twin, and as a server callback (data held on
the server, the usual design for one). Run by ``bench/browser.py`` with
``BENCH_PORT`` and ``BENCH_ASSETS`` (a folder holding the twins) set.
"""

from __future__ import annotations

import os

from dash import Dash, Input, Output, State, dcc, html
from dash.dependencies import ClientsideFunction

from bench import data
from bench.workloads.records import sales_summary
from clientpy import clientside

RECORDS = data.as_sent_by_dash(data.sales_records())
REGIONS = ["North", "East", "Online"]


def summary_lines(records: list[dict], min_amount: float) -> str:
    s = sales_summary(records, REGIONS, min_amount, "amount")
    matched: int = s["matched"]
    lines = [f"{matched:,} orders"]
    for g in s["groups"]:
        category: str = g["category"]
        orders: int = g["orders"]
        lines.append(f"{category:<10}{orders:>6}{g['revenue']:>14,.2f}")
    return "\n".join(lines)


@clientside(
    Output("clientpy-out", "children"),
    Input("clientpy-in", "value"),
    State("records", "data"),
)
def clientpy_summary(value: float | None, records):
    return summary_lines(records, value or 0)


app = Dash(__name__, assets_folder=os.environ.get("BENCH_ASSETS", "assets"))


def section(name: str):
    return html.Div(
        [
            html.H3(name),
            dcc.Input(id=f"{name}-in", type="number", value=0, debounce=False),
            html.Pre(id=f"{name}-out"),
        ]
    )


app.layout = html.Div(
    [dcc.Store(id="records", data=RECORDS)]
    + [section(name) for name in ("clientpy", "hand", "server")]
)

app.clientside_callback(
    ClientsideFunction("hand", "latency_summary"),
    Output("hand-out", "children"),
    Input("hand-in", "value"),
    State("records", "data"),
)


@app.callback(Output("server-out", "children"), Input("server-in", "value"))
def server_summary(value):
    return summary_lines(RECORDS, value or 0)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("BENCH_PORT", "8050")), debug=False)
