// requires: py_attr_error py_exceptions py_PySet py_exc_str
// set.pop(): removes and returns one member (the first in iteration order).
function py_set_pop(self) {
  if (!(self instanceof Set)) throw py_attr_error(self, "pop");
  if (self.$slots && self.size > 0) return py_set_table_pop(self);
  for (const x of self) {
    self.delete(x);
    return x;
  }
  throw new py_KeyError("pop from an empty set");
}
