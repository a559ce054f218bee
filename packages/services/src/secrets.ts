import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets handed out once (API tokens, session and setup-link tokens): 32 random bytes,
 * base64url, with a prefix that says what they are. Only their SHA-256 is stored; with
 * 256 bits of randomness a fast hash is enough (no dictionary to guess from).
 */
export function createSecret(prefix: 'kb_token' | 'kb_session' | 'kb_setup'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
