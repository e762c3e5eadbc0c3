# Python names that are JS reserved words or globals; dict keys __proto__ and constructor.


def js_keywords_as_params(new, delete, function, var, this):
    return [new, delete, function, var, this]


# inputs: [1, 2, 3, 4, 5]


def js_globals_as_params(arguments, window, Object, Array, Math):
    return [arguments, window, Object, Array, Math]


# inputs: ["a", "w", "o", "arr", "m"]


def js_names_as_locals(x):
    let = x + 1
    const = let * 2
    typeof = "t"
    instanceof = "i"
    undefined = "u"
    NaN = 5
    Infinity = 6
    String = "s"
    Number = 7
    JSON = "j"
    Map = {"m": 1}
    Set = [1]
    Symbol = "sym"
    Promise = "p"
    Date = "d"
    Error = "e"
    globalThis = "g"
    self = "self"
    document = "doc"
    console = "c"
    return [
        let,
        const,
        typeof,
        instanceof,
        undefined,
        NaN,
        Infinity,
        String,
        Number,
        JSON,
        Map,
        Set,
        Symbol,
        Promise,
        Date,
        Error,
        globalThis,
        self,
        document,
        console,
    ]


# inputs: [1]


def js_keyword_names_with_builtins(switch, case, default):
    yield_ = [switch, case]
    enum = len(yield_)
    interface = default or "none"
    package = sorted([switch, case])
    return [enum, interface, package, str(switch)]


# inputs: [2, 1, null]


def proto_and_constructor_keys(d):
    d["__proto__"] = {"polluted": True}
    d["constructor"] = "c"
    d["prototype"] = 1
    return [
        d,
        list(d),
        len(d),
        "__proto__" in d,
        {}.get("polluted"),
        d["__proto__"]["polluted"],
    ]


# inputs: [{}]
# inputs: [{"a": 1}]


def proto_key_in_literal_dict():
    d = {
        "__proto__": 1,
        "constructor": 2,
        "hasOwnProperty": 3,
        "toString": 4,
        "valueOf": 5,
    }
    return [sorted(d), d["__proto__"], len(d), list(d.values())]


# inputs: []


def proto_key_input(d):
    return [d.get("__proto__"), "constructor" in d, sorted(d)]


# inputs: [{"__proto__": "x", "constructor": 1}]
# inputs: [{}]


def counting_special_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


# inputs: [["constructor", "__proto__", "toString", "constructor", "valueOf", "length"]]


def keyword_named_kwargs(d):
    def f(**kwargs):
        return sorted(kwargs.items())

    return f(new=1, function=2, **d)


# inputs: [{"delete": 3, "this": 4}]


def method_names_as_variables(s):
    split = s.split(",")
    join = "-".join(split)
    length = len(join)
    prototype = [length]
    return [split, join, length, prototype]


# inputs: ["a,b"]


def shadow_builtin_name(xs):
    list_ = list(xs)
    max_ = 0
    for v in list_:
        max_ = v if v > max_ else max_
    return max_


# inputs: [[3, 9, 2]]


def dunder_keys_in_comprehension(keys):
    return {k: i for i, k in enumerate(keys)}


# inputs: [["__proto__", "constructor", "a"]]
