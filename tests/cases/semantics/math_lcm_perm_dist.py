# math.lcm, math.perm and math.dist: exact ints (past 2**53 OverflowError, where
# CPython's int grows: test_int_overflow.py), CPython's checks in their order, and
# dist's correctly rounded norm.
import math


# messages
def lcms(xs):
    return [math.lcm(*xs), math.lcm(), math.lcm(xs[0]), math.lcm(-4, 6)]


# inputs: [[4, 6]]
# inputs: [[0, 5]]
# inputs: [[-3, 7, 14]]
# inputs: [[true, 6]]
# inputs: [[4.5, 6]]
# inputs: [["a"]]


# messages
def perms(n, k):
    return [math.perm(n, k), math.perm(n)]


# inputs: [5, 2]
# inputs: [5, 6]
# inputs: [5, null]
# inputs: [0, 0]
# inputs: [-1, 2]
# inputs: [5, -1]
# inputs: [true, false]
# inputs: [5.5, 2]
# inputs: [3, "1"]
# inputs: [18, 18]


# messages
def distance(p, q):
    return math.dist(p, q)


# inputs: [[0, 0], [3, 4]]
# inputs: [[1.5, -2.25, 3], [0.1, 0.2, 0.3]]
# inputs: [[], []]
# inputs: [[7], [2]]
# inputs: [[1, 2], [1]]
# inputs: [[1, "a"], [1, 2]]
# inputs: [[true], [2]]
# inputs: [null, [1]]
# inputs: [[1], 5]
# inputs: ["ab", "cd"]
# inputs: [{"1": 2}, {"3": 4}]
# inputs: [[1e308, 1e308], [-1e308, -1e308]]
# inputs: [[1e-320, 0], [0, 1e-320]]
# inputs: [[0.1, 0.7, 1e16], [0.3, 0.2, 1]]


def nearest(points, target):
    """The point of a scatter closest to a click (`clickData`), and its distance."""
    best = min(points, key=lambda p: math.dist(p, target))
    return {"point": best, "distance": round(math.dist(best, target), 3)}


# inputs: [[[0, 0], [3, 4], [1, 1]], [2, 2]]
# inputs: [[[1.5, 2.5]], [0, 0]]
