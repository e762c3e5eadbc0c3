// requires: py_bitor py_dict_update py_is_plain py_set_add_all
// `a |= b`: a dict is updated in place (update() takes pairs too, with its errors), a set
// takes b's members in place (as CPython merges them: presized, in b's order); anything
// else is `a = a | b`.
function py_ior(a, b) {
  if (a instanceof Map || py_is_plain(a)) {
    py_dict_update(a, b);
    return a;
  }
  if (a instanceof Set && b instanceof Set) {
    return py_set_add_all(a, b);
  }
  return py_bitor(a, b);
}
