// requires: py_str_split_sep py_unpack py_exceptions
// `a, b = s.split(sep)`, `s.split(sep, 1)` (limit 1) or `s.rsplit(sep, 1)` (limit 1,
// last): the two parts around one match of sep, without splitting the rest; CPython's
// ValueError where the split would not give two parts. sep is a literal the compiler
// checked as for py_str_split_sep.
function py_str_split_pair(s, sep, limit, last) {
  const i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) throw new py_ValueError("not enough values to unpack (expected 2, got 1)");
  if (limit !== 1 && s.indexOf(sep, i + sep.length) >= 0) {
    return py_unpack(py_str_split_sep(s, sep), 2); // CPython's "too many values" error
  }
  return [s.slice(0, i), s.slice(i + sep.length)];
}
