# `xs[i] op= v` on a list at an int: in range, at a negative index counted from the
# end, and out of range (IndexError before v is computed).


def item_updates(n: int, i: int):
    xs = [v * 1.5 for v in range(n)]
    ys = [0] * n
    for j in range(n):
        ys[j] += j * 2
    xs[i] += 1
    ys[i] *= 3
    ys[-1] -= 3
    return [xs, ys]


# inputs: [4, 1]
# inputs: [4, -1]
# inputs: [4, -4]
# inputs: [4, 4]
# inputs: [4, -5]
# inputs: [0, 0]


def update_order(i: int):
    log = []
    xs = [10, 20]

    def value():
        log.append("value")
        return 1

    try:
        xs[i] += value()
    except IndexError as e:
        log.append(str(e))
    return [xs, log]


# inputs: [0]
# inputs: [-1]
# inputs: [2]
