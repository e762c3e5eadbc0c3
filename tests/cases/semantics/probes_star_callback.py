# Probes: a callback taking *values, some of them unset (undefined).
def kwonly_callback(a, *, b=2):
    return [a, b]


# inputs: [1]


def kwargs_callback(a, **kw):
    return [a, kw]


# inputs: [1]
