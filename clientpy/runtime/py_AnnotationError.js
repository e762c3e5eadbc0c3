// A value contradicts an annotation the compiled code relies on (annotation_checks.py).
// Not a Python exception: CPython does not check annotations, so no `except` clause may
// take it for one of its own (py_exc_matches, and bare `except:` rethrows it).
class py_AnnotationError extends Error {
  constructor(message) {
    super(message);
    this.name = "AnnotationError";
  }
}
