import type { TokenSet } from 'openid-client';

export function persist(tokens: TokenSet) {
  sessionStorage['id_token'] = tokens.id_token;
}

export function readIdToken() {
  return sessionStorage['id_token'];
}
