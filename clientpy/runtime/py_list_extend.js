// requires: py_attr_error py_iter
function py_list_extend(self, it) {
  if (!Array.isArray(self) || Object.isFrozen(self)) throw py_attr_error(self, "extend");
  if (Array.isArray(it)) {
    const n = it.length;
    for (let i = 0; i < n; i++) self.push(it[i]);
  } else {
    for (const x of py_iter(it)) self.push(x);
  }
  return null;
}
