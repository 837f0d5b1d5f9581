// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { readManifest } from './src/lib/archive/read.ts';
import { archiveDirFromEnv } from './src/lib/archive/paths.ts';
import { toSiteUrl } from './src/lib/site-url.ts';

// SITE_URL and BASE_PATH let the same build serve a domain root or a GitHub Pages project path. Without SITE_URL a
// build warns, and refuses in CI for a real archive (src/lib/site-url.ts).
const { site, warning } = toSiteUrl({
  env: process.env,
  archiveSynthetic: readManifest(archiveDirFromEnv())?.synthetic ?? null,
});
if (warning) console.warn(`\n\u001b[1;33m${warning}\u001b[0m\n`);

export default defineConfig({
  site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: { plugins: [tailwindcss()] },
});
