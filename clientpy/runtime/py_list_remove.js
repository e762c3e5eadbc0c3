// requires: py_attr_error py_eq py_exceptions
function py_list_remove(self, x) {
  if (!Array.isArray(self) || Object.isFrozen(self)) throw py_attr_error(self, "remove");
  const n = self.length;
  for (let i = 0; i < n; i++) {
    const y = self[i];
    if (py_eq_item(y, x)) {
      self.splice(i, 1);
      return null;
    }
  }
  throw new py_ValueError("list.remove(x): x not in list");
}
