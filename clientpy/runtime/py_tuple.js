// requires: py_iter
// tuple(iterable=()): a frozen array; a tuple is returned as it is, as CPython does.
function py_tuple(it) {
  if (arguments.length === 0) return Object.freeze([]);
  if (Array.isArray(it)) return Object.isFrozen(it) ? it : Object.freeze(it.slice());
  return Object.freeze(Array.from(py_iter(it)));
}
