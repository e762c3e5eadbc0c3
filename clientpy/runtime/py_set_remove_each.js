// requires: py_hash_find
// Removes each member of the iterable b from the set a, in place, in b's order; `toggle`
// adds those a lacks instead (`a ^= b`). `a -= a` and `a ^= a` empty it.
function py_set_remove_each(a, b, toggle) {
  if (a === b) {
    a.clear();
    return a;
  }
  for (const x of b) {
    const found = py_hash_find(a, x);
    if (found !== undefined) a.delete(found);
    else if (toggle) a.add(x);
  }
  return a;
}
