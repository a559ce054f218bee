import type { CaseRead, CaseWrite } from '@kassabon/contract';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { withValueAt } from './draft-path.ts';

/**
 * The case being edited: the version as read (`base`) and the user's draft of it, both whole
 * case documents as the API reads them. Nothing is sent until the user saves.
 */
export type DraftState = { base: CaseRead; draft: CaseRead };

export type DraftAction =
  | { type: 'edit'; recipe: (draft: CaseRead) => CaseRead }
  | { type: 'saved'; written: CaseRead; sent: CaseRead }
  | { type: 'load'; read: CaseRead }
  | { type: 'restore'; draft: CaseRead };

export function reduceDraft(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'edit':
      return { ...state, draft: action.recipe(state.draft) };
    case 'saved':
      // What was typed while the save was on its way stays in the draft, still unsaved.
      return {
        base: action.written,
        draft: state.draft === action.sent ? action.written : state.draft,
      };
    case 'load':
      return { base: action.read, draft: action.read };
    case 'restore':
      return { ...state, draft: action.draft };
  }
}

/** The body of PUT /cases/{code}: the draft, named by the version it was read at. */
export function caseWriteOf(draft: CaseRead, readVersion: number): CaseWrite {
  const { updatedAt: _updatedAt, version: _version, ...document } = draft;
  return { ...document, version: readVersion };
}

/**
 * Whether two case documents say the same, leaving out the version and time of change: an
 * absent field, an undefined one and an empty object are alike (a form that was typed in and
 * emptied again has changed nothing).
 */
export function sameDocument(a: CaseRead, b: CaseRead): boolean {
  const { version: _av, updatedAt: _au, ...left } = a;
  const { version: _bv, updatedAt: _bu, ...right } = b;
  return sameValue(left, right);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameValue(a[key], b[key])) return false;
  return true;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || (isRecord(value) && Object.values(value).every(isEmpty));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The draft outside React's state, so that each field can follow its own value
 * (useSyncExternalStore with a selector) and a keystroke re-renders that field, not the form.
 */
export type DraftStore = {
  getState: () => DraftState;
  subscribe: (listener: () => void) => () => void;
  dispatch: (action: DraftAction) => void;
};

export function createDraftStore(read: CaseRead): DraftStore {
  let state: DraftState = { base: read, draft: read };
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch: (action) => {
      state = reduceDraft(state, action);
      for (const listener of listeners) listener();
    },
  };
}

/** The draft of a case, with what the forms need to change it. */
export function useCaseDraft(read: CaseRead) {
  const [store] = useState(() => createDraftStore(read));
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const isDirty = useMemo(() => !sameDocument(state.base, state.draft), [state]);
  const edit = useCallback(
    (recipe: (draft: CaseRead) => CaseRead) => store.dispatch({ type: 'edit', recipe }),
    [store],
  );
  const setAt = useCallback(
    (path: string, value: unknown) => edit((draft) => withValueAt(draft, path, value)),
    [edit],
  );
  const saved = useCallback(
    (written: CaseRead, sent: CaseRead) => store.dispatch({ type: 'saved', written, sent }),
    [store],
  );
  const load = useCallback(
    (fresh: CaseRead) => store.dispatch({ type: 'load', read: fresh }),
    [store],
  );
  const restore = useCallback(
    (draft: CaseRead) => store.dispatch({ type: 'restore', draft }),
    [store],
  );
  return { ...state, store, isDirty, edit, setAt, saved, load, restore };
}
