import { UserManager } from 'oidc-client-ts';

import { settings } from './settings';
import { tokenMemoryStore } from './token-memory-store';

const manager = new UserManager(settings);

export async function completeLogin(): Promise<void> {
  const user = await manager.signinRedirectCallback();
  // Keep the token for API calls.
  tokenMemoryStore.set('access_token', user.access_token);
}

export function getAccessToken(): string | null {
  return tokenMemoryStore.get('access_token');
}

export function logout(): void {
  tokenMemoryStore.remove('access_token');
  localStorage.removeItem('theme');
}
