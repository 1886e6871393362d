import { UserManager } from 'oidc-client-ts';

const userManager = new UserManager({ authority: 'https://idp.example.com', client_id: 'web', redirect_uri: location.origin });

export async function loadProfile(render: (claims: unknown) => void) {
  const user = await userManager.getUser();
  const idToken = user!.id_token;
  // The ID token is also decoded for display, so changing the const would change that too.
  render(JSON.parse(atob(idToken!.split('.')[1]!)));
  return fetch('/api/profile', { headers: { Authorization: `Bearer ${idToken}` } });
}
