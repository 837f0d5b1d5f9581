/**
 * The shape of a figure: every chart of the site, defined once in `sections/*.ts`. Its page (ChartFigure), its live
 * and frozen embeds, its codes page, its SVG/PNG/CSV exports, its oEmbed file and its card all render this one value.
 */
import { z } from 'astro/zod';
import { LEGEND_KINDS } from '../charts/theme.ts';

/**
 * One legend entry: a swatch (an area or bar series), a line (the frontier), or a filled or hollow dot. Order is kept
 * as given, so the trailing `Other` stays last. The same entries are drawn into every export (`LegendKey`).
 */
export const LegendItemSchema = z.object({
  label: z.string(),
  color: z.string(),
  kind: z.enum(LEGEND_KINDS).optional(),
});
export type LegendItem = z.infer<typeof LegendItemSchema>;

/**
 * One table cell: plain text, or text with an exact value on hover (`title`), a link (`href`, a site path), or a
 * share bar drawn beside the text (`bar`, the bar's length as a fraction of the full width, 0 to 1).
 */
export const TableCellSchema = z.union([
  z.string(),
  z.object({
    text: z.string(),
    title: z.string().optional(),
    href: z.string().optional(),
    bar: z.number().min(0).max(1).optional(),
  }),
]);
export type TableCell = z.infer<typeof TableCellSchema>;

/** A column header; `numeric` right-aligns it (detected from the cells when omitted). */
export const TableColumnSchema = z.union([
  z.string(),
  z.object({ label: z.string(), numeric: z.boolean().optional() }),
]);
export type TableColumn = z.infer<typeof TableColumnSchema>;

/** The data table behind a chart or a leaderboard. Every row has one cell per column. */
export const TableDataSchema = z
  .object({ caption: z.string(), columns: z.array(TableColumnSchema), rows: z.array(z.array(TableCellSchema)) })
  .refine((table) => table.rows.every((row) => row.length === table.columns.length), {
    message: 'every row has one cell per column',
  });
export type TableData = z.infer<typeof TableDataSchema>;

/** One prebuilt view of a chart (share/absolute, a window): a link, so it works with JavaScript off. */
export const VariantSchema = z.object({ label: z.string(), href: z.string(), current: z.boolean() });
export type Variant = z.infer<typeof VariantSchema>;

/** A named group of views shown as a toggle above the chart (`Measure`, `Window`). */
export const VariantGroupSchema = z.object({ label: z.string(), options: z.array(VariantSchema) });
export type VariantGroup = z.infer<typeof VariantGroupSchema>;

/**
 * Which frozen embeds a figure gets: its own dated copies (`own`); none because it re-cuts another figure (another
 * window of the same series, a later page of a board) whose frozen copies hold the same data (`variant`, `of` that
 * figure's id); or none at all (`none`: the per-model and per-task charts, hundreds of them).
 */
export const FrozenPolicySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('own') }),
  z.object({ kind: z.literal('variant'), of: z.string() }),
  z.object({ kind: z.literal('none') }),
]);
export type FrozenPolicy = z.infer<typeof FrozenPolicySchema>;

/** Lower-case letters, digits and `-`, plus `_` and `~` (which only model page slugs contain); no `/` or `.`. */
const ChartIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_.~-]*$/, 'a chart id: a-z, 0-9, -, _, . and ~ only');

/** A site path: starts with `/`. */
const SitePathSchema = z.string().startsWith('/');

/** One chart of the site, with everything every rendering of it needs. */
export const FigureSchema = z.object({
  /** Stable id (docs/embeds.md): the chart's download name, e.g. `model-share-share-30d`. */
  id: ChartIdSchema,
  /** The figure's element id on its page (`model-share`): the target of `links.page`'s fragment. */
  anchor: z.string().min(1),
  /** The title on its page, where the page says what the window is (`Share of tokens by model`). */
  heading: z.string().min(1),
  /** Heading level on its page: 2 for a page's main charts, 3 inside a section. */
  level: z.union([z.literal(2), z.literal(3)]).default(2),
  /** The title standing alone (embeds, exports, cards): `Share of tokens by model, last 30 days`. */
  title: z.string().min(1),
  /** One sentence saying what the chart shows, written from the data. */
  takeaway: z.string(),
  /** The chart as drawn at build time (`renderSvg`): the wide rendering, and the one every export draws. */
  svg: z.string().startsWith('<svg'),
  /**
   * The narrow rendering of the same chart, designed for phones and blog columns (type, ticks, legend, labels): the
   * page and the embed show the one that fits their box with CSS container queries (`ChartSvg`).
   */
  narrowSvg: z.string().startsWith('<svg').optional(),
  /** True for a small chart drawn narrow at every width (a task's top models): `svg` is its narrow rendering. */
  small: z.boolean().default(false),
  /** Text alternative written from the data: what leads, how much, what changed. */
  alt: z.string().min(1),
  /** Without `narrowSvg`: below this width (CSS px) the chart scrolls in its own box instead of shrinking. */
  minWidth: z.number().int().positive().optional(),
  /** Series in drawing order; the trailing `Other` stays last. Empty for a chart without a legend. */
  legend: z.array(LegendItemSchema).default([]),
  /** The data drawn, as a table; the CSV at `links.csv` holds the same rows. */
  table: TableDataSchema,
  /** Index of the column whose cells name their row. */
  rowHeader: z.number().int().min(0).default(0),
  /** Short notes under the chart, on its page and in its embed alike. */
  notes: z.array(z.string()).default([]),
  /** Add the tokenizer caveat (charts of token counts); `no-other` drops its sentence on `Other`. */
  tokenCaveat: z.union([z.boolean(), z.literal('no-other')]).default(false),
  /** The citation with `as_of`, the API's `meta.citation`, or the synthetic notice (`attributionFor`). */
  attribution: z.string().min(1),
  /** `as_of` of the data drawn (ISO time or date). */
  asOf: z.string().min(1),
  /** Set for a weekly chart: the Sunday ending the last week drawn (its frozen copies are dated by it). */
  weeksThrough: z.iso.date().optional(),
  links: z.object({
    /** The chart on its page, with the figure's anchor. */
    page: SitePathSchema,
    /** The CSV of what is drawn. */
    csv: SitePathSchema,
    /** The SVG and PNG exports without their extension (`/models/model-share-share-30d`). */
    exports: SitePathSchema,
    /**
     * False for a chart of one model's own page: no PNG is built (hundreds of them would be a quarter of the deploy,
     * docs/embeds.md), its image and Markdown codes use the SVG, and its oEmbed thumbnail is its page's card.
     */
    png: z.boolean().default(true),
  }),
  /** Prebuilt views of the chart, as toggles on its page (embeds show none). */
  variants: z.array(VariantGroupSchema).default([]),
  embed: z.object({
    /** True for a page's main chart: it gets a 1200×630 card for link previews. */
    card: z.boolean(),
    frozen: FrozenPolicySchema,
  }),
});
export type Figure = z.infer<typeof FigureSchema>;
/** What a section builder writes; the catalogue parses it (`level` 2, no legend, notes or variants by default). */
export type FigureInput = z.input<typeof FigureSchema>;

/** A CSV file of the site: its site path (`/models/model-share-30d.csv`) and its text. */
export const CsvFileSchema = z.object({ path: z.string().regex(/^\/.*\.csv$/), body: z.string() });
export type CsvFile = z.infer<typeof CsvFileSchema>;
