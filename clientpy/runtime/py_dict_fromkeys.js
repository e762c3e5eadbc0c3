// requires: py_iter py_setitem
// dict.fromkeys(iterable, value=None): every key maps to the same value object.
function py_dict_fromkeys(keys, value) {
  const out = new Map();
  const v = value === undefined ? null : value;
  for (const k of py_iter(keys)) py_setitem(out, k, v);
  return out;
}
