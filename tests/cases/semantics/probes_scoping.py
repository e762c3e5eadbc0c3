# Probes: names rebound in branches, shadowed builtins and helpers, hoisting.
def def_in_branches(flag):
    if flag:

        def f():
            return "first"

    else:

        def f():
            return "second"

    return f()


# inputs: [true]
# inputs: [false]


def def_in_loop(n: int):
    out = []
    for i in range(n):

        def g(i=i):
            return i * 10

        out.append(g())
    return [out, g()]


# inputs: [3]


def def_in_try(x):
    try:

        def h():
            return 1 / x

        return h()
    except ZeroDivisionError:

        def h():
            return "div"

        return h()


# inputs: [2]
# inputs: [0]


def forward_reference_nested():
    def a():
        return b() + 1

    def b():
        return 41

    return a()


# inputs: []


def shadow_builtin_len(xs):
    len = lambda v: 42
    return len(xs)


# inputs: [[1, 2]]


def shadow_builtin_param(max, sorted, str):
    return [max, sorted, str]


# inputs: [1, 2, 3]


def shadow_builtin_callable_param(xs, key):
    def inner(sum):
        return sum(xs)

    return [inner(lambda v: "custom"), inner(len)]


# inputs: [[1, 2], null]


def shadow_list_dict_names(xs):
    list = [9]
    dict = {"k": 1}
    set = "s"
    tuple = 0
    return [list, dict, set, tuple, xs]


# inputs: [[1]]


def _helper():
    return "module helper"


def shadow_module_helper(x):
    _helper = lambda: "local"
    return _helper()


# inputs: [1]


def rebind_function_name_to_value():
    def f():
        return 1

    a = f()
    f = 5
    return [a, f]


# inputs: []


def conditional_lambda(flag):
    op = (lambda a, b: a + b) if flag else (lambda a, b: a * b)
    return op(3, 4)


# inputs: [true]
# inputs: [false]


def recursive_nested_in_branch(n: int):
    if n >= 0:

        def fact(k):
            return 1 if k <= 1 else k * fact(k - 1)

    else:

        def fact(k):
            return -1

    return fact(n)


# inputs: [5]
# inputs: [-2]


def shadow_isinstance(x):
    isinstance = lambda a, b: "shadowed"
    return isinstance(x, int)


# inputs: [1]


def shadow_print(x):
    print = lambda *a: "no print"
    return print(x)


# inputs: [1]


def shadow_range_in_comprehension(n: int):
    range = lambda k: [k, k]
    return [v for v in range(n)]


# inputs: [3]


def shadow_str_type_for_isinstance(x):
    str = "not a type"
    return [str, len(str)]


# inputs: [1]


def local_named_like_exception(x):
    KeyError = "k"
    try:
        return {}[x]
    except LookupError:
        return KeyError


# inputs: ["a"]


def param_named_like_module(json, math):
    return [json, math]


# inputs: ["j", "m"]


def nonlocal_rebinds_function():
    def f():
        return "old"

    def swap():
        nonlocal f
        f = lambda: "new"

    swap()
    return f()


# inputs: []
