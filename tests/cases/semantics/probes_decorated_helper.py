# Probes: module-level helpers wrapped by decorators.


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


def _register(f):
    return f


@_register
def _identity_decorated(x):
    return x * 2


def uses_identity_decorated(x):
    return _identity_decorated(x)


# inputs: [4]
