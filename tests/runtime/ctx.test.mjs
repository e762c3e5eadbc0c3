// py_ctx: Dash's callback_context as a server callback's dash.ctx has it, from the
// request's JSON (NaN, infinities and unset values as JSON carries them).
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_ctx");

function withContext(c, f) {
  globalThis.dash_clientside = { callback_context: c };
  try {
    return f(R.py_ctx());
  } finally {
    delete globalThis.dash_clientside;
  }
}

const ROWS = [{ v: 1 }];
const CONTEXT = {
  triggered: [{ prop_id: "qty.value", value: NaN }, { prop_id: "t.data", value: ROWS }],
  inputs: { "qty.value": NaN, "t.data": ROWS, "big.value": Infinity, "name.value": "a" },
  states: { "s.value": undefined },
  inputs_list: [
    { id: "qty", property: "value", value: NaN },
    { id: "t", property: "data", value: ROWS },
    [
      { id: { type: "q", index: 0 }, property: "value", value: undefined },
      { id: { type: "q", index: 1 }, property: "value", value: 3 },
    ],
  ],
  states_list: [{ id: "s", property: "value" }],
};

test("values JSON cannot carry are None; unset entries have no value", () => {
  withContext(CONTEXT, (ctx) => {
    assert.deepEqual(ctx.inputs, { "qty.value": null, "t.data": ROWS, "big.value": null, "name.value": "a" });
    assert.deepEqual(ctx.states, { "s.value": null });
    const [qty, table, all] = ctx.inputs_list;
    assert.deepEqual(qty, { id: "qty", property: "value", value: null });
    assert.equal(table, CONTEXT.inputs_list[1]); // nothing to change: Dash's own entry
    assert.equal(table.value, ROWS);
    assert.ok(!("value" in all[0]));
    assert.equal(all[1].value, 3);
    assert.deepEqual(ctx.triggered.map((t) => t.value), [null, ROWS]);
  });
  assert.ok(Number.isNaN(CONTEXT.inputs["qty.value"])); // Dash's context left as it was
});

test("each part is shaped once per context: reads give the same object", () => {
  withContext(CONTEXT, (ctx) => {
    assert.equal(ctx.inputs, ctx.inputs);
    assert.equal(ctx.inputs_list, ctx.inputs_list);
  });
  withContext({}, (ctx) => {
    assert.deepEqual(ctx.inputs, {});
    assert.deepEqual(ctx.states_list, []);
  });
});
