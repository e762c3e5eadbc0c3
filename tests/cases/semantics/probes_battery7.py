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
