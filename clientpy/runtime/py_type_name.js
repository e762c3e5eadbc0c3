// requires: py_exceptions py_typename py_prevent_update
// type(x).__name__ where the compiler lets it be asked: of the values a callback holds
// (Dash's JSON, what it builds, exceptions) py_typename names the class CPython has. A
// value of another kind (a JS object from `js`, an iterator) has no such name here,
// and asking is an error rather than a guess.
function py_type_name(x) {
  if (py_is_prevent_update(x)) return "PreventUpdate"; // Dash's object, not a dict
  const name = py_typename(x);
  if (typeof x === "object" && x !== null && !py_TYPE_NAMED.has(name) && !(x instanceof py_BaseException)) {
    throw new py_TypeError("type() of a '" + name + "' value has no Python class in the browser");
  }
  if (typeof x === "function") {
    throw new py_TypeError("type() of a function has no Python class in the browser");
  }
  return name;
}

const py_TYPE_NAMED = new Set(["list", "tuple", "dict", "set", "NoneType"]);
