# A default is evaluated once, when the def runs: every call that takes it gets the same
# object, also when the calls pass arguments of different types (each type a version of
# the function in JS).


def _add_to(x, acc=[]):
    acc.append(x)
    return len(acc)


def versions_share_a_default(n: int):
    return [_add_to(n), _add_to(n / 2), _add_to("a"), _add_to(n, [])]


# inputs: [3]


def _tally(key, counts={}):
    counts[key] = counts.get(key, 0) + 1
    return counts[key]


def dict_default_across_versions(n):
    return [_tally(n), _tally(n), _tally(n + 1), _tally(str(n))]


# inputs: [1]
