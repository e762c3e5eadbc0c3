# `xs.pop()` of a list takes its last item; from an empty list it raises IndexError.


def rolling_max(values, k):
    q = []
    out = []
    for i, v in enumerate(values):
        while q and values[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.pop(0)
        if i >= k - 1:
            out.append(values[q[0]])
    return out


# inputs: [[1, 3, 2, 5, 4, 1, 1, 6], 3]
# inputs: [[], 2]


def drained(xs):
    stack = list(xs)
    out = []
    try:
        while True:
            out.append(stack.pop())
    except IndexError as e:
        out.append(str(e))
    return out


# inputs: [[1, "a", null]]
# inputs: [[]]
# messages
