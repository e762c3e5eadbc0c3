// requires: py_hash_find py_iter py_PySet
// Adds each member of the iterable `items` the set s lacks, in its order, as CPython's
// set_update_internal does: a set is merged as set_merge merges it (not at all into
// itself; after one presizing, copied into an empty table, else added in its table
// order), a dict's keys are added after one presizing, any other iterable item by item.
function py_set_add_all(s, items) {
  if (items === s) return s; // `s |= s`, s.update(s)
  if (s.$presize && (items instanceof Set || items instanceof Map)) {
    if (items.size === 0) return s;
    s.$presize(items.size); // which may leave no deleted marker (fill 0) in an empty s
    if (s.$fill === 0 && s.$slots !== null && items instanceof py_PySet && items.$slots !== null) {
      return py_set_merge_into_empty(s, items);
    }
  }
  for (const x of py_iter(items)) {
    if (typeof x === "string" ? !s.has(x) : py_hash_find(s, x) === undefined) {
      s.add(x === undefined ? null : x);
    }
  }
  return s;
}
