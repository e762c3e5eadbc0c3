# Probes: JS reserved words, globals and runtime helper names as Python names and keys.
import json


def type_name(x):
    return "int" if isinstance(x, int) else "other"


def more_reserved_locals(x):
    var = 1
    function = 2
    class_ = 3
    new = [var, function]
    delete = {"k": new}
    this = delete["k"]
    void = None
    typeof = type_name(x)
    instanceof = isinstance(x, int)
    in_ = "in"
    of = "of"
    with_ = "with"
    do = "do"
    enum = "enum"
    implements = "impl"
    protected = "p"
    public = "pub"
    private = "priv"
    static = "s"
    arguments = [1]
    eval = "e"
    await_ = "a"
    debugger = 0
    extends = "x"
    super_ = "s"
    export = 1
    return [
        var,
        function,
        class_,
        new,
        delete,
        this,
        void,
        typeof,
        instanceof,
        in_,
        of,
        with_,
        do,
        enum,
        implements,
        protected,
        public,
        private,
        static,
        arguments,
        eval,
        await_,
        debugger,
        extends,
        super_,
        export,
    ]


# inputs: [1]


def runtime_helper_names(x):
    py_str = "shadow"
    py_repr = "shadow2"
    py_len = 5
    py_print = [1]
    py_dict = {"k": 1}
    py_eq = x
    py_truth = 0
    Map = "m"
    Set = "s"
    Object = "o"
    Array = "a"
    String = "str"
    Number = "num"
    Math = "math"
    JSON = "json"
    Error = "err"
    return [
        py_str,
        py_repr,
        py_len,
        py_print,
        py_dict,
        py_eq,
        py_truth,
        str(x),
        repr(x),
        len([x]),
        Map,
        Set,
        Object,
        Array,
        String,
        Number,
        Math,
        JSON,
        Error,
        [x] == [x],
        bool([]),
        {"a": x},
        sorted([3, x]),
        json.dumps([x]),
        max(1, x),
        round(2.5),
    ]


# inputs: [2]


def reserved_word_helper_functions(x):
    def delete(v):
        return v - 1

    def new(v):
        return v + 1

    def function(v):
        return [v]

    def undefined(v):
        return None

    def NaN(v):
        return "nan"

    return [delete(x), new(x), function(x), undefined(x), NaN(x)]


# inputs: [5]


def reserved_names_in_comprehension(xs):
    return [
        [this for this in xs],
        {new: let for new, let in enumerate(xs)},
        [arguments * 2 for arguments in xs],
    ]


# inputs: [[1, 2]]


def reserved_names_in_lambda(xs):
    f = lambda new, delete=1: new + delete
    return [f(x) for x in xs] + [f(new=1, delete=2)]


# inputs: [[1, 2]]


def reserved_names_in_except(x):
    try:
        raise ValueError(x)
    except ValueError as delete:
        return str(delete)


# inputs: ["v"]


def reserved_names_nonlocal():
    new = 0

    def bump():
        nonlocal new
        new += 1

    bump()
    bump()
    return new


# inputs: []


def proto_keys_on_int_dict(keys):
    d = {}
    for k in keys:
        d[k] = d.get(k, 0) + 1
    return [
        d,
        sorted(d, key=str),
        "toString" in d,
        d.get("valueOf"),
        d.get("hasOwnProperty", "none"),
    ]


# inputs: [["__proto__", "__proto__", "toString", 1, "1"]]
# inputs: [[]]


def proto_key_setdefault(d):
    d.setdefault("__proto__", []).append(1)
    d.setdefault("constructor", {})["x"] = 1
    return [d, len(d), list(d.keys())]


# inputs: [{}]


def proto_key_in_json_dumps(d):
    return json.dumps({"__proto__": d, "constructor": [d]})


# inputs: [{"a": 1}]


def proto_key_in_set(words):
    s = set(words)
    return [sorted(s), "__proto__" in s, "constructor" in s, len(s)]


# inputs: [["__proto__", "constructor", "__proto__", "toString"]]


def dunder_named_kwargs(d):
    def f(**kw):
        return [sorted(kw), kw.get("__proto__")]

    return f(**d)


# inputs: [{"__proto__": 1, "hasOwnProperty": 2}]


def string_methods_on_proto_like(s):
    return [s.upper(), s.split("_"), len(s), s in {"__proto__": 1}, {s: 1}]


# inputs: ["__proto__"]
# inputs: ["constructor"]


def dict_methods_with_special_keys(d):
    e = d.copy()
    e.update({"__proto__": "u", "length": 9})
    items = sorted(e.items())
    return [items, e.pop("length"), e.pop("__proto__"), e, "length" in e]


# inputs: [{"toString": 1}]


def list_named_length(length):
    return [length, len(length), length[-1]]


# inputs: [[1, 2, 3]]
