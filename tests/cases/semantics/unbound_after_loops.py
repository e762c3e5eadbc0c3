# A name a loop's body or a finally block may unbind (`except ... as e` deletes e at the
# end of its handler; `del x`), or a nested function through `nonlocal`, may be unbound
# after it and in the loop's next round: reading it raises UnboundLocalError.


def unbound_after_loop(x):
    for i in range(2):
        try:
            if i == 0:
                raise ValueError(x)
        except ValueError as e:
            pass
    return e


# inputs: ["v"]
# messages


def unbound_loop_second_pass(xs):
    out = []
    for x in xs:
        try:
            out.append(int(x))
        except ValueError as err:
            out.append("bad")
        if x == "last":
            out.append(err)
    return out


# inputs: [["x", "last"]]


def unbound_outer_while(x):
    e = "outer"
    n = 0
    while n < 1:
        n += 1
        try:
            raise ValueError(x)
        except ValueError as e:
            pass
    return [e]


# inputs: ["v"]


def realistic_last_error(rows):
    err = None
    good = []
    for r in rows:
        try:
            good.append(float(r))
        except ValueError as err:
            pass
    if err is not None:
        return f"last error: {err}"
    return good


# inputs: [["1", "x", "2"]]
# inputs: [["1", "2"]]


def del_in_loop_then_read(xs):
    tmp = "start"
    for x in xs:
        tmp = x
        if x == "drop":
            del tmp
    return [tmp]


# inputs: [["a", "drop"]]
# inputs: [["drop", "a"]]


def except_name_nonlocal(x):
    e = "outer"

    def g():
        nonlocal e
        try:
            raise ValueError(x)
        except ValueError as e:
            pass

    g()
    return [e]


# inputs: ["v"]


def deleted_in_finally(x):
    v = 1
    try:
        pass
    finally:
        if x:
            del v
    return v


# inputs: [""]
# inputs: ["k"]
# messages


def except_name_nested_loops(rows):
    e = None
    for r in rows:
        for c in r:
            try:
                int(c)
            except ValueError as e:
                pass
    return e is None


# inputs: [[["1"], ["2"]]]
# inputs: [[["1"], ["x"]]]
# messages


def except_name_while(xs):
    e = "none"
    i = 0
    while i < len(xs):
        try:
            int(xs[i])
        except ValueError as e:
            pass
        i += 1
    return [e]


# inputs: [["1", "2"]]
# inputs: [["x"]]
# messages


def except_name_reassigned_in_loop(xs):
    e = None
    for x in xs:
        try:
            int(x)
        except ValueError as e:
            msg = str(e)
        e = None
    return e


# inputs: [["x", "1"]]
# messages


def del_in_loop_rebound(xs):
    t = 0
    for x in xs:
        del t
        t = x
    return t


# inputs: [[1, 2]]
# inputs: [[]]
