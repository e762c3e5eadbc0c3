// The twin of style_6 in bench/app_template.py, as a Dash author would write it.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  ns.style_6 = function (on) {
    // a switch's value is a bool, a checklist's a list of the ticked options
    if (Array.isArray(on) ? on.length > 0 : on) {
      return { display: "block", opacity: 1, zIndex: 6 };
    }
    return { display: "none" };
  };
})();
