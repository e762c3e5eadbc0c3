# Iterators and views kept in a variable (a dict's keys() or items(), enumerate, map,
# filter, reversed, iter) over a dict or set that changes: CPython raises RuntimeError
# at the next step, as the loop written over the dict itself does. A JS Map walk would
# go on to the keys added, for ever where the loop keeps adding.


def kept_keys_view_loop(d):
    keys = d.keys()
    n = 0
    try:
        for k in keys:
            d[k + "_copy"] = d[k]
            n += 1
    except RuntimeError as e:
        return str(e)
    return n


# inputs: [{"a": 1, "b": 2}]


def kept_items_view_loop_made(src):
    d = dict(src)
    items = d.items()
    out = []
    try:
        for k, v in items:
            out.append(k)
            if len(d) < 6:
                d[k + "x"] = v
    except RuntimeError as e:
        out.append(str(e))
    return out


# inputs: [{"a": 1, "b": 2}]


def kept_view_comprehension(src):
    d = dict(src)
    keys = d.keys()
    try:
        return [d.setdefault(k + "x", 1) for k in keys if len(d) < 6]
    except RuntimeError as e:
        return str(e)


# inputs: [{"a": 1, "b": 2}]


def loop_over_kept_enumerate(src):
    d = dict(src)
    e = enumerate(d)
    out = []
    try:
        for i, k in e:
            out.append(k)
            if len(d) < 6:
                d[k + "x"] = i
    except RuntimeError as err:
        out.append(str(err))
    return out


# inputs: [{"a": 1, "b": 2}]


def loop_over_kept_map_set(xs):
    s = set(xs)
    m = map(abs, s)
    out = []
    try:
        for v in m:
            out.append(v)
            s.add(v + 10)
    except RuntimeError as err:
        out.append(str(err))
    return out


# inputs: [[1, 2]]


def reversed_dict_kept(d):
    r = reversed(d)
    first = next(r)
    d["zz"] = 1
    try:
        return first, list(r)
    except RuntimeError as e:
        return first, str(e)


# inputs: [{"a": 1, "b": 2}]


def enumerate_map_filter_kept(d):
    out = []
    for kind in ("enumerate", "map", "filter"):
        src = dict(d)
        if kind == "enumerate":
            it = enumerate(src)
        elif kind == "map":
            it = map(str.upper, src)
        else:
            it = filter(None, src)
        next(it)
        src["zz"] = 1
        try:
            out.append(list(it))
        except RuntimeError as e:
            out.append(str(e))
    return out


# inputs: [{"a": 1, "b": 2}]


def kept_iter_keys_changed(src):
    d = dict(src)
    it = iter(d)
    first = next(it)
    del d["a"]
    d["c"] = 3
    try:
        return first, list(it)
    except RuntimeError as e:
        return first, str(e)


# inputs: [{"a": 1, "b": 2}]


def kept_items_view_without_guard(src):
    d = dict(src)
    items = d.items()
    try:
        for k, v in items:
            d[k + "x"] = v
    except RuntimeError as e:
        return str(e)
    return "ended"


# inputs: [{"a": 1, "b": 2}]
# inputs: [{}]
# messages


# Once it has raised for a changed size, a dict's or set's iterator raises at every
# later step (CPython's keeps failing); after 'keys changed' it is done. Errors name
# the iterator's class.
def dict_iter_error_repeats(d):
    it = iter(d)
    next(it)
    d["new"] = 1
    out = []
    for _ in range(2):
        try:
            out.append(next(it, "end"))
        except RuntimeError as e:
            out.append(str(e))
    del d["new"]
    try:
        out.append(next(it, "end"))
    except RuntimeError as e:
        out.append(str(e))
    return out


# inputs: [{"a": 1, "b": 2}]
# messages


def set_iter_error_repeats(xs):
    s = set(xs)
    it = iter(s)
    next(it)
    s.add(99)
    out = []
    for _ in range(2):
        try:
            out.append(next(it, "end"))
        except RuntimeError as e:
            out.append(str(e))
    return out


# inputs: [[1, 2]]
# messages


def keys_changed_then_done(src):
    d = dict(src)
    it = iter(d)
    next(it)
    del d["a"]
    d["c"] = 3
    out = []
    for _ in range(3):
        try:
            out.append(next(it, "end"))
        except RuntimeError as e:
            out.append(str(e))
    return out


# inputs: [{"a": 1, "b": 2}]
# messages


def iterators_named_in_errors(d, xs):
    out = []
    for it in (iter(d), iter(d.values()), iter(d.items()), iter(set(xs))):
        try:
            len(it)
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: [{"a": 1}, [1]]
# messages


# reversed() takes the dict's size when it is called, so a change before the first step
# raises there; a values or items view is read at each step, as CPython reads the
# dict's entry.
def reversed_dict_changed_before_first_step(d):
    d = dict(d)
    r = reversed(d)
    d["q"] = 5
    try:
        return next(r)
    except RuntimeError as e:
        return str(e)


# inputs: [{"a": 1, "b": 2}]


def reversed_views_read_values_late(d):
    r = reversed(d.values())
    items = reversed(d.items())
    d["a"] = 99
    return list(r), list(items)


# inputs: [{"a": 1, "b": 2}]


def reversed_view_changed_before_first_step(d):
    out = []
    for view in (d.keys(), d.values(), d.items()):
        r = reversed(view)
        d[str(len(out))] = 0
        try:
            out.append(next(r))
        except RuntimeError as e:
            out.append(str(e))
    return out


# inputs: [{"a": 1}]


# An iterator that has run out forgets its dict or set: later changes raise nothing.
def exhausted_dict_iterator_then_changed(d):
    d = dict(d)
    it = iter(d)
    seen = list(it)
    d["x"] = 1
    pairs = enumerate(d.items())
    listed = list(pairs)
    d["y"] = 2
    return seen, next(it, "end"), listed, list(pairs)


# inputs: [{"a": 1}]


def exhausted_set_iterator_then_changed(xs):
    s = set(xs)
    it = iter(s)
    seen = sorted(it)
    s.add(99)
    return seen, list(it)


# inputs: [[1, 2]]
