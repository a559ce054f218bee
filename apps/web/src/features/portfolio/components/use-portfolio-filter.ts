import { type CaseFilter, CaseFilterSchema } from '@kassabon/contract';
import { useSearchParams } from 'react-router';

/** The filters the page offers, in the order of the URL. */
export const PORTFOLIO_FILTERS = ['status', 'kind', 'approachUse', 'team', 'from', 'to'] as const;
export type PortfolioFilterName = (typeof PORTFOLIO_FILTERS)[number];

/**
 * The portfolio's filters live in the URL (`?status=open&from=2024-01-01`), so a filtered view
 * can be bookmarked and shared. A value the API would refuse is left out, one by one.
 */
export function usePortfolioFilter() {
  const [params, setParams] = useSearchParams();
  const filter: CaseFilter = {};
  for (const name of PORTFOLIO_FILTERS) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    const parsed = CaseFilterSchema.shape[name].safeParse(value);
    if (parsed.success && parsed.data !== undefined) Object.assign(filter, { [name]: parsed.data });
  }
  const set = (name: PortfolioFilterName, value: string | null) =>
    setParams(
      (before) => {
        const next = new URLSearchParams(before);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  return { filter, active: Object.keys(filter).length > 0, set, clear };
}
