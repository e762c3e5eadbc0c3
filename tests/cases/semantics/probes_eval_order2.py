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
