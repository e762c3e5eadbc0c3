# A nested function calling itself by name reads the name's current value, as Python
# does, also after the name is rebound or the def runs again in a loop.


def rebound(n):
    def g(k):
        return 0 if k == 0 else g(k - 1) + 1

    h = g
    g = lambda k: 100
    return h(n)


# inputs: [3]


def defined_in_a_loop(n):
    fs = []
    for i in range(3):

        def f(k):
            return i if k == 0 else f(k - 1) + 1

        fs.append(f)
    return [f(n) for f in fs]


# inputs: [2]
