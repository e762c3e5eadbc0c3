# Probes: str.format with nested replacement fields.
def sf1(s):
    return "{0:{1}}".format(s, 6)


# inputs: ["ab"]


def sf2(s):
    return "{:{}}".format(s, 6)


# inputs: ["ab"]


def sf3(s):
    return "{:{fill}^9}".format(s, fill="*")


# inputs: ["ab"]


def sf4(s):
    return "{0[k][0]}".format({"k": [s]})


# inputs: ["ab"]


def sf5(n: int):
    return "{:05.1f}".format(n)


# inputs: [7]
