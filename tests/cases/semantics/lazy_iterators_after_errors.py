# map, filter, zip and enumerate go on after the function they call raised: next() after
# the error takes the next item, as CPython's iterators do (a generator is finished).


def map_resumes_after_error(xs):
    m = map(int, xs)
    out = []
    try:
        out.append(list(m))
    except ValueError as e:
        out.append(str(e))
    out.append(list(m))
    return out


# inputs: [["1", "x", "3", "4"]]
# messages


def genexpr_dead_after_error(xs):
    g = (int(v) for v in xs)
    out = []
    try:
        out.append(list(g))
    except ValueError as e:
        out.append(str(e))
    out.append(list(g))
    return out


# inputs: [["1", "x", "3", "4"]]
# messages


def filter_resumes_after_error(xs):
    f = filter(lambda v: 10 // v, xs)
    out = []
    try:
        out.append(list(f))
    except ZeroDivisionError as e:
        out.append(str(e))
    out.append(list(f))
    return out


# inputs: [[1, 0, 3, 20]]
# messages


def next_after_error(xs):
    g = (10 // v for v in xs)
    out = []
    for _ in range(4):
        try:
            out.append(next(g))
        except ZeroDivisionError as e:
            out.append("zde")
        except StopIteration:
            out.append("stop")
    return out


# inputs: [[1, 0, 5]]


def zip_after_error(xs):
    z = zip(map(int, xs), xs)
    out = []
    try:
        out.append(list(z))
    except ValueError:
        out.append("err")
    out.append(list(z))
    return out


# inputs: [["1", "x", "3"]]


def enumerate_map_after_error(xs):
    e = enumerate(map(int, xs))
    out = []
    try:
        for i, v in e:
            out.append([i, v])
    except ValueError:
        out.append("err")
    for i, v in e:
        out.append([i, v])
    return out


# inputs: [["1", "x", "3"]]


def iter_list_after_error(xs):
    it = iter(xs)
    out = []
    try:
        for v in it:
            out.append(10 // v)
    except ZeroDivisionError:
        out.append("err")
    out.append(list(it))
    return out


# inputs: [[1, 0, 5, 2]]


def skip_bad_values_with_next(xs):
    vals = map(float, xs)
    good = []
    while True:
        try:
            v = next(vals)
        except ValueError:
            continue
        except StopIteration:
            break
        good.append(v)
    return good


# inputs: [["1.5", "oops", "2", "", "3e1"]]
# inputs: [["1", "2"]]
