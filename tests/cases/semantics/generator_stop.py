# PEP 479: a StopIteration raised inside a generator expression becomes RuntimeError,
# whether the generator is consumed lazily or at once.


def _take(it):
    return next(it)


def consumed(xs):
    out = []
    for make in (
        lambda it: list(_take(it) for _ in range(3)),
        lambda it: sum(_take(it) for _ in range(3)),
        lambda it: any(_take(it) > 5 for _ in range(3)),
        lambda it: max(_take(it) for _ in range(3)),
        lambda it: [v for v in (_take(it) for _ in range(3))],
    ):
        try:
            out.append(make(iter(xs)))
        except RuntimeError as e:
            out.append([type(e).__name__, str(e), e.__cause__ is not None])
        except StopIteration:
            out.append("StopIteration")
    return out


# inputs: [[1, 2]]
# inputs: [[1, 2, 3]]
# messages


def list_comprehension_is_no_generator(xs):
    it = iter(xs)
    try:
        return [_take(it) for _ in range(3)]
    except StopIteration:
        return "StopIteration"


# inputs: [[1, 2]]


def _first(it):
    return next(it)


def stop_in_first_iterable(rows):
    """The outermost iterable is evaluated where the generator is made, outside it:
    its StopIteration propagates as it is, also where the generator is consumed at
    once (PEP 479 turns only those raised inside into RuntimeError)."""
    out = []
    for consume in (list, sorted, set, tuple, "join"):
        it = iter(rows)
        try:
            if consume == "join":
                out.append(",".join(v for v in _first(it)))
            else:
                out.append(len(consume(v for v in _first(it))))
        except StopIteration:
            out.append("no rows")
        except RuntimeError:
            out.append("runtime")
    return out


# inputs: [[]]
# inputs: [[["a", "b"]]]
