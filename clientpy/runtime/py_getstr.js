// requires: py_getitem
// d["key"] with a constant str key that no Object.prototype member is named: the Dash
// data case (a plain JSON object) is one property read; everything else, including a
// missing key (KeyError), is py_getitem's.
function py_getstr(o, k) {
  if (o !== null && typeof o === "object" && Object.getPrototypeOf(o) === Object.prototype) {
    const v = o[k];
    if (v !== undefined) return v;
  }
  return py_getitem(o, k);
}
