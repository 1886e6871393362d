// RP-initiated logout. `id_token_hint` in the end-session URL is what OpenID Connect
// RP-Initiated Logout 1.0 §2 asks for: nothing here should be reported.
import type { User } from 'oidc-client-ts';

const AUTHORITY = import.meta.env.VITE_OIDC_AUTHORITY as string;

export function buildLogoutUrl(user: User | null): string {
  const url = new URL(`${AUTHORITY}/protocol/openid-connect/logout`);
  if (user?.id_token) url.searchParams.set('id_token_hint', user.id_token);
  url.searchParams.set('post_logout_redirect_uri', window.location.origin);
  url.searchParams.set('client_id', import.meta.env.VITE_OIDC_CLIENT_ID as string);
  return url.toString();
}

export function logout(user: User | null): void {
  localStorage.removeItem('access_token');
  localStorage.removeItem('refresh_token');
  sessionStorage.clear();
  window.location.assign(buildLogoutUrl(user));
}
