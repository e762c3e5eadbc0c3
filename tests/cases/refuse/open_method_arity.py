# A method called on a value of open type with a count of positional arguments that no
# type having the method takes: CPython's TypeError whatever the value is.


def count_of_nothing(xs):
    return xs.count()
# expect: CP114 6:12


def index_of_nothing(xs):
    return xs.index()
# expect: CP114 11:12


def remove_nothing(xs):
    xs.remove()
    return xs
# expect: CP114 16:5


def pop_two(xs):
    return xs.pop(1, 2, 3)
# expect: CP114 22:12
