// requires: py_descr_error
// str.isascii(): every character below U+0080 (true for "").
function py_str_isascii(self) {
  if (typeof self !== "string") throw py_descr_error("isascii", "str", self);
  return !/[^\x00-\x7f]/.test(self);
}
