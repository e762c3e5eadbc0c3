# Builtins that may give back one of their arguments itself: `max(xs, ys)` is xs or
# ys, `sum(xss, start)` is `start` when xss is empty, `next(it, default)` the default.
# A store through the result is a store into that argument. (Printing such a list of
# numbers afterwards is refused: tests/cases/refuse/returned_arguments.py.)


def max_of_lists_aliases(text: str):
    words = text.split()
    m = max(words, ["m"])
    m.append("z")
    return [len(words), words]


# inputs: ["a b"]
# inputs: ["n o"]


def sum_gives_back_start(n: int):
    xs = ["a"]
    m = sum([["b"]] * n, xs)
    m.append("z")
    return [xs, m]


# inputs: [0]
# inputs: [2]


def next_gives_back_default(n: int):
    xs = ["a"]
    m = next(iter([["b"]] * n), xs)
    m.append("z")
    return [xs, m]


# inputs: [0]
# inputs: [1]


def max_of_one_list_keeps_it(n: int):
    xs = [n, 1, 2]
    top = max(xs)
    xs.append(top * 2)
    return [str(x) for x in xs]


# inputs: [5]


def _grow(rows, extra):
    biggest = max(rows, extra)
    biggest.append("z")


def helper_changes_through_max(text: str):
    words = text.split()
    _grow(words, ["m"])
    return [len(words), words]


# inputs: ["a b"]
# inputs: ["n o"]


def slice_loop_over_max_alias(text: str):
    words = text.split(",")
    seen = []
    for w in words[1:]:
        seen.append(w)
        longest = max(words, ["m"])
        if len(longest) < 6:
            longest.append("z")
    return [seen, words]


# inputs: ["a,b,c"]
# inputs: ["n,o"]
