// requires: py_hash_find py_iter
// Adds each member of the iterable `items` the set s lacks, in its order, as CPython
// merges one set into another (presized for a set or dict) or updates from any iterable.
function py_set_add_all(s, items) {
  if (s.$presize && (items instanceof Set || items instanceof Map)) s.$presize(items.size);
  for (const x of py_iter(items)) {
    if (typeof x === "string" ? !s.has(x) : py_hash_find(s, x) === undefined) {
      s.add(x === undefined ? null : x);
    }
  }
  return s;
}
