# Probes: closures, late binding, nonlocal, walrus, mutable defaults, recursion.


def late_binding_lambdas(n: int):
    fs = [lambda: i for i in range(n)]
    gs = [lambda i=i: i for i in range(n)]
    hs = []
    for j in range(n):
        hs.append(lambda: j)
    ks = []
    for j in range(n):

        def k(j=j):
            return j * 10

        ks.append(k)
    return [[f() for f in fs], [g() for g in gs], [h() for h in hs], [k() for k in ks]]


# inputs: [3]


def loop_var_after_loop(xs):
    i = "unset"
    for i in xs:
        pass
    return i


# inputs: [[1, 2, 3]]
# inputs: [[]]


def closure_sees_rebinding():
    x = 1

    def get():
        return x

    a = get()
    x = 2
    b = get()
    return [a, b]


# inputs: []


def nonlocal_counter(n: int):
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count

    for _ in range(n):
        inc()
    inc(10)
    return count


# inputs: [3]


def nested_nonlocal():
    x = 0

    def outer():
        def inner():
            nonlocal x
            x += 1

        inner()
        inner()
        return x

    return [outer(), x]


# inputs: []


def nonlocal_in_nested_layers():
    x = "a"

    def f():
        x = "b"

        def g():
            nonlocal x
            x = "c"

        g()
        return x

    return [f(), x]


# inputs: []


def comprehension_scope(xs):
    x = "outer"
    ys = [x for x in xs]
    return [x, ys]


# inputs: [[1, 2]]


def comprehension_closure_capture(xs):
    fs = {k: (lambda: k) for k in xs}
    return [f() for f in fs.values()]


# inputs: [["a", "b"]]


def walrus_in_comprehension(xs):
    out = [y for x in xs if (y := x * 2) > 2]
    return [out, y]


# inputs: [[1, 2, 3]]


def walrus_in_while(xs):
    it = list(xs)
    out = []
    while (n := len(it)) > 1:
        out.append(n)
        it.pop()
    return [out, n]


# inputs: [[1, 2, 3, 4]]


def walrus_in_any(xs):
    if any((hit := x) > 5 for x in xs):
        return ["found", hit]
    return ["none", hit if xs else None]


# inputs: [[1, 7, 9]]
# inputs: [[1, 2]]


def mutable_default(x, acc=[]):
    acc.append(x)
    return list(acc)


def calls_mutable_default(x):
    return [mutable_default(x), mutable_default(x + 1), mutable_default(0, [])]


# inputs: [1]
# inputs: [5]


def default_evaluated_once():
    def f(d={}):
        d["n"] = d.get("n", 0) + 1
        return d["n"]

    return [f(), f(), f({})]


# inputs: []


def recursion_fib(n: int):
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)

    return [fib(i) for i in range(n)]


# inputs: [15]


def mutual_recursion(n: int):
    def even(k):
        return True if k == 0 else odd(k - 1)

    def odd(k):
        return False if k == 0 else even(k - 1)

    return [even(n), odd(n)]


# inputs: [10]
# inputs: [7]


def closure_over_param_reassigned(x):
    def f():
        return x

    x = x * 2
    return f()


# inputs: [3]


def lambda_in_sort_capturing(xs, rev):
    w = {"a": 2, "b": 1}
    return sorted(xs, key=lambda k: w.get(k, 0) * (-1 if rev else 1))


# inputs: [["a", "b", "c"], true]
# inputs: [["a", "b", "c"], false]


def shadowing_in_nested():
    x = 1

    def f():
        x = 2

        def g():
            return x

        return g()

    return [f(), x]


# inputs: []


def closure_in_loop_with_break(xs):
    fs = []
    for x in xs:
        if x > 2:
            break
        fs.append(lambda y, x=x: x + y)
    return [f(100) for f in fs]


# inputs: [[1, 2, 3, 4]]


def nested_comprehension_scopes(n: int):
    return [[(i, j) for j in range(i)] for i in range(n)]


# inputs: [4]


def comprehension_uses_class_level_like():
    base = 10
    return [base + i for i in range(3)], {i: base for i in range(2)}


# inputs: []


def generator_late_binding(n: int):
    gens = [(x * k for x in range(3)) for k in range(n)]
    k = 100
    return [list(g) for g in gens]


# inputs: [2]


def deep_recursion(n: int):
    def depth(k):
        return 0 if k == 0 else 1 + depth(k - 1)

    return depth(n)


# inputs: [500]
