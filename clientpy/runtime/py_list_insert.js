// requires: py_attr_error py_index_arg
function py_list_insert(self, i, x) {
  if (!Array.isArray(self) || Object.isFrozen(self)) throw py_attr_error(self, "insert");
  const n = self.length;
  i = py_index_arg(i);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) {
    i = n;
  }
  self.splice(i, 0, x === undefined ? null : x);
  return null;
}
