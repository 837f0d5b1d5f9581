import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toInlineScript } from '../../../src/lib/embed/inline-script.ts';

describe(toInlineScript, () => {
  it('drops comment blocks, comment lines and blank lines, keeping the code', () => {
    const source =
      '// @ts-check\n/*\n * doc\n */\n(function () {\n  // why\n  var a = "x"; // trailing stays\n\n})();\n';
    expect(toInlineScript(source)).toBe('(function () {\n  var a = "x"; // trailing stays\n})();');
  });

  it('leaves the embed page script valid JavaScript', () => {
    const script = toInlineScript(readFileSync('src/scripts/embed-frame.js', 'utf8'));
    expect(script).not.toContain('@ts-check');
    expect(() => new Function(script)).not.toThrow();
  });
});
