import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { checkPassword, PASSWORD_LENGTH } from '@kassabon/contract';

/**
 * Passwords are hashed with scrypt, a memory-hard function built into Node (no native
 * add-on to install), at OWASP's minimum parameters for it: N = 2^17, r = 8, p = 1 (128 MiB).
 */
const COST = 2 ** 17;
const BLOCK_SIZE = 8;
const KEY_LENGTH = 32;
const MAX_MEMORY = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, cost: number, blockSize: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N: cost, r: blockSize, p: 1, maxmem: MAX_MEMORY },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** `scrypt$N$r$salt$key`, so the parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST, BLOCK_SIZE);
  return ['scrypt', COST, BLOCK_SIZE, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, blockSize, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !cost || !blockSize || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    Number(cost),
    Number(blockSize),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** What is wrong with a new password, in words, or null (the rule: checkPassword). */
export function passwordProblem(password: string): string | null {
  const problem = checkPassword(password);
  if (problem === 'too-short') return `must be at least ${PASSWORD_LENGTH.min} characters`;
  if (problem === 'too-long') return `must be at most ${PASSWORD_LENGTH.max} characters`;
  return null;
}
