import { FINANCIERS } from './financiers.ts';

const KNOWN_ORDER = new Map(Object.keys(FINANCIERS).map((code, index) => [code, index]));

/**
 * Financier codes in a fixed order, whatever the order of the lines they came from: the
 * known financiers in their listed order, then the others alphabetically.
 */
export function orderFinanciers(codes: Iterable<string>): string[] {
  return [...codes].sort((a, b) => {
    const rankA = KNOWN_ORDER.get(a) ?? Number.POSITIVE_INFINITY;
    const rankB = KNOWN_ORDER.get(b) ?? Number.POSITIVE_INFINITY;
    if (rankA !== rankB) return rankA - rankB;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
