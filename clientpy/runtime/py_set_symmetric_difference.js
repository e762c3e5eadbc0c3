// requires: py_attr_error py_hash_find py_set
// set.symmetric_difference(iterable): members in exactly one of the two. Built as
// CPython does: a set of the argument, then each member of self toggled in it.
function py_set_symmetric_difference(self, other) {
  if (!(self instanceof Set)) throw py_attr_error(self, "symmetric_difference");
  const out = py_set(other);
  for (const x of self) {
    const found = typeof x === "string" ? (out.has(x) ? x : undefined) : py_hash_find(out, x);
    if (found !== undefined) out.delete(found);
    else out.add(x);
  }
  return out;
}
