# Minimized differences found by the surface fuzzer (tests/semantics/fuzz/surface.py).


def chr_past_a_c_int(n):
    try:
        return chr(n)
    except OverflowError:
        return "OverflowError"
    except ValueError:
        return "ValueError"


# inputs: [2147483648]
# inputs: [2147483647]
# inputs: [-2147483648]
# inputs: [-2147483649]
# inputs: [1000000000000000]


def sorted_floats_by_their_text(a):
    # CPython's keys are '0.0', '123456.789' and '1e+300'; JS's String(1e300) is '1e+300'
    # too, but an integral float's text is not ('1e+16' is '10000000000000000' there)
    return [
        sorted([0.0, 123456.789, 1e300], key=str, reverse=True),
        sorted([1.5, 1e16, 2.0], key=repr),
        max([2.0, 10.5], key=str),
    ]


# inputs: [0]


def sort_floats_by_their_text(vs):
    xs = [float(v) for v in vs]
    xs.sort(key=str)
    return repr(xs)


# inputs: [[15000000000000000, 100000000000000000, 0.5]]
# inputs: [[10.5, 2.25]]


def sum_of_floats_past_two_to_53(a):
    # integral floats past 2**53 add as floats, not as ints that overflow
    return [
        repr(sum([1e16, -2.675, 1e300, 1e300], -1)),
        repr(sum([1e16], -1)),
        repr(sum((1e16, 3.5), start=True)),
        repr(sum([-0.0], -0.0)),
    ]


# inputs: [0]


def sum_of_float_parameters(xs: list[float], n: int):
    return sum([float(x) * 1e16 for x in xs], n)


# inputs: [[1, 2.5, 3], 7]


def percent_format_of_open_text_with_a_float(s):
    # an open value on the left of `% 2.5` may be a format string: the result a str
    v = s % 2.5
    return [v, s % -0.0]


# inputs: ["%.2f"]
# inputs: ["%-E|%r"]
# inputs: [7]


def percent_format_of_made_text_with_a_float(s):
    return repr((s[:0] + "%# 1.5F") % float("nan"))


# inputs: [""]


def merged_dicts_of_floats(a):
    # the items of each merged dict keep their type: 3.0 prints as 3.0
    x = {"a": 0.5}
    return [repr({**x, **{"b": 3.0}}), repr(x | {"c": 2.0}), repr({"z": 1.0, **x})]


# inputs: [0]
