# Probes: keywords that min/max/print read at build time, passed in a `**mapping`.


def max_key_in_mapping(xs):
    return max(xs, **{"key": len})
# expect: CP100 5:22


def min_default_in_mapping(xs, opts):
    return min(xs, **opts)
# expect: CP100 10:22


def print_sep_in_mapping(xs):
    print(*xs, **{"sep": ", "})
# expect: CP100 15:18


def print_spread_of_mixed_numbers(x: float, n: int):
    print(*[float(x), n])
# expect: CP115 20:12


def str_spread_of_mixed_numbers(x: float, n: int):
    return str(*[n, float(x)][:1])
# expect: CP115 25:17
