# A container changed where no statement of the function shows which of its names it
# belongs to (a writing method in a comprehension or a lambda, a function of the
# user's passed as a value that stores into its parameter, a bound or unbound writing
# method): what any name of the function holds may hold a float the code made, so
# printing an open value or a container whole is refused.


def updated_in_a_comprehension(rows):
    [r.update(half=r["n"] / 2) for r in rows]
    return str(rows)
# expect: CP115 10:16


def appended_by_a_lambda(series):
    list(map(lambda s: s.append(s[0] / 2), series))
    return f"{series}"
# expect: CP115 16:15


def _fill(r):
    r["h"] = r["n"] / 2
    return r


def helper_passed_to_map(rows):
    list(map(_fill, rows))
    return str(rows)
# expect: CP115 27:16


def bound_method_kept(series: list):
    add = series.append
    add(series[0] / 2)
    return str(series)
# expect: CP115 34:16


def unbound_method_called(series: list):
    list.append(series, series[0] / 2)
    return str(series)
# expect: CP115 40:16


def sort_key_stores(rows):
    def score(r):
        r["score"] = r["a"] / r["b"]
        return r["score"]

    rows.sort(key=score)
    return str(rows)
# expect: CP115 50:16


def _fill_all(rs):
    for r in rs:
        r["h"] = r["n"] / 2


def helper_stores_through_its_loop(rows):
    list(map(_fill_all, [rows]))
    return str(rows)
# expect: CP115 61:16


def closure_stores_through_its_loop(rows, v):
    def fill():
        for r in rows:
            r["h"] = v / 2

    fill()
    return str(rows)
# expect: CP115 71:16


def _grow(xs):
    xs += [xs[0] / 2]


def helper_grows_its_list(rows):
    list(map(_grow, rows))
    return str(rows)
# expect: CP115 81:16


def lambda_calls_a_storing_helper(rows):
    list(map(lambda r: _fill(r), rows))
    return str(rows)
# expect: CP115 87:16


def _maker():
    return _fill


def function_made_elsewhere(rows):
    f = _maker()
    for r in rows:
        f(r)
    return str(rows)
# expect: CP115 99:16


def item_as_loop_target(rows, vals):
    for r in rows:
        for r["v"] in [x / 2 for x in vals]:
            pass
    return str(rows)
# expect: CP115 107:16


def annotated_item_store(rows):
    for r in rows:
        r["half"]: float = r["n"] / 2
    return str(rows)
# expect: CP100 113:9
# expect: CP115 114:16
