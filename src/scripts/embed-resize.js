// @ts-check
/*
 * Token Atlas embed auto-resize, served as /embed/resize.js for pages that embed a chart in an iframe. Each embed
 * posts its content height; this sets the height of the iframe it came from. A message is accepted only when its
 * origin is the origin this script was loaded from AND its source is the window of one of that origin's embed
 * iframes (marked data-token-atlas-embed) on this page, so no other frame or page can resize anything. Once loaded
 * it asks the embeds already there for their height, in case they posted it before it listened. In reply,
 * the embed gets the host page's look (light or dark, see hostTheme), so a chart on a dark blog is dark whatever
 * the reader's system setting.
 */
(function () {
  var script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || !script.src) return;
  var origin = new URL(script.src, location.href).origin;
  // Loaded once per origin, however many embeds paste the script.
  var host = /** @type {Window & { tokenAtlasResize?: Record<string, boolean> }} */ (window);
  var loaded = host.tokenAtlasResize || (host.tokenAtlasResize = {});
  if (loaded[origin]) return;
  loaded[origin] = true;
  var MAX_HEIGHT = 20000;

  /**
   * Relative luminance of an `rgb()`/`rgba()` colour, 0 (black) to 1 (white); null when (nearly) transparent.
   * @param {string} color
   * @returns {number | null}
   */
  function luminance(color) {
    var c = color.match(/[\d.]+/g);
    if (!c || c.length < 3 || (c.length > 3 && Number(c[3]) < 0.5)) return null;
    return (0.2126 * Number(c[0]) + 0.7152 * Number(c[1]) + 0.0722 * Number(c[2])) / 255;
  }

  /**
   * The host's look around an embed: the iframe's own data-theme="light|dark" if the author set one, else the
   * background the reader sees behind it (the nearest opaque one), else a single colour-scheme the page declares;
   * null when nothing says (the embed then follows the reader's setting, as it does on its own).
   * @param {HTMLIFrameElement} frame
   * @returns {string | null}
   */
  function hostTheme(frame) {
    var set = frame.getAttribute('data-theme');
    if (set === 'light' || set === 'dark') return set;
    for (var el = frame.parentElement; el; el = el.parentElement) {
      var l = luminance(getComputedStyle(el).backgroundColor);
      if (l !== null) return l < 0.5 ? 'dark' : 'light';
    }
    var schemes = getComputedStyle(frame)
      .colorScheme.split(' ')
      .filter(function (w) {
        return w === 'light' || w === 'dark';
      });
    return schemes.length === 1 ? String(schemes[0]) : null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'token-atlas:embed-height') return;
    var height = Number(data.height);
    if (!(height > 0 && height < MAX_HEIGHT)) return;
    var frames = document.querySelectorAll('iframe[data-token-atlas-embed]');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (!(frame instanceof HTMLIFrameElement) || frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== origin) return;
      frame.style.height = Math.ceil(height) + 'px';
      var theme = hostTheme(frame);
      if (theme && frame.contentWindow)
        frame.contentWindow.postMessage({ type: 'token-atlas:host-theme', theme: theme }, origin);
      return;
    }
  });

  // This script loads async, so an embed may have posted its height before anyone listened: ask each embed already
  // on the page for it again (a frame still loading drops this, and posts its height itself once loaded).
  var embeds = document.querySelectorAll('iframe[data-token-atlas-embed]');
  for (var j = 0; j < embeds.length; j += 1) {
    var embed = embeds[j];
    if (!(embed instanceof HTMLIFrameElement) || !embed.contentWindow) continue;
    if (new URL(embed.src, location.href).origin !== origin) continue;
    embed.contentWindow.postMessage({ type: 'token-atlas:host-ready' }, origin);
  }
})();
