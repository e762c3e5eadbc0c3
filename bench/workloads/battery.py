"""Compute-heavy callbacks of shapes the other workloads do not cover.

Numeric loops over nested lists, int-keyed dicts, text parsing, string building, set
membership, grouping with generator expressions. Annotations are where a Dash author
would plausibly write them: on some parameters, not on others.
"""


def histogram(values: list[float], bin_width: float, lo: float):
    """50k floats into int-keyed bin counts, then the bars and a summary."""
    counts = {}
    for v in values:
        b = int((v - lo) // bin_width)
        counts[b] = counts.get(b, 0) + 1
    keys = sorted(counts)
    total = len(values)
    peak = max(keys, key=lambda k: counts[k])
    return {
        "x": [lo + k * bin_width for k in keys],
        "y": [counts[k] for k in keys],
        "share": [round(counts[k] / total, 4) for k in keys],
        "peak": f"bin {peak} ({counts[peak]} values)",
    }


def parse_csv(text: str, numeric):
    """Pasted CSV text into columns: numbers where the column is numeric."""
    lines = text.strip().split("\n")
    header = [h.strip() for h in lines[0].split(",")]
    columns = {h: [] for h in header}
    bad = 0
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = line.split(",")
        if len(cells) != len(header):
            bad += 1
            continue
        for name, cell in zip(header, cells):
            cell = cell.strip()
            if name in numeric:
                columns[name].append(float(cell) if cell else None)
            else:
                columns[name].append(cell)
    return {"columns": columns, "rows": len(lines) - 1 - bad, "bad": bad}


def matmul(a: list[list[float]], b: list[list[float]]):
    """A product of two square matrices held as nested lists, and its trace."""
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = a[i]
        res = [0.0] * m
        for p in range(k):
            x = row[p]
            brow = b[p]
            for j in range(m):
                res[j] += x * brow[j]
        out.append(res)
    trace = 0.0
    for i in range(min(n, m)):
        trace += out[i][i]
    return {"z": out, "trace": round(trace, 6)}


def matmul_open(a, b):
    """The same product written without annotations, as most callbacks are: the
    matrices' types are open, each read tests what it reads."""
    n = len(a)
    m = len(b[0])
    out = []
    for i in range(n):
        row = a[i]
        res = [0] * m
        for p in range(len(b)):
            x = row[p]
            brow = b[p]
            for j in range(m):
                res[j] += x * brow[j]
        out.append(res)
    trace = 0
    for i in range(min(n, m)):
        trace += out[i][i]
    return {"z": out, "trace": round(trace, 6)}


def blur(grid, passes: int):
    """A 3x3 box blur of a heatmap's z grid, edges clamped, a few passes."""
    h = len(grid)
    w = len(grid[0])
    cur = grid
    p = 0
    while p < passes:
        nxt = []
        y = 0
        while y < h:
            row = []
            x = 0
            while x < w:
                total = 0
                dy = -1
                while dy <= 1:
                    yy = min(max(y + dy, 0), h - 1)
                    src = cur[yy]
                    dx = -1
                    while dx <= 1:
                        xx = min(max(x + dx, 0), w - 1)
                        total += src[xx]
                        dx += 1
                    dy += 1
                row.append(total / 9)
                x += 1
            nxt.append(row)
            y += 1
        cur = nxt
        p += 1
    return cur


def prime_stats(n: int, pairs: list[list[int]]):
    """A sieve up to n, and the gcd of each pair (a slider-driven number-theory demo)."""
    sieve = [True] * (n + 1)
    sieve[0] = False
    sieve[1] = False
    i = 2
    while i * i <= n:
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
        i += 1
    primes = [k for k, is_prime in enumerate(sieve) if is_prime]
    gcds = []
    for pair in pairs:
        a, b = pair[0], pair[1]
        while b:
            a, b = b, a % b
        gcds.append(a)
    gaps = [q - p for p, q in zip(primes, primes[1:])]  # noqa: RUF007 - no itertools
    return {
        "count": len(primes),
        "sum": sum(primes),
        "last": primes[-5:],
        "max_gap": max(gaps),
        "gcds": gcds,
    }


def group_stats(records: list[dict], key: str):
    """Records grouped into a dict of lists, then per-group aggregates, sorted."""
    groups = {}
    for r in records:
        groups.setdefault(r[key], []).append(r)
    out = []
    for name, items in groups.items():
        amounts = [r["amount"] for r in items]
        out.append(
            {
                "name": name,
                "n": len(items),
                "total": round(sum(r["amount"] for r in items), 2),
                "low": min(r["amount"] for r in items),
                "high": max(amounts),
                "units": sum(r["units"] for r in items),
            }
        )
    out = sorted(out, key=lambda g: (-g["units"], g["name"]))
    return out[:100]


def report_text(rows, prefix: str):
    """A plain-text report: cleaned names, flags, percentages, joined in one string."""
    lines = []
    flagged = 0
    for r in rows:
        name = r["name"].strip().upper().replace("A", "4")
        if name.startswith(prefix) or name.endswith("O"):
            flagged += 1
            mark = "*"
        else:
            mark = " "
        lines.append(
            f"{mark} {r['rank']:>5} {name.lower()} {len(name)} {r['share']:.2%}"
        )
    header = f"{len(lines)} rows, {flagged} flagged"
    return header + "\n" + "\n".join(lines)


def cumulative(xs, ys):
    """Running totals of x*y with enumerate/zip, the step sizes, a drawdown."""
    total = 0.0
    running = []
    peak = 0.0
    drawdown = 0.0
    worst_at = -1
    for i, (x, y) in enumerate(zip(xs, ys)):
        total += x * y
        running.append(total)
        peak = max(peak, total)
        if peak - total > drawdown:
            drawdown = peak - total
            worst_at = i
    steps = [b - a for a, b in zip(running, running[1:])]  # noqa: RUF007
    ups = sum(1 for s in steps if s > 0)
    return {
        "running": running,
        "ups": ups,
        "drawdown": round(drawdown, 6),
        "worst_at": worst_at,
    }


def tag_filter(items: list[dict], allowed: list[str], blocked: list[str]):
    """Items kept by kind, dropped by tag: `in` on sets of strings."""
    allowed_set = set(allowed)
    blocked_set = set(blocked)
    kept = []
    seen = set()
    counts = {}
    for item in items:
        if item["kind"] not in allowed_set:
            continue
        if any(t in blocked_set for t in item["tags"]):
            continue
        kept.append(item["id"])
        for t in item["tags"]:
            seen.add(t)
            counts[t] = counts.get(t, 0) + 1
    return {"ids": kept, "tags": sorted(seen), "counts": counts}
