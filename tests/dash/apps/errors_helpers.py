"""A function of another module, called by a callback of errors.py."""


def lookup(table, key):
    return table[key]
