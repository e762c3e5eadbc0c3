// requires: py_iter py_hash_find py_PySet
// set(iterable=()): members are unique by Python equality (1, 1.0 and True are one
// member, the first one kept; equal tuples are one member); lists, dicts and sets are
// unhashable.
function py_set(it) {
  if (it instanceof py_PySet) return new py_PySet(it); // CPython's set_merge
  const s = new py_PySet();
  if (arguments.length === 0) return s;
  if (it instanceof Map) s.$presize(it.size); // as set_update_internal does for a dict
  for (const x of Array.isArray(it) ? it : py_iter(it)) {
    if (typeof x === "string") s.add(x);
    else if (py_hash_find(s, x) === undefined) s.add(x === undefined ? null : x);
  }
  return s;
}
