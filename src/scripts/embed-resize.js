// @ts-check
/*
 * Token Atlas embed auto-resize, served as /embed/resize.js for pages that embed a chart in an iframe. Each embed
 * posts its content height; this sets the height of the iframe it came from. A message is accepted only when its
 * origin is the origin this script was loaded from AND its source is the window of one of that origin's embed
 * iframes (marked data-token-atlas-embed) on this page, so no other frame or page can resize anything.
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
      return;
    }
  });
})();
