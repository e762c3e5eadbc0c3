"""Deterministic inputs for the workloads, shaped as Dash hands them to a callback.

Every value goes through :func:`as_sent_by_dash`: the browser holds numbers as doubles
and JSON cannot tell ``2.0`` from ``2``, so an integral float arrives as an int in a
server callback too. The CPython reference run sees exactly what the JS runs see.
"""

from __future__ import annotations

import math
import random


def as_sent_by_dash(x):
    if isinstance(x, bool) or x is None or isinstance(x, (int, str)):
        return x
    if isinstance(x, float):
        if not math.isfinite(x):
            raise ValueError("JSON has no NaN or Infinity")
        return int(x) if x.is_integer() else x
    if isinstance(x, (list, tuple)):
        return [as_sent_by_dash(v) for v in x]
    if isinstance(x, dict):
        return {str(k): as_sent_by_dash(v) for k, v in x.items()}
    raise TypeError(f"not JSON data: {type(x).__name__}")


def point_store(n: int = 100_000, seed: int = 1) -> dict:
    """A random walk around zero: some points are <= 0 (a log axis drops them)."""
    rng = random.Random(seed)
    y, ys = 5.0, []
    for _ in range(n):
        y += rng.gauss(0, 0.35)
        ys.append(round(y, 4))
    return {"x": list(range(n)), "y": ys}


REGIONS = ["North", "South", "East", "West", "Central", "Online"]
CATEGORIES = [
    "Audio", "Books", "Cameras", "Garden", "Kitchen", "Laptops",
    "Phones", "Sports", "Tablets", "Toys", "TV", "Wearables",
]  # fmt: skip


def sales_records(n: int = 20_000, seed: int = 2) -> list[dict]:
    rng = random.Random(seed)
    return [
        {
            "id": i,
            "region": rng.choice(REGIONS),
            "category": rng.choice(CATEGORIES),
            "product": f"P-{rng.randrange(1000):03d}",
            "amount": round(rng.uniform(1, 5000), 2),
            "units": rng.randint(1, 40),
            "date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }
        for i in range(n)
    ]


def label_rows(n: int = 5_000, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ne", "ru", "sta", "ven", "dor", "pli", "quo"]
    rows = []
    for i in range(n):
        name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 6)))
        rows.append(
            {
                "name": name.title(),
                "value": rng.uniform(-2e6, 2e7) * rng.choice([1, 0.001, 1e-5]),
                "share": rng.random() * rng.choice([1, 0.01]),
                "rank": i + 1,
            }
        )
    return rows


def nested_config(seed: int = 4) -> dict:
    """A service configuration: ~8k leaves, 6 levels deep, lists of objects inside."""
    rng = random.Random(seed)

    def leaf(depth):
        r = rng.random()
        if r < 0.25:
            return rng.randint(0, 10_000)
        if r < 0.4:
            return round(rng.uniform(0, 100), 3)
        if r < 0.55:
            return rng.random() < 0.5
        if r < 0.6:
            return None
        return rng.choice(["on", "off", "auto", "eu-west-1", "/var/log/app", "info"])

    def node(depth):
        if depth >= 5 or rng.random() < 0.12:
            return leaf(depth)
        if rng.random() < 0.25:
            return [node(depth + 1) for _ in range(rng.randint(1, 4))]
        keys = ["timeout", "retries", "host", "port", "level", "enabled", "cache",
                "limits", "backoff", "pool", "tls", "region", "paths", "metrics"]  # fmt: skip
        return {k: node(depth + 1) for k in rng.sample(keys, rng.randint(2, 7))}

    return {f"service_{i:02d}": node(1) for i in range(50)}


def gapminder_traces(country: str = "Canada", indicator: str = "lifeExp") -> list:
    """The guide's store: one trace of one country's indicator over the years."""
    import plotly.express as px

    df = px.data.gapminder()
    dff = df[df["country"] == country]
    return [
        {
            "x": [int(v) for v in dff["year"]],
            "y": [float(v) for v in dff[indicator]],
            "mode": "markers",
        }
    ]


def px_figure(country: str = "Canada") -> dict:
    """The guide's Plotly Express figure, as the store keeps it (its JSON)."""
    import json

    import plotly.express as px

    df = px.data.gapminder()
    fig = px.line(df[df["country"] == country], x="year", y="pop")
    return json.loads(fig.to_json())


def measurements(n: int = 50_000, seed: int = 5) -> list[float]:
    """Sensor readings for a histogram: two bumps, some outliers."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.6:
            out.append(round(rng.gauss(20, 4), 3))
        elif r < 0.97:
            out.append(round(rng.gauss(35, 2.5), 3))
        else:
            out.append(round(rng.uniform(-10, 70), 3))
    return out


def csv_text(n: int = 8_000, seed: int = 6) -> str:
    """CSV as pasted into a textarea: padded cells, blank lines, a few ragged rows."""
    rng = random.Random(seed)
    lines = ["date, region , product,price,qty , note"]
    for i in range(n):
        if rng.random() < 0.01:
            lines.append("")
            continue
        if rng.random() < 0.005:
            lines.append(f"2024-01-{i % 28 + 1:02d},North,broken")
            continue
        price = "" if rng.random() < 0.02 else f"{rng.uniform(1, 900):.2f}"
        lines.append(
            f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}, "
            f"{rng.choice(REGIONS)} ,P-{rng.randrange(1000):03d},{price},"
            f" {rng.randint(1, 50)},{rng.choice(['', 'rush', 'gift', 'back order'])}"
        )
    return "\n".join(lines) + "\n"


def matrix(n: int, seed: int) -> list[list[float]]:
    rng = random.Random(seed)
    return [[round(rng.uniform(-1, 1), 3) for _ in range(n)] for _ in range(n)]


def int_grid(h: int = 120, w: int = 160, seed: int = 7) -> list[list[int]]:
    """A heatmap's z values: integer counts."""
    rng = random.Random(seed)
    return [[rng.randint(0, 255) for _ in range(w)] for _ in range(h)]


def int_pairs(n: int = 5_000, seed: int = 8) -> list[list[int]]:
    rng = random.Random(seed)
    return [[rng.randint(1, 10**9), rng.randint(1, 10**6)] for _ in range(n)]


def tagged_items(n: int = 20_000, seed: int = 9) -> list[dict]:
    rng = random.Random(seed)
    kinds = ["article", "video", "podcast", "dataset", "notebook", "slides"]
    tags = [f"{w}" for w in ("python", "dash", "plotly", "sql", "ml", "viz", "etl",
            "geo", "finance", "health", "sports", "climate", "web", "ops", "ai", "stats")]  # fmt: skip
    return [
        {
            "id": f"item-{i:05d}",
            "kind": rng.choice(kinds),
            "tags": rng.sample(tags, rng.randint(0, 5)),
            "score": rng.randint(0, 100),
        }
        for i in range(n)
    ]


def walk(n: int = 50_000, seed: int = 10) -> tuple[list[float], list[int]]:
    """Prices and position sizes: the inputs of a running P&L."""
    rng = random.Random(seed)
    xs = [round(rng.gauss(0, 1.5), 2) for _ in range(n)]
    ys = [rng.randint(-3, 10) for _ in range(n)]
    return xs, ys
