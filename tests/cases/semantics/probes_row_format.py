# Probes: formatting Dash records with % and str.format.
def percent_with_row(row):
    return [
        "%(name)s is %(age)d" % row,
        "%(name)-6s|%(score).1f" % row,
        "%(missing)s" % {"missing": row.get("x")},
    ]


# inputs: [{"name": "Ann", "age": 31, "score": 9.25}]


def format_with_row_kwargs(row):
    return "{name} is {age}".format(**row)


# inputs: [{"name": "Ann", "age": 31}]


def format_with_row_index(row):
    return ["{0[name]} is {0[age]}".format(row), "{r[name]}".format(r=row)]


# inputs: [{"name": "Ann", "age": 31}]


def format_with_list_args(parts):
    return "{}-{}-{}".format(*parts)


# inputs: [["a", "b", "c"]]


def percent_missing_key(row):
    try:
        return "%(nope)s" % row
    except KeyError as e:
        return ["KeyError", str(e)]


# inputs: [{"name": "Ann"}]
