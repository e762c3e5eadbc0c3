// requires: py_descr_error
// str.islower(): at least one cased character and no upper- or title-case one.
function py_str_islower(self) {
  if (typeof self !== "string") throw py_descr_error("islower", "str", self);
  if (!/[^\x00-\x7f]/.test(self)) return /[a-z]/.test(self) && !/[A-Z]/.test(self);
  return /\p{Lowercase}/u.test(self) && !/[\p{Uppercase}\p{Lt}]/u.test(self);
}
