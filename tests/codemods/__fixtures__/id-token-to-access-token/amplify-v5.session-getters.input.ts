import { Auth } from 'aws-amplify';

export async function authorizedFetch(url: string) {
  const session = await Auth.currentSession();
  return fetch(url, {
    headers: { Authorization: `Bearer ${session.getIdToken().getJwtToken()}` },
  });
}
