// A value contradicts an annotation the compiled code relies on (annotation_checks.py).
// Not a Python exception: CPython does not check annotations, so no `except` clause may
// take it for one of its own (py_exc_matches, and bare `except:` rethrows it).
// Its py_name makes a traceback (py_traceback) name it as it is, not as "Exception".
class py_AnnotationError extends Error {
  static get py_name() { return "AnnotationError"; }
  constructor(message) {
    super(message);
    this.name = "AnnotationError";
  }
}
