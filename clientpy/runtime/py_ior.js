// requires: py_bitor py_dict_update py_inplace_set py_is_plain
// `a |= b`: a dict is updated in place (update() takes pairs too, with its errors), a set
// too; anything else is `a = a | b`.
function py_ior(a, b) {
  if (a instanceof Map || py_is_plain(a)) {
    py_dict_update(a, b);
    return a;
  }
  return py_inplace_set(a, py_bitor(a, b));
}
