// requires: py_descr_error py_case14
// str.isupper(): at least one cased character and no lower- or title-case one.
function py_str_isupper(self) {
  if (typeof self !== "string") throw py_descr_error("isupper", "str", self);
  if (!/[^\x00-\x7f]/.test(self)) return /[A-Z]/.test(self) && !/[a-z]/.test(self);
  if (!py_CASE14.test(self)) return /\p{Uppercase}/u.test(self) && !/[\p{Lowercase}\p{Lt}]/u.test(self);
  let upper = false;
  for (const ch of self) {
    const own = py_case14(ch);
    if (own === undefined ? /^[\p{Lowercase}\p{Lt}]$/u.test(ch) : own) return false;
    if (own === undefined && /^\p{Uppercase}$/u.test(ch)) upper = true;
  }
  return upper;
}
