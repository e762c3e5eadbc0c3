// requires: py_compare
// a >= b (numbers directly; everything else through py_compare).
function py_ge(a, b) {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  return py_compare(a, b, 3);
}
