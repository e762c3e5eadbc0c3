// requires: py_attr_error py_hash_find py_exceptions py_exc_str
// set.remove(x): KeyError(x) when x is not a member.
function py_set_remove(self, x) {
  if (!(self instanceof Set)) throw py_attr_error(self, "remove");
  const found = typeof x === "string" ? (self.has(x) ? x : undefined) : py_hash_find(self, x);
  if (found === undefined) throw new py_KeyError(x === undefined ? null : x);
  self.delete(found);
  return null;
}
