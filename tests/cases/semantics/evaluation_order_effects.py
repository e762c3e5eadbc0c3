# Python evaluates operands, arguments and assignment parts left to right (the value
# of `obj[key] = value` first): where one changes or raises what another sees, JS
# must keep that order too (`in`, keyword arguments bound to positions, max(a, b),
# a printed operand asked again for its int-or-float flag).


def pop_in_joined(xs: list[str]):
    return xs.pop() in "".join(xs)


# inputs: [["a", "b"]]


def pop_not_in_set(xs: list[str]):
    return xs.pop() not in set(xs)


# inputs: [["a", "b"]]


def str_in_str_call_order(a: str, b: str):
    log = []

    def note(s: str) -> str:
        log.append(s)
        return s

    note(a) in note(b)
    return log


# inputs: ["a", "abc"]


def in_set_name_rebound(x: str):
    seen = {"a"}
    return ("b" if (seen := {"b"}) else "") in seen


# inputs: ["abc"]


def in_unbound_haystack(xs: list[str], flag):
    if flag:
        seen = {"a"}
    return xs[5] in seen


# inputs: [["a"], 0]


def max_walrus_running(xs: list[int]):
    prev = 0
    out = []
    for v in xs:
        out.append(max(prev, (prev := v)))
    return out


# inputs: [[5, 1, 3]]


def _pair(a, b):
    return [a, b]


def kw_walrus_then_name(x: str):
    return _pair(b=(x := "new"), a=x)


# inputs: ["old"]


def kw_nonlocal_rebind(n: int):
    def bump() -> int:
        nonlocal n
        n += 1
        return n * 10

    return _pair(b=bump(), a=n)


# inputs: [1]


def store_value_name_target_call(xs: list[str]):
    x = "old"

    def pick() -> int:
        nonlocal x
        x = "new"
        return 0

    xs[pick()] = x
    return xs


# inputs: [["a", "b"]]


def store_value_name_target_walrus(d: dict):
    k = "a"
    d[(k := "b")] = k
    return d


# inputs: [{}]


def store_unbound_value_target_raises(xs: list[str], flag):
    if flag:
        v = "x"
    xs[xs.index("zz")] = v
    return xs


# inputs: [["a"], 0]


def print_flag_after_pop(xs):
    print(xs[0] * 2, xs.pop(0))
    return 0


# inputs: [[2, 0.5]]


def round_flag_walrus(x):
    return f"{round(x, (x := 1) + 0)}"


# inputs: [2.04]
