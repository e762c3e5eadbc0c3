// requires: py_bitor py_dict_update py_hash_find py_is_plain
// `a |= b`: a dict is updated in place (update() takes pairs too, with its errors), a set
// takes b's members in place (as CPython merges them: presized, in b's order); anything
// else is `a = a | b`.
function py_ior(a, b) {
  if (a instanceof Map || py_is_plain(a)) {
    py_dict_update(a, b);
    return a;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.$presize) a.$presize(b.size);
    for (const x of b) if (py_hash_find(a, x) === undefined) a.add(x);
    return a;
  }
  return py_bitor(a, b);
}
