// requires: py_attr_error py_hash_find
function py_set_discard(self, x) {
  if (!(self instanceof Set)) throw py_attr_error(self, "discard");
  const found = typeof x === "string" ? (self.has(x) ? x : undefined) : py_hash_find(self, x);
  if (found !== undefined) self.delete(found);
  return null;
}
