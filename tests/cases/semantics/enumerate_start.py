# enumerate's start is evaluated once, after the iterable, whatever the body rebinds
# (a name, a call, a positional or a keyword start).


def start_pos_rebound(xs: list[int]):
    n = 10
    out = []
    for i, x in enumerate(xs, n):
        n = n + 100
        out.append(i)
    return [out, n]


# inputs: [[1, 2, 3]]


def start_kw_aug(xs: list[int]):
    n = 10
    out = []
    for i, x in enumerate(xs, start=n):
        n += 1
        out.append(i)
    return out


# inputs: [[1, 2, 3]]


def start_kw_call_counter(xs: list[int]):
    calls = []

    def st():
        calls.append(1)
        return len(calls) * 10

    out = []
    for i, x in enumerate(xs, start=st()):
        out.append(i)
    return [out, len(calls)]


# inputs: [[1, 2, 3]]


def comp_start_call(xs: list[int]):
    calls = []

    def st():
        calls.append(1)
        return len(calls)

    got = [i for i, x in enumerate(xs, start=st())]
    return [got, len(calls)]


# inputs: [[1, 2, 3]]


def start_len_changes(xs: list[int]):
    out = []
    for i, x in enumerate(xs, start=len(xs)):
        if len(xs) < 5:
            xs.append(0)
        out.append(i)
    return out


# inputs: [[1, 2]]


def tuple_seq_start_rebound(t: list[int]):
    tt = tuple(t)
    n = 1
    out = []
    for i, x in enumerate(tt, start=n):
        n = -50
        out.append(i)
    return out


# inputs: [[1, 2, 3]]


def start_after_iterable(xs: list[int]):
    log = []

    def it():
        log.append("it")
        return xs

    def st():
        log.append("st")
        return 5

    out = [(i, x) for i, x in enumerate(it(), start=st())]
    for i, x in enumerate(reversed(it()), start=st()):
        out.append((i, x))
    return [out, log]


# inputs: [[1, 2]]


def start_name_rebound(xs: list[int]):
    n = 10
    out = []
    for i, x in enumerate(xs, start=n):
        n = n + 100
        out.append(i)
    return [out, n]


# inputs: [[1, 2, 3]]
