// One part of a split without the list (lower/split_parts.py says which split each
// reads): the part of s before sep's first match (`s.split(sep)[0]`), or before its last
// (`s.rsplit(sep, 1)[0]`); all of s where sep does not occur. sep is a literal the
// compiler checked as for py_str_split_sep.
function py_str_before(s, sep, last) {
  const i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
  return i < 0 ? s : s.slice(0, i);
}
