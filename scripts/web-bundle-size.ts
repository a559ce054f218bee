import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type BundleSize = {
  /** Gzipped bytes of the JavaScript index.html loads before the first page shows. */
  initial: number;
  /** Gzipped bytes of the chunks loaded later (the charts, for instance). */
  lazy: number;
  files: { name: string; gzip: number; initial: boolean }[];
};

/** The initial JavaScript of a Vite build: the entry script and the chunks it preloads. */
export function measureInitialJs(dist: string): BundleSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initialNames = new Set(
    [
      ...html.matchAll(
        /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g,
      ),
    ].map((match) => match[1]),
  );
  const files = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({
      name: `assets/${name}`,
      gzip: gzipSync(readFileSync(join(dist, 'assets', name))).length,
      initial: initialNames.has(`assets/${name}`),
    }));
  const sum = (initial: boolean) =>
    files.filter((file) => file.initial === initial).reduce((total, file) => total + file.gzip, 0);
  return { initial: sum(true), lazy: sum(false), files };
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function formatBundleSize(size: BundleSize): string {
  return `Initial JavaScript: ${kilobytes(size.initial)} gzip (lazy chunks: ${kilobytes(size.lazy)} gzip)`;
}
