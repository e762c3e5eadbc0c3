# Probes: the recursion limit.
def recursion_depth(n: int):
    def depth(k):
        return 0 if k == 0 else 1 + depth(k - 1)

    try:
        return depth(n)
    except RecursionError:
        return "RecursionError"


# inputs: [1500]
# inputs: [50000]
