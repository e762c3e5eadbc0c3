# Helpers, nested functions and lambdas take their parameters' types from the calls:
# a float passed in prints as a float inside, and a float handed back prints as one.


def _show(v):
    return f"<{v}>"


def _show_str(v):
    return str(v)


def _scale(v, factor=1.0):
    return v * factor


def _ident(v):
    return v


def _fact(n):
    return 1 if n <= 1 else n * _fact(n - 1)


def _float_fact(n):
    return 1.0 if n <= 1 else n * _float_fact(n - 1)


def _is_even(n):
    return True if n == 0 else _is_odd(n - 1)


def _is_odd(n):
    return False if n == 0 else _is_even(n - 1)


def _describe(v, unit="m"):
    return f"{v}{unit}"


def float_to_helper(n: int):
    return [_show(n / 2), _show_str(n / 2), _show(float(n)), _show(n)]


# inputs: [4]
# inputs: [3]


def float_average_helper(xs: list[int]):
    return _show(sum(xs) / len(xs))


# inputs: [[1, 3]]
# inputs: [[1, 2]]


def helper_default_float(n: int):
    return [str(_scale(n)), str(_scale(n, 2)), str(_scale(n, factor=2))]


# inputs: [3]


def helper_identity_float(n: int):
    return [str(_ident(n / 2)), str(_ident(n)), repr(_ident([n / 2]))]


# inputs: [4]


def helper_keyword_arguments(n: int):
    return [_describe(n / 2), _describe(v=n, unit="s"), _describe(unit="", v=n / 4)]


# inputs: [4]


def recursive_helpers(n: int):
    return [str(_fact(n)), str(_float_fact(n)), _is_even(n), _is_odd(n)]


# inputs: [5]
# inputs: [0]


def nested_def_float(n: int):
    def fmt(v):
        return "%s" % v

    return [fmt(n / 2), fmt(n / 1)]


# inputs: [4]


def nested_return_float(n: int):
    def half(v):
        return v / 2

    return str(half(n))


# inputs: [4]


def lambda_return_float(n: int):
    half = lambda v: v / 2
    return [str(half(n)), str(half(n) * 2)]


# inputs: [4]


def lambda_called_in_comprehension(xs: list[int]):
    show = lambda v: f"[{v}]"
    return [show(x / 2) for x in xs]


# inputs: [[2, 3]]


def recursive_nested_float(n: int):
    def f(k):
        return 1.0 if k == 0 else f(k - 1) * 2

    return str(f(n))


# inputs: [3]


def recursive_nested_count(tree):
    def count(node):
        total = 1
        for child in node.get("children", []):
            total += count(child)
        return total

    return f"{count(tree)} nodes"


# inputs: [{"children": [{"children": []}, {}]}]
# inputs: [{}]


def escaping_lambda_keeps_open_parameters(rows):
    key = lambda r: r["v"]
    return [str(key(rows[0])), sorted(rows, key=key)]


# inputs: [[{"v": 2}, {"v": 1}]]


def _describe_value(v):
    return f"{v!r}:{len(str(v))}"


def many_versions_of_one_helper(n: int, text: str):
    # More argument types than versions kept: the last calls share an open version.
    return [
        _describe_value(n),
        _describe_value(text),
        _describe_value(n > 1),
        _describe_value(None),
        _describe_value([n, n]),
        _describe_value((text, n)),
        _describe_value({"k": n}),
        _describe_value({n}),
        _describe_value([text]),
    ]


# inputs: [3, "abc"]


def annotated_reads_from_a_mixed_dict(rows):
    out = []
    for row in rows:
        label: str = row["label"]
        count: int = row["count"]
        out.append(f"{label:<6}|{count:>4}|{row['share']:.1%}")
    return out


# inputs: [[{"label": "a", "count": 3, "share": 0.25}, {"label": "bb", "count": 10, "share": 1}]]


def groups_updated_through_an_alias(keys):
    groups = {}
    for k in keys:
        groups[k] = {"n": 0, "name": k}
    for k in keys:
        g = groups[k]
        g["n"] = g["n"] + 1
    return [[groups[k]["n"] + 1, groups[k]["name"]] for k in keys]


# inputs: [["a", "b", "a"]]


def _label(x: int) -> str:
    return f"<{x}>"


def _store(out: dict, key: str, value) -> None:
    out[key] = value


def annotation_says_int_caller_passes_float(n: int):
    return [_label(n / 2), _label(n)]


# inputs: [4]
# inputs: [3]


def annotated_dict_parameter_gets_a_python_dict(keys: list[str]):
    out = {}
    for i, k in enumerate(keys):
        _store(out, k, i)
    return [list(out.items()), len(out)]


# inputs: [["b", "a", "b"]]


def _total(rows):
    return sum(r["n"] for r in rows)


def _scale_rows(rows, factor):
    for r in rows:
        r["n"] = r["n"] * factor


def _as_text(v):
    return str([v])


def helpers_that_read_or_change_rows(rows):
    before: int = _total(rows)
    labels = [f"{r['n']:.0f}" for r in rows]
    _scale_rows(rows, 0.5)
    return [
        before,
        labels,
        [float(r["n"]) for r in rows],
        [f"{r['n']:.1f}" for r in rows],
        _as_text(before),
    ]


# inputs: [[{"n": 2}, {"n": 3}]]


def lambdas_given_items_of_known_type(n: int):
    rows = [{"p": n / 4}, {"p": n / 8}]
    labels = [f"{n}", "x"]
    return [
        str(max(rows, key=lambda r: r["p"])["p"]),
        min(rows, key=lambda r: str(r["p"])),
        sorted(labels, key=lambda s: s.upper()),
        [str(r["p"]) for r in sorted(rows, key=lambda row: -row["p"])],
    ]


# inputs: [4]
# inputs: [2]


def _bracketed(v):
    return f"<{v}>"


def _by_share(row):
    return str(row["share"])


def _ratio(a, b=2.0):
    return f"{a}/{b}"


def named_functions_given_items_of_known_type(n: int):
    rows = [{"share": n / 4}, {"share": n / 2}]
    return [
        min(rows, key=_by_share),
        sorted(rows, key=_by_share, reverse=True),
        list(map(_ratio, [n, n + 1])),
        list(map(_bracketed, [n])),
        list(filter(_bracketed, ["a"])),
    ]


# inputs: [4]
# inputs: [2]
