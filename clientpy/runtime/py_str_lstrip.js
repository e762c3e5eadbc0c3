// requires: py_descr_error py_str_strip
// str.lstrip(chars): strip the left end of whitespace or of the code points in chars.
function py_str_lstrip(self, chars) {
  if (typeof self !== "string") throw py_descr_error("lstrip", "str", self);
  return py_str_strip_do(self, chars, true, false, "lstrip");
}
