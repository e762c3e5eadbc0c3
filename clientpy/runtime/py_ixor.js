// requires: py_bitxor py_hash_find
// `a ^= b`: each member of b is removed from the set a if there, added if not, in place
// (`s ^= s` empties it); anything else is `a = a ^ b`.
function py_ixor(a, b) {
  if (a instanceof Set && b instanceof Set) {
    if (a === b) {
      a.clear();
      return a;
    }
    for (const x of b) {
      const found = py_hash_find(a, x);
      if (found !== undefined) a.delete(found);
      else a.add(x);
    }
    return a;
  }
  return py_bitxor(a, b);
}
