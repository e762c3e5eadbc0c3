// Lists the runtime builds for the code to read by index are PACKED arrays: V8 keeps an
// array made by `new Array(n)` HOLEY for good, and the compiled code's range test
// (`(v = xs[i]) !== undefined`) then boxes every float it reads (py_filled.js). The
// elements kind is only visible to V8's natives syntax: asked in a child node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

const LOAD = new URL("./load.mjs", import.meta.url).href;
const CHILD = `
import { load } from ${JSON.stringify(LOAD)};
const R = load("py_filled", "py_mul", "py_slice", "py_from_dash", "py_zip");
const made = {
  filled: R.py_filled([], 5, 0.5),         // [0.5] * 5 at the callback's site
  repeated: R.py_mul([1, 2.5], 3),          // [1, 2.5] * 3
  slice: R.py_slice([1.5, 2, 3, 4], 1, null, null), // xs[1:]
  reversed: R.py_slice([1.5, 2, 3, 4], null, null, -1), // xs[::-1]
  copied: R.py_from_dash([[1.5, 2], [3, 4]])[0], // a row of Dash's data, copied
  zipped: R.py_zip([1.5, 2], [3, 4]).next().value, // a tuple of zip
};
const kinds = {};
for (const [k, v] of Object.entries(made)) kinds[k] = %HasHoleyElements(v) ? "holey" : "packed";
console.log(JSON.stringify(kinds));
`;

test("lists built by the runtime are packed arrays", () => {
  const out = execFileSync(
    process.execPath,
    ["--allow-natives-syntax", "--input-type=module", "-e", CHILD],
    { encoding: "utf8" },
  );
  const kinds = JSON.parse(out.trim().split("\n").pop());
  for (const [k, kind] of Object.entries(kinds)) assert.equal(kind, "packed", k);
  assert.equal(Object.keys(kinds).length, 6);
});
