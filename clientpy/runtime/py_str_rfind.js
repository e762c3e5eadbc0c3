// requires: py_descr_error py_exceptions py_typename py_str_find py_has_surrogates
// str.rfind(sub, start, end): highest code-point index of sub in self[start:end], or -1.
function py_str_rfind(self, sub, start, end) {
  if (typeof self !== "string") throw py_descr_error("rfind", "str", self);
  if (typeof sub !== "string") throw new py_TypeError("must be str, not " + py_typename(sub));
  if (start === undefined && end === undefined && !py_SURROGATES.test(self)) return self.lastIndexOf(sub);
  const b = py_str_find_bounds(self, start, end);
  if (b.end - b.start < py_str_find_cplen(sub)) return -1;
  const i = b.text.lastIndexOf(sub);
  return i < 0 ? -1 : b.start + (b.cp ? py_str_find_cplen(b.text.slice(0, i)) : i);
}
