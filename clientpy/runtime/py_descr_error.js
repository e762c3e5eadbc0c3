// requires: py_exceptions py_typename
// The TypeError CPython raises when a method descriptor gets a receiver of the wrong type
// (str.upper(1)), built (not thrown) so a caller writes `throw py_descr_error("upper", "str", self)`.
function py_descr_error(name, type, self) {
  return new py_TypeError(
    "descriptor '" + name + "' for '" + type + "' objects doesn't apply to a '" + py_typename(self) + "' object"
  );
}
