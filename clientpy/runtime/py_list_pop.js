// requires: py_attr_error py_index_arg py_exceptions
function py_list_pop(self, i) {
  if (!Array.isArray(self) || Object.isFrozen(self)) throw py_attr_error(self, "pop");
  const n = self.length;
  if (i === undefined) {
    if (n === 0) throw new py_IndexError("pop from empty list");
    return self.pop();
  }
  i = py_index_arg(i);
  if (n === 0) throw new py_IndexError("pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw new py_IndexError("pop index out of range");
  return i === n - 1 ? self.pop() : self.splice(i, 1)[0];
}
