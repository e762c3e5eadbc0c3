// requires: py_attr_error py_hash_find py_iter py_PySet
// set.union(*iterables): a new set, members of self first.
function py_set_union(self, ...others) {
  if (!(self instanceof Set)) throw py_attr_error(self, "union");
  const out = new py_PySet(self);
  for (let i = 0; i < others.length; i++) {
    if (others[i] instanceof Set || others[i] instanceof Map) out.$presize(others[i].size);
    for (const x of py_iter(others[i])) {
      if (typeof x === "string" ? !out.has(x) : py_hash_find(out, x) === undefined) {
        out.add(x === undefined ? null : x);
      }
    }
  }
  return out;
}
