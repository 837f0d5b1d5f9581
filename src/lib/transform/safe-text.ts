/**
 * Untrusted text made safe for every output at once. Names come from the API and may hold anything JSON can carry;
 * one control character in an SVG stops the PNG renderer, U+202E reverses the figures after a name, and a lone
 * surrogate is not valid UTF-8. The site passes the archive through {@link toSafeDeep} once, where it reads it, so
 * HTML, SVG, PNG, CSV, JSON, oEmbed and alt text all see the same cleaned names.
 */

/** Whitespace controls, which become a space so the words on either side stay apart: `Kilo\vCode` -> `Kilo Code`. */
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Everything else that goes: C0 and C1 controls and DEL; the bidi embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069), which reorder the text after them; lone surrogates; and the noncharacters
 * (U+FDD0–U+FDEF and every U+xFFFE/U+xFFFF), which XML forbids or discourages. What remains is an XML 1.0 `Char`.
 */
const REMOVED =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;

/** A quick test for text that needs no work (nearly every name). */
const NEEDS_WORK =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]/;

/**
 * Text safe in HTML, SVG/XML, PNG text, CSV and JSON: whitespace controls become spaces, other control characters,
 * bidi controls, lone surrogates and noncharacters are removed; everything else (emoji, right-to-left scripts,
 * `<`, `&`) is kept for the output's own escaping. Idempotent: `toSafeText('Kilo\u000bCode') === 'Kilo Code'`,
 * `toSafeText('\u202Eevil') === 'evil'`.
 */
export function toSafeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(WHITESPACE_CONTROLS, ' ').replace(REMOVED, '');
}

/**
 * A deep copy of parsed JSON with every string value passed through {@link toSafeText}; object keys, numbers,
 * booleans and `null` are kept. For the archive as read (plain objects and arrays only; anything else is returned
 * as it is). Does not mutate its input; a `__proto__` key stays an own data property.
 */
export function toSafeDeep<T>(value: T): T {
  return safeCopy(value) as T;
}

function safeCopy(value: unknown): unknown {
  if (typeof value === 'string') return toSafeText(value);
  if (Array.isArray(value)) return value.map(safeCopy);
  if (value === null || typeof value !== 'object') return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, safeCopy(inner)]));
}

/** The right-to-left scripts: a name holding one of their letters can reorder the text around it. */
const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\p{Script=Mende_Kikakui}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Kharoshthi}\p{Script=Avestan}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Hatran}\p{Script=Old_Hungarian}\p{Script=Sogdian}\p{Script=Old_Sogdian}\p{Script=Old_Uyghur}\p{Script=Elymaic}\p{Script=Chorasmian}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Old_South_Arabian}\p{Script=Old_North_Arabian}\p{Script=Lydian}\p{Script=Cypriot}]/u;

/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A name made safe ({@link toSafeText}) and, when it holds a right-to-left letter, wrapped in FSI…PDI so it cannot
 * reorder the words and figures after it: `isolate('مساعد')` -> `'\u2068مساعد\u2069'`, `isolate('Cline') ===
 * 'Cline'` (in the site's left-to-right text a left-to-right name cannot disturb its neighbours, so it stays
 * byte-identical). Use it wherever a name is joined with other words into plain text that is not HTML element
 * content: alt text, `aria-label` and `title` attributes, `<meta>` descriptions and og: tags, oEmbed titles, SVG
 * `<title>` tooltips and `<desc>`. Not for HTML element content (wrap it in `<bdi>`), CSV cells, JSON values,
 * URLs or slugs: there the name stands alone and the isolates would only add invisible characters.
 */
export function isolate(name: string): string {
  const safe = toSafeText(name);
  return RIGHT_TO_LEFT.test(safe) ? `${FSI}${safe}${PDI}` : safe;
}
