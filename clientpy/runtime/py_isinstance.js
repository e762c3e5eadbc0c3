// requires: py_exceptions py_is_plain py_is_int py_exc_matches py_prevent_update
// isinstance(x, types): a type is a token ("int", "float", "str", "bool", "list",
// "tuple", "dict", "set", "NoneType", "object") or a class (exceptions, user classes);
// `types` may be an array (tuple) of them, nested. bool is an int; a number is an int
// or a float as py_is_int tells; a plain object is a dict. Dash's PreventUpdate (an
// object, not a class) is the class of itself alone, and an Exception.
function py_isinstance(x, types) {
  if (Array.isArray(types)) {
    for (let i = 0; i < types.length; i++) if (py_isinstance(x, types[i])) return true;
    return false;
  }
  switch (types) {
    case "int":
      return typeof x === "boolean" || (typeof x === "number" && py_is_int(x));
    case "float":
      return typeof x === "number" && !py_is_int(x);
    case "str":
      return typeof x === "string";
    case "bool":
      return typeof x === "boolean";
    case "list":
      return Array.isArray(x) && !Object.isFrozen(x);
    case "tuple":
      return Array.isArray(x) && Object.isFrozen(x);
    case "dict":
      return x instanceof Map || py_is_plain(x);
    case "set":
      return x instanceof Set;
    case "NoneType":
      return x === null || x === undefined;
    case "object":
      return true;
  }
  if (typeof types === "function") return x instanceof types || py_isinstance_exception(x, types);
  if (types === py_prevent_update()) return py_is_prevent_update(x);
  throw new py_TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

// What `except types:` would catch of a thrown x that is no instance of a Python
// exception class: Dash's PreventUpdate is an Exception, an error of the JS engine the
// exception it stands for (a TypeError for a JS TypeError), as py_exc_matches has them.
function py_isinstance_exception(x, types) {
  if (py_is_prevent_update(x)) return types === py_Exception || types === py_BaseException;
  if (!(x instanceof Error) || x instanceof py_BaseException) return false;
  const exception = types === py_BaseException || types.prototype instanceof py_BaseException;
  return exception && py_exc_matches_class(x, types);
}
