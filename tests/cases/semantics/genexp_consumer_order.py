# A generator expression given to sum/sorted/min/max/dict runs when the consumer takes
# its items: after the call's other arguments are evaluated, and for min/max
# interleaved with the key's calls (g1 k1 g2 k2). Two generators compared, or one and
# a list, are CPython's TypeError.


def _t(log, tag, v):
    log.append(tag)
    return v


def sum_start_order(a):
    log = []
    r = sum((_t(log, x, x) for x in a), _t(log, "start", 100))
    return [r, log]


# inputs: [[1, 2]]


def sorted_genexp_key_order(a):
    log = []
    r = sorted((_t(log, x, x) for x in a), key=_t(log, "key", lambda v: -v))
    return [r, log]


# inputs: [[1, 2]]


def max_genexp_default_order(a):
    log = []
    r = max((_t(log, x, x) for x in a), default=_t(log, "dflt", 0))
    return [r, log]


# inputs: [[1, 2]]


def min_genexp_key_order(a):
    log = []
    r = min((_t(log, x, x) for x in a), key=_t(log, "key", lambda v: v))
    return [r, log]


# inputs: [[1, 2]]


def dict_genexp_kwargs(a):
    log = []
    r = dict(((_t(log, k, k), 1) for k in a), z=_t(log, "kw", 2))
    return [r, log]


# inputs: [["p", "q"]]


def max_default_sees_genexp_effects(rows):
    seen = []
    best = max((x for x in rows if seen.append(x) or x > 10), default=len(seen))
    return best


# inputs: [[1, 2]]
# inputs: [[1, 20]]


def sum_error_precedence(vals, d):
    try:
        return sum((int(v) for v in vals), d["start"])
    except KeyError:
        return "KeyError"
    except ValueError:
        return "ValueError"


# inputs: [["1", "x"], {}]


def sorted_key_lookup_error_precedence(vals, keys, name):
    try:
        return sorted((10 // v for v in vals), key=keys[name])
    except KeyError:
        return "KeyError"
    except ZeroDivisionError:
        return "ZeroDivisionError"


# inputs: [[1, 0], {}, "abs"]


def min_key_from_helper(a):
    log = []

    def pick_key():
        log.append("pick")
        return lambda v: -v if len(log) > 2 else v

    return [min((log.append("item") or x for x in a), key=pick_key()), log]


# inputs: [[1, 2, 3]]


def max_key_error_precedence(a):
    try:
        return max((10 // x for x in a), key=lambda v: {"known": 1}[v])
    except KeyError:
        return "KeyError"
    except ZeroDivisionError:
        return "ZeroDivisionError"


# inputs: [[5, 0]]


def max_of_two_genexps(a, b):
    try:
        return max((x for x in a), (y for y in b))
    except TypeError as e:
        return ["TE", str(e)]


# inputs: [[1, 2], [3]]
# messages


def min_of_genexp_and_list(a):
    try:
        return min((x for x in a), a)
    except TypeError as e:
        return ["TE", str(e)]


# inputs: [[1, 2]]
# messages


def min_key_interleaving_str(a):
    log = []
    r = min((_t(log, "g" + x, x) for x in a), key=lambda v: _t(log, "k" + v, v))
    return [r, log]


# inputs: [["1", "2"]]


def key_raising_stop_iteration(a):
    it = iter([1])

    def key(v):
        return next(it)

    try:
        return max((x for x in a), key=key)
    except StopIteration:
        return "StopIteration"
    except RuntimeError as e:
        return "RuntimeError " + str(e)


# inputs: [[1, 2]]


def lambda_default_order(a):
    log = []
    r = sorted((_t(log, x, x) for x in a), key=lambda v, k=_t(log, "kd", 1): v * k)
    return [r, log]


# inputs: [[2, 1]]


def lambda_default_order_list(a):
    log = []
    r = dict(((_t(log, x, x), 1) for x in a), f=lambda v=_t(log, "kd", 1): v)
    return [sorted(r)[:2], log]


# inputs: [["b", "a"]]


def neg_str_keyword(a, s):
    log = []
    try:
        r = sum((_t(log, x, x) for x in a), start=-s)
    except TypeError as e:
        return ["TE", str(e), log]
    return [r, log]


# inputs: [[1, 2], "x"]
# messages


def neg_str_sorted_reverse(a, s):
    log = []
    try:
        r = sorted((_t(log, x, x) for x in a), reverse=-s)
    except TypeError as e:
        return ["TE", str(e), log]
    return [r, log]


# inputs: [[1, 2], "x"]
# messages


def unbound_keyword_name(a):
    log = []
    try:
        r = sorted((_t(log, x, x) for x in a), key=k)
    except NameError as e:
        return ["NE", type(e).__name__, log]
    k = None
    return [r, log]


# inputs: [[1, 2]]


def nonlocal_key_rebound(a):
    k = None

    def g(x):
        nonlocal k
        k = abs
        return x

    return sorted((g(x) for x in a), key=k)


# inputs: [[-3, 1, 2]]


def nonlocal_reverse_rebound(a):
    rev = False

    def g(x):
        nonlocal rev
        rev = True
        return x

    return sorted((g(x) for x in a), reverse=rev)


# inputs: [[3, 1, 2]]


def nonlocal_dict_kw(a):
    z = 0

    def g(x):
        nonlocal z
        z += 1
        return (x, z)

    return dict((g(x) for x in a), z=z)


# inputs: [["p", "q"]]
