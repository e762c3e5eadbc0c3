# Probes: module-level constants of every JSON-like shape, read by callbacks.
NAN = float("nan")


INF = float("inf")


NEG_ZERO = -0.0


TUPLES = ((1, "a"), (2, "b"))


INT_KEYS = {1: "one", 2: "two", 10: "ten"}


NESTED = {"a": [{"b": (1, 2)}, []], "c": {}}


UNICODE = "héllo 😀"


EMPTY = ()


def read_special_floats():
    return [NAN != NAN, INF > 1e300, str(INF), str(NEG_ZERO), NEG_ZERO == 0, str(-INF)]


# inputs: []


def read_tuples():
    return [
        TUPLES,
        dict(TUPLES),
        TUPLES[1][1],
        (2, "b") in TUPLES,
        isinstance(TUPLES[0], tuple),
        EMPTY,
        len(EMPTY),
    ]


# inputs: []


def read_int_keys(k):
    return [INT_KEYS.get(k), k in INT_KEYS, sorted(INT_KEYS), list(INT_KEYS.items())]


# inputs: [1]
# inputs: [10]
# inputs: ["1"]


def read_nested():
    return [NESTED, NESTED["a"][0]["b"], NESTED["c"] == {}, str(NESTED)]


# inputs: []


def read_unicode():
    return [UNICODE, len(UNICODE), UNICODE[-1], UNICODE.upper(), UNICODE[::-1]]


# inputs: []


def mutate_tuple_constant():
    try:
        TUPLES[0] = 1
        return "mutated"
    except TypeError:
        return "TypeError"


# inputs: []
