"""Markdown tables from the results (the JSON that ``python -m bench`` writes)."""

from __future__ import annotations

import statistics

from .peers import PEERS

IMPLS = ("clientpy", *PEERS)
TARGET_SPEED = 1.15
TARGET_SIZE = 1.3
TARGET_TRANSPILE_MS = 0.5
TARGET_COLD_MS = 100.0
TARGET_WARM_MS = 10.0


def _table(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def _ms(x: float) -> str:
    if x >= 100:
        return f"{x:.0f}"
    if x >= 1:
        return f"{x:.2f}"
    if x >= 0.001:
        return f"{x * 1000:.2f} µs"
    return f"{x * 1e6:.0f} ns"


def _cell(row: dict | None) -> str:
    if row is None:
        return "—"
    status = row["status"]
    if status == "ok":
        if "ratio" not in row:
            return "ok"
        lo, hi = row.get("ratio_range", (row["ratio"], row["ratio"]))
        spread = f" ({lo:.2f}–{hi:.2f})" if hi - lo >= 0.005 else ""
        return f"{row['ratio']:.2f}x{spread}"
    labels = {"wrong": "**wrong**", "error": "**throws**", "refused": "refused"}
    return labels.get(status, f"**{status}**")


def speed(results: dict) -> str:
    rows, notes = [], []
    for item in results["speed"]:
        r = item["rows"]
        hand = r.get("hand", {})
        cp = r.get("clientpy", {})
        line = [
            item["workload"],
            _ms(hand["ms"]) if "ms" in hand else hand["status"],
            _ms(cp["ms"]) if "ms" in cp else "—",
        ]
        line += [_cell(r.get(name)) for name in IMPLS]
        rows.append(line)
        for name in ("hand", *IMPLS):
            row = r.get(name)
            if row and row["status"] != "ok":
                notes.append(
                    f"- {item['workload']} / {name}: {row['status']}: {row['detail']}"
                )
    text = _table(
        [
            "workload",
            "hand-written (ms/call)",
            "clientpy (ms/call)",
            *[f"{n} / hand" for n in IMPLS],
        ],
        rows,
    )
    text += (
        "\n\nEach cell: the median over processes of the median per-round ratio to the "
        "twin in the same process; in parentheses the lowest and highest process."
    )
    text += "\n\nWhat each workload does:\n\n" + "\n".join(
        f"- `{i['workload']}`: {i['title']}" for i in results["speed"]
    )
    if notes:
        text += "\n\nWrong answers, throws and refusals (checked against CPython first):\n\n"
        text += "\n".join(notes)
    return text


def chromium(results: dict) -> str:
    ex = results.get("browser", {}).get("execution")
    if not ex:
        return "(not run)"
    rows = [
        [name, row["status"], _ms(row["ms"]) if "ms" in row else "—",
         f"{row['ratio']:.2f}x" if "ratio" in row else "—"]
        for name, row in ex["rows"].items()
    ]  # fmt: skip
    return f"Workload `{ex['workload']}` in Chromium {ex['chromium']}:\n\n" + _table(
        ["implementation", "answer", "ms/call", "/ hand"], rows
    )


def _size(entry: dict, key: str) -> str:
    s = entry[key]
    return f"{s['bytes']:,} / {s['gzip']:,}"


def size(results: dict) -> str:
    rows = []
    for r in results["size"]:
        if r.get("typical"):
            continue
        hand_gz = r["hand"]["with_runtime"]["gzip"]
        cp = r["clientpy"]
        line = [
            r["twin"] if len(r["callbacks"]) < 5 else f"{r['twin']}",
            _size(r["hand"], "code"),
            _size(cp, "code"),
            _size(cp, "with_runtime"),
            f"{cp['with_runtime']['gzip'] / hand_gz:.1f}x",
            (
                _size(cp, "minified_with_runtime")
                if "minified_with_runtime" in cp
                else "—"
            ),
        ]
        for peer in PEERS:
            p = r.get(peer)
            if p is None:
                line.append("—")
            elif "refused" in p:
                line.append(f"refused ({p['refused_count']})")
            else:
                line.append(
                    f"{_size(p, 'with_runtime')} ({p['with_runtime']['gzip'] / hand_gz:.1f}x)"
                )
        rows.append(line)
    header = [
        "twin file (callbacks)",
        "hand bytes / gzip",
        "clientpy code",
        "clientpy + runtime",
        "gzip / hand",
        "clientpy minified + runtime",
        *[f"{p} + runtime" for p in PEERS],
    ]
    text = _table(header, rows)
    typical = [r for r in results["size"] if r.get("typical")]
    if typical:
        text += (
            "\n\nThe typical callbacks of the start-up benchmark (bench/app_template.py),"
            " each alone in its app, against a hand-written twin (bench/twins/typical):\n\n"
        )
        text += _table(
            [
                "callback",
                "hand bytes / gzip",
                "clientpy code",
                "clientpy + runtime",
                "gzip / hand",
                "clientpy minified + runtime",
            ],
            [
                [
                    r["twin"],
                    _size(r["hand"], "code"),
                    _size(r["clientpy"], "code"),
                    _size(r["clientpy"], "with_runtime"),
                    f"{r['clientpy']['with_runtime']['gzip'] / r['hand']['code']['gzip']:.1f}x",
                    (
                        _size(r["clientpy"], "minified_with_runtime")
                        if "minified_with_runtime" in r["clientpy"]
                        else "—"
                    ),
                ]
                for r in typical
            ],
        )
    return text


def _typical_transpile_ms(per: list[dict]) -> tuple[float, float]:
    """Median ms of the typical callbacks' (first, repeat) translations."""
    typical = [r for r in per if r["kind"] == "typical"]
    return (
        statistics.median(r["first_ms"] for r in typical),
        statistics.median(r["ms"] for r in typical),
    )


def transpile(results: dict) -> str:
    per = results["transpile"]["per_callback"]
    rows = [
        [r["callback"], r["kind"], str(r["lines"]), _ms(r["first_ms"]), _ms(r["ms"])]
        for r in per
    ]
    first, repeat = _typical_transpile_ms(per)
    text = _table(["callback", "kind", "lines", "first (ms)", "repeat (ms)"], rows)
    text += (
        f"\n\nMedian of the typical callbacks: {first:.2f} ms the first time a process"
        f" translates one, {repeat:.2f} ms when it translates it again (target <"
        f" {TARGET_TRANSPILE_MS} ms, judged on the first); all callbacks"
        f" {statistics.median(r['first_ms'] for r in per):.2f} and"
        f" {statistics.median(r['ms'] for r in per):.2f} ms.\n\n"
    )
    rows = [
        [
            str(r["callbacks"]),
            f"{r['cold_ms']:.0f}",
            f"{r['warm_ms']:.0f}",
            f"{r['cold_build_ms']:.0f}",
            f"{r['warm_build_ms']:.0f}",
            f"{r['plain_app_module_ms']:.0f}",
        ]
        for r in results["transpile"]["startup"]
    ]
    text += _table(
        [
            "callbacks",
            "added to start-up, cold (ms)",
            "warm (ms)",
            "of which bundle build, cold",
            "warm",
            "plain app module import (ms)",
        ],
        rows,
    )
    return text


def latency(results: dict) -> str:
    lat = results.get("browser", {}).get("latency")
    if not lat:
        return results.get("browser", {}).get("latency_error", "(not run)")
    rows = [
        [name, f"{r['median_ms']:.1f}", f"{r['p95_ms']:.1f}", str(r["samples"])]
        for name, r in lat.items()
    ]
    return _table(["route", "median (ms)", "p95 (ms)", "samples"], rows)


def answers(results: dict) -> str:
    """How often each implementation gave CPython's answer."""
    counts: dict[str, dict[str, int]] = {}
    for item in results["speed"]:
        for name in IMPLS:
            row = item["rows"].get(name)
            if row is not None:
                tally = counts.setdefault(name, {})
                tally[row["status"]] = tally.get(row["status"], 0) + 1
    parts = []
    for name, tally in counts.items():
        total = sum(tally.values())
        labels = {
            "wrong": "wrong",
            "error": "throw",
            "timeout": "timeout",
            "refused": "refused",
        }
        rest = ", ".join(f"{tally[k]} {v}" for k, v in labels.items() if k in tally)
        parts.append(
            f"{name} {tally.get('ok', 0)}/{total} right"
            + (f" ({rest})" if rest else "")
        )
    return "- answers equal to CPython's: " + "; ".join(parts)


def targets(results: dict) -> str:
    lines = []
    if results.get("speed"):
        lines.append(answers(results))
        miss = [
            f"{i['workload']} {i['rows']['clientpy']['ratio']:.2f}x"
            for i in results["speed"]
            if i["rows"].get("clientpy", {}).get("ratio", 99) > TARGET_SPEED
        ]
        lines.append(
            f"- speed <= {TARGET_SPEED}x hand-written on every workload: "
            + ("met" if not miss else "missed on " + ", ".join(miss))
        )
        slower = []
        for i in results["speed"]:
            cp = i["rows"].get("clientpy", {}).get("ratio")
            for peer in PEERS:
                pr = i["rows"].get(peer, {})
                if pr.get("status") == "ok" and cp is not None and pr["ratio"] < cp:
                    slower.append(f"{i['workload']} ({peer} {pr['ratio']:.2f}x)")
        lines.append(
            "- faster than every peer that answers right: "
            + ("met" if not slower else "missed on " + ", ".join(slower))
        )
    if results.get("size"):

        def ratios(typical):
            return [
                r["clientpy"]["with_runtime"]["gzip"]
                / r["hand"]["with_runtime"]["gzip"]
                for r in results["size"]
                if bool(r.get("typical")) == typical
            ]

        files = ratios(False)
        lines.append(
            f"- size with runtime <= {TARGET_SIZE}x hand gzip: median "
            f"{statistics.median(files[:-1]):.1f}x per callback file, "
            f"{files[-1]:.1f}x for all of them in one app: "
            + ("met" if statistics.median(files[:-1]) <= TARGET_SIZE else "missed")
        )
        typical = ratios(True)
        if typical:
            lines.append(
                f"- typical callback with its runtime <= {TARGET_SIZE}x hand gzip: "
                f"median {statistics.median(typical[:-1]):.1f}x, "
                f"{typical[-1]:.1f}x for the eight in one app: "
                + (
                    "met"
                    if statistics.median(typical[:-1]) <= TARGET_SIZE
                    else "missed"
                )
            )
    if results.get("transpile"):
        first, repeat = _typical_transpile_ms(results["transpile"]["per_callback"])
        lines.append(
            f"- transpile median < {TARGET_TRANSPILE_MS} ms (typical callback): "
            f"{first:.2f} ms a first translation ({repeat:.2f} ms a repeat one): "
            + ("met" if first < TARGET_TRANSPILE_MS else "missed")
        )
        for r in results["transpile"]["startup"]:
            if r["callbacks"] == 100:
                ok = r["cold_ms"] < TARGET_COLD_MS and r["warm_ms"] < TARGET_WARM_MS
                lines.append(
                    f"- 100 callbacks add < {TARGET_COLD_MS:.0f} ms cold, "
                    f"< {TARGET_WARM_MS:.0f} ms warm: {r['cold_ms']:.0f} / "
                    f"{r['warm_ms']:.0f} ms: " + ("met" if ok else "missed")
                )
    return "\n".join(lines)


def markdown(results: dict) -> str:
    m = results["machine"]
    parts = [
        "## Machine\n\n"
        + "\n".join(f"- {k}: {v}" for k, v in m.items())
        + f"\n- settings: {results['settings']}",
        "## Targets\n\n" + targets(results),
    ]
    if results.get("speed"):
        parts.append(
            "## Execution speed in node (ratio to hand-written JS)\n\n" + speed(results)
        )
    if results.get("browser"):
        parts.append("## Execution speed in Chromium\n\n" + chromium(results))
    if results.get("size"):
        parts.append(
            "## Size (bytes / gzip bytes)\n\n"
            "`clientpy + runtime` is the assets bundle the Dash integration serves "
            "(helpers, Dash boundary, registration); the last row puts every callback "
            "in one app, so the runtime is shipped once.\n\n" + size(results)
        )
    if results.get("transpile"):
        parts.append("## Transpile time and start-up\n\n" + transpile(results))
    if results.get("browser"):
        parts.append("## Input -> DOM latency in Chromium\n\n" + latency(results))
    return "\n\n".join(parts) + "\n"
