# A field of str.format that prints an int and a float differently (no spec, `d`, `!r`,
# a nested spec) refuses a value that may be either, also beside fields that would not.


def plain_and_fixed(xs):
    t = sum(xs)
    return "{0} ({0:.2f})".format(t)
# expect: CP115 7:35


def nested_width(xs, w):
    t = sum(xs)
    return "{:{}.2f}".format(t, w)
# expect: CP115 13:30
