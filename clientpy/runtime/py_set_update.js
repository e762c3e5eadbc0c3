// requires: py_attr_error py_hash_find py_iter
// set.update(*iterables).
function py_set_update(self, ...others) {
  if (!(self instanceof Set)) throw py_attr_error(self, "update");
  for (let i = 0; i < others.length; i++) {
    const other = others[i];
    if (self.$presize && (other instanceof Set || other instanceof Map)) self.$presize(other.size);
    for (const x of py_iter(others[i])) {
      if (typeof x === "string" ? !self.has(x) : py_hash_find(self, x) === undefined) {
        self.add(x === undefined ? null : x);
      }
    }
  }
  return null;
}
