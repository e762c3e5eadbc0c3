# math's functions take a fixed number of arguments by position: another count raises
# TypeError, where a JS function drops an extra argument or fills a missing one.
import math


def floored(x):
    return math.floor(x, 1)


# inputs: [2.5]


def rooted(x):
    return math.sqrt(x, 2)


# inputs: [4.0]


def summed(xs):
    return math.fsum(xs, 1)


# inputs: [[1.5, 2]]


def angle(pair):
    return math.atan2(*pair)


# inputs: [[3, 4]]
# inputs: [[3, 4, 5]]
# inputs: [[3]]


def powered(x):
    return math.pow(x)


# inputs: [2.0]


def by_keyword(x):
    return math.sqrt(x=x)


# inputs: [4.0]


def products(xs):
    return [math.prod(xs), math.prod(xs, start=2), math.prod([], start=0.5)]


# inputs: [[2, 3]]
# inputs: [[1.5, 2]]


def logs(x):
    return [math.log(x), math.log(x, 2), math.gcd(), math.hypot()]


# inputs: [8]
