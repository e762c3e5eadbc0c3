// requires: py_AnnotationError py_typename
// Raise py_AnnotationError for `value`, found where `name: annotation` (a parameter of
// `func`, or an annotated local) promised otherwise; `isItem`: it is one of its items.
function py_annotation_error(func, name, annotation, value, isItem) {
  const type = py_typename(value);
  const got = type === "NoneType" ? "None" : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
  const where = isItem ? "holds" : "is";
  throw new py_AnnotationError(
    `${func}(): \`${name}\` is annotated \`${annotation}\` but ${where} ${got}. ` +
      "The compiled code relies on annotations: annotate what can come " +
      "(add `| None` where None can), or remove the annotation."
  );
}
