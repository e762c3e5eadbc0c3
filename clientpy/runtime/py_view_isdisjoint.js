// requires: py_attr_error py_set py_set_isdisjoint
// dict.keys().isdisjoint(iterable) and dict.items().isdisjoint(iterable): the view taken
// as the set it stands for; a values view has no such method (AttributeError).
function py_view_isdisjoint(view, other) {
  if (view.kind === "values") throw py_attr_error(view, "isdisjoint");
  return py_set_isdisjoint(py_set(view), other);
}
