# The methods of str, list and dict take their arguments by position only, as in
# CPython (split, rsplit, splitlines and expandtabs take keywords too; sort only them).


def _attempt(call):
    try:
        return call()
    except TypeError:
        return "TypeError"


def str_keywords(s):
    return [
        _attempt(lambda: s.replace(old="a", new="b")),
        _attempt(lambda: s.find("a", start=2)),
        _attempt(lambda: s.startswith(prefix="b")),
        _attempt(lambda: s.strip(chars="ab")),
        _attempt(lambda: s.center(width=9, fillchar="*")),
        _attempt(lambda: ",".join(iterable=[s])),
        s.split(maxsplit=1),
        s.split(sep="n", maxsplit=1),
        s.rsplit(sep="a"),
        "a\nb".splitlines(keepends=True),
        "a\tb".expandtabs(tabsize=2),
    ]


# inputs: ["banana split"]


def list_keywords(xs):
    return [
        _attempt(lambda: xs.index(value=2)),
        _attempt(lambda: xs.count(value=2)),
        _attempt(lambda: xs.append(object=5)),
        _attempt(lambda: xs.insert(index=0, object=5)),
        _attempt(lambda: xs.pop(index=0)),
        sorted(xs, reverse=True),
        xs,
    ]


# inputs: [[3, 2, 1]]


def dict_keywords(d):
    d.update(other=5, x=1)
    return [
        _attempt(lambda: d.get(key="x")),
        _attempt(lambda: d.get("q", default=0)),
        _attempt(lambda: d.pop(key="x")),
        _attempt(lambda: d.setdefault(key="y")),
        sorted(d),
    ]


# inputs: [{"a": 1}]


def argument_checks(s, keep):
    out = []
    for call in (
        lambda: s.splitlines(keep),
        lambda: s.startswith(("a", 1)),
        lambda: s.startswith((1, "a")),
        lambda: s.endswith(("a", None)),
    ):
        try:
            out.append(call())
        except TypeError as e:
            out.append(str(e))
    return out


# inputs: ["a\nb", 2]
# inputs: ["a\nb", true]
# inputs: ["a\nb", "x"]
# inputs: ["a\nb", null]
# inputs: ["a\nb", 1.5]
# messages
