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
