# `match` cases that are not rewritten into plain tests (desugar.py): refused at the
# pattern, with why.
import math


def binds_in_alternatives(value):
    match value:
        case [x] | {"x": x}:
            return x
    return None


# expect: CP106 8:14


def keyword_sub_patterns(value):
    match value:
        case ValueError(args=a):
            return a
    return None


# expect: CP106 18:14


def positional_sub_patterns_of_a_class(value):
    match value:
        case ValueError(message):
            return message
    return None


# expect: CP106 28:14


def nested_in_a_sequence(value):
    match value:
        case [1, [y] | (y, 0)]:
            return y
    return None


# expect: CP106 38:18


def dotted_mapping_key(value):
    match value:
        case {math.pi: a}:
            return a
    return None


# expect: CP106 48:15
