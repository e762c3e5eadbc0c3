// requires: py_descr_error py_exceptions py_str_find
// str.index(sub, start, end): like find, ValueError "substring not found" when absent.
function py_str_index(self, sub, start, end) {
  if (typeof self !== "string") throw py_descr_error("index", "str", self);
  const i = py_str_find(self, sub, start, end);
  if (i < 0) throw new py_ValueError("substring not found");
  return i;
}
