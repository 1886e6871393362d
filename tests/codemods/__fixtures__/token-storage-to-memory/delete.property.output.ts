import { refresh } from './auth-client.js';
import { tokenMemoryStore } from './token-memory-store.js';

export async function rotate(current: string) {
  const result = await refresh(current);
  tokenMemoryStore.set('refresh_token', result.refresh_token);
}

export function forget() {
  tokenMemoryStore.remove('refresh_token');
}
