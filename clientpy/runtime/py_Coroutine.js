// requires: py_exceptions
// What calling an `async def` gives: as with Python's coroutine, the body runs when the
// coroutine is awaited, not when the function is called, and it can be awaited once.
// (The callback Dash calls stays a JS async function: Dash awaits it at once.)
class py_Coroutine {
  constructor(body) {
    this.body = body;
  }

  then(resolve, reject) {
    const body = this.body;
    if (body === null) {
      reject(new py_RuntimeError("cannot reuse already awaited coroutine"));
      return;
    }
    this.body = null;
    body().then(resolve, reject);
  }
}
