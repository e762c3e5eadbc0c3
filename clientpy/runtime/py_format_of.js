// requires: py_format
// format(*args): the value and spec bound at run time (`isFloat`: as py_format's).
function py_format_of(isFloat, value, spec) {
  return py_format(value, spec === undefined ? "" : spec, isFloat);
}
