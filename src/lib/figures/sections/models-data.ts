/**
 * The rankings as the models section uses them: complete days only, the in-progress dates left out, the
 * attribution, and the site-wide series colours (a model keeps its colour on every page of a build).
 */
import type { RankingsDailyRow } from '../../api/rankings-daily.ts';
import { OTHER_COLOR, SERIES_PALETTE } from '../../charts/theme.ts';
import { attributionFor } from '../../transform/citation.ts';
import { toSiteColors, type SiteColors } from '../../transform/colors.ts';
import { formatDate } from '../../transform/format.ts';
import { authorOf } from '../../transform/model-slugs.ts';
import { toCompleteDays } from '../../transform/partial.ts';
import { derived, type SiteData } from '../site-data.ts';

/** The rankings of complete days, what was left out as in progress, and how to cite and colour them. */
export type ModelsArchive = {
  rows: RankingsDailyRow[];
  inProgress: string[];
  asOf: string;
  synthetic: boolean;
  attribution: string;
  modelColors: SiteColors;
  authorColors: SiteColors;
};

/** The models archive of a build, or null when the archive holds no rankings yet. */
export function modelsArchive(data: SiteData): ModelsArchive | null {
  return derived(data, 'models', () =>
    data.rankings ? toModelsArchive(data.rankings.rows, data.rankings.meta.as_of, data.rankings.synthetic) : null,
  );
}

function toModelsArchive(all: RankingsDailyRow[], asOf: string, synthetic: boolean): ModelsArchive {
  const { rows, inProgress } = toCompleteDays(all, asOf);
  return {
    rows,
    inProgress,
    asOf,
    synthetic,
    attribution: attributionFor({ asOf, synthetic }),
    // Colours come from every complete day, so a model keeps its colour on every page of this build.
    modelColors: toSiteColors(rows, SERIES_PALETTE, OTHER_COLOR),
    authorColors: toSiteColors(rows, SERIES_PALETTE, OTHER_COLOR, authorOf),
  };
}

/** The note on the in-progress day: `25 Nov 2026 is in progress and not shown.`; null when none was left out. */
export function inProgressNote(archive: ModelsArchive): string | null {
  if (archive.inProgress.length === 0) return null;
  const dates = archive.inProgress.map(formatDate).join(' and ');
  const verb = archive.inProgress.length === 1 ? 'is' : 'are';
  return `${dates} ${verb} in progress (its totals still grow as traffic lands) and not shown.`;
}
