# CPython evaluates every argument of print(), every item of a `%` tuple it keeps as an
# operator, and a nested format spec before it makes the texts: a later argument that
# changes a list shows the list changed. Where its compiler makes an f-string of a `%`
# template, each item is printed where it stands instead.


def print_after_pop(xs):
    print(xs, xs.pop())
    print("head", xs, len(xs), xs.append("z"))
    return xs


# inputs: [["a", "b", "c"]]
# inputs: [[]]


def print_starred_after_pop(rows):
    print(*rows, rows[0].pop(), sep=" | ")
    return rows


# inputs: [[["a", "b"], ["c"]]]
# inputs: [[[1], [2, 3]]]


def print_sep_evaluated_last(xs):
    print(xs, sep=str(xs.pop()))
    print(xs, "-", sep=xs.pop())
    return xs


# inputs: [["a", "b", "c"]]
# inputs: [["a", 1]]
# messages


def print_dict_after_update(d):
    print(d, d.update({"k": 1}), d.pop("a", None))
    return d


# inputs: [{"a": 2}]
# inputs: [{}]


def conversion_after_nested_spec(xs):
    return f"{xs!r:{xs.pop()[:0]}}|{xs!s:>{len(xs) + 8}}"


# inputs: [["a", "b", "c"]]


def folded_templates(xs):
    log = []
    log.append(("%s %s" * True) % (xs, xs.pop()))
    log.append(("%s" + " %s" * (1 + 1)) % (xs, xs.pop(), xs.pop()))
    log.append(("%r|" * 2) % (xs, xs.append("y")))
    return log


# inputs: [["a", "b", "c", "d"]]


def template_too_long_to_fold(xs):
    text = ("%s %s|" + "." * 4096) % (xs, xs.pop())
    return text[:20]


# inputs: [["a", "b", "c"]]


def template_kept_as_operator(xs):
    return "%s %d" % (xs, len(xs.pop()))


# inputs: [["a", "bb"]]


def print_flush_side_effect(xs):
    print("a", flush=xs.pop())
    return xs


# inputs: [[1, 2]]


def p_star_flush(xs):
    print(*xs, flush=xs.clear())


# inputs: [[1, 2]]


def p_star_sep(xs):
    print(*xs, sep=str(xs.pop()))


# inputs: [[1, 2]]
