import { UserManager } from 'oidc-client-ts';

import { settings } from './settings';

const manager = new UserManager(settings);

export async function completeLogin(): Promise<void> {
  const user = await manager.signinRedirectCallback();
  // Keep the token for API calls.
  localStorage.setItem('access_token', user.access_token);
}

export function getAccessToken(): string | null {
  return localStorage.getItem('access_token');
}

export function logout(): void {
  localStorage.removeItem('access_token');
  localStorage.removeItem('theme');
}
