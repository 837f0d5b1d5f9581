/**
 * The `hostile-names` fault: the names a real API could send and a careless site would choke on. App names, task
 * and macro-category names and benchmark display names get control characters (`Kilo\u000bCode`), U+202E,
 * markup (`</script>`), a 5,000-character name, emoji, right-to-left text, and lone surrogates; a few models get a
 * permaslug whose `:variant` suffix carries U+202E and markup (kept `author/name:variant`, as the spec writes
 * permaslugs, and never `other`). Every change is a pure function of the name's identity (app id, permaslug, tag),
 * so one app or model is renamed the same way in every answer, and every body still matches the API's schemas.
 */
import type { Endpoint } from '../lib/api/client.ts';

/** How long the long name is: far past any label, table cell or alt text. */
export const LONG_NAME_LENGTH = 5_000;

/** The ways a name is made hostile, each from the original name. */
export const HOSTILE_VARIANTS = [
  /** A control character inside: the vertical tab that stopped the PNG renderer. */
  (name: string) => (name.includes(' ') ? name.replace(' ', '\u000b') : `${name}\u000b`),
  /** RIGHT-TO-LEFT OVERRIDE: reverses what follows unless isolated or removed. */
  (name: string) => `\u202E${name}`,
  /** Markup that must stay text. */
  (name: string) => `${name}</script><script>alert(1)</script>`,
  /** A name of exactly {@link LONG_NAME_LENGTH} characters. */
  (name: string) => `${name} ${'W'.repeat(Math.max(0, LONG_NAME_LENGTH - name.length - 1))}`,
  /** Emoji, a ZWJ sequence among them. */
  (name: string) => `${name} 🚀👩‍💻`,
  /** Right-to-left text next to the name. */
  (name: string) => `مساعد ${name}`,
  /** NUL, a C1 control, a bidi isolate and a lone surrogate. */
  (name: string) => `${name}\u0000\u0085\u2066\ud800`,
  /** Attribute breakers. */
  (name: string) => `"${name}" onmouseover='x' & <b>`,
] as const;

/** FNV-1a of a string with a final avalanche (its low bits alone follow the input's): a stable, seed-free spread. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * The hostile form of `name` for the identity `id`, or `name` unchanged: one identity in four is renamed, and
 * which variant it gets follows from the identity, so every variant is met across a response's names.
 * `hostileName('app 1', 'Kilo Code')` is always the same string.
 */
export function hostileName(id: string, name: string): string {
  const hash = hashOf(id);
  if (hash % 4 !== 0) return name;
  const variant = HOSTILE_VARIANTS[(hash >>> 2) % HOSTILE_VARIANTS.length];
  return variant ? variant(name) : name;
}

/** The suffix a hostile permaslug carries: no `/`, so `author/name` still splits as the spec writes it. */
export const HOSTILE_SLUG_SUFFIX = ':\u202Efree<b>&"\'';

/**
 * A permaslug with a hostile `:variant` suffix for one model in eight; `other` and the rest are kept. The choice
 * follows the model, not the string: a dated permaslug (`google/gemini-3-flash-20251217`) and the undated id task
 * classifications use (`google/gemini-3-flash`) are renamed together.
 */
export function hostilePermaslug(slug: string): string {
  if (slug === 'other' || slug.endsWith(HOSTILE_SLUG_SUFFIX)) return slug;
  const model = slug.replace(/:.*$/, '').replace(/-\d{8}$/, '');
  return hashOf(`slug ${model}`) % 8 === 0 ? `${slug}${HOSTILE_SLUG_SUFFIX}` : slug;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The records of an array field, or none. */
function recordsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** Renames `record[field]` in place, when it is a string, by `rename`. */
function renameField(record: Record<string, unknown>, field: string, rename: (name: string) => string): void {
  const value = record[field];
  if (typeof value === 'string') record[field] = rename(value);
}

/**
 * A copy of an endpoint's answer with hostile names: app names (app-rankings), task and macro-category names and
 * the models' permaslugs (task-classifications), display names and permaslugs (benchmarks, every source), and
 * permaslugs (rankings-daily). Other fields, the order of rows and the synthetic marker are kept.
 */
export function withHostileNames(endpoint: Endpoint, body: object): object {
  const copy: unknown = JSON.parse(JSON.stringify(body));
  if (!isRecord(copy)) return body;
  const data = copy['data'];
  const slugs = (record: Record<string, unknown>, field: string) => renameField(record, field, hostilePermaslug);
  if (endpoint === 'app-rankings') {
    for (const row of recordsOf(data))
      renameField(row, 'app_name', (name) => hostileName(`app ${String(row['app_id'])}`, name));
  } else if (endpoint === 'benchmarks') {
    for (const row of recordsOf(data)) {
      renameField(row, 'display_name', (name) => hostileName(`model ${String(row['model_permaslug'])}`, name));
      slugs(row, 'model_permaslug');
    }
  } else if (endpoint === 'rankings-daily') {
    for (const row of recordsOf(data)) slugs(row, 'model_permaslug');
  } else if (isRecord(data)) {
    for (const task of recordsOf(data['classifications'])) {
      renameField(task, 'display_name', (name) => hostileName(`task ${String(task['tag'])}`, name));
      for (const model of recordsOf(task['models'])) slugs(model, 'id');
    }
    for (const macro of recordsOf(data['macro_categories'])) {
      renameField(macro, 'label', (name) => hostileName(`macro ${String(macro['key'])}`, name));
    }
  }
  return copy;
}
