// requires: py_list_sort_by2 py_iter
// sorted(it, key=lambda x: (a, b)), the key made as for py_list_sort_by2.
function py_sorted_by2(it, key, reverse) {
  const a = Array.isArray(it) ? it.slice() : Array.from(py_iter(it));
  py_list_sort_by2(a, key, reverse);
  return a;
}
