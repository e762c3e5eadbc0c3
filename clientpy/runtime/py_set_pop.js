// requires: py_attr_error py_exceptions
// set.pop(): removes and returns one member (the first in iteration order).
function py_set_pop(self) {
  if (!(self instanceof Set)) throw py_attr_error(self, "pop");
  for (const x of self) {
    self.delete(x);
    return x;
  }
  throw new py_KeyError("pop from an empty set");
}
