def attr_length(xs):
    try:
        return xs.length
    except AttributeError:
        return "AttributeError"


# inputs: [[1, 2]]
# inputs: ["ab"]


def attr_on_dict(d):
    try:
        return d.a
    except AttributeError:
        return "AttributeError"


# inputs: [{"a": 1}]


def exc_name(x):
    try:
        raise KeyError(x)
    except KeyError as e:
        try:
            return [e.name, e.stack is None]
        except AttributeError:
            return "AttributeError"


# inputs: ["k"]


def method_missing(xs):
    try:
        return xs.push(3)
    except AttributeError:
        return "AttributeError"


# inputs: [[1]]


def str_method_on_list(xs):
    try:
        return xs.upper()
    except AttributeError:
        return "AttributeError"


# inputs: [[1]]
# inputs: ["a"]


def list_method_on_str(s):
    try:
        s.append("x")
        return s
    except AttributeError:
        return "AttributeError"


# inputs: ["a"]
# inputs: [["a"]]


def str_methods_js_only(s):
    try:
        return [s.includes("a")]
    except AttributeError:
        return "AttributeError"


# inputs: ["abc"]


def js_prop_on_str(s):
    try:
        return s.toUpperCase()
    except AttributeError:
        return "AttributeError"


# inputs: ["abc"]


def items_on_list(xs):
    try:
        return xs.items()
    except AttributeError:
        return "AttributeError"


# inputs: [[1]]


def get_on_list(xs):
    try:
        return xs.get(0)
    except AttributeError:
        return "AttributeError"


# inputs: [[1]]


def index_on_dict(d):
    try:
        return d.index("a")
    except AttributeError:
        return "AttributeError"


# inputs: [{"a": 1}]


def count_ambiguous(x):
    return x.count("a")


# inputs: ["banana"]
# inputs: [["a", "b", "a"]]


def index_ambiguous(x):
    try:
        return x.index("a")
    except ValueError:
        return "ValueError"


# inputs: ["banana"]
# inputs: [["b", "a"]]
# inputs: ["xyz"]
# inputs: [["x"]]


def copy_ambiguous(x):
    y = x.copy()
    return [y, y == x]


# inputs: [[1, 2]]
# inputs: [{"a": 1}]


def method_value_of_a_dict(d):
    out = []
    try:
        d.count += 1
    except AttributeError:
        out.append("AttributeError")
    try:
        d.title
    except AttributeError:
        out.append("AttributeError")
    get = d.get
    d = {"k": "other"}
    out.append(get("k"))
    return out


# inputs: [{"count": 1, "k": "first"}]


def method_value_bound_now(words: list):
    add = words.append
    words = []
    add("x")
    upper = "ab".upper
    return [words, upper(), list(map("-".join, [["a", "b"]]))]


# inputs: [["w"]]
