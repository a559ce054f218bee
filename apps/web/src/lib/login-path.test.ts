import { describe, expect, it } from 'vitest';
import { loginPath, pathAfterLogin } from './login-path.ts';

describe('loginPath and pathAfterLogin', () => {
  it('remembers the page and returns to it after signing in', () => {
    const path = loginPath({ pathname: '/import-export', search: '?x=1', hash: '' });
    expect(path).toBe('/login?next=%2Fimport-export%3Fx%3D1');
    const search = new URL(path, 'http://localhost').searchParams;
    expect(pathAfterLogin(search)).toBe('/import-export?x=1');
  });

  it('goes to the start page for anything that is not a path of this app', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', '/login', ''])
      expect(pathAfterLogin(new URLSearchParams({ next }))).toBe('/');
    expect(pathAfterLogin(new URLSearchParams())).toBe('/');
  });

  it('needs no next parameter for the start page', () => {
    expect(loginPath({ pathname: '/', search: '' })).toBe('/login');
  });
});
