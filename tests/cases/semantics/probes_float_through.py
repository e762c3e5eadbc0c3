# Probes: known floats passed through helpers, lambdas, map and containers, then printed.
def _show(v):
    return f"<{v}>"


def _show_str(v):
    return str(v)


def float_in_dict_then_str(n: int):
    d = {"half": n / 2}
    out = []
    for k, v in d.items():
        out.append(f"{k}={v}")
    return out


# inputs: [4]


def float_list_then_loop(n: int):
    vals = [n / 2, n / 4]
    return [f"{v}" for v in vals]


# inputs: [4]


def float_from_max_of_list(n: int):
    vals = [n / 2, n / 4]
    return str(max(vals))


# inputs: [4]
