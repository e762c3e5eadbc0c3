# Helpers with `*args`, `**kwargs` and keyword-only parameters are summed up: what they
# only read stays printable, and what they change is followed (the refusals are in
# tests/cases/refuse/stores_into_dash_data.py).


def _total(*values, scale=1):
    return sum(values) * scale


def _label(row, *, sep=":", **fmt):
    return f"{fmt.get('prefix', '')}{row['name']}{sep}{row['n']}"


def helpers_that_only_read(rows):
    labels = [_label(r, sep="=", prefix="#") for r in rows]
    return [labels, _total(1, 2, 3, scale=2), repr(rows)]


# inputs: [[{"name": "a", "n": 1}, {"name": "b", "n": 2.5}]]
# inputs: [[]]


def _bump_all(*rows, by=1):
    for r in rows:
        r["n"] = r["n"] + by


def ints_bumped_through_args(a: int, b: int):
    x = {"n": a}
    y = {"n": b}
    _bump_all(x, y)
    _bump_all(y, by=2)
    return [x, y, x["n"] + y["n"]]


# inputs: [1, 5]
