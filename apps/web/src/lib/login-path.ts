export const LOGIN_PATH = '/login';
const NEXT_PARAM = 'next';

/** The login page, remembering where the user was so that signing in returns them there. */
export function loginPath(from: { pathname: string; search: string; hash?: string }): string {
  const target = `${from.pathname}${from.search}${from.hash ?? ''}`;
  if (target === '/' || from.pathname === LOGIN_PATH) return LOGIN_PATH;
  return `${LOGIN_PATH}?${new URLSearchParams({ [NEXT_PARAM]: target })}`;
}

/**
 * Where to go after signing in: the remembered page, if it is a path of this app. Anything
 * else (another site, `//host`, `/\host`) goes to the start page: no open redirect.
 */
export function pathAfterLogin(search: URLSearchParams): string {
  const next = search.get(NEXT_PARAM);
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`)) return '/';
  return next;
}
