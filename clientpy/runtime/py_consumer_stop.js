// requires: py_exceptions
// A StopIteration raised by what a consumer fused into a generator expression's loop
// calls for itself (min/max's key) is the consumer's, which CPython lets through as
// it is: marked so that py_generator_stop leaves it alone.
function py_consumer_stop(e) {
  if (e instanceof py_StopIteration) e.py_consumer = true;
  return e;
}
