# A helper's default written as a literal holding floats (a list, tuple or dict
# display) is typed by its items: its integral floats print as floats.


def _show(vals=[2.0]):
    return str(vals)


def default_float_list(n):
    return _show()


# inputs: [1]


def _pair(pair=(2.0, 1)):
    return f"{pair[0]}|{pair[1]}"


def default_float_tuple(n):
    return _pair()


# inputs: [1]


def _label(d={"w": 2.0}, *, unit=[1.5, 2.0]):
    return f"{d}|{unit}"


def default_dict_and_keyword(n):
    return _label()


# inputs: [1]
