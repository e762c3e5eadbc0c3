// requires: py_is_class
// What `raise x` throws for a local x that may hold a class: a class is instantiated, as
// Python does (`err = KeyError if c else ValueError; raise err`); an exception as it is.
function py_raised(x) {
  return py_is_class(x) ? new x() : x;
}
