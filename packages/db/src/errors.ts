/**
 * The errors the database layer throws on purpose. Each has a stable `code` that the service
 * layer maps to an HTTP status or a CLI message; the message is written for people.
 */

/** A unique value already exists (an organisation's name, a user's e-mail address, ...). */
export class ConflictError extends Error {
  readonly code = 'conflict';
  constructor(
    message: string,
    /** The constraint that refused the write, where known. */
    readonly constraint?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ConflictError';
  }
}

/** An import in mode 'create' names cases the organisation already has. */
export class CaseCodeConflictError extends Error {
  readonly code = 'case-code-conflict';
  constructor(readonly codes: string[]) {
    super(
      `${codes.length === 1 ? 'a case with this code exists' : 'cases with these codes exist'}: ${codes.join(', ')} (import with mode "replace" to overwrite)`,
    );
    this.name = 'CaseCodeConflictError';
  }
}

/** The exported cases use one item code with different data: no single price list holds both. */
export class MixedPriceListsError extends Error {
  readonly code = 'mixed-price-lists';
  constructor(
    readonly itemCode: string,
    readonly caseCodes: string[],
  ) {
    super(
      `cases ${caseCodes.join(' and ')} use price-list item "${itemCode}" with different prices or details; export them separately`,
    );
    this.name = 'MixedPriceListsError';
  }
}

/** PGlite allows one process per data folder, and another live process holds this one. */
export class DataDirLockedError extends Error {
  readonly code = 'data-dir-locked';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the data folder ${dataDir} is in use by process ${pid} (is \`kassabon serve\` running?). Stop that process, or use PostgreSQL (DATABASE_URL) to share one database between processes.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** The PostgreSQL error behind a failed query: drizzle wraps it in `cause`. */
export function findDatabaseError(
  error: unknown,
): { code: string; constraint?: string; message: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const candidate = current as Error & { code?: unknown; constraint?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return {
        code: candidate.code,
        message: candidate.message,
        ...(typeof candidate.constraint === 'string' ? { constraint: candidate.constraint } : {}),
      };
    }
    current = candidate.cause;
  }
  return undefined;
}

/** SQLSTATE 23505: unique_violation. */
export function isUniqueViolation(error: unknown): boolean {
  return findDatabaseError(error)?.code === '23505';
}

/** A stored line names an item its case's price lists no longer have. */
export class UnknownPriceItemError extends Error {
  readonly code = 'unknown-price-item';
  constructor(
    readonly itemCode: string,
    readonly caseCode: string,
  ) {
    super(
      `case ${caseCode} uses price-list item "${itemCode}", which is not in its price list any more`,
    );
    this.name = 'UnknownPriceItemError';
  }
}

/** A write names the version of a case it read, and another write has changed it since. */
export class StaleVersionError extends Error {
  readonly code = 'stale-version';
  constructor(
    readonly caseCode: string,
    readonly expected: number,
    readonly current: number,
  ) {
    super(
      `case ${caseCode} has changed since you read it (you read version ${expected}, it is now at ${current}): load it again and redo your change`,
    );
    this.name = 'StaleVersionError';
  }
}
