# Helpers of the user's that store into a container they are given by key, where
# what they store may be an integral float the caller's types cannot show (an
# annotation says int, a slice, a list inside, a part of another value): printing
# the caller's container afterwards is refused (semantics/dict_collectors.py has
# the stores that are followed).


def _put_float(out: dict[str, int]):
    out["x"] = 0.5 * 2


def _put_list(out: list[int]):
    out[0] = 0.5 * 2


def _put_slice(out):
    out[0:1] = [0.5 * 2]


def _put_fresh_then(out=None):
    if out is None:
        out = {}
    out["x"] = 2.0
    return out


def _put_nested(out):
    out["x"] = [0.5 * 2]


def annotated_dict(n: int):
    d = {"x": n}
    _put_float(d)
    return [str(d["x"]), repr(d)]
# expect: CP115 34:17
# expect: CP115 34:31


def annotated_list(n: int):
    xs = [n]
    _put_list(xs)
    return [str(xs[0]), repr(xs)]
# expect: CP115 42:17
# expect: CP115 42:30


def slice_store(n: int):
    xs = [n, n]
    _put_slice(xs)
    return [str(xs[0]), repr(xs)]
# expect: CP115 50:17
# expect: CP115 50:30


def fresh_default(n: int):
    d = {"x": n}
    _put_fresh_then(d)
    return [str(d["x"]), repr(d)]
# expect: CP115 58:17
# expect: CP115 58:31


def nested_value(n: int):
    d = {"x": [n]}
    _put_nested(d)
    return [str(d["x"][0]), repr(d)]
# expect: CP115 66:17
# expect: CP115 66:34


def aliased_part(n: int):
    outer = {"inner": {"x": n}}
    _put_fresh_then(outer["inner"])
    return [str(outer["inner"]["x"]), repr(outer)]
# expect: CP115 74:17
# expect: CP115 74:44
