// Whether a function value is a class of the callback's (an exception class, built in
// or the user's), which Python calls to make an instance and JS must call with `new`.
// A def or lambda is a plain JS function (an arrow has no prototype).
function py_is_class(f) {
  return typeof f === "function" && f.prototype !== undefined && f.prototype instanceof Error;
}
