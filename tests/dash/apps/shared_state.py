"""Two callbacks sharing a module-level list (used by test_shared_constants.py)."""

SEEN = []


def remember(value):
    SEEN.append(value)
    return len(SEEN)


def count():
    return len(SEEN)
