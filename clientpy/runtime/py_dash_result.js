// requires: py_exceptions py_no_update
// A callback's result checked against its Outputs, as Dash's server checks a server
// callback's (dash/_validate.py, validate_multi_return): a list of Outputs (`multi`)
// takes a list or tuple of as many values, an ALL output (`wildcards[i]` set) a list
// of one value per component it matched, and a callback with no Output returns None.
// The renderer checks nothing: it pairs the Outputs with whatever came, so a str for
// two Outputs would set one character each, where the server sets nothing and reports
// the error. As there, no_update may be the whole result of a list of Outputs or the
// value of a plain Output in it, not the value of an ALL Output.
// `outputs` is the renderer's outputs_list, read at the call (an async callback's
// context is gone, or another callback's, by the time it returns).
class py_InvalidCallbackReturnValue extends py_Exception {
  static get py_name() { return "InvalidCallbackReturnValue"; }
}

function py_dash_outputs() {
  const dc = (typeof window !== "undefined" ? window : globalThis).dash_clientside;
  return dc && dc.callback_context ? dc.callback_context.outputs_list : undefined;
}

function py_dash_result(r, multi, wildcards, outputs) {
  if (multi && wildcards.length === 0) {
    if (r === null || r === undefined) return r;
    throw new py_InvalidCallbackReturnValue("No-output callback received return value: " + py_dash_result_text(r));
  }
  if (multi && r === py_no_update()) return r;
  const values = multi ? r : [r];
  const specs = multi ? outputs : [outputs];
  if (multi) {
    if (!Array.isArray(r)) {
      throw new py_InvalidCallbackReturnValue(
        "The callback is a multi-output.\nExpected the output type to be a list or tuple but got:\n" +
          py_dash_result_text(r) + ".",
      );
    }
    if (r.length !== wildcards.length) {
      throw new py_InvalidCallbackReturnValue(
        "Invalid number of output values.\nExpected " + wildcards.length + ", got " + r.length,
      );
    }
  }
  for (let i = 0; i < wildcards.length; i++) {
    const value = values[i];
    if (!wildcards[i]) continue;
    if (!Array.isArray(value)) {
      throw new py_InvalidCallbackReturnValue(
        "The callback output " + i + " is a wildcard multi-output.\n" +
          "Expected the output type to be a list or tuple but got:\n" + py_dash_result_text(value) + ".",
      );
    }
    const spec = specs && specs[i];
    if (Array.isArray(spec) && value.length !== spec.length) {
      throw new py_InvalidCallbackReturnValue(
        "Invalid number of output values for item " + i + ".\nExpected " + spec.length + ", got " + value.length,
      );
    }
  }
  return r;
}

// The value as the message shows it: JSON where it is JSON data, else its JS type.
function py_dash_result_text(x) {
  let text;
  try {
    text = JSON.stringify(x);
  } catch (e) {
    text = undefined;
  }
  if (text === undefined) text = "a JavaScript " + typeof x;
  return text.length > 200 ? text.slice(0, 200) + "..." : text;
}
