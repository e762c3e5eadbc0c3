// requires: py_descr_error py_index_arg
// str.splitlines(keepends): split at \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
function py_str_splitlines(self, keepends) {
  if (typeof self !== "string") throw py_descr_error("splitlines", "str", self);
  const keep = keepends === undefined ? false : py_index_arg(keepends) !== 0;
  const out = [];
  const n = self.length;
  let i = 0;
  let j = 0;
  while (i < n) {
    for (;;) {
      if (i >= n) break;
      const c = self.charCodeAt(i);
      if ((c >= 10 && c <= 13) || (c >= 28 && c <= 30) || c === 0x85 || c === 0x2028 || c === 0x2029) break;
      i++;
    }
    let eol = i;
    if (i < n) {
      if (self.charCodeAt(i) === 13 && i + 1 < n && self.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keep) eol = i;
    }
    out.push(self.slice(j, eol));
    j = i;
  }
  return out;
}
