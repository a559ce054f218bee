import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = 'apps/cli/bin/kassabon.js';

/** The embedded database, whatever the shell says: each run gets its own data folder. */
function environment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return env;
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || address === null) throw new Error('no free port');
  return address.port;
}

/** Runs the `kassabon` command to its end; fails with its output when it fails. */
export async function kassabon(args: string[], input?: string): Promise<string> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: environment() });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  child.stdin.end(input ?? '');
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`kassabon ${args.join(' ')} exited with ${code}:\n${output}`);
  return output;
}

export type RunningServer = { process: ChildProcess; output: () => string };

/**
 * `kassabon serve` until it has said where it runs, or on a first start (`firstStart`) until
 * it has printed the one-time setup link, its last line.
 */
export async function startServer(
  port: number,
  dataDir: string,
  { firstStart }: { firstStart: boolean },
): Promise<RunningServer> {
  const readyLine = firstStart ? /\/setup#\S+\n/ : /API documentation: \S+\n/;
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--port', String(port), '--data-dir', dataDir],
    { cwd: ROOT, env: environment(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start:\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk;
      if (readyLine.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  await ready;
  return { process: child, output: () => output };
}

export async function stopServer(server: RunningServer): Promise<void> {
  if (server.process.exitCode !== null) return;
  const exited = once(server.process, 'exit');
  server.process.kill('SIGTERM');
  await exited;
}
