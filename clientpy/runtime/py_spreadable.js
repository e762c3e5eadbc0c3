// requires: py_exceptions py_is_plain py_to_js py_typename
// {**mapping, ...} built as a JS object: a plain object spreads as it is (its own str
// keys, as ** takes them), a Map as an object of the same values under its keys as
// json.dumps writes them (the values are left as they are: what is returned to Dash is
// converted where it is returned); anything else is Python's TypeError.
function py_spreadable(x) {
  if (py_is_plain(x)) return x;
  if (x instanceof Map) {
    const r = {};
    for (const [k, v] of x) py_to_js_put(r, py_to_js_key(k), v);
    return r;
  }
  throw new py_TypeError("'" + py_typename(x) + "' object is not a mapping");
}
