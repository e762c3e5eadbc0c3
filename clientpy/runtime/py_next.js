// requires: py_exceptions py_typename
// next(iterator, default): the iterator's next item; at its end the default when one is
// given, else StopIteration. A list, str or dict is no iterator: TypeError, as in Python.
function py_next(it, dflt) {
  if (
    it === null ||
    typeof it !== "object" ||
    typeof it.next !== "function" ||
    typeof it[Symbol.iterator] !== "function" ||
    Array.isArray(it)
  ) {
    throw new py_TypeError("'" + py_typename(it) + "' object is not an iterator");
  }
  const r = it.next();
  if (!r.done) return r.value;
  if (dflt !== undefined) return dflt;
  throw new py_StopIteration();
}
