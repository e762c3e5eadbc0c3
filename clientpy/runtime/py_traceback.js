// requires: py_js_error_name
// An error escaping the callback `callback` ("app.greet"), made to read like Python's.
// Its message becomes "KeyError: 'b' (app.py:12, in greet)", the title of Dash's error
// card; its name says which callback raised it, so that browser consoles, which print
// "name: message", show "clientside callback app.greet: KeyError: 'b' (app.py:12, in
// greet)"; its stack is a Python traceback, innermost call last, then the JavaScript
// frames (which devtools map to the Python through the bundle's source map).
// `table` is the bundle's trace table: Python files, function names and a source-map
// style `mappings` string with one segment where the Python line changes; `src` is the
// bundle's URL (see py_traceback_src). Values that are not errors (Dash's
// PreventUpdate) are returned as they are.
function py_traceback(e, table, src, callback) {
  if (!(e instanceof Error) || e.py_traceback) return e;
  const frames = py_traceback_frames(e, table, src);
  // A Python exception (its class has a py_name) names itself and its message is
  // str(e); the bundle carries the exception classes only when it uses them.
  const python = e.constructor && typeof e.constructor.py_name === "string";
  const name = python ? e.name : py_js_error_name(e);
  const text = String(e.message);
  const head = text ? name + ": " + text : name;
  const lines = ["Traceback (most recent call last):"];
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    lines.push('  File "' + f.file + '", line ' + f.line + ", in " + f.name);
  }
  lines.push(head);
  const js = typeof e.stack === "string" ? e.stack.split("\n").filter(py_traceback_is_frame) : [];
  const where = frames.length ? " (" + frames[0].file + ":" + frames[0].line + ", in " + frames[0].name + ")" : "";
  const define = (key, value) =>
    Object.defineProperty(e, key, { value: value, writable: true, configurable: true, enumerable: false });
  define("message", head + where);
  define("stack", lines.join("\n") + (js.length ? "\n" + js.join("\n") : ""));
  if (callback) define("name", "clientside callback " + callback);
  define("py_traceback", frames);
  return e;
}

// The Python frames of `e.stack`, innermost first: the frames in the bundle at `src`
// whose position the table maps (runtime helpers map to nothing and are left out).
function py_traceback_frames(e, table, src) {
  const out = [];
  if (typeof e.stack !== "string" || !table) return out;
  const lines = py_traceback_lines(table);
  const want = py_traceback_url(src);
  for (const text of e.stack.split("\n")) {
    const m = /([^\s(@]+):(\d+):(\d+)\)?\s*$/.exec(text);
    if (!m || (want && py_traceback_url(m[1]) !== want)) continue;
    const segs = lines[Number(m[2]) - 1 - (table.line || 0)];
    if (!segs) continue;
    const col = Number(m[3]) - 1;
    let hit = null;
    for (const s of segs) {
      if (s[0] > col) break;
      hit = s;
    }
    if (hit) out.push({ file: table.files[hit[1]], line: hit[2] + 1, name: table.names[hit[3]] });
  }
  return out;
}

// The URL of the script running `py_traceback_src(new Error())`, from that error's stack.
function py_traceback_src(e) {
  for (const text of String(e.stack).split("\n")) {
    const m = /([^\s(@]+):(\d+):(\d+)\)?\s*$/.exec(text);
    if (m) return m[1];
  }
  return "";
}

function py_traceback_is_frame(line) {
  return /^\s+at /.test(line) || /@.*:\d+:\d+$/.test(line);
}

function py_traceback_url(url) {
  return String(url || "").replace(/[?#].*$/, "");
}

// Decode the table's mappings once: per generated line, [column, file, line, name].
function py_traceback_lines(table) {
  if (table.lines) return table.lines;
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const lines = [];
  const state = [0, 0, 0, 0];
  for (const line of table.mappings.split(";")) {
    const segs = [];
    state[0] = 0;
    if (line) {
      for (const seg of line.split(",")) {
        let field = 0, value = 0, shift = 0;
        for (let i = 0; i < seg.length; i++) {
          const digit = chars.indexOf(seg[i]);
          value += (digit & 31) << shift;
          if (digit & 32) {
            shift += 5;
          } else {
            const delta = value & 1 ? -(value >>> 1) : value >>> 1;
            // fields: column, file, line, line's column (unused), name
            const slot = field === 0 ? 0 : field === 1 ? 1 : field === 2 ? 2 : field === 4 ? 3 : -1;
            if (slot >= 0) state[slot] += delta;
            field++;
            value = 0;
            shift = 0;
          }
        }
        segs.push(state.slice());
      }
    }
    lines.push(segs);
  }
  table.lines = lines;
  return lines;
}
