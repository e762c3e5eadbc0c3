// requires: py_descr_error
// str.isupper(): at least one cased character and no lower- or title-case one.
function py_str_isupper(self) {
  if (typeof self !== "string") throw py_descr_error("isupper", "str", self);
  if (!/[^\x00-\x7f]/.test(self)) return /[A-Z]/.test(self) && !/[a-z]/.test(self);
  return /\p{Uppercase}/u.test(self) && !/[\p{Lowercase}\p{Lt}]/u.test(self);
}
