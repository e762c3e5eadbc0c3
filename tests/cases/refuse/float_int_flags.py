# Where CPython reads an argument as an int (a flag such as `reverse=`, a count, an
# index), any float raises TypeError, 2.0 too; a float the compiler knows of is refused
# there, also in the unbound form of a method (`str.center(s, w)`).
import json


def sorted_reverse_float(n: int, xs: list[int]):
    return sorted(xs, reverse=n / 2)


# expect: CP121 8:31


def sort_reverse_float(n: int, xs: list[int]):
    xs.sort(reverse=n / 4)
    return xs


# expect: CP121 15:21


def splitlines_keepends_float(n: int, s: str):
    return s.splitlines(n / 2)


# expect: CP121 23:25


def dumps_indent_float(n: int, xs: list[int]):
    return json.dumps(xs, indent=n / 2)


# expect: CP121 30:34


def unbound_str_center(n: int, s: str):
    return str.center(s, n / 2)


# expect: CP121 37:26


def unbound_list_insert(n: int, xs: list[int]):
    list.insert(xs, n / 2, 0)
    return xs


# expect: CP121 44:21


def unbound_str_split(n: int, s: str):
    return str.split(s, ",", n / 2)


# expect: CP121 52:30
