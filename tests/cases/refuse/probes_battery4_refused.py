# Probes: results that may be integral floats made from a number from Dash, printed.


def int_mod_dash_number(n):
    return str(7 % n)  # 7 % 2.5 is 2.0
# expect: CP115 5:16


def dash_number_times_optional_int(n, clicks: int | None):
    return f"{n * clicks}"  # 0.5 * 2 is 1.0
# expect: CP115 10:15


def dash_number_floordiv_optional_int(n, clicks: int | None):
    return repr(n // clicks)  # 7.5 // 2 is 3.0
# expect: CP115 15:17


def dash_sum_times_optional_int(n, clicks: int | None):
    a = n + 1
    return str(a * clicks)  # (0.5 + 1) * 2 is 3.0
# expect: CP115 21:16


def dash_sum_times_dash_number(n, m):
    a = n - 1
    return str(a // m)  # (4.5 - 1) // 0.5 is 7.0
# expect: CP115 27:16


def pow_of_dash_number(n):
    return str(pow(n, 0))  # pow(2.5, 0) is 1.0
# expect: CP115 32:16


def optional_int_to_a_negative_power(clicks: int | None):
    return f"{clicks ** -1}"  # 1 ** -1 is 1.0
# expect: CP115 37:15


def pow_of_dash_sum(n):
    return str(pow(n + 1, 2))  # (0.5 + 1) ** 2 is 2.25, (1.5 + 1) ** 0 is 1.0
# expect: CP115 42:16


def divmod_of_dash_number(n):
    return str(divmod(n, 1))  # divmod(2.5, 1) is (2.0, 0.5)
# expect: CP115 47:16


def pop_default_of_open_dict(d: dict):
    return str(d.pop("k", 1.0))  # {}.pop("k", 1.0) is 1.0
# expect: CP115 52:16


def float_stored_by_nested_function(n):
    vals = {"t": n}

    def upd():
        vals["t"] = vals["t"] / 1

    upd()
    return str(vals["t"] + 1)  # 2 / 1 + 1 is 3.0
# expect: CP115 63:16


def float_stored_by_lambda(n):
    vals = [n]
    f = lambda: vals.append(1.0)
    f()
    return str(vals)  # [2, 1.0]
# expect: CP115 71:16


def float_stored_by_comprehension(n):
    vals = [n]
    [vals.append(x * 1.5) for x in [2]]
    return str(vals)  # [2, 3.0]
# expect: CP115 78:16


def _store_half(xs):
    xs.append(1 / 2 * 4)


def float_stored_by_mapped_helper(n):
    rows = [[n]]
    list(map(_store_half, rows))
    return str(rows)  # [[1, 2.0]]
# expect: CP115 89:16
