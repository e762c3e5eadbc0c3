// requires: py_dnum_add py_mod py_is_int
// a % b with a of open type (a number from Dash) and b an int: the remainder of a float
// with a fraction keeps it, except where adding b rounds it away (-1e-20 % 1 is 1.0 in
// CPython), and a float from 1e21 on has none (1e21 % 7 is 6.0): raises there, as
// py_dnum_add does, rather than print an int.
function py_dnum_mod(a, b) {
  const r = py_mod(a, b);
  if (typeof a === "number" && !py_is_int(a) && py_is_int(r)) throw py_lost_fraction(r);
  return r;
}
