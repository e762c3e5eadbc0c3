# `match` cases that are not rewritten into plain tests (desugar.py): refused at the
# pattern, with why.


def binds_in_alternatives(value):
    match value:
        case [x] | {"x": x}:
            return x
    return None


# expect: CP106 7:14


def keyword_sub_patterns(value):
    match value:
        case ValueError(args=a):
            return a
    return None


# expect: CP106 17:14


def positional_sub_patterns_of_a_class(value):
    match value:
        case ValueError(message):
            return message
    return None


# expect: CP106 27:14


def nested_in_a_sequence(value):
    match value:
        case [1, [y] | (y, 0)]:
            return y
    return None


# expect: CP106 37:18
