import type { TokenResponse } from './types.js';
import { tokenMemoryStore } from './token-memory-store.js';

const ACCESS_TOKEN_KEY = 'access_token';
const REFRESH_TOKEN_KEY = 'refresh_token';

export function saveTokens(response: TokenResponse): void {
  tokenMemoryStore.set(ACCESS_TOKEN_KEY, response.access_token);
  tokenMemoryStore.set(REFRESH_TOKEN_KEY, response.refresh_token);
}

export function clearTokens(): void {
  tokenMemoryStore.remove(ACCESS_TOKEN_KEY);
  tokenMemoryStore.remove(REFRESH_TOKEN_KEY);
}
