// requires: py_hash_find py_PySet
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
  if (!toggle) py_set_drop_dummies(a);
  return a;
}

// The end of CPython's set_difference_update_internal (`-=`, difference, and
// difference_update): where more than a quarter of the table's slots hold deleted
// markers, the table is rebuilt, which can change the order the members iterate in
// (`list(set(b).difference(a))`).
function py_set_drop_dummies(s) {
  const slots = s.$slots;
  if (slots === null || slots === undefined) return; // insertion order: no table
  const dummies = s.$fill - s.size;
  if (dummies <= Math.floor((slots.length - 1) / 4)) return;
  py_set_table_resize(s, s.size > 50000 ? s.size * 2 : s.size * 4);
}
