# Probes, eighth battery: list, dict and set methods on containers whose item types the
# compiler knows, at their edges (negative and past-the-end indices, extended slices,
# views after changes, sets of ints through deletions and resizes).


def list_slice_stores_and_deletes(n: int):
    xs = list(range(10))
    xs[n : n + 3] = []
    ys = list(range(10))
    ys[-3:n] = [7, 7, 7, 7]
    zs = list(range(6))
    zs[::-2] = ["a", "b", "c"]
    ws = list(range(5))
    del ws[-2:n:-1]
    ts = list(range(4))
    ts[n:] = ts
    return [xs, ys, zs, ws, ts, list(range(10))[n::-3], list(range(10))[-100:n:2]]


# inputs: [1]
# inputs: [0]
# inputs: [-1]
# inputs: [5]


def dict_views_follow_changes(n: int):
    d = {3: "a", 1: "b", 2: "c"}
    k = d.keys()
    it = d.items()
    del d[1]
    d[1] = "z"
    d[3] = "y"
    f = {"a": 1}
    f.update(b=2, a=3)
    h = dict(dict([("x", 1), ("y", 2), ("x", 3)]), x=9, w=0)
    return [
        list(k),
        list(it),
        (1, "z") in it,
        list(f.items()),
        list(h.items()),
        k == {1, 2, 3},
        list(k - {n}),
        list(reversed(it)),
    ]


# inputs: [1]
# inputs: [7]


def int_set_order_through_churn(n: int):
    s = set()
    out = []
    for i in range(40):
        s.add((i * 7 + n) % 50)
        if i % 3 == 0:
            s.discard((i * 5) % 50)
        if i % 7 == 0 and s:
            out.append(s.pop())
    t = set(range(20))
    for i in range(0, 20, 2):
        t.remove(i)
    for i in range(30, 45):
        t.add(i)
    return [out, list(s), list(t), list(s - {1, 2, 3}), list(s.symmetric_difference(t))]


# inputs: [1]
# inputs: [-3]
# inputs: [17]
