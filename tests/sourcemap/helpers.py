"""Functions of another module that the callbacks call: mapped to this file."""


def scale(values, factor):
    out = []
    for v in values:
        out.append(v * factor)
    return out


def lookup(table, key):
    return table[key]
