// requires: py_AnnotationError py_exceptions py_exc_name
// Whether `except classes:` catches e; classes is one class or an array of them.
// Python exceptions match by class. Anything else thrown (native JS errors, Dash's
// PreventUpdate object) matches Exception and BaseException, and native errors also match
// the class py_exc_name gives them (JS TypeError -> TypeError, stack overflow ->
// RecursionError, ReferenceError -> NameError). An annotation the code relied on
// failing (py_AnnotationError) is no Python exception: nothing catches it.
function py_exc_matches(e, classes) {
  if (Array.isArray(classes)) {
    for (let i = 0; i < classes.length; i++) {
      if (py_exc_matches(e, classes[i])) return true;
    }
    return false;
  }
  if (typeof classes !== "function") return e === classes; // Dash's PreventUpdate object
  if (e instanceof classes) return true;
  if (e instanceof py_BaseException || e instanceof py_AnnotationError) return false;
  if (classes === py_Exception || classes === py_BaseException) return true;
  if (!(e instanceof Error)) return false;
  switch (py_exc_name(e)) {
    case "TypeError":
      return classes === py_TypeError;
    case "RecursionError":
      return classes === py_RecursionError || classes === py_RuntimeError;
    case "UnboundLocalError":
      return classes === py_UnboundLocalError || classes === py_NameError;
    case "NameError":
      return classes === py_NameError;
  }
  return false;
}
