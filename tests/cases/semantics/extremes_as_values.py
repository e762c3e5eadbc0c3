# max and min as values, called like any function value.


def picked(xs, high):
    pick = max if high else min
    return [
        pick(xs),
        pick(xs[0], xs[-1]),
        list(map(max, [xs, xs[:1]])),
        list(map(min, xs, xs[::-1])),
    ]


# inputs: [[3, 1, 2], true]
# inputs: [[3, 1, 2], false]
# inputs: [["b", "a"], true]


def empty_raises(high):
    pick = max if high else min
    try:
        return pick([])
    except ValueError as e:
        return str(e)


# inputs: [true]
# inputs: [false]
# messages
