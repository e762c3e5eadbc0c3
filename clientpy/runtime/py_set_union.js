// requires: py_attr_error py_hash_find py_iter
// set.union(*iterables): a new set, members of self first.
function py_set_union(self, ...others) {
  if (!(self instanceof Set)) throw py_attr_error(self, "union");
  const out = new Set(self);
  for (let i = 0; i < others.length; i++) {
    for (const x of py_iter(others[i])) {
      if (typeof x === "string" ? !out.has(x) : py_hash_find(out, x) === undefined) {
        out.add(x === undefined ? null : x);
      }
    }
  }
  return out;
}
