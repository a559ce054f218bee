import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { checkOtherLoad } from './other-load.ts';
import { startSignedInServer } from './signed-in-server.ts';

/**
 * `npm run lighthouse`: Lighthouse's performance and accessibility scores of the main pages,
 * signed in as the demo admin, in Debian's Chromium, offline. Lighthouse is fetched on first
 * use (12.2.3: the last version that runs on Node 20, see ../shared/STACK.md) rather than
 * installed with the project: it is a measuring tool, not a test. Targets (the web app's
 * issue): performance 90 and accessibility 95 on the case page, on the desktop profile
 * (docs/decisions/010-lighthouse-desktop-profile.md); the mobile profile is measured too.
 */

const PAGES = process.env.LIGHTHOUSE_PAGES?.split(',') ?? [
  '/cases/B360-01',
  '/cases',
  '/',
  '/price-lists',
];
/** Lighthouse's desktop preset, and its default: a mid-range phone on a slow 4G network. */
const PROFILES = process.env.LIGHTHOUSE_PRESET?.split(',') ?? ['desktop', 'mobile'];

/** Debian's Chromium, or another named the way playwright.config.ts and the screenshots take it. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
].join(' ');

type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  finalDisplayedUrl: string;
};

/** The metrics the performance score is made of, in milliseconds (CLS: a fraction). */
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;

/**
 * One visit of each page before any is measured: a fresh server's first requests (its JIT
 * warming up, on the same two cores as the browser) are then not part of a page's score, which
 * is about the browser's side.
 */
async function warmUp(baseUrl: string, cookie: { name: string; value: string }): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const context = await browser.newContext();
    await context.addCookies([{ ...cookie, url: baseUrl }]);
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(`${baseUrl}${path}`);
      await page.waitForLoadState('networkidle');
    }
  } finally {
    await browser.close();
  }
}

/** One Lighthouse run of `url` on a profile; the JSON report is kept if LIGHTHOUSE_REPORTS names a folder. */
async function measure(
  url: string,
  profile: string,
  cookie: { name: string; value: string },
): Promise<Report> {
  const { stdout } = await promisify(execFile)(
    'npm',
    [
      'exec',
      '--yes',
      '--package=lighthouse@12.2.3',
      '--',
      'lighthouse',
      url,
      `--chrome-path=${CHROMIUM}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      `--extra-headers=${JSON.stringify({ Cookie: `${cookie.name}=${cookie.value}` })}`,
      '--only-categories=performance,accessibility',
      ...(profile === 'mobile' ? [] : [`--preset=${profile}`]),
      '--output=json',
      '--quiet',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  if (process.env.LIGHTHOUSE_REPORTS) {
    await mkdir(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
    const name = new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
    await writeFile(join(process.env.LIGHTHOUSE_REPORTS, `${name}-${profile}.json`), stdout);
  }
  return JSON.parse(stdout) as Report;
}

// Before this script's own server and browser start, so that only other processes count.
console.log(await checkOtherLoad());
const server = await startSignedInServer();
try {
  await warmUp(server.baseUrl, server.cookie);
  for (const path of PAGES)
    for (const profile of PROFILES) {
      const report = await measure(`${server.baseUrl}${path}`, profile, server.cookie);
      const score = (category: string) =>
        Math.round((report.categories[category]?.score ?? 0) * 100);
      const metrics = Object.entries(METRICS)
        .map(([audit, name]) => {
          const value = report.audits[audit]?.numericValue ?? Number.NaN;
          return `${name} ${name === 'CLS' ? value.toFixed(3) : Math.round(value)}`;
        })
        .join(', ');
      console.log(
        `${path.padEnd(18)} ${profile.padEnd(7)} performance ${score('performance')}  ` +
          `accessibility ${score('accessibility')}  (${metrics})`,
      );
    }
} finally {
  await server.stop();
}
