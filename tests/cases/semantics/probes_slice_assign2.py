# Probes: slice assignment with negative steps, insertion slices and self-assignment.
def slice_assign_negative_steps(xs):
    a = list(xs)
    a[::-1] = [10, 20, 30, 40, 50]
    b = list(xs)
    b[4:1:-1] = ["x", "y", "z"]
    c = list(xs)
    c[1:1] = ["ins1", "ins2"]
    d = list(xs)
    d[-2:] = []
    e = list(xs)
    e[10:] = ["tail"]
    f = list(xs)
    f[:-10] = ["head"]
    g = list(xs)
    g[:] = g[::-1]
    h = list(xs)
    h[1:3] = "ab"
    return [a, b, c, d, e, f, g, h]


# inputs: [[1, 2, 3, 4, 5]]


def slice_assign_errors(xs):
    out = []
    for k in range(3):
        ys = list(xs)
        try:
            if k == 0:
                ys[::-1] = [1]
            elif k == 1:
                ys[::2] = 5
            else:
                ys[1:2] = None
            out.append(ys)
        except (ValueError, TypeError) as e:
            out.append(isinstance(e, ValueError))
    return out


# inputs: [[1, 2, 3]]


def slice_assign_self_alias(xs):
    xs[1:] = xs
    ys = [1, 2, 3]
    ys[::2] = ys[:2]
    return [xs, ys]


# inputs: [[1, 2, 3]]


def del_slice_negative(xs):
    a = list(xs)
    del a[4:1:-1]
    b = list(xs)
    del b[-1:-4:-2]
    c = list(xs)
    del c[100:]
    return [a, b, c]


# inputs: [[0, 1, 2, 3, 4, 5]]
