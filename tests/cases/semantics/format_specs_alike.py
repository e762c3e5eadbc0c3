# str.format with specs that print ints and floats alike (.2f, e, g, %) takes values
# that may be either, as f-strings and format() do: format(2, ".2f") is '2.00'.


def totals(xs):
    t = sum(xs)
    return [
        "{:.2f}".format(t),
        "{:.2f} of {}".format(t, len(xs)),
        "{0:e}|{0:g}".format(t),
    ]


# inputs: [[1, 2]]
# inputs: [[1.5, 2]]
# inputs: [[]]


def shares(a, b):
    return "{share:.1%} of {total:,.0f}".format(share=a / (a + b), total=a + b)


# inputs: [1, 3]
# inputs: [0.5, 2.5]
