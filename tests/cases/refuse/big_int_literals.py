# An int literal past 2**53 in a function: a JS number cannot hold it (a module-level
# one is refused as a constant, CP111).


def past_two_to_53():
    return 9007199254740993
# expect: CP100 6:12


def negative_and_in_a_comparison(x):
    return [-18014398509481985, x < 12345678901234567891]
# expect: CP100 11:14
# expect: CP100 11:37

