// requires: py_dnum_add py_mod
// a % b with a of open type (a number from Dash) and b an int: the remainder of a float
// with a fraction keeps it, except where adding b rounds it away (-1e-20 % 1 is 1.0 in
// CPython): raises there, as py_dnum_add does, rather than print 1.
function py_dnum_mod(a, b) {
  const r = py_mod(a, b);
  if (typeof a === "number" && a % 1 !== 0 && r % 1 === 0) throw py_lost_fraction(r);
  return r;
}
