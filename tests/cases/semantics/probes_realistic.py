# Probes: realistic callbacks combining several traps.
def filter_table(rows, query, sort_col, descending, page, page_size):
    if not rows:
        return {"rows": [], "total": 0, "pages": 0}
    terms = [t.lower() for t in (query or "").split() if t]
    kept = []
    for row in rows:
        text = " ".join(str(v) for v in row.values() if v is not None).lower()
        if all(t in text for t in terms):
            kept.append(row)
    if sort_col:
        kept.sort(
            key=lambda r: (r.get(sort_col) is None, r.get(sort_col) or 0),
            reverse=bool(descending),
        )
    pages = -(-len(kept) // page_size)
    page = max(0, min(page or 0, pages - 1))
    start = page * page_size
    return {
        "rows": kept[start : start + page_size],
        "total": len(kept),
        "pages": pages,
        "page": page,
    }


# inputs: [[{"name": "Ann", "age": 31, "city": "Oslo"}, {"name": "bob", "age": null, "city": "Rome"}, {"name": "Cid", "age": 7, "city": "oslo"}, {"name": "Dee", "age": 31, "city": null}], "oslo", "age", false, 0, 2]
# inputs: [[{"name": "Ann", "age": 31}, {"name": "bob", "age": null}, {"name": "Cid", "age": 7}, {"name": "Dee", "age": 31}], "", "age", true, 5, 3]
# inputs: [[], "x", null, false, 0, 10]
# inputs-undef: [[{"a": 1}], null, null, null, null, 10]


def summarize_numbers(values):
    nums = [
        v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)
    ]
    if not nums:
        return "no data"
    total = sum(nums)
    mean = total / len(nums)
    ordered = sorted(nums)
    mid = len(ordered) // 2
    median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    spread = max(nums) - min(nums)
    return f"n={len(nums)} mean={mean:.2f} median={median:g} range={spread:,.2f}"


# inputs: [[3, 1, 2, "x", null, true, 10]]
# inputs: [[1000000, -5]]
# inputs: [[]]


def parse_key_values(text):
    out = {}
    errors = []
    for lineno, line in enumerate((text or "").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if "=" not in line:
            errors.append(f"line {lineno}: missing '='")
            continue
        key, _, value = line.partition("=")
        key = key.strip()
        value = value.strip()
        try:
            out[key] = int(value)
        except ValueError:
            try:
                out[key] = float(value)
            except ValueError:
                out[key] = value.strip("\"'")
    return [out, errors]


# inputs: ["a = 1\nb=2.5 # comment\n\nc = 'hello'\nbad line\nd=1e3\ne=-0"]
# inputs: [""]


def histogram(values, bins):
    if not values or bins <= 0:
        return []
    lo, hi = min(values), max(values)
    width = (hi - lo) / bins or 1
    counts = [0] * bins
    for v in values:
        i = min(int((v - lo) / width), bins - 1)
        counts[i] += 1
    return [
        {"start": round(lo + i * width, 3), "count": c} for i, c in enumerate(counts)
    ]


# inputs: [[1, 2, 2, 3, 3, 3, 10], 3]
# inputs: [[5, 5, 5], 2]
# inputs: [[], 3]


def merge_patches(current, changes):
    result = dict(current or {})
    removed = []
    for key, value in (changes or {}).items():
        if value is None:
            if key in result:
                del result[key]
                removed.append(key)
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = {**result[key], **value}
        else:
            result[key] = value
    return {"data": result, "removed": sorted(removed), "size": len(result)}


# inputs: [{"a": 1, "b": {"x": 1}, "c": [1]}, {"a": null, "b": {"y": 2}, "c": [2], "d": 0}]
# inputs-undef: [null, {"z": 1}]


def word_stats(text):
    words = [w.strip(".,!?;:\"'()").lower() for w in text.split()]
    words = [w for w in words if w]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    longest = max(words, key=len, default="")
    return {
        "top": top,
        "unique": len(counts),
        "longest": longest,
        "avg": round(sum(map(len, words)) / len(words), 2) if words else 0,
    }


# inputs: ["The cat and the hat. The END, and... (the) fin!"]
# inputs: ["   "]
# inputs: ["Straße straße STRASSE café CAFÉ"]


def progress_label(done, total):
    if not total:
        return "—"
    pct = done / total
    bar = "█" * int(pct * 10) + "░" * (10 - int(pct * 10))
    return f"{bar} {pct:.0%} ({done}/{total})"


# inputs: [3, 7]
# inputs: [0, 0]
# inputs: [7, 7]
# inputs: [1, 3]


def toggle_selection(selected, clicked, multi):
    selected = list(selected or [])
    if clicked in selected:
        selected.remove(clicked)
    elif multi:
        selected.append(clicked)
    else:
        selected = [clicked]
    return sorted(selected, key=lambda s: (isinstance(s, str), s))


# inputs: [["b", "a"], "a", true]
# inputs: [[3, 1], 2, true]
# inputs: [[], "x", false]
# inputs-undef: [null, 5, false]


def date_parts(iso):
    try:
        date, _, time = iso.partition("T")
        y, m, d = (int(p) for p in date.split("-"))
        hh, mm = (time.split(":") + ["0", "0"])[:2] if time else ("0", "0")
        return {
            "y": y,
            "m": m,
            "d": d,
            "label": f"{d:02d}.{m:02d}.{y} {int(hh):02d}:{int(mm):02d}",
        }
    except (ValueError, AttributeError) as e:
        return {"error": isinstance(e, ValueError)}


# inputs: ["2024-03-07T09:05:00"]
# inputs: ["2024-3-7"]
# inputs: ["bad"]
# inputs: [null]


def matrix_ops(a, b):
    rows, cols = len(a), len(b[0]) if b else 0
    prod = [
        [sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(cols)]
        for i in range(rows)
    ]
    transposed = [list(col) for col in zip(*a)]
    flat = [x for row in a for x in row]
    return {
        "prod": prod,
        "t": transposed,
        "flat": flat,
        "trace": sum(a[i][i] for i in range(min(rows, len(a[0])))),
    }


# inputs: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
# inputs: [[[1, 2, 3]], [[1], [2], [3]]]
