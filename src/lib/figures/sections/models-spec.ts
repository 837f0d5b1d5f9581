/**
 * The prebuilt views of the model share chart on `/models/`: a measure (share or tokens) over a window. Every view
 * is its own page (`../routes.ts`), so the toggles are plain links that work with JavaScript off.
 */
import type { ShareVariant } from '../../charts/model-share.ts';
import { SHARE_WINDOWS, type ShareWindow } from '../../transform/windows.ts';

/** One prebuilt view of the model share chart. */
export type ModelView = { measure: ShareVariant; window: ShareWindow };

/** The measures in toggle order, with their labels. */
export const MEASURES: readonly { measure: ShareVariant; label: string }[] = [
  { measure: 'share', label: 'Share' },
  { measure: 'absolute', label: 'Tokens' },
];

/** The windows in toggle order, with their labels. */
export const WINDOW_LABELS: Readonly<Record<ShareWindow, string>> = {
  '30d': '30 d',
  '90d': '90 d',
  '1y': '1 y',
  all: 'All',
};

/** The view `/models/` opens with. */
export const DEFAULT_VIEW: ModelView = { measure: 'share', window: '30d' };

/** `share-30d`, `absolute-all`: the view's name in URLs and file names. */
export function viewId(view: ModelView): string {
  return `${view.measure}-${view.window}`;
}

/** Every view, the default first. */
export function allViews(): ModelView[] {
  return MEASURES.flatMap(({ measure }) => SHARE_WINDOWS.map((window) => ({ measure, window })));
}

/** The view a `viewId` names, or null. */
export function toView(id: string): ModelView | null {
  return allViews().find((view) => viewId(view) === id) ?? null;
}
