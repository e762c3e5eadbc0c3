// requires: py_descr_error py_str_lower_at
// str.swapcase(): upper-case characters lowered (final sigma aware), lower-case ones
// uppered, others kept.
function py_str_swapcase(self) {
  if (typeof self !== "string") throw py_descr_error("swapcase", "str", self);
  if (!/[^\x00-\x7f]/.test(self)) {
    return self.replace(/[A-Za-z]/g, (c) => (c <= "Z" ? c.toLowerCase() : c.toUpperCase()));
  }
  let out = "";
  let i = 0;
  for (const ch of self) {
    if (/^\p{Uppercase}$/u.test(ch)) out += py_str_lower_at(self, i, ch);
    else if (/^\p{Lowercase}$/u.test(ch)) out += ch.toUpperCase();
    else out += ch;
    i += ch.length;
  }
  return out;
}
