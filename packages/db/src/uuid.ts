const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a string is a UUID. Lookups by id answer "not found" for anything else instead of
 * letting PostgreSQL fail on the cast (an id from a URL is any text).
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
