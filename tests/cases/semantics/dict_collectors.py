# A helper of the user's that fills a dict it is given, by key (`out[k] = value`), also
# after `if out is None: out = {}`: the caller's dict has the types the helper's
# version stores, so the values print as CPython prints them.


def _fill(out, n):
    out["x"] = n / 2


def _fill_new(n, out=None):
    if out is None:
        out = {}
    out["half"] = n / 2
    return out


def filled_local(n: int):
    d = {}
    _fill(d, n)
    return [str(d["x"]), [str(v) for v in d.values()], repr(d)]


# inputs: [4]
# inputs: [3]


def filled_fresh_or_given(n: int):
    b = {"first": 0.5}
    _fill_new(n, b)
    return [repr(b), [f"{k}={v}" for k, v in b.items()]]


# inputs: [4]
