// requires: py_attr_error py_hash_find py_iter
// set.difference(*iterables): members of self found in none of the arguments.
function py_set_difference(self, ...others) {
  if (!(self instanceof Set)) throw py_attr_error(self, "difference");
  const out = new Set(self);
  for (let i = 0; i < others.length; i++) {
    for (const x of py_iter(others[i])) {
      const found = typeof x === "string" ? (out.has(x) ? x : undefined) : py_hash_find(out, x);
      if (found !== undefined) out.delete(found);
    }
  }
  return out;
}
