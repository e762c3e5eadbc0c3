# Closures, nonlocal, lambda default capture, loop-variable capture.


def counter_closure(n):
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count

    for _ in range(n):
        bump()
    bump(10)
    return count


# inputs: [3]
# inputs: [0]


def make_adders(n):
    adders = [lambda x, i=i: x + i for i in range(n)]
    return [f(10) for f in adders]


# inputs: [3]


def late_binding_loop_variable(n):
    fns = []
    for i in range(n):
        fns.append(lambda: i)
    return [f() for f in fns]


# inputs: [3]


def late_binding_comprehension(n):
    fns = [lambda: i for i in range(n)]
    return [f() for f in fns]


# inputs: [3]


def closure_sees_rebinding():
    x = 1

    def get():
        return x

    first = get()
    x = 2
    return [first, get()]


# inputs: []


def nested_nonlocal():
    total = 0

    def outer():
        def inner(v):
            nonlocal total
            total += v

        for v in [1, 2, 3]:
            inner(v)

    outer()
    return total


# inputs: []


def closure_over_parameter(prefix):
    def label(x):
        return f"{prefix}-{x}"

    return [label(i) for i in range(3)]


# inputs: ["item"]


def returns_closure_result(n):
    def make_multiplier(k):
        def mul(x):
            return x * k

        return mul

    double = make_multiplier(2)
    triple = make_multiplier(3)
    return [double(n), triple(n), make_multiplier(n)(n)]


# inputs: [4]


def lambda_with_defaults(xs):
    scale = lambda x, factor=2: x * factor  # noqa: E731
    return [scale(x) for x in xs] + [scale(1, factor=5), scale(1, 3)]


# inputs: [[1, 2]]


def recursion_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)

    return [fact(i) for i in range(n)]


# inputs: [8]


def mutual_recursion(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)

    return [is_even(n), is_odd(n)]


# inputs: [7]
# inputs: [10]


def closure_in_while_loop(n):
    fns = []
    i = 0
    while i < n:
        j = i * 10
        fns.append(lambda j=j: j)
        i += 1
    return [f() for f in fns]


# inputs: [3]


def loop_variable_after_loop(xs):
    for x in xs:
        pass
    return x


# inputs: [[1, 2, 3]]


def comprehension_variable_does_not_leak(xs):
    x = "outer"
    ys = [x * 2 for x in xs]
    return [x, ys]


# inputs: [[1, 2]]


def accumulator_factory(start):
    def make():
        total = start

        def add(x):
            nonlocal total
            total = total + x
            return total

        return add

    a = make()
    b = make()
    a(1)
    a(2)
    b(100)
    return [a(0), b(0)]


# inputs: [10]


def sort_key_closure(records, field):
    return sorted(records, key=lambda r: r[field])


# inputs: [[{"a": 2, "b": "x"}, {"a": 1, "b": "y"}], "a"]
# inputs: [[{"a": 2, "b": "y"}, {"a": 1, "b": "x"}], "b"]


def closure_reads_a_variable_assigned_later(x):
    def read():
        return later

    out = []
    try:
        out.append(read())
    except NameError as e:
        out.append(str(e))
    later = x
    out.append(read())
    return out


# inputs: [4]


def nested_recursion_and_lambdas(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)

    twice = lambda v: helper(v) * 2  # noqa: E731

    def helper(v):
        return v + 1

    return [fact(n), twice(n)]


# inputs: [5]


def closure_calls_a_function_defined_later(x):
    def run():
        return step(x)

    out = []
    try:
        out.append(run())
    except NameError as e:
        out.append(str(e))

    def step(v):
        return v * 3

    out.append(run())
    return out


# inputs: [2]
