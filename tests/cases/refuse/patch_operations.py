# A Patch records +=, -=, *=, /= and |= at an item (CPython's Patch has no `//`, `%`...:
# TypeError there), and has the methods append, prepend, insert, extend, remove, update,
# clear and reverse; any other method is none of its (an attribute is a sub-patch).

from dash import Patch


def floor_divided(n):
    p = Patch()
    p["count"] //= 2
    return p
# expect: CP100 10:5


def sorted_in_place(n):
    p = Patch()
    p["rows"].sort()
    return p
# expect: CP116 17:5


def method_as_value(n):
    p = Patch()
    add = p.append
    add(n)
    return p
# expect: CP116 24:11
