import { refresh } from './auth-client.js';

export async function rotate(current: string) {
  const result = await refresh(current);
  globalThis.localStorage.refresh_token = result.refresh_token;
}

export function forget() {
  delete globalThis.localStorage.refresh_token;
}
