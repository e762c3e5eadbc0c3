// requires: py_exceptions py_is_plain py_is_int
// type(x).__name__ under the runtime's value model (py_is_int tells an int).
function py_typename(x) {
  switch (typeof x) {
    case "boolean": return "bool";
    case "number": return py_is_int(x) ? "int" : "float";
    case "string": return "str";
    case "undefined": return "NoneType";
    case "function":
      if (x === py_BaseException || x.prototype instanceof py_BaseException) return "type";
      return "function";
    case "object": {
      if (x === null) return "NoneType";
      if (Array.isArray(x)) return Object.isFrozen(x) ? "tuple" : "list";
      if (x instanceof Map) return "dict";
      if (x instanceof Set) return "set";
      if (x instanceof py_BaseException) return x.name;
      if (py_is_plain(x)) return "dict";
      const tag = x[Symbol.toStringTag];
      if (tag === "Generator") return "generator";
      if (typeof tag === "string") return tag;
      const c = x.constructor;
      return typeof c === "function" && c.name ? c.name : "object";
    }
  }
  return typeof x;
}
