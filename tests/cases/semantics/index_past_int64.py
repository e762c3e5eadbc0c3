# An index from 2**63 on (a big id used as a position) fails as CPython's conversion to
# a C integer does, before the bounds are looked at.


# messages
def picked(items, i):
    try:
        return items[i]
    except IndexError as e:
        return f"IndexError: {e}"


# inputs: [[1, 2], 100000000000000000000]
# inputs: [[1, 2], -100000000000000000000]
# inputs: ["ab", 100000000000000000000]
# inputs: [[1, 2], 9007199254740993]
# inputs: [[1, 2], 1]
# inputs: [[1, 2], -3]
