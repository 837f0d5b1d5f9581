import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

/** The script exactly as /embed/resize.js serves it. */
const SCRIPT = readFileSync('src/scripts/embed-resize.js', 'utf8');
const SITE = 'https://atlas.example';

class FakeScript {
  constructor(readonly src: string) {}
}
/** A host element with its computed background (`rgba(0, 0, 0, 0)`: transparent). */
class FakeElement {
  constructor(
    readonly backgroundColor: string,
    readonly parentElement: FakeElement | null = null,
  ) {}
}
class FakeFrame {
  readonly style: { height?: string } = {};
  readonly attributes: Record<string, string> = {};
  /** What the host posted to the frame's window, and to which origin. */
  readonly posted: { message: unknown; targetOrigin: string }[] = [];
  readonly contentWindow = {
    name: 'frame window',
    postMessage: (message: unknown, targetOrigin: string) => this.posted.push({ message, targetOrigin }),
  };
  readonly backgroundColor = 'rgba(0, 0, 0, 0)';
  constructor(
    readonly src: string,
    readonly parentElement: FakeElement | null = new FakeElement('rgba(0, 0, 0, 0)'),
    readonly colorScheme = 'normal',
  ) {}
  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }
}
type Message = { origin: string; source: unknown; data: unknown };

/** Loads the script into a fake host page holding `frames`; returns how to post it messages. */
function hostPage(frames: FakeFrame[], scriptSrc = `${SITE}/atlas/embed/resize.js`) {
  const listeners: ((event: Message) => void)[] = [];
  const window = {
    addEventListener: (type: string, listener: (event: Message) => void) =>
      type === 'message' && listeners.push(listener),
  };
  const document = {
    currentScript: new FakeScript(scriptSrc),
    querySelectorAll: (selector: string) => (selector === 'iframe[data-token-atlas-embed]' ? frames : []),
  };
  const location = { href: 'https://blog.example/post/' };
  const getComputedStyle = (el: FakeElement | FakeFrame) => ({
    backgroundColor: el.backgroundColor,
    colorScheme: el instanceof FakeFrame ? el.colorScheme : 'normal',
  });
  const context = {
    window,
    document,
    location,
    URL,
    getComputedStyle,
    HTMLScriptElement: FakeScript,
    HTMLIFrameElement: FakeFrame,
  };
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

  describe('tells the embed the host page’s look', () => {
    const themeOf = (frame: FakeFrame) =>
      frame.posted
        .filter((p) => (p.message as { type?: string }).type === 'token-atlas:host-theme')
        .map((p) => [p.message, p.targetOrigin]);
    const post = (frame: FakeFrame, origin = SITE) =>
      hostPage([frame]).post({ origin, source: frame.contentWindow, data: heightMessage(500) });

    it('dark behind a dark background, only to the site’s origin', () => {
      const frame = new FakeFrame(
        `${SITE}/embed/a/`,
        new FakeElement('rgba(0, 0, 0, 0)', new FakeElement('rgb(17, 17, 17)')),
      );
      post(frame);
      expect(themeOf(frame)).toEqual([[{ type: 'token-atlas:host-theme', theme: 'dark' }, SITE]]);
    });

    it('light behind a light one, whatever colour-scheme the page declares', () => {
      const frame = new FakeFrame(`${SITE}/embed/a/`, new FakeElement('rgb(250, 250, 245)'), 'dark');
      post(frame);
      expect(themeOf(frame)).toEqual([[{ type: 'token-atlas:host-theme', theme: 'light' }, SITE]]);
    });

    it('the iframe’s own data-theme first', () => {
      const frame = new FakeFrame(`${SITE}/embed/a/`, new FakeElement('rgb(17, 17, 17)'));
      frame.attributes['data-theme'] = 'light';
      post(frame);
      expect(themeOf(frame)).toEqual([[{ type: 'token-atlas:host-theme', theme: 'light' }, SITE]]);
    });

    it('the single colour-scheme a transparent page declares, and nothing when it declares both or none', () => {
      const dark = new FakeFrame(`${SITE}/embed/a/`, undefined, 'dark');
      post(dark);
      expect(themeOf(dark)).toEqual([[{ type: 'token-atlas:host-theme', theme: 'dark' }, SITE]]);
      for (const scheme of ['light dark', 'normal']) {
        const either = new FakeFrame(`${SITE}/embed/a/`, undefined, scheme);
        post(either);
        expect(themeOf(either)).toEqual([]);
      }
    });

    it('nothing in answer to a message it refused', () => {
      const frame = new FakeFrame(`${SITE}/embed/a/`, new FakeElement('rgb(17, 17, 17)'));
      post(frame, 'https://evil.example');
      expect(themeOf(frame)).toEqual([]);
    });
  });

  it('asks the site’s embeds already on the page for their height once it loads, and no other frame', () => {
    const ours = new FakeFrame(`${SITE}/atlas/embed/a/`);
    const foreign = new FakeFrame('https://evil.example/embed/a/');
    hostPage([ours, foreign]);
    expect(ours.posted).toEqual([{ message: { type: 'token-atlas:host-ready' }, targetOrigin: SITE }]);
    expect(foreign.posted).toEqual([]);
  });

  it('listens once per site however many embeds paste the script', () => {
    const page = hostPage([]);
    page.load();
    expect(page.listenerCount()).toBe(1);
  });
});
