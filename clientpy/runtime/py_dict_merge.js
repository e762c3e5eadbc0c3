// requires: py_setitem py_iter py_getitem py_is_plain
// {**a, "k": v}: copy each mapping (a Map, a plain object, or an array of [k, v] pairs
// for literal entries) into the Map `target`, later keys winning, as in Python.
function py_dict_merge(target, source) {
  if (Array.isArray(source)) {
    for (const pair of source) py_setitem(target, pair[0], pair[1]);
  } else if (source instanceof Map) {
    for (const [k, v] of source) py_setitem(target, k, v);
  } else {
    for (const k of py_iter(source)) py_setitem(target, k, py_getitem(source, k));
  }
  return target;
}
