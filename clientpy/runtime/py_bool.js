// requires: py_is_plain py_is_view
// raises: never (a callback calling only such helpers needs no traceback wrapper)
// bool(x): empty strings, containers (arrays, Maps, Sets, plain objects), 0 and None
// are false; NaN and foreign objects are true.
function py_bool(x) {
  if (typeof x === "boolean") return x;
  if (typeof x === "number") return x !== 0;
  if (typeof x === "string") return x.length !== 0;
  if (x === null || x === undefined) return false;
  if (Array.isArray(x)) return x.length !== 0 && x.py_falsy !== true;
  if (x instanceof Map || x instanceof Set) return x.size !== 0;
  if (py_is_plain(x)) {
    for (const k in x) if (Object.prototype.hasOwnProperty.call(x, k)) return true;
    return false;
  }
  // A dict view (py_DictView tags itself so), without requiring that helper here: a
  // bundle with no dict view need not carry the class.
  if (py_is_view(x)) return x.size !== 0;
  return true;
}
