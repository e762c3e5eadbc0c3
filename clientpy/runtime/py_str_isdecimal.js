// requires: py_descr_error
// str.isdecimal(): non-empty and every character is a decimal digit (category Nd).
function py_str_isdecimal(self) {
  if (typeof self !== "string") throw py_descr_error("isdecimal", "str", self);
  if (/^[0-9]+$/.test(self)) return true;
  return /[^\x00-\x7f]/.test(self) && /^\p{Nd}+$/u.test(self);
}
