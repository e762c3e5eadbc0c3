// Helpers whose header says `// raises: never` let a callback that calls only them skip
// the traceback wrapper (bundle.may_raise): each is called here with every kind of value
// a callback can hold, in every argument position, and must return.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "./load.mjs";

const RUNTIME = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "clientpy", "runtime");
const NEVER = readdirSync(RUNTIME)
  .filter((f) => f.endsWith(".js"))
  .filter((f) => /^\/\/ raises: never\b/m.test(readFileSync(join(RUNTIME, f), "utf8")))
  .map((f) => f.slice(0, -3));

const VALUES = [
  undefined, null, true, false, 0, -0, 1, -1.5, NaN, Infinity, 2 ** 60, 10n, "", "a", "😀",
  [], [0], Object.freeze([1, 2]), {}, { a: 1 }, JSON.parse('{"__proto__": 1}'),
  Object.create(null), new Map(), new Map([[1, 2]]), new Set([1]), () => 1, new Date(0),
  new Error("x"), Object.freeze({ description: "no_update" }),
];

test("the helpers marked as never raising are the ones the bundle relies on", () => {
  assert.deepEqual(NEVER.sort(), ["py_bool", "py_is_plain", "py_js_ready", "py_no_update"]);
});

for (const name of NEVER) {
  test(`${name} returns for every value`, () => {
    const fn = load(name)[name];
    const arity = Math.max(fn.length, 1);
    for (let pos = 0; pos < arity; pos++) {
      VALUES.forEach((v, k) => {
        const args = Array.from({ length: arity }, (_, i) => (i === pos ? v : null));
        assert.doesNotThrow(() => fn(...args), `${name} with VALUES[${k}] at ${pos}`);
      });
    }
  });
}
