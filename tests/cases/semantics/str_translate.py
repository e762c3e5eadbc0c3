# str.format_map, str.translate and str.maketrans, as CPython 3.11 gives them.


def _err(e):
    if isinstance(e, KeyError):
        return f"KeyError: {e}"
    if isinstance(e, ValueError):
        return f"ValueError: {e}"
    return f"TypeError: {e}"


def format_map_cases(s: str, n: int, row):
    out = [
        "{name} has {n}".format_map({"name": s, "n": n}),
        "{a[0]}-{a[1]}".format_map({"a": [s, n]}),
        "{x:>6}|{y:.2f}".format_map({"x": s, "y": 2.5}),
        "{half}".format_map({"half": n / 2}),
        "{{literal}} {s}".format_map({"s": s}),
    ]
    if row is not None:
        out.append("{label}: {value}".format_map(row))
    for fmt in ["{missing}", "{0}", "{}"]:
        try:
            out.append(fmt.format_map({"a": s}))
        except (KeyError, ValueError) as e:
            out.append(_err(e))
    return out


# inputs: ["ada", 3, {"label": "total", "value": "12"}]
# inputs: ["", -4, null]


def translate_cases(s: str):
    table = str.maketrans("abc", "xyz", "d")
    out = [
        s.translate(table),
        s.translate({ord("a"): None, ord("e"): "E!", 111: 48}),
        s.translate(str.maketrans({"a": "4", "e": None, 105: "1"})),
        s.translate({}),
        s.translate("ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 4),
        sorted(table.items(), key=lambda kv: kv[0]),
        len(str.maketrans("aa", "bc")),
    ]
    for bad in [{97: 0x110000}, {97: 1.5}]:
        try:
            out.append(s.translate(bad))
        except (ValueError, TypeError) as e:
            out.append(_err(e))
    for args in [({"ab": 1},), ({1.5: 1},), ([1],), ("ab", "c"), (1, "a")]:
        try:
            out.append(len(str.maketrans(*args)))
        except (ValueError, TypeError) as e:
            out.append(_err(e))
    return out


# inputs: ["abcde banana"]
# inputs: ["dad, héllo 🙂 cab"]
# inputs: [""]
