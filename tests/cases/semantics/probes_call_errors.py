# Probes: TypeErrors from calls whose arguments do not bind.
def _pos_only(a, b, /):
    return [a, b]


def _kw_only(*, key):
    return key


def _star(*args):
    return args


def _two(a, b=1):
    return [a, b]


def call_binding_errors(x):
    out = []
    for k in range(7):
        try:
            if k == 0:
                out.append(_pos_only(1, b=x))
            elif k == 1:
                out.append(_kw_only())
            elif k == 2:
                out.append(_kw_only(x))
            elif k == 3:
                out.append(_star(key=x))
            elif k == 4:
                out.append(_two(1, a=x))
            elif k == 5:
                out.append(_two(b=x))
            else:
                out.append(_two(1, 2, 3))
        except TypeError:
            out.append("TypeError")
    return out


# inputs: [5]


def starred_binding_errors(xs, d):
    out = []
    for k in range(3):
        try:
            if k == 0:
                out.append(_two(*xs))
            elif k == 1:
                out.append(_two(**d))
            else:
                out.append(_pos_only(*xs, **d))
        except TypeError:
            out.append("TypeError")
    return out


# inputs: [[1, 2, 3], {"c": 1}]
# inputs: [[], {"a": 1}]
# inputs: [[1], {"b": 2}]
