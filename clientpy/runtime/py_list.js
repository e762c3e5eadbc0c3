// requires: py_iter
// list(iterable=()): always a new, unfrozen array.
function py_list(it) {
  if (arguments.length === 0) return [];
  if (Array.isArray(it)) return it.slice();
  return Array.from(py_iter(it));
}
