# Counters a nested function steps with `nonlocal n; n += 1`: an int stays an int and a
# float a float, so the count prints as CPython prints it.


def truthy_count(xs):
    n = 0

    def bump():
        nonlocal n
        n += 1

    for x in xs:
        if x:
            bump()
    return f"{n} truthy"


# inputs: [[1, 0, 2]]
# inputs: [[]]


def float_ticks(k: int):
    t = 0.0

    def tick():
        nonlocal t
        t += 1

    for _ in range(k):
        tick()
    return f"{t} {t / 2}"


# inputs: [3]
# inputs: [0]


def up_and_down(moves):
    level = 10

    def up():
        nonlocal level
        level += 2

    def down():
        nonlocal level
        level -= True

    for m in moves:
        if m == "u":
            up()
        else:
            down()
    return str(level)


# inputs: [["u", "d", "d"]]
