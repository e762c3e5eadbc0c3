# A local bound to None and to a list holds, where tested not None, what was stored
# into the list as well as what it was made with: printing a float stored after is
# refused as for any list whose items may be ints or floats (not printed as an int).


def item_store_after(xs: list[int]):
    prev = None
    out = []
    for x in xs:
        if prev is not None:
            out.append(str(prev[0]))
        prev = [x]
        prev[0] = prev[0] / 2
    return out
# expect: CP115 11:28


def appended_after(xs: list[int]):
    prev = None
    out = []
    for x in xs:
        if prev is not None:
            out.append(f"{prev[-1]}")
        prev = [x]
        prev.append(x / 2)
    return out
# expect: CP115 23:27
