# Probes: results that may be integral floats made from a number from Dash, printed.


def pow_of_dash_number(n):
    return str(pow(n, 0))  # pow(2.5, 0) is 1.0
# expect: CP115 5:16


def optional_int_to_a_negative_power(clicks: int | None):
    return f"{clicks ** -1}"  # 1 ** -1 is 1.0
# expect: CP115 10:15


def pow_of_dash_sum(n):
    return str(pow(n + 1, 2))  # (0.5 + 1) ** 2 is 2.25, (1.5 + 1) ** 0 is 1.0
# expect: CP115 15:16


def divmod_of_dash_number(n):
    return str(divmod(n, 1))  # divmod(2.5, 1) is (2.0, 0.5)
# expect: CP115 20:16


def pop_default_of_open_dict(d: dict):
    return str(d.pop("k", 1.0))  # {}.pop("k", 1.0) is 1.0
# expect: CP115 25:16


def float_stored_by_nested_function(n):
    vals = {"t": n}

    def upd():
        vals["t"] = vals["t"] / 1

    upd()
    return str(vals["t"] + 1)  # 2 / 1 + 1 is 3.0
# expect: CP115 36:16


def float_stored_by_lambda(n):
    vals = [n]
    f = lambda: vals.append(1.0)
    f()
    return str(vals)  # [2, 1.0]
# expect: CP115 44:16


def float_stored_by_comprehension(n):
    vals = [n]
    [vals.append(x * 1.5) for x in [2]]
    return str(vals)  # [2, 3.0]
# expect: CP115 51:16


def _store_half(xs):
    xs.append(1 / 2 * 4)


def float_stored_by_mapped_helper(n):
    rows = [[n]]
    list(map(_store_half, rows))
    return str(rows)  # [[1, 2.0]]
# expect: CP115 62:16
