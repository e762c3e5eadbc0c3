# A range kept or used where it does not act as the list of its ints: CPython's range
# is an object of its own (printed `range(0, 3)`, unequal to a list, unchangeable,
# its errors naming `range`), the compiled one is that list.


def printed_range(n):
    r = range(n)
    return str(r)
# expect: CP100 7:9


def appended_to_a_range(n):
    r = range(n)
    r.append(9)
    return r
# expect: CP100 13:9


def range_compared_with_a_list(n):
    return range(n) == [0, 1, 2]
# expect: CP100 20:12


def range_returned(n):
    return {"x": range(n)}
# expect: CP100 25:18


def range_item_assigned(n):
    r = range(n)
    r[0] = 5
    return list(r)
# expect: CP100 30:9


def range_type_tested(n):
    return isinstance(range(n), list)
# expect: CP100 37:23


def range_indexed(n):
    return range(n)[5]
# expect: CP100 42:12


def range_index_method(n):
    r = range(n)
    return r.index(7)
# expect: CP100 47:9


def range_bound_twice(n, flag):
    r = range(n)
    if flag:
        r = [1]
    return len(r)
# expect: CP100 53:9


def range_added_to_a_tuple(n):
    t = (1,)
    t += range(n)
    return t
# expect: CP100 62:10
