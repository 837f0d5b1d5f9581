// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { readManifest } from './src/lib/archive/read.ts';
import { archiveDirFromEnv } from './src/lib/archive/paths.ts';
import { LOCAL_SITE_URL, toSiteUrl } from './src/lib/site-url.ts';

/**
 * SITE_URL's rule (src/lib/site-url.ts) for `astro build` only: a build without it warns, and in CI refuses a real
 * archive. `astro check` and `astro dev` keep the local default quietly.
 * @type {import('astro').AstroIntegration}
 */
const siteUrlRule = {
  name: 'site-url',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      if (command !== 'build') return;
      const archiveSynthetic = readManifest(archiveDirFromEnv())?.synthetic ?? null;
      // The site itself is set below from the same variable; here the rule only warns or refuses.
      const { warning } = toSiteUrl({ env: process.env, archiveSynthetic });
      if (warning) logger.warn(`\u001b[1;33m${warning}\u001b[0m`);
    },
  },
};

// SITE_URL and BASE_PATH let the same build serve a domain root or a GitHub Pages project path.
export default defineConfig({
  site: process.env.SITE_URL || LOCAL_SITE_URL,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // 'auto': the site's stylesheet (Tailwind, ~22 KB) is one cached file instead of a copy in each of ~1,300 pages
  // (~30 MB of the deploy); an embed's small stylesheet stays inline, and the freeze step refuses a frozen copy that
  // links a build asset (src/lib/embed/frozen-pack.ts), so published copies never depend on a renamed file.
  build: { format: 'directory', inlineStylesheets: 'auto' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  integrations: [siteUrlRule],
  vite: { plugins: [tailwindcss()] },
});
