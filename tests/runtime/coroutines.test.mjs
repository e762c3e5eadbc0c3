// py_Coroutine and py_await: an async def's body runs when awaited, once; what it
// returns, a coroutine included, is the await's value (boxed, never adopted).
import test from "node:test";
import assert from "node:assert/strict";
import { load } from "./load.mjs";

const R = load("py_Coroutine", "py_await", "py_exceptions");
const coroutine = (body) => new R.py_Coroutine(body);

test("the body runs when awaited, not when made", async () => {
  const ran = [];
  const c = coroutine(async () => {
    ran.push("body");
    return 2;
  });
  assert.deepEqual(ran, []);
  assert.equal((await R.py_await(c)).value, 2);
  assert.deepEqual(ran, ["body"]);
});

test("a coroutine can be awaited once", async () => {
  const c = coroutine(async () => 1);
  await R.py_await(c);
  await assert.rejects(R.py_await(c), (e) =>
    e instanceof R.py_RuntimeError && e.message === "cannot reuse already awaited coroutine");
});

test("a coroutine returned without await stays a coroutine", async () => {
  const inner = coroutine(async () => 6);
  const outer = coroutine(async () => inner); // `return _double(x)` in an async def
  const got = (await R.py_await(outer)).value;
  assert.equal(got, inner);
  assert.equal((await R.py_await(got)).value, 6);
});

test("a JS promise is awaited; anything else is CPython's TypeError", async () => {
  assert.equal((await R.py_await(Promise.resolve("x"))).value, "x");
  for (const [value, name] of [[1, "int"], ["s", "str"], [null, "NoneType"]]) {
    assert.throws(() => R.py_await(value), (e) =>
      e instanceof R.py_TypeError && e.message === `object ${name} can't be used in 'await' expression`);
  }
});

test("an exception in the body rejects the await", async () => {
  const c = coroutine(async () => {
    throw new R.py_ValueError("bad");
  });
  await assert.rejects(R.py_await(c), (e) => e instanceof R.py_ValueError);
});
