import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// A page renders in a transition once its data is there (useDeferredArrival); in a cold test
// file on a busy machine, the portfolio's first render took longer than findBy's default 1 s.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks what Mantine measures layouts and media queries with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
window.HTMLElement.prototype.scrollIntoView = () => {};
// Nor the fonts that Mantine's growing Textarea measures again once they have loaded.
Object.defineProperty(document, 'fonts', {
  value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
