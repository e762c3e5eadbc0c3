// One part of a split without the list (lower/split_parts.py says which split each
// reads): the part of s after sep's last match (`s.rsplit(sep)[-1]`), or after its first
// (`s.split(sep, 1)[-1]`); all of s where sep does not occur. sep is a literal the
// compiler checked as for py_str_split_sep.
function py_str_after(s, sep, last) {
  const i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
  return i < 0 ? s : s.slice(i + sep.length);
}
