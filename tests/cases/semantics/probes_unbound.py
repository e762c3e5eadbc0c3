# Probes: reading names before assignment, after except-as, in closures.
def read_before_assign(flag):
    if flag:
        x = 1
    try:
        return x
    except UnboundLocalError:
        return "UnboundLocalError"


# inputs: [true]
# inputs: [false]


def loop_var_unbound(xs):
    for v in xs:
        pass
    try:
        return v
    except UnboundLocalError:
        return "unbound"


# inputs: [[]]
# inputs: [[1]]


def except_name_deleted(x):
    try:
        raise ValueError(x)
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "deleted"


# inputs: ["m"]


def except_name_shadows_outer(x):
    e = "outer"
    try:
        raise KeyError(x)
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "deleted"


# inputs: ["k"]


def augmented_on_unbound(x):
    try:
        total += x
        return total
    except UnboundLocalError:
        return "UnboundLocalError"


# inputs: [1]


def walrus_unbound_when_short_circuit(xs):
    if xs and (n := len(xs)) > 1:
        return n
    try:
        return n
    except UnboundLocalError:
        return "unbound"


# inputs: [[]]
# inputs: [[1]]
# inputs: [[1, 2]]
