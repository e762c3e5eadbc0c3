# Probes: true division of Dash numbers always prints a float.
def open_true_div(x, y):
    try:
        return [str(x / y), f"{x / y}", repr(x / y), "%s" % (x / y), str([x / y][0])]
    except ZeroDivisionError:
        return "ZeroDivisionError"


# inputs: [4, 2]
# inputs: [1, 3]
# inputs: [-6, 3]
# inputs: [0, 5]
# inputs: [1, 0]
# inputs: [true, 1]


def open_str_concat(s, n):
    out = []
    for k in range(3):
        try:
            if k == 0:
                out.append(s + n)
            elif k == 1:
                t = s
                t += n
                out.append(t)
            else:
                out.append(n + s)
        except TypeError:
            out.append("TypeError")
    return out


# inputs: ["a", 1]
# inputs: ["a", null]
# inputs: ["a", [1]]
# inputs: ["a", "b"]
# inputs: [[1], [2]]
# inputs: [1, 2]
