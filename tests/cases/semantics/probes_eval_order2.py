# Probes: evaluation order in dict comprehensions, subscripts, slices, calls and augmented ops.
def dict_comp_key_value_order(xs):
    log = []

    def t(v):
        log.append(v)
        return v

    d = {t(f"k{x}"): t(f"v{x}") for x in xs}
    return [d, log]


# inputs: [[1, 2]]


def method_call_order(xs):
    log = []

    def t(v):
        log.append(v)
        return v

    t(xs).insert(t(0), t("new"))
    t(xs).extend([t(1), t(2)])
    return [xs, log]


# inputs: [["a"]]


def binop_and_compare_order(x):
    log = []

    def t(v):
        log.append(v)
        return v

    r = [
        t(1) + t(2) * t(3),
        t(4) ** t(2),
        t(5) in [t(5)],
        t("a") if t(True) else t("b"),
        -t(6),
        not t(0),
    ]
    return [r, log]


# inputs: [0]


def augmented_target_order(d):
    log = []

    def t(v):
        log.append(v)
        return v

    t(d)[t("k")] += t(1)
    return [d, log]


# inputs: [{"k": 1}]


def fstring_and_format_order(x):
    log = []

    def t(v):
        log.append(v)
        return v

    s = f"{t('a')}{t('b')!r}{t(3):>{t(4)}}"
    u = "{}{}".format(t("c"), t("d"))
    return [s, u, log]


# inputs: [0]


def star_args_order(xs):
    log = []

    def t(v):
        log.append(v)
        return v

    def f(*a, **k):
        return [a, k]

    return [f(t(1), *t(xs), t(2), k=t(3), **t({"z": 4})), log]


# inputs: [[8, 9]]


def subscript_and_slice_order(xs):
    log = []

    def t(v):
        log.append(v)
        return v

    a = t(xs)[t(0)]
    b = t(xs)[t(0) : t(2) : t(1)]
    t(xs)[t(1)] = t("set")
    t(xs)[t(0) : t(1)] = t(["s"])
    return [a, b, log]


# inputs: [["a", "b", "c"]]


def item_store_after_value_raises(xs):
    log = []

    def where(v):
        log.append(v)
        return v

    try:
        where(xs)[where(0)] = xs[99]
    except IndexError:
        log.append("IndexError")
    return log


# inputs: [["a"]]


def walrus_in_value_changes_key(d):
    k = "a"
    d[k] = (k := "b")
    return [d, k]


# inputs: [{}]


def _pair(a, b, *rest, c=None, **more):
    return [a, b, list(rest), c, sorted(more.items())]


def keyword_arguments_run_in_written_order(x):
    log = []

    def note(v):
        log.append(v)
        return v

    first = _pair(b=note("b"), a=note("a"))
    second = _pair(note(1), note(2), note(3), d=note("d"), c=note("c"))
    third = sorted([3, 1, 2], reverse=note(True), key=note(lambda v: -v))
    return [first, second, third, log]


# inputs: [0]
