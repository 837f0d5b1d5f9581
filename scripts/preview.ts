/** `npm run preview`: serve the built site in dist/ at http://localhost:4321 (flags: --port N, --dir DIR). */
import { parseArgs } from 'node:util';
import { serveStatic } from '../src/serve/static-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port ${values.port} is not a port. Usage: npm run preview -- [--port N] [--dir DIR]`);
  process.exit(2);
}
serveStatic({ root: values.dir, base: process.env.BASE_PATH ?? '/', port })
  .then(({ url }) => console.log(`Serving ${values.dir}/ at ${url.replace('127.0.0.1', 'localhost')} (Ctrl-C to stop)`))
  .catch((error: unknown) => {
    console.error(`preview: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
