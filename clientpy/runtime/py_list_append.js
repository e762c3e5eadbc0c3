// requires: py_attr_error
function py_list_append(self, x) {
  if (!Array.isArray(self) || Object.isFrozen(self)) throw py_attr_error(self, "append");
  self.push(x === undefined ? null : x);
  return null;
}
