// py_ctx_copies: Dash's callback_context showing the wrapper's copies of arguments, as a
// server callback's ctx holds the objects its arguments are.
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const { py_ctx_copies } = load("py_ctx_copies");

function context(rows, items, store) {
  return {
    triggered: [{ prop_id: "table.data", value: rows }],
    triggered_id: "table",
    inputs_list: [
      { id: "table", property: "data", value: rows },
      [
        { id: { index: 0, type: "item" }, property: "data", value: items[0] },
        { id: { index: 1, type: "item" }, property: "data", value: items[1] },
      ],
    ],
    inputs: {
      "table.data": rows,
      '{"index":0,"type":"item"}.data': items[0],
      '{"index":1,"type":"item"}.data': items[1],
    },
    states_list: [{ id: "store", property: "data", value: store }],
    states: { "store.data": store },
  };
}

test("copied arguments are what ctx shows; Dash's objects stay as they were", () => {
  const rows = [1];
  const items = [{ a: 1 }, { a: 2 }];
  const store = { n: 0 };
  const dash = context(rows, items, store);
  globalThis.dash_clientside = { callback_context: dash };
  const args = [[1], [{ a: 1 }, { a: 2 }], { n: 0 }];
  py_ctx_copies(args, (i) => i === 0 || i === 1 || i === 2);
  const seen = globalThis.dash_clientside.callback_context;
  assert.equal(seen.inputs["table.data"], args[0]);
  assert.equal(seen.inputs_list[0].value, args[0]);
  assert.equal(seen.triggered[0].value, args[0]);
  assert.equal(seen.inputs['{"index":1,"type":"item"}.data'], args[1][1]);
  assert.equal(seen.inputs_list[1][0].value, args[1][0]);
  assert.equal(seen.states["store.data"], args[2]);
  assert.equal(seen.states_list[0].value, args[2]);
  assert.equal(seen.triggered_id, "table");
  // Dash's own context, arrays and entries are untouched
  assert.equal(dash.inputs["table.data"], rows);
  assert.equal(dash.inputs_list[0].value, rows);
  assert.equal(dash.inputs_list[1][1].value, items[1]);
  assert.equal(dash.triggered[0].value, rows);
  assert.equal(dash.states_list[0].value, store);
  delete globalThis.dash_clientside;
});

test("only the copied positions change; no context, nothing to do", () => {
  const rows = [1];
  const store = { n: 0 };
  globalThis.dash_clientside = { callback_context: context(rows, [{}, {}], store) };
  const args = [rows, [{}, {}], { n: 0 }];
  py_ctx_copies(args, (i) => i === 2);
  const seen = globalThis.dash_clientside.callback_context;
  assert.equal(seen.inputs["table.data"], rows);
  assert.equal(seen.states["store.data"], args[2]);
  globalThis.dash_clientside = {};
  py_ctx_copies(args, () => true);
  assert.deepEqual(globalThis.dash_clientside, {});
  delete globalThis.dash_clientside;
});
