/** Our client scripts as inlined into embed pages. */
/**
 * A client script of ours as inlined into embed pages: comment lines and blocks dropped (a frozen embed carries it
 * once per page, for ever). Only for our own scripts, whose strings never hold `//` at a line start or `/*`.
 */
export function toInlineScript(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'))
    .join('\n');
}
