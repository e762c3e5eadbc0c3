// A run of digits with `sep` every `size` of them, from the right ("1234567" -> "1,234,567").
function py_group_digits(digits, size, sep) {
  let end = digits.length % size || size;
  let out = digits.slice(0, end);
  for (; end < digits.length; end += size) out += sep + digits.slice(end, end + size);
  return out;
}
