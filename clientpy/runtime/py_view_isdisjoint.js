// requires: py_attr_error py_eq py_getitem py_in py_iter py_is_view
// dict.keys().isdisjoint(iterable) and dict.items().isdisjoint(iterable), as CPython's
// dictviews_isdisjoint: each item of the other is looked for in the view (a key hashed,
// an item a 2-tuple whose key is looked up and whose value is compared, never hashed),
// except that a larger set or view is the one looked in. A values view has no such
// method (AttributeError).
function py_view_isdisjoint(view, other) {
  if (view.kind === "values") throw py_attr_error(view, "isdisjoint");
  const setLike = other instanceof Set || py_is_view(other);
  if (setLike && other.size > view.size) {
    for (const x of view) if (py_in(x, other)) return false;
    return true;
  }
  for (const x of py_iter(other)) {
    if (view.kind === "keys" ? py_in(x, view.dict) : py_view_has_item(view.dict, x)) return false;
  }
  return true;
}

// `x in d.items()`: x a 2-tuple whose key is in d with an equal value.
function py_view_has_item(d, x) {
  if (!(Array.isArray(x) && Object.isFrozen(x) && x.length === 2)) return false;
  return py_in(x[0], d) && py_eq(py_getitem(d, x[0]), x[1]);
}
