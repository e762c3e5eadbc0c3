// requires: py_descr_error
// str.isalnum(): non-empty and every character is alphabetic or numeric
// (isalpha, isdecimal, isdigit or isnumeric: categories L* and N*).
function py_str_isalnum(self) {
  if (typeof self !== "string") throw py_descr_error("isalnum", "str", self);
  if (/^[A-Za-z0-9]+$/.test(self)) return true;
  return /[^\x00-\x7f]/.test(self) && /^[\p{L}\p{N}]+$/u.test(self);
}
