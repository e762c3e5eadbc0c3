// requires: py_exceptions
// `raise exc from cause` and raising inside an `except` block: Python records the
// cause (explicit, `from None` suppresses the context) and the exception being handled.
function py_chain(exc, cause, context) {
  if (exc instanceof py_BaseException) {
    if (cause !== undefined) {
      exc.__cause__ = cause;
      exc.__suppress_context__ = true;
    }
    if (context !== undefined && context !== exc) {
      // as CPython: the context is set on every raise (a saved exception raised again
      // takes the new one), and a link back to exc in the context's chain is cut
      const seen = new Set();
      for (let o = context; o instanceof py_BaseException && !seen.has(o); o = o.__context__) {
        seen.add(o);
        if (o.__context__ === exc) {
          o.__context__ = undefined;
          break;
        }
      }
      exc.__context__ = context;
    }
  }
  return exc;
}
