# CPython cannot index an iterator or an exception (TypeError): refused, where a JS
# object would answer `undefined`.


def first_of_map(xs):
    return map(str, xs)[0]
# expect: CP100 6:12


def stored_into_generator(xs):
    g = (x for x in xs)
    g[0] = 1
    return xs
# expect: CP100 12:5


def exception_indexed(d):
    try:
        return d["k"]
    except KeyError as e:
        return e[0]
# expect: CP100 21:16
