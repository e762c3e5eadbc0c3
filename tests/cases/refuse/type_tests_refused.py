# type() where the browser cannot answer as CPython does.


def class_of_a_computed_number(a, b):
    return type(a * b) is int
# expect: CP115 5:17


def class_name_of_a_function(x):
    return type(len).__name__
# expect: CP112 10:17


def classes_compared(x, y):
    return type(x) == type(y)
# expect: CP112 15:12
# expect: CP112 15:23


def class_kept(x):
    kind = type(x)
    return kind is list
# expect: CP112 21:12


def class_of_a_map_object(xs):
    return type(map(str, xs)).__name__
# expect: CP112 27:17

