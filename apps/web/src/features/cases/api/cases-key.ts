/**
 * Every query of this feature starts with this key: a change to a case invalidates them. On its
 * own, so that reading one case does not bring the list's filters (and their schemas) along.
 */
export const CASES_KEY = 'cases';
