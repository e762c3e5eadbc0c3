// requires: py_callm
// obj, once its method `name` is found (py_callm_find): CPython looks a method up before
// it binds the call's arguments, so a receiver without it raises AttributeError
// (`"abc".pop(key=1)`), not the TypeError of a keyword its owners' methods refuse.
function py_method_of(obj, name) {
  py_callm_find(obj, name);
  return obj;
}
