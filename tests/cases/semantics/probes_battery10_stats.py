# Probes, tenth battery: statistics written by hand in callbacks (mean, median, stdev,
# percentiles, histograms with dicts), rounding for display and math helpers.

import json
import math


def summary_stats(values):
    xs = [v for v in values if v is not None]
    if not xs:
        return "no data"
    n = len(xs)
    mean = sum(xs) / n
    s = sorted(xs)
    mid = n // 2
    median = s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2
    var = sum((x - mean) ** 2 for x in xs) / (n - 1) if n > 1 else 0.0
    sd = math.sqrt(var)
    return f"n={n} mean={mean:.3f} median={median:g} sd={sd:.4f} min={s[0]} max={s[-1]}"


# inputs: [[1, 2, 3, 4]]
# inputs: [[5, null, 1.5, 3]]
# inputs: [[null]]
# inputs: [[7]]
# inputs: [[2, 2, 2]]


def median_value(values):
    s = sorted(values)
    n = len(s)
    if n == 0:
        return None
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2


# inputs: [[3, 1, 2]]
# inputs: [[4, 1, 2, 3]]
# inputs: [[1, 1]]
# inputs: [[]]
# inputs: [[-0.0, 0]]


def median_text(values):
    s = sorted(values)
    n = len(s)
    m = (s[(n - 1) // 2] + s[n // 2]) / 2
    return str(m) + " / " + repr(round(m, 1)) + " / " + json.dumps(m)


# inputs: [[1, 3]]
# inputs: [[1, 2, 3]]
# inputs: [[0.1, 0.2]]


def round_for_display(values):
    return [[round(v), round(v, 1), round(v, 2), round(v, -1)] for v in values]


# inputs: [[0.5, 1.5, 2.5, -0.5, 2.675, 1.005, 15, 25, -25, 1e20]]


def rounded_strings(x):
    v = float(x)
    return [
        str(round(v)),
        str(round(v, 2)),
        str(round(v, 0)),
        f"{round(v, 1)}",
        str(round(v, -2)),
    ]


# inputs: [2.5]
# inputs: [3]
# inputs: [-0.4]
# inputs: [149.95]
# inputs: [1234567.125]


def percentile(values, p):
    if not values:
        return None
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    f = math.floor(k)
    c = math.ceil(k)
    if f == c:
        return s[int(k)]
    return s[f] + (s[c] - s[f]) * (k - f)


# inputs: [[1, 2, 3, 4, 5], 50]
# inputs: [[1, 2, 3, 4], 25]
# inputs: [[10, 20], 90]
# inputs: [[], 50]
# inputs: [[5], 99.9]


def histogram(values, n_bins):
    if not values:
        return {}
    lo, hi = min(values), max(values)
    width = (hi - lo) / n_bins or 1
    counts = {}
    for v in values:
        i = min(int((v - lo) / width), n_bins - 1)
        counts[i] = counts.get(i, 0) + 1
    return {
        f"{lo + i * width:.1f}-{lo + (i + 1) * width:.1f}": counts[i]
        for i in sorted(counts)
    }


# inputs: [[1, 2, 2, 3, 3, 3, 10], 3]
# inputs: [[5, 5, 5], 2]
# inputs: [[-1.5, 0, 1.5], 4]


def value_counts(items):
    counts = {}
    for it in items:
        counts[it] = counts.get(it, 0) + 1
    return [sorted(counts.items(), key=lambda kv: kv[1], reverse=True), list(counts)]


# inputs: [["b", "a", "b", "c", "a", "b"]]
# inputs: [[1, 1.0, true, 2, "1"]]
# inputs: [[]]


def counts_json(items):
    counts = {}
    for it in items:
        counts.setdefault(it, 0)
        counts[it] += 1
    return json.dumps(counts)


# inputs: [["x", "y", "x"]]
# inputs: [[3, 1, 3, null]]
# inputs: [[true, 1, false, 0]]


def moving_average(values, window):
    w = int(window or 1)
    out = []
    for i in range(len(values)):
        chunk = values[max(0, i - w + 1) : i + 1]
        out.append(round(sum(chunk) / len(chunk), 3))
    return out


# inputs: [[1, 2, 3, 4, 5], 3]
# inputs: [[1.5, -2], null]
# inputs: [[], 2]


def cumulative(values):
    total = 0
    out = []
    for v in values:
        total += v
        out.append(total)
    return out, f"{total:,.2f}", f"{float(total):,}"


# inputs: [[1, 2, 3]]
# inputs: [[0.1, 0.2, 0.3]]
# inputs: [[1000000, 2500000.5]]


def zscores(values):
    n = len(values)
    mean = sum(values) / n
    sd = (sum((v - mean) ** 2 for v in values) / n) ** 0.5
    return [f"{(v - mean) / sd:+.2f}" if sd else "0" for v in values]


# inputs: [[1, 2, 3]]
# inputs: [[4, 4]]
# inputs: [[1e-3, 2e-3, 9e-3]]


def math_functions(x):
    return [
        math.floor(x),
        math.ceil(x),
        math.trunc(x),
        math.sqrt(abs(x)),
        math.log(abs(x) + 1),
        math.exp(min(x, 700)),
        math.isclose(x, round(x, 6)),
        math.copysign(1, x),
        math.fabs(x),
        math.hypot(x, 1),
        abs(x),
        -x,
    ]


# inputs: [2.5]
# inputs: [-2.5]
# inputs: [0]
# inputs: [1e15]
# inputs: [-1e-9]


def floor_ceil_str(x):
    return [
        str(math.floor(x)),
        str(math.ceil(x)),
        str(int(x)),
        str(float(int(x))),
        str(abs(x)),
        str(x * 1.0),
    ]


# inputs: [2.5]
# inputs: [-7]
# inputs: [0.25]
# inputs: [-0.75]


def gcd_lcm(a, b):
    g = math.gcd(a, b)
    lcm = abs(a * b) // g if g else 0
    return [g, lcm, math.comb(10, 3), math.factorial(5), math.isqrt(abs(a) + 17)]


# inputs: [12, 18]
# inputs: [0, 0]
# inputs: [-4, 6]


def weighted_average(rows):
    wsum = sum(r["w"] for r in rows)
    if wsum == 0:
        return "n/a"
    avg = sum(r["v"] * r["w"] for r in rows) / wsum
    return f"{avg:.2f} ({wsum:g} weight)"


# inputs: [[{"v": 10, "w": 1}, {"v": 20, "w": 3}]]
# inputs: [[{"v": 1.5, "w": 0.5}, {"v": 2, "w": 0.5}]]
# inputs: [[{"v": 1, "w": 0}]]


def bins_by_floor_div(values, size):
    out = {}
    for v in values:
        b = v // size * size
        out.setdefault(b, []).append(v)
    return [[k, out[k]] for k in sorted(out)]


# inputs: [[1, 7, 12, -3, 15], 5]
# inputs: [[0.5, 1.5, -0.5], 1]
# inputs: [[2.5, 7.5], 2.5]


def mode_of(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    best = max(counts.values(), default=0)
    return [k for k, c in counts.items() if c == best]


# inputs: [[1, 2, 2, 3, 3]]
# inputs: [[1, 1.0, 2]]
# inputs: [[]]


def sum_of_floats(values):
    return [
        sum(values),
        math.fsum(values),
        sum(values, 0.0),
        sum(values) == math.fsum(values),
        f"{sum(values):.6f}"[:12],
    ]


# inputs: [[0.1, 0.1, 0.1]]
# inputs: [[1e100, 1, -1e100]]
# inputs: [[]]


def ratio_text(a, b):
    if not b:
        return "∞" if a else "—"
    r = a / b
    return [f"{r:.2f}", f"{r:.0%}", f"{r:,.1f}x", str(r), f"{r!r}", f"{a}/{b}"]


# inputs: [1, 3]
# inputs: [10, 4]
# inputs: [6, 3]
# inputs: [0, 5]
# inputs: [5, 0]
# inputs: [-1, 8]


def big_number_labels(exp: int):
    x = 10.0**exp
    n = int(x)
    return [
        str(n),
        f"{n:,}",
        f"{x:,.0f}",
        str(x),
        f"{n:e}",
        str(n % 7),
        str(-n),
        f"{x:.3g}",
        f"{int(x / 3)}",
    ]


# inputs: [15]
# inputs: [20]


def human_size(nbytes):
    if nbytes is None:
        return "-"
    size = float(nbytes)
    for unit in ["B", "KB", "MB", "GB", "TB"]:
        if abs(size) < 1024 or unit == "TB":
            return f"{size:.1f} {unit}" if unit != "B" else f"{int(size)} {unit}"
        size /= 1024
    return "?"


# inputs: [0]
# inputs: [1023]
# inputs: [1024]
# inputs: [123456789]
# inputs: [1e15]
# inputs: [-2048]
# inputs: [null]


def si_format(v):
    if v == 0:
        return "0"
    exp = int(math.floor(math.log10(abs(v)) / 3) * 3)
    exp = max(-12, min(12, exp))
    prefix = {
        -12: "p",
        -9: "n",
        -6: "µ",
        -3: "m",
        0: "",
        3: "k",
        6: "M",
        9: "G",
        12: "T",
    }[exp]
    return f"{v / 10**exp:.3g}{prefix}"


# inputs: [1234]
# inputs: [0.000123]
# inputs: [-5600000]
# inputs: [999.9]
# inputs: [1e15]
# inputs: [0]
