# Refused, tenth battery.


def next_without_default_in_a_genexp(its):
    # CPython turns the StopIteration of an exhausted iterator into a RuntimeError
    # inside a generator (PEP 479); a JS generator lets it through.
    return list(next(it) for it in its)
# expect: CP100 7:17

