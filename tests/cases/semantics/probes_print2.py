# Probes: print with sep/end variants that end lines.
def print_variants(xs):
    print(*xs, sep="")
    print(*xs, sep=" | ", end="!\n")
    print(end="\n\n")
    print(*[], sep="x")
    print("multi\nline")
    print("a", None, True, 1.5, [1, "b"], {"k": (1,)}, sep="\t")
    print()
    return None


# inputs: [["a", "b"]]
# inputs: [[]]
