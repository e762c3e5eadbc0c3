# `[c] * n` with a constant item and an int count (made as one filled array): negative
# and zero counts, the count on either side, floats that still print as floats, and
# rows filled in afterwards.


def constant_rows(n: int):
    zeros = [0.0] * n
    blanks = n * [None]
    words = [""] * -2
    flags = [True] * 3
    for i in range(len(zeros)):
        zeros[i] += i / 2
    return [zeros, blanks, words, flags, [1] * n, str([0.0] * n), len([7] * n)]


# inputs: [3]
# inputs: [0]
# inputs: [-4]
