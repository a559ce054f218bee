import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildApp } from '@kassabon/api';
import { seedDemoOnFirstStart } from '@kassabon/services';
import { type DatabaseOptions, describeDatabase, openDatabase } from '../open-database.ts';
import { EXIT, type Output } from '../output.ts';

export type ServeOptions = DatabaseOptions & { host: string; port: number };

const EXAMPLE = new URL('../../../../examples/blikveld360-2020.json', import.meta.url);
/** The built web app; `npm start` builds it first when it is missing or out of date (ADR 007). */
const WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * `kassabon serve`: migrations, the demo on first start, then the app until SIGINT/SIGTERM,
 * when it closes the database (and so frees the data folder for the CLI).
 */
export async function serve(options: ServeOptions, output: Output): Promise<number> {
  const database = await openDatabase(options);
  const webBuilt = existsSync(`${WEB_ROOT}/index.html`);
  const app = await buildApp({
    database,
    logger: false,
    webRoot: webBuilt ? WEB_ROOT : undefined,
  });
  try {
    const demo = await seedDemoOnFirstStart(database, JSON.parse(await readFile(EXAMPLE, 'utf8')));
    await app.listen({ host: options.host, port: options.port });
    const base = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${options.port}`;
    output.out(`Kassabon runs at ${base} on ${describeDatabase(options)}\n`);
    output.out(`API documentation: ${base}/api/docs\n`);
    if (!webBuilt)
      output.out('The web app is not built: run `npm run build` (`npm start` does it for you).\n');
    if (demo)
      output.out(
        `First start: organisation "${demo.organisation}" holds the example cases.\n` +
          `Set the password of ${demo.adminEmail} with this one-time link (shown only now):\n` +
          `  ${base}/setup#${demo.setupToken}\n`,
      );
  } catch (error) {
    await app.close();
    await database.close();
    throw error;
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await database.close();
  return EXIT.ok;
}
