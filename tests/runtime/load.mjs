// Loads runtime helpers the way a bundle does: each requested helper plus its
// `// requires:` dependencies, once each, evaluated in one strict-mode scope.
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const RUNTIME = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "clientpy", "runtime");

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
export function load(...names) {
  const files = closure(names);
  const body = files.map(source).join("\n");
  const exported = new Set();
  for (const text of files.map(source)) {
    for (const m of text.matchAll(/^(?:function|class|const|let)\s+([A-Za-z_$][\w$]*)/gm)) {
      exported.add(m[1]);
    }
  }
  const code = `"use strict";\n${body}\n({ ${[...exported].join(", ")} })`;
  return vm.runInThisContext(code, { filename: `runtime(${names.join(",")})` });
}
