# Floats stored into Dash's data (and float keys into dicts) through items, loops,
# aliases and nested functions: printing that data afterwards is refused.


def view_joined_with_floats():
    d = {"a": 1}
    return repr(list(d.keys() | {1.0}))
# expect: CP115 7:17


def dash_dict_keys_joined_with_floats(dd):
    return repr(sorted(dd.keys() | {1.0}, key=repr))
# expect: CP115 12:17


def float_key_into_rebound_dict(dd):
    d = {True: "a"}
    d[2.0] = "z"
    r = repr(d)
    d = dd
    return r
# expect: CP115 19:14


def float_key_into_one_of_two(dd, c):
    d = {"a": 1} if c else dd
    d.setdefault(2.0, 1)
    return repr(d)
# expect: CP115 28:17


def float_stored_into_an_item(dd):
    dd["b"][0] = 2.0
    return repr(dd)
# expect: CP115 34:17


def float_stored_through_loop(rows):
    for r in rows:
        r["v"] = r["v"] * 1.0
    return repr(rows)
# expect: CP115 41:17


def float_appended_through_alias(xs):
    ys = xs
    ys.append(2.0)
    return repr(xs)
# expect: CP115 48:17


def float_appended_among_dash_floats(xs: list[float]):
    ys = [xs]
    ys[0].append(2.0)
    return repr(xs)
# expect: CP115 55:17


def float_stored_by_a_nested_function(dd):
    def put():
        dd["v"] = 2.0

    put()
    return repr(dd)
# expect: CP115 64:17


def float_stored_into_what_a_nested_function_is_given(dd):
    def put(d):
        d["v"] = 2.0

    put(dd)
    return repr(dd)
# expect: CP115 73:17


def _put(d):
    d["v"] = 2.0


def float_stored_by_a_helper_into_what_it_is_given(dd):
    _put(dd)
    return repr(dd)
# expect: CP115 83:17


def float_stored_by_a_helper_into_a_part(dd):
    _put(dd["a"])
    return repr(dd)
# expect: CP115 89:17


def float_stored_by_a_lambda_into_what_it_is_given(dd):
    put = lambda d: d.update(v=2.0)  # noqa: E731
    put(dd)
    return repr(dd)
# expect: CP115 96:17


def _put_keyed(d, *, key="v", value=2.0):
    d[key] = value


def float_stored_by_a_helper_with_keyword_only_parameters(dd):
    _put_keyed(dd)
    return repr(dd)
# expect: CP115 106:17


def float_stored_by_a_helper_given_the_data_by_keyword(dd):
    _put_keyed(d=dd, key="w")
    return repr(dd)
# expect: CP115 112:17


def _fill_into(*, target, rows):
    for r in rows:
        target.append(r)
    target.append(0.5)


def float_stored_into_a_keyword_only_parameter(dd):
    _fill_into(rows=[1], target=dd["xs"])
    return repr(dd)
# expect: CP115 124:17


def _styled(fig, **kw):
    fig["layout"]["w"] = 2.0
    return kw


def float_stored_by_a_helper_with_keyword_arguments(dd):
    _styled(dd, color="red")
    return repr(dd)
# expect: CP115 135:17


def _tag_all(*rows):
    for r in rows:
        r["t"] = 0.5


def float_stored_into_what_args_collect(dd):
    _tag_all(dd["a"], dd["b"])
    return repr(dd)
# expect: CP115 146:17


def _keep_in(box, **parts):
    box.append(parts)


def float_stored_into_what_kwargs_collect(dd):
    out = []
    _keep_in(out, part=dd)
    out[0]["part"]["v"] = 2.0
    return repr(dd)
# expect: CP115 158:17
