/**
 * The client side of google.script for pages shown outside Google: scripts put into a page before its own
 * scripts run. Written as plain JavaScript text (not a function's toString()) so that what runs in the
 * browser is exactly this, whatever compiles or instruments the TypeScript around it.
 *
 * - bridgeClientScript: the `google` object of ui-bridge.ts, whose calls reach the bundle in the emulator.
 * - savedCopyScript: the `google` object of a saved page (out/schermen/), whose server calls fail with a
 *   message that says so.
 *
 * The client API: https://developers.google.com/apps-script/guides/html/reference/run and
 * https://developers.google.com/apps-script/guides/html/reference/host
 */

/** Names of the page-side functions the bridge exposes with playwright's exposeFunction. */
export const SERVER_BINDING = "__netwerkplanServer";
export const HOST_BINDING = "__netwerkplanHost";
/** How many server calls of the page are busy (sent, or their handler not yet run). */
export const PENDING = "__netwerkplanPending";

/**
 * google.script.run and google.script.host, as Apps Script gives them to a page:
 *
 * - `google.script.run` has one method per callable server function (top-level, not ending in `_`): the page
 *   knows the names when it loads, so calling another name is a TypeError, as on Google.
 * - `withSuccessHandler(fn)`, `withFailureHandler(fn)` and `withUserObject(o)` each return a new runner with
 *   that setting; a call returns undefined at once and its handler runs later with (value, userObject) or
 *   (Error, userObject). Without a failure handler a failure is thrown uncaught (it shows in the console);
 *   `withFailureHandler(null)` silences it.
 * - Arguments: "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well as
 *   JavaScript objects and arrays that are composed of primitives, objects, and arrays. A form element within
 *   the page is also legal as a parameter, but it must be the function's only parameter. Requests fail if you
 *   attempt to pass a Date, Function, DOM element besides a form, or other prohibited type, including
 *   prohibited types inside objects or arrays. Objects that create circular references will also fail, and
 *   undefined fields within arrays become null." (run#myFunction). The reference gives no error text; the
 *   page's client throws, at the call, `Failed due to illegal value in property: <key>` (the index of the
 *   argument or the name of the property) and `Failed due to circular reference.` — the texts Google's client
 *   uses (as reported by scripts that hit them). Such a call is never sent.
 * - What is sent is a JSON copy: objects lose their prototypes, NaN becomes null, undefined properties go.
 * - A form becomes an object of its fields by name (a name used twice gives an array); a file input is not
 *   emulated.
 * - `google.script.host.close()`, `.setHeight(h)`, `.setWidth(w)` and `.editor.focus()` are recorded.
 */
export function bridgeClientScript(functionNames: readonly string[]): string {
  const names = JSON.stringify(functionNames.filter((n) => !n.endsWith("_")));
  return `(function (names) {
  "use strict";
  var pending = 0;
  Object.defineProperty(window, ${JSON.stringify(PENDING)}, { get: function () { return pending; } });

  function illegal(key) { return new Error("Failed due to illegal value in property: " + key); }
  function plain(v) { var p = Object.getPrototypeOf(v); return p === Object.prototype || p === null; }

  /* A JSON-ready copy of a legal value; throws for anything Apps Script refuses. undefined: leave out. */
  function copy(value, key, ancestors) {
    if (value === null) return null;
    var t = typeof value;
    if (t === "string" || t === "boolean") return value;
    if (t === "number") return isFinite(value) ? value : null;
    if (t === "undefined") return undefined;
    if (t !== "object") throw illegal(key);
    if (ancestors.indexOf(value) >= 0) throw new Error("Failed due to circular reference.");
    var out;
    ancestors.push(value);
    if (Array.isArray(value)) {
      out = [];
      for (var i = 0; i < value.length; i++) {
        var item = copy(value[i], String(i), ancestors);
        out.push(item === undefined ? null : item);
      }
    } else if (plain(value)) {
      out = {};
      Object.keys(value).forEach(function (k) {
        var v = copy(value[k], k, ancestors);
        if (v !== undefined) out[k] = v;
      });
    } else {
      throw illegal(key);
    }
    ancestors.pop();
    return out;
  }

  function formObject(form) {
    var out = {};
    new FormData(form).forEach(function (v, k) {
      if (typeof v !== "string") throw new Error("Not emulated: a file input in a form sent through google.script.run");
      out[k] = Object.prototype.hasOwnProperty.call(out, k) ? [].concat(out[k], v) : v;
    });
    return out;
  }

  function serialize(args) {
    if (args.length === 1 && args[0] instanceof HTMLFormElement) return JSON.stringify([formObject(args[0])]);
    var out = [];
    for (var i = 0; i < args.length; i++) {
      var v = copy(args[i], String(i), []);
      out.push(v === undefined ? null : v);
    }
    return JSON.stringify(out);
  }

  function later(fn) { setTimeout(function () { try { fn(); } finally { pending--; } }, 0); }

  function runner(success, failure, userObject, failureSet) {
    var r = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject, failureSet); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject, true); },
      withUserObject: function (o) { return runner(success, failure, o, failureSet); }
    };
    names.forEach(function (name) {
      r[name] = function () {
        var json = serialize(Array.prototype.slice.call(arguments));
        pending++;
        function fail(error) {
          later(function () {
            if (typeof failure === "function") failure(error, userObject);
            else if (!failureSet) throw error;
          });
        }
        window[${JSON.stringify(SERVER_BINDING)}](name, json).then(function (reply) {
          var answer = JSON.parse(reply);
          if (!answer.ok) return fail(new Error(answer.message));
          later(function () { if (typeof success === "function") success(answer.value, userObject); });
        }, function (e) { fail(e instanceof Error ? e : new Error(String(e))); });
      };
    });
    return r;
  }

  function host(action, value) { window[${JSON.stringify(HOST_BINDING)}](action, value === undefined ? null : value); }

  var google = window.google || {};
  google.script = {
    run: runner(null, null, undefined, false),
    host: {
      origin: "https://docs.google.com",
      close: function () { host("close"); },
      setHeight: function (height) { host("setHeight", height); },
      setWidth: function (width) { host("setWidth", width); },
      editor: { focus: function () { host("focusEditor"); } }
    }
  };
  window.google = google;
})(${names});
`;
}

/**
 * The `google` object of a saved page: every server call fails, asynchronously as a real one would, with
 * `message` (which says that this is a saved copy); without a failure handler the message is only a console
 * warning, so that a saved page shows no errors. google.script.host does nothing.
 */
export function savedCopyScript(message: string): string {
  return `(function (message) {
  "use strict";
  function runner(failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === "withSuccessHandler") return function () { return runner(failure, userObject); };
        if (name === "withFailureHandler") return function (fn) { return runner(fn, userObject); };
        if (name === "withUserObject") return function (o) { return runner(failure, o); };
        if (typeof name !== "string" || name === "then") return undefined;
        return function () {
          var error = new Error(message.replace("{functie}", name));
          setTimeout(function () {
            if (typeof failure === "function") failure(error, userObject);
            else console.warn(error.message);
          }, 0);
        };
      }
    });
  }
  function nothing() {}
  window.google = {
    script: {
      run: runner(undefined, undefined),
      host: { origin: "https://docs.google.com", close: nothing, setHeight: nothing, setWidth: nothing, editor: { focus: nothing } }
    }
  };
})(${JSON.stringify(message)});
`;
}
