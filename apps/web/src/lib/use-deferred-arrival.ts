import { useDeferredValue } from 'react';

/**
 * Loaded data, held back (undefined) until React renders what shows it as a transition: in
 * slices that let the browser paint and answer input in between, instead of in one long task
 * the moment the data arrives. Later changes of the data pass at once. For a page whose first
 * render is heavy (a case with all its fields).
 */
export function useDeferredArrival<T>(data: T | undefined): T | undefined {
  // Deferring whether it has arrived, not the data itself: a later change is no new arrival.
  // Starting from "not yet" holds back data that was there before the first render too.
  const arrived = useDeferredValue(data !== undefined, false);
  return arrived ? data : undefined;
}
