# pow(a, b, m) with a modulus past 2**52 (up to 2**53): the products are taken in BigInt.


def powmod(a: int, b: int, m: int):
    try:
        return pow(a, b, m)
    except ValueError as e:
        return str(e)


# inputs: [3, 1000000, 9007199254740881]
# inputs: [9007199254740880, 2, 9007199254740881]
# inputs: [2, -1, 9007199254740881]
# inputs: [6, -1, 9007199254740880]
# inputs: [3, 5, -9007199254740881]
# inputs: [0, 0, 9007199254740881]
# inputs: [-7, 3, 9007199254740880]
# inputs: [5, 3, 4503599627370497]
# messages
