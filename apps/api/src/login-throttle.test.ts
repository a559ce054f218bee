import { expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle.ts';

it('blocks a key after the limit of failures within the window, and forgets after it', () => {
  let clock = 0;
  const throttle = createLoginThrottle(3, 1000, () => clock);
  for (let i = 0; i < 3; i++) {
    expect(throttle.isBlocked(['a@x'])).toBe(false);
    throttle.recordFailure(['a@x']);
  }
  expect(throttle.isBlocked(['a@x'])).toBe(true);
  expect(throttle.isBlocked(['b@x'])).toBe(false);
  clock = 1001;
  expect(throttle.isBlocked(['a@x'])).toBe(false);
});

it('clears a key on success', () => {
  const throttle = createLoginThrottle(2, 1000, () => 0);
  throttle.recordFailure(['a@x']);
  throttle.recordSuccess(['a@x']);
  throttle.recordFailure(['a@x']);
  expect(throttle.isBlocked(['a@x'])).toBe(false);
});
