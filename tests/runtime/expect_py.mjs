// Assertions on runtime values under the Python value model: a tuple (frozen array)
// differs from a list, Maps compare item by item in order, Sets by members in any order
// (CPython's set order is not insertion order), numbers by Object.is (so -0 differs
// from 0) except that NaN equals NaN.
import assert from "node:assert/strict";

export const T = (...items) => Object.freeze(items);

function show(x) {
  if (x === undefined) return "undefined";
  if (typeof x === "number") return Object.is(x, -0) ? "-0" : String(x);
  if (typeof x === "string") return JSON.stringify(x);
  if (Array.isArray(x)) return (Object.isFrozen(x) ? "T(" : "[") + x.map(show).join(", ") + (Object.isFrozen(x) ? ")" : "]");
  if (x instanceof Map) return "Map{" + [...x].map(([k, v]) => show(k) + ": " + show(v)).join(", ") + "}";
  if (x instanceof Set) return "Set{" + [...x].map(show).join(", ") + "}";
  if (x !== null && typeof x === "object") return "{" + Object.keys(x).map((k) => JSON.stringify(k) + ": " + show(x[k])).join(", ") + "}";
  return String(x);
}

export function alike(a, b) {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b) || (a !== a && b !== b);
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length || Object.isFrozen(a) !== Object.isFrozen(b)) return false;
    return a.every((x, i) => alike(x, b[i]));
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    const ea = [...a];
    const eb = [...b];
    return ea.every(([k, v], i) => alike(k, eb[i][0]) && alike(v, eb[i][1]));
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    const rest = [...b];
    for (const x of a) {
      const i = rest.findIndex((y) => alike(x, y));
      if (i < 0) return false;
      rest.splice(i, 1);
    }
    return true;
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    if (Array.isArray(b) || b instanceof Map || b instanceof Set) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && alike(a[k], b[k]));
  }
  return false;
}

export function same(actual, expected) {
  if (!alike(actual, expected)) {
    assert.fail(`got ${show(actual)}, expected ${show(expected)}`);
  }
}

// fn() must throw a Python exception of class `name` whose str() is `message`.
export function raises(fn, name, message) {
  let error;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  if (error === undefined) assert.fail(`expected ${name}: ${message}, nothing was raised`);
  assert.equal(error.name, name, `wrong exception class (${error && error.stack})`);
  if (message !== undefined) assert.equal(error.message, message);
}
