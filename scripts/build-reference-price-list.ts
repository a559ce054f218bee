import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import {
  convertReferenceCsv,
  REFERENCE_CSV_PATH,
  REFERENCE_MODULE_PATH,
  renderReferenceModule,
} from './reference-price-list-conversion.ts';

/**
 * `npm run build:reference`: rebuilds the engine's reference price list from the research CSV
 * in ../shared/data. Exits non-zero, naming the row, if any row is not a valid price item.
 */
async function buildReferencePriceList(): Promise<void> {
  const csvText = await readFile(REFERENCE_CSV_PATH, 'utf8');
  const items = convertReferenceCsv(csvText);
  await mkdir(dirname(REFERENCE_MODULE_PATH), { recursive: true });
  await writeFile(REFERENCE_MODULE_PATH, renderReferenceModule(items));
  console.log(`wrote ${items.length} items to ${relative(process.cwd(), REFERENCE_MODULE_PATH)}`);
}

try {
  await buildReferencePriceList();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
