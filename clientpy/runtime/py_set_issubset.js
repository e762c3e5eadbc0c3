// requires: py_attr_error py_hash_find py_set
// set.issubset(iterable): every member of self is in the argument.
function py_set_issubset(self, other) {
  if (!(self instanceof Set)) throw py_attr_error(self, "issubset");
  const theirs = other instanceof Set ? other : py_set(other);
  if (self.size > theirs.size) return false;
  for (const x of self) {
    if (typeof x === "string" ? !theirs.has(x) : py_hash_find(theirs, x) === undefined) return false;
  }
  return true;
}
