// requires: py_PySet
// CPython's set_swap_bodies, as `a &= b` and a.intersection_update(...) end: the set a
// takes the members and the hash table of the set `made` (whose table decides the order
// a iterates in, where re-adding the members one by one may not give it).
function py_set_take_table(a, made) {
  a.clear();
  for (const x of made) Set.prototype.add.call(a, x);
  a.$slots = made.$slots === null ? null : made.$slots.slice();
  a.$fill = made.$fill;
  a.$order = null;
  return a;
}
