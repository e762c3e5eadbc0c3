# Probes: module-level helpers wrapped by decorators.
import functools


def _deco(f):
    def wrapper(*a):
        return ["wrapped", f(*a)]

    return wrapper


@_deco
def _decorated_helper(x):
    return x


def uses_decorated_helper(x):
    return _decorated_helper(x)


# inputs: [1]


def _wrapping(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a) * 10

    return inner


@_wrapping
def _times_ten(x):
    return x + 1


def _register(f):
    return f


@_register
def _identity_decorated(x):
    return x * 2


def uses_identity_decorated(x):
    return _identity_decorated(x)


# inputs: [4]
