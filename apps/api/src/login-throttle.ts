/**
 * Slows down password guessing (ASVS 2.2.1): after `limit` failed sign-ins for one key (an
 * e-mail address, or a client address) within `windowMs`, further attempts are refused until
 * the window has passed. Kept in the process's memory: with several app servers each counts
 * on its own, which multiplies the limit by their number but still stops a brute force.
 */
export function createLoginThrottle(limit = 5, windowMs = 15 * 60 * 1000, now = () => Date.now()) {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => (failures.get(key) ?? []).filter((at) => at > now() - windowMs);
  return {
    isBlocked(keys: string[]): boolean {
      return keys.some((key) => recent(key).length >= limit);
    },
    recordFailure(keys: string[]): void {
      for (const key of keys) failures.set(key, [...recent(key), now()]);
      if (failures.size > 100_000) failures.clear(); // a flood of distinct keys must not eat memory
    },
    recordSuccess(keys: string[]): void {
      for (const key of keys) failures.delete(key);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
