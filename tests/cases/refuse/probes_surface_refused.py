# Refusals found by the surface fuzzer (tests/semantics/fuzz/surface.py): calls whose
# outcome depends on a float the runtime cannot tell from an int.


def pow_with_modulus_of_a_float_literal(a):
    return pow(1e16, 10, 1)
# expect: CP121 6:16


def pow_with_modulus_of_a_float_exponent(a):
    return pow(3, 2.0, mod=7)
# expect: CP121 11:19


def pow_with_modulus_of_a_computed_number(a: int):
    x = a / 2
    return pow(x, 2, 7)
# expect: CP121 17:16


def sorted_by_text_of_ints_or_floats(x):
    # x = 1e16 makes total the float 1.0000000000000002e+16, whose text sorts after
    # '1.5' in CPython and, as the JS '10000000000000002', before it
    total = 0
    total += x
    total += 0.5
    return sorted([total, 1.5], key=str)
# expect: CP115 27:19


def max_by_repr_of_ints_or_floats(a: int):
    xs = [a / 2, a]
    return max(xs, key=repr)
# expect: CP115 33:16


def sort_by_text_of_ints_or_floats(a: int):
    xs = [a, 10.5]
    xs.sort(key=str)
    return xs
# expect: CP115 39:5


def repr_of_open_value_modulo_a_float(s):
    # a str on the left formats ('%.2f' gives "'2.50'"), a number gives a float
    return repr(s % 2.5)
# expect: CP115 46:17


def merged_dicts_of_ints_and_floats(a):
    return repr({**{"a": 1, "b": 2}, **{"b": 3.0, "c": 0}})
# expect: CP115 51:17


def merged_dict_names_of_ints_and_floats(a):
    x = {"a": 1}
    y = {"b": 3.0}
    return repr({**x, **y})
# expect: CP115 58:17


def union_of_dicts_of_ints_and_floats(a):
    return repr({"a": 1} | {"b": 3.0})
# expect: CP115 63:17