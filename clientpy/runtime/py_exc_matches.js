// requires: py_AnnotationError py_exceptions py_exc_name py_prevent_update
// Whether `except classes:` catches e; classes is one class or a tuple of them (anything
// else, a list included, is CPython's TypeError).
// Python exceptions match by class. Anything else thrown (native JS errors, Dash's
// PreventUpdate object) matches Exception and BaseException, and native errors also match
// the class py_exc_name gives them (JS TypeError -> TypeError, stack overflow ->
// RecursionError, ReferenceError -> NameError). An annotation the code relied on
// failing (py_AnnotationError) is no Python exception: nothing catches it.
function py_exc_matches(e, classes) {
  const tuple = Array.isArray(classes) && Object.isFrozen(classes);
  const each = tuple ? classes : [classes];
  // CPython checks the whole clause before matching: a nested tuple fails too
  for (let i = 0; i < each.length; i++) {
    const c = each[i];
    const valid = c === py_BaseException || (typeof c === "function" && c.prototype instanceof py_BaseException);
    if (!valid && c !== py_prevent_update()) {
      throw new py_TypeError("catching classes that do not inherit from BaseException is not allowed");
    }
  }
  for (let i = 0; i < each.length; i++) {
    if (py_exc_matches_class(e, each[i])) return true;
  }
  return false;
}

function py_exc_matches_class(e, classes) {
  if (typeof classes !== "function") return e === classes; // Dash's PreventUpdate
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
