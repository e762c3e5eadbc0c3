// requires: py_exceptions py_float_repr py_typename py_is_plain py_obj_order py_is_int
// json.dumps with Python's default separators (", " and ": ") and ensure_ascii; an int
// key is written as a string, as Python does; indent= and sort_keys= as in Python.
// The text is built here rather than by JSON.stringify, which differs from Python on
// floats (1e-05, 2.0), non-ASCII strings, NaN and big ints, and is no faster on the
// usual float-laden data: it prints doubles without V8's number-to-string cache.
// `sort_keys`: py_json_dumps_sorted when Python's sort_keys is true (the compiler passes
// it: a helper of its own, so that bundles that never sort keys ship no Python `<`).
// `ensure_ascii`: false (the compiler passes Python's truth) writes non-ASCII characters
// as they are; the third item of `seps` carries it down.
function py_json_dumps(value, indent, sort_keys, separators, ensure_ascii, floats) {
  // CPython unpacks separators first, then writes a str at once (its encoder, which
  // reads indent and checks the separators' types, is never made for one)
  const given = separators === undefined || separators === null ? null : py_json_dumps_unpack(separators);
  if (typeof value === "string") return py_json_dumps_string(value, ensure_ascii !== false);
  const pad = py_json_dumps_pad(indent);
  const seps = given === null ? [pad === null ? ", " : ",", ": "] : py_json_dumps_strs(given);
  seps.push(ensure_ascii !== false);
  const sort = typeof sort_keys === "function" ? sort_keys : null;
  try {
    return py_json_dumps_value("", value, pad, sort, "", seps, floats instanceof Set ? floats : floats === true);
  } catch (e) {
    // A container holding itself recursed until the stack ran out: CPython finds the
    // cycle at once (check_circular). Looked for only then, so no walk pays for it.
    if (e instanceof RangeError && py_json_dumps_cyclic(value)) {
      throw new py_ValueError("Circular reference detected");
    }
    throw e;
  }
}

// Whether a container inside v (v included) holds itself, found without recursion.
function py_json_dumps_cyclic(v) {
  const active = new Set();
  const done = new Set();
  const stack = [];
  const enter = (x) => {
    active.add(x);
    stack.push([x, py_json_dumps_items(x)[Symbol.iterator]()]);
  };
  if (v !== null && typeof v === "object") enter(v);
  while (stack.length > 0) {
    const [x, items] = stack[stack.length - 1];
    const step = items.next();
    if (step.done) {
      stack.pop();
      active.delete(x);
      done.add(x);
    } else if (step.value !== null && typeof step.value === "object") {
      if (active.has(step.value)) return true;
      if (!done.has(step.value)) enter(step.value);
    }
  }
  return false;
}

function py_json_dumps_items(x) {
  if (Array.isArray(x)) return x;
  if (x instanceof Map) return x.values();
  return py_is_plain(x) ? Object.values(x) : [];
}

// indent=: an int is that many spaces (none when negative; True is 1), a str is
// itself; anything else is the TypeError of CPython's `" " * indent`.
function py_json_dumps_pad(indent) {
  if (indent === undefined || indent === null) return null;
  if (typeof indent === "string") return indent;
  if (typeof indent === "boolean" || py_is_int(indent)) return " ".repeat(Math.max(0, +indent));
  throw new py_TypeError("can't multiply sequence by non-int of type '" + py_typename(indent) + "'");
}

// separators=: any iterable of two, unpacked as CPython unpacks it.
function py_json_dumps_unpack(separators) {
  if (typeof separators !== "string" && !Array.isArray(separators)) {
    throw new py_TypeError("cannot unpack non-iterable " + py_typename(separators) + " object");
  }
  const items = Array.from(separators);
  if (items.length < 2) {
    throw new py_ValueError("not enough values to unpack (expected 2, got " + items.length + ")");
  }
  if (items.length > 2) throw new py_ValueError("too many values to unpack (expected 2)");
  return items;
}

// The two separators must be strs, as CPython's C encoder checks them: the key
// separator (its argument 5) first, then the item separator (6).
function py_json_dumps_strs(items) {
  for (const [i, arg] of [[1, 5], [0, 6]]) {
    if (typeof items[i] !== "string") {
      throw new py_TypeError("make_encoder() argument " + arg + " must be str, not " + py_typename(items[i]));
    }
  }
  return items;
}

// `out` followed by value v at nesting `depth` (the indent so far). The text is passed
// down and appended to, so no container builds and joins a list of its parts.
function py_json_dumps_value(out, v, pad, sort, depth, seps, floats) {
  switch (typeof v) {
    case "number":
      if (py_is_int(v) && !floats) return out + String(v);
      if (v !== v) return out + "NaN";
      if (v === Infinity) return out + "Infinity";
      if (v === -Infinity) return out + "-Infinity";
      return out + py_float_repr(v);
    case "string":
      return out + py_json_dumps_string(v, seps[2]);
    case "boolean":
      return out + (v ? "true" : "false");
    case "undefined":
      return out + "null";
  }
  if (v === null) return out + "null";
  const inner = pad === null ? null : depth + pad;
  const open = inner === null ? "" : "\n" + inner;
  const sep = inner === null ? seps[0] : seps[0] + "\n" + inner;
  const close = inner === null ? "" : "\n" + depth;
  const colon = seps[1];
  if (Array.isArray(v)) {
    const n = v.length;
    if (n === 0) return out + "[]";
    out += "[" + open;
    for (let i = 0; i < n; i++) {
      if (i > 0) out += sep;
      out = py_json_dumps_value(out, v[i], pad, sort, inner, seps, floats);
    }
    return out + close + "]";
  }
  if (sort !== null) return sort(out, v, pad, depth, seps, floats);
  if (py_is_plain(v)) {
    const keys = py_obj_keys(v);
    if (keys.length === 0) return out + "{}";
    out += "{" + open;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      out += (i > 0 ? sep : "") + py_json_dumps_string(k, seps[2]) + colon;
      out = py_json_dumps_value(out, v[k], pad, sort, inner, seps, py_json_dumps_floats(floats, k));
    }
    return out + close + "}";
  }
  if (v instanceof Map) {
    if (v.size === 0) return out + "{}";
    // Each key is checked as it comes, before its value, as Python does.
    let i = 0;
    out += "{" + open;
    for (const [k, x] of v) {
      out += (i++ > 0 ? sep : "") + py_json_dumps_string(py_json_dumps_key(k), seps[2]) + colon;
      out = py_json_dumps_value(out, x, pad, sort, inner, seps, py_json_dumps_floats(floats, k));
    }
    return out + close + "}";
  }
  throw py_json_dumps_unserializable(v);
}

// Whether the numbers in the value under key k are floats: `floats` says so for all of
// them, or, for a dict display the compiler typed key by key, is the Set of the keys
// whose values hold floats (their own values then say so throughout).
function py_json_dumps_floats(floats, k) {
  return floats instanceof Set ? floats.has(k) : floats;
}

function py_json_dumps_unserializable(v) {
  return new py_TypeError("Object of type " + py_typename(v) + " is not JSON serializable");
}

function py_json_dumps_key(k) {
  if (typeof k === "string") return k;
  if (k === true) return "true";
  if (k === false) return "false";
  if (k === null || k === undefined) return "null";
  if (typeof k === "number") return py_is_int(k) ? String(k) : py_float_repr(k);
  throw new py_TypeError("keys must be str, int, float, bool or None, not " + py_typename(k));
}

function py_json_dumps_escape(ch) {
  const c = ch.charCodeAt(0);
  const named = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" }[ch];
  return named !== undefined ? named : "\\u" + c.toString(16).padStart(4, "0");
}

function py_json_dumps_string(s, ascii) {
  // Printable ASCII but for the quote and the backslash: written as it is. Other ASCII
  // (not DEL) JSON.stringify escapes as Python does: \" \\ \n \r \t \b \f, else \u00XX.
  if (/^[ !#-[\]-~]*$/.test(s)) return '"' + s + '"';
  if (/^[\x00-\x7e]*$/.test(s)) return JSON.stringify(s);
  if (ascii === false) {
    // ensure_ascii=False: only the quote, the backslash and controls below U+0020 are
    // escaped (DEL, U+2028 and lone surrogates are written as they are).
    return '"' + s.replace(/["\\\x00-\x1f]/g, py_json_dumps_escape) + '"';
  }
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
