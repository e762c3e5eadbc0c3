# Probes: implicit None returns and None from lookups, stored and returned.
def implicit_none_returns(x):
    def nothing():
        pass

    def bare():
        return

    def maybe(v):
        if v:
            return "yes"

    return [nothing(), bare(), maybe(x), maybe(not x), {"k": nothing()}, (bare(),)]


# inputs: [1]


def none_from_lookups(d):
    return [d.get("missing"), {"a": None}["a"], [None][0], d.setdefault("z"), d]


# inputs: [{}]


def none_from_builtins(xs):
    return [max(xs, default=None), print("x"), xs.sort(), dict().get(1)]


# inputs: [[]]


def none_returned_directly():
    pass


# inputs: []


async def async_none_returned(x):
    if x:
        return


# inputs: [1]
# inputs: [0]


def _noop(v):
    v = v


def none_through_helper(x):
    return _noop(x)


# inputs: [1]
