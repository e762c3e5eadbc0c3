// requires: py_exceptions
// A local read that may come before its first assignment (or after `except ... as e`
// deleted it): Python raises UnboundLocalError there.
function py_bound(value, name) {
  if (value === undefined) {
    throw new py_UnboundLocalError(
      "cannot access local variable '" + name + "' where it is not associated with a value"
    );
  }
  return value;
}
