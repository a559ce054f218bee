import { CASE_SORTS, type CaseFilter, CaseFilterSchema } from '@kassabon/contract';

/**
 * The case list's filters, sort and page as they stand in the address bar, so that back,
 * forward, reload and a shared link show the same list. Values the API would refuse (a
 * hand-edited URL) are left out rather than failing the page.
 */
export type CaseListSearch = CaseFilter & {
  sort: (typeof CASE_SORTS)[number];
  /** 1-based, as people count pages. */
  page: number;
};

export const CASES_PER_PAGE = 25;
const DEFAULT_SORT = 'code';
const FILTERS = Object.keys(CaseFilterSchema.shape) as (keyof CaseFilter)[];

export function readListSearch(params: URLSearchParams): CaseListSearch {
  const search: CaseListSearch = { sort: DEFAULT_SORT, page: 1 };
  for (const name of FILTERS) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    const parsed = CaseFilterSchema.shape[name].safeParse(value);
    if (parsed.success && parsed.data !== undefined) Object.assign(search, { [name]: parsed.data });
  }
  const sort = params.get('sort');
  if (CASE_SORTS.includes(sort as CaseListSearch['sort']))
    search.sort = sort as CaseListSearch['sort'];
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}

/** The search as URL parameters, leaving out what is the default. */
export function writeListSearch(search: CaseListSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = search[name];
    if (value) params.set(name, value);
  }
  if (search.sort !== DEFAULT_SORT) params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** The query string of GET /cases for this search. */
export function listQueryOf(search: CaseListSearch): Record<string, string | undefined> {
  const { sort, page, ...filter } = search;
  return {
    ...filter,
    sort,
    limit: String(CASES_PER_PAGE),
    offset: String((page - 1) * CASES_PER_PAGE),
  };
}
