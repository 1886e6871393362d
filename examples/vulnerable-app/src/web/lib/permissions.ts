// Permission helpers used by the legacy (non-React) pages.

/** The classic hand-written JWT payload parser. */
export function parseJwt<T>(token: string): T {
  const base64Url = token.split('.')[1] ?? '';
  const base64 = base64Url.replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(
    atob(base64)
      .split('')
      .map((c) => '%' + ('00' + c.charCodeAt(0).toString(16)).slice(-2))
      .join(''),
  );
  return JSON.parse(json) as T;
}

export function canManageBilling(): boolean {
  const token = localStorage.getItem('access_token');
  if (!token) return false;
  const { scope = '' } = parseJwt<{ scope?: string }>(token); // expect: no-access-token-decode
  return scope.split(' ').includes('billing:write');
}

export function accessTokenExpiresSoon(): boolean {
  const accessToken = localStorage.getItem('access_token');
  if (!accessToken) return true;
  const payload = JSON.parse(atob(accessToken.split('.')[1]!)) as { exp: number }; // expect: no-access-token-decode
  return payload.exp * 1000 - Date.now() < 60_000;
}

/** Feature flags come base64-encoded in a cookie; this is not a token. */
export function readFeatureFlags(): Record<string, boolean> {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('ff='));
  return cookie ? (JSON.parse(atob(cookie.slice(3))) as Record<string, boolean>) : {};
}
