# ascii(x): the repr with every non-ASCII character escaped, as `f"{x!a}"` gives it.


def ascii_of_values(x):
    return [ascii(x), ascii([x, "\u00e9"]), f"{x!a}"]


# inputs: ["h\u00e9llo\ud83d\ude00\n"]
# inputs: [3]
# inputs: [2.5]
# inputs: [null]
# inputs: [{"\u00fc": 1.5, "k": [true]}]


def ascii_of_a_float(n: int):
    return ascii(n / 2) + ascii([n / 4])


# inputs: [4]
# inputs: [3]
