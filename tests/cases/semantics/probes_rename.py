# Probes: Python names next to the names JS reserved words are renamed to.
def rename_collisions(x):
    new = 1
    new_ = 2
    _new = 3
    new__ = 4
    delete = 5
    delete_ = 6
    this = 7
    this_ = 8
    arguments = 9
    arguments_ = 10
    return [new, new_, _new, new__, delete, delete_, this, this_, arguments, arguments_]


# inputs: [0]


def rename_collisions_params(new, new_, new__):
    return [new, new_, new__]


# inputs: [1, 2, 3]


def rename_collisions_functions(x):
    def new():
        return "new"

    def new_():
        return "new_"

    def py_new():
        return "py_new"

    return [new(), new_(), py_new()]


# inputs: [0]


def rename_collisions_kwargs(x):
    def f(new=0, new_=0):
        return [new, new_]

    return [f(new=1), f(new_=2), f(new=3, new_=4)]


# inputs: [0]


def rename_collisions_globals(x):
    window = "w"
    window_ = "w_"
    document = "d"
    globalThis = "g"
    globalThis_ = "g_"
    undefined = "u"
    undefined_ = "u_"
    NaN_ = 1
    NaN = 2
    return [
        window,
        window_,
        document,
        globalThis,
        globalThis_,
        undefined,
        undefined_,
        NaN,
        NaN_,
    ]


# inputs: [0]


def rename_collisions_comprehension(xs):
    return [[new + new_ for new, new_ in xs], {this: this_ for this, this_ in xs}]


# inputs: [[[1, 2], [3, 4]]]


def rename_collision_with_helper_names(x):
    py_str = "user"
    py_str_ = "user_"
    py_len = [1]
    return [py_str, py_str_, py_len, str(x), len(py_len)]


# inputs: [5]


def rename_nonlocal_collision():
    new = 0
    new_ = 100

    def bump():
        nonlocal new, new_
        new += 1
        new_ += 1

    bump()
    return [new, new_]


# inputs: []


def rename_lambda_params(x):
    f = lambda new, new_: [new, new_]
    return f(x, x + 1)


# inputs: [1]
