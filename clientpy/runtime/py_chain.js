// requires: py_exceptions
// `raise exc from cause` and raising inside an `except` block: Python records the
// cause (explicit, `from None` suppresses the context) and the exception being handled.
function py_chain(exc, cause, context) {
  if (exc instanceof py_BaseException) {
    if (cause !== undefined) {
      exc.__cause__ = cause;
      exc.__suppress_context__ = true;
    }
    if (context !== undefined && context !== exc && exc.__context__ === undefined) {
      exc.__context__ = context;
    }
  }
  return exc;
}
