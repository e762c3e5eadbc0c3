# `E & M` with M an int constant below 2**32 keeps the low bits of E in two's
# complement, also past 32 bits and for negative E; `^`, `|`, `&` of ints inside it.


def hashed(text: str):
    h = 5381
    for ch in text:
        h = ((h * 33) ^ ord(ch)) & 0xFFFFFFFF
    return h


# inputs: ["hello world, a longer text to pass 2**32 many times"]
# inputs: [""]


def low_bits(n: int, m: int):
    return [
        n & 0xFF,
        n & 0x7FFFFFFF,
        n & 0xFFFFFFFF,
        n & 0x80000000,
        0xFFFF & n,
        (n ^ m) & 0xFFFFFFFF,
        (n | m) & 0xFF00,
        ((n & m) ^ (n | 7)) & 0xFFFFFFFF,
        n & 0,
    ]


# inputs: [0, 0]
# inputs: [-1, 5]
# inputs: [4294967296, 3]
# inputs: [9007199254740991, -9007199254740991]
# inputs: [-2147483649, 2147483648]
# inputs: [123456789012, -987654321]


def flags(on: bool, n: int):
    return [on & 1, (on ^ True) & 1, (n ^ on) & 0xF]


# inputs: [true, 6]
# inputs: [false, -3]
