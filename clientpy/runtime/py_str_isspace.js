// requires: py_descr_error
// str.isspace(): non-empty and every character is Python whitespace (bidi WS/B/S or Zs:
// \t\n\v\f\r, \x1c-\x1f, space, \x85, \xa0, \u1680, \u2000-\u200a, \u2028, \u2029,
// \u202f, \u205f, \u3000; not \ufeff).
function py_str_isspace(self) {
  if (typeof self !== "string") throw py_descr_error("isspace", "str", self);
  return /^[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/.test(self);
}
