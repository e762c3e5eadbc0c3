// requires: py_hash_find py_sub
// `a -= b`: a set loses b's members in place (`s -= s` empties it); anything else is
// `a = a - b`.
function py_isub(a, b) {
  if (a instanceof Set && b instanceof Set) {
    if (a === b) {
      a.clear();
      return a;
    }
    for (const x of b) {
      const found = py_hash_find(a, x);
      if (found !== undefined) a.delete(found);
    }
    return a;
  }
  return py_sub(a, b);
}
