import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

/** The script exactly as /embed/resize.js serves it. */
const SCRIPT = readFileSync('src/scripts/embed-resize.js', 'utf8');
const SITE = 'https://atlas.example';

class FakeScript {
  constructor(readonly src: string) {}
}
class FakeFrame {
  readonly style: { height?: string } = {};
  readonly contentWindow = { name: 'frame window' };
  constructor(readonly src: string) {}
}
type Message = { origin: string; source: unknown; data: unknown };

/** Loads the script into a fake host page holding `frames`; returns how to post it messages. */
function hostPage(frames: FakeFrame[], scriptSrc = `${SITE}/atlas/embed/resize.js`) {
  const listeners: ((event: Message) => void)[] = [];
  const window = {
    addEventListener: (type: string, listener: (event: Message) => void) => type === 'message' && listeners.push(listener),
  };
  const document = {
    currentScript: new FakeScript(scriptSrc),
    querySelectorAll: (selector: string) => (selector === 'iframe[data-token-atlas-embed]' ? frames : []),
  };
  const location = { href: 'https://blog.example/post/' };
  const context = { window, document, location, URL, HTMLScriptElement: FakeScript, HTMLIFrameElement: FakeFrame };
  const load = () => runInNewContext(SCRIPT, context);
  load();
  return {
    load,
    listenerCount: () => listeners.length,
    post: (message: Message) => listeners.forEach((listener) => listener(message)),
  };
}

const heightMessage = (height: unknown) => ({ type: 'token-atlas:embed-height', height });

describe('embed-resize.js', () => {
  it('sets the height of the site iframe the message came from', () => {
    const ours = new FakeFrame(`${SITE}/atlas/embed/model-share-share-30d/`);
    const other = new FakeFrame(`${SITE}/atlas/embed/tasks-treemap-usage/`);
    const page = hostPage([other, ours]);
    page.post({ origin: SITE, source: ours.contentWindow, data: heightMessage(731.2) });
    expect(ours.style.height).toBe('732px');
    expect(other.style.height).toBeUndefined();
  });

  it('ignores a message from another origin, even one claiming to be the iframe', () => {
    const ours = new FakeFrame(`${SITE}/embed/a/`);
    const page = hostPage([ours]);
    page.post({ origin: 'https://evil.example', source: ours.contentWindow, data: heightMessage(900) });
    expect(ours.style.height).toBeUndefined();
  });

  it('ignores a message from this origin whose source is not one of its iframes', () => {
    const ours = new FakeFrame(`${SITE}/embed/a/`);
    const page = hostPage([ours]);
    page.post({ origin: SITE, source: { name: 'a popup' }, data: heightMessage(900) });
    expect(ours.style.height).toBeUndefined();
  });

  it('ignores a marked iframe that shows another origin', () => {
    const foreign = new FakeFrame('https://evil.example/embed/a/');
    const page = hostPage([foreign]);
    page.post({ origin: SITE, source: foreign.contentWindow, data: heightMessage(900) });
    expect(foreign.style.height).toBeUndefined();
  });

  it.each([
    ['another type', { type: 'resize', height: 500 }],
    ['no height', { type: 'token-atlas:embed-height' }],
    ['a negative height', heightMessage(-5)],
    ['an absurd height', heightMessage(1e9)],
    ['text', 'token-atlas:embed-height 500'],
  ])('ignores %s', (_name, data) => {
    const ours = new FakeFrame(`${SITE}/embed/a/`);
    hostPage([ours]).post({ origin: SITE, source: ours.contentWindow, data });
    expect(ours.style.height).toBeUndefined();
  });

  it('listens once per site however many embeds paste the script', () => {
    const page = hostPage([]);
    page.load();
    expect(page.listenerCount()).toBe(1);
  });
});
