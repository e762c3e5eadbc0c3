// Python's built-in exception classes. `args` is the tuple of constructor arguments,
// `message` is str(e) and `name` the Python class name (user subclasses keep their own).
// `py_exc_message` is declared by the bundle after its helpers (runtime_parts in
// clientpy/transpile/bundle.py): py_exc_str where the bundle carries it, else the
// smaller py_exc_text, which is exact for every exception such a bundle can make.
class py_BaseException extends Error {
  constructor(...args) {
    super();
    this.args = Object.freeze(args);
  }
  get name() {
    const c = this.constructor;
    return Object.prototype.hasOwnProperty.call(c, "py_name") ? c.py_name : c.name;
  }
  get message() {
    return py_exc_message(this);
  }
  static get py_name() { return "BaseException"; }
}
class py_Exception extends py_BaseException { static get py_name() { return "Exception"; } }
class py_ArithmeticError extends py_Exception { static get py_name() { return "ArithmeticError"; } }
class py_ZeroDivisionError extends py_ArithmeticError { static get py_name() { return "ZeroDivisionError"; } }
class py_OverflowError extends py_ArithmeticError { static get py_name() { return "OverflowError"; } }
class py_LookupError extends py_Exception { static get py_name() { return "LookupError"; } }
class py_KeyError extends py_LookupError { static get py_name() { return "KeyError"; } }
class py_IndexError extends py_LookupError { static get py_name() { return "IndexError"; } }
class py_ValueError extends py_Exception { static get py_name() { return "ValueError"; } }
class py_TypeError extends py_Exception { static get py_name() { return "TypeError"; } }
class py_AttributeError extends py_Exception { static get py_name() { return "AttributeError"; } }
class py_AssertionError extends py_Exception { static get py_name() { return "AssertionError"; } }
class py_RuntimeError extends py_Exception { static get py_name() { return "RuntimeError"; } }
class py_NotImplementedError extends py_RuntimeError { static get py_name() { return "NotImplementedError"; } }
class py_RecursionError extends py_RuntimeError { static get py_name() { return "RecursionError"; } }
class py_StopIteration extends py_Exception {
  get value() {
    return this.args.length > 0 ? this.args[0] : null;
  }
  static get py_name() { return "StopIteration"; }
}
class py_NameError extends py_Exception { static get py_name() { return "NameError"; } }
class py_UnboundLocalError extends py_NameError { static get py_name() { return "UnboundLocalError"; } }
