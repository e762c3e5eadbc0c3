// requires: py_exceptions
// PEP 479: a StopIteration raised inside a generator expression leaves it as
// RuntimeError("generator raised StopIteration"), its __cause__ and __context__ the
// StopIteration; anything else leaves as it is, and so does a StopIteration that
// py_consumer_stop marked.
function py_generator_stop(e) {
  if (!(e instanceof py_StopIteration) || e.py_consumer === true) return e;
  const error = new py_RuntimeError("generator raised StopIteration");
  error.__cause__ = e;
  error.__context__ = e;
  return error;
}
