/**
 * Builds the page into client/dist: esbuild bundles client/src/main.ts (with Cytoscape and fcose) into
 * app.js, and index.html and the stylesheets are copied beside it. Run by `npm run build:client`, and before
 * `npm start` and `npm test`, so the served page is never older than its sources.
 */
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const CLIENT = resolve(__dirname, '..', 'client');
const DIST = join(CLIENT, 'dist');

/**
 * Bundles the page into client/dist and returns the size of app.js in bytes.
 * @example await buildClient(); // client/dist/index.html, style.css, app.js
 */
export async function buildClient(): Promise<number> {
  await mkdir(DIST, { recursive: true });
  const result = await build({
    entryPoints: [join(CLIENT, 'src', 'main.ts')],
    outfile: join(DIST, 'app.js'),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    logLevel: 'warning',
    metafile: true,
  });
  await Promise.all(['index.html', 'style.css', 'curation.css'].map((file) => copyFile(join(CLIENT, file), join(DIST, file))));
  const bytes = Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .reduce((sum, [, output]) => sum + output.bytes, 0);
  return bytes;
}

if (require.main === module) {
  const started = Date.now();
  buildClient()
    .then((bytes) => process.stdout.write(`client built in ${Date.now() - started} ms (${Math.round(bytes / 1024)} KiB) -> client/dist\n`))
    .catch((error: unknown) => {
      process.stderr.write(`client build failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
