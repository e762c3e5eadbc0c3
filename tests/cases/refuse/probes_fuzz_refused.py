# Refusals found by the program fuzzer (tests/semantics/fuzz): values that
# may be an integral float where JS cannot tell it from an int.


def list_of_open_type_plus_floats(xs):
    ys = xs + [2.0]
    return repr(ys)
# expect: CP115 7:17


def floats_plus_list_of_open_type(xs):
    return repr(max([2.0] + xs))
# expect: CP115 12:17


def extended_in_place_with_floats(xs):
    xs += [2.0]
    return str(xs)
# expect: CP115 18:16


def negated_max_with_a_float(a):
    return repr(-max(a, 2.0))
# expect: CP115 23:17


def negated_abs_of_signed_zero(a):
    v = -abs(max(a, -0.0))
    return f"{v}"
# expect: CP115 29:15
