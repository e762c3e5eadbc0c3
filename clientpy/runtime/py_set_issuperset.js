// requires: py_attr_error py_hash_find py_iter
// set.issuperset(iterable): every item of the argument is in self.
function py_set_issuperset(self, other) {
  if (!(self instanceof Set)) throw py_attr_error(self, "issuperset");
  for (const x of py_iter(other)) {
    if (typeof x === "string" ? !self.has(x) : py_hash_find(self, x) === undefined) return false;
  }
  return true;
}
