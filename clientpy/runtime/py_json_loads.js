// requires: py_exceptions py_typename py_obj_order
// json.loads: objects become plain objects (dicts with str keys), as Dash sends them,
// or Maps where a plain object would not keep the text's order (py_json_loads_keyed).
// Python also reads the NaN, Infinity and -Infinity literals that JSON.parse rejects.
// Text that is not JSON raises JSONDecodeError (a ValueError) with CPython's message,
// found by py_json_loads_error walking the text as CPython's scanner does.
function py_json_loads(text) {
  if (typeof text !== "string") {
    throw new py_TypeError("the JSON object must be str, bytes or bytearray, not " + py_typename(text));
  }
  // "-0" is the int 0 in Python (only -0.0 is a float with a sign); JSON.parse gives -0.
  let src = text.indexOf("-0") < 0 ? text : py_json_loads_unsigned(text);
  const keyed = py_json_loads_MAYBE_INDEX.test(src);
  if (keyed) src = py_json_loads_keyed(src);
  let value;
  try {
    value = keyed ? JSON.parse(src, py_json_loads_ordered) : JSON.parse(src);
  } catch (e) {
    value = py_json_loads_special(text);
    if (value === undefined) throw py_json_loads_error(text, String(e.message));
    return value;
  }
  if (py_json_loads_LONG.test(text)) py_json_loads_exact_ints(text);
  return value;
}

// The value of text JSON.parse rejected if it is JSON but for Python's NaN, Infinity and
// -Infinity literals; undefined if it is not. Read value by value as CPython's scanner
// reads it (py_json_loads_read): no token of the text is rewritten for JSON.parse,
// where a string of the text could be taken for a rewritten one.
function py_json_loads_special(text) {
  const invalid = [];
  const fail = () => {
    throw invalid;
  };
  try {
    const [value, end] = py_json_loads_read(text, py_json_loads_ws(text, 0), fail, true);
    if (py_json_loads_ws(text, end) !== text.length) return undefined;
    if (py_json_loads_LONG.test(text)) py_json_loads_exact_ints(text);
    return value;
  } catch (e) {
    if (e === invalid) return undefined;
    throw e;
  }
}

// Sixteen digits in a row: the text may hold an int past 2**53.
const py_json_loads_LONG = /[0-9]{16}/;

// A string of the text (matched whole: nothing in it is taken for a number), or a
// number token of JSON's grammar, whole (`1e-07` is one token, `0.30000000000000004` too).
const py_json_loads_TOKEN = /"(?:[^"\\]|\\.)*"|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/g;

// CPython reads every int of the text exactly; JSON.parse rounds one past 2**53 to a
// double. Raises OverflowError there, as int() of such a text does.
function py_json_loads_exact_ints(text) {
  for (const m of text.matchAll(py_json_loads_TOKEN)) py_json_loads_int(m[0]);
}

// A number token: an int token past 2**53 raises OverflowError.
function py_json_loads_int(token) {
  if (token.length > 15 && /^-?[0-9]+$/.test(token) && Math.abs(Number(token)) > Number.MAX_SAFE_INTEGER) {
    throw new py_OverflowError("integer result too large for a JS number");
  }
}

// A string starting with a digit, written or escaped: the text may have a key like "7".
const py_json_loads_MAYBE_INDEX = /"(?:[0-9]|\\u003[0-9])/;

// A JS object lists its keys that are array indexes ("0", "7", not "07") first, in
// ascending order, where a Python dict keeps the order of the text. Every key of the
// text gets a leading NUL, so that JSON.parse keeps them in order, and
// py_json_loads_ordered takes it off again.
function py_json_loads_keyed(text) {
  // Every string is matched whole (a value's text is never taken for a key).
  return text.replace(/"(?:[^"\\]|\\.)*"(?=([ \t\n\r]*:)?)/g, (token, colon) =>
    colon === undefined ? token : '"\\u0000' + token.slice(1)
  );
}

// JSON.parse's reviver for keyed text: an object with an array-index key becomes a Map
// (in the text's order), any other one a plain object with its keys as written.
function py_json_loads_ordered(key, value) {
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) {
    return value;
  }
  return py_json_loads_object(Object.keys(value).map((k) => [k.slice(1), value[k]]));
}

// The text with each number token "-0" (not "-0.0", "-0e1", "1e-07", nor in a string)
// as " 0": a space where the sign was, so that text which is no JSON stays none ("1-0",
// "2024-05-01" do not become numbers).
function py_json_loads_unsigned(text) {
  return text.replace(py_json_loads_TOKEN, (m) => (m === "-0" ? " 0" : m));
}

class py_JSONDecodeError extends py_ValueError { static get py_name() { return "JSONDecodeError"; } }

// The JSONDecodeError CPython 3.11 raises for text JSON.parse rejected: "msg: line L
// column C (char P)", counted in code points.
function py_json_loads_error(text, fallback) {
  let found = null;
  const fail = (msg, pos) => {
    found = [msg, pos];
    throw found;
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    const end = py_json_loads_read(text, py_json_loads_ws(text, 0), fail, false)[1];
    const rest = py_json_loads_ws(text, end);
    if (rest !== text.length) fail("Extra data", rest);
  } catch (e) {
    if (e !== found) throw e;
  }
  if (found === null) return new py_ValueError(fallback);
  const before = Array.from(text.slice(0, found[1]));
  const pos = before.length;
  const line = before.filter((c) => c === "\n").length + 1;
  const col = pos - before.lastIndexOf("\n");
  const error = new py_JSONDecodeError(found[0] + ": line " + line + " column " + col + " (char " + pos + ")");
  // CPython's attributes of it: the message, the text, and where (in code points)
  Object.assign(error, { msg: found[0], doc: text, pos, lineno: line, colno: col });
  return error;
}

function py_json_loads_ws(s, i) {
  while (i < s.length && (s[i] === " " || s[i] === "\t" || s[i] === "\n" || s[i] === "\r")) i++;
  return i;
}

// One value from index i (CPython's scan_once): [the value (where `build`, else
// null), the index after it], or fail(msg, pos). Objects as JSON.parse and
// py_json_loads_ordered make them: a Map where a key is an array index, else a plain
// object, keys in the text's order (a repeated key keeps its first place and its last
// value, as a dict's does).
function py_json_loads_read(s, i, fail, build) {
  const c = s[i];
  if (c === '"') {
    const end = py_json_loads_string(s, i + 1, fail);
    return [build ? JSON.parse(s.slice(i, end)) : null, end];
  }
  if (c === "{") {
    const items = new Map();
    i = py_json_loads_ws(s, i + 1);
    if (s[i] !== "}") {
      for (;;) {
        if (s[i] !== '"') fail("Expecting property name enclosed in double quotes", i);
        const end = py_json_loads_string(s, i + 1, fail);
        const key = build ? JSON.parse(s.slice(i, end)) : null;
        i = py_json_loads_ws(s, end);
        if (s[i] !== ":") fail("Expecting ':' delimiter", i);
        const [value, next] = py_json_loads_read(s, py_json_loads_ws(s, i + 1), fail, build);
        items.set(key, value);
        i = py_json_loads_ws(s, next);
        if (s[i] === "}") break;
        if (s[i] !== ",") fail("Expecting ',' delimiter", i);
        i = py_json_loads_ws(s, i + 1);
      }
    }
    return [build ? py_json_loads_object([...items]) : null, i + 1];
  }
  if (c === "[") {
    const items = [];
    i = py_json_loads_ws(s, i + 1);
    if (s[i] !== "]") {
      for (;;) {
        const [value, next] = py_json_loads_read(s, i, fail, build);
        items.push(value);
        i = py_json_loads_ws(s, next);
        if (s[i] === "]") break;
        if (s[i] !== ",") fail("Expecting ',' delimiter", i);
        i = py_json_loads_ws(s, i + 1);
      }
    }
    return [items, i + 1];
  }
  for (const [word, value] of py_json_loads_WORDS) {
    if (s.startsWith(word, i)) return [value, i + word.length];
  }
  // a number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, backing off a bare e
  const digit = (k) => s[k] >= "0" && s[k] <= "9";
  let k = i;
  if (s[k] === "-") k++;
  if (s[k] === "0") k++;
  else if (s[k] >= "1" && s[k] <= "9") while (digit(k)) k++;
  else fail("Expecting value", i);
  if (s[k] === "." && digit(k + 1)) {
    k += 2;
    while (digit(k)) k++;
  }
  if (s[k] === "e" || s[k] === "E") {
    let e = k + 1;
    if (s[e] === "+" || s[e] === "-") e++;
    if (digit(e)) {
      while (digit(e)) e++;
      k = e;
    }
  }
  const token = s.slice(i, k);
  return [token === "-0" ? 0 : Number(token), k]; // "-0" is the int 0
}

const py_json_loads_WORDS = [
  ["null", null],
  ["true", true],
  ["false", false],
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["-Infinity", -Infinity],
];

// A JSON object from its [key, value] pairs in the text's order (a key once): a Map
// where a key is an array index (a plain object would list it first), else a plain
// object with its keys as written.
function py_json_loads_object(entries) {
  if (entries.some(([k]) => py_obj_is_index(k))) return new Map(entries);
  const out = {};
  for (const [k, v] of entries) {
    Object.defineProperty(out, k, { value: v, writable: true, enumerable: true, configurable: true });
  }
  return out;
}

// The rest of a string whose opening quote is at i - 1 (CPython's scanstring).
function py_json_loads_string(s, i, fail) {
  const begin = i - 1;
  const hex4 = (k) => /^[0-9a-fA-F]{4}$/.test(s.slice(k, k + 4));
  for (;;) {
    let c;
    for (; i < s.length; i++) {
      c = s.charCodeAt(i);
      if (c === 34 || c === 92) break;
      if (c <= 0x1f) fail("Invalid control character at", i);
    }
    if (i >= s.length) fail("Unterminated string starting at", begin);
    if (c === 34) return i + 1;
    i++;
    if (i >= s.length) fail("Unterminated string starting at", begin);
    if (s[i] !== "u") {
      if ('"\\/bfnrt'.indexOf(s[i]) < 0) fail("Invalid \\escape", i - 1);
      i++;
      continue;
    }
    i++;
    if (i + 4 >= s.length || !hex4(i)) fail("Invalid \\uXXXX escape", i - 1);
    const u = parseInt(s.slice(i, i + 4), 16);
    i += 4;
    // a high surrogate takes a following \\uXXXX along, which must then be hex too
    if (u >= 0xd800 && u <= 0xdbff && i + 6 < s.length && s[i] === "\\" && s[i + 1] === "u") {
      if (!hex4(i + 2)) fail("Invalid \\uXXXX escape", i + 1);
      const u2 = parseInt(s.slice(i + 2, i + 6), 16);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) i += 6;
    }
  }
}
