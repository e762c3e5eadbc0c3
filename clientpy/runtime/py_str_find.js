// requires: py_descr_error py_exceptions py_typename py_has_surrogates py_is_int
// str.find(sub, start, end): lowest code-point index of sub in self[start:end], or -1.
function py_str_find(self, sub, start, end) {
  if (typeof self !== "string") throw py_descr_error("find", "str", self);
  if (typeof sub !== "string") throw new py_TypeError("must be str, not " + py_typename(sub));
  if (start === undefined && end === undefined && !py_SURROGATES.test(self)) return self.indexOf(sub);
  const b = py_str_find_bounds(self, start, end);
  if (b.end - b.start < py_str_find_cplen(sub)) return -1;
  const i = b.text.indexOf(sub);
  return i < 0 ? -1 : b.start + (b.cp ? py_str_find_cplen(b.text.slice(0, i)) : i);
}

// Length in code points.
function py_str_find_cplen(s) {
  if (!py_SURROGATES.test(s)) return s.length;
  let n = 0;
  for (const ch of s) n += ch ? 1 : 0;
  return n;
}

// One start/end argument of find, count, startswith ...: None, an int or a bool.
function py_str_find_index(x, dflt) {
  if (x === undefined || x === null) return dflt;
  if (typeof x === "number" && py_is_int(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new py_TypeError("slice indices must be integers or None or have an __index__ method");
}

// ADJUST_INDICES over code points: {start, end (code point indices, start not clamped to
// the length), text: self[start:end] as a JS string, cp: whether self has astral chars}.
function py_str_find_bounds(self, start, end) {
  const cp = py_SURROGATES.test(self);
  const chars = cp ? Array.from(self) : null;
  const len = cp ? chars.length : self.length;
  let s = py_str_find_index(start, 0);
  let e = py_str_find_index(end, len);
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  let text = "";
  if (s < e) text = cp ? chars.slice(s, e).join("") : self.slice(s, e);
  return { start: s, end: e, text: text, cp: cp };
}
