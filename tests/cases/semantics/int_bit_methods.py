# int.bit_length() and int.bit_count() on ints of every size a JS number holds exactly,
# negative ints and bools (a bool is an int).


def bit_sizes(n: int):
    return [n.bit_length(), n.bit_count(), str(n.bit_length()), (n * 2).bit_length()]


# inputs: [0]
# inputs: [1]
# inputs: [-1]
# inputs: [255]
# inputs: [-256]
# inputs: [2147483647]
# inputs: [2147483648]
# inputs: [4294967295]
# inputs: [4294967296]
# inputs: [1125899906842623]
# inputs: [-4503599627370495]


def of_a_bool(flag: bool):
    return [flag.bit_length(), flag.bit_count()]


# inputs: [true]
# inputs: [false]


def permission_bits(masks: list[int]):
    # a mask's highest permission and how many it grants
    return [{"top": m.bit_length() - 1, "granted": m.bit_count()} for m in masks]


# inputs: [[1, 6, 255, 1024, 0]]


def from_len(xs: list[int]):
    return len(xs).bit_length()


# inputs: [[1, 2, 3, 4, 5]]


def bit_method_ref(xs: list[int]):
    return [list(map(int.bit_length, xs)), sorted(xs, key=int.bit_count)]


# inputs: [[3, 8, 255, -7]]


def int_method_refs(xs: list[int]):
    return [sorted(xs, key=int.bit_count), sorted(xs, key=int.bit_length, reverse=True)]


# inputs: [[3, 8, 1]]


def bits_of_dash_ints_past_2_53(n: int):
    """An int Dash sends exactly past 2**53 (2**64, 10**20: below 1e21) has its bits
    counted through BigInt."""
    return [n.bit_length(), n.bit_count(), (-n).bit_length()]


# inputs: [18446744073709551616]
# inputs: [100000000000000000000]
