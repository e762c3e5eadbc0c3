# Helpers that call themselves, their results printed: an int result is known to be
# one once the recursion's result type settles (a sum of its own results included).


def _leaf_count(node):
    if isinstance(node, list):
        return sum(_leaf_count(c) for c in node)
    return 1


def leaves_of_a_tree(tree):
    return f"{_leaf_count(tree)} leaves"


# inputs: [[[1, 2], [3]]]
# inputs: [[]]
# inputs: [5]
# inputs: [[[[]], [[], 1.5]]]


def _depth(node):
    if isinstance(node, list) and node:
        return 1 + max(_depth(c) for c in node)
    return 0


def depth_of_a_tree(tree):
    return f"depth {_depth(tree)}"


# inputs: [[[1, [2]], [3]]]
# inputs: [[]]


def _node_count(node):
    n = 1
    for c in node.get("children", []):
        n += _node_count(c)
    return n


def nodes_of_a_tree(tree):
    return str(_node_count(tree))


# inputs: [{"children": [{"children": []}, {}]}]
