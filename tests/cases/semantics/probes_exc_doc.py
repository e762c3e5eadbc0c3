# Probes: exception subclasses with only a docstring or pass, nested hierarchies.
class DocError(Exception):
    """Raised when the docs say so."""


class Base(Exception):
    pass


class Mid(Base):
    """Middle."""


class Leaf(
    Mid,
):
    pass


def doc_only_exception(x):
    try:
        raise DocError(x)
    except Exception as e:
        return [str(e), repr(e), e.args, isinstance(e, DocError)]


# inputs: ["d"]
# inputs: [3]


def hierarchy_matching(k):
    try:
        if k == 0:
            raise Leaf("leaf")
        if k == 1:
            raise Mid("mid")
        raise Base("base")
    except Leaf as e:
        return ["Leaf", str(e), isinstance(e, Base)]
    except Mid as e:
        return ["Mid", str(e), isinstance(e, Leaf)]
    except Base as e:
        return ["Base", str(e), isinstance(e, Mid)]


# inputs: [0]
# inputs: [1]
# inputs: [2]


def exception_in_tuple_of_custom(k):
    try:
        if k:
            raise Leaf()
        raise KeyError("x")
    except (Mid, KeyError) as e:
        return [isinstance(e, Leaf), isinstance(e, KeyError), str(e), repr(e)]


# inputs: [1]
# inputs: [0]


def uncaught_leaf(x):
    raise Leaf(x)


# inputs: ["boom"]
# messages


def exception_instances_compare(x):
    a = Base(x)
    b = Base(x)
    return [a == b, a is b, a == a, str(a) == str(b), a.args == b.args]


# inputs: ["m"]
