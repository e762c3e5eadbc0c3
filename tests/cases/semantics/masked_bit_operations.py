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


# Inside the mask `*` is Math.imul, `+`/`-` are cut to 32 bits, `<<` by a constant
# below 32 is JS's: only the low 32 bits count, so a product past 2**53 (which alone
# would be an OverflowError here) gives CPython's answer; `E % 2**k` is `E & (2**k-1)`.


def fnv1a(ids: list[str]):
    out = []
    for s in ids:
        h = 2166136261
        for ch in s:
            h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
        out.append(h % 7)
    return out


# inputs: [["alpha", "beta", "Zoë", "東京", "😀x", ""]]


def lcg(seed: int, n: int):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(state)
    return [out, (seed * 636413622384679 + 1) % 2**32, (seed * 69069 + 1) % (1 << 32)]


# inputs: [42, 5]
# inputs: [-7, 3]
# inputs: [9007199254740991, 2]
# inputs: [-9007199254740991, 2]


def shifted_sums(n: int, m: int):
    return [
        ((n << 5) + n + m) & 0xFFFFFFFF,
        ((n << 31) - m) & 0xFFFFFFFF,
        (n - m * 3 - 2147483649) & 0x7FFFFFFF,
        (n * m * n) & 0xFF,
        (n * 2**40) & 0xFFFFFFFF,
        ((n << 32) + m) & 0xFFFFFFFF,
        n % 2,
        n % 4294967296,
        -n % 8,
        (n + m) % 65536,
        (n * m) % 2**32,
        (m - n) % 2,
    ]


# inputs: [0, 0]
# inputs: [1, -1]
# inputs: [-5, 3]
# inputs: [4294967295, 4294967295]
# inputs: [9007199254740991, -9007199254740991]
# inputs: [123456789012, -987654321]


def with_bools(on: bool, n: int):
    return [(on * n) & 0xF, (on + on + n) % 4, (on << 3) & 0xFF, (n - on) % 2]


# inputs: [true, 6]
# inputs: [false, -3]


def not_ints(x: float, n):
    # a float or a value of open type: not the 32-bit path
    return [x % 2, n % 2**32]


# inputs: [2.5, 7]
# inputs: [-0.5, -7]
# inputs: [3.0, 2.5]
