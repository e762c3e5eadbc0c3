// requires: py_json_dumps py_lt
// sort_keys: Python sorts the items by key, then writes them as usual. Apart from the
// rest so that the common path keeps no closure (and allocates no context for one).
function py_json_dumps_sorted(out, v, pad, depth, seps, floats) {
  let entries;
  if (py_is_plain(v)) {
    const keys = Object.keys(v);
    entries = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) entries[i] = [keys[i], v[keys[i]]];
  } else if (v instanceof Map) {
    entries = Array.from(v.entries());
  } else {
    throw py_json_dumps_unserializable(v);
  }
  if (entries.length === 0) return out + "{}";
  const inner = pad === null ? null : depth + pad;
  const sep = inner === null ? seps[0] : seps[0] + "\n" + inner;
  // By the keys themselves, before they become strings: 2 before 10, code points for
  // str, and TypeError for keys Python cannot order (an int and a str).
  entries.sort((a, b) => (py_lt(a[0], b[0]) ? -1 : py_lt(b[0], a[0]) ? 1 : 0));
  out += inner === null ? "{" : "{\n" + inner;
  for (let i = 0; i < entries.length; i++) {
    const [k, x] = entries[i];
    out += (i > 0 ? sep : "") + py_json_dumps_string(py_json_dumps_key(k), seps[2]) + seps[1];
    out = py_json_dumps_value(out, x, pad, py_json_dumps_sorted, inner, seps, py_json_dumps_floats(floats, k));
  }
  return out + (inner === null ? "}" : "\n" + depth + "}");
}
