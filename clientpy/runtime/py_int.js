// requires: py_exceptions py_typename py_index_arg py_repr_str py_num_text py_int_whole py_int_digits
// int(x=0, base=10). Floats truncate toward zero; strings follow CPython's grammar:
// surrounding whitespace, a sign, the base prefix (0x 0o 0b) for base 16/8/2 or 0,
// single underscores between digits, Unicode decimal digits. A parsed value beyond
// 2**53 raises OverflowError rather than silently losing digits.
function py_int(x, base) {
  if (arguments.length === 0) return 0;
  if (base === undefined) {
    if (typeof x === "number") {
      if (Number.isInteger(x)) return py_int_whole(x);
      if (x !== x) throw new py_ValueError("cannot convert float NaN to integer");
      if (x === Infinity || x === -Infinity) {
        throw new py_OverflowError("cannot convert float infinity to integer");
      }
      const t = Math.trunc(x);
      return t === 0 ? 0 : t;
    }
    if (typeof x === "boolean") return x ? 1 : 0;
    if (typeof x === "string") return py_int_digits(x);
    throw new py_TypeError(
      "int() argument must be a string, a bytes-like object or a real number, not '" + py_typename(x) + "'"
    );
  }
  const b = py_index_arg(base);
  if ((b !== 0 && b < 2) || b > 36) throw new py_ValueError("int() base must be >= 2 and <= 36, or 0");
  if (typeof x !== "string") throw new py_TypeError("int() can't convert non-string with explicit base");
  return py_int_parse(x, b);
}

function py_int_parse(text, base) {
  const s = py_num_text(text);
  let i = 0;
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    i = 1;
  }
  let b = base;
  let underscoreOk = false;
  let zerosOnly = false;
  if (s[i] === "0") {
    const p = (s[i + 1] || "").toLowerCase();
    if ((p === "x" && (b === 16 || b === 0)) || (p === "o" && (b === 8 || b === 0)) || (p === "b" && (b === 2 || b === 0))) {
      b = p === "x" ? 16 : p === "o" ? 8 : 2;
      i += 2;
      underscoreOk = true;
    } else if (b === 0) {
      // A literal such as "010" is not valid Python: after a leading 0 only zeros may
      // follow (checked once the digits are read and counted for the limit).
      b = 10;
      zerosOnly = true;
    }
  } else if (b === 0) {
    b = 10;
  }
  let value = 0;
  let digits = 0;
  let prevUnderscore = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      // "_": only between digits, or right after a base prefix.
      if (prevUnderscore || (digits === 0 && !underscoreOk)) throw py_int_invalid(text, base);
      prevUnderscore = true;
      continue;
    }
    let d;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 87;
    else if (c >= 65 && c <= 90) d = c - 55;
    else d = 99;
    if (d >= b) throw py_int_digit_limit(digits, b) || py_int_invalid(text, base);
    value = value * b + d;
    digits++;
    prevUnderscore = false;
  }
  const limited = py_int_digit_limit(digits, b);
  if (limited) throw limited;
  if (digits === 0 || prevUnderscore || (zerosOnly && value !== 0)) throw py_int_invalid(text, base);
  if (value > Number.MAX_SAFE_INTEGER) {
    throw new py_OverflowError("integer result too large for a JS number");
  }
  return neg ? (value === 0 ? 0 : -value) : value;
}

// CPython's limit on the digits of an int read from text in a base that is no power of
// two (sys.get_int_max_str_digits(), 4300 by default): checked on the digits read before
// the first character that is none, so it is the error a long bad literal gives too.
function py_int_digit_limit(digits, base) {
  if (digits <= 4300 || (base & (base - 1)) === 0) return null;
  return new py_ValueError(
    "Exceeds the limit (4300 digits) for integer string conversion: value has " + digits +
      " digits; use sys.set_int_max_str_digits() to increase the limit",
  );
}

function py_int_invalid(text, base) {
  let r = py_repr_str(text);
  if (r.length > 200) r = Array.from(r).slice(0, 200).join("");
  return new py_ValueError("invalid literal for int() with base " + base + ": " + r);
}
