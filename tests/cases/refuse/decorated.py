# A decorator that wraps a function adds behaviour the def alone does not show:
# translating the wrapped def would drop it, so both are refused at the decorator.
import functools


def _times_ten(f):
    @functools.wraps(f)
    def inner(*args):
        return f(*args) * 10

    return inner


@_times_ten
def _plus_one(x):
    return x + 1


def calls_a_wrapped_helper(x):
    return _plus_one(x)
# expect: CP100 14:2


@_times_ten
def wrapped_callback(x):
    return x + 1
# expect: CP100 24:2
