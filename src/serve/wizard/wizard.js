// docwiz serve: the wizard's script (served as /assets/wizard.js; the
// Content-Security-Policy allows no inline script).
// F1 opens the page's help: the Help link (id "help"), with the focused
// control's own keyword (data-f1 on it or an element around it) put before
// the page's keywords (meta name="docwiz:f1"). The progress page polls its
// JSON endpoint and moves on when the CA has answered.
(function () {
  'use strict';

  function keywords() {
    var list = [];
    var el = document.activeElement;
    while (el && el !== document.documentElement) {
      var k = el.getAttribute && el.getAttribute('data-f1');
      if (k) list.push(k);
      el = el.parentElement;
    }
    // A label's control: F1 with the pointer's focus on a label.
    var meta = document.querySelector('meta[name="docwiz:f1"]');
    if (meta && meta.content) {
      meta.content.split(';').forEach(function (k) { if (k) list.push(k); });
    }
    var seen = {};
    return list.filter(function (k) {
      var key = k.toLowerCase();
      if (seen[key]) return false;
      seen[key] = true;
      return true;
    });
  }

  function helpUrl() {
    var help = document.getElementById('help');
    if (!help) return null;
    var url = new URL(help.getAttribute('href'), window.location.href);
    url.searchParams.set('k', keywords().join(';'));
    return url.toString();
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'F1' || event.altKey || event.ctrlKey || event.metaKey) return;
    var url = helpUrl();
    if (!url) return;
    event.preventDefault();
    window.location.href = url;
  });

  var progress = document.getElementById('progress');
  if (progress && window.fetch) {
    var source = progress.getAttribute('data-poll');
    var elapsed = document.getElementById('elapsed');
    var poll = function () {
      fetch(source, { credentials: 'same-origin', cache: 'no-store' })
        .then(function (r) { return r.json(); })
        .then(function (state) {
          if (state.done && state.next) {
            window.location.replace(state.next);
            return;
          }
          if (elapsed && state.elapsed) elapsed.textContent = state.elapsed;
          window.setTimeout(poll, 500);
        })
        .catch(function () { window.setTimeout(poll, 2000); });
    };
    window.setTimeout(poll, 500);
  }
})();
