import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDeferredArrival } from './use-deferred-arrival.ts';

describe('useDeferredArrival', () => {
  it('holds data back for one render when it arrives, then passes every change at once', () => {
    const seen: (string | undefined)[] = [];
    const { rerender } = renderHook(
      ({ data }: { data: string | undefined }) => {
        const shown = useDeferredArrival(data);
        seen.push(shown);
        return shown;
      },
      { initialProps: { data: undefined as string | undefined } },
    );
    expect(seen.every((shown) => shown === undefined)).toBe(true);
    seen.length = 0;
    rerender({ data: 'read' });
    // The render the arrival asks for shows nothing yet; the transition after it shows the data.
    expect(seen).toEqual([undefined, 'read']);

    seen.length = 0;
    rerender({ data: 'saved' });
    expect(seen).toEqual(['saved']);
  });

  it('holds back data that was there before the first render (a cached case) too', () => {
    const seen: (string | undefined)[] = [];
    renderHook(() => {
      const shown = useDeferredArrival('cached');
      seen.push(shown);
      return shown;
    });
    expect(seen).toEqual([undefined, 'cached']);
  });
});
