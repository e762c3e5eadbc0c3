// requires: py_descr_error py_str_lower_at py_str_title
// str.capitalize(): first character title-cased, the rest lower-cased (CPython 3.8+).
function py_str_capitalize(self) {
  if (typeof self !== "string") throw py_descr_error("capitalize", "str", self);
  if (self === "") return self;
  if (!/[^\x00-\x7f]/.test(self)) return self.charAt(0).toUpperCase() + self.slice(1).toLowerCase();
  const first = String.fromCodePoint(self.codePointAt(0));
  let out = py_str_title_char(first);
  let i = first.length;
  while (i < self.length) {
    const ch = String.fromCodePoint(self.codePointAt(i));
    out += py_str_lower_at(self, i, ch);
    i += ch.length;
  }
  return out;
}
