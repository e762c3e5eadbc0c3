# A nested function or lambda left to a float default has that float, printed as one.


def defaults_taken(n):
    def g(x=2.0):
        return str(x)

    def total(start=0.0):
        for x in range(n):
            start += x
        return f"{start}"

    half = lambda k=n / 2: repr(k)
    return [g(), total(), half(), isinstance(g(), str)]


# inputs: [3]
# inputs: [4]


def defaults_and_given(n):
    def scaled(x, by=1.5):
        return x * by

    return [str(scaled(n)), str(scaled(n, 2.0))]


# inputs: [2]
