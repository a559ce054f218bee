/** Where a command writes: standard output for results, standard error for problems. */
export type Output = { out(text: string): void; err(text: string): void };

export const processOutput: Output = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Exit codes: 0 fine; 1 the input is invalid (or has warnings under --strict); 2 usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A wrong command line: reported with the usage text and exit code 2. */
export class UsageError extends Error {}
