// requires: py_exceptions py_typename
// The AttributeError CPython raises when a method is missing on a receiver, built (not
// thrown) so a caller writes `throw py_attr_error(self, "append")`.
function py_attr_error(obj, name) {
  return new py_AttributeError("'" + py_typename(obj) + "' object has no attribute '" + name + "'");
}
