// requires: py_attr_error py_is_plain py_is_view
// obj.name(*args) on a receiver whose type is only known at run time: the method helper
// of its Python type from the bundle's `py_methods` table ("str.upper" -> py_str_upper),
// else a JS method of a foreign object (or a function stored on a plain object, such as
// dash_clientside.set_props), else AttributeError.
function py_callm(obj, name, args) {
  const f = py_callm_find(obj, name);
  return f === null ? obj[name](...args) : f(obj, ...args);
}

// The Python method helper for obj.name (called as f(obj, ...args)), or null for a JS
// function of the object itself; AttributeError when it has neither.
function py_callm_find(obj, name) {
  let type = null;
  if (typeof obj === "string") type = "str";
  else if (Array.isArray(obj)) type = Object.isFrozen(obj) ? "tuple" : "list";
  else if (obj instanceof Map) type = "dict";
  else if (obj instanceof Set) type = "set";
  else if (py_is_plain(obj)) type = "dict";
  else if (py_is_view(obj)) {
    type = "view"; // dict.keys(), .values(), .items()
  }
  if (type !== null) {
    const key = type + "." + name;
    const f = py_methods[key];
    if (typeof f === "function" && Object.prototype.hasOwnProperty.call(py_methods, key)) return f;
    if (type === "dict" && !(obj instanceof Map) && Object.prototype.hasOwnProperty.call(obj, name) &&
        typeof obj[name] === "function") {
      return null;
    }
  } else if (obj !== null && typeof obj === "object" && typeof obj[name] === "function") {
    return null;
  }
  throw py_attr_error(obj, name);
}
