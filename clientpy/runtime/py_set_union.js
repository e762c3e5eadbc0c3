// requires: py_attr_error py_set_add_all py_PySet
// set.union(*iterables): a new set, members of self first.
function py_set_union(self, ...others) {
  if (!(self instanceof Set)) throw py_attr_error(self, "union");
  const out = new py_PySet(self);
  for (let i = 0; i < others.length; i++) {
    if (others[i] !== self) py_set_add_all(out, others[i]); // set_union skips self
  }
  return out;
}
