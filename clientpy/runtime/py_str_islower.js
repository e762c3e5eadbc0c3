// requires: py_descr_error py_case14
// str.islower(): at least one cased character and no upper- or title-case one.
function py_str_islower(self) {
  if (typeof self !== "string") throw py_descr_error("islower", "str", self);
  if (!/[^\x00-\x7f]/.test(self)) return /[a-z]/.test(self) && !/[A-Z]/.test(self);
  if (!py_CASE14.test(self)) return /\p{Lowercase}/u.test(self) && !/[\p{Uppercase}\p{Lt}]/u.test(self);
  let lower = false;
  for (const ch of self) {
    const own = py_case14(ch);
    if (own === undefined ? /^[\p{Uppercase}\p{Lt}]$/u.test(ch) : false) return false;
    if (own === undefined ? /^\p{Lowercase}$/u.test(ch) : own) lower = true;
  }
  return lower;
}
