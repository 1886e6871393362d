import { cookies } from 'next/headers';

export async function saveSession(sessionToken: string) {
  const store = await cookies();
  store.set({ name: 'session_token', value: sessionToken, path: '/' });
}
