# A parameter rebound by the function's first word on it (`size = int(size or 10)`):
# the rest of the function knows the type that binds, the value's own reads the type
# the argument came with.


def pages_of_rows(size, rows):
    size = int(size or 10)
    return f"{len(rows) // size} pages of {size}, {len(rows) % size} left"


# inputs: ["4", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]
# inputs: [3.7, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]
# inputs: [null, []]
# inputs: [0, [1]]


def default_list_changed(x):
    x = x or []
    x.append(1)
    return x


# inputs: [[5]]
# inputs: [null]


def stepped_or_zero(n):
    n = n + 1 if n else 0
    return str(n)


# inputs: [3]
# inputs: [2.5]
# inputs: [null]


def cleaned_text(text):
    text = (text or "").strip()
    return text + "!" if text else "empty"


# inputs: ["  a "]
# inputs: [null]


def made_a_float(v):
    v = float(v)
    return f"{v} {v * 2}"


# inputs: [2]
# inputs: ["2.5"]


def clamped_page(page, total):
    page = max(1, min(int(page or 1), total))
    return f"page {page} of {total}"


# inputs: ["3", 5]
# inputs: [null, 5]
# inputs: [9, 5]


def rebound_then_read_by_a_nested_function(limit, xs):
    limit = int(limit or 2)

    def short(s):
        return s[:limit]

    return [short(x) + str(limit // 2) for x in xs]


# inputs: ["3", ["abcd", "ef"]]


def converted_then_rebound_again(n, step):
    n = int(n or 0)
    n = n * 2
    while n > 100:
        n = n // 2
    step = float(step or 1)
    step += n
    return [f"{n}", str(step), repr(n + 1)]


# inputs: ["7", 2]
# inputs: [null, null]
# inputs: ["900", 0.5]
# inputs: [3.9, "2"]
