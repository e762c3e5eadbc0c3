// requires: py_attr_error py_hash_find
// set.add(x): no change when an equal member (1 == 1.0 == True, equal tuples) is there.
function py_set_add(self, x) {
  if (!(self instanceof Set)) throw py_attr_error(self, "add");
  if (typeof x === "string" ? !self.has(x) : py_hash_find(self, x) === undefined) {
    self.add(x === undefined ? null : x);
  }
  return null;
}
