// requires: py_exceptions py_math_args py_typename
function py_math_trunc(x) {
  if (typeof x !== "number" && typeof x !== "boolean") {
    throw new py_TypeError("type " + py_typename(x) + " doesn't define __trunc__ method");
  }
  return py_math_int(Math.trunc(x));
}
