# Unpacking a value of open type a float may be in: the items may be integral floats
# (`a, b = json.loads("[2.0, 1]")` gives 2.0), so printing them is refused, as printing
# the value's items read one by one is. Rows a helper was given are such a value.
import json


def _count(rows):
    return len(rows)


def loaded_then_unpacked(text: str):
    a, b = json.loads(text)
    return [str(a), str(b)]
# expect: CP115 13:17
# expect: CP115 13:25


def escaped_rows_unpacked_in_loop(n: int):
    rows = [(n / 2, 1)]
    k = _count(rows)
    out = []
    for a, _ in rows:
        out.append(str(a))
    return [out, k]
# expect: CP115 23:24


def escaped_row_unpacked(n: int):
    rows = [(n / 2, 1)]
    _count(rows)
    x, y = rows[0]
    return f"{x} {y}"
# expect: CP115 32:15
# expect: CP115 32:19
