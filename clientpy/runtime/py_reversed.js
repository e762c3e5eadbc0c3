// requires: py_exceptions py_typename py_is_plain
// reversed(seq) as a new array: lists, tuples, str (by code point), dicts (keys).
// Sets, numbers and iterators are not reversible, as in CPython.
function py_reversed(seq) {
  if (Array.isArray(seq)) return seq.slice().reverse();
  if (typeof seq === "string") return Array.from(seq).reverse();
  if (seq instanceof Map) return Array.from(seq.keys()).reverse();
  if (py_is_plain(seq)) return Object.keys(seq).reverse();
  throw new py_TypeError("'" + py_typename(seq) + "' object is not reversible");
}
