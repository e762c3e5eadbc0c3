# sorted / list.sort: numeric, key=, reverse=, stable, mixed types raise.


def sorted_numbers(xs):
    return sorted(xs)


# inputs: [[10, 9, 100, 1]]
# inputs: [[-1, -10, 2.5, 0]]
# inputs: [[3, 1.5, true, false]]
# inputs: [[]]


def sorted_strings(xs):
    return [
        sorted(xs),
        sorted(xs, reverse=True),
        sorted(xs, key=len),
        sorted(xs, key=lambda s: s.lower()),
    ]


# inputs: [["banana", "Apple", "cherry", "apple", "B"]]
# inputs: [["é", "e", "z", "Z", "10", "9"]]


def sorted_by_unbound_method(xs):
    return sorted(xs, key=str.lower)


# inputs: [["b", "A", "a", "C"]]


def sorted_by_key(records):
    return [r["name"] for r in sorted(records, key=lambda r: r["score"])]


# inputs: [[{"name": "a", "score": 3}, {"name": "b", "score": 1}, {"name": "c", "score": 3}, {"name": "d", "score": 2}]]


def sorted_reverse_stable(records):
    return [r["name"] for r in sorted(records, key=lambda r: r["score"], reverse=True)]


# inputs: [[{"name": "a", "score": 3}, {"name": "b", "score": 1}, {"name": "c", "score": 3}, {"name": "d", "score": 1}]]


def sorted_tuples(pairs):
    return sorted([tuple(p) for p in pairs])


# inputs: [[[2, "b"], [1, "z"], [2, "a"], [1, "a"]]]


def sorted_tuple_key(words):
    return sorted(words, key=lambda w: (-len(w), w))


# inputs: [["bb", "a", "ccc", "aa", "c"]]


def sorted_lists(xs):
    return sorted(xs)


# inputs: [[[2, 1], [1, 5], [1], [], [1, 5, 0]]]


def sort_in_place(xs):
    ys = list(xs)
    result = ys.sort()
    zs = list(xs)
    zs.sort(reverse=True)
    ws = list(xs)
    ws.sort(key=lambda v: v % 3)
    return [result, ys, zs, ws]


# inputs: [[5, 3, 10, 1, 4]]


def sorted_mixed_raises(xs):
    return sorted(xs)


# inputs: [[1, "a"]]
# inputs: [[null, 1]]
# messages


def sorted_dict_items(d):
    return [
        sorted(d),
        sorted(d.items()),
        sorted(d.items(), key=lambda kv: kv[1]),
        sorted(d.values(), reverse=True),
    ]


# inputs: [{"b": 2, "a": 3, "c": 1}]


def sorted_string_chars(s):
    return ["".join(sorted(s)), sorted(set(s))]


# inputs: ["mississippi"]


def sort_by_multiple_keys(rows):
    rows.sort(key=lambda r: r["city"])
    rows.sort(key=lambda r: r["age"], reverse=True)
    return [(r["city"], r["age"]) for r in rows]


# inputs: [[{"city": "b", "age": 30}, {"city": "a", "age": 30}, {"city": "c", "age": 40}, {"city": "a", "age": 20}]]


def min_max_with_key(words):
    return [min(words, key=len), max(words, key=len), min(words), max(words)]


# inputs: [["pear", "fig", "banana", "kiwi"]]


def sorted_floats_and_negatives(xs):
    return sorted(xs, key=abs)


# inputs: [[-3, 2, -1.5, 0.5, -2]]


def reversed_sorted(xs):
    return list(reversed(sorted(xs)))


# inputs: [[3, 11, 2]]
