// requires: py_exceptions py_float_repr py_typename py_is_plain
// json.dumps with Python's default separators (", " and ": ") and ensure_ascii; an int
// key is written as a string, as Python does; indent= and sort_keys= as in Python.
function py_json_dumps(value, indent, sort_keys, separators, floats) {
  const pad = indent === undefined || indent === null ? null
    : typeof indent === "number" ? " ".repeat(indent) : String(indent);
  const seps = separators === undefined || separators === null
    ? [pad === null ? ", " : ",", ": "] : [separators[0], separators[1]];
  return py_json_dumps_value(value, pad, !!sort_keys, "", seps, floats === true);
}

function py_json_dumps_value(v, pad, sort, depth, seps, floats) {
  if (v === null || v === undefined) return "null";
  if (v === true) return "true";
  if (v === false) return "false";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN";
    if (v === Infinity) return "Infinity";
    if (v === -Infinity) return "-Infinity";
    return Number.isInteger(v) && !floats ? String(v) : py_float_repr(v);
  }
  if (typeof v === "string") return py_json_dumps_string(v);
  const inner = pad === null ? null : depth + pad;
  const open = inner === null ? "" : "\n" + inner;
  const sep = inner === null ? seps[0] : seps[0] + "\n" + inner;
  const close = inner === null ? "" : "\n" + depth;
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return "[" + open + v.map((x) => py_json_dumps_value(x, pad, sort, inner, seps, floats)).join(sep) + close + "]";
  }
  let entries;
  if (v instanceof Map) entries = Array.from(v.entries());
  else if (py_is_plain(v)) entries = Object.keys(v).map((k) => [k, v[k]]);
  else throw new py_TypeError("Object of type " + py_typename(v) + " is not JSON serializable");
  entries = entries.map(([k, x]) => [py_json_dumps_key(k), x]);
  if (sort) entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (entries.length === 0) return "{}";
  const colon = seps[1];
  return "{" + open + entries.map(([k, x]) => py_json_dumps_string(k) + colon + py_json_dumps_value(x, pad, sort, inner, seps, floats)).join(sep) + close + "}";
}

function py_json_dumps_key(k) {
  if (typeof k === "string") return k;
  if (k === true) return "true";
  if (k === false) return "false";
  if (k === null || k === undefined) return "null";
  if (typeof k === "number") return Number.isInteger(k) ? String(k) : py_float_repr(k);
  throw new py_TypeError("keys must be str, int, float, bool or None, not " + py_typename(k));
}

function py_json_dumps_string(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (c < 0x20 || (c > 0x7e && c < 0x10000)) out += "\\u" + c.toString(16).padStart(4, "0");
    else if (c >= 0x10000) {
      const v = c - 0x10000;
      out += "\\u" + (0xd800 + (v >> 10)).toString(16) + "\\u" + (0xdc00 + (v & 0x3ff)).toString(16);
    } else out += ch;
  }
  return out + '"';
}
