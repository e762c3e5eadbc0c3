// clientpy test bridge: one long-running node process that evaluates generated JS
// and calls it, driven by JSON lines on stdin. Results go back as JSON lines on stdout.
//
// Requests (one JSON object per line):
//   {"id": n, "op": "define", "key": k, "code": "<JS expression>"}
//   {"id": n, "op": "call_many", "calls": [[key, args, tagged, options], ...]}
//     options (optional): {"ctx": <tagged callback_context>} sets
//     dash_clientside.callback_context for that call, as Dash's renderer does
//   {"id": n, "op": "ping"}
// Responses: {"id": n, "ok": true, ...} or {"id": n, "ok": false, "error": "..."} for
// protocol-level failures. A call result is {"v": <tagged value>} or {"x": <thrown>},
// plus "out" when the call wrote to the console and "sp" (a list of [id, props]) when it
// called dash_clientside.set_props.
//
// The global scope is a Dash page's as far as clientside code can see:
// dash_clientside.no_update / PreventUpdate are objects made as the renderer makes them,
// set_props records its calls, and callback_context exists only during the synchronous
// part of a call (the renderer deletes it as soon as the function returns).
//
// Values are sent back tagged so that Python rebuilds them faithfully (a JSON round trip
// loses tuples, Maps with non-string keys, Sets, NaN, +-Infinity, -0 and undefined).
// A tagged value is an object with the key TAG; any plain object that itself has that key
// is sent as an explicit "obj" tag so it can never be mistaken for a tag.
"use strict";

const vm = require("node:vm");
const util = require("node:util");
const readline = require("node:readline");

const TAG = "\u0001t";
const defined = new Map();

// ---- console capture: generated code may print; the protocol owns stdout --------------
let captured = null;
const realWrite = process.stdout.write.bind(process.stdout);
for (const name of ["log", "info", "warn", "error", "debug", "trace"]) {
  console[name] = (...args) => {
    const text = util.format(...args) + "\n";
    if (captured !== null) captured.push(text);
    else process.stderr.write(text);
  };
}
process.stdout.write = (chunk, ...rest) => {
  if (captured !== null) captured.push(String(chunk));
  else process.stderr.write(chunk, ...rest);
  return true;
};

// ---- a Dash page's window.dash_clientside ------------------------------------------------
const dashClientside = {};
// As dash-renderer defines them (handleClientside): plain objects, recognised by identity.
Object.defineProperty(dashClientside, "no_update", {
  value: { description: "Return to prevent updating an Output." },
  writable: false,
});
Object.defineProperty(dashClientside, "PreventUpdate", {
  value: { description: "Throw to prevent updating all Outputs." },
  writable: false,
});
let sideUpdates = null; // the running call's set_props calls
dashClientside.set_props = (idOrPath, props) => {
  // Dash applies the props at once, so their values are taken now.
  if (sideUpdates !== null) sideUpdates.push([encode(idOrPath, 0), encode(props, 0)]);
};
globalThis.dash_clientside = dashClientside;

// ---- encoding JS values -> tagged JSON --------------------------------------------------
function tag(kind, extra) {
  const o = { [TAG]: kind };
  if (extra !== undefined) o.v = extra;
  return o;
}

function encode(x, depth) {
  if (depth > 200) return tag("foreign", "<nested too deeply>");
  switch (typeof x) {
    case "number":
      if (Number.isFinite(x)) return x === 0 && 1 / x < 0 ? tag("-0") : x;
      if (Number.isNaN(x)) return tag("nan");
      return tag(x > 0 ? "inf" : "-inf");
    case "string":
    case "boolean":
      return x;
    case "undefined":
      return tag("undefined");
    case "bigint":
      return tag("bigint", x.toString());
    case "function":
      return tag("function", x.name || "");
    case "symbol":
      return tag("foreign", x.toString());
  }
  if (x === null) return null;
  if (Array.isArray(x)) {
    const items = new Array(x.length);
    for (let i = 0; i < x.length; i++) items[i] = encode(x[i], depth + 1);
    return Object.isFrozen(x) ? tag("tuple", items) : items;
  }
  if (x instanceof Map) {
    const items = [];
    for (const [k, v] of x) items.push([encode(k, depth + 1), encode(v, depth + 1)]);
    return tag("map", items);
  }
  if (x instanceof Set) {
    const items = [];
    for (const v of x) items.push(encode(v, depth + 1));
    return tag("set", items);
  }
  if (x instanceof Error) return tag("error", describeError(x));
  if (x === dashClientside.no_update) return tag("no_update");
  if (x === dashClientside.PreventUpdate) return tag("prevent_update");
  const proto = Object.getPrototypeOf(x);
  if (proto === Object.prototype || proto === null) {
    if (x.__clientpy_no_update === true) return tag("no_update");
    if (x.__clientpy_prevent_update === true) return tag("prevent_update");
    const keys = Object.keys(x);
    if (Object.prototype.hasOwnProperty.call(x, TAG)) {
      return tag("obj", keys.map((k) => [k, encode(x[k], depth + 1)]));
    }
    const out = {};
    for (const k of keys) {
      // defineProperty keeps "__proto__" an ordinary own key of the copy.
      Object.defineProperty(out, k, {
        value: encode(x[k], depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  // dash.Patch(): sent as the operations Dash receives (what its toJSON gives).
  if (x.__dash_patch_update === "__dash_patch_update" && typeof x.toJSON === "function") {
    return tag("patch", encode(x.toJSON().operations, depth + 1));
  }
  if (typeof x.then === "function") return tag("foreign", "Promise");
  const ctor = proto && proto.constructor && proto.constructor.name;
  let text;
  try {
    text = String(x);
  } catch (e) {
    text = "<unprintable>";
  }
  return tag("foreign", `${ctor || "Object"}: ${text}`);
}

// The Python name of a thrown value, following py_exc_name: runtime classes are named
// py_<Name> (user subclasses keep their own class name); a native TypeError is a
// TypeError and a stack overflow a RecursionError. Other native errors keep their JS
// name, so a bug in generated code (ReferenceError...) never passes for a Python error.
function errorName(e) {
  const own = typeof e.constructor === "function" && Object.prototype.hasOwnProperty.call(e.constructor, "py_name");
  if (own) return e.constructor.py_name; // a user class renamed in JS (`Error` is `Error$`)
  if (typeof e.constructor === "function" && e.constructor.name) {
    const name = e.constructor.name;
    if (name.startsWith("py_")) return name.slice(3);
    if (name === "RangeError" && /call stack/i.test(String(e.message))) return "RecursionError";
    return name;
  }
  return typeof e.name === "string" ? e.name : "Error";
}

// A Python exception of the runtime also carries its constructor arguments (`args`, a
// frozen array), so that Python can rebuild the same exception.
function describeError(e) {
  let message;
  try {
    message = String(e.message);
  } catch (err) {
    message = "<unprintable>";
  }
  const out = { type: errorName(e), message };
  if (Array.isArray(e.args) && Object.isFrozen(e.args)) out.args = e.args.map((a) => encode(a, 1));
  return out;
}

function describeThrown(e) {
  if (e !== null && typeof e === "object") {
    if (e === dashClientside.PreventUpdate) return { type: "PreventUpdate", message: "" };
    if (e.__clientpy_prevent_update === true) return { type: "PreventUpdate", message: "" };
    if (e instanceof Error) return describeError(e);
  }
  let text;
  try {
    text = String(e);
  } catch (err) {
    text = "<unprintable>";
  }
  return { type: `<thrown ${e === null ? "null" : typeof e}>`, message: text };
}

// ---- decoding tagged arguments (only sent when Python needed a tag) --------------------
function decode(x) {
  if (x === null || typeof x !== "object") return x;
  if (Array.isArray(x)) return x.map(decode);
  if (Object.prototype.hasOwnProperty.call(x, TAG)) {
    switch (x[TAG]) {
      case "nan":
        return NaN;
      case "inf":
        return Infinity;
      case "-inf":
        return -Infinity;
      case "-0":
        return -0;
      case "undefined":
        return undefined;
      case "tuple":
        return Object.freeze(x.v.map(decode));
      case "set":
        return new Set(x.v.map(decode));
      case "map":
        return new Map(x.v.map(([k, v]) => [decode(k), decode(v)]));
      case "obj": {
        const out = {};
        for (const [k, v] of x.v) {
          Object.defineProperty(out, k, { value: decode(v), enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      default:
        throw new Error(`unknown argument tag ${x[TAG]}`);
    }
  }
  const out = {};
  for (const k of Object.keys(x)) {
    Object.defineProperty(out, k, { value: decode(x[k]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

// ---- operations -------------------------------------------------------------------------
function define(key, code) {
  // Evaluated as a strict-mode script whose completion value is the expression.
  const fn = vm.runInThisContext(`"use strict";\n(${code}\n)`, { filename: `clientpy:${key}` });
  defined.set(key, fn);
  return typeof fn;
}

function isThenable(x) {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof x.then === "function";
}

// Runs one call. Returns the result record, or a Promise of it when the function
// returned a thenable (async def): the bridge then awaits it before answering.
function callOne(key, args, tagged, options) {
  const fn = defined.get(key);
  if (fn === undefined) return { x: { type: "<bridge>", message: `no function defined as ${key}` } };
  captured = [];
  sideUpdates = [];
  let result;
  try {
    if (options && options.ctx !== undefined) dashClientside.callback_context = decode(options.ctx);
    result = fn(...(tagged ? decode(args) : args));
  } catch (e) {
    return finish({ x: describeThrown(e) });
  } finally {
    delete dashClientside.callback_context;
  }
  if (!isThenable(result)) return finish({ v: encode(result, 0) });
  // Calls run strictly one after another, so console output until the Promise settles
  // belongs to this call.
  return Promise.resolve(result).then(
    (value) => finish({ v: encode(value, 0) }),
    (e) => finish({ x: describeThrown(e) }),
  );
}

function finish(record) {
  if (captured !== null && captured.length) record.out = captured.join("");
  if (sideUpdates !== null && sideUpdates.length) record.sp = sideUpdates;
  captured = null;
  sideUpdates = null;
  return record;
}

async function callManyAsync(calls, results, start, pending) {
  results[start] = await pending;
  for (let i = start + 1; i < calls.length; i++) {
    const r = callOne(calls[i][0], calls[i][1], calls[i][2], calls[i][3]);
    results[i] = isThenable(r) ? await r : r;
  }
  return results;
}

function callMany(calls) {
  const results = new Array(calls.length);
  for (let i = 0; i < calls.length; i++) {
    const r = callOne(calls[i][0], calls[i][1], calls[i][2], calls[i][3]);
    if (isThenable(r)) return callManyAsync(calls, results, i, r);
    results[i] = r;
  }
  return results;
}

function handle(req) {
  switch (req.op) {
    case "define":
      try {
        return { id: req.id, ok: true, kind: define(req.key, req.code) };
      } catch (e) {
        return { id: req.id, ok: false, error: `${errorName(e)}: ${e && e.message}` };
      }
    case "call_many": {
      const results = callMany(req.calls);
      if (isThenable(results)) return results.then((r) => ({ id: req.id, ok: true, results: r }));
      return { id: req.id, ok: true, results };
    }
    case "ping":
      return { id: req.id, ok: true };
    default:
      return { id: req.id, ok: false, error: `unknown op ${req.op}` };
  }
}

// ---- the line loop: requests are served strictly one after another ----------------------
function send(obj) {
  let text;
  try {
    text = JSON.stringify(obj);
  } catch (e) {
    text = JSON.stringify({ id: obj.id, ok: false, error: `cannot encode result: ${e.message}` });
  }
  realWrite(text + "\n");
}

const queue = [];
let busy = false;

function pump() {
  while (!busy && queue.length) {
    const line = queue.shift();
    let req;
    try {
      req = JSON.parse(line);
    } catch (e) {
      send({ id: null, ok: false, error: `bad request line: ${e.message}` });
      continue;
    }
    let res;
    try {
      res = handle(req);
    } catch (e) {
      res = { id: req.id, ok: false, error: `bridge failure: ${e && e.stack}` };
    }
    if (isThenable(res)) {
      busy = true;
      res.then(
        (r) => {
          send(r);
          busy = false;
          pump();
        },
        (e) => {
          send({ id: req.id, ok: false, error: `bridge failure: ${e && e.stack}` });
          busy = false;
          pump();
        },
      );
    } else {
      send(res);
    }
  }
}

process.on("unhandledRejection", () => {});
readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", (line) => {
  if (!line) return;
  queue.push(line);
  pump();
}).on("close", () => process.exit(0));
