// requires: py_exceptions
// json.loads: objects become plain objects (dicts with str keys), as Dash sends them.
// Python also reads the NaN, Infinity and -Infinity literals that JSON.parse rejects.
function py_json_loads(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    const marked = py_json_loads_mark(text);
    if (marked !== null) {
      try {
        return JSON.parse(marked, py_json_loads_revive);
      } catch (ignored) {
        // fall through to the original error
      }
    }
    throw new py_ValueError(String(e.message));
  }
}

const py_json_loads_SPECIAL = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };

// Strings are kept as they are; bare NaN/Infinity become marked strings to revive.
function py_json_loads_mark(text) {
  let found = false;
  const out = text.replace(/"(?:[^"\\]|\\.)*"|-?Infinity|NaN/g, (token) => {
    if (token[0] === '"') return token;
    found = true;
    return '"\\u0000' + token + '"';
  });
  return found ? out : null;
}

function py_json_loads_revive(key, value) {
  if (typeof value === "string" && value[0] === "\u0000") {
    const special = py_json_loads_SPECIAL[value.slice(1)];
    if (special !== undefined) return special;
  }
  return value;
}
