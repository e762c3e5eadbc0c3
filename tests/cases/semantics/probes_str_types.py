# Probes: str methods called with arguments of the wrong type.
def str_methods_wrong_types(s, v):
    out = []
    for k in range(10):
        try:
            if k == 0:
                out.append(s.startswith(v))
            elif k == 1:
                out.append(s.split(v))
            elif k == 2:
                out.append(s.replace(v, "x"))
            elif k == 3:
                out.append(s.find(v))
            elif k == 4:
                out.append(s.count(v))
            elif k == 5:
                out.append(s.center(v))
            elif k == 6:
                out.append(s.strip(v))
            elif k == 7:
                out.append(s.join([v]))
            elif k == 8:
                out.append(s + v)
            else:
                out.append(v in s)
        except TypeError:
            out.append("TypeError")
    return out


# inputs: ["a1b", 1]
# inputs: ["a1b", null]
# inputs: ["a1b", ["1"]]
# inputs: ["a1b", 2.5]
# inputs: ["aTrueb", true]


def str_mul_types(s, n):
    try:
        return s * n
    except TypeError:
        return "TypeError"


# inputs: ["ab", 2.5]
# inputs: ["ab", "2"]
# inputs: ["ab", true]
# inputs: ["ab", -1]
# inputs: ["ab", null]


def list_methods_wrong_types(xs, v):
    out = []
    for k in range(4):
        try:
            if k == 0:
                out.append(xs.index(v))
            elif k == 1:
                ys = list(xs)
                ys.insert(v, "x")
                out.append(ys)
            elif k == 2:
                out.append(xs[v:])
            else:
                out.append(list(xs).pop(v))
        except (TypeError, ValueError, IndexError) as e:
            out.append(isinstance(e, TypeError))
    return out


# inputs: [["a", "b"], "1"]
# inputs: [["a", "b"], 1.5]
# inputs: [["a", "b"], true]
# inputs: [["a", "b"], null]


def int_str_concat_errors(n: int, s):
    out = []
    for k in range(3):
        try:
            if k == 0:
                out.append(n + s)
            elif k == 1:
                out.append(s + n)
            else:
                out.append(s * s)
        except TypeError:
            out.append("TypeError")
    return out


# inputs: [1, "a"]


def list_index_types(xs, i):
    try:
        return xs[i]
    except TypeError:
        return "TypeError"
    except IndexError:
        return "IndexError"


# inputs: [["a", "b"], "0"]
# inputs: [["a", "b"], 0.5]
# inputs: [["a", "b"], [0]]
# inputs: ["ab", true]
