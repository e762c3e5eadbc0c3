// The twin of greet_0 in bench/app_template.py, as a Dash author would write it.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  ns.greet_0 = function (name) {
    if (!name) {
      return dc.no_update;
    }
    var title = name.trim().toLowerCase().replace(/(^|[^a-z])([a-z])/g, function (m, before, letter) {
      return before + letter.toUpperCase();
    });
    return "Hello, " + title + "! (0)";
  };
})();
