// requires: py_descr_error py_exceptions py_typename py_str_find py_has_surrogates
// str.count(sub, start, end): non-overlapping occurrences of sub in self[start:end]
// (the empty string occurs len + 1 times).
function py_str_count(self, sub, start, end) {
  if (typeof self !== "string") throw py_descr_error("count", "str", self);
  if (typeof sub !== "string") throw new py_TypeError("must be str, not " + py_typename(sub));
  if (start === undefined && end === undefined && sub !== "" && !py_SURROGATES.test(sub)) {
    // the whole text: a match of sub without surrogates starts at a code point, so
    // the count in UTF-16 units is the count in code points
    let n = 0;
    for (let i = self.indexOf(sub); i >= 0; i = self.indexOf(sub, i + sub.length)) n++;
    return n;
  }
  const b = py_str_find_bounds(self, start, end);
  if (b.end - b.start < py_str_find_cplen(sub)) return 0;
  if (sub === "") return b.end - b.start + 1;
  let n = 0;
  let i = b.text.indexOf(sub);
  while (i >= 0) {
    n++;
    i = b.text.indexOf(sub, i + sub.length);
  }
  return n;
}
