// requires: py_eq
// a != b
function py_ne(a, b) {
  return a !== b && !py_eq(a, b);
}
