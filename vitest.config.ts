import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          // The web app's tests run in a browser-like DOM, with its own Vite config.
          exclude: ['apps/web/**', '**/node_modules/**'],
          // A fresh embedded database per test file takes seconds to start, and memory-hard
          // password hashing is slow on purpose; both slow down further when test files run
          // side by side on two cores. Generous limits keep a busy machine from failing them.
          hookTimeout: 120_000,
          testTimeout: 30_000,
        },
      },
      'apps/web',
    ],
  },
});
