// requires: py_setitem
// xs[i] = v where xs is known to be a list and i an int: the in-range, non-negative
// case is one comparison; the rest (negative, IndexError) is py_setitem's.
function py_list_set(a, i, v) {
  if (i >= 0 && i < a.length) {
    a[i] = v === undefined ? null : v; // None, as py_setitem stores it
    return;
  }
  py_setitem(a, i, v);
}
