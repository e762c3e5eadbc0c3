// requires: py_descr_error
// str.isalpha(): non-empty and every character is a letter (categories Lu Ll Lt Lm Lo).
function py_str_isalpha(self) {
  if (typeof self !== "string") throw py_descr_error("isalpha", "str", self);
  if (/^[A-Za-z]+$/.test(self)) return true;
  return /[^\x00-\x7f]/.test(self) && /^\p{L}+$/u.test(self);
}
