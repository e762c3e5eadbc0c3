# round(value, 2) of what an Input sends: a number rounds; a str raises CPython's
# TypeError (the message names the type), as does None.


def rounded(value):
    try:
        return round(value, 2)
    except TypeError as e:
        return str(e)


# inputs: [2.675]
# inputs: [3]
# inputs: ["2.7"]
# inputs: ["2.5"]
# inputs: [null]
# inputs: [[2.7]]
# messages
