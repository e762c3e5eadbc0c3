// requires: py_descr_error
// str.isidentifier(): a Python identifier, keywords included: "_" or a character with
// XID_Start, then characters with XID_Continue (as CPython's, by code point).
function py_str_isidentifier(self) {
  if (typeof self !== "string") throw py_descr_error("isidentifier", "str", self);
  return /^[_\p{XID_Start}]\p{XID_Continue}*$/u.test(self);
}
