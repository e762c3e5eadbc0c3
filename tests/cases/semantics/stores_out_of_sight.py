# Containers changed where no statement shows which name they belong to (a writing
# method in a comprehension or a lambda, a function passed as a value): what the
# function does with them must still be CPython's (printing them is refused, see
# tests/cases/refuse/stores_out_of_sight.py).


def appended_in_a_comprehension(labels: list[str]):
    [labels.append(x) for x in [1]]
    try:
        return labels[-1] + "x"
    except TypeError as e:
        return str(e)


# inputs: [["a"]]


def appended_by_a_nested_function(labels: list[str]):
    def key(s):
        if len(labels) < 3:
            labels.append(1)
        return s

    sorted(["b", "a"], key=key)
    try:
        return labels[-1] + "x"
    except TypeError as e:
        return str(e)


# inputs: [["a"]]


def seen_once(xs: list[int]):
    seen = set()
    firsts = [x for x in xs if not (x in seen or seen.add(x))]
    return firsts, len(seen), sum(firsts)


# inputs: [[3, 1, 3, 2, 1]]


def halves_kept(rows):
    [r.update(half=r["n"] // 2) for r in rows]
    return [r["half"] + 1 for r in rows], len(rows)


# inputs: [[{"n": 4}, {"n": 5}]]
