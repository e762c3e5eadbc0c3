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
  const type = py_callm_type(obj);
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

// The Python type whose methods `py_methods` holds for obj ("view": a dict view), or
// null for any other value.
function py_callm_type(obj) {
  if (typeof obj === "string") return "str";
  if (Array.isArray(obj)) return Object.isFrozen(obj) ? "tuple" : "list";
  if (obj instanceof Map) return "dict";
  if (obj instanceof Set) return "set";
  if (py_is_plain(obj)) return "dict";
  if (py_is_view(obj)) return "view"; // dict.keys(), .values(), .items()
  return null;
}
