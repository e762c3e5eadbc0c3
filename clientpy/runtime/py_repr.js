// requires: py_exceptions py_exc_name py_float_repr py_is_plain py_DictView py_repr_int py_repr_str py_obj_order py_is_int
// repr(x). `floats` true: every number is a float (the compiler knows the static type);
// otherwise an integral number is an int. Containers nest: list [1, 2], tuple (1,),
// dict {'a': 1} (Map or plain object), set {1, 2} / set(), exceptions KeyError('a').
function py_repr(x, floats) {
  switch (typeof x) {
    case "string":
      return py_repr_str(x);
    case "number":
      if (!floats && py_is_int(x)) return py_repr_int(x);
      return py_float_repr(x);
    case "boolean":
      return x ? "True" : "False";
    case "undefined":
      return "None";
  }
  if (x === null) return "None";
  return py_repr_object(x, !!floats, []);
}

function py_repr_object(x, floats, stack) {
  if (typeof x === "function") {
    if (x === py_BaseException || x.prototype instanceof py_BaseException) {
      return "<class '" + (Object.prototype.hasOwnProperty.call(x, "py_name") ? x.py_name : x.name) + "'>";
    }
    return "<function " + (x.name || "<lambda>") + ">";
  }
  if (typeof x !== "object") return py_repr(x, floats);
  if (x instanceof Error) {
    const name = py_exc_name(x);
    if (x instanceof py_BaseException) {
      const args = x.args;
      const marked = x.py_floats;
      if (marked !== undefined) {
        return name + "(" + args.map((a, i) => py_repr_item(a, marked[i], stack)).join(", ") + ")";
      }
      if (args.length === 1) return name + "(" + py_repr_item(args[0], floats, stack) + ")";
      return name + py_repr_object(args, floats, stack);
    }
    return name + "(" + py_repr_str(String(x.message)) + ")";
  }
  if (x instanceof py_DictView) {
    return "dict_" + x.kind + "(" + py_repr_item(Array.from(x), floats, stack) + ")";
  }
  const isArray = Array.isArray(x);
  const isSet = !isArray && x instanceof Set;
  const isMap = !isArray && !isSet && x instanceof Map;
  if (!isArray && !isSet && !isMap && !py_is_plain(x)) {
    if (x.py_patch === true) return "<write-only dash.Patch object at " + py_repr(x.location) + ">";
    const c = x.constructor;
    return "<" + (typeof c === "function" && c.name ? c.name : "object") + " object>";
  }
  if (stack.indexOf(x) >= 0) {
    if (isArray) return Object.isFrozen(x) ? "(...)" : "[...]";
    return isSet ? "set(...)" : "{...}";
  }
  stack.push(x);
  let out;
  if (isArray) {
    const n = x.length;
    const parts = new Array(n);
    for (let i = 0; i < n; i++) parts[i] = py_repr_item(x[i], floats, stack);
    if (Object.isFrozen(x)) out = n === 1 ? "(" + parts[0] + ",)" : "(" + parts.join(", ") + ")";
    else out = "[" + parts.join(", ") + "]";
  } else if (isSet) {
    if (x.size === 0) {
      out = "set()";
    } else {
      const parts = [];
      for (const v of x) parts.push(py_repr_item(v, floats, stack));
      out = "{" + parts.join(", ") + "}";
    }
  } else if (isMap) {
    const parts = [];
    for (const [k, v] of x) {
      parts.push(py_repr_item(k, floats, stack) + ": " + py_repr_item(v, floats, stack));
    }
    out = "{" + parts.join(", ") + "}";
  } else {
    const parts = [];
    for (const k of py_obj_keys(x)) {
      parts.push(py_repr_str(k) + ": " + py_repr_item(x[k], floats, stack));
    }
    out = "{" + parts.join(", ") + "}";
  }
  stack.pop();
  return out;
}

function py_repr_item(v, floats, stack) {
  if (v !== null && (typeof v === "object" || typeof v === "function")) {
    return py_repr_object(v, floats, stack);
  }
  return py_repr(v, floats);
}
