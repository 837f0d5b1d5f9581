// @ts-check
/*
 * Inlined into every embed page (a frozen embed must be self-contained). Optional: with JavaScript off the page is
 * complete and follows the reader's colour scheme. With it: `?theme=light|dark` overrides the scheme, the page
 * posts its height to the host page (for /embed/resize.js) and takes the host's light or dark look when that script
 * sends it, and a frozen embed asks the site's latest.json whether newer data exists, only to show a notice; its
 * own figures never change. A pack of frozen copies (/embed/<id>/<YYYY-Www>/) holds a week's copies, one
 * `section.ta-copy` each, with their date and edition on the section; CSS shows the one the URL's fragment targets,
 * else the newest (the last), and this script reads that one.
 */
(function () {
  var root = document.documentElement;
  var theme = new URLSearchParams(location.search).get('theme');
  var fixed = theme === 'light' || theme === 'dark';
  if (fixed) root.setAttribute('data-theme', String(theme));

  // From /embed/resize.js in the parent only: "ready" asks for the height again (the script loads async and may
  // have missed the first post); "host-theme" is the host's look, which ?theme= overrides. Neither can do more
  // than that, so a forged message changes nothing else.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data) return;
    if (data.type === 'token-atlas:host-ready') postHeight();
    if (data.type !== 'token-atlas:host-theme' || fixed) return;
    if (data.theme === 'light' || data.theme === 'dark') root.setAttribute('data-theme', data.theme);
  });

  // The copy on show: the targeted section of a pack, else its last; a page that is no pack is its own copy.
  function shown() {
    var copies = document.querySelectorAll('.ta-copy');
    if (copies.length === 0) return root;
    return document.querySelector('.ta-copy:target') || copies[copies.length - 1] || root;
  }

  function content() {
    return shown().querySelector('.ta-embed') || document.body;
  }

  function postHeight() {
    if (window.parent === window) return;
    var height = Math.ceil(content().getBoundingClientRect().height);
    window.parent.postMessage({ type: 'token-atlas:embed-height', height: height }, '*');
  }

  function showNewer() {
    var copy = shown();
    var frozen = copy.getAttribute('data-frozen');
    var id = root.getAttribute('data-chart') || '';
    var asOf = copy.getAttribute('data-as-of') || '';
    var title = copy.getAttribute('data-title');
    if (copy !== root && title) document.title = title;
    if (!frozen || !id || !window.fetch) return;
    // latest.json sits two folders up (/embed/<id>/<date>/ -> /embed/): relative, so it survives any base path.
    fetch(new URL('../../latest.json', location.href).href)
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (latest) {
        var current = latest && latest.charts && latest.charts[id];
        if (typeof current !== 'string' || current <= asOf) return;
        var notice = /** @type {HTMLElement | null} */ (copy.querySelector('.ta-newer'));
        if (notice) notice.hidden = false;
      })
      .catch(function () {
        // Offline or moved: the frozen date line alone still says what the chart shows.
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    postHeight();
    if ('ResizeObserver' in window) new ResizeObserver(postHeight).observe(content());
    window.addEventListener('load', postHeight);
    window.addEventListener('hashchange', function () {
      if (document.querySelector('.ta-copy')) showNewer();
      postHeight();
    });
    showNewer();
  });
})();
