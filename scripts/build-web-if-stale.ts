// Builds the web app when apps/web/dist is missing or older than anything it is built from.
// `npm start` runs this first (prestart), so a fresh clone serves the app and later starts
// skip the build. `--force` always builds. See docs/decisions/007-web-app-built-on-start.md.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressAssets } from './compress-assets.ts';
import { formatBundleSize, measureInitialJs } from './web-bundle-size.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const webRoot = join(root, 'apps/web');
const builtIndex = join(webRoot, 'dist/index.html');

/** What the bundle is made of: the app, the packages it imports, and the locked versions. */
const SOURCES = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'packages/engine/src',
  'packages/contract/src',
  'package-lock.json',
];
const TEST_FILE = /\.test\.tsx?$/;

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return TEST_FILE.test(path) ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((source) => newestChange(join(root, source))));

if (process.argv.includes('--force') || builtAt < changedAt) {
  process.stdout.write('Building the web app (apps/web/dist)...\n');
  // Loaded only here: a start with an up-to-date build does not pay for loading Vite.
  const { build } = await import('vite');
  await build({ root: webRoot, logLevel: 'warn' });
  compressAssets(join(webRoot, 'dist'));
  process.stdout.write(`${formatBundleSize(measureInitialJs(join(webRoot, 'dist')))}\n`);
}
