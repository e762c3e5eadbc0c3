# Items of generator expressions, and of sets, dicts and views unpacked or starred,
# consumed by list(), sorted(), tuple(), set(), dict(), enumerate(), zip(), map(),
# join, unpacking and `[*...]`: a float the generator computes prints as a float
# (`[str(v) for v in list(x / 2 for x in xs)]` is ['1.0', ...]). Consumers whose
# result may be an int or a float (`sum`, `max(..., default=0)`) are refused.


def consumed_by_list(xs: list[int]):
    return [str(v) for v in list((x / 2 for x in xs))]


# inputs: [[2, 4, 3]]


def consumed_by_list_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [str(v) for v in list(gen)]


# inputs: [[2, 4, 3]]


def consumed_by_sorted(xs: list[int]):
    return [str(v) for v in sorted((x / 2 for x in xs))]


# inputs: [[2, 4, 3]]


def consumed_by_sorted_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [str(v) for v in sorted(gen)]


# inputs: [[2, 4, 3]]


def consumed_by_min(xs: list[int]):
    return str(min((x / 2 for x in xs)))


# inputs: [[2, 4, 3]]


def consumed_by_min_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return str(min(gen))


# inputs: [[2, 4, 3]]


def consumed_by_tuple(xs: list[int]):
    return [str(v) for v in tuple((x / 2 for x in xs))]


# inputs: [[2, 4, 3]]


def consumed_by_tuple_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [str(v) for v in tuple(gen)]


# inputs: [[2, 4, 3]]


def consumed_by_enum(xs: list[int]):
    return [f"{i}:{v}" for i, v in enumerate((x / 2 for x in xs))]


# inputs: [[2, 4, 3]]


def consumed_by_enum_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [f"{i}:{v}" for i, v in enumerate(gen)]


# inputs: [[2, 4, 3]]


def consumed_by_set(xs: list[int]):
    return sorted(str(v) for v in set((x / 2 for x in xs)))


# inputs: [[2, 4, 3]]


def consumed_by_set_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return sorted(str(v) for v in set(gen))


# inputs: [[2, 4, 3]]


def consumed_by_dict(xs: list[int]):
    return [
        str(k) + str(v) for k, v in dict((v, v) for v in (x / 2 for x in xs)).items()
    ]


# inputs: [[2, 4, 3]]


def consumed_by_dict_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [str(k) + str(v) for k, v in dict((v, v) for v in gen).items()]


# inputs: [[2, 4, 3]]


def consumed_by_map(xs: list[int]):
    return [str(p) for p in map(lambda v: v, (x / 2 for x in xs))]


# inputs: [[2, 4, 3]]


def consumed_by_map_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [str(p) for p in map(lambda v: v, gen)]


# inputs: [[2, 4, 3]]


def consumed_by_filter(xs: list[int]):
    return [str(p) for p in filter(None, (x / 2 for x in xs))]


# inputs: [[2, 4, 3]]


def consumed_by_join(xs: list[int]):
    return ",".join(str(v) for v in (x / 2 for x in xs))


# inputs: [[2, 4, 3]]


def consumed_by_join_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return ",".join(str(v) for v in gen)


# inputs: [[2, 4, 3]]


def consumed_by_zip1(xs: list[int]):
    return [str(a) for a, b in zip((x / 2 for x in xs), xs)]


# inputs: [[2, 4, 3]]


def consumed_by_zip1_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [str(a) for a, b in zip(gen, xs)]


# inputs: [[2, 4, 3]]


def consumed_by_unpack(xs: list[int]):
    return [str(a) for a in [*(x / 2 for x in xs)]]


# inputs: [[2, 4, 3]]


def consumed_by_unpack_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [str(a) for a in [*gen]]


# inputs: [[2, 4, 3]]


def consumed_by_fstr(xs: list[int]):
    return [f"{v}" for v in (x / 2 for x in xs)]


# inputs: [[2, 4, 3]]


def consumed_by_fstr_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [f"{v}" for v in gen]


# inputs: [[2, 4, 3]]


def consumed_by_listcomp_over(xs: list[int]):
    return [str(v + 0) for v in (x / 2 for x in xs)]


# inputs: [[2, 4, 3]]


def consumed_by_listcomp_over_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [str(v + 0) for v in gen]


# inputs: [[2, 4, 3]]


def consumed_by_any(xs: list[int]):
    return str(any((x / 2 for x in xs)))


# inputs: [[2, 4, 3]]


def consumed_by_any_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return str(any(gen))


# inputs: [[2, 4, 3]]


def consumed_by_sorted_key(xs: list[int]):
    return [str(v) for v in sorted((x / 2 for x in xs), key=lambda v: -v)]


# inputs: [[2, 4, 3]]


def consumed_by_sorted_key_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return [str(v) for v in sorted(gen, key=lambda v: -v)]


# inputs: [[2, 4, 3]]


def consumed_by_extend(xs: list[int]):
    return (lambda out: (out.extend((x / 2 for x in xs)), [str(v) for v in out])[1])([])


# inputs: [[2, 4, 3]]


def consumed_by_extend_var(xs: list[int]):
    gen = (x / 2 for x in xs)
    return (lambda out: (out.extend(gen), [str(v) for v in out])[1])([])


# inputs: [[2, 4, 3]]


def unpack_dict_keys(n: int):
    a, b = {n / 2: "a", 0.5: "b"}
    return [str(a), str(b)]


# inputs: [4]


def unpack_set_star(n: int):
    first, *rest = {n / 2}
    return [str(first), [str(r) for r in rest]]


# inputs: [4]


def unpack_view(n: int):
    d = {"a": n / 2, "b": 1.0}
    x, y = d.values()
    (k1, v1), (k2, v2) = d.items()
    return [str(x), str(y), str(v1), str(v2), k1, k2]


# inputs: [4]


def unpack_gen_star(n: int):
    a, *rest = (i / 2 for i in range(n))
    return [str(a), [str(r) for r in rest]]


# inputs: [5]


def set_star_gen(n: int):
    s = {*(i / 2 for i in range(n))}
    return sorted(str(v) for v in s)


# inputs: [4]


def str_unpack(s: str):
    a, *rest = s
    return [a, rest, a * 2]


# inputs: ["xyz"]


def for_over_gen_var(xs: list[int]):
    gen = (x * 1.0 for x in xs)
    out = []
    for v in gen:
        out.append(f"{v}")
    return out


# inputs: [[1, 2]]


def _show_all(items):
    return [str(i) for i in items]


def gen_passed_to_helper(xs: list[int]):
    return _show_all(x / 2 for x in xs)


# inputs: [[2, 3]]
