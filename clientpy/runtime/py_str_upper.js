// requires: py_descr_error
// str.upper(): full Unicode case mapping ("ß" -> "SS"), as JS toUpperCase.
function py_str_upper(self) {
  if (typeof self !== "string") throw py_descr_error("upper", "str", self);
  return self.toUpperCase();
}
