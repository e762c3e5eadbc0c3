// requires: py_exceptions py_is_plain py_to_js py_typename
// {**mapping, ...} built as a JS object for Dash: a plain object spreads as it is (its
// own str keys, as ** takes them), a Map as the object Dash would get for it; anything
// else is Python's TypeError.
function py_spreadable(x) {
  if (py_is_plain(x)) return x;
  if (x instanceof Map) return py_to_js(x);
  throw new py_TypeError("'" + py_typename(x) + "' object is not a mapping");
}
