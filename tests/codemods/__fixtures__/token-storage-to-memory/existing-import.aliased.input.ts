import { tokenMemoryStore as memory } from './token-memory-store';

export function onRefreshed(refreshToken: string, accessToken: string) {
  memory.set('refresh_token', refreshToken);
  localStorage.setItem('accessToken', accessToken);
}
