# A generator expression is an iterator of its items, typed as `map(...)` is: unpacked
# (`y, m, d = (int(p) for p in text.split("-"))`), zipped or consumed, its ints print
# as ints and take plain operators, and its floats print as floats.


def unpacked_date(text: str):
    y, m, d = (int(p) for p in text.split("-"))
    return [f"{d:02d}.{m:02d}.{y}", y * 12 + m, f"{y + m / 2}"]


# inputs: ["2024-03-09"]
# inputs: ["1999-12-31"]


def unpacked_floats(text: str):
    lo, hi = (float(p) for p in text.split(":"))
    return [str(lo), str(hi), str(hi - lo), f"{(lo + hi) / 2}"]


# inputs: ["1:3"]
# inputs: ["0.5:2.5"]


def starred_from_generator(n: int):
    first, *rest = (i * i for i in range(n))
    return [first, rest, str(first + 1), [str(r) for r in rest]]


# inputs: [4]
# inputs: [1]


def zipped_generators(xs: list[int]):
    halves = (x / 2 for x in xs)
    doubles = (x * 2 for x in xs)
    return [f"{h}|{d}" for h, d in zip(halves, doubles)]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def wrong_count_raises(text: str):
    try:
        a, b = (int(p) for p in text.split(","))
        return [a, b]
    except ValueError as e:
        return ["ValueError", str(e)]


# inputs: ["1,2"]
# inputs: ["1,2,3"]
# inputs: ["1"]
# messages
