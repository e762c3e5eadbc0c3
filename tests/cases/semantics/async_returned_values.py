# What a nested async def returns reaches its await as it is: a dict literal (an arrow's
# concise body must not read as a block), and a coroutine returned without awaiting it
# (a JS promise would adopt it; Python hands it over, to be awaited next).


async def o_async_inner_dict_returned(x):
    async def mk():
        return {"a": x}

    return await mk()


# inputs: [1]


async def o_async_inner_dict_subscript(x):
    async def mk():
        return {"a": x}

    d = await mk()
    return d["a"]


# inputs: [1]


async def o_async_helper_dict_two_keys(x):
    async def mk():
        return {"a": x, "b": 2}

    return await mk()


# inputs: [1]


async def p_async_inner_odd_key(x):
    async def mk():
        return {"a-b": x}

    return await mk()


# inputs: [1]


async def p_async_inner_nested(x):
    async def mk():
        return {"a": {"b": x}}

    r = await mk()
    return r


# inputs: [1]


async def p_async_lambda_like(x):
    async def mk(v):
        return {"v": v}

    out = []
    for i in range(2):
        out.append(await mk(i))
    return out


# inputs: [1]


async def q_get_only(x):
    async def mk(v):
        return {"v": v}

    d = await mk(x)
    return d.get("v", "missing")


# inputs: [1]


async def q_docstring(x):
    async def mk(v):
        """Build."""
        return {"v": v}

    d = await mk(x)
    return d["v"]


# inputs: [1]


async def q_in_loop(xs):
    async def mk(v):
        return {"v": v}

    total = 0
    for x in xs:
        d = await mk(x)
        total += d["v"]
    return total


# inputs: [[1, 2]]


async def q_len_only(x):
    async def mk():
        return {"a": x, "b": 1}

    d = await mk()
    return len(d)


# inputs: [1]


async def _double(x):
    return x * 2


async def b_return_coro_unawaited(x):
    async def outer():
        return _double(x)

    c = await outer()
    return await c


# inputs: [3]
