// requires: py_getitem
// d[k] where d is known to be a dict built by Python code (a Map).
function py_map_item(m, k) {
  const v = m.get(k);
  if (v !== undefined || m.has(k)) return v;
  return py_getitem(m, k);
}
