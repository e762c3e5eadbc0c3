# A format template written out may name a number's attributes in a field (`{0.real}`);
# any other (a class, an exception's args, a method) has no browser counterpart.


def class_name(v):
    return "{0.__class__.__name__}".format(v)


# expect: CP100 6:12


def exception_args(k: str):
    try:
        return {"a": 1}[k]
    except KeyError as e:
        return "missing {0.args[0]}".format(e)


# expect: CP100 16:16


def in_a_nested_spec(v, w):
    return "{0:{1.keys}}".format(v, w)


# expect: CP100 23:12


def named_through_a_map(row):
    return "{row.items}".format_map({"row": row})


# expect: CP100 30:12
