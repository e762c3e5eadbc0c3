// requires: py_attr_error py_descr_error py_exceptions py_typename py_is_plain py_getitem py_format py_format_conv py_exc_str py_is_int
// str.format(*args, **kwargs) as fmt.format: args is the array of positional arguments,
// kwargs a Map or plain object (or undefined). Auto and manual numbering, names, item
// access {0[key]} {0[1]}, conversions !r !s !a and nested specs {:{width}}.
// `floats`: true when every number argument is a float, or an array of booleans, one per
// positional argument; `kwFloats`: the names of the keyword arguments that are floats.
// `args` null: str.format_map(kwargs), where a positional field is a ValueError and
// names are looked up as `kwargs[name]` (any mapping; KeyError or TypeError as Python).
function py_str_format(fmt, args, kwargs, floats, kwFloats) {
  // x.format(...) on a value of open type: str is the only type with the method
  if (typeof fmt !== "string") throw py_attr_error(fmt, args === null ? "format_map" : "format");
  const ctx = { args: args || [], kwargs: kwargs, floats: floats, kwFloats: kwFloats, auto: 0, next: 0 };
  ctx.mapOnly = args === null;
  if (fmt.indexOf("{") < 0 && fmt.indexOf("}") < 0) return fmt;
  return py_str_format_build(fmt, ctx, 2);
}

function py_str_format_build(fmt, ctx, depth) {
  if (depth <= 0) throw new py_ValueError("Max string recursion exceeded");
  let out = "";
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    // literal text up to the first brace
    const start = pos;
    let c = "";
    let markup = false;
    while (pos < n) {
      c = fmt.charAt(pos++);
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= n;
    let len = pos - start;
    if (c === "}" && (atEnd || fmt.charAt(pos) !== "}")) {
      throw new py_ValueError("Single '}' encountered in format string");
    }
    if (atEnd && c === "{") throw new py_ValueError("Single '{' encountered in format string");
    if (!atEnd) {
      if (c === fmt.charAt(pos)) {
        pos++;
        markup = false;
      } else {
        len--;
      }
    }
    out += fmt.slice(start, start + len);
    if (!markup) continue;
    // the field: name, then !conv, then :spec up to the matching brace
    const fstart = pos;
    c = "";
    while (pos < n) {
      c = fmt.charAt(pos++);
      if (c === "{") throw new py_ValueError("unexpected '{' in field name");
      if (c === "[") {
        while (pos < n && fmt.charAt(pos) !== "]") pos++;
        continue;
      }
      if (c === "}" || c === ":" || c === "!") break;
    }
    let name;
    let conv = "";
    let spec = "";
    let expand = false;
    if (c === "!" || c === ":") {
      name = fmt.slice(fstart, pos - 1);
      let closed = false;
      if (c === "!") {
        if (pos >= n) throw new py_ValueError("end of string while looking for conversion specifier");
        const cp = fmt.codePointAt(pos);
        conv = String.fromCodePoint(cp);
        pos += conv.length;
        if (pos < n) {
          c = fmt.charAt(pos++);
          if (c === "}") closed = true;
          else if (c !== ":") throw new py_ValueError("expected ':' after conversion specifier");
        }
      }
      if (!closed) {
        const sstart = pos;
        let count = 1;
        while (pos < n) {
          c = fmt.charAt(pos++);
          if (c === "{") {
            expand = true;
            count++;
          } else if (c === "}") {
            if (--count === 0) break;
          }
        }
        if (count !== 0) throw new py_ValueError("unmatched '{' in format spec");
        spec = fmt.slice(sstart, pos - 1);
      }
    } else if (c !== "}") {
      throw new py_ValueError("expected '}' before end of string");
    } else {
      name = fmt.slice(fstart, pos - 1);
    }
    const field = py_str_format_field(name, ctx);
    let value = field.v;
    if (conv !== "") value = py_format_conv(value, conv, field.f);
    if (expand) spec = py_str_format_build(spec, ctx, depth - 1);
    out += conv !== "" ? py_format(value, spec) : py_format(value, spec, field.f);
  }
  return out;
}

// The object a field name designates: {v: value, f: whether a number is a float}.
function py_str_format_field(name, ctx) {
  let i = 0;
  const n = name.length;
  while (i < n && name.charAt(i) !== "." && name.charAt(i) !== "[") i++;
  const first = name.slice(0, i);
  let index = /^[0-9]+$/.test(first) ? py_str_format_integer(first) : -1;
  const empty = first === "";
  if (empty || index >= 0) {
    if (ctx.auto === 0) ctx.auto = empty ? 1 : 2;
    if (ctx.auto === 2 && empty) {
      throw new py_ValueError("cannot switch from manual field specification to automatic field numbering");
    }
    if (ctx.auto === 1 && !empty) {
      throw new py_ValueError("cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = ctx.next++;
  }
  let v;
  let isFloat;
  const fl = ctx.floats;
  if (ctx.mapOnly) {
    if (index >= 0) throw new py_ValueError("Format string contains positional fields");
    v = py_getitem(ctx.kwargs, first);
    isFloat = fl === true || (ctx.kwFloats !== undefined && ctx.kwFloats.includes(first));
  } else if (index < 0) {
    const kw = ctx.kwargs;
    if (kw instanceof Map && kw.has(first)) v = kw.get(first);
    else if (kw && !(kw instanceof Map) && Object.prototype.hasOwnProperty.call(kw, first)) v = kw[first];
    else throw new py_KeyError(first);
    isFloat = fl === true || (ctx.kwFloats !== undefined && ctx.kwFloats.includes(first));
  } else {
    if (index >= ctx.args.length) {
      throw new py_IndexError("Replacement index " + index + " out of range for positional args tuple");
    }
    v = ctx.args[index];
    isFloat = fl === true || (Array.isArray(fl) && fl[index] === true);
  }
  while (i < n) {
    const c = name.charAt(i++);
    let key;
    if (c === ".") {
      const s = i;
      while (i < n && name.charAt(i) !== "." && name.charAt(i) !== "[") i++;
      key = name.slice(s, i);
      if (key === "") throw new py_ValueError("Empty attribute in format string");
      // a float's .real and .imag are floats (2.5.imag is 0.0); the rest are ints
      const ofFloat = typeof v === "number" && (isFloat || !py_is_int(v));
      v = py_str_format_attr(v, key, isFloat);
      isFloat = ofFloat && (key === "real" || key === "imag");
    } else if (c === "[") {
      const s = i;
      while (i < n && name.charAt(i) !== "]") i++;
      if (i >= n) throw new py_ValueError("Missing ']' in format string");
      key = name.slice(s, i++);
      if (key === "") throw new py_ValueError("Empty attribute in format string");
      v = py_getitem(v, /^[0-9]+$/.test(key) ? py_str_format_integer(key) : key);
    } else {
      throw new py_ValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    // A flag says every number inside the argument is a float: its items' too.
  }
  return { v: v, f: isFloat };
}

function py_str_format_integer(digits) {
  const t = digits.replace(/^0+(?=.)/, "");
  if (t.length > 19 || (t.length === 19 && t > "9223372036854775807")) {
    throw new py_ValueError("Too many decimal digits in format string");
  }
  return Number(t);
}

// Attribute access in a field name: the numeric attributes ints and floats have; other
// values have no attributes reachable this way.
function py_str_format_attr(v, key, isFloat) {
  if (typeof v === "number" || typeof v === "boolean") {
    const x = Number(v);
    if (key === "real") return x;
    if (key === "imag") return 0;
    if (!isFloat && py_is_int(x)) {
      if (key === "numerator") return x;
      if (key === "denominator") return 1;
    }
  }
  throw new py_AttributeError("'" + py_typename(v) + "' object has no attribute '" + key + "'");
}
