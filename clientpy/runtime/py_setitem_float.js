// requires: py_float_index_check py_float_arg py_setitem
// o[k] = v where k is statically a float (py_float_index_check); a dict's KeyError
// names the float.
function py_setitem_float(o, k, v) {
  py_float_index_check(o, "assignment");
  return py_float_arg(() => py_setitem(o, k, v));
}
