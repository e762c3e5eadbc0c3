# Probes, sixth battery: the type-directed fast paths (annotated parameters, plain JS
# operators on known ints and floats, array reads) on inputs at their edges.
import json
import math


def int_product_zero_has_no_sign(x: int, y: int):
    p = x * y
    q = x
    q *= y
    xs = [x]
    xs[0] *= y
    return [
        float(p),
        p / 1,
        f"{p:.1f}",
        math.copysign(1, p),
        math.copysign(1, q),
        math.copysign(1, xs[0]),
        math.atan2(x * y, -1),
    ]


# inputs: [0, -5]
# inputs: [-5, 0]
# inputs: [3, -4]


def int_product_taken_by_a_float(x: int, y: int):
    acc = -0.0
    scale = 1.0
    return [acc + x * y, scale * (x * y), (x * y) / 2.0, -0.0 - x * y, str(acc + x * y)]


# inputs: [0, -5]
# inputs: [-5, 0]
# inputs: [94906267, 94906267]


def slice_stores_of_floats_still_print(a: int):
    flat = [0.0, 0.0, 0.5]
    flat[0:1] = [a / 4]
    flat[::2] = [float(a), a * 1.5]
    return [str(flat), str(flat[0] + a * a), f"{flat[-1]}"]


# inputs: [3]
# inputs: [-4]


def dash_number_product_zero_has_no_sign(n, k):
    m = n + 1
    return [
        math.copysign(1, n * k),
        float(k * n),
        f"{n * k:.1f}",
        f"{n * -1:.2f}",
        math.copysign(1, (m - 1) * k),
        (n * k) / 4,
    ]


# inputs: [0, -3]
# inputs: [-3, 0]
# inputs: [-2.5, 0]
# inputs: [0, -2.5]
# inputs: [false, -2]
# inputs: [2, 3]


def dash_product_of_sequences(n, k):
    try:
        return [n * k, k * n]
    except TypeError as e:
        return str(e)


# inputs: ["ab", 2]
# inputs: [[1], 0]
# inputs: ["ab", -1]
# inputs: [true, false]
# inputs: [null, 2]
# messages


def int_rounded_to_tens_has_no_sign(k: int, x: float):
    return [
        math.copysign(1, round(k, -1)),
        math.copysign(1, round(k, -400)),
        round(k, -1),
        math.copysign(1, round(x * 1.0, -1)),
        str(round(k / 1, -1)),
    ]


# inputs: [-2, -2.5]
# inputs: [-6, 3.5]
# inputs: [4, -0.2]


def augmented_item_stores_keep_their_types(xs: list[int]):
    counts = [0] * 3
    totals = [0.0] * 3
    by_key = {}
    for x in xs:
        counts[x % 3] += 1
        totals[x % 3] += x
        by_key[x % 2] = by_key.get(x % 2, 0) + x
        by_key[x % 2] *= 1
    return [str(counts), str(totals), str(by_key), f"{totals[0]}"]


# inputs: [[1, 2, 3, 4, 5]]
# inputs: [[-3, 0]]


def json_int_zero_has_no_sign(s: str):
    v = json.loads(s)
    items = v if isinstance(v, list) else [v]
    return [math.copysign(1, x) if isinstance(x, (int, float)) else x for x in items]


# inputs: ["-0"]
# inputs: ["[-0, -0.0, -0e0, 0]"]
# inputs: ["[\"-0\", -0]"]
# inputs: ["{\"-0\": -0}"]


def unpacked_item_stores_that_keep_types(a: int):
    xs = [0, 0]
    fs = [0.0, 0.0]
    xs[0], xs[1] = a, a + 1
    fs[0], fs[1] = a / 2, float(a)
    for xs[0] in range(a, a + 2):
        pass
    return [str(xs), str(fs), f"{fs[1]}"]


# inputs: [3]
# inputs: [-4]


def float_powers_of_integral_floats(x: float, n: int):
    f = x * 1.0
    z = -(x * 0.0)
    out = [
        math.copysign(1, z**1),
        math.copysign(1, pow(z, 3)),
        math.copysign(1, z**2),
        str(f**40),
        str(pow(f, 40)),
        str(pow(base=f, exp=n * 13)),
        str(n ** (f / f * 40)),
        str((-f) ** 41),
        str(f**-n),
    ]
    try:
        out.append(str(f**1000))
    except OverflowError:
        out.append("OverflowError")
    try:
        out.append(str(z**-1))
    except ZeroDivisionError:
        out.append("ZeroDivisionError")
    return out


# inputs: [3.0, 3]
# inputs: [-3.0, 4]
# inputs: [0.5, 2]
# inputs: [1e10, 3]


def pow_by_keyword_is_typed_as_by_position(a: int, x: float):
    f = x * 1.0
    return [
        str(pow(f, exp=2)),
        str(pow(base=f, exp=2)),
        str(pow(a, -1, None)),
        str(pow(base=a, exp=-1)),
        str(pow(a, 2, 5)),
        str(pow(a, exp=2, mod=5)),
        str(pow(exp=2, base=a)),
    ]


# inputs: [3, 2.0]
# inputs: [-2, -1.5]


def round_and_sum_typed_by_keyword(x: float, xs: list[int]):
    f = x * 1.0
    return [
        str(round(f, None)),
        str(round(f, ndigits=None)),
        str(round(number=f, ndigits=1)),
        str(round(number=f)),
        str(sum(xs, start=0.0)),
        str(sum(xs, 0.0)),
        str(sum([1.5, 0.5], start=0)),
    ]


# inputs: [2.5, [1, 2]]
# inputs: [3.0, []]
# inputs: [-0.5, [4]]


def unpacked_arguments_print_as_their_items(rows: list[list[int]], n: int, x: float):
    f = x * 1.0
    return [
        str(list(zip(*rows))),
        str([sum(col) for col in zip(*rows)]),
        str(max(*[n, n + 1])),
        str(abs(*[n])),
        format(*[f]),
        str(list(*[[f]])),
        str(max(*[[f, f]])),
        str(list(zip(*[[f, f]]))),
        str(divmod(*[f, 2.0])),
    ]


# inputs: [[[1, 2], [3, 4]], 3, 2.0]
# inputs: [[], -2, -0.5]


def item_target_read_before_the_value_rebinds_its_index(i: int):
    xs = [0, 0, 0, 0, 0, 0]
    xs[i] += (i := i + 1)

    def bump():
        nonlocal i
        i += 1
        return 10

    xs[i] += bump()
    xs[i] = bump()
    d = {"a": 0, "b": 0}
    k = "a"
    d[k] += len(k := "b")
    return [xs, i, sorted(d.items()), k]


# inputs: [0]
# inputs: [1]


def floor_division_of_ints_from_floats(x: float, m: int):
    n = int(x)
    out = []
    for divide in (
        lambda: str(n // 10),
        lambda: str(n // m),
        lambda: str(divmod(n, m)),
        lambda: str(-n // 8),
    ):
        try:
            out.append(divide())
        except OverflowError:
            out.append("OverflowError")
    return out


# (int(1e23) // 7 raises OverflowError: CPython's exact quotient has no double; int()
# of a float from 1e21 on raises too: test_int_overflow.py)
# inputs: [9.3e18, 10]


def str_of_keyword_and_mapping_arguments(x: float, n: int):
    f = x * 1.0
    return [
        str(object=f),
        str(object=n),
        str(object=[f]),
        str(**{"object": f}),
        str(**{"object": n}),
        str(**{}),
    ]


# inputs: [2.0, 3]
# inputs: [-0.5, 0]


def bool_of_unpacked_or_keyword_argument(n: int, xs: list):
    out = [bool(*[n]), bool(*xs)]
    try:
        out.append(bool(x=n))
    except TypeError:
        out.append("TypeError")
    return out


# inputs: [3, []]
# inputs: [0, [0]]
# inputs: [3, [""]]


def builtins_of_one_unpacked_argument(n: int, xs: list[int], s: str, x: float):
    f = x * 1.0
    return [
        len(*[xs]),
        len(*[s]),
        repr(float(*[n])),
        repr(int(*[n])),
        repr(abs(*[n])),
        repr(abs(*[f])),
        format(*[n]),
        format(*[f]),
        format(*[n, "05d"]),
        repr(float(*[f])),
    ]


# inputs: [3, [1, 0, 2], "héllo", 2.0]
# inputs: [-7, [], "", -0.5]


_LABELS = ["low", "high"]
_LIMITS = {"low": 0.5, "high": 2.5}


def read_only_global_containers_still_print(n: int):
    return [
        str(_LABELS[n % 2]),
        str(_LIMITS[_LABELS[n % 2]]),
        str(list(_LIMITS.values())),
    ]


# inputs: [3]
# inputs: [0]
