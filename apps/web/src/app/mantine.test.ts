import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Paths from the file's own path: under jsdom, URL is jsdom's and fileURLToPath refuses it.
const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCE = dirname(HERE);
const STYLES = join(
  dirname(createRequire(import.meta.url).resolve('@mantine/core/styles.css')),
  'styles',
);
const stylesheet = readFileSync(join(HERE, 'mantine.css'), 'utf8');
const imported = [...stylesheet.matchAll(/@import "@mantine\/core\/styles\/([\w-]+)\.css";/g)].map(
  (match) => match[1],
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The values (not types) the app and Mantine's charts import from @mantine/core. */
function mantineComponents(): Set<string> {
  const charts = join(
    dirname(createRequire(import.meta.url).resolve('@mantine/charts')),
    '..',
    'esm',
  );
  const names = new Set<string>();
  for (const file of [...sourceFiles(SOURCE), ...sourceFiles(charts)]) {
    const text = readFileSync(file, 'utf8');
    for (const [, list = ''] of text.matchAll(/import \{([^}]*)\} from ['"]@mantine\/core['"]/g))
      for (const part of list.split(','))
        if (part.trim() && !part.trim().startsWith('type '))
          names.add(part.trim().split(/\s/)[0] ?? '');
  }
  return names;
}

describe("the app's Mantine stylesheet", () => {
  it('has the styles of every component the app imports', () => {
    const components = [...mantineComponents()];
    expect(components).toContain('Button');
    expect(components).toContain('ColorSwatch');
    const missing = components.filter(
      (name) => existsSync(join(STYLES, `${name}.css`)) && !imported.includes(name),
    );
    expect(missing).toEqual([]);
  });

  it('names only stylesheets Mantine has, each once', () => {
    expect(imported.length).toBeGreaterThan(10);
    expect(imported.filter((name) => !existsSync(join(STYLES, `${name}.css`)))).toEqual([]);
    expect(new Set(imported).size).toBe(imported.length);
  });
});
