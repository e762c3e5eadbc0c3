// requires: py_descr_error py_str_strip
// str.rstrip(chars): strip the right end of whitespace or of the code points in chars.
function py_str_rstrip(self, chars) {
  if (typeof self !== "string") throw py_descr_error("rstrip", "str", self);
  return py_str_strip_do(self, chars, false, true, "rstrip");
}
