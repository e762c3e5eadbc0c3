# Probes: realistic callbacks: colors, durations, CSV-ish parsing, thresholds.
def blend_colors(c1, c2, t):
    def parse(c):
        c = c.lstrip("#")
        if len(c) == 3:
            c = "".join(ch * 2 for ch in c)
        return [int(c[i : i + 2], 16) for i in range(0, 6, 2)]

    a, b = parse(c1), parse(c2)
    mixed = [max(0, min(255, round(x + (y - x) * t))) for x, y in zip(a, b)]
    return "#" + "".join(f"{v:02x}" for v in mixed), "rgb(%d, %d, %d)" % tuple(mixed)


# inputs: ["#ff0000", "#0000ff", 0.5]
# inputs: ["#abc", "#FFFFFF", 0.25]
# inputs: ["000000", "ffffff", 1]


def format_duration(seconds):
    if seconds is None or seconds < 0:
        return "—"
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    parts = [f"{v}{u}" for v, u in ((d, "d"), (h, "h"), (m, "m"), (s, "s")) if v]
    return " ".join(parts) or "0s"


# inputs: [0]
# inputs: [59.9]
# inputs: [3661]
# inputs: [90061]
# inputs: [null]
# inputs: [-5]


def parse_csv_like(text):
    lines = [l for l in (text or "").strip().splitlines() if l.strip()]
    if not lines:
        return []
    header = [h.strip().lower() for h in lines[0].split(",")]
    rows = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split(",")]
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells))
        for k, v in row.items():
            if v.lstrip("-").isdigit():
                row[k] = int(v)
        rows.append(row)
    return rows


# inputs: ["Name, Age ,City\nann, 31, oslo\nbob,-4\n\n cid ,x,  rome  "]
# inputs: [""]


def classify(values, thresholds):
    labels = ["low", "mid", "high"]
    out = {}
    for v in values:
        idx = sum(v >= t for t in sorted(thresholds))
        label = labels[min(idx, len(labels) - 1)]
        out.setdefault(label, []).append(v)
    return {k: sorted(vs) for k, vs in sorted(out.items())}


# inputs: [[5, 50, 500, 0, 49, 51], [50, 10]]
# inputs: [[], [1]]


def percent_breakdown(counts):
    total = sum(counts.values())
    if not total:
        return []
    return [
        f"{k}: {v / total:.1%} ({v})"
        for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


# inputs: [{"a": 1, "b": 3, "c": 0}]
# inputs: [{"x": 0}]
