/**
 * Chart SVGs as their reviewed snapshot files hold them: one element per line, so a diff shows which mark moved
 * (`<svg …><g …><path …/></g></svg>` becomes four lines). Only the file is reformatted, never what a chart returns.
 */
export function prettySvg(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}
