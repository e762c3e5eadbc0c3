// requires: py_descr_error py_index_arg
// str.expandtabs(tabsize=8): tabs to spaces up to the next multiple of tabsize; the
// column restarts after \n and \r.
function py_str_expandtabs(self, tabsize) {
  if (typeof self !== "string") throw py_descr_error("expandtabs", "str", self);
  const size = tabsize === undefined ? 8 : py_index_arg(tabsize);
  if (self.indexOf("\t") < 0) return self;
  let out = "";
  let col = 0;
  for (const ch of self) {
    if (ch === "\t") {
      if (size > 0) {
        const n = size - (col % size);
        col += n;
        out += " ".repeat(n);
      }
    } else {
      col++;
      out += ch;
      if (ch === "\n" || ch === "\r") col = 0;
    }
  }
  return out;
}
