# Refusals found by the program fuzzer (tests/semantics/fuzz) over the forms
# translated most recently: values that may be an integral float where JS cannot
# tell it from an int.


def slice_of_list_extended_with_a_float(ys):
    ys += [float(2)]
    return repr(ys[-1:])
# expect: CP115 8:17
