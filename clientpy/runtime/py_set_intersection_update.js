// requires: py_attr_error py_set_intersection py_set_take_table
// set.intersection_update(*iterables): the intersection, made as set.intersection
// makes it, becomes the set's own members and table (CPython swaps the bodies).
function py_set_intersection_update(self, ...others) {
  if (!(self instanceof Set)) throw py_attr_error(self, "intersection_update");
  // With no argument CPython still swaps in a copy, whose table may be smaller.
  py_set_take_table(self, py_set_intersection(self, ...others));
  return null;
}
