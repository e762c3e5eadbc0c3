# Probes, seventh battery: values the compiler knows are strs (annotated, literals, the
# results of str methods), where it emits JS string operators and methods directly.


def str_order_is_by_code_point(a: str, b: str):
    # An astral character is above U+E000..U+FFFF in Python, below in UTF-16 units.
    return [
        a < b,
        a > b,
        a <= b,
        a >= b,
        a < "\uff5e",
        "\uff5e" < a,
        "a" < a < "\U0001f601",
    ]


# inputs: ["\ud83d\ude00", "\uff5e"]
# inputs: ["\uff5e", "\ud83d\ude00"]
# inputs: ["\ud83d\ude00a", "\ud83d\ude00"]
# inputs: ["a", "b"]
# inputs: ["", ""]


def str_order_of_list_items_and_method_results(xs: list[str]):
    best = xs[0]
    for x in xs:
        if x > best:
            best = x
    p, _, q = xs[0].partition(" ")
    return [best, xs[0] < xs[1], p < q, xs[0].upper() < xs[1].lower(), f"{p}" >= q]


# inputs: [["\ud83d\ude00 \uff5e", "\uff5e", "a"]]
# inputs: [["\uff5e \ud83d\ude00", "\ud83d\ude00"]]


def ascii_conversion_with_a_spec_escapes(s: str):
    # `!a` followed by a spec was formatted as `!s`: the text unquoted, unescaped.
    return [f"{s!a:>20}", f"{s!a:.4}", f"{s!a}", f"{s!r:>12}"]


# inputs: ["\u00e9\ud83d\ude00'\"\\\u0085\u2028"]
# inputs: ["ab"]
# inputs: [""]


def ascii_conversion_of_floats_prints_floats(y: float, n: int):
    x = float(y)
    return [
        f"{x!a}",
        f"{x!a:>6}",
        f"{[x]!a}",
        f"{n!a}",
        f"{(x,)!a:*<8}",
        "{!a:>6}".format(x),
    ]


# inputs: [2, 3]
# inputs: [2.5, -1]
# inputs: [-0.0, 0]
