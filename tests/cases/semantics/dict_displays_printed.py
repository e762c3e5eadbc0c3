# A dict display of str keys printed as it is written (`str({"n": len(rows), "avg":
# 1 / 2})`) prints each value by its own type, as list and tuple displays do.


def stats_line(rows):
    total = len(rows)
    return str({"n": total, "avg": total / 2, "name": "rows"})


# inputs: [[1, 2]]
# inputs: [[]]


def printed_with_nesting(n: int):
    print({"n": n, "half": n / 2, "pair": (n, n / 2), "list": [n / 4]})
    return f"{ {'a': n * 1.0, 'b': n} }"


# inputs: [3]
# inputs: [0]


def dash_values_in_a_dict(a, b):
    return repr({"sum": a + b, "a": a * 1, "odd key'": -b})


# inputs: [0.5, 0.5]
# inputs: [1, 2]
# inputs: ["x", "y"]
