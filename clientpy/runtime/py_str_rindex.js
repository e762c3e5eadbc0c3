// requires: py_descr_error py_exceptions py_str_rfind
// str.rindex(sub, start, end): like rfind, ValueError "substring not found" when absent.
function py_str_rindex(self, sub, start, end) {
  if (typeof self !== "string") throw py_descr_error("rindex", "str", self);
  const i = py_str_rfind(self, sub, start, end);
  if (i < 0) throw new py_ValueError("substring not found");
  return i;
}
