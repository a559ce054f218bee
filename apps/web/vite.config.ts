/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // `npm run dev -w @kassabon/web` beside `npm start`: the API stays on port 3000.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: {
    target: 'es2022',
    // Vite warns at 500 kB minified; the budget that counts is the gzipped initial JavaScript,
    // which `npm run size:web` checks (scripts/check-web-bundle-size.ts).
    chunkSizeWarningLimit: 1000,
  },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
  },
});
