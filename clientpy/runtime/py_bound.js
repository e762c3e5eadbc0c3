// requires: py_exceptions
// A local read that may come before its first assignment (or after `except ... as e`
// deleted it): Python raises UnboundLocalError there, or NameError when the variable
// belongs to an enclosing function (`free`).
function py_bound(value, name, free) {
  if (value === undefined) {
    if (free) {
      throw new py_NameError(
        "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope"
      );
    }
    throw new py_UnboundLocalError(
      "cannot access local variable '" + name + "' where it is not associated with a value"
    );
  }
  return value;
}
