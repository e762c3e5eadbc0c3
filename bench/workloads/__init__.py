"""The benchmark's workloads: realistic clientside callbacks written in Python.

Each :class:`Workload` names the Python callback, the hand-written JavaScript twin that
a Dash author would ship in ``assets/`` (``bench/twins/<file>``, registered in
``window.dash_clientside.hand``), and the arguments Dash would pass. Workloads that
share a twin file share a size row.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import data
from . import battery, config, figure, guide, labels, records

TWINS = Path(__file__).resolve().parent.parent / "twins"


@dataclass(frozen=True)
class Workload:
    name: str
    title: str
    func: Callable
    # Every function of the callback's module that it calls, in source order (the peers
    # translate these together, as one module).
    functions: tuple[Callable, ...]
    twin: str  # file under bench/twins
    make_args: Callable[[], list]
    # window.dash_clientside.callback_context during the call (and dash.ctx in CPython).
    context: dict | None = None
    imports: tuple[str, ...] = field(default=())
    # The callback's (component id, property) inputs where Dash's decorator learns
    # something from them (`n_clicks` is an int or None): compiled as it would be.
    inputs: tuple[tuple[str, str], ...] = field(default=())

    @property
    def param_types(self) -> dict[str, str]:
        from dash import Input

        from clientpy.dash.props import param_types

        return param_types(self.func, [Input(*pair) for pair in self.inputs])

    @property
    def twin_path(self) -> Path:
        return TWINS / self.twin

    @functools.cached_property
    def args(self) -> list:
        return data.as_sent_by_dash(self.make_args())


_CTX = {
    "triggered": [{"prop_id": "btn-2.n_clicks", "value": 4}],
    "triggered_id": "btn-2",
    "inputs": {"btn-1.n_clicks": 2, "btn-2.n_clicks": 4, "btn-3.n_clicks": None},
}

WORKLOADS: list[Workload] = [
    Workload(
        "figure-linear",
        "figure from a 100k-point store, moving average, linear axis",
        figure.figure_from_store,
        (figure.moving_average, figure.figure_from_store),
        "figure_from_store.js",
        lambda: [data.point_store(), 50, "linear"],
    ),
    Workload(
        "figure-log",
        "figure from a 100k-point store, moving average, log axis (drops y <= 0)",
        figure.figure_from_store,
        (figure.moving_average, figure.figure_from_store),
        "figure_from_store.js",
        lambda: [data.point_store(), 50, "log"],
    ),
    Workload(
        "records",
        "filter + sort + group 20k sales records",
        records.sales_summary,
        (records.sales_summary,),
        "sales_summary.js",
        lambda: [data.sales_records(), ["North", "East", "Online"], 250.5, "amount"],
    ),
    Workload(
        "labels",
        "5,000 labels with f-string format specs",
        labels.format_labels,
        (labels.format_labels,),
        "format_labels.js",
        lambda: [data.label_rows()],
    ),
    Workload(
        "config",
        "walk a nested config (8k leaves): flatten and search",
        config.config_search,
        (config.kind, config.flatten, config.config_search),
        "config_search.js",
        lambda: [data.nested_config(), "  Limits "],
    ),
    Workload(
        "guide-graph",
        "guide: graph from a store (gapminder trace, log axis)",
        guide.graph_from_store,
        (guide.graph_from_store,),
        "guide.js",
        lambda: [data.gapminder_traces(), "log"],
    ),
    Workload(
        "guide-px",
        "guide: Plotly Express figure in the store, set the y-axis type",
        guide.px_figure_scale,
        (guide.px_figure_scale,),
        "guide.js",
        lambda: [data.px_figure(), "log"],
    ),
    Workload(
        "guide-markdown",
        "guide: the store's contents as Markdown (json.dumps, indent=2)",
        guide.store_as_markdown,
        (guide.store_as_markdown,),
        "guide.js",
        lambda: [data.gapminder_traces()],
        imports=("json",),
    ),
    Workload(
        "guide-ctx",
        "guide: callback context, which button fired",
        guide.last_button,
        (guide.last_button,),
        "guide.js",
        lambda: [2, 4, None],
        context=_CTX,
        inputs=(("btn-1", "n_clicks"), ("btn-2", "n_clicks"), ("btn-3", "n_clicks")),
    ),
]

BATTERY = "battery.js"


def _battery(name: str, title: str, func: Callable, make_args: Callable) -> Workload:
    return Workload(name, title, func, (func,), BATTERY, make_args)


WORKLOADS += [
    _battery(
        "histogram",
        "50k floats into int-keyed bin counts",
        battery.histogram,
        lambda: [data.measurements(), 0.5, -10.0],
    ),
    _battery(
        "csv",
        "8k lines of pasted CSV into columns (split/strip/float)",
        battery.parse_csv,
        lambda: [data.csv_text(), ["price", "qty"]],
    ),
    _battery(
        "matmul",
        "120x120 nested-list matrix product (for range loops)",
        battery.matmul,
        lambda: [data.matrix(120, 11), data.matrix(120, 12)],
    ),
    _battery(
        "matmul-open",
        "the same product, unannotated (values of open type)",
        battery.matmul_open,
        lambda: [data.matrix(120, 11), data.matrix(120, 12)],
    ),
    _battery(
        "blur",
        "3x3 box blur of a 120x160 int grid, 2 passes (while loops)",
        battery.blur,
        lambda: [data.int_grid(), 2],
    ),
    _battery(
        "primes",
        "sieve to 300k, gcd of 5k pairs",
        battery.prime_stats,
        lambda: [300_000, data.int_pairs()],
    ),
    _battery(
        "group-stats",
        "20k records into a dict of lists, sum/min/max of generators, sorted",
        battery.group_stats,
        lambda: [data.sales_records(), "product"],
    ),
    _battery(
        "report-text",
        "5k report lines: str methods, f-strings, join",
        battery.report_text,
        lambda: [data.label_rows(), "K"],
    ),
    _battery(
        "cumulative",
        "running total over zip/enumerate of two 50k lists",
        battery.cumulative,
        lambda: list(data.walk()),
    ),
    _battery(
        "tag-filter",
        "20k items filtered with `in` on sets of strings",
        battery.tag_filter,
        lambda: [data.tagged_items(), ["article", "video", "notebook"], ["ops", "sql"]],
    ),
]

BY_NAME = {w.name: w for w in WORKLOADS}
