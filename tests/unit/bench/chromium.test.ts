import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, parseDevToolsPort } from '../../../src/lib/bench/chromium.ts';

describe(parseDevToolsPort, () => {
  it('reads the port once Chromium has written both lines', () => {
    expect(parseDevToolsPort('40127\n/devtools/browser/5f0c')).toBe(40127);
  });

  it('gives undefined while the file is empty or half written', () => {
    expect(parseDevToolsPort('')).toBeUndefined();
    expect(parseDevToolsPort('401')).toBeUndefined();
    expect(parseDevToolsPort('x\n/devtools')).toBeUndefined();
  });
});

describe('CHROMIUM_FLAGS', () => {
  it('runs headless without traffic of its own and leaves the profile to each launch', () => {
    expect(CHROMIUM_FLAGS).toEqual(
      expect.arrayContaining(['--headless', '--no-sandbox', '--disable-quic', '--disable-background-networking']),
    );
    expect(CHROMIUM_FLAGS.some((flag) => flag.startsWith('--user-data-dir'))).toBe(false);
  });
});
