// requires: py_exceptions py_is_plain py_typename py_DictView py_has_surrogates
// len(x): code points of a str, items of a list/tuple/dict/set.
function py_len(x) {
  if (typeof x === "string") {
    const n = x.length;
    if (!py_SURROGATES.test(x)) return n;
    let pairs = 0;
    for (let i = 0; i < n - 1; i++) {
      const u = x.charCodeAt(i);
      if (u >= 0xd800 && u <= 0xdbff) {
        const v = x.charCodeAt(i + 1);
        if (v >= 0xdc00 && v <= 0xdfff) {
          pairs++;
          i++;
        }
      }
    }
    return n - pairs;
  }
  if (Array.isArray(x)) return x.length;
  if (x instanceof Map || x instanceof Set || x instanceof py_DictView) return x.size;
  if (py_is_plain(x)) return Object.keys(x).length;
  throw new py_TypeError("object of type '" + py_typename(x) + "' has no len()");
}
