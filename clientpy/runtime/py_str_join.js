// requires: py_descr_error py_exceptions py_typename py_iter py_is_plain
// str.join(iterable): every item must be a str.
function py_str_join(self, iterable) {
  if (typeof self !== "string") throw py_descr_error("join", "str", self);
  let items = iterable;
  if (!Array.isArray(items)) {
    if (typeof items === "string") return Array.from(items).join(self);
    const ok =
      items !== null && typeof items === "object" &&
      (items instanceof Map || items instanceof Set || py_is_plain(items) || typeof items[Symbol.iterator] === "function");
    if (!ok) throw new py_TypeError("can only join an iterable");
    items = Array.from(py_iter(items));
  }
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== "string") {
      throw new py_TypeError("sequence item " + i + ": expected str instance, " + py_typename(items[i]) + " found");
    }
  }
  return items.join(self);
}
