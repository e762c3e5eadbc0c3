# A def of the function called from a comprehension in it: what the def does to its
# arguments is known there as in the function's own body (aliasing._local_definition).


def shown_in_a_comprehension(rows):
    def show(v):
        return f"{v}"

    return [show(r["v"]) for r in rows]


# inputs: [[{"v": 1}, {"v": 2.5}, {"v": "x"}, {"v": [1, 0.5]}]]


def filled_in_a_comprehension(rows):
    def fill(r):
        r["half"] = r["v"] / 2
        return r

    out = [fill(r) for r in rows]
    return [f"{r['half']:.2f}" for r in out]


# inputs: [[{"v": 1}, {"v": 5}]]
