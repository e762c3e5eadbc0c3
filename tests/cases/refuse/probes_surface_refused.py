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
