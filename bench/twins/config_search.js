// Hand-written twin of bench/workloads/config.py, as a Dash author would ship it in assets/.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  function kind(value) {
    if (value === null || value === undefined) return "null";
    switch (typeof value) {
      case "boolean":
        return "bool";
      case "number":
        return "number";
      case "string":
        return "text";
      default:
        return "other";
    }
  }

  function flatten(node, prefix, out) {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) flatten(node[i], `${prefix}[${i}]`, out);
    } else if (node !== null && typeof node === "object") {
      for (const key of Object.keys(node)) {
        flatten(node[key], prefix ? `${prefix}.${key}` : key, out);
      }
    } else {
      out.set(prefix, node);
    }
  }

  ns.config_search = function (config, search) {
    const flat = new Map();
    flatten(config, "", flat);
    const needle = search.trim().toLowerCase();
    const rows = [];
    for (const [path, value] of flat) {
      if (path.toLowerCase().includes(needle)) {
        rows.push({ path: path, value: value, kind: kind(value) });
      }
    }
    return { leaves: flat.size, rows: rows };
  };
})();
