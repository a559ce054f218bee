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
        },
      },
      'apps/web',
    ],
  },
});
