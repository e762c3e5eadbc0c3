# Probes: Object.prototype names and dunder names as Python variables and functions.
def proto_names_as_locals(x):
    __proto__ = [x]
    constructor = {"k": x}
    toString = "ts"
    valueOf = 5
    hasOwnProperty = True
    prototype = None
    isPrototypeOf = 1.5
    __defineGetter__ = "g"
    return [
        __proto__,
        constructor,
        toString,
        valueOf,
        hasOwnProperty,
        prototype,
        str(isPrototypeOf),
        __defineGetter__,
    ]


# inputs: [1]


def proto_names_as_functions(x):
    def constructor(v):
        return ["c", v]

    def toString():
        return "custom"

    def __proto__(v):
        return v * 2

    return [constructor(x), toString(), __proto__(x)]


# inputs: [3]


def proto_names_as_params(constructor, __proto__, toString):
    return [constructor, __proto__, toString]


# inputs: [1, 2, 3]


def underscore_names(xs):
    _ = "ignored"
    __ = [v for v, _ in xs]
    ___ = {_: _ for _ in "ab"}
    return [_, __, ___]


# inputs: [[[1, "a"], [2, "b"]]]


def proto_kwargs_call(x):
    def f(constructor=0, toString=0, __proto__=0):
        return [constructor, toString, __proto__]

    return [f(constructor=x), f(__proto__=x, toString=x)]


# inputs: [7]


def proto_names_nonlocal():
    constructor = 0

    def bump():
        nonlocal constructor
        constructor += 1

    bump()
    return constructor


# inputs: []


def js_keywords_as_nested_names(x):
    def typeof(v):
        return "t" + str(v)

    def void(v):
        return None

    instanceof = lambda a: a
    return [typeof(x), void(x), instanceof(x)]


# inputs: [1]


def dollar_like_and_unicode_names(x):
    ñ = x + 1
    λ = lambda v: v * 2
    変数 = "jp"
    return [ñ, λ(ñ), 変数]


# inputs: [1]
