/** What the about and 404 pages say of the archive: whether it is synthetic, and the citation they quote. */
import { openRouterCitation, SYNTHETIC_NOTICE } from '../../transform/citation.ts';
import type { SiteData } from '../site-data.ts';

/** The about page's facts: the demo banner follows the archive this build reads, like every section page. */
export type AboutPage = { synthetic: boolean; citationTemplate: string; syntheticNotice: string };

/** The facts the about page quotes, from this build's archive. */
export function aboutPage(data: SiteData): AboutPage {
  return {
    synthetic: data.manifest?.synthetic ?? false,
    citationTemplate: openRouterCitation('{as_of}'),
    syntheticNotice: SYNTHETIC_NOTICE,
  };
}
