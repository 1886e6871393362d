import { getSession } from './session';

export async function loadSettings() {
  const session = await getSession();
  return fetch('/api/settings', { headers: { Authorization: `Bearer ${session.idToken}` } });
}
