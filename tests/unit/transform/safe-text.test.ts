import { describe, expect, it } from 'vitest';
import { isolate, toSafeDeep, toSafeText } from '../../../src/lib/transform/safe-text.ts';

/** XML 1.0's `Char` production, the strictest of the outputs (HTML, SVG, PNG via resvg, CSV, JSON). */
function isXmlSafe(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) return false;
  }
  return true;
}

describe(toSafeText, () => {
  it.each([
    ['Kilo\u000bCode', 'Kilo Code'],
    ['tab\there', 'tab here'],
    ['line\r\nbreak', 'line  break'],
    ['nul\u0000byte', 'nulbyte'],
    ['esc\u001b[31mred', 'esc[31mred'],
    ['del\u007f', 'del'],
    ['c1\u0080\u009f', 'c1'],
    ['nel\u0085next', 'nel next'],
    ['ls\u2028ps\u2029', 'ls ps '],
    ['\u202Egnp.exe', 'gnp.exe'],
    ['a\u202Ab\u202Bc\u202Cd\u202De', 'abcde'],
    ['\u2066x\u2067y\u2068z\u2069', 'xyz'],
    ['lone\ud800high', 'lonehigh'],
    ['lone\udc00low', 'lonelow'],
    ['end\ud83d', 'end'],
    ['non\ufffe\uffffchar\ufdd0', 'nonchar'],
    ['astral\u{1fffe}\u{10ffff}', 'astral'],
  ])('%j -> %j', (input, expected) => expect(toSafeText(input)).toBe(expected));

  it.each([
    ['Cline'],
    ['</script><script>alert(1)</script>'],
    ['Rocket 🚀 👩‍💻'],
    ['مساعد البرمجة'],
    ['עוזר קוד'],
    ['Zero\u200bwidth and \u200fRLM marks'],
    ['A & B "quoted" \'single\''],
  ])('keeps %j as it is', (input) => expect(toSafeText(input)).toBe(input));

  it('leaves every output valid XML, whatever the input', () => {
    const every = Array.from({ length: 0x110000 }, (_, code) =>
      code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code),
    ).join('');
    expect(isXmlSafe(every)).toBe(false);
    const safe = toSafeText(every);
    expect(isXmlSafe(safe)).toBe(true);
    expect(safe).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('is idempotent', () => {
    const once = toSafeText('x\u000b\u202E\ud800y\u2028z');
    expect(toSafeText(once)).toBe(once);
  });

  it('keeps a 5,000-character name whole', () => {
    const long = 'n'.repeat(5000);
    expect(toSafeText(long)).toBe(long);
  });
});

describe(toSafeDeep, () => {
  it('cleans every string at any depth and keeps keys and other values', () => {
    const input = {
      data: [{ app_name: 'Kilo\u000bCode', total_tokens: '12', rank: 1, ok: true, none: null }],
      meta: { nested: { deeper: ['\u202Ex', 7] } },
    };
    expect(toSafeDeep(input)).toEqual({
      data: [{ app_name: 'Kilo Code', total_tokens: '12', rank: 1, ok: true, none: null }],
      meta: { nested: { deeper: ['x', 7] } },
    });
  });

  it('does not mutate its input', () => {
    const input = { names: ['a\u0000b'] };
    const output = toSafeDeep(input);
    expect(input.names[0]).toBe('a\u0000b');
    expect(output).not.toBe(input);
    expect(output.names).not.toBe(input.names);
  });

  it('keeps a __proto__ key as data', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"polluted": "x\\u000b"}}');
    const output = toSafeDeep(parsed);
    expect(Object.hasOwn(output as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('returns a plain string or number as it is (cleaned)', () => {
    expect(toSafeDeep('a\u202Eb')).toBe('ab');
    expect(toSafeDeep(3)).toBe(3);
  });
});

describe(isolate, () => {
  it('wraps a name holding a right-to-left letter in FSI and PDI', () => {
    expect(isolate('مساعد')).toBe('\u2068مساعد\u2069');
    expect(isolate('Code עוזר')).toBe('\u2068Code עוזר\u2069');
  });

  it('leaves a left-to-right name byte-identical', () => {
    expect(isolate('Cline')).toBe('Cline');
    expect(isolate('Rocket 🚀')).toBe('Rocket 🚀');
  });

  it('cleans the name first, so a stray PDI or override inside cannot end the isolate early', () => {
    expect(isolate('\u202Eمساعد\u2069 12%')).toBe('\u2068مساعد 12%\u2069');
    expect(isolate('Kilo\u000bCode')).toBe('Kilo Code');
  });
});
