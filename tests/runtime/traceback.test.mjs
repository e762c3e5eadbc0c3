// py_traceback: an error escaping a callback, rewritten to read like Python's from the
// bundle's trace table and the error's JavaScript stack.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_exceptions", "py_traceback");

const SRC = "http://127.0.0.1:8050/assets/zzz_clientpy.js?m=17";
// Generated lines 11 and 14 (1-based; "line" counts from 0): line 11 from app.py:12 in
// greet; line 14 from other.py:3 (columns 2..19) and other.py:4 (from column 20) in helper.
const TABLE = { files: ["app.py", "other.py"], names: ["greet", "helper"], line: 10, mappings: "IAWAA;;;ECTAC,kBACAA" };

function raised(error, frames) {
  Object.defineProperty(error, "stack", {
    value: `${error.name}: ${error.message}\n` + frames.map((f) => `    at ${f}`).join("\n"),
    configurable: true,
    writable: true,
  });
  return error;
}

test("a Python exception gets a Python traceback, innermost call last", () => {
  const e = raised(new R.py_KeyError("b"), [
    `py_getitem (${SRC.replace("17", "3")}:40:7)`, // a runtime helper of this bundle: no Python
    `helper (${SRC}:14:25)`,
    `greet (${SRC}:11:9)`,
    `Object.app__greet (${SRC}:20:3)`,
    "dash_renderer.js:688:72",
  ]);
  assert.equal(R.py_traceback(e, TABLE, SRC, "app.greet"), e);
  assert.equal(e.message, "KeyError: 'b' (other.py:4, in helper)");
  assert.equal(e.name, "clientside callback app.greet");
  assert.equal(String(e), "clientside callback app.greet: KeyError: 'b' (other.py:4, in helper)");
  assert.deepEqual(e.stack.split("\n").slice(0, 4), [
    "Traceback (most recent call last):",
    '  File "app.py", line 12, in greet',
    '  File "other.py", line 4, in helper',
    "KeyError: 'b'",
  ]);
  assert.match(e.stack, /\n {4}at helper \(http:\/\/127\.0\.0\.1:8050\/assets\/zzz_clientpy\.js\?m=17:14:25\)\n/);
  assert.deepEqual(e.py_traceback.map((f) => f.line), [4, 12]);
});

test("columns pick the Python line; other scripts' frames are left out", () => {
  const e = raised(new R.py_ValueError("bad", 2), [`helper (${SRC}:14:3)`, `other (http://elsewhere/x.js:11:9)`]);
  R.py_traceback(e, TABLE, SRC, "app.greet");
  assert.equal(e.message, "ValueError: ('bad', 2) (other.py:3, in helper)");
  assert.deepEqual(e.py_traceback, [{ file: "other.py", line: 3, name: "helper" }]);
});

test("native errors are named as Python would; no mapped frame means no location", () => {
  const e = raised(new TypeError("x is not a function"), [`greet (${SRC}:11:5)`]);
  R.py_traceback(e, TABLE, SRC, "app.greet");
  assert.equal(e.message, "TypeError: x is not a function (app.py:12, in greet)");
  const bare = raised(new R.py_ZeroDivisionError("division by zero"), ["nowhere (http://h/y.js:1:1)"]);
  R.py_traceback(bare, TABLE, SRC, "app.f");
  assert.equal(bare.message, "ZeroDivisionError: division by zero");
  assert.deepEqual(bare.stack.split("\n"), [
    "Traceback (most recent call last):",
    "ZeroDivisionError: division by zero",
    "    at nowhere (http://h/y.js:1:1)",
  ]);
});

test("Firefox-style frames; a rewritten error is left alone; non-errors pass through", () => {
  const e = new R.py_IndexError("list index out of range");
  Object.defineProperty(e, "stack", { value: `greet@${SRC}:11:30\n@${SRC}:30:1\n`, configurable: true });
  R.py_traceback(e, TABLE, SRC, "app.greet");
  assert.equal(e.message, "IndexError: list index out of range (app.py:12, in greet)");
  R.py_traceback(e, TABLE, SRC, "app.other");
  assert.equal(e.name, "clientside callback app.greet");
  const prevent = { description: "Throw to prevent updating all Outputs." };
  assert.equal(R.py_traceback(prevent, TABLE, SRC, "app.greet"), prevent);
  assert.equal(R.py_traceback("text", TABLE, SRC, "app.greet"), "text");
});

test("py_traceback_src finds the running script's URL in a fresh error", () => {
  const e = { stack: `Error\n    at ${SRC}:3:25\n    at other (http://h/z.js:1:1)` };
  assert.equal(R.py_traceback_src(e), SRC);
  assert.equal(R.py_traceback_src({ stack: `@${SRC}:3:25\n` }), SRC);
  assert.equal(R.py_traceback_src({ stack: "Error" }), "");
});
