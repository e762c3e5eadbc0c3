// requires: py_exceptions
// What calling an `async def` gives: as with Python's coroutine, the body runs when the
// coroutine is awaited, not when the function is called, and it can be awaited once.
// It is no thenable: a JS promise would adopt one returned by an async body (`return
// other()` without await), where Python hands the coroutine over as a value. py_await
// starts it. (The callback Dash calls stays a JS async function: Dash awaits it at once.)
class py_Coroutine {
  constructor(body) {
    this.body = body;
  }

  // The body's run, as a promise of `{ value }` (boxed, so that a coroutine it returns
  // is not adopted either).
  $start() {
    const body = this.body;
    if (body === null) {
      return Promise.reject(new py_RuntimeError("cannot reuse already awaited coroutine"));
    }
    this.body = null;
    return body().then(py_Coroutine.box);
  }

  static box(value) {
    return { value: value };
  }
}
