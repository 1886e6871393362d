import type { TokenSet } from 'openid-client';
import { tokenMemoryStore } from './token-memory-store';

export function persist(tokens: TokenSet) {
  tokenMemoryStore.set('id_token', tokens.id_token);
}

export function readIdToken() {
  return tokenMemoryStore.get('id_token') ?? undefined;
}
