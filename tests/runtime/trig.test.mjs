// The trigonometric functions' fast path (py_float_trig) against CPython and against the
// 100-bit path (py_float_trig_dd) it falls back on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_float_trig");

// The entries math.sin and the others call, by the name of the Python function.
const ENTRIES = {
  sin: R.py_float_trig_sin,
  cos: R.py_float_trig_cos,
  asin: R.py_float_trig_asin,
  acos: R.py_float_trig_acos,
  atan: (x) => R.py_float_trig_atan2(x, 1),
  atan2: R.py_float_trig_atan2,
};
const trig = (name, ...args) => ENTRIES[name](...args);

// [function, arguments, CPython's result]: arguments where Math's result is an ulp off
// and glibc's is the nearest float (checked at 200 bits when the cases were made)
const CPYTHON = [
  ["sin", [78542.21839413318], 0.6739468631630127],
  ["sin", [-2.966854953630632], -0.17384983779575403],
  ["sin", [-77952.63487483315], 0.2920420842797369],
  ["sin", [-96518.34600983329], -0.7208905292294171],
  ["sin", [2.2751010863262247], 0.7620619070031186],
  ["cos", [-80899.86404989491], -0.7573001405458405],
  ["cos", [66395.28654558075], 0.6468081018078716],
  ["cos", [-27632.91179018737], 0.8591496118543432],
  ["cos", [0.8347606173089863], 0.6713551169813566],
  ["cos", [-2972.556476579877], 0.8197475217598068],
  ["asin", [-0.952333439978102], -1.260795900950454],
  ["asin", [0.7473263527564165], 0.8440291146263815],
  ["asin", [0.7431444269345371], 0.837757445344521],
  ["asin", [0.3650609577516486], 0.3736982789526047],
  ["asin", [0.5592247141749715], 0.5934503168170263],
  ["acos", [-0.3688901378884838], 1.9486109873747781],
  ["acos", [-0.26744291911329765], 1.841534630045529],
  ["acos", [-0.29167192193747093], 1.866770624315034],
  ["acos", [0.8020505972932508], 0.6400756172850225],
  ["acos", [-0.6500767851978639], 2.2784818097892345],
  ["atan", [-2.1381357462520265], -1.133323299410246],
  ["atan", [3.8221463468034926], 1.3148991841677058],
  ["atan", [1.1809833312751152], 0.8681909176509025],
  ["atan", [-3.0011362919427995], -1.2491593628704643],
  ["atan", [-2.8822353939152134], -1.23683862580684],
  ["atan2", [-0.7188891520810774, 3.465816072742262], -0.20452253940722334],
  ["atan2", [-6.59169120982382, -1.7335999261412898], -1.82797025883401],
  ["atan2", [1.9870690255656847, 3.8342558708148538], 0.4781337801419307],
  ["atan2", [-1.0154402564330525, 4.088235181416016], -0.24345439122105453],
  ["atan2", [1.9966436244557588, 8.76742440177679], 0.22391549913169195],
];

test("py_float_trig gives CPython's result where Math's is an ulp off", () => {
  for (const [name, args, expected] of CPYTHON) {
    assert.notEqual(Math[name](...args), expected, `${name}(${args}): Math's already right`);
    assert.equal(trig(name, ...args), expected, `${name}(${args})`);
  }
});

// A deterministic stream of arguments (a 32-bit LCG), so a failure names its argument.
function* args(count, scale, seed) {
  let s = seed;
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const u = s / 4294967296;
    yield (2 * u - 1) * scale;
  }
}

// Each fast path answers for nearly every argument (NaN: "not certain, ask the slow
// path") and, where it answers, agrees with the 100-bit path.
function checkFast(name, fast, inputs) {
  let answered = 0;
  let total = 0;
  for (const a of inputs) {
    total++;
    const r = fast(...a);
    if (r !== r) continue;
    answered++;
    assert.ok(Object.is(r, R.py_float_trig_dd(name, ...a)), `${name}(${a})`);
  }
  assert.ok(answered > 0.99 * total, `${name}: the fast path answered ${answered} of ${total}`);
}

test("sin and cos: the fast path agrees with the 100-bit path", () => {
  for (const [scale, seed] of [[1e-4, 1], [0.8, 2], [3.2, 3], [100, 4], [999999, 5]]) {
    const xs = [...args(20000, scale, seed)].filter((x) => Math.abs(x) >= 1.5e-8).map((x) => [x]);
    checkFast("sin", (x) => R.py_float_trig_sin_cos(x, false), xs);
    checkFast("cos", (x) => R.py_float_trig_sin_cos(x, true), xs);
  }
  // next to multiples of pi/2, where the reduction cancels most
  const near = [];
  for (let k = 1; k < 2000; k += 7) {
    const m = (k * Math.PI) / 2;
    near.push([m], [m * (1 + 2 ** -50)], [m * (1 - 2 ** -50)]);
  }
  checkFast("sin", (x) => R.py_float_trig_sin_cos(x, false), near);
  checkFast("cos", (x) => R.py_float_trig_sin_cos(x, true), near);
});

test("below 2**-9: the series paths agree with the 100-bit path", () => {
  const asin = (x) => R.py_float_trig_odd_tiny(x, 0.16666666666666666, 0.075, 0.044642857142857144);
  for (const [scale, seed] of [[0.00195, 11], [1e-5, 12], [3e-8, 13]]) {
    const xs = [...args(20000, scale, seed)].filter((x) => Math.abs(x) >= 1.5e-8).map((x) => [x]);
    checkFast("asin", asin, xs);
    checkFast("sin", (x) => R.py_float_trig_sin_cos(x, false), xs);
    checkFast("cos", R.py_float_trig_cos_tiny, xs);
  }
  assert.ok(Object.is(R.py_float_trig_asin(-0.0), -0)); // asin(-0.0) is -0.0, through the series
});

test("asin, acos, atan and atan2: the fast paths agree with the 100-bit path", () => {
  const unit = [...args(20000, 0.99, 6)].map((x) => [x]);
  checkFast("asin", (x) => R.py_float_trig_inverse(x, false), unit);
  checkFast("acos", (x) => R.py_float_trig_inverse(x, true), unit);
  const wide = [...args(20000, 1e4, 7)].map((x) => [x]);
  checkFast("atan", (x) => R.py_float_trig_quick_atan2(x, 1), wide);
  const ys = [...args(20000, 50, 8)];
  const xs = [...args(20000, 50, 9)];
  checkFast("atan2", R.py_float_trig_quick_atan2, ys.map((y, i) => [y, xs[i]]));
});

test("the edges the fast paths leave to the slow path keep their values", () => {
  assert.ok(Object.is(trig("sin", -0), -0));
  assert.equal(trig("sin", 1e-9), 1e-9);
  assert.equal(trig("cos", 1e-9), 1);
  assert.equal(trig("cos", 1.4e-8), 0.9999999999999999);
  assert.ok(Number.isNaN(trig("sin", Infinity)));
  assert.equal(trig("sin", 1e7), Math.sin(1e7));
  assert.equal(trig("asin", 1), Math.PI / 2);
  assert.equal(trig("acos", -1), Math.PI);
  assert.equal(trig("asin", 0.999), R.py_float_trig_dd("asin", 0.999));
  assert.ok(Object.is(trig("atan2", -0, -1), -Math.PI));
  assert.equal(trig("atan2", 1e-320, 1), 1e-320);
  assert.equal(trig("atan", 1e300), Math.PI / 2);
  // both below 2**-1022: scaled up before the 100-bit path scales them (was NaN)
  assert.equal(trig("atan2", 1e-310, 1e-310), 0.7853981633974483);
  assert.equal(trig("atan2", -5e-324, -5e-324), -2.356194490192345);
});
