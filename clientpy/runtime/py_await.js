// requires: py_exceptions py_typename py_Coroutine
// `await x` is `(await py_await(x)).value`: x must be awaitable (a coroutine of an async
// def, or a JS promise such as js.fetch's); JS would take any other value as it is,
// Python raises TypeError. The value comes boxed, so that a coroutine an async def
// returns without awaiting it stays a coroutine (see py_Coroutine.js).
function py_await(x) {
  if (x instanceof py_Coroutine) return x.$start();
  if (x !== null && (typeof x === "object" || typeof x === "function") && typeof x.then === "function") {
    return Promise.resolve(x).then(py_Coroutine.box);
  }
  throw new py_TypeError("object " + py_typename(x) + " can't be used in 'await' expression");
}
