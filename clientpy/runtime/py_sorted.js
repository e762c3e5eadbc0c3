// requires: py_list_sort py_iter
// sorted(iterable, key=None, reverse=False): a new list, sorted as list.sort does.
function py_sorted(it, key, reverse) {
  const a = Array.isArray(it) ? it.slice() : Array.from(py_iter(it));
  py_list_sort(a, key, reverse);
  return a;
}
