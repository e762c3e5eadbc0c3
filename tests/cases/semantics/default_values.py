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


def _cached_double(n, cache={}):
    if n not in cache:
        cache[n] = n * 2
    return cache[n]


def memo_shared_by_versions(x: int):
    """A mutable default is one object for every typed version of its function: the
    version for ints may read back a float the version for floats stored."""
    _cached_double(x / 2)
    return _cached_double(2) == 4.0, _cached_double(x) > 3, f"{_cached_double(2):.1f}"


# inputs: [4]
# inputs: [3]
