# Methods of numbers other than int.bit_length(), int.bit_count() and float.is_integer():
# a JS number has none of Python's, and on a value of open type an int and a float look
# alike, so a number's own methods there are refused too.


def float_ratio(x: float):
    return x.as_integer_ratio()
# expect: CP116 7:12


def int_conjugate(n: int):
    return n.conjugate()
# expect: CP116 12:12


def int_of_a_str_method(n: int):
    return n.upper()
# expect: CP116 17:12


def open_bit_length(value):
    return value.bit_length()
# expect: CP116 22:12



def float_parameter_parts(x: float):
    return [x.real, x.imag]
# expect: CP116 28:13
# expect: CP116 28:21


def open_value_imag(value):
    return value.imag
# expect: CP116 34:12


def int_type_method_as_value(xs: list[int]):
    return sorted(xs, key=int.from_bytes)
# expect: CP116 39:27
