// requires: py_getitem
// xs[i] where xs is known to be a list or tuple and i an int: the in-range,
// non-negative case is one comparison; the rest (negative, IndexError) is py_getitem's.
function py_seq_item(a, i) {
  if (i >= 0 && i < a.length) return a[i];
  return py_getitem(a, i);
}
