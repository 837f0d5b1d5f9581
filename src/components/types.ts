/** Prop shapes shared by the chart components; pages build these from transformed data. */

/** One legend entry. Order is kept as given, so the trailing `Other` stays last. */
export type LegendItem = { label: string; color: string };

/**
 * One table cell: plain text, or text with an exact value on hover (`title`), a link (`href`, a site path), or a
 * share bar drawn beside the text (`bar`, the bar's length as a fraction of the full width, 0 to 1).
 */
export type TableCell = string | { text: string; title?: string; href?: string; bar?: number };

/** A column header; `numeric` right-aligns it (detected from the cells when omitted). */
export type TableColumn = string | { label: string; numeric?: boolean };

/** The data table behind a chart or a leaderboard. Every row has one cell per column. */
export type TableData = { caption: string; columns: TableColumn[]; rows: TableCell[][] };

/** One prebuilt view of a chart (share/absolute, a window): a link, so it works with JavaScript off. */
export type Variant = { label: string; href: string; current: boolean };
