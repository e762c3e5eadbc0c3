# One function per diagnostic code, for tests/refuse/test_catalogue.py (message and
# hint of each code) and test_refuse.py (positions).
import json
import math
import os

from clientpy import js

SENTINEL = object()


class Plain:
    pass

_NO_SOURCE = eval("lambda x: x")


async def cp100(xs):
    async for x in xs:
        return x
# expect: CP100 19:5


def cp101(x):
    class Point:
        pass
    return x
# expect: CP101 25:5


def cp102(xs):
    yield xs
# expect: CP102 32:5


def cp103(lock):
    with lock:
        return 1
# expect: CP103 37:5


def cp104(x):
    global SENTINEL
    return x
# expect: CP104 43:5


def cp105(x):
    import os
    return os.sep + x
# expect: CP105 49:5


def cp106(x):
    match x:
        case [y] | [y, _]:
            return y
    return "other"
# expect: CP106 56:14


def cp107(d):
    del d.a
    return 1
# expect: CP107 63:9


async def cp108(xs):
    return [await x for x in xs]
# expect: CP108 69:13


def cp109(x):
    return os.getcwd()
# expect: CP109 74:12


def cp110(x):
    return window.title
# expect: CP110 79:12


def cp111(x):
    return SENTINEL
# expect: CP111 84:12


def cp112(path):
    return open(path)
# expect: CP112 89:12


def cp113(x):
    return js.fetch(x, method="POST")
# expect: CP113 94:31


def cp114(x):
    return isinstance(x)
# expect: CP114 99:12


def cp115(n):
    total = n ** 2  # an int to a negative power is a float
    return f"{total}"
# expect: CP115 105:15


def cp116(x):
    return math.nothing(x)
# expect: CP116 110:12


def cp118(x):
    return js
# expect: CP118 115:12


def cp119(x):
    return _NO_SOURCE(x)
# expect: CP119 120:12


def cp121(x):
    return isinstance(x, Plain)
# expect: CP111 125:26
# expect: CP121 125:26


def cp122(x: float):
    return list(map(json.dumps, [x / 2]))
# expect: CP122 131:21
