# CPython prints a generator, map, filter or zip with the address it keeps it at
# (`<map object at 0x7f3c...>`), different in every run: printing one is refused.


def generator_text(xs):
    return str(x for x in xs)
# expect: CP100 6:15


def map_in_fstring(xs):
    return f"{map(str, xs)}"
# expect: CP100 11:15


def zip_printed(xs):
    print(zip(xs, xs))
    return len(xs)
# expect: CP100 16:11
