# Module-level sets of scalars are constants as lists and dicts are: one object per
# bundle, shared by every name and callback that reaches it, changed in place as in
# Python; members equal in Python (1, 1.0, True) collapse as CPython collapsed them.

ALLOWED = {"png", "jpg", "gif"}
CODES = {3, 1, 2, 1.0, True}
ALIAS = ALLOWED
SEEN = set()


def allowed(ext):
    return ext in ALLOWED, ext not in CODES, len(ALLOWED), sorted(ALLOWED)


# inputs: ["png"]
# inputs: [1]
# inputs: ["x"]


def codes():
    return list(CODES), str(CODES), sorted(CODES | {0})


# inputs: []


def remember(x):
    SEEN.add(x)
    ALIAS.add("bmp")
    return len(SEEN), "bmp" in ALLOWED, sorted(SEEN)


# inputs: [1]
# inputs: [2]
