# async def / await: the JS returns a Promise, awaited by the engine.


async def _fetch_value(x):
    return x * 2


async def _fails(x):
    raise ValueError(f"bad {x}")


async def await_helper(x):
    v = await _fetch_value(x)
    w = await _fetch_value(v)
    return [v, w]


# inputs: [3]
# inputs: [1.5]


async def await_in_loop(xs):
    out = []
    for x in xs:
        out.append(await _fetch_value(x))
    return out


# inputs: [[1, 2, 3]]


async def await_raises_caught(x):
    try:
        await _fails(x)
    except ValueError as e:
        return "caught " + str(e)
    return "no error"


# inputs: [1]


async def await_raises_uncaught(x):
    await _fails(x)


# inputs: ["z"]
# messages


async def async_returns_structure(d):
    total = 0
    for k in d:
        total += await _fetch_value(d[k])
    return {"total": total, "keys": sorted(d)}


# inputs: [{"a": 1, "b": 2}]


async def async_nested_function(x):
    async def inner(y):
        return y + 1

    return await inner(x) + await inner(x * 10)


# inputs: [1]


async def async_without_await(x):
    return x if x else None


# inputs: [0]
# inputs: ["v"]


async def await_in_comprehension_result(xs):
    values = []
    for x in xs:
        values.append(await _fetch_value(x))
    return [v for v in values if v > 2]


# inputs: [[1, 2, 3]]


async def _halved(n: int):
    return n / 2


async def awaited_floats_print_as_floats(n: int):
    async def third(v):
        return v / 3

    whole = await _halved(n * 2)
    part = await third(n)
    pending = _halved(n)
    later = await pending
    return [str(whole), f"{part:.3f}", repr(later), str(await _halved(4))]


# inputs: [3]
# inputs: [0]
