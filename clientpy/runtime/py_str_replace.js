// requires: py_descr_error py_exceptions py_typename py_index_arg
// str.replace(old, new, count): every occurrence (or the first count); an empty old
// inserts new before every code point and at the end.
function py_str_replace(self, old, rep, count) {
  if (typeof self !== "string") throw py_descr_error("replace", "str", self);
  if (typeof old !== "string") throw new py_TypeError("replace() argument 1 must be str, not " + py_str_replace_type(old));
  if (typeof rep !== "string") throw new py_TypeError("replace() argument 2 must be str, not " + py_str_replace_type(rep));
  let n = count === undefined ? -1 : py_index_arg(count);
  if (n < 0) {
    if (old !== "") return self.split(old).join(rep);
    n = Infinity;
  }
  if (n === 0) return self;
  if (old === "") {
    let out = "";
    let done = 0;
    let i = 0;
    for (const ch of self) {
      if (done === n) break;
      out += rep + ch;
      i += ch.length;
      done++;
    }
    if (done < n && i === self.length) return out + rep;
    return out + self.slice(i);
  }
  let out = "";
  let i = 0;
  while (n-- > 0) {
    const j = self.indexOf(old, i);
    if (j < 0) break;
    out += self.slice(i, j) + rep;
    i = j + old.length;
  }
  return out + self.slice(i);
}

// Argument Clinic names None "None" in its type errors.
function py_str_replace_type(x) {
  return x === null || x === undefined ? "None" : py_typename(x);
}
