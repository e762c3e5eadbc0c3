// requires: py_exceptions py_typename
// print()'s sep where it may be no str: None is " ", anything else CPython's TypeError.
function py_print_sep(sep) {
  if (sep === null || sep === undefined) return " ";
  if (typeof sep === "string") return sep;
  throw new py_TypeError("sep must be None or a string, not " + py_typename(sep));
}
