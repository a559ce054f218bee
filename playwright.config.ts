import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against a real server (e2e/global-setup.ts starts `kassabon serve` on a
 * temporary data folder and a free port). The browser is Debian's Chromium: Playwright never
 * downloads one here.
 */
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  // One server with one embedded database: the journeys run one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 60_000,
  reporter: 'list',
  use: {
    // Set by the global setup, which runs before the workers read this file.
    baseURL: process.env.E2E_BASE_URL,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // As root Chromium needs --no-sandbox; the rest keeps it from calling out to the network.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
