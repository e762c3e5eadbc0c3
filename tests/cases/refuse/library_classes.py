# A class or a builtin function of the standard library (or any installed package)
# imported by name is a library's, refused as its functions are (CP109), not as data
# of the app that cannot be sent (CP111).
from collections import Counter, defaultdict
from functools import reduce


def counted(xs):
    return Counter(xs)
# expect: CP109 9:12


def grouped(rows):
    groups = defaultdict(list)
    return groups
# expect: CP109 14:14


def total(xs):
    return reduce(lambda a, b: a + b, xs)
# expect: CP109 20:12
