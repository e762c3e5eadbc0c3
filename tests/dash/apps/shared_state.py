"""Two callbacks sharing a module-level list (used by test_shared_constants.py)."""

SEEN = []


def remember(value):
    SEEN.append(value)
    return len(SEEN)


def count():
    return len(SEEN)


ROW = {"n": 0}
TABLE = [ROW, ROW]


def bump():
    TABLE[0]["n"] += 1
    return TABLE[1]["n"]


def peek():
    return ROW["n"]
