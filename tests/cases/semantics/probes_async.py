# Probes: async functions awaiting helpers, with try/finally and closures.
import asyncio


async def _double(x):
    return x * 2


async def _fails(x):
    if x:
        raise KeyError(x)
    return "ok"


async def await_helpers(x):
    a = await _double(x)
    b = []
    for v in [1, 2]:
        b.append(await _double(v))
    try:
        c = await _fails(x)
    except KeyError as e:
        c = ["caught", str(e)]
    return [a, b, c]


# inputs: [3]
# inputs: [0]


async def async_order(xs):
    log = []

    async def step(v):
        log.append(("start", v))
        r = v + 1
        log.append(("end", v))
        return r

    out = []
    for v in xs:
        out.append(await step(v))
    return [out, log]


# inputs: [[1, 2]]


async def async_finally(x):
    log = []
    try:
        log.append(await _double(x))
        return log
    finally:
        log.append("finally")


# inputs: [1]


async def async_closure(xs):
    total = 0

    async def add(v):
        nonlocal total
        total += v

    for v in xs:
        await add(v)
    return total


# inputs: [[1, 2, 3]]


async def async_uncaught(x):
    await _fails(x)
    return "done"


# inputs: ["k"]
# inputs: [""]


async def async_returns_none(x):
    await _double(x)


# inputs: [1]


async def _one():
    return 1


async def await_non_awaitable(x):
    try:
        return await x
    except TypeError as e:
        return str(e)


# inputs: [5]
# inputs: [null]
# inputs: ["text"]


async def await_twice(x):
    c = _one()
    a = await c
    try:
        b = await c
    except RuntimeError as e:
        b = str(e)
    return [a, b]


# inputs: [1]


async def _record(log, name):
    log.append("start " + name)
    return name


async def coroutine_runs_when_awaited(x):
    log = []
    first = _record(log, "first")
    _record(log, "never awaited")
    log.append("called")
    second = _record(log, "second")
    log.append(await second)
    log.append(await first)
    return log


# inputs: [0]
