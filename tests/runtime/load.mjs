// Loads runtime helpers the way a bundle does: each requested helper plus its
// `// requires:` dependencies, once each, evaluated in one strict-mode scope.
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

export const RUNTIME = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "clientpy", "runtime");

function source(name) {
  const path = join(RUNTIME, `${name}.js`);
  if (!existsSync(path)) throw new Error(`no runtime helper file ${name}.js`);
  return readFileSync(path, "utf8");
}

function requires(text) {
  const names = [];
  for (const line of text.split("\n")) {
    const m = /^\/\/ requires:(.*)$/.exec(line);
    if (m) names.push(...m[1].trim().split(/\s+/).filter(Boolean));
  }
  return names;
}

function closure(names) {
  const seen = new Set();
  const order = [];
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    requires(source(name)).forEach(visit);
    order.push(name);
  };
  names.forEach(visit);
  return order;
}

// load("py_eq", "py_repr") -> { py_eq, py_repr, ...every name the files define }
// Each call evaluates its own copy of the helpers in a fresh function scope, so several
// loads in one test file do not collide (class declarations cannot be repeated).
export function load(...names) {
  return evaluate(names, "");
}

// Like load, plus the `py_methods` table a bundle declares for py_callm:
// loadWithMethods({ "str.upper": "py_str_upper" }, "py_callm") makes
// `const py_methods = { "str.upper": py_str_upper }` in the same scope.
export function loadWithMethods(methods, ...names) {
  const entries = Object.entries(methods);
  const table = entries.map(([key, helper]) => `${JSON.stringify(key)}: ${helper}`).join(", ");
  return evaluate([...names, ...entries.map(([, helper]) => helper)], `const py_methods = { ${table} };\n`);
}

function evaluate(names, prelude) {
  let files = closure(names);
  // The exception classes' `message` is `py_exc_message`, which a bundle declares after
  // its helpers (runtime_parts in clientpy/transpile/bundle.py): here the whole
  // py_exc_str, as in a bundle that can raise any exception (py_exc_text, what the
  // other bundles declare, has tests of its own).
  let epilogue = "";
  if (files.includes("py_exceptions")) {
    files = closure([...names, "py_exc_str"]);
    epilogue = "const py_exc_message = py_exc_str;\n";
  }
  const texts = files.map(source);
  const exported = new Set();
  for (const text of texts) {
    for (const m of text.matchAll(/^(?:function|class|const|let)\s+([A-Za-z_$][\w$]*)/gm)) {
      exported.add(m[1]);
    }
  }
  if (prelude) exported.add("py_methods");
  const code = `(function () {\n"use strict";\n${prelude}${texts.join("\n")}\n${epilogue}return { ${[...exported].join(", ")} };\n})()`;
  return vm.runInThisContext(code, { filename: `runtime(${names.join(",")})` });
}
