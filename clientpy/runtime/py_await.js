// requires: py_exceptions py_typename
// `await x`: x must be awaitable (a coroutine of an async def, or a JS promise such as
// js.fetch's); JS would take any other value as it is, Python raises TypeError.
function py_await(x) {
  if (x !== null && (typeof x === "object" || typeof x === "function") && typeof x.then === "function") {
    return x;
  }
  throw new py_TypeError("object " + py_typename(x) + " can't be used in 'await' expression");
}
