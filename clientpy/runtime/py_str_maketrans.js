// requires: py_exceptions py_dict_set py_is_plain py_typename
// str.maketrans(x[, y[, z]]): the dict str.translate takes, keys as ordinals. One
// argument: a dict of single characters or ints; two: two equal-length strs mapped
// position by position; the third's characters map to None.
function py_str_maketrans(x, y, z) {
  const out = new Map();
  if (y === undefined) {
    if (!(x instanceof Map) && !py_is_plain(x)) {
      throw new py_TypeError("if you give only one argument to maketrans it must be a dict");
    }
    const entries = x instanceof Map ? x : Object.entries(x);
    for (const [k, v] of entries) {
      if (typeof k === "string") {
        if ([...k].length !== 1) throw new py_ValueError("string keys in translate table must be of length 1");
        py_dict_set(out, true, k.codePointAt(0), v);
      } else if (typeof k === "boolean" || (typeof k === "number" && Number.isInteger(k))) {
        py_dict_set(out, true, k, v);
      } else {
        throw new py_TypeError("keys in translate table must be strings or integers");
      }
    }
    return out;
  }
  if (typeof x !== "string") {
    throw new py_TypeError("first maketrans argument must be a string if there is a second argument");
  }
  const from = [...x];
  if (typeof y !== "string") {
    throw new py_TypeError("maketrans() argument 2 must be str, not " + py_typename(y));
  }
  const to = [...y];
  if (from.length !== to.length) {
    throw new py_ValueError("the first two maketrans arguments must have equal length");
  }
  from.forEach((ch, i) => out.set(ch.codePointAt(0), to[i].codePointAt(0)));
  if (z !== undefined) {
    if (typeof z !== "string") {
      throw new py_TypeError("maketrans() argument 3 must be str, not " + py_typename(z));
    }
    for (const ch of z) out.set(ch.codePointAt(0), null);
  }
  return out;
}
