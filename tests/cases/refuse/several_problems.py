# Problems found while checking the subset and while lowering are reported together.


def several_problems(x):
    a = id(x)
    b = type(x)
    c = b"raw"
    return [a, b, c, ...]
# expect: CP112 5:9
# expect: CP112 6:9
# expect: CP100 7:9
# expect: CP100 8:22
