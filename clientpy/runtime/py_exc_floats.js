// Marks which constructor arguments of exception `e` are Python floats (a JS number
// cannot say), so that str(e) and repr(e) print `2.0` where CPython does.
function py_exc_floats(e, floats) {
  e.py_floats = floats;
  return e;
}
