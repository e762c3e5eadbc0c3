// requires: py_float_index_check py_float_arg py_delitem
// del o[k] where k is statically a float (py_float_index_check); a dict's KeyError
// names the float (`KeyError(2.0)`).
function py_delitem_float(o, k) {
  py_float_index_check(o, "deletion");
  return py_float_arg(() => py_delitem(o, k));
}
