# Probes: floats stored in Dash data or captured by closures, then printed.
def local_rows_of_dicts(n: int):
    rows = [{"v": n / 2}, {"v": n / 4}]
    out = [str(rows[0]["v"])]
    for r in rows:
        out.append(f"{r['v']}")
    return out


# inputs: [4]


def zip_enumerate_floats(n: int):
    fl = [n / 2, n / 1]
    out = []
    for a, b in zip(fl, fl):
        out.append(str(a))
    for i, v in enumerate(fl):
        out.append(f"{i}:{v}")
    return out


# inputs: [4]


def closure_captures_float(n: int):
    h = n / 2

    def g():
        return str(h)

    return g()


# inputs: [4]


def float_in_set_then_str(n: int):
    s = {n / 2}
    return [str(v) for v in s]


# inputs: [4]


def _pick(a, b, first):
    return a if first else b
