// requires: py_setitem py_iter py_getitem py_exceptions py_is_plain py_typename
// The `**mapping` of a dict display: its items copied into the Map `target`, later keys
// winning, as in Python. A mapping is a dict (a Map) or Dash's data (a plain object);
// anything else is Python's TypeError (a list of pairs too: `dict(pairs)` takes those,
// `{**pairs}` does not).
function py_dict_merge(target, source) {
  if (source instanceof Map) {
    for (const [k, v] of source) py_setitem(target, k, v);
  } else if (py_is_plain(source)) {
    // in Python's key order, which a JS object's own order is not for index-like keys
    for (const k of py_iter(source)) py_setitem(target, k, py_getitem(source, k));
  } else {
    throw new py_TypeError("'" + py_typename(source) + "' object is not a mapping");
  }
  return target;
}
