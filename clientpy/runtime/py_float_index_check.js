// requires: py_exceptions py_typename
// Before o[k] = v or del o[k] where k is statically a float: a list raises TypeError as
// in Python whatever the float's value (the number alone cannot tell 2.0 from 2), a str,
// tuple or set that it does not support the change (`change`: "assignment",
// "deletion"). A dict goes on to store or delete the key (d[1.0] is d[1]).
function py_float_index_check(o, change) {
  if (typeof o === "string" || (Array.isArray(o) && Object.isFrozen(o)) || o instanceof Set) {
    throw new py_TypeError("'" + py_typename(o) + "' object does not support item " + change);
  }
  if (Array.isArray(o)) throw new py_TypeError("list indices must be integers or slices, not float");
}
