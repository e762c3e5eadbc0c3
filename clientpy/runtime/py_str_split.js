// requires: py_descr_error py_exceptions py_typename py_index_arg py_isspace
// str.split(sep, maxsplit): sep None (or not given) splits on runs of whitespace and drops
// empty ends; otherwise on every sep. maxsplit -1 means no limit.
function py_str_split(self, sep, maxsplit) {
  if (typeof self !== "string") throw py_descr_error("split", "str", self);
  const max = maxsplit === undefined ? -1 : py_index_arg(maxsplit);
  if (sep === undefined || sep === null) {
    if (max < 0) return self.match(/[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g) || [];
    const out = [];
    const n = self.length;
    let i = 0;
    let left = max;
    while (left-- > 0) {
      while (i < n && py_isspace(self.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !py_isspace(self.charCodeAt(i))) i++;
      out.push(self.slice(j, i));
    }
    if (i < n) {
      while (i < n && py_isspace(self.charCodeAt(i))) i++;
      if (i !== n) out.push(self.slice(i));
    }
    return out;
  }
  if (typeof sep !== "string") throw new py_TypeError("must be str or None, not " + py_typename(sep));
  if (sep === "") throw new py_ValueError("empty separator");
  if (max < 0) return self.split(sep);
  const out = [];
  let i = 0;
  let left = max;
  while (left-- > 0) {
    const j = self.indexOf(sep, i);
    if (j < 0) break;
    out.push(self.slice(i, j));
    i = j + sep.length;
  }
  out.push(self.slice(i));
  return out;
}
