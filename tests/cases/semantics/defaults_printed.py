# A helper's default written as a literal of immutable values (a number, a tuple of
# numbers) is typed by its items: its integral floats print as floats. (A list, dict
# or set default lives from call to call, and any caller given it back may replace its
# items: printing what it holds is refused.)


def _pair(pair=(2.0, 1), *, scale=-2.0):
    return f"{pair[0]}|{pair[1]}|{scale}"


def default_float_tuple(n):
    return [_pair(), _pair((n, 0.5)), _pair(scale=n)]


# inputs: [1]
# inputs: [2.5]
