// Prints the web app's initial JavaScript (gzip) and fails above the budget: the first page
// must stay quick on a municipal laptop. Run after a build: `npm run size:web`.
import { fileURLToPath } from 'node:url';
import { formatBundleSize, measureInitialJs } from './web-bundle-size.ts';

/** Kibibytes of gzipped JavaScript before the first page shows (the charts load later). */
const BUDGET_KB = 350;

const size = measureInitialJs(fileURLToPath(new URL('../apps/web/dist', import.meta.url)));
for (const file of size.files)
  process.stdout.write(
    `  ${file.initial ? 'initial' : 'lazy   '} ${(file.gzip / 1024).toFixed(1).padStart(7)} KiB  ${file.name}\n`,
  );
process.stdout.write(`${formatBundleSize(size)}; budget ${BUDGET_KB} KiB\n`);
if (size.initial > BUDGET_KB * 1024) process.exitCode = 1;
