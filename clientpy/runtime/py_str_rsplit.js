// requires: py_descr_error py_exceptions py_typename py_index_arg py_str_split py_isspace
// str.rsplit(sep, maxsplit): like split, but the maxsplit splits are taken from the right.
function py_str_rsplit(self, sep, maxsplit) {
  if (typeof self !== "string") throw py_descr_error("rsplit", "str", self);
  const max = maxsplit === undefined ? -1 : py_index_arg(maxsplit);
  const out = [];
  if (sep === undefined || sep === null) {
    if (max < 0) return py_str_split(self, sep, -1);
    let i = self.length - 1;
    let left = max;
    while (left-- > 0) {
      while (i >= 0 && py_isspace(self.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !py_isspace(self.charCodeAt(i))) i--;
      out.push(self.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && py_isspace(self.charCodeAt(i))) i--;
      if (i >= 0) out.push(self.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (typeof sep !== "string") throw new py_TypeError("must be str or None, not " + py_typename(sep));
  if (sep === "") throw new py_ValueError("empty separator");
  let end = self.length;
  let left = max < 0 ? Infinity : max;
  while (left-- > 0) {
    const j = end - sep.length < 0 ? -1 : self.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(self.slice(j + sep.length, end));
    end = j;
  }
  out.push(self.slice(0, end));
  return out.reverse();
}
