import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { createTestDatabase, type Database } from '@kassabon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressAssets } from '../../../scripts/compress-assets.ts';
import { type App, buildApp } from './build-app.ts';

let database: Database;
let app: App;
let webRoot: string;

beforeAll(async () => {
  // A stand-in for apps/web/dist: the tests must not need a build.
  webRoot = mkdtempSync(join(tmpdir(), 'kassabon-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(webRoot, 'assets', 'index-AbC123.js'), 'console.log(1)');
  const big = `console.log(${JSON.stringify('kassabon '.repeat(500))})`;
  writeFileSync(join(webRoot, 'assets', 'big-XyZ789.js'), big);
  compressAssets(webRoot);
  database = await createTestDatabase();
  app = await buildApp({ database, webRoot });
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('the web app beside the API', () => {
  it('serves index.html for the app and for every page path, never cached unchecked', async () => {
    for (const url of ['/', '/login?next=%2Fimport-export', '/import-export', '/setup']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('id="root"');
    }
  });

  it('caches hashed assets for a year and sends a strict Content-Security-Policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the compressed copy the build wrote, to a browser that accepts it', async () => {
    const url = '/assets/big-XyZ789.js';
    const brotli = await app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toContain('kassabon kassabon');
    expect(brotli.rawPayload.length).toBeLessThan(200);
    const gzip = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ method: 'GET', url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(4000);
  });

  it('answers a missing asset and an unknown API path with 404, not with the app', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/gone-123.js' });
    expect(asset.statusCode).toBe(404);
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(api.headers['content-security-policy']).toBeUndefined();
    const post = await app.inject({ method: 'POST', url: '/import-export' });
    expect(post.statusCode).toBe(404);
  });
});
