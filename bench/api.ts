import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@kassabon/api';
import {
  createDatabase,
  createTestDatabase,
  type Database,
  migrate,
  schema,
  withOrganisation,
} from '@kassabon/db';
import {
  analyseOrganisation,
  createApiToken,
  createOrganisation,
  importCaseFileData,
  type Principal,
} from '@kassabon/services';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { checkOtherLoad } from '../scripts/other-load.ts';
import { generateCaseFile } from './generate-cases.ts';

/**
 * `npm run bench` (second part): the API under load on PGlite and on PostgreSQL, each route
 * against a bare Fastify route measured in the same run, and the portfolio analysis over
 * 10,000 cases of 30 lines (target: under 1 s on PostgreSQL). Load goes to 127.0.0.1 only.
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const POSTGRES_SERVER =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Load = { requestsPerSecond: number; p99: number; errors: number };

async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return {
    requestsPerSecond: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function listen(app: { listen(options: { host: string; port: number }): Promise<string> }) {
  return app.listen({ host: '127.0.0.1', port: 0 });
}

async function bareBaseline(): Promise<Load> {
  const bare = Fastify();
  bare.get('/', async () => ({ hello: 'world' }));
  const url = await listen(bare);
  const result = await load(url);
  await bare.close();
  return result;
}

/**
 * A fresh PostgreSQL database owned and used by a role that is not a superuser, as in
 * production: the row-level security policies (ADR 008) are part of what is measured.
 */
async function withPostgresDatabase<T>(run: (database: Database) => Promise<T>): Promise<T> {
  process.env.TEST_DATABASE_URL = POSTGRES_SERVER;
  const database = await createTestDatabase();
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

async function withPgliteDatabase<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassabon-bench-'));
  const database = await createDatabase({ dataDir });
  try {
    await migrate(database);
    return await run(database);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function seed(
  database: Database,
  cases: number,
): Promise<{ principal: Principal; token: string }> {
  const organisation = await createOrganisation(database, `bench-${cases}`);
  const { token } = await createApiToken(database, {
    organisation: organisation.name,
    role: 'analyst',
    name: 'bench',
  });
  const principal: Principal = {
    organisationId: organisation.id,
    role: 'admin',
    userId: null,
    actor: 'bench',
  };
  const file = generateCaseFile({ cases, linesPerScenario: 10, seed: 7 });
  const started = performance.now();
  await importCaseFileData(database, principal, file, 'create');
  console.log(
    `  imported ${cases} cases of 30 lines in ${Math.round(performance.now() - started)} ms`,
  );
  return { principal, token };
}

const fmt = (value: number) => Math.round(value).toLocaleString('en-GB');

/** Five timed runs of a check that the analysis covers all 10,000 cases. */
async function timeRuns(run: () => Promise<{ portfolio: { cases: number } }>) {
  const times: number[] = [];
  for (let index = 0; index < 5; index++) {
    const started = performance.now();
    const analysis = await run();
    times.push(performance.now() - started);
    if (analysis.portfolio.cases !== 10_000) throw new Error('not all cases were analysed');
  }
  times.sort((a, b) => a - b);
  return { median: times[2] as number, min: times[0] as number };
}

function report(name: string, result: Load, baseline: Load) {
  const ratio = result.requestsPerSecond / baseline.requestsPerSecond;
  console.log(
    `  ${name.padEnd(34)} ${fmt(result.requestsPerSecond).padStart(7)} req/s  p99 ${fmt(result.p99).padStart(5)} ms  ` +
      `= ${(ratio * 100).toFixed(2)}% of bare Fastify${result.errors ? `  (${result.errors} errors)` : ''}`,
  );
}

async function measureRoutes(kind: string, database: Database, baseline: Load) {
  console.log(`${kind}:`);
  const { token } = await seed(database, 1000);
  const app = await buildApp({ database });
  const base = await listen(app);
  const headers = { authorization: `Bearer ${token}` };
  report(
    'GET /api/v1/cases/{code}/analysis',
    await load(`${base}/api/v1/cases/BENCH-00500/analysis`, headers),
    baseline,
  );
  report(
    'GET /api/v1/analysis (1,000 cases)',
    await load(`${base}/api/v1/analysis`, headers),
    baseline,
  );
  await app.close();
}

async function main() {
  console.log('Kassabon API benchmark');
  console.log(
    `node ${process.version}; autocannon ${CONNECTIONS} connections, ${SECONDS} s per route`,
  );
  console.log(await checkOtherLoad());
  const baseline = await bareBaseline();
  console.log(
    `bare Fastify route: ${fmt(baseline.requestsPerSecond)} req/s, p99 ${fmt(baseline.p99)} ms`,
  );
  await withPgliteDatabase((database) => measureRoutes('PGlite (on disk)', database, baseline));
  await withPostgresDatabase((database) => measureRoutes('PostgreSQL', database, baseline));
  await withPostgresDatabase(async (database) => {
    console.log('PostgreSQL, 10,000 cases of 30 lines:');
    const { principal } = await seed(database, 10_000);
    const viewer: Principal = { ...principal, role: 'viewer' };
    const portfolio = await timeRuns(() => analyseOrganisation(database, viewer));
    console.log(
      `  portfolio figures (as a viewer sees them): median ${fmt(portfolio.median)} ms of 5 ` +
        `(min ${fmt(portfolio.min)}); target under 1,000 ms: ${portfolio.median < 1000 ? 'PASS' : 'MISS'}`,
    );
    const whole = await timeRuns(() => analyseOrganisation(database, principal));
    console.log(
      `  portfolio and all 10,000 case analyses: median ${fmt(whole.median)} ms of 5 (min ${fmt(whole.min)})`,
    );
    // What a server does once after an engine upgrade: analyse every stored case again.
    await withOrganisation(database.db, principal.organisationId, (db) =>
      db.update(schema.caseAnalyses).set({ engineVersion: 0 }),
    );
    const again = performance.now();
    await analyseOrganisation(database, viewer);
    console.log(
      `  after an engine upgrade, analysing all 10,000 cases again: ${fmt(performance.now() - again)} ms`,
    );
  });
}

await main();
