import { describe, expect, it } from 'vitest';
import { listQueryOf, readListSearch, writeListSearch } from './list-search.ts';

describe('the case list in the address bar', () => {
  it('reads filters, sort and page, and leaves out what the API would refuse', () => {
    const search = readListSearch(
      new URLSearchParams(
        'q=schuld&status=closed&kind=gezin&team=Noord&from=2025-01-01&to=1-1-2025&sort=savings&page=3',
      ),
    );
    expect(search).toEqual({
      q: 'schuld',
      status: 'closed',
      team: 'Noord',
      from: '2025-01-01',
      sort: 'savings',
      page: 3,
    });
  });

  it('writes only what differs from the default, and reads it back the same', () => {
    expect(writeListSearch({ sort: 'code', page: 1 }).toString()).toBe('');
    const search = { approachUse: 'preventive', sort: 'updated', page: 2 } as const;
    const params = writeListSearch(search);
    expect(params.toString()).toBe('approachUse=preventive&sort=updated&page=2');
    expect(readListSearch(params)).toEqual(search);
  });

  it('asks the API for one page', () => {
    expect(listQueryOf({ q: 'K', sort: 'savings', page: 3 })).toEqual({
      q: 'K',
      sort: 'savings',
      limit: '25',
      offset: '50',
    });
  });
});
