import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startSignedInServer } from './signed-in-server.ts';

/**
 * `npm run screenshots`: the main pages of the web app, in Dutch, signed in as the demo admin
 * on the demo data, into docs/screenshots/ (the README shows them). Debian's Chromium.
 */

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const SHOTS: { file: string; path: string; ready: string }[] = [
  { file: 'portfolio.png', path: '/', ready: 'Portfolio' },
  { file: 'cases.png', path: '/cases?sort=savings', ready: 'Casussen' },
  { file: 'case-story.png', path: '/cases/B360-03', ready: 'Casus B360-03' },
  { file: 'case-receipts.png', path: '/cases/B360-03?section=receipts', ready: 'Casus B360-03' },
  { file: 'case-analysis.png', path: '/cases/B360-03?section=analysis', ready: 'Casus B360-03' },
  { file: 'price-list.png', path: '/price-lists/nl-sociaal-domein-2025', ready: '' },
];

mkdirSync(OUT, { recursive: true });
const server = await startSignedInServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'nl-NL',
  });
  await context.addCookies([{ ...server.cookie, url: server.baseUrl }]);
  const page = await context.newPage();
  for (const shot of SHOTS) {
    await page.goto(`${server.baseUrl}${shot.path}`);
    await page.getByRole('heading', { level: 1, name: shot.ready }).first().waitFor();
    // Charts and lists arrive after the heading; let the page settle before the picture.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}${shot.file}` });
    console.log(`docs/screenshots/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
