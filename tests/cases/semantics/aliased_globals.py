# Module-level containers read through another name (tests/cases/refuse/aliased_globals.py
# has the ones stored into that way).

_READ_ONLY_RATES = [1.0, 2.5]


def read_only_alias_of_a_global(k):
    # Only read through the alias: its items are still the floats it was made with.
    rates = _READ_ONLY_RATES
    return [str(rates[0]), str(rates[k] * 2)]


# inputs: [1]
