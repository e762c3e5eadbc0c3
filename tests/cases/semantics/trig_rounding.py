# math's trigonometric functions to the last digit, as CPython's C library gives them:
# the JS engine's own are an ulp off for a few arguments in a hundred. (glibc's are too,
# for about one in a thousand, where clientpy gives the nearest float: math.sin(0.2466)
# is ...844 in CPython, ...847 the nearest; the README's known gaps. The grids below
# hold none of those.)
import math


def haversine_legs(points: list[list[float]]):
    legs = []
    for i in range(1, len(points)):
        lat1, lon1 = points[i - 1]
        lat2, lon2 = points[i]
        p1 = math.radians(lat1)
        p2 = math.radians(lat2)
        dl = math.radians(lon2 - lon1)
        a = (
            math.sin((p2 - p1) / 2) ** 2
            + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        )
        legs.append(repr(2 * 6371.0 * math.asin(math.sqrt(a))))
        legs.append(repr(math.degrees(math.atan2(lat2 - lat1, lon2 - lon1))))
    return legs


# inputs: [[[48.8566, 2.3522], [51.5074, -0.1278], [40.7128, -74.006], [-33.8688, 151.2093]]]
# inputs: [[[0.0, 0.0], [0.001, 0.001], [0.0011, 0.0009], [89.9, 179.9], [-89.9, -179.9]]]


def trig_grid(step: float, count: int):
    out = []
    for i in range(-count, count + 1):
        x = i * step
        out.append(
            repr(math.sin(x)) + " " + repr(math.cos(x)) + " " + repr(math.atan(x))
        )
        if -1 <= x <= 1:
            out.append(repr(math.asin(x)) + " " + repr(math.acos(x)))
        out.append(repr(math.atan2(x, step * 3 - x)))
    return out


# inputs: [0.0131, 60]
# inputs: [0.29, 40]
# inputs: [1.9, 30]
# inputs: [1234.5678, 20]


def atan2_tiny(pairs):
    return [repr(math.atan2(y, x)) for y, x in pairs]


# inputs: [[[1e-310, 1e-310], [-1e-310, 1e-310], [5e-324, 5e-324], [1e-309, 3e-309], [2e-323, -7e-323], [-5e-324, -5e-324], [1e-310, 1e-290]]]
