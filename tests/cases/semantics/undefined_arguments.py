# An argument passed as undefined (an unset Dash prop) is None to the Python code, also
# where it meets a default: a helper's default parameter, max's default=, d.pop's
# default, enumerate's start.


def undef_max_default(x):
    return max([], default=x)


# inputs-undef: [null]


def undef_min_default(x):
    return min([], default=x)


# inputs-undef: [null]


def undef_next_default(x):
    return next(iter([]), x)


# inputs-undef: [null]


def undef_setdefault_made(x):
    d = {}
    v = d.setdefault("k", x)
    return [v is None, "k" in d, len(d)]


# inputs-undef: [null]


def undef_dict_get_default_len(x):
    d = {"a": 1}
    v = d.pop("z", x)
    return v


# inputs-undef: [null]


def undef_sum_start(x):
    return sum([], x)


# inputs-undef: [null]


def undef_enumerate_start(x):
    return list(enumerate("ab", x))


# inputs-undef: [null]
# messages


def undef_sorted_reverse(x):
    return sorted([2, 1], reverse=x)


# inputs-undef: [null]
# messages


def undef_list_index_start(x):
    return [1, 2].index(2, x)


# inputs-undef: [null]
# messages


def undef_pop_index(x):
    return [1, 2].pop(x)


# inputs-undef: [null]
# messages


def undef_range(x):
    return list(range(x))


# inputs-undef: [null]
# messages


def helper_default(a, b=5):
    return [a, b]


def undef_user_default(x):
    return helper_default(1, x)


# inputs-undef: [null]


def undef_user_kw_default(x):
    return helper_default(1, b=x)


# inputs-undef: [null]


def undef_lambda_default(x):
    f = lambda a, b="dflt": b
    return f(1, x)


# inputs-undef: [null]


def undef_pop_plain(d, x):
    return d.pop("zz", x)


# inputs-undef: [{"a": 1}, null]


def undef_nested_default(x):
    def inner(v=[1]):
        return v

    return inner(x)


# inputs-undef: [null]


def undef_max_key_default(xs, x):
    return max(xs, key=len, default=x)


# inputs-undef: [[], null]


def undef_int_base(s, x):
    return int(s, x)


# inputs-undef: ["12", null]
# messages


def undef_dict_ctor_arg(x):
    return dict(x)


# inputs-undef: [null]
# messages
